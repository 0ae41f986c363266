// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheusreply.h"

#include "core/applicationidentity.h"
#include "core/exposition/prometheusnumber.h"
#include "core/scrape/httpsecurity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <cmath>

Q_LOGGING_CATEGORY(lcPrometheus, "appclacks.core.prometheus", QtInfoMsg)

namespace appclacks::core {

namespace {

// A message for a body that is not what Prometheus sends: short, printable, never the whole body.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(120)).simplified();
    for (QChar &c : text) {
        if (!c.isPrint()) {
            c = QChar(0xfffd);
        }
    }
    return body.size() > 120 ? text + QChar(0x2026) : text;
}

// What an error answer says, for a person: Prometheus's JSON `error`, or the start of a plain body.
QString serverWords(const QByteArray &body)
{
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (const QJsonValue error = envelope.value(QLatin1String("error")); error.isString()) {
        return excerpt(error.toString().toUtf8());
    }
    return excerpt(body.trimmed());
}

// Why `value` is not a [time, "value"] pair, or nothing when it is one.
std::optional<QString> decodeSample(const QJsonValue &value, PrometheusSample &sample, QString *text = nullptr)
{
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString()) {
        return QStringLiteral("a sample is not [time, \"value\"]");
    }
    const double seconds = pair.at(0).toDouble();
    if (!std::isfinite(seconds) || std::abs(seconds) > 9.2e15) {
        return QStringLiteral("a sample's time is out of range");
    }
    sample.timeMs = std::llround(seconds * 1000.0);
    const QString string = pair.at(1).toString();
    if (text) {
        *text = string;
        return std::nullopt;
    }
    const QByteArray utf8 = string.toUtf8();
    const ParsedNumber number = parsePrometheusFloat(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (number.error != NumberError::None) {
        return QStringLiteral("a sample's value “%1” is not a number").arg(excerpt(utf8));
    }
    sample.value = number.value;
    return std::nullopt;
}

std::optional<QString> decodeLabels(const QJsonValue &value, PrometheusLabels &labels)
{
    if (!value.isObject()) {
        return QStringLiteral("a label set is not an object");
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            return QStringLiteral("the label “%1” has no string value").arg(it.key());
        }
        labels.insert(it.key(), it.value().toString());
    }
    return std::nullopt;
}

