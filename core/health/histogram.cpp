// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/histogram.h"

#include "core/health/promqlbuckets.h"

#include <algorithm>
#include <limits>

namespace appclacks::core::Histogram {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// Sorted by bound with no bound twice: what every well-behaved exporter sends.
bool isNormalized(std::span<const Bucket> buckets)
{
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (!(buckets[i - 1].upperBound < buckets[i].upperBound)) {
            return false;
        }
    }
    return true;
}

} // namespace

std::vector<Bucket> normalized(std::vector<Bucket> buckets)
{
    if (isNormalized(buckets)) {
        return buckets;
    }
    // Equal bounds are added together below, so their relative order does not matter.
    std::sort(
        buckets.begin(), buckets.end(), [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
    std::vector<Bucket> merged;
    merged.reserve(buckets.size());
    for (const Bucket &bucket : buckets) {
        if (!merged.empty() && merged.back().upperBound == bucket.upperBound) {
            merged.back().count += bucket.count;
        } else {
            merged.push_back(bucket);
        }
    }
    return merged;
}

QuantileEstimate quantile(double q, std::span<const Bucket> buckets)
{
    return PromqlBuckets(buckets).quantile(q);
}

ThresholdShare shareAtOrBelow(double threshold, std::span<const Bucket> buckets)
{
    return PromqlBuckets(buckets).shareAtOrBelow(threshold);
}

HistogramProblems problems(std::span<const Bucket> buckets, std::optional<double> count)
{
    HistogramProblems found;
    std::vector<Bucket> sorted(buckets.begin(), buckets.end());
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
    if (sorted.empty() || !std::isinf(sorted.back().upperBound) || sorted.back().upperBound < 0) {
        found |= HistogramProblem::MissingInfBucket;
    }
    double previous = -inf;
    for (const Bucket &bucket : sorted) {
        if (std::isnan(bucket.count) || bucket.count < 0) {
            found |= HistogramProblem::NegativeOrNaNCount;
        } else if (bucket.count < previous) {
            found |= HistogramProblem::NonMonotonic;
        }
        if (!std::isnan(bucket.count)) {
            previous = std::max(previous, bucket.count);
        }
    }
    if (count && !(found & HistogramProblem::MissingInfBucket) && *count != sorted.back().count) {
        found |= HistogramProblem::CountMismatch;
    }
    if (count && (std::isnan(*count) || *count < 0)) {
        found |= HistogramProblem::NegativeOrNaNCount;
    }
    return found;
}

std::vector<double> perBucketCounts(std::span<const Bucket> sortedBuckets)
{
    std::vector<double> counts;
    counts.reserve(sortedBuckets.size());
    double previous = 0;
    for (const Bucket &bucket : sortedBuckets) {
        counts.push_back(std::max(0.0, bucket.count - previous));
        previous = std::max(previous, bucket.count);
    }
    return counts;
}

std::vector<Bucket> sumByUpperBound(std::span<const std::span<const Bucket>> histograms)
{
    std::vector<Bucket> all;
    for (const std::span<const Bucket> histogram : histograms) {
        all.insert(all.end(), histogram.begin(), histogram.end());
    }
    return normalized(std::move(all));
}

} // namespace appclacks::core::Histogram
