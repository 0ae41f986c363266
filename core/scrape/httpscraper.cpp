// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/httpscraper.h"

#include "core/applicationidentity.h"
#include "core/exposition/expositionparser.h"
#include "core/health/healthformat.h"
#include "core/scrape/bodydecoder.h"
#include "core/scrape/httpsecurity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcScrape, "appclacks.core.scrape", QtInfoMsg)

namespace appclacks::core {

namespace {

constexpr int maxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

std::optional<int> HttpScraper::parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    // RFC 9110: delay-seconds (digits only) or an HTTP date. Whatever a server sends, the
    // result is a number of seconds in [0, INT_MAX]; the scheduler bounds it further.
    const QByteArray value = header.trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 seconds = 0;
        for (const char digit : value) {
            seconds = std::min<qint64>(seconds * 10 + (digit - '0'), std::numeric_limits<int>::max());
        }
        return int(seconds);
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT", which Qt's RFC 2822 parser refuses for its
    // "GMT"), asctime ("Sun Nov  6 08:49:37 1994"), then RFC 2822 with a numeric zone.
    const QString text = QString::fromLatin1(value).simplified();
    QDateTime when;
    for (const QString &format :
        { QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("ddd MMM d HH:mm:ss yyyy") }) {
        if (!when.isValid()) {
            when = QDateTime::fromString(text, format);
            when.setTimeZone(QTimeZone::utc());
        }
    }
    if (!when.isValid()) {
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    if (!when.isValid()) {
        return std::nullopt;
    }
    return int(std::clamp<qint64>(now.secsTo(when), 0, std::numeric_limits<int>::max()));
}

HttpScraper::HttpScraper(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_deadline(new QTimer(this))
    , m_inactivity(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_inactivity->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(ScrapeError::TimedOut,
            tr("The scrape of %1 took longer than %2 s and was stopped.")
                .arg(describeUrl(m_request.url))
                .arg(m_request.deadlineMs / 1000.0));
    });
    connect(m_inactivity, &QTimer::timeout, this, [this] {
        fail(ScrapeError::TimedOut,
            tr("%1 sent nothing for %2 s; the scrape was stopped.")
                .arg(describeUrl(m_request.url))
                .arg(m_request.inactivityMs / 1000.0));
    });
}

HttpScraper::~HttpScraper()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray HttpScraper::acceptHeader()
{
    return QByteArrayLiteral("application/openmetrics-text;version=1.0.0;q=0.75,"
                             "text/plain;version=0.0.4;q=0.5,*/*;q=0.1");
}

bool HttpScraper::isLoopbackHost(const QString &host)
{
    return HttpSecurity::isLoopbackHost(host);
}

QString HttpScraper::describeUrl(const QUrl &url) const
{
    return HttpSecurity::describeUrl(url);
}

void HttpScraper::start(const ScrapeRequest &request)
{
    m_request = request;
    m_response = {};
    m_response.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_done = false;
    m_redirects = 0;

    const QUrl &url = request.url;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        fail(ScrapeError::Configuration, tr("“%1” is not an http:// or https:// URL.").arg(describeUrl(url)));
        return;
    }
    if (!url.userInfo().isEmpty()) {
        fail(ScrapeError::Configuration,
            tr("The URL must not contain a user name or password; use the profile's "
               "credentials instead."));
        return;
    }
    if (request.authMode != AuthMode::None && url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host())) {
        fail(ScrapeError::InsecureCredentials,
            tr("Refusing to send the credentials of “%1” over unencrypted http:// to %2: anyone on the way could read "
               "them. Use https://, or a loopback address for local testing.")
                .arg(request.profileName, url.host()));
        return;
    }
    m_deadline->start(request.deadlineMs);
    send(url);
}

void HttpScraper::abort()
{
    fail(ScrapeError::TimedOut, tr("The scrape was cancelled."));
}

