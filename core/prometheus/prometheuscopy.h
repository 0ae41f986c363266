// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/historyqueries.h"
#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/prometheusresult.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QIODevice;
class QNetworkAccessManager;

namespace appclacks::core {

class PrometheusApi;
class PrometheusReply;

/// How a copy ended: the samples written, or why it stopped (the server's words).
struct PrometheusCopyResult
{
    PrometheusResult failure; ///< ok() when every slice was copied
    qint64 samples = 0;
    qint64 series = 0; ///< distinct series written
    QStringList warnings; ///< the server's, each once
    bool ok() const { return failure.ok(); }
};

/// Copies a range of a Prometheus-compatible server's health-check samples, raw as the server
/// keeps them, into the OpenMetrics text OpenMetricsBackfill::import reads: the local history then
/// holds what the server held, for offline use (`history import --prometheus`).
///
/// One instant query per slice of time, `{__name__=~"healthcheck_total|healthcheck_duration_…",
/// <the endpoint's matchers>}[<slice>]` evaluated at the slice's end, which a Prometheus-compatible
/// server answers with every raw sample in the slice; oldest slice first, so that each series'
/// samples are written in time order. Prometheus 2's range selectors hold both ends, so a sample
/// on a boundary is kept only in the slice it ends. A slice the server finds too large (its
/// sample limit, a timeout, an answer over the endpoint's size limit) is asked again in halves,
/// down to a minute; later slices keep the shorter length. Thread-affine like PrometheusApi.
class PrometheusCopy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusCopy)

public:
    explicit PrometheusCopy(
        const PrometheusEndpoint &endpoint, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~PrometheusCopy() override;

    /// Starts copying (window.from, window.to] into `output` (open for writing, outliving the
    /// copy), `# EOF` last; progressed() follows each slice, finished() once at the end.
    void copy(const TimeWindow &window, QIODevice *output);
    /// Stops the copy: finished() follows with PrometheusError::Cancelled.
    void cancel();

    /// The first slice's length; shorter ones follow when the server refuses it.
    void setSliceMs(std::int64_t sliceMs) { m_sliceMs = sliceMs; }
    /// The selector of every health-check series the endpoint's matchers allow.
    QString seriesSelector() const;

Q_SIGNALS:
    /// The window's milliseconds copied so far, of `totalMs`.
    void progressed(std::int64_t doneMs, std::int64_t totalMs);
    void finished(const appclacks::core::PrometheusCopyResult &result);

private:
    void askNextSlice();
    void onAnswered(PrometheusReply *reply);
    bool write(const PrometheusResult &result, QString *error);
    void finish(PrometheusResult failure);

    PrometheusApi *m_api = nullptr;
    QString m_selector; ///< empty when the endpoint's matchers are unusable
    QString m_endpointError;
    QIODevice *m_output = nullptr;
    TimeWindow m_window;
    std::int64_t m_copiedToMs = 0; ///< the end of the last slice written
    std::int64_t m_sliceMs = 3600000;
    std::int64_t m_askedToMs = 0; ///< the end of the slice in flight
    QPointer<PrometheusReply> m_inFlight;
    PrometheusCopyResult m_result;
    QSet<QByteArray> m_seriesSeen;
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::PrometheusCopyResult)
