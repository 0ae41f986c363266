// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/statisticcolumns.h"

#include "core/health/healthformat.h"
#include "core/models/healthroles.h"

namespace appclacks::core {

namespace {

QVariant raw(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QVariant raw(const QuantileEstimate &estimate)
{
    return estimate.isValid() ? QVariant(estimate.value) : QVariant();
}

const QuantileEstimate *quantileOf(StatisticColumns::Statistic statistic, const ZoneStatistics &statistics)
{
    switch (statistic) {
    case StatisticColumns::P50:
        return &statistics.p50;
    case StatisticColumns::P95:
        return &statistics.p95;
    case StatisticColumns::P99:
        return &statistics.p99;
    default:
        return nullptr;
    }
}

} // namespace

QString StatisticColumns::header(Statistic statistic, double thresholdSeconds)
{
    switch (statistic) {
    case Success:
        return tr("Success");
    case Failure:
        return tr("Failure");
    case SuccessRatio:
        return tr("Success ratio");
    case P50:
        return tr("p50");
    case P95:
        return tr("p95");
    case P99:
        return tr("p99");
    case Mean:
        return tr("Mean");
    case Observations:
        return tr("Observations");
    case WithinThreshold:
        return tr("≤ %1").arg(HealthFormat::duration(thresholdSeconds));
    case Count:
        break;
    }
    return {};
}

QVariant StatisticColumns::data(Statistic statistic, const ZoneHealth &zone, int role, double thresholdSeconds)
{
    const ZoneStatistics &statistics = zone.statistics;
    const QuantileEstimate *quantile = quantileOf(statistic, statistics);
    switch (role) {
    case Qt::DisplayRole:
        switch (statistic) {
        case Success:
            return zone.hasOutcomes ? HealthFormat::count(zone.success) : QStringLiteral("—");
        case Failure:
            return zone.hasOutcomes ? HealthFormat::count(zone.failure) : QStringLiteral("—");
        case SuccessRatio:
            return HealthFormat::ratio(statistics.successRatio);
        case P50:
        case P95:
        case P99:
            return HealthFormat::quantile(*quantile);
        case Mean:
            return HealthFormat::duration(statistics.meanSeconds);
        case Observations:
            return HealthFormat::count(statistics.observations);
        case WithinThreshold:
            return HealthFormat::ratio(statistics.withinThreshold.share);
        case Count:
            break;
        }
        break;
    case SortRole:
        switch (statistic) {
        case Success:
            return zone.success;
        case Failure:
            return zone.failure;
        case SuccessRatio:
            return raw(statistics.successRatio);
        case P50:
        case P95:
        case P99:
            return raw(*quantile);
        case Mean:
            return raw(statistics.meanSeconds);
        case Observations:
            return raw(statistics.observations);
        case WithinThreshold:
            return raw(statistics.withinThreshold.share);
        case Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (statistic) {
        case P50:
        case P95:
        case P99:
            return tr("%1 %2").arg(header(statistic, thresholdSeconds), HealthFormat::quantileBounds(*quantile));
        case Mean:
            return std::isnan(statistics.meanSeconds) ? tr("The source exposes no _sum and _count for this check")
                                                      : QVariant();
        case WithinThreshold:
            return statistics.withinThreshold.exact
                ? tr("Share of runs that took %1 or less").arg(HealthFormat::duration(thresholdSeconds))
                : tr("Share of runs that took %1 or less, interpolated between buckets as Prometheus does")
                      .arg(HealthFormat::duration(thresholdSeconds));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

} // namespace appclacks::core
