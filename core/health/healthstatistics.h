// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QString>

namespace appclacks::core {

/// The numbers a person reads off one check × zone (or a check's total).
struct ZoneStatistics
{
    QuantileEstimate p50;
    QuantileEstimate p90;
    QuantileEstimate p95;
    QuantileEstimate p99;
    double meanSeconds = std::nan(""); ///< _sum / _count, when both are exposed and count > 0
    double successRatio = std::nan(""); ///< success / (success + failure)
    double observations = std::nan(""); ///< _count, or the +Inf bucket when _count is missing

    static ZoneStatistics of(const ZoneHealth &zone);
};

/// What each problem means for the numbers, one sentence each.
QString describeProblems(HistogramProblems problems);

} // namespace appclacks::core
