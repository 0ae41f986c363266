// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/simulatorserver.h"

#include "simulator/gzipencoder.h"
#include "simulator/responsebody.h"
#include "simulator/simulatorconnection.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace appclacks::simulator {

using namespace appclacks::core;

Q_LOGGING_CATEGORY(lcSimulator, "appclacks.core.simulator", QtInfoMsg)

namespace {

constexpr qsizetype maxRecordedRequests = 1000;
const QByteArray appclacksPath = "/api/v1/metrics/healthchecks";
const QByteArray cabourottePath = "/metrics";
const QByteArray textContentType = "text/plain; version=0.0.4; charset=utf-8";
const QByteArray openMetricsContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

struct Preference
{
    QByteArray value; // media type or content coding, lower case
    QByteArray version;
    double q = 1;
};

// Accept and Accept-Encoding: comma-separated values with `;q=` weights and other parameters.
QList<Preference> parsePreferences(const QByteArray &header)
{
    QList<Preference> preferences;
    for (const QByteArray &item : header.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        Preference preference;
        preference.value = parts.value(0).trimmed().toLower();
        if (preference.value.isEmpty()) {
            continue;
        }
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            const qsizetype equals = parameter.indexOf('=');
            const QByteArray key = parameter.left(equals).trimmed().toLower();
            QByteArray value = parameter.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            if (key == "q") {
                bool ok = false;
                const double q = value.toDouble(&ok);
                preference.q = ok ? std::clamp(q, 0.0, 1.0) : 0.0;
            } else if (key == "version") {
                preference.version = value;
            }
        }
        preferences.append(preference);
    }
    return preferences;
}

// OpenMetrics when the client ranks it at least as high as the text format, as Prometheus asks.
bool wantsOpenMetrics(const QByteArray &accept)
{
    double openMetrics = 0;
    double text = 0;
    for (const Preference &preference : parsePreferences(accept)) {
        if (preference.value == "application/openmetrics-text"
            && (preference.version.isEmpty() || preference.version == "1.0.0")) {
            openMetrics = std::max(openMetrics, preference.q);
        } else if ((preference.value == "text/plain" && (preference.version.isEmpty() || preference.version == "0.0.4"))
            || preference.value == "text/*" || preference.value == "*/*") {
            text = std::max(text, preference.q);
        }
    }
    return openMetrics > 0 && openMetrics >= text;
}

bool acceptsGzip(const QByteArray &acceptEncoding)
{
    double gzip = -1;
    double any = -1;
    for (const Preference &preference : parsePreferences(acceptEncoding)) {
        if (preference.value == "gzip" || preference.value == "x-gzip") {
            gzip = std::max(gzip, preference.q);
        } else if (preference.value == "*") {
            any = std::max(any, preference.q);
        }
    }
    return gzip > 0 || (gzip < 0 && any > 0);
}

QString randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &byte : random) {
        byte = char(QRandomGenerator::system()->bounded(256));
    }
    return QString::fromLatin1(random.toHex());
}

SimulatorResponse textResponse(int status, const QByteArray &body, const QByteArray &contentType = {})
{
    SimulatorResponse response;
    response.status = status;
    response.headers.emplaceBack(
        "Content-Type", contentType.isEmpty() ? QByteArray("text/plain; charset=utf-8") : contentType);
    response.body = ResponseBody::fromBytes(body);
    return response;
}

// What Appclacks' API answers without valid credentials, for a wrong login and for the fault alike.
SimulatorResponse appclacksUnauthorized()
{
    SimulatorResponse response = textResponse(401,
        R"({"error":"Unauthorized"})"
        "\n",
        "application/json");
    response.headers.emplaceBack("WWW-Authenticate", R"(Basic realm="appclacks")");
    return response;
}

const char loginPage[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sign in - Appclacks</title>
</head>
<body>
<main>
<h1>Sign in to Appclacks</h1>
<form method="post" action="/login">
<label>Email <input type="email" name="email" autocomplete="username"></label>
<label>Password <input type="password" name="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
)";

} // namespace

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    return !header(name).isNull();
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
            return value.isNull() ? QByteArray("") : value;
        }
    }
    return {};
}