void HttpScraper::send(const QUrl &url)
{
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Accept", acceptHeader());
    networkRequest.setHeader(
        QNetworkRequest::UserAgentHeader, QString(QStringLiteral("appclacks-desktop/") + applicationVersion()));
    // Redirects are ours to judge: Qt would follow them with the credentials attached.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // gzip is ours to undo: Qt would hide Content-Length, take a body cut short for a whole one
    // and fail gzip bombs as an unexplained "Decompression failed".
    networkRequest.setRawHeader("Accept-Encoding", "gzip");
    HttpSecurity::setAuthorization(networkRequest, m_request.authMode, m_request.username, m_request.secret);

    if (url.scheme() == QLatin1String("https")) {
        QString problem;
        const std::optional<QSslConfiguration> tls = HttpSecurity::tlsConfiguration(
            m_request.caFile, m_request.clientCertificateFile, m_request.clientKeyFile, &problem);
        if (!tls) {
            fail(ScrapeError::Configuration, problem);
            return;
        }
        networkRequest.setSslConfiguration(*tls);
    }

    m_response.body.clear();
    m_tlsErrors.clear();
    m_announcedBytes = -1;
    m_reply = m_network->get(networkRequest);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpScraper::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpScraper::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpScraper::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpScraper::onSslErrors);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64 total) {
        m_announcedBytes = total;
        restartInactivityTimer();
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, &HttpScraper::restartInactivityTimer);
    restartInactivityTimer();
}

void HttpScraper::restartInactivityTimer()
{
    if (!m_done) {
        m_inactivity->start(m_request.inactivityMs);
    }
}

void HttpScraper::onMetaDataChanged()
{
    restartInactivityTimer();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const bool encoded = !m_reply->rawHeader("Content-Encoding").isEmpty();
    if (!encoded && length.isValid() && length.toLongLong() > m_request.maxBodyBytes) {
        fail(ScrapeError::BodyTooLarge,
            tr("%1 announced %2 MiB of metrics; the limit is %3 MiB.")
                .arg(describeUrl(m_reply->url()))
                .arg(length.toLongLong() / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(m_request.maxBodyBytes / (1024 * 1024)));
    }
}

void HttpScraper::onReadyRead()
{
    restartInactivityTimer();
    // Read as it arrives: a body over the cap is cut off before it is all in memory. (A gzip
    // body is capped again once decompressed.)
    m_response.body += m_reply->readAll();
    if (m_response.body.size() > m_request.maxBodyBytes) {
        m_response.body.clear();
        m_response.body.squeeze();
        fail(ScrapeError::BodyTooLarge,
            tr("The metrics of %1 exceed %2 MiB; the transfer was stopped.")
                .arg(describeUrl(m_reply->url()))
                .arg(m_request.maxBodyBytes / (1024 * 1024)));
    }
}

void HttpScraper::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the reply fails, and the message says which certificate and why.
    m_tlsErrors = HttpSecurity::describeSslErrors(errors);
}

