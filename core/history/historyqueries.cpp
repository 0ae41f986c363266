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
    const std::optional<std::vector<HistoryStore::PairInfo>> pairs = store.pairs(source.id, error, check);
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
    std::vector<PairHistory> histories;
    for (const HistoryStore::PairInfo *pair : chosen) {
        std::optional<PairHistory> history = store.history(*pair, range.fromMs, range.toMs, error);
        if (!history) {
            return std::nullopt;
        }
        histories.push_back(std::move(*history));
    }
    std::vector<const PairHistory *> read;
    read.reserve(histories.size());
    for (const PairHistory &history : histories) {
        read.push_back(&history);
    }
    return stepsOf(read, range, stepMs, thresholdSeconds);
}

std::vector<StepPoint> HistoryQueries::stepsOf(
    const std::vector<const PairHistory *> &histories, TimeWindow range, std::int64_t stepMs, double thresholdSeconds)
{
    const int count = int(std::max<std::int64_t>(1, (range.toMs - range.fromMs + stepMs - 1) / stepMs));
    // The zones' series summed step by step into flat columns of one layout (every zone's series),
    // then one histogram per step: no snapshot, no check, no zone list per step.
    SeriesLayout layout;
    for (const PairHistory *history : histories) {
        layout = SeriesLayout::unite(layout, history->layout);
    }
    const std::size_t width = layout.size();
    std::vector<double> values(std::size_t(count) * width, 0.0);
    std::vector<std::uint8_t> present(std::size_t(count) * width, 0);
    std::vector<std::uint8_t> stepHasSamples(std::size_t(count), 0);
    for (const PairHistory *history : histories) {
        std::vector<std::size_t> columnOf;
        for (const SeriesKey &key : history->layout.series()) {
            columnOf.push_back(std::size_t(layout.indexOf(key)));
        }
        addStepIncreases(
            *history, range.fromMs, stepMs, count, columnOf, width, values, present, stepHasSamples, range.toMs);
    }
    std::vector<StepPoint> points;
    points.reserve(std::size_t(count));
    SeriesIncreases increases;
    increases.increase.resize(width);
    for (int step = 0; step < count; ++step) {
        StepPoint point;
        point.fromMs = range.fromMs + std::int64_t(step) * stepMs;
        point.toMs = std::min(range.toMs, point.fromMs + stepMs);
        point.hasSamples = stepHasSamples[std::size_t(step)] != 0;
        if (point.hasSamples) {
            for (std::size_t column = 0; column < width; ++column) {
                const std::size_t cell = std::size_t(step) * width + column;
                increases.increase[column] = present[cell] ? std::optional<double>(values[cell]) : std::nullopt;
            }
            const ZoneHealth total = zoneOfIncreases(QString(), layout, increases);
            point.success = total.success;
            point.failure = total.failure;
            point.hasOutcomes = total.hasOutcomes;
            point.statistics = statisticsOf(total, thresholdSeconds);
        }
        points.push_back(point);
    }
    return points;
}

} // namespace appclacks::core