// Why `data` is not what `kind` answers, or nothing when it was decoded into `result`.
std::optional<QString> decodeData(PrometheusReply::Kind kind, const QJsonValue &data, PrometheusResult &result)
{
    using Kind = PrometheusReply::Kind;
    switch (kind) {
    case Kind::BuildInfo: {
        if (!data.isObject()) {
            return QStringLiteral("data is not an object");
        }
        const QJsonObject object = data.toObject();
        result.buildInfo.application = object.value(QLatin1String("application")).toString();
        result.buildInfo.version = object.value(QLatin1String("version")).toString();
        result.buildInfo.revision = object.value(QLatin1String("revision")).toString();
        result.buildInfo.branch = object.value(QLatin1String("branch")).toString();
        result.buildInfo.goVersion = object.value(QLatin1String("goVersion")).toString();
        // VictoriaMetrics answers an empty object: a version is not required.
        return std::nullopt;
    }
    case Kind::Series: {
        if (!data.isArray()) {
            return QStringLiteral("data is not a list of label sets");
        }
        const QJsonArray sets = data.toArray();
        result.labelSets.reserve(std::size_t(sets.size()));
        for (const auto &set : sets) {
            PrometheusLabels labels;
            if (auto problem = decodeLabels(set, labels)) {
                return problem;
            }
            result.labelSets.push_back(std::move(labels));
        }
        return std::nullopt;
    }
    case Kind::LabelValues: {
        if (!data.isArray()) {
            return QStringLiteral("data is not a list of values");
        }
        for (const auto &value : data.toArray()) {
            if (!value.isString()) {
                return QStringLiteral("a label value is not a string");
            }
            result.labelValues << value.toString();
        }
        return std::nullopt;
    }
    case Kind::Query:
    case Kind::QueryRange:
        break;
    }
    const QJsonObject object = data.toObject();
    const QString type = object.value(QLatin1String("resultType")).toString();
    const QJsonValue payload = object.value(QLatin1String("result"));
    if (type == QLatin1String("scalar") || type == QLatin1String("string")) {
        result.resultType
            = type == QLatin1String("scalar") ? PrometheusResultType::Scalar : PrometheusResultType::String;
        return decodeSample(payload, result.scalar, type == QLatin1String("string") ? &result.string : nullptr);
    }
    const bool vector = type == QLatin1String("vector");
    if (!vector && type != QLatin1String("matrix")) {
        return QStringLiteral("data.resultType “%1” is not vector, matrix, scalar or string")
            .arg(excerpt(type.toUtf8()));
    }
    if (!payload.isArray()) {
        return QStringLiteral("data.result is not a list");
    }
    result.resultType = vector ? PrometheusResultType::Vector : PrometheusResultType::Matrix;
    const QJsonArray list = payload.toArray();
    result.series.reserve(std::size_t(list.size()));
    for (const auto &entry : list) {
        const QJsonObject item = entry.toObject();
        PrometheusSeries series;
        if (auto problem = decodeLabels(item.value(QLatin1String("metric")), series.labels)) {
            return problem;
        }
        if (vector) {
            // A native histogram ("histogram" instead of "value") has no float to show here.
            if (!item.contains(QLatin1String("value"))) {
                continue;
            }
            PrometheusSample sample;
            if (auto problem = decodeSample(item.value(QLatin1String("value")), sample)) {
                return problem;
            }
            series.samples.push_back(sample);
        } else {
            const QJsonValue values = item.value(QLatin1String("values"));
            if (!values.isArray() && !item.contains(QLatin1String("histograms"))) {
                return QStringLiteral("a series of the matrix has no values");
            }
            const QJsonArray points = values.toArray();
            series.samples.reserve(std::size_t(points.size()));
            for (const auto &point : points) {
                PrometheusSample sample;
                if (auto problem = decodeSample(point, sample)) {
                    return problem;
                }
                series.samples.push_back(sample);
            }
        }
        result.series.push_back(std::move(series));
    }
    return std::nullopt;
}

} // namespace

PrometheusReply::PrometheusReply(Kind kind, const PrometheusEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_endpoint(endpoint)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(PrometheusError::TimedOut,
            tr("%1 did not answer within %2 s; the request was stopped.")
                .arg(where())
                .arg(m_endpoint.timeoutMs / 1000.0));
    });
}

PrometheusReply::~PrometheusReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString PrometheusReply::where() const
{
    return HttpSecurity::describeUrl(m_result.url);
}

void PrometheusReply::abort()
{
    fail(PrometheusError::Cancelled, tr("The request to %1 was cancelled.").arg(where()));
}

void PrometheusReply::start(QNetworkAccessManager *network, const QUrl &url, const QByteArray &form)
{
    m_clock.start();
    m_result.url = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (const auto problem = m_endpoint.validate()) {
        fail(PrometheusError::Configuration, *problem);
        return;
    }
    if (m_endpoint.authMode != AuthMode::None && url.scheme() == QLatin1String("http")
        && !HttpSecurity::isLoopbackHost(url.host())) {
        fail(PrometheusError::InsecureCredentials,
            tr("Refusing to send the credentials of “%1” over unencrypted http:// to %2: anyone on the way could read "
               "them. Use https://, or a loopback address for local testing.")
                .arg(m_endpoint.displayName(), url.host()));
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QString(QStringLiteral("appclacks-desktop/") + applicationVersion()));
    // A redirected POST would be replayed elsewhere with the credentials: never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(0); // the deadline below is the whole request's
    HttpSecurity::setAuthorization(request, m_endpoint.authMode, m_endpoint.username, m_endpoint.secret);
    if (!m_endpoint.tenant.isEmpty()) {
        request.setRawHeader("X-Scope-OrgID", m_endpoint.tenant.toUtf8());
    }
    if (url.scheme() == QLatin1String("https")) {
        QString problem;
        const auto tls = HttpSecurity::tlsConfiguration(
            m_endpoint.caFile, m_endpoint.clientCertificateFile, m_endpoint.clientKeyFile, &problem);
        if (!tls) {
            fail(PrometheusError::Configuration, problem);
            return;
        }
        request.setSslConfiguration(*tls);
    }
    if (form.isNull()) {
        m_reply = network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_reply = network->post(request, form);
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PrometheusReply::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &PrometheusReply::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, &PrometheusReply::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &PrometheusReply::onReplyFinished);
    m_deadline->start(std::max(m_endpoint.timeoutMs, 1));
}