SimulatorServer::SimulatorServer(QObject *parent)
    : SimulatorServer(SimulatedFleet::demoScenario(), parent)
{ }

SimulatorServer::SimulatorServer(SimulatedFleet fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(std::move(fleet))
    , m_organizationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_apiToken(randomHex(24))
{ }

SimulatorServer::~SimulatorServer()
{
    // Connections call back into this object: they go before its members do.
    qDeleteAll(findChildren<SimulatorConnection *>(Qt::FindDirectChildrenOnly));
    close();
}

void SimulatorServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_sslConfiguration = configuration;
}

QSslConfiguration SimulatorServer::tlsConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return QSslConfiguration();
    };
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        return fail(tr("%1 holds no PEM certificate").arg(certificateFile));
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("cannot read %1: %2").arg(keyFile, file.errorString()));
    }
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            break;
        }
    }
    if (key.isNull()) {
        return fail(tr("%1 holds no unencrypted RSA or EC private key").arg(keyFile));
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return configuration;
}

bool SimulatorServer::listen(quint16 port)
{
    Q_ASSERT(thread() == QThread::currentThread());
    close();
    if (m_tls) {
        if (!QSslSocket::supportsSsl()) {
            m_errorString = tr("TLS is not available: %1").arg(QSslSocket::sslLibraryVersionString());
            return false;
        }
        auto *server = new QSslServer(this);
        server->setSslConfiguration(m_sslConfiguration);
        connect(server, &QSslServer::sslErrors, this, [](QSslSocket *, const QList<QSslError> &errors) {
            for (const QSslError &error : errors) {
                qCDebug(lcSimulator) << "TLS error with a client:" << error.errorString();
            }
        });
        connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
            qCDebug(lcSimulator) << "TLS connection failed:" << socket->errorString();
        });
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    // pendingConnectionAvailable is QSslServer's signal once the handshake is done; draining the
    // queue on either signal covers both servers.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &SimulatorServer::acceptConnections);
    connect(m_server, &QTcpServer::newConnection, this, &SimulatorServer::acceptConnections);
    // Never any other address: the simulator hands out credentials and must not be reachable.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = m_server->errorString();
        delete m_server;
        return false;
    }
    m_errorString.clear();
    qCDebug(lcSimulator) << "listening on" << baseUrl();
    return true;
}

void SimulatorServer::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
    }
}

bool SimulatorServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 SimulatorServer::port() const
{
    return isListening() ? m_server->serverPort() : 0;
}

QUrl SimulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

ScrapeRequest SimulatorServer::appclacksScrapeRequest(const QString &profileName) const
{
    ScrapeRequest request;
    request.url = appclacksUrl();
    request.profileName = profileName;
    request.authMode = AuthMode::Basic;
    request.username = m_organizationId;
    request.secret = m_apiToken;
    return request;
}

QUrl SimulatorServer::appclacksUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QString::fromLatin1(appclacksPath));
    return url;
}

QUrl SimulatorServer::cabourotteUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QString::fromLatin1(cabourottePath));
    return url;
}

void SimulatorServer::setBasicCredentials(const QString &organizationId, const QString &apiToken)
{
    m_organizationId = organizationId;
    m_apiToken = apiToken;
}

void SimulatorServer::setBearerToken(const QString &token)
{
    m_bearerToken = token;
}

void SimulatorServer::setCabourotteLabels(const QString &zoneLabel, const QList<QPair<QString, QString>> &extraLabels)
{
    m_cabourotteOptions.cabourotteZoneLabel = zoneLabel;
    m_cabourotteOptions.cabourotteLabels = extraLabels;
}

void SimulatorServer::setTimeScale(double simulatedSecondsPerSecond)
{
    Q_ASSERT(thread() == QThread::currentThread());
    followClock(); // time already elapsed counts at the old scale
    m_timeScale = std::max(0.0, simulatedSecondsPerSecond);
    m_followedSeconds = 0;
    m_clock.start();
}

void SimulatorServer::followClock()
{
    if (m_timeScale <= 0 || !m_clock.isValid()) {
        return;
    }
    const double target = double(m_clock.elapsed()) / 1000.0 * m_timeScale;
    if (target > m_followedSeconds) {
        m_fleet.advance(target - m_followedSeconds);
        m_followedSeconds = target;
    }
}

