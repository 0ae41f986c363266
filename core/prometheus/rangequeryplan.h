// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdint>
#include <vector>

namespace appclacks::core {

/// How a query_range over many checks and a long time is sized for the server: a step that keeps
/// every series under Prometheus's 11,000 points, and batches (by check, then by time) that each
/// stay under the server's sample limit (`--query.max-samples`). Pure functions.
///
/// The sample estimate follows how Prometheus 2.x evaluates `increase(x[W])` over a range: each
/// input series' output points are all held before `sum by` folds them, plus one series' window
/// of raw samples being read. A batch is planned at `headroom` of the limit, for what the model
/// leaves out (Thanos, Mimir and VictoriaMetrics count differently).
class RangeQueryPlan final
{
public:
    RangeQueryPlan() = delete;

    /// Prometheus refuses a query_range whose (end − start) / step exceeds this.
    static constexpr std::int64_t maxPointsPerSeries = 11000;
    /// Prometheus's `--query.max-samples` default.
    static constexpr std::int64_t defaultMaxSamples = 50000000;

    struct Input
    {
        std::int64_t startMs = 0;
        std::int64_t endMs = 0;
        std::int64_t stepMs = 0; ///< as returned by stepFor()
        std::int64_t windowMs = 0; ///< the range selector's [W] each point looks back over
        std::int64_t scrapeIntervalMs = 60000; ///< of the health-check series, for W's raw samples
        std::int64_t checks = 0; ///< checks to fetch, batched in their order
        /// Series one check's query selects: zones × buckets for the latency histograms,
        /// zones × 2 for the outcomes.
        std::int64_t seriesPerCheck = 1;
        std::int64_t maxSamples = defaultMaxSamples;
        double headroom = 0.5;
    };

    struct Batch
    {
        std::int64_t startMs = 0; ///< on the plan's step grid: the points join up with no gap
        std::int64_t endMs = 0;
        std::int64_t firstCheck = 0;
        std::int64_t checkCount = 0;
        std::int64_t points = 0; ///< per series, ≤ maxPointsPerSeries
        std::int64_t estimatedSamples = 0;
        bool operator==(const Batch &) const = default;
    };

    /// The step for [start, end]: at least `minimumStepMs`, and large enough that no series
    /// gets more than maxPointsPerSeries points; rounded up to whole seconds.
    static std::int64_t stepFor(std::int64_t startMs, std::int64_t endMs, std::int64_t minimumStepMs);
    /// Points query_range returns per series: start, start + step, … up to end.
    static std::int64_t pointsOf(std::int64_t startMs, std::int64_t endMs, std::int64_t stepMs);
    /// The samples a query over `checks` checks and `points` points is expected to load.
    static std::int64_t estimatedSamples(const Input &input, std::int64_t checks, std::int64_t points);
    /// The batches, check group by check group (so results arrive check by check), each one's
    /// times in order. A single check whose points alone exceed the budget is split in time; a
    /// window too large for the budget even at one point still gets one-point batches (the
    /// server will say so). Empty for an empty range or no checks.
    static std::vector<Batch> plan(const Input &input);
};

} // namespace appclacks::core
