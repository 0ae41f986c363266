// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/histogram.h"

#include <span>
#include <vector>

namespace appclacks::core {

/// Cumulative buckets as PromQL computes on them: sorted, merged and monotonic, checked (and fixed
/// when they are not) once for every figure read off them. A zone's statistics read five.
class PromqlBuckets final
{
public:
    /// `buckets` in any order; they must outlive this object when already in PromQL's shape.
    explicit PromqlBuckets(std::span<const Bucket> buckets);
    PromqlBuckets(const PromqlBuckets &) = delete;
    PromqlBuckets &operator=(const PromqlBuckets &) = delete;

    /// PromQL's histogram_quantile (Prometheus 2.42 semantics).
    QuantileEstimate quantile(double q) const;
    /// Observations at or under `threshold`, as a share of all observations.
    ThresholdShare shareAtOrBelow(double threshold) const;

private:
    std::vector<Bucket> m_fixed; // only when the input was not in PromQL's shape
    std::span<const Bucket> m_buckets;
};

} // namespace appclacks::core