void SimulatorServer::setFault(Fault fault, const SimulatorFaultParameters &parameters)
{
    Q_ASSERT(thread() == QThread::currentThread());
    m_fault = fault;
    m_faultParameters = parameters;
}

void SimulatorServer::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket) {
            break;
        }
        new SimulatorConnection(
            socket, [this](const RecordedRequest &request) { return respond(request); }, this);
    }
}

SimulatorResponse SimulatorServer::respond(const RecordedRequest &request)
{
    m_requests.append(request);
    if (m_requests.size() > maxRecordedRequests) {
        m_requests.removeFirst();
    }
    Q_EMIT requestReceived(request);
    followClock();

    SimulatorResponse response;
    switch (m_fault) {
    case Fault::None:
    case Fault::SlowFirstByte:
    case Fault::TruncatedBody:
        response = normalResponse(request);
        break;
    default:
        response = faultResponse(request);
        break;
    }
    if (m_fault == Fault::SlowFirstByte) {
        response.firstByteDelayMs = std::max(0, m_faultParameters.firstByteDelayMs);
    } else if (m_fault == Fault::TruncatedBody) {
        response.sendLimit = response.body ? response.body->size() / 2 : 0;
        if (!response.body || response.body->size() == 0) {
            response.body = ResponseBody::fromBytes("#\n"); // something to promise and not deliver
            response.sendLimit = 0;
        }
    }
    response.headers.prepend({ "Server", "appclacks-simulator" });
    response.headOnly = request.method == "HEAD";
    return response;
}

SimulatorResponse SimulatorServer::normalResponse(const RecordedRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        SimulatorResponse response = textResponse(405, "method not allowed\n");
        response.headers.emplaceBack("Allow", "GET, HEAD");
        return response;
    }
    ExpositionFlavour flavour = ExpositionFlavour::AppclacksApi;
    if (request.path == appclacksPath) {
        const QByteArray credentials = m_organizationId.toUtf8() + ':' + m_apiToken.toUtf8();
        const QByteArray expected = "Basic " + credentials.toBase64();
        if (request.header("Authorization") != expected) {
            return appclacksUnauthorized();
        }
    } else if (request.path == cabourottePath) {
        flavour = ExpositionFlavour::Cabourotte;
        if (!m_bearerToken.isEmpty() && request.header("Authorization") != "Bearer " + m_bearerToken.toUtf8()) {
            SimulatorResponse response = textResponse(401, "unauthorized\n");
            response.headers.emplaceBack("WWW-Authenticate", R"(Bearer realm="cabourotte")");
            return response;
        }
    } else {
        return textResponse(404, "404 page not found\n");
    }

    FleetRenderOptions options = m_cabourotteOptions;
    const bool openMetrics = wantsOpenMetrics(request.header("Accept"));
    options.format = openMetrics ? ExpositionFormat::OpenMetrics100 : ExpositionFormat::Text004;
    QByteArray body = m_fleet.exposition(flavour, options);

    SimulatorResponse response;
    response.headers.emplaceBack("Content-Type", openMetrics ? openMetricsContentType : textContentType);
    response.headers.emplaceBack("Vary", "Accept, Accept-Encoding");
    if (m_fault == Fault::Trickle) {
        response.announceLength = false;
        response.trickleIntervalMs = std::max(1, m_faultParameters.trickleIntervalMs);
        response.trickleContent = body;
        return response;
    }
    if (acceptsGzip(request.header("Accept-Encoding"))) {
        body = GzipEncoder::gzip(body);
        response.headers.emplaceBack("Content-Encoding", "gzip");
    }
    response.body = ResponseBody::fromBytes(body);
    return response;
}

