// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheusapi.h"

#include "core/history/openmetricsbackfill.h"
#include "core/profiles/labelmatchers.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace appclacks::core {

PrometheusApi::PrometheusApi(const PrometheusEndpoint &endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_network(network ? network : new QNetworkAccessManager(this))
{ }

PrometheusApi::~PrometheusApi() = default;

QByteArray PrometheusApi::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray form;
    for (const auto &[name, value] : fields) {
        if (!form.isEmpty()) {
            form += '&';
        }
        // Everything but unreserved characters escaped: a '+' in PromQL must not become a space.
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

QString PrometheusApi::formatTime(std::int64_t timeMs)
{
    return QString::fromLatin1(OpenMetricsBackfill::formatTimestamp(timeMs));
}

QString PrometheusApi::formatStep(std::int64_t stepMs)
{
    if (stepMs % 1000 == 0) {
        return QString::number(stepMs / 1000);
    }
    return formatTime(stepMs);
}

PrometheusReply *PrometheusApi::post(
    PrometheusReply::Kind kind, const QString &path, const QList<QPair<QString, QString>> &fields)
{
    auto *reply = new PrometheusReply(kind, m_endpoint, this);
    reply->start(m_network, m_endpoint.apiUrl(path), formEncode(fields));
    return reply;
}

PrometheusReply *PrometheusApi::get(
    PrometheusReply::Kind kind, const QString &path, const QList<QPair<QString, QString>> &fields)
{
    auto *reply = new PrometheusReply(kind, m_endpoint, this);
    QUrl url = m_endpoint.apiUrl(path);
    if (!fields.isEmpty()) {
        url.setQuery(QString::fromLatin1(formEncode(fields)), QUrl::StrictMode);
    }
    reply->start(m_network, url, QByteArray());
    return reply;
}

PrometheusReply *PrometheusApi::buildInfo()
{
    return get(PrometheusReply::Kind::BuildInfo, QStringLiteral("/api/v1/status/buildinfo"), {});
}

PrometheusReply *PrometheusApi::query(const QString &expr, std::int64_t timeMs)
{
    return post(PrometheusReply::Kind::Query, QStringLiteral("/api/v1/query"),
        { { QStringLiteral("query"), expr }, { QStringLiteral("time"), formatTime(timeMs) } });
}

PrometheusReply *PrometheusApi::queryRange(
    const QString &expr, std::int64_t startMs, std::int64_t endMs, std::int64_t stepMs)
{
    return post(PrometheusReply::Kind::QueryRange, QStringLiteral("/api/v1/query_range"),
        { { QStringLiteral("query"), expr }, { QStringLiteral("start"), formatTime(startMs) },
            { QStringLiteral("end"), formatTime(endMs) }, { QStringLiteral("step"), formatStep(stepMs) } });
}

PrometheusReply *PrometheusApi::series(const QStringList &matchers, std::int64_t startMs, std::int64_t endMs)
{
    QList<QPair<QString, QString>> fields;
    for (const QString &matcher : matchers) {
        fields.append({ QStringLiteral("match[]"), matcher });
    }
    fields.append({ QStringLiteral("start"), formatTime(startMs) });
    fields.append({ QStringLiteral("end"), formatTime(endMs) });
    return post(PrometheusReply::Kind::Series, QStringLiteral("/api/v1/series"), fields);
}

PrometheusReply *PrometheusApi::labelValues(
    const QString &label, const QStringList &matchers, std::int64_t startMs, std::int64_t endMs)
{
    QList<QPair<QString, QString>> fields;
    for (const QString &matcher : matchers) {
        fields.append({ QStringLiteral("match[]"), matcher });
    }
    fields.append({ QStringLiteral("start"), formatTime(startMs) });
    fields.append({ QStringLiteral("end"), formatTime(endMs) });
    // A label name is letters, digits and _: nothing in it can leave the path.
    const QString name = LabelMatchers::isValidLabelName(label) ? label : QStringLiteral("__invalid__");
    return get(PrometheusReply::Kind::LabelValues, QStringLiteral("/api/v1/label/%1/values").arg(name), fields);
}

} // namespace appclacks::core
