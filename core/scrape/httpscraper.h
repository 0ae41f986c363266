// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/scrape/scraperequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace appclacks::core {

/// One scrape over HTTP(S): negotiates OpenMetrics then the text format, accepts gzip, adds the
/// credentials to each request itself, follows redirects only within the same origin, never
/// ignores TLS errors, and enforces a deadline, an inactivity timeout and a body cap. Lives on
/// the GUI thread with its QNetworkAccessManager (which is asynchronous already); finished() is
/// emitted exactly once.
class HttpScraper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpScraper)

public:
    explicit HttpScraper(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpScraper() override;

    void start(const ScrapeRequest &request);
    void abort();

    /// The Accept header: OpenMetrics first, then the text format, as Prometheus asks.
    static QByteArray acceptHeader();
    static bool isLoopbackHost(const QString &host);
    /// Seconds that a Retry-After header asks for, in [0, INT_MAX] whatever its size or form
    /// (delay-seconds or an HTTP date, past or future); nothing when it says nothing usable.
    static std::optional<int> parseRetryAfter(const QByteArray &header, const QDateTime &now);

Q_SIGNALS:
    void finished(const appclacks::core::ScrapeResponse &response);

private:
    void send(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void restartInactivityTimer();
    void fail(ScrapeError error, const QString &message);
    void complete();
    QString describeUrl(const QUrl &url) const;

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QTimer *m_inactivity = nullptr;
    QElapsedTimer m_clock;
    ScrapeRequest m_request;
    ScrapeResponse m_response;
    QString m_tlsErrors;
    qint64 m_announcedBytes = -1; // Content-Length, or -1
    int m_redirects = 0;
    bool m_done = false;
};

} // namespace appclacks::core
