// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/prometheusreply.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <cstdint>

class QNetworkAccessManager;

namespace appclacks::core {

/// Prometheus's HTTP query API (`/api/v1/…`), as Prometheus, Thanos, Mimir and VictoriaMetrics
/// answer it. Asynchronous: each call returns at once with a PrometheusReply, whose finished()
/// tells when its result() is there. Queries are form-encoded POSTs, as Grafana sends them, so
/// long expressions never meet a URL length limit. Every request carries the endpoint's
/// credentials, tenant header and TLS settings; credentials never go over plain http:// except
/// to a loopback address, and TLS errors are never ignored.
///
/// Thread-affine like its QNetworkAccessManager: create both on the thread that uses them (a
/// worker thread with an event loop works), with the endpoint copied in.
///
///     PrometheusApi api(endpoint);
///     PrometheusReply *reply = api.query(promql.outcomes(7 * 86400000), endMs);
///     connect(reply, &PrometheusReply::finished, [reply] { use(reply->result()); reply->deleteLater(); });
class PrometheusApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusApi)

public:
    /// Uses `network` when given (it must outlive this), its own QNetworkAccessManager otherwise.
    explicit PrometheusApi(
        const PrometheusEndpoint &endpoint, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~PrometheusApi() override;

    const PrometheusEndpoint &endpoint() const { return m_endpoint; }

    /// GET /api/v1/status/buildinfo: what answers (version, revision).
    PrometheusReply *buildInfo();
    /// POST /api/v1/query: `expr` evaluated at `timeMs`.
    PrometheusReply *query(const QString &expr, std::int64_t timeMs);
    /// POST /api/v1/query_range: `expr` at start, start + step, … ≤ end (RangeQueryPlan sizes them).
    PrometheusReply *queryRange(const QString &expr, std::int64_t startMs, std::int64_t endMs, std::int64_t stepMs);
    /// POST /api/v1/series: the label sets of the series any of `matchers` (selectors) selects.
    PrometheusReply *series(const QStringList &matchers, std::int64_t startMs, std::int64_t endMs);
    /// GET /api/v1/label/<label>/values (the endpoint is GET only), restricted to `matchers`.
    PrometheusReply *labelValues(
        const QString &label, const QStringList &matchers, std::int64_t startMs, std::int64_t endMs);

    /// `application/x-www-form-urlencoded` of `fields`, every reserved character escaped.
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);
    /// A time as the API takes it: seconds with milliseconds, "1700000000.123".
    static QString formatTime(std::int64_t timeMs);
    /// A step as the API takes it: seconds, "60" or "0.5".
    static QString formatStep(std::int64_t stepMs);

private:
    PrometheusReply *post(
        PrometheusReply::Kind kind, const QString &path, const QList<QPair<QString, QString>> &fields);
    PrometheusReply *get(PrometheusReply::Kind kind, const QString &path, const QList<QPair<QString, QString>> &fields);

    PrometheusEndpoint m_endpoint;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace appclacks::core