SimulatorResponse SimulatorServer::faultResponse(const RecordedRequest &request)
{
    switch (m_fault) {
    case Fault::None:
    case Fault::SlowFirstByte:
    case Fault::TruncatedBody:
    case Fault::Trickle:
        return normalResponse(request);
    case Fault::ServerError:
        return textResponse(500, "internal server error\n");
    case Fault::TooManyRequests: {
        SimulatorResponse response = textResponse(429, "rate limit exceeded\n");
        response.headers.emplaceBack("Retry-After",
            m_faultParameters.retryAfterHeader.isEmpty()
                ? QByteArray::number(std::max(0, m_faultParameters.retryAfterSeconds))
                : m_faultParameters.retryAfterHeader);
        return response;
    }
    case Fault::Unauthorized:
        return appclacksUnauthorized();
    case Fault::RedirectToOtherPort: {
        QUrl target = m_faultParameters.redirectUrl;
        if (!target.isValid() || target.isEmpty()) {
            target = baseUrl();
            target.setPort(port() == 65535 ? 1024 : port() + 1);
            target.setPath(QString::fromLatin1(request.path));
        }
        SimulatorResponse response = textResponse(302, "found\n");
        response.headers.emplaceBack("Location", target.toEncoded());
        return response;
    }
    case Fault::HtmlPage:
        return textResponse(200, loginPage, "text/html; charset=utf-8");
    case Fault::Garbage: {
        // Deterministic per request, and sure to be refused: it starts with a NUL byte.
        QRandomGenerator random(quint32(++m_garbageRequests));
        QByteArray garbage(4096, Qt::Uninitialized);
        for (char &byte : garbage) {
            byte = char(random.bounded(256));
        }
        garbage[0] = '\0';
        garbage[1] = '\xff';
        return textResponse(200, garbage, textContentType);
    }
    case Fault::OversizedBody: {
        SimulatorResponse response;
        response.headers.emplaceBack("Content-Type", textContentType);
        response.body = ResponseBody::generatedExposition(m_faultParameters.oversizedBytes);
        return response;
    }
    case Fault::CorruptGzip: {
        // A gzip header, then a deflate block of the reserved type 3: invalid at its first byte.
        QByteArray body = QByteArray::fromRawData("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\x07", 11);
        QRandomGenerator random(7);
        for (int i = 0; i < 2048; ++i) {
            body.append(char(random.bounded(256)));
        }
        SimulatorResponse response = textResponse(200, body, textContentType);
        response.headers.emplaceBack("Content-Encoding", "gzip");
        return response;
    }
    case Fault::FixedBody: {
        SimulatorResponse response = textResponse(200, m_faultParameters.fixedBody,
            m_faultParameters.fixedContentType.isEmpty() ? textContentType : m_faultParameters.fixedContentType);
        if (!m_faultParameters.fixedBodyEncoding.isEmpty()) {
            response.headers.emplaceBack("Content-Encoding", m_faultParameters.fixedBodyEncoding);
        }
        return response;
    }
    case Fault::GzipBomb: {
        SimulatorResponse response;
        response.headers.emplaceBack("Content-Type", textContentType);
        response.headers.emplaceBack("Content-Encoding", "gzip");
        response.body = ResponseBody::fromGzipRepetition(*gzipBomb());
        return response;
    }
    }
    return normalResponse(request);
}

std::shared_ptr<const GzipRepetition> SimulatorServer::gzipBomb()
{
    const qint64 bytes = std::max<qint64>(1, m_faultParameters.bombBytes);
    const bool zeros = m_faultParameters.bombOfZeros;
    const auto key = std::pair { bytes, zeros };
    if (const auto found = m_bombs.find(key); found != m_bombs.end()) {
        return found->second;
    }
    // One chunk of whole lines (or zeros), compressed once and repeated: the decompressed size
    // is a whole number of chunks, the smallest at or above what was asked for.
    constexpr qint64 chunkTarget = 1024 * 1024;
    QByteArray chunk;
    if (zeros) {
        chunk = QByteArray(qsizetype(std::min(bytes, chunkTarget)), '\0');
    } else {
        const QByteArray line = R"(healthcheck_total{id="00000000-0000-4000-8000-000000000000", name="bomb", )"
                                R"(status="success", zone="eu-west"} 1)"
                                "\n";
        while (chunk.size() < std::min(bytes, chunkTarget)) {
            chunk += line;
        }
    }
    const qint64 repeats = (bytes + chunk.size() - 1) / chunk.size();
    auto bomb = std::make_shared<const GzipRepetition>(GzipEncoder::repeated(chunk, repeats));
    m_bombs.emplace(key, bomb);
    return bomb;
}

} // namespace appclacks::simulator
