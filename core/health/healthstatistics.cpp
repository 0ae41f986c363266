// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/healthstatistics.h"

#include <QCoreApplication>
#include <QStringList>

namespace appclacks::core {

ZoneStatistics ZoneStatistics::of(const ZoneHealth &zone)
{
    ZoneStatistics statistics;
    statistics.p50 = Histogram::quantile(0.5, zone.buckets);
    statistics.p90 = Histogram::quantile(0.9, zone.buckets);
    statistics.p95 = Histogram::quantile(0.95, zone.buckets);
    statistics.p99 = Histogram::quantile(0.99, zone.buckets);
    if (zone.sum && zone.count && *zone.count > 0) {
        statistics.meanSeconds = *zone.sum / *zone.count;
    }
    const double outcomes = zone.success + zone.failure;
    if (zone.hasOutcomes && outcomes > 0) {
        statistics.successRatio = zone.success / outcomes;
    }
    if (zone.count) {
        statistics.observations = *zone.count;
    } else if (!zone.buckets.empty() && std::isinf(zone.buckets.back().upperBound)) {
        statistics.observations = zone.buckets.back().count;
    }
    return statistics;
}

QString describeProblems(HistogramProblems problems)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("HealthProblems", text); };
    QStringList sentences;
    if (problems & HistogramProblem::MissingInfBucket) {
        sentences << tr("No +Inf bucket: Prometheus computes no quantile from this histogram.");
    }
    if (problems & HistogramProblem::NonMonotonic) {
        sentences << tr("A bucket counts fewer observations than a smaller one; quantiles use the running "
                        "maximum, as Prometheus does.");
    }
    if (problems & HistogramProblem::CountMismatch) {
        sentences << tr("_count differs from the +Inf bucket.");
    }
    if (problems & HistogramProblem::NegativeOrNaNCount) {
        sentences << tr("A count is negative or not a number.");
    }
    if (problems & HistogramProblem::LayoutDiffersAcrossZones) {
        sentences << tr("Zones use different buckets; the total adds equal bounds only.");
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace appclacks::core
