// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/scrape/scraperequest.h"
#include "simulator/simulatedfleet.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>

class QTcpServer;

namespace appclacks::simulator {

using core::ScrapeRequest;

struct GzipRepetition;
struct SimulatorResponse;

/// A request as the simulator received it, for tests that assert what a client sent.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path; ///< without the query string
    QList<QPair<QByteArray, QByteArray>> headers; ///< in the order received, names as sent

    bool hasHeader(QByteArrayView name) const;
    /// The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

/// Tuning of SimulatorServer's fault modes; each field is read by the fault it names.
struct SimulatorFaultParameters
{
    int firstByteDelayMs = 3000; ///< SlowFirstByte
    int trickleIntervalMs = 250; ///< Trickle: one byte every so often, forever
    int retryAfterSeconds = 30; ///< TooManyRequests
    /// TooManyRequests: when not empty, sent as the Retry-After value verbatim instead of
    /// retryAfterSeconds (an HTTP date, a number too large for an int, garbage).
    QByteArray retryAfterHeader;
    /// RedirectToOtherPort: where to; invalid means the same path on this server's port + 1.
    QUrl redirectUrl;
    qint64 oversizedBytes = 80ll * 1024 * 1024; ///< OversizedBody: bytes sent
    qint64 bombBytes = 1024ll * 1024 * 1024; ///< GzipBomb: bytes once decompressed
    bool bombOfZeros = false; ///< GzipBomb: zeros instead of valid exposition lines
    QByteArray fixedBody; ///< FixedBody: the body's bytes, sent as they are
    QByteArray fixedBodyEncoding; ///< FixedBody: the Content-Encoding header, none when empty
    QByteArray fixedContentType; ///< FixedBody: the Content-Type header; the text format's when empty
};

/// An HTTP/1.1 server on 127.0.0.1 (HTTPS with setTls()) serving a SimulatedFleet as Appclacks'
/// API (`GET /api/v1/metrics/healthchecks`, Basic auth) and as Cabourotte (`GET /metrics`), with
/// fault modes for the scraper's tests. Every response closes its connection. Thread-affine.
class SimulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorServer)

public:
    /// SlowFirstByte and TruncatedBody alter the normal response, Trickle replaces its body; the
    /// others replace every response, whatever the path and the credentials, until set back to None.
    enum class Fault {
        None,
        SlowFirstByte, ///< the normal response, after firstByteDelayMs
        Trickle, ///< 200 and headers, then the exposition one byte at a time, never ending
        TruncatedBody, ///< the normal response with half its body: Content-Length promises more
        ServerError, ///< 500
        TooManyRequests, ///< 429 with Retry-After
        Unauthorized, ///< 401 whatever the credentials
        RedirectToOtherPort, ///< 302 to redirectUrl
        HtmlPage, ///< 200 text/html: a login page
        Garbage, ///< 200 text/plain; version=0.0.4 with random bytes
        OversizedBody, ///< 200 with a valid-looking exposition of oversizedBytes
        CorruptGzip, ///< Content-Encoding: gzip, a gzip header, then invalid deflate data
        GzipBomb, ///< Content-Encoding: gzip, ~1/1000 of bombBytes that inflate to bombBytes
        FixedBody, ///< 200 text/plain; version=0.0.4, fixedBody verbatim (with fixedBodyEncoding)
    };
    Q_ENUM(Fault)

    /// Serves the demo scenario.
    explicit SimulatorServer(QObject *parent = nullptr);
    explicit SimulatorServer(SimulatedFleet fleet, QObject *parent = nullptr);
    ~SimulatorServer() override;

    SimulatedFleet &fleet() { return m_fleet; }
    const SimulatedFleet &fleet() const { return m_fleet; }

    /// Serves HTTPS from the next listen() on. The configuration needs a certificate and key.
    void setTls(const QSslConfiguration &configuration);
    /// A server configuration from PEM files (an RSA or EC key, unencrypted); null with `error`
    /// set when either file cannot be used.
    static QSslConfiguration tlsConfiguration(
        const QString &certificateFile, const QString &keyFile, QString *error = nullptr);
    bool isTls() const { return m_tls; }

    /// Listens on 127.0.0.1 only; port 0 picks a free one.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_errorString; }
    /// `http://127.0.0.1:PORT` or `https://127.0.0.1:PORT`: never `localhost`, which may resolve to ::1.
    QUrl baseUrl() const;
    QUrl appclacksUrl() const; ///< baseUrl() + /api/v1/metrics/healthchecks
    QUrl cabourotteUrl() const; ///< baseUrl() + /metrics

    /// Required on the Appclacks path. Random until set, so that a demo is never open to anyone.
    void setBasicCredentials(const QString &organizationId, const QString &apiToken);
    QString organizationId() const { return m_organizationId; }
    QString apiToken() const { return m_apiToken; }
    /// A scrape of the Appclacks path with this server's credentials: the demo's profile.
    ScrapeRequest appclacksScrapeRequest(const QString &profileName) const;
    /// Required on /metrics when not empty; /metrics is open otherwise, as Cabourotte's is.
    void setBearerToken(const QString &token);
    /// Labels of the Cabourotte flavour: see FleetRenderOptions.
    void setCabourotteLabels(const QString &zoneLabel, const QList<QPair<QString, QString>> &extraLabels = {});

    /// Simulated seconds per real second: 0 (the default) leaves time to advance(), anything
    /// above makes the fleet follow a clock, e.g. 30 for a demo that visibly moves.
    void setTimeScale(double simulatedSecondsPerSecond);
    double timeScale() const { return m_timeScale; }
    void advance(double seconds) { m_fleet.advance(seconds); }

    void setFault(Fault fault, const SimulatorFaultParameters &parameters = {});
    Fault fault() const { return m_fault; }
    const SimulatorFaultParameters &faultParameters() const { return m_faultParameters; }

    /// The most recent requests (up to 1000), oldest first.
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const appclacks::simulator::RecordedRequest &request);

private:
    void acceptConnections();
    SimulatorResponse respond(const RecordedRequest &request);
    SimulatorResponse normalResponse(const RecordedRequest &request);
    SimulatorResponse faultResponse(const RecordedRequest &request);
    void followClock();
    std::shared_ptr<const GzipRepetition> gzipBomb();

    SimulatedFleet m_fleet;
    QPointer<QTcpServer> m_server;
    bool m_tls = false;
    QSslConfiguration m_sslConfiguration;
    QString m_errorString;
    QString m_organizationId;
    QString m_apiToken;
    QString m_bearerToken;
    FleetRenderOptions m_cabourotteOptions;
    double m_timeScale = 0;
    double m_followedSeconds = 0;
    QElapsedTimer m_clock;
    Fault m_fault = Fault::None;
    SimulatorFaultParameters m_faultParameters;
    std::map<std::pair<qint64, bool>, std::shared_ptr<const GzipRepetition>> m_bombs;
    QList<RecordedRequest> m_requests;
    quint64 m_garbageRequests = 0;
};

} // namespace appclacks::simulator

Q_DECLARE_METATYPE(appclacks::simulator::RecordedRequest)