void PrometheusReply::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_endpoint.maxBodyBytes) {
        fail(PrometheusError::BodyTooLarge,
            tr("%1 announced an answer of %2 MiB; the limit is %3 MiB. Ask for fewer series or a larger step.")
                .arg(where())
                .arg(double(length.toLongLong()) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(m_endpoint.maxBodyBytes / (1024 * 1024)));
    }
}

void PrometheusReply::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_endpoint.maxBodyBytes) {
        m_body = QByteArray();
        fail(PrometheusError::BodyTooLarge,
            tr("The answer of %1 exceeds %2 MiB; the transfer was stopped. Ask for fewer series or a larger step.")
                .arg(where())
                .arg(m_endpoint.maxBodyBytes / (1024 * 1024)));
    }
}

void PrometheusReply::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the reply fails, and the message says which certificate and why.
    m_tlsErrors = HttpSecurity::describeSslErrors(errors);
}

void PrometheusReply::onReplyFinished()
{
    if (m_done || !m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    m_result.bytes = m_body.size();
    const QString host = reply->url().host();
    if (!m_tlsErrors.isEmpty()) {
        fail(PrometheusError::Tls,
            tr("TLS error with %1: %2. The connection was refused; if the server uses a private certificate "
               "authority, set the profile's CA file.")
                .arg(host, m_tlsErrors));
        return;
    }
    if (status == 0) {
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            fail(PrometheusError::Tls, tr("TLS handshake with %1 failed: %2").arg(host, reply->errorString()));
        } else if (reply->error() == QNetworkReply::TimeoutError) {
            fail(PrometheusError::TimedOut, tr("%1 timed out: %2").arg(where(), reply->errorString()));
        } else {
            fail(PrometheusError::Unreachable, tr("Cannot reach %1: %2").arg(where(), reply->errorString()));
        }
        return;
    }
    if (status == 401 || status == 403) {
        const QString check = m_endpoint.tenant.isEmpty()
            ? tr("check the user name and the password or token")
            : tr("check the user name, the password or token, and the tenant");
        // The server's own words (Mimir: "no org id"; a proxy's reason) say which of them is
        // wrong. Qt drops the body and the reason of a 401 that asks for Basic credentials (as
        // Prometheus's web config does): the status's standard name then, which is what it says.
        m_result.serverError = serverWords(m_body);
        const QString said = !m_result.serverError.isEmpty() ? tr(", “%1”").arg(m_result.serverError)
            : status == 401                                  ? QStringLiteral(" Unauthorized")
                                                             : QStringLiteral(" Forbidden");
        fail(PrometheusError::CredentialsRejected,
            m_endpoint.profileName.isEmpty()
                ? tr("Credentials rejected by %1 (HTTP %2%3): %4.").arg(where()).arg(status).arg(said, check)
                : tr("Credentials rejected by %1 for “%2” (HTTP %3%4): %5.")
                      .arg(where(), m_endpoint.profileName)
                      .arg(status)
                      .arg(said, check));
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target
            = reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        fail(PrometheusError::Redirected,
            tr("%1 redirected to %2. The redirect was not followed: the query and its credentials are only sent where "
               "the profile says. Point the profile at the final URL if you trust it.")
                .arg(where(), HttpSecurity::describeUrl(target)));
        return;
    }
    const QByteArray body = std::exchange(m_body, QByteArray());
    PrometheusResult decoded = decode(m_kind, status, body, where());
    decoded.httpStatus = status;
    decoded.url = m_result.url;
    decoded.bytes = body.size();
    if (decoded.ok() && reply->error() != QNetworkReply::NoError) {
        decoded = {};
        decoded.error = PrometheusError::NotPrometheus;
        decoded.message = tr("The answer of %1 was cut short: %2").arg(where(), reply->errorString());
    }
    const PrometheusError error = decoded.error;
    const QString message = decoded.message;
    m_result = std::move(decoded);
    if (error != PrometheusError::None) {
        fail(error, message);
        return;
    }
    finish();
}

