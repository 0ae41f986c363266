// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/historyqueries.h"

#include "core/health/healthstatistics.h"

#include <QDateTime>
#include <QHash>

namespace appclacks::core {

std::optional<HealthSnapshot> HistoryQueries::window(const HistoryStore &store, const HistoryStore::SourceInfo &source,
    TimeWindow window, double thresholdSeconds, QString *error)
{
    const std::optional<std::vector<HistoryStore::PairInfo>> pairs = store.pairs(source.id, error);
    if (!pairs) {
        return std::nullopt;
    }
    HealthSnapshot snapshot;
    snapshot.source = source.name;
    snapshot.scrapedAt = QDateTime::fromMSecsSinceEpoch(window.toMs, Qt::UTC);
    snapshot.thresholdSeconds = thresholdSeconds;
    QHash<QString, std::size_t> checkIndex;
    for (const HistoryStore::PairInfo &pair : *pairs) {
        const std::optional<PairHistory> history = store.history(pair, window.fromMs, window.toMs, error);
        if (!history) {
            return std::nullopt;
        }
        const SeriesIncreases increases = windowIncrease(*history, window.fromMs, window.toMs);
        if (!increases.hasSamples) {
            continue; // no sample in the window: absent, as PromQL would have it
        }
        const QString key = pair.checkKey() + QChar(0x1f) + pair.checkName;
        auto found = checkIndex.constFind(key);
        if (found == checkIndex.constEnd()) {
            CheckHealth check;
            check.key = pair.checkKey();
            check.id = pair.checkId;
            check.name = pair.checkName;
            check.extraLabels = pair.labels;
            found = checkIndex.insert(key, snapshot.checks.size());
            snapshot.checks.push_back(std::move(check));
        }
        snapshot.checks[*found].zones.push_back(zoneOfIncreases(pair.zone, history->layout, increases));
    }
    for (CheckHealth &check : snapshot.checks) {
        std::sort(check.zones.begin(), check.zones.end(),
            [](const ZoneHealth &a, const ZoneHealth &b) { return a.zone < b.zone; });
        summarizeZones(check);
    }
    orderChecks(snapshot.checks);
    completeStatistics(snapshot, thresholdSeconds);
    return snapshot;
}

std::optional<std::vector<StepPoint>> HistoryQueries::steps(const HistoryStore &store,
    const HistoryStore::SourceInfo &source, const QString &check, const std::optional<QString> &zone, TimeWindow range,
    std::int64_t stepMs, double thresholdSeconds, QString *error)
{
    const std::optional<std::vector<HistoryStore::PairInfo>> pairs = store.pairs(source.id, error);
    if (!pairs) {
        return std::nullopt;
    }
    // By id first; a name only when no check has that id.
    std::vector<const HistoryStore::PairInfo *> chosen;
    for (const bool byId : { true, false }) {
        for (const HistoryStore::PairInfo &pair : *pairs) {
            if ((byId ? pair.checkId : pair.checkName) == check && (!zone || pair.zone == *zone)) {
                chosen.push_back(&pair);
            }
        }
        if (!chosen.empty()) {
            break;
        }
    }
    if (chosen.empty()) {
        *error = zone ? tr("%1 has no check %2 in zone %3").arg(source.name, check, *zone)
                      : tr("%1 has no check %2").arg(source.name, check);
        return std::nullopt;
    }
    const int count = int(std::max<std::int64_t>(1, (range.toMs - range.fromMs + stepMs - 1) / stepMs));
    std::vector<CheckHealth> perStep(static_cast<std::size_t>(count));
    for (const HistoryStore::PairInfo *pair : chosen) {
        const std::optional<PairHistory> history = store.history(*pair, range.fromMs, range.toMs, error);
        if (!history) {
            return std::nullopt;
        }
        const std::vector<SeriesIncreases> windows = stepIncreases(*history, range.fromMs, stepMs, count);
        for (std::size_t step = 0; step < windows.size(); ++step) {
            if (windows[step].hasSamples) {
                perStep[step].zones.push_back(zoneOfIncreases(pair->zone, history->layout, windows[step]));
            }
        }
    }
    std::vector<StepPoint> points;
    points.reserve(std::size_t(count));
    for (int step = 0; step < count; ++step) {
        CheckHealth &health = perStep[std::size_t(step)];
        StepPoint point;
        point.fromMs = range.fromMs + std::int64_t(step) * stepMs;
        point.toMs = std::min(range.toMs, point.fromMs + stepMs);
        point.hasSamples = !health.zones.empty();
        if (point.hasSamples) {
            summarizeZones(health);
            point.success = health.total.success;
            point.failure = health.total.failure;
            point.hasOutcomes = health.total.hasOutcomes;
            point.statistics = statisticsOf(health.total, thresholdSeconds);
        }
        points.push_back(point);
    }
    return points;
}

} // namespace appclacks::core
