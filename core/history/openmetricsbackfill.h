// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/historyqueries.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace appclacks::core {

/// The text Prometheus's `promtool tsdb create-blocks-from openmetrics` reads: OpenMetrics with a
/// timestamp (in seconds) on every sample, each series' samples in time order, `# EOF` last.
/// `history import` reads it, `history export` writes it, so that one round trip gives back every
/// health-check sample.
class OpenMetricsBackfill final
{
    Q_DECLARE_TR_FUNCTIONS(OpenMetricsBackfill)

public:
    struct ImportResult
    {
        bool ok = false;
        QString error; ///< "FILE:LINE:COLUMN: reason", or the history file's error
        qint64 samples = 0; ///< health-check samples imported
        qint64 skipped = 0; ///< samples of other metrics, left out
    };

    /// Streams `input` into `store` under `source`, in one transaction: on any error, nothing of
    /// it is committed. Memory does not grow with the input's size. `fileName` names the input in
    /// errors.
    static ImportResult import(QIODevice &input, const QString &fileName, HistoryStore &store, const QString &source,
        const QString &zoneLabel = QStringLiteral("zone"));

    /// Writes every health-check sample of `sources` in (window.from, window.to] (all when no
    /// window) to `output`. Returns false with `error` when the history cannot be read or the
    /// output written.
    static bool exportTo(QIODevice &output, const HistoryStore &store,
        const std::vector<HistoryStore::SourceInfo> &sources, const std::optional<TimeWindow> &window, QString *error);

    /// "1700000000.123": milliseconds as OpenMetrics seconds, exactly.
    static QByteArray formatTimestamp(std::int64_t timeMs);
    /// The reverse, exactly for up to three decimals, rounded to the millisecond beyond.
    static std::optional<std::int64_t> parseTimestamp(std::string_view text);
};

} // namespace appclacks::core