void HttpScraper::onReplyFinished()
{
    if (m_done || !m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->bytesAvailable() > 0) {
        m_response.body += reply->readAll();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.httpStatus = status;
    m_response.finalUrl = reply->url();
    const QString where = describeUrl(reply->url());

    if (!m_tlsErrors.isEmpty()) {
        fail(ScrapeError::Tls,
            tr("TLS error with %1: %2. The connection was refused; if the server uses a private "
               "certificate authority, set the profile's CA file.")
                .arg(reply->url().host(), m_tlsErrors));
        return;
    }
    if (status == 0) {
        const auto error = reply->error();
        if (error == QNetworkReply::SslHandshakeFailedError) {
            fail(ScrapeError::Tls,
                tr("TLS handshake with %1 failed: %2").arg(reply->url().host(), reply->errorString()));
        } else {
            fail(ScrapeError::Unreachable, tr("Cannot reach %1: %2").arg(where, reply->errorString()));
        }
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target
            = reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!sameOrigin(target, reply->url())) {
            fail(ScrapeError::RedirectRefused,
                tr("%1 redirected to %2, another host, port or scheme. The redirect was not followed: credentials are "
                   "never sent to another origin. Point the profile at the final URL if you trust it.")
                    .arg(where, describeUrl(target)));
            return;
        }
        if (++m_redirects > maxRedirects) {
            fail(ScrapeError::HttpError, tr("%1 redirected more than %n times.", nullptr, maxRedirects).arg(where));
            return;
        }
        send(target);
        return;
    }
    const std::optional<int> retryAfter
        = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (status == 401 || status == 403) {
        fail(ScrapeError::CredentialsRejected,
            tr("Credentials rejected for “%1” (HTTP %2): check the organization ID or user name and the token.")
                .arg(m_request.profileName.isEmpty() ? reply->url().host() : m_request.profileName)
                .arg(status));
        return;
    }
    if (status == 404) {
        fail(ScrapeError::NotFound, tr("Nothing at %1 (HTTP 404): the URL or its path is wrong.").arg(where));
        return;
    }
    if (status == 429 || status >= 500) {
        m_response.retryAfterSeconds = retryAfter;
        const QString wait = retryAfter ? tr(" The server asks to wait %n s.", nullptr, *retryAfter) : QString();
        fail(status == 429 ? ScrapeError::RateLimited : ScrapeError::ServerError,
            (status == 429 ? tr("%1 is rate limiting (HTTP 429).").arg(where)
                           : tr("%1 failed with HTTP %2.").arg(where).arg(status))
                + wait);
        return;
    }
    if (status < 200 || status >= 300) {
        fail(ScrapeError::HttpError, tr("%1 answered HTTP %2.").arg(where).arg(status));
        return;
    }
    // Qt takes a connection closed before Content-Length was reached for the end of the body.
    const bool cutShort = m_announcedBytes > 0 && m_response.body.size() < m_announcedBytes;
    if (reply->error() != QNetworkReply::NoError || cutShort) {
        fail(ScrapeError::CorruptBody,
            tr("The response of %1 was cut short: %2. Nothing was kept.")
                .arg(where,
                    cutShort
                        ? tr("%1 of %2 bytes arrived", nullptr, HealthFormat::pluralCount(double(m_announcedBytes)))
                              .arg(QLocale().toString(qint64(m_response.body.size())),
                                  QLocale().toString(qint64(m_announcedBytes)))
                        : reply->errorString()));
        return;
    }
    // The body is handed over as received: SnapshotBuilder undoes its Content-Encoding on the
    // worker, so that decompressing (up to maxBodyBytes) never holds the GUI thread.
    m_response.contentEncoding = reply->rawHeader("Content-Encoding");
    const QByteArray contentType = reply->rawHeader("Content-Type");
    const auto format = ExpositionParser::formatFromContentType(contentType);
    const bool plainHtml = m_response.contentEncoding.isEmpty() && BodyDecoder::looksLikeHtml(m_response.body);
    if (!format || plainHtml) {
        fail(ScrapeError::NotMetrics,
            tr("%1 is not a metrics endpoint: it answered with %2. Check the URL.")
                .arg(where, contentType.isEmpty() ? tr("an HTML page") : QString::fromLatin1(contentType)));
        return;
    }
    m_response.format = *format;
    complete();
}

void HttpScraper::fail(ScrapeError error, const QString &message)
{
    if (m_done) {
        return;
    }
    m_response.error = error;
    m_response.message = message;
    m_response.body.clear();
    qCInfo(lcScrape).noquote() << "scrape failed:" << message;
    complete();
}

void HttpScraper::complete()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_deadline->stop();
    m_inactivity->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_response.durationMs = m_clock.elapsed();
    m_response.bytes = m_response.body.size();
    Q_EMIT finished(m_response);
}

} // namespace appclacks::core
