// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFlags>

#include <cmath>
#include <optional>
#include <span>
#include <vector>

namespace appclacks::core {

/// One cumulative bucket: how many observations were at or under `upperBound` seconds.
struct Bucket
{
    double upperBound = 0;
    double count = 0;

    friend bool operator==(const Bucket &, const Bucket &) = default;
};

/// What is wrong with a histogram as exposed. Each is shown to the user; none stops the numbers
/// from being computed the way Prometheus would compute them.
enum class HistogramProblem {
    MissingInfBucket = 0x1, ///< no le="+Inf": PromQL returns no quantile (NaN)
    NonMonotonic = 0x2, ///< a bucket holds fewer observations than a smaller one
    CountMismatch = 0x4, ///< _count differs from the +Inf bucket
    NegativeOrNaNCount = 0x8,
    LayoutDiffersAcrossZones = 0x10,
    NegativeOrNaNOutcome = 0x20, ///< healthcheck_total success or failure is negative or not a number
    NonNumericBound = 0x40, ///< a bucket's `le` is not a number: the bucket was left out, as PromQL does
};
Q_DECLARE_FLAGS(HistogramProblems, HistogramProblem)
Q_DECLARE_OPERATORS_FOR_FLAGS(HistogramProblems)

/// A quantile and where it comes from, so that the UI never claims more than the buckets say.
struct QuantileEstimate
{
    double value = std::nan(""); ///< exactly what PromQL's histogram_quantile returns
    double lowerBound = std::nan(""); ///< the bucket the rank falls in: (lowerBound, upperBound]
    double upperBound = std::nan("");
    bool beyondLastFiniteBucket = false; ///< the rank is in +Inf: the value is the last finite bound

    bool isValid() const { return !std::isnan(value); }
};

/// The share of observations at or under a threshold.
struct ThresholdShare
{
    double share = std::nan("");
    bool exact = false; ///< the threshold is a bucket bound; otherwise interpolated like a quantile
};

namespace Histogram {

/// Sorts by upper bound (+Inf last) and merges equal bounds, as PromQL does before anything else.
std::vector<Bucket> normalized(std::vector<Bucket> buckets);

/// PromQL's histogram_quantile (Prometheus 2.42 semantics) on cumulative buckets in any order.
QuantileEstimate quantile(double q, std::span<const Bucket> buckets);

/// Observations at or under `threshold`, as a share of all observations.
ThresholdShare shareAtOrBelow(double threshold, std::span<const Bucket> buckets);

/// Problems of one histogram (sorted or not); `count` is its _count when exposed.
HistogramProblems problems(std::span<const Bucket> buckets, std::optional<double> count);

/// Non-cumulative counts per bucket, in bucket order (after normalized()).
std::vector<double> perBucketCounts(std::span<const Bucket> sortedBuckets);

/// `sum by (le)` of several histograms: counts added for equal upper bounds.
std::vector<Bucket> sumByUpperBound(std::span<const std::span<const Bucket>> histograms);

} // namespace Histogram

} // namespace appclacks::core
