// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace appclacks::tests {

/// A generated fleet's history (bench/fleetgenerator: four zones a check, `id`, `name`, `zone`
/// labels) written as the OpenMetrics that `promtool tsdb create-blocks-from openmetrics` reads,
/// through the app's own history store and OpenMetricsBackfill::exportTo.
struct FleetHistoryFile
{
    QString path; ///< the OpenMetrics file
    QString historyPath; ///< the app's history it was exported from, source "fleet"
    std::int64_t firstMs = 0; ///< the first scrape's time
    std::int64_t lastMs = 0; ///< the last scrape's time
    std::int64_t intervalMs = 0;
    int pairs = 0;

    /// `pairs` pairs (a multiple of 4) scraped every `intervalMs` for `days` days up to about
    /// `endMs`, written into `directory`. Nothing, with `error`, when a step fails.
    static std::optional<FleetHistoryFile> write(
        const QString &directory, int pairs, int days, std::int64_t intervalMs, std::int64_t endMs, QString *error);
    /// The same samples as Prometheus text with millisecond timestamps, as VictoriaMetrics'
    /// /api/v1/import/prometheus takes them.
    std::optional<QByteArray> prometheusText(QString *error) const;
};

} // namespace appclacks::tests