PrometheusResult PrometheusReply::decode(Kind kind, int httpStatus, const QByteArray &body, const QString &where)
{
    PrometheusResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject envelope = document.object();
    const QString status = envelope.value(QLatin1String("status")).toString();
    const bool isEnvelope = parseError.error == QJsonParseError::NoError && document.isObject()
        && (status == QLatin1String("success") || status == QLatin1String("error"));
    if (!isEnvelope) {
        if (httpStatus == 404) {
            result.error = PrometheusError::NotFound;
            result.message = tr("Nothing at %1 (HTTP 404): this is not a Prometheus API, or its path prefix is "
                                "missing (Mimir: /prometheus).")
                                 .arg(where);
        } else if (httpStatus == 429 || httpStatus >= 500) {
            result.error = PrometheusError::ServerError;
            result.message = tr("%1 failed with HTTP %2: %3").arg(where).arg(httpStatus).arg(excerpt(body));
        } else if (httpStatus >= 200 && httpStatus < 300) {
            result.error = PrometheusError::NotPrometheus;
            result.message = parseError.error != QJsonParseError::NoError || !document.isObject()
                ? tr("%1 did not answer like a Prometheus server: its answer is not JSON (“%2”).")
                      .arg(where, excerpt(body))
                : tr("%1 did not answer like a Prometheus server: its JSON has no \"status\" of success or error.")
                      .arg(where);
        } else {
            result.error = PrometheusError::HttpError;
            result.message = tr("%1 answered HTTP %2: %3").arg(where).arg(httpStatus).arg(excerpt(body));
        }
        return result;
    }
    for (const auto &warning : envelope.value(QLatin1String("warnings")).toArray()) {
        result.warnings << warning.toString();
    }
    if (status == QLatin1String("error")) {
        result.errorType = envelope.value(QLatin1String("errorType")).toString();
        result.serverError = envelope.value(QLatin1String("error")).toString();
        result.error
            = result.errorType == QLatin1String("bad_data") ? PrometheusError::BadQuery : PrometheusError::QueryFailed;
        result.message
            = tr("%1 refused the query (%2): %3")
                  .arg(where, result.errorType.isEmpty() ? QStringLiteral("?") : result.errorType, result.serverError);
        return result;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        result.error = PrometheusError::HttpError;
        result.message = tr("%1 answered HTTP %2 with a success status.").arg(where).arg(httpStatus);
        return result;
    }
    if (auto problem = decodeData(kind, envelope.value(QLatin1String("data")), result)) {
        PrometheusResult failed;
        failed.error = PrometheusError::NotPrometheus;
        failed.message = tr("%1 did not answer like a Prometheus server: %2.").arg(where, *problem);
        return failed;
    }
    return result;
}

void PrometheusReply::fail(PrometheusError error, const QString &message)
{
    if (m_done) {
        return;
    }
    const QUrl url = m_result.url;
    const int status = m_result.httpStatus;
    const QStringList warnings = m_result.warnings;
    const QString errorType = m_result.errorType;
    const QString serverError = m_result.serverError;
    m_result = {};
    m_result.url = url;
    m_result.httpStatus = status;
    m_result.warnings = warnings;
    m_result.errorType = errorType;
    m_result.serverError = serverError;
    m_result.error = error;
    m_result.message = message;
    // Whatever a server echoes back, the secret stays out of every message.
    if (!m_endpoint.secret.isEmpty()) {
        m_result.message.replace(m_endpoint.secret, QStringLiteral("•••"));
        m_result.serverError.replace(m_endpoint.secret, QStringLiteral("•••"));
    }
    if (error != PrometheusError::Cancelled) { // abandoned on purpose: nothing went wrong
        qCInfo(lcPrometheus).noquote() << "request failed:" << m_result.message;
    }
    finish();
}

void PrometheusReply::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_deadline->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    // Never from within the call that made the reply or asked to abort it: whoever holds the
    // reply connects, or returns, first.
    QMetaObject::invokeMethod(this, &PrometheusReply::finished, Qt::QueuedConnection);
}

} // namespace appclacks::core
