// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/promqlbuckets.h"

#include <algorithm>
#include <limits>

namespace appclacks::core {

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

// Sorted by bound with no bound twice, and counts that never fall: what every well-behaved
// exporter sends, read in place.
bool inPromqlShape(std::span<const Bucket> buckets)
{
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (!(buckets[i - 1].upperBound < buckets[i].upperBound) || !(buckets[i - 1].count <= buckets[i].count)) {
            return false;
        }
    }
    return true;
}

} // namespace

PromqlBuckets::PromqlBuckets(std::span<const Bucket> buckets)
{
    if (inPromqlShape(buckets)) {
        m_buckets = buckets;
        return;
    }
    m_fixed = Histogram::normalized({ buckets.begin(), buckets.end() });
    ensureMonotonic(m_fixed);
    m_buckets = m_fixed;
}

QuantileEstimate PromqlBuckets::quantile(double q) const
{
    QuantileEstimate estimate;
    if (std::isnan(q) || m_buckets.empty()) {
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
    const std::span<const Bucket> buckets = m_buckets;
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

ThresholdShare PromqlBuckets::shareAtOrBelow(double threshold) const
{
    ThresholdShare result;
    if (m_buckets.empty() || std::isnan(threshold)) {
        return result;
    }
    const std::span<const Bucket> buckets = m_buckets;
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

} // namespace appclacks::core
