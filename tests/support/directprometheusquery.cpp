// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/directprometheusquery.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <bit>
#include <charconv>
#include <cmath>
#include <map>
#include <vector>

namespace appclacks::tests {

namespace {

// Go's "+Inf", "-Inf", "NaN" and decimals, with the C++ library rather than the app's parser.
std::optional<double> number(const QString &text)
{
    QByteArray bytes = text.toLatin1();
    if (bytes.startsWith('+')) {
        bytes.remove(0, 1);
    }
    double value = 0;
    const auto [end, error] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    if (error != std::errc() || end != bytes.constData() + bytes.size()) {
        return std::nullopt;
    }
    return value;
}

QString labelsText(const core::PrometheusLabels &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        parts << it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"');
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Seconds with milliseconds, as the API takes times (written here, not taken from core).
QString secondsOf(std::int64_t milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'f', 3);
}

// The series of a successful answer, each with its key of `labels`' values.
std::vector<std::pair<QString, QJsonObject>> keyedSeries(const QJsonObject &answer, const QStringList &labels)
{
    std::vector<std::pair<QString, QJsonObject>> series;
    const QJsonArray result = answer.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
    for (const auto &entry : result) {
        const QJsonObject item = entry.toObject();
        const QJsonObject metric = item.value(QLatin1String("metric")).toObject();
        QStringList key;
        for (const QString &label : labels) {
            key << metric.value(label).toString();
        }
        series.emplace_back(key.join(QLatin1Char('/')), item);
    }
    return series;
}

} // namespace

QJsonObject DirectPrometheusQuery::post(const QUrl &url, const QList<QPair<QString, QString>> &fields, QString *error)
{
    QByteArray form;
    for (const auto &[name, value] : fields) {
        form += (form.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.post(request, form);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const bool finished = reply->isFinished();
    reply->abort();
    delete reply;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!finished || !document.isObject()) {
        *error = QStringLiteral("%1: no JSON answer: %2").arg(url.toString(), QString::fromUtf8(body.left(300)));
        return {};
    }
    return document.object();
}

QString DirectPrometheusQuery::compare(const core::PrometheusResult &result, const QJsonObject &direct)
{
    if (direct.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        return QStringLiteral("the direct query failed: ") + direct.value(QLatin1String("error")).toString();
    }
    const QJsonObject data = direct.value(QLatin1String("data")).toObject();
    const QString type = data.value(QLatin1String("resultType")).toString();
    const bool vector = type == QLatin1String("vector");
    if ((vector ? core::PrometheusResultType::Vector : core::PrometheusResultType::Matrix) != result.resultType) {
        return QStringLiteral("result types differ (direct: %1)").arg(type);
    }
    std::map<QString, const core::PrometheusSeries *> ours;
    for (const core::PrometheusSeries &series : result.series) {
        ours[labelsText(series.labels)] = &series;
    }
    const QJsonArray theirs = data.value(QLatin1String("result")).toArray();
    if (std::size_t(theirs.size()) != ours.size()) {
        return QStringLiteral("%1 series directly, %2 through the API").arg(theirs.size()).arg(ours.size());
    }
    for (const auto &entry : theirs) {
        const QJsonObject item = entry.toObject();
        core::PrometheusLabels labels;
        const QJsonObject metric = item.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it) {
            labels.insert(it.key(), it.value().toString());
        }
        const QString key = labelsText(labels);
        const auto found = ours.find(key);
        if (found == ours.end()) {
            return QStringLiteral("the API has no series %1").arg(key);
        }
        const QJsonArray points = vector ? QJsonArray { item.value(QLatin1String("value")) }
                                         : item.value(QLatin1String("values")).toArray();
        const auto &samples = found->second->samples;
        if (std::size_t(points.size()) != samples.size()) {
            return QStringLiteral("%1: %2 points directly, %3 through the API")
                .arg(key)
                .arg(points.size())
                .arg(samples.size());
        }
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonArray point = points.at(i).toArray();
            const auto timeMs = std::int64_t(std::llround(point.at(0).toDouble() * 1000.0));
            const auto value = number(point.at(1).toString());
            const double got = samples[std::size_t(i)].value;
            const bool same = value
                && ((std::isnan(*value) && std::isnan(got))
                    || std::bit_cast<std::uint64_t>(*value) == std::bit_cast<std::uint64_t>(got));
            if (timeMs != samples[std::size_t(i)].timeMs || !same) {
                return QStringLiteral("%1, point %2: directly %3 at %4, through the API %5 at %6")
                    .arg(key)
                    .arg(i)
                    .arg(point.at(1).toString())
                    .arg(timeMs)
                    .arg(got, 0, 'g', 17)
                    .arg(samples[std::size_t(i)].timeMs);
            }
        }
    }
    return {};
}

std::map<QString, double> DirectPrometheusQuery::values(
    const QUrl &baseUrl, const QString &expression, std::int64_t timeMs, const QStringList &labels, QString *error)
{
    const QJsonObject answer = post(baseUrl.resolved(QUrl(QStringLiteral("/api/v1/query"))),
        { { QStringLiteral("query"), expression }, { QStringLiteral("time"), secondsOf(timeMs) } }, error);
    std::map<QString, double> values;
    for (const auto &[key, item] : keyedSeries(answer, labels)) {
        values[key] = number(item.value(QLatin1String("value")).toArray().at(1).toString()).value_or(std::nan(""));
    }
    return values;
}

std::map<QString, std::map<std::int64_t, double>> DirectPrometheusQuery::steps(const QUrl &baseUrl,
    const QString &expression, std::int64_t startMs, std::int64_t endMs, std::int64_t stepMs, const QStringList &labels,
    QString *error)
{
    const QJsonObject answer = post(baseUrl.resolved(QUrl(QStringLiteral("/api/v1/query_range"))),
        { { QStringLiteral("query"), expression }, { QStringLiteral("start"), secondsOf(startMs) },
            { QStringLiteral("end"), secondsOf(endMs) }, { QStringLiteral("step"), secondsOf(stepMs) } },
        error);
    std::map<QString, std::map<std::int64_t, double>> steps;
    for (const auto &[key, item] : keyedSeries(answer, labels)) {
        for (const auto &point : item.value(QLatin1String("values")).toArray()) {
            steps[key][std::llround(point.toArray().at(0).toDouble() * 1000.0)]
                = number(point.toArray().at(1).toString()).value_or(std::nan(""));
        }
    }
    return steps;
}

} // namespace appclacks::tests
