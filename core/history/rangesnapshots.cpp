// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/rangesnapshots.h"

#include "core/health/healthstatistics.h"
#include "core/history/historyqueries.h"

#include <QHash>

namespace appclacks::core {

namespace {

bool isOutage(CheckStatus status)
{
    return status == CheckStatus::PartialOutage || status == CheckStatus::GlobalOutage;
}

QHash<QString, const CheckHealth *> byKey(const HealthSnapshot *snapshot)
{
    QHash<QString, const CheckHealth *> checks;
    if (snapshot) {
        checks.reserve(qsizetype(snapshot->checks.size()));
        for (const CheckHealth &check : snapshot->checks) {
            checks.insert(check.key, &check);
        }
    }
    return checks;
}

std::shared_ptr<HealthSnapshot> copyOf(const std::shared_ptr<const HealthSnapshot> &snapshot)
{
    return snapshot ? std::make_shared<HealthSnapshot>(*snapshot) : std::make_shared<HealthSnapshot>();
}

} // namespace

std::shared_ptr<const HealthSnapshot> RangeSnapshots::fromHistory(
    const HistoryStore &store, const RangeRequest &request, QString *error)
{
    QString lookupError;
    const std::optional<HistoryStore::SourceInfo> source = store.sourceSpan(request.source, &lookupError);
    if (!source) {
        if (!lookupError.isEmpty()) {
            *error = lookupError;
            return nullptr;
        }
        if (request.range.needsHistory()) {
            *error = tr("The history has nothing of %1 yet.").arg(request.source);
            return nullptr;
        }
        return withoutHistory(request);
    }

    const std::int64_t toMs = request.range.endMs(request.nowMs);
    std::int64_t fromMs = request.range.startMs(request.nowMs);
    std::shared_ptr<HealthSnapshot> snapshot;
    if (request.range.needsHistory()) {
        std::optional<HealthSnapshot> window
            = HistoryQueries::window(store, *source, { fromMs, toMs }, request.thresholdSeconds, error);
        if (!window) {
            return nullptr;
        }
        snapshot = std::make_shared<HealthSnapshot>(std::move(*window));
        snapshot->rangeFromMs = fromMs;
        snapshot->rangeToMs = toMs;
        snapshot->coveredFromMs = std::max(fromMs, source->firstMs);
    } else {
        snapshot = copyOf(request.latest);
        fromMs = source->firstMs; // the strip covers what the history holds
    }

    TimelineOptions options;
    options.nowMs = request.nowMs;
    options.statusWindowMs = request.statusWindowMs;
    options.range = { std::max(fromMs, source->firstMs), toMs };
    options.stripCells = request.stripCells;
    options.thresholdSeconds = request.thresholdSeconds;
    const std::optional<std::vector<CheckTimeline>> timelines
        = CheckTimelines::forSource(store, *source, options, error);
    if (!timelines) {
        return nullptr;
    }
    applyTimelines(*snapshot, *timelines);
    markStatusTransitions(*snapshot, request.previous.get());
    return snapshot;
}

std::shared_ptr<const HealthSnapshot> RangeSnapshots::withoutHistory(const RangeRequest &request)
{
    if (request.fromFile && request.latest) {
        // A file's statuses are its counters and its transitions were marked against the
        // previous reading when it was built (markTransitions): shown as it is, never copied.
        return request.latest;
    }
    std::shared_ptr<HealthSnapshot> snapshot = copyOf(request.latest);
    const QHash<QString, const CheckHealth *> before = byKey(request.previousScrape.get());
    for (CheckHealth &check : snapshot->checks) {
        const CheckHealth *earlier = before.value(check.key);
        check.failingZones = 0;
        for (ZoneHealth &zone : check.zones) {
            const ZoneHealth *then = earlier ? earlier->zone(zone.zone) : nullptr;
            // Prometheus's reset rule: a failure counter lower than before restarted, and
            // what it shows is new.
            zone.failingNow
                = then && (zone.failure > then->failure || (zone.failure < then->failure && zone.failure > 0));
            check.failingZones += zone.failingNow ? 1 : 0;
        }
        // One scrape of a check says nothing about now.
        check.status = earlier ? statusOf(check) : CheckStatus::NoData;
        check.severity = severityOf(check.status);
    }
    rankChecks(*snapshot);
    markStatusTransitions(*snapshot, request.previous.get());
    return snapshot;
}

void RangeSnapshots::applyTimelines(HealthSnapshot &snapshot, const std::vector<CheckTimeline> &timelines)
{
    QHash<QString, const CheckTimeline *> byKey;
    byKey.reserve(qsizetype(timelines.size()));
    for (const CheckTimeline &timeline : timelines) {
        byKey.insert(timeline.key, &timeline);
    }
    for (CheckHealth &check : snapshot.checks) {
        const CheckTimeline *timeline = byKey.value(check.key);
        if (!timeline) {
            continue;
        }
        check.timeline = std::make_shared<const CheckTimeline>(*timeline);
        check.status = timeline->now.status;
        check.severity = severityOf(check.status);
        check.failingZones = 0;
        for (ZoneHealth &zone : check.zones) {
            zone.failingNow = timeline->now.failingZones.contains(zone.zone);
            check.failingZones += zone.failingNow ? 1 : 0;
        }
    }
    snapshot.statusFromHistory = true;
    rankChecks(snapshot);
}

void RangeSnapshots::markStatusTransitions(HealthSnapshot &snapshot, const HealthSnapshot *previous)
{
    snapshot.hasPrevious = previous != nullptr;
    const QHash<QString, const CheckHealth *> before = byKey(previous);
    for (CheckHealth &check : snapshot.checks) {
        const CheckHealth *earlier = before.value(check.key);
        const bool was = earlier && isOutage(earlier->status);
        const bool is = isOutage(check.status);
        check.transition = !previous                      ? FailureTransition::None
            : is && !was                                  ? FailureTransition::StartedFailing
            : was && check.status == CheckStatus::Passing ? FailureTransition::Recovered
                                                          : FailureTransition::None;
    }
}

} // namespace appclacks::core
