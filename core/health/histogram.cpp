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
    // Buckets already in order, as exporters send them, are read in place: stable-sorting them
    // would change nothing. A NaN bound fails `<=` and takes the sorted copy.
    std::vector<Bucket> storage;
    std::span<const Bucket> sorted = buckets;
    const bool inOrder = std::adjacent_find(buckets.begin(), buckets.end(), [](const Bucket &a, const Bucket &b) {
        return !(a.upperBound <= b.upperBound);
    }) == buckets.end();
    if (!inOrder || (!buckets.empty() && std::isnan(buckets.front().upperBound))) {
        storage.assign(buckets.begin(), buckets.end());
        std::stable_sort(storage.begin(), storage.end(),
            [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
        sorted = storage;
    }
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
    // The zones of a check nearly always share one sorted layout: their counts are then added
    // bound by bound, without gathering and sorting every bucket of every zone.
    const std::span<const Bucket> *layout = nullptr;
    bool sameLayout = true;
    for (const std::span<const Bucket> &histogram : histograms) {
        if (histogram.empty()) {
            continue;
        }
        if (!layout) {
            layout = &histogram;
            sameLayout = isNormalized(histogram) && !std::isnan(histogram.front().upperBound);
        } else {
            sameLayout = sameLayout
                && std::equal(layout->begin(), layout->end(), histogram.begin(), histogram.end(),
                    [](const Bucket &a, const Bucket &b) {
                        // Bit for bit: -0 and 0 are equal bounds, but which one the sum keeps
                        // is the sort's business.
                        return a.upperBound == b.upperBound && std::signbit(a.upperBound) == std::signbit(b.upperBound);
                    });
        }
        if (!sameLayout) {
            break;
        }
    }
    if (sameLayout) {
        std::vector<Bucket> total;
        for (const std::span<const Bucket> &histogram : histograms) {
            if (total.empty()) {
                total.assign(histogram.begin(), histogram.end());
                continue;
            }
            for (std::size_t i = 0; i < histogram.size(); ++i) {
                total[i].count += histogram[i].count;
            }
        }
        return total;
    }
    std::vector<Bucket> all;
    for (const std::span<const Bucket> histogram : histograms) {
        all.insert(all.end(), histogram.begin(), histogram.end());
    }
    return normalized(std::move(all));
}

} // namespace appclacks::core::Histogram
