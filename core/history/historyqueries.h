// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/historystore.h"

#include <QCoreApplication>

#include <cstdint>
#include <optional>
#include <vector>

namespace appclacks::core {

/// A stretch of time (from, to], in milliseconds since the epoch.
struct TimeWindow
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

/// One step of a step series: a check's (or one zone's) figures over (from, to].
struct StepPoint
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    bool hasSamples = false;
    double success = 0;
    double failure = 0;
    bool hasOutcomes = false;
    ZoneStatistics statistics;
};

/// What the history answers, computed from the stored counters exactly (windowIncrease).
class HistoryQueries final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryQueries)

public:
    /// Every check × zone of `source` with a sample in the window, its counters the window's
    /// increases, statistics complete: the same snapshot a scrape gives, over a window.
    static std::optional<HealthSnapshot> window(const HistoryStore &store, const HistoryStore::SourceInfo &source,
        TimeWindow window, double thresholdSeconds, QString *error);

    /// Consecutive windows of `stepMs` from `from`, for one check (its zones together, or one zone).
    /// `check` is the check's id or name. Error when the source has no such check (or zone).
    static std::optional<std::vector<StepPoint>> steps(const HistoryStore &store,
        const HistoryStore::SourceInfo &source, const QString &check, const std::optional<QString> &zone,
        TimeWindow range, std::int64_t stepMs, double thresholdSeconds, QString *error);

    /// What steps() computes, from histories already read (a check's zones, each read through at
    /// least (range.from, range.to]; samples after range.to count in no step).
    static std::vector<StepPoint> stepsOf(const std::vector<const PairHistory *> &histories, TimeWindow range,
        std::int64_t stepMs, double thresholdSeconds);
};

} // namespace appclacks::core
