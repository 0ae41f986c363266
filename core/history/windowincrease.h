// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/chunkcodec.h"
#include "core/history/serieslayout.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace appclacks::core {

/// A check × zone's stored samples over a stretch of time, as the history store hands them out:
/// the last sample at or before the stretch's start (the baseline) and every one after it.
struct PairHistory
{
    SeriesLayout layout;
    SampleBlock block; ///< one column per series of `layout`
    std::int64_t firstMs = 0; ///< the pair's very first sample, even if retention removed it
    /// The pair first appeared in a scrape of a source that had been scraped before without it:
    /// its first sample is new, and counts from zero.
    bool countsFromZero = false;
};

/// How much each series grew over a window, by layout index; nullopt for a series with no sample in it.
struct SeriesIncreases
{
    std::vector<std::optional<double>> increase;
    bool hasSamples = false; ///< the pair had at least one sample in the window
};

/// The increase of every series over (from, to], exactly (docs/HISTORY.md, "windows"):
/// - from the last sample at or before `from`, through every sample up to `to`;
/// - a value lower than the one before means the counter restarted: the new value counts in full
///   (Prometheus's rule); nothing is extrapolated, so counts stay integers;
/// - a series that appears where its pair already had samples without it counts from zero
///   (Cabourotte creates its failure counter at the first failure; PromQL misses that one);
/// - with no sample at or before `from`, the first sample in the window is the baseline, unless it
///   is the pair's first and the pair counts from zero.
SeriesIncreases windowIncrease(const PairHistory &history, std::int64_t fromMs, std::int64_t toMs);

/// The same for `steps` consecutive windows (from + k·step, from + (k+1)·step], in one pass.
std::vector<SeriesIncreases> stepIncreases(
    const PairHistory &history, std::int64_t fromMs, std::int64_t stepMs, int steps);

/// The same, added into flat per-step columns: step k's increase of the pair's series i goes to
/// values[k · width + columnOf[i]] (and present[…] = 1), and stepHasSamples[k] = 1 when the pair
/// had a sample in step k. For summing several zones of a check without a snapshot per step.
/// Samples after `toMs` count in no step (the last step may end there, short).
void addStepIncreases(const PairHistory &history, std::int64_t fromMs, std::int64_t stepMs, int steps,
    const std::vector<std::size_t> &columnOf, std::size_t width, std::vector<double> &values,
    std::vector<std::uint8_t> &present, std::vector<std::uint8_t> &stepHasSamples,
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max());

/// A ZoneHealth whose counters are the window's increases: its buckets are the window's
/// histogram. Statistics are left to completeStatistics().
ZoneHealth zoneOfIncreases(const QString &zone, const SeriesLayout &layout, const SeriesIncreases &increases);

} // namespace appclacks::core
