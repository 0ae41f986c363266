// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/histogram.h"

#include <algorithm>
#include <limits>

namespace appclacks::core::Histogram {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// Prometheus's ensureMonotonic: a bucket below a previous one takes the running maximum.
void ensureMonotonic(std::vector<Bucket> &buckets)
{
    double max = -inf;
    for (Bucket &bucket : buckets) {
        if (bucket.count > max) {
            max = bucket.count;
        } else if (bucket.count < max) {
            bucket.count = max;
        }
    }
}

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

bool isMonotonic(std::span<const Bucket> buckets)
{
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (!(buckets[i - 1].count <= buckets[i].count)) {
            return false;
        }
    }
    return true;
}

// The buckets as PromQL computes on them: sorted, merged and monotonic. The common case already
// is, and is read in place; otherwise `storage` holds the fixed copy.
std::span<const Bucket> asPromqlSees(std::span<const Bucket> input, std::vector<Bucket> &storage)
{
    if (isNormalized(input) && isMonotonic(input)) {
        return input;
    }
    storage = normalized({ input.begin(), input.end() });
    ensureMonotonic(storage);
    return storage;
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

QuantileEstimate quantile(double q, std::span<const Bucket> input)
{
    QuantileEstimate estimate;
    if (std::isnan(q) || input.empty()) {
        return estimate; // no histogram at all: PromQL has no sample to return
    }
    if (q < 0) {
        estimate.value = -inf;
        return estimate;
    }
    if (q > 1) {
        estimate.value = inf;
        return estimate;
    }
    std::vector<Bucket> fixed;
    const std::span<const Bucket> buckets = asPromqlSees(input, fixed);
    if (!std::isinf(buckets.back().upperBound) || buckets.back().upperBound < 0) {
        return estimate; // no +Inf bucket: PromQL answers NaN
    }
    if (buckets.size() < 2) {
        return estimate;
    }
    const double observations = buckets.back().count;
    if (observations == 0) {
        return estimate;
    }
    double rank = q * observations;
    // First bucket whose count reaches the rank, among all but +Inf. Go's sort.Search is a
    // binary search; with NaN counts it can land elsewhere than a linear scan would, and
    // PromQL's answer is the binary search's.
    const std::size_t last = buckets.size() - 1;
    std::size_t b = 0;
    for (std::size_t high = last; b < high;) {
        const std::size_t middle = (b + high) / 2;
        if (!(buckets[middle].count >= rank)) {
            b = middle + 1;
        } else {
            high = middle;
        }
    }
    if (b == last) {
        estimate.value = buckets[last - 1].upperBound;
        estimate.lowerBound = buckets[last - 1].upperBound;
        estimate.upperBound = inf;
        estimate.beyondLastFiniteBucket = true;
        return estimate;
    }
    if (b == 0 && buckets[0].upperBound <= 0) {
        estimate.value = buckets[0].upperBound;
        estimate.lowerBound = -inf;
        estimate.upperBound = buckets[0].upperBound;
        return estimate;
    }
    double bucketStart = 0;
    const double bucketEnd = buckets[b].upperBound;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    estimate.value = bucketStart + (bucketEnd - bucketStart) * (rank / count);
    estimate.lowerBound = bucketStart;
    estimate.upperBound = bucketEnd;
    return estimate;
}

ThresholdShare shareAtOrBelow(double threshold, std::span<const Bucket> input)
{
    ThresholdShare result;
    if (input.empty() || std::isnan(threshold)) {
        return result;
    }
    std::vector<Bucket> fixed;
    const std::span<const Bucket> buckets = asPromqlSees(input, fixed);
    if (!std::isinf(buckets.back().upperBound)) {
        return result;
    }
    const double observations = buckets.back().count;
    if (!(observations > 0)) {
        return result;
    }
    double previousBound = 0;
    double previousCount = 0;
    for (const Bucket &bucket : buckets) {
        if (bucket.upperBound == threshold) {
            return { bucket.count / observations, true };
        }
        if (bucket.upperBound > threshold) {
            if (std::isinf(bucket.upperBound)) {
                // Beyond the last finite bound nothing says where observations lie: report what
                // is known for certain, the share at the last finite bound.
                return { previousCount / observations, false };
            }
            const double lower = std::max(0.0, previousBound);
            const double fraction = threshold <= lower ? 0.0 : (threshold - lower) / (bucket.upperBound - lower);
            return { (previousCount + (bucket.count - previousCount) * fraction) / observations, false };
        }
        previousBound = bucket.upperBound;
        previousCount = bucket.count;
    }
    return result;
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
