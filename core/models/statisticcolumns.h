// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QCoreApplication>
#include <QVariant>

namespace appclacks::core {

/// The statistics columns that the checks table (a check's total) and the zones table (one zone)
/// share: what each shows, sorts by and explains, read off the snapshot's precomputed
/// ZoneStatistics. Nothing here computes a statistic.
class StatisticColumns final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticColumns)

public:
    enum Statistic { Success, Failure, SuccessRatio, P50, P95, P99, Mean, Observations, WithinThreshold, Count };

    StatisticColumns() = delete;

    /// `thresholdSeconds`, the snapshot's, names the WithinThreshold column ("≤ 1 s").
    static QString header(Statistic statistic, double thresholdSeconds);
    /// Qt::DisplayRole, SortRole (the raw number; empty where there is none) and Qt::ToolTipRole,
    /// whose WithinThreshold text names the snapshot's `thresholdSeconds`.
    static QVariant data(Statistic statistic, const ZoneHealth &zone, int role, double thresholdSeconds);
};

} // namespace appclacks::core
