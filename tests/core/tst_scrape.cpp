// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The scraping path against the project's simulator over real loopback sockets, HTTP and HTTPS:
// one test per fault, each asserting the error and that the last good snapshot survived.

#include "core/scrape/bodydecoder.h"
#include "core/scrape/httpscraper.h"
#include "core/scrape/scrapescheduler.h"
#include "core/sources/snapshotloader.h"
#include "core/util/gzipcodec.h"
#include "simulator/gzipencoder.h"
#include "simulator/simulatorserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>

#include <atomic>
#include <limits>
#include <optional>

using namespace appclacks::core;
using namespace appclacks::simulator;

namespace {

const QString tlsDir = QStringLiteral(APPCLACKS_TEST_DATA_DIR "/tls/");
const QString organization = QStringLiteral("org-test");
const QString token = QStringLiteral("tok-8c1f7e2a9b");

QSslConfiguration serverTls(const QString &name)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const auto certificates = QSslCertificate::fromPath(tlsDir + name + QStringLiteral(".pem"));
    QFile keyFile(tlsDir + name + QStringLiteral(".key"));
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        qFatal("missing test certificate %s", qPrintable(name));
    }
    configuration.setLocalCertificate(certificates.constFirst());
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    return configuration;
}

ScrapeRequest requestFor(const SimulatorServer &server)
{
    ScrapeRequest request;
    request.url = server.appclacksUrl();
    request.profileName = QStringLiteral("test-profile");
    request.authMode = AuthMode::Basic;
    request.username = organization;
    request.secret = token;
    return request;
}

// The body as the worker decodes it (the scraper hands it over as received).
QByteArray decodedBody(const ScrapeResponse &response)
{
    return BodyDecoder::decode(response.body, response.contentEncoding, 64 * 1024 * 1024, QString()).body;
}

// One refresh through the loader: the scrape, then decoding and building on the worker.
LoadResult loadOnce(QNetworkAccessManager &network, const ScrapeRequest &request)
{
    SnapshotLoader loader(&network);
    QSignalSpy finished(&loader, &SnapshotLoader::finished);
    ResolvedSource source;
    source.name = request.profileName;
    source.request = request;
    loader.load(source, {});
    if (finished.isEmpty() && !finished.wait(20000)) {
        qFatal("the load never finished");
    }
    return finished.constFirst().constFirst().value<LoadResult>();
}

ScrapeResponse scrapeOnce(QNetworkAccessManager &network, const ScrapeRequest &request)
{
    HttpScraper scraper(&network);
    QSignalSpy finished(&scraper, &HttpScraper::finished);
    scraper.start(request);
    if (finished.isEmpty() && !finished.wait(20000)) {
        qFatal("the scrape never finished, not even with its own deadline");
    }
    if (finished.size() != 1) {
        qFatal("finished() must be emitted exactly once");
    }
    return finished.constFirst().constFirst().value<ScrapeResponse>();
}

} // namespace

class TestScrape final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ScrapeResponse>();
        qRegisterMetaType<ScrapeMetadata>();
        qRegisterMetaType<LoadResult>();
        qRegisterMetaType<std::shared_ptr<const HealthSnapshot>>();
    }

    void init()
    {
        m_server = std::make_unique<SimulatorServer>();
        m_server->setBasicCredentials(organization, token);
        QVERIFY(m_server->listen());
        m_scheduler = std::make_unique<ScrapeScheduler>(&m_network);
        // What a session keeps of the scheduler's results: the last good snapshot and the last refresh.
        connect(m_scheduler.get(), &ScrapeScheduler::scrapeFinished, this, [this](const LoadResult &result) {
            m_last = result.metadata;
            if (result.ok()) {
                m_lastGood = result.built.latest;
            }
        });
        setRequest(requestFor(*m_server)); // refreshes are ours to trigger
        QSignalSpy finished(m_scheduler.get(), &ScrapeScheduler::scrapeFinished);
        m_scheduler->start();
        QVERIFY(finished.wait(10000));
        m_good = m_lastGood;
        QVERIFY(m_good);
        QVERIFY(!m_good->checks.empty());
        QCOMPARE(m_last.error, ScrapeError::None);
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_server.reset();
    }

    void goodScrapeNegotiatesAndSendsCredentials();
    void asyncResultReachesItsContextOnTheMainThread();
    void asyncResultForADestroyedContextIsDropped();
    void slowFirstByteTimesOut();
    void trickleHitsTheDeadline();
    void truncatedBodyIsRefused();
    void serverErrorBacksOff();
    void pausedSchedulesNothing();
    void tooManyRequestsHonoursRetryAfter();
    void rejectedCredentialsStopRetrying();
    void crossPortRedirectNeverForwardsCredentials();
    void htmlIsNotAMetricsEndpoint();
    void garbageIsBadData();
    void oversizedBodyIsCut();
    void corruptGzipIsRefused();
    void gzipBombIsCut();
    void wrongPathIsNotFound();
    void closedPortIsUnreachable();
    void credentialsNeverCrossPlainHttp();
    void httpsWithTheProfileCa();
    void tlsErrorsAreNeverIgnored();
    void ecAndRsaClientKeysLoad_data();
    void ecAndRsaClientKeysLoad();
    void tokenNeverReachesTheLogs();
    void backoffGrowsAndHonoursTheServer();
    void bodyAtTheCapIsKeptOneByteOverIsRefused_data();
    void bodyAtTheCapIsKeptOneByteOverIsRefused();
    void severalGzipMembersAreScrapedWhole();
    void gzipIsDecodedOnTheWorkerNotByTheScraper();
    void emptyOrIrrelevantAnswerIsAFailedRefresh_data();
    void emptyOrIrrelevantAnswerIsAFailedRefresh();
    void duplicateSeriesRefuseTheScrape();
    void retryAfterOfAnySizeOrForm_data();
    void retryAfterOfAnySizeOrForm();
    void retryAfterWaitIsBetweenIntervalAndCap();
    void hugeRetryAfterFromTheServerIsBounded_data();
    void hugeRetryAfterFromTheServerIsBounded();

private:
    // Sets the fault, refreshes, and checks the failure and that the last good data stayed.
    ScrapeMetadata failWith(
        SimulatorServer::Fault fault, ScrapeError expected, const SimulatorFaultParameters &parameters = {});

    // The scheduler refreshes `request` every hour: refreshes are the test's to trigger.
    void setRequest(const ScrapeRequest &request, int intervalSeconds = 3600)
    {
        ResolvedSource source;
        source.name = request.profileName;
        source.request = request;
        m_scheduler->setSource(source, intervalSeconds);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<ScrapeScheduler> m_scheduler;
    std::shared_ptr<const HealthSnapshot> m_good;
    std::shared_ptr<const HealthSnapshot> m_lastGood;
    ScrapeMetadata m_last;
};

ScrapeMetadata TestScrape::failWith(
    SimulatorServer::Fault fault, ScrapeError expected, const SimulatorFaultParameters &parameters)
{
    m_server->setFault(fault, parameters);
    QSignalSpy finished(m_scheduler.get(), &ScrapeScheduler::scrapeFinished);
    m_scheduler->refreshNow();
    if (!finished.wait(20000)) {
        qFatal("no refresh reported for fault %d", int(fault));
    }
    const auto result = finished.constFirst().constFirst().value<LoadResult>();
    const ScrapeMetadata &metadata = result.metadata;
    if (metadata.error != expected) {
        qWarning() << "unexpected error" << int(metadata.error) << metadata.message;
    }
    [&] {
        QCOMPARE(int(metadata.error), int(expected));
        QVERIFY(!metadata.message.isEmpty());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!result.ok());
        QVERIFY(!result.built.latest);
        // Nothing committed: the very same snapshot is still the last good one.
        QCOMPARE(m_lastGood, m_good);
        QCOMPARE(m_last.error, expected);
    }();
    return metadata;
}

void TestScrape::goodScrapeNegotiatesAndSendsCredentials()
{
    const RecordedRequest request = m_server->requests().constLast();
    QCOMPARE(request.path, QByteArray("/api/v1/metrics/healthchecks"));
    QVERIFY(request.header("Accept").startsWith("application/openmetrics-text"));
    QVERIFY(request.header("Accept").contains("text/plain;version=0.0.4"));
    QVERIFY(request.header("Accept-Encoding").contains("gzip"));
    QCOMPARE(request.header("Authorization"), "Basic " + (organization + QLatin1Char(':') + token).toUtf8().toBase64());
    const ScrapeMetadata metadata = m_last;
    QCOMPARE(metadata.httpStatus, 200);
    QVERIFY(metadata.bytes > 0);
    QVERIFY(metadata.time.isValid());
    QVERIFY(m_scheduler->nextScrapeTime() > QDateTime::currentDateTimeUtc().addSecs(3000));
}

void TestScrape::slowFirstByteTimesOut()
{
    ScrapeRequest request = requestFor(*m_server);
    request.inactivityMs = 300;
    setRequest(request);
    SimulatorFaultParameters parameters;
    parameters.firstByteDelayMs = 5000;
    QElapsedTimer clock;
    clock.start();
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::SlowFirstByte, ScrapeError::TimedOut, parameters);
    QVERIFY(clock.elapsed() < 4000);
    QVERIFY2(metadata.message.contains(QLatin1String("sent nothing")), qPrintable(metadata.message));
}

void TestScrape::trickleHitsTheDeadline()
{
    ScrapeRequest request = requestFor(*m_server);
    request.deadlineMs = 1500;
    request.inactivityMs = 1000; // bytes keep coming: only the deadline can end this
    setRequest(request);
    SimulatorFaultParameters parameters;
    parameters.trickleIntervalMs = 50;
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::Trickle, ScrapeError::TimedOut, parameters);
    QVERIFY2(metadata.message.contains(QLatin1String("longer than 1.5 s")), qPrintable(metadata.message));
}

void TestScrape::truncatedBodyIsRefused()
{
    failWith(SimulatorServer::Fault::TruncatedBody, ScrapeError::CorruptBody);
}

// Issue 11: an interval of 0 pauses: nothing is scheduled, not even a retry after a failure;
// a refresh asked for still happens.
void TestScrape::pausedSchedulesNothing()
{
    QVERIFY(m_scheduler->nextScrapeTime().isValid());
    m_scheduler->setInterval(0);
    QVERIFY(!m_scheduler->nextScrapeTime().isValid());
    QSignalSpy finished(m_scheduler.get(), &ScrapeScheduler::scrapeFinished);
    m_scheduler->refreshNow();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.constFirst().constFirst().value<LoadResult>().ok());
    QVERIFY(!m_scheduler->nextScrapeTime().isValid());
    m_good = m_lastGood; // what failWith() expects to stay
    failWith(SimulatorServer::Fault::ServerError, ScrapeError::ServerError);
    QVERIFY(!m_scheduler->nextScrapeTime().isValid());
    m_server->setFault(SimulatorServer::Fault::None);
    m_scheduler->setInterval(3600);
    QVERIFY(m_scheduler->nextScrapeTime().isValid()); // refreshing again on the interval
    QVERIFY(m_scheduler->nextScrapeTime() > QDateTime::currentDateTimeUtc().addSecs(3500));
}

void TestScrape::serverErrorBacksOff()
{
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::ServerError, ScrapeError::ServerError);
    QCOMPARE(metadata.httpStatus, 500);
    // Retried on backoff, not on the hour-long interval.
    QVERIFY(m_scheduler->nextScrapeTime().isValid());
    QVERIFY(m_scheduler->nextScrapeTime() < QDateTime::currentDateTimeUtc().addSecs(10));
}

void TestScrape::tooManyRequestsHonoursRetryAfter()
{
    SimulatorFaultParameters parameters;
    parameters.retryAfterSeconds = 120;
    const ScrapeMetadata metadata
        = failWith(SimulatorServer::Fault::TooManyRequests, ScrapeError::RateLimited, parameters);
    QCOMPARE(metadata.httpStatus, 429);
    QVERIFY(metadata.message.contains(QLatin1String("120")));
    QVERIFY(m_scheduler->nextScrapeTime() >= QDateTime::currentDateTimeUtc().addSecs(118));
}

void TestScrape::rejectedCredentialsStopRetrying()
{
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::Unauthorized, ScrapeError::CredentialsRejected);
    QVERIFY2(metadata.message.contains(QStringLiteral("Credentials rejected for “test-profile”")),
        qPrintable(metadata.message));
    QVERIFY(!m_scheduler->nextScrapeTime().isValid()); // no retry loop
}

void TestScrape::crossPortRedirectNeverForwardsCredentials()
{
    SimulatorServer other;
    QVERIFY(other.listen());
    SimulatorFaultParameters parameters;
    parameters.redirectUrl = other.appclacksUrl();
    QVERIFY(parameters.redirectUrl.port() != m_server->port());
    const ScrapeMetadata metadata
        = failWith(SimulatorServer::Fault::RedirectToOtherPort, ScrapeError::RedirectRefused, parameters);
    QVERIFY(metadata.message.contains(QString::number(other.port())));
    // A followed redirect would have been answered before the scrape finished: nothing can
    // still be on its way to the other server.
    for (const RecordedRequest &request : other.requests()) {
        QVERIFY2(!request.hasHeader("Authorization"), "credentials were forwarded to another origin");
    }
    QVERIFY(other.requests().isEmpty());
}

void TestScrape::htmlIsNotAMetricsEndpoint()
{
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::HtmlPage, ScrapeError::NotMetrics);
    QVERIFY(metadata.message.contains(QLatin1String("not a metrics endpoint")));
}

void TestScrape::garbageIsBadData()
{
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::Garbage, ScrapeError::BadData);
    // "URL:LINE:COLUMN: reason", as a file's errors say "PATH:LINE:COLUMN: reason".
    QVERIFY2(metadata.message.startsWith(requestFor(*m_server).url.toString() + QStringLiteral(":1:")),
        qPrintable(metadata.message));
}

void TestScrape::oversizedBodyIsCut()
{
    ScrapeRequest request = requestFor(*m_server);
    request.maxBodyBytes = 2 * 1024 * 1024;
    setRequest(request);
    SimulatorFaultParameters parameters;
    parameters.oversizedBytes = 16ll * 1024 * 1024;
    const ScrapeMetadata metadata
        = failWith(SimulatorServer::Fault::OversizedBody, ScrapeError::BodyTooLarge, parameters);
    QVERIFY(metadata.message.contains(QLatin1String("2 MiB")));
}

void TestScrape::corruptGzipIsRefused()
{
    failWith(SimulatorServer::Fault::CorruptGzip, ScrapeError::CorruptBody);
}

void TestScrape::gzipBombIsCut()
{
    ScrapeRequest request = requestFor(*m_server);
    request.maxBodyBytes = 4 * 1024 * 1024;
    setRequest(request);
    SimulatorFaultParameters parameters;
    parameters.bombBytes = 256ll * 1024 * 1024;
    failWith(SimulatorServer::Fault::GzipBomb, ScrapeError::BodyTooLarge, parameters);
}

void TestScrape::wrongPathIsNotFound()
{
    ScrapeRequest request = requestFor(*m_server);
    request.url.setPath(QStringLiteral("/api/v1/metrics/nothing-here"));
    const ScrapeResponse response = scrapeOnce(m_network, request);
    QCOMPARE(response.error, ScrapeError::NotFound);
    QCOMPARE(response.httpStatus, 404);
    QVERIFY(response.message.contains(QLatin1String("wrong")));
}

void TestScrape::closedPortIsUnreachable()
{
    ScrapeRequest request = requestFor(*m_server);
    m_server->close();
    const ScrapeResponse response = scrapeOnce(m_network, request);
    QCOMPARE(response.error, ScrapeError::Unreachable);
    QVERIFY(response.message.contains(QLatin1String("Cannot reach")));
}

void TestScrape::credentialsNeverCrossPlainHttp()
{
    ScrapeRequest request = requestFor(*m_server);
    request.url = QUrl(QStringLiteral("http://metrics.example.invalid/api/v1/metrics/healthchecks"));
    const ScrapeResponse response = scrapeOnce(m_network, request);
    QCOMPARE(response.error, ScrapeError::InsecureCredentials);
    QVERIFY(response.message.contains(QLatin1String("https://")));
    QVERIFY(!response.message.contains(token));
    // Loopback is the exception: the good scrape of init() went over http://127.0.0.1.
    QCOMPARE(m_server->appclacksUrl().scheme(), QStringLiteral("http"));
}

void TestScrape::httpsWithTheProfileCa()
{
    SimulatorServer secure;
    secure.setBasicCredentials(organization, token);
    secure.setTls(serverTls(QStringLiteral("server")));
    QVERIFY(secure.listen());
    ScrapeRequest request = requestFor(secure);
    QCOMPARE(request.url.scheme(), QStringLiteral("https"));
    request.caFile = tlsDir + QStringLiteral("ca.pem");
    const ScrapeResponse response = scrapeOnce(m_network, request);
    QVERIFY2(response.ok(), qPrintable(response.message));
    QVERIFY(decodedBody(response).contains("healthcheck_total"));
}

void TestScrape::tlsErrorsAreNeverIgnored()
{
    SimulatorServer secure;
    secure.setBasicCredentials(organization, token);
    secure.setTls(serverTls(QStringLiteral("server")));
    QVERIFY(secure.listen());
    // Without the profile's CA, the test CA is unknown: the scrape must fail, naming the certificate.
    const ScrapeResponse unknownCa = scrapeOnce(m_network, requestFor(secure));
    QCOMPARE(unknownCa.error, ScrapeError::Tls);
    QVERIFY2(unknownCa.message.contains(QLatin1String("CN=localhost")), qPrintable(unknownCa.message));
    QVERIFY2(unknownCa.message.contains(QLatin1String("issued by")), qPrintable(unknownCa.message));
    for (const RecordedRequest &request : secure.requests()) {
        QVERIFY2(!request.hasHeader("Authorization"), "credentials sent over an untrusted connection");
    }

    SimulatorServer untrusted;
    untrusted.setTls(serverTls(QStringLiteral("untrusted")));
    QVERIFY(untrusted.listen());
    ScrapeRequest request = requestFor(untrusted);
    request.caFile = tlsDir + QStringLiteral("ca.pem"); // trusting our CA does not make a stranger trusted
    const ScrapeResponse selfSigned = scrapeOnce(m_network, request);
    QCOMPARE(selfSigned.error, ScrapeError::Tls);

    request.caFile = tlsDir + QStringLiteral("README.md");
    const ScrapeResponse badCaFile = scrapeOnce(m_network, request);
    QCOMPARE(badCaFile.error, ScrapeError::Configuration);
}

void TestScrape::ecAndRsaClientKeysLoad_data()
{
    QTest::addColumn<QString>("client");
    QTest::newRow("rsa") << QStringLiteral("client-rsa");
    QTest::newRow("ec") << QStringLiteral("client-ec");
}

// Issue 13: EC client keys never loaded (the key file was opened twice). Mutual TLS against a
// simulator that requires a client certificate from the test CA.
void TestScrape::ecAndRsaClientKeysLoad()
{
    QFETCH(QString, client);
    QSslConfiguration tls = serverTls(QStringLiteral("server"));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates(QSslCertificate::fromPath(tlsDir + QStringLiteral("ca.pem")));
    SimulatorServer secure;
    secure.setBasicCredentials(organization, token);
    secure.setTls(tls);
    QVERIFY(secure.listen());
    ScrapeRequest request = requestFor(secure);
    request.caFile = tlsDir + QStringLiteral("ca.pem");

    // Without a client certificate the server refuses the handshake: the check below is real.
    // (A network manager each: Qt keeps a host's connection settings from its first request.)
    QNetworkAccessManager anonymousNetwork;
    const ScrapeResponse anonymous = scrapeOnce(anonymousNetwork, request);
    QVERIFY2(!anonymous.ok(), "the simulator did not require a client certificate");

    request.clientCertificateFile = tlsDir + client + QStringLiteral(".pem");
    request.clientKeyFile = tlsDir + client + QStringLiteral(".key");
    QNetworkAccessManager network;
    const ScrapeResponse response = scrapeOnce(network, request);
    QVERIFY2(response.ok(), qPrintable(response.message));
    QVERIFY(decodedBody(response).contains("healthcheck_total"));

    request.clientKeyFile = tlsDir + QStringLiteral("README.md");
    QCOMPARE(scrapeOnce(network, request).error, ScrapeError::Configuration);
}

namespace {
QStringList capturedMessages;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedMessages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}
} // namespace

void TestScrape::tokenNeverReachesTheLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=true"));
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const ScrapeResponse good = scrapeOnce(m_network, requestFor(*m_server));
    m_server->setFault(SimulatorServer::Fault::Unauthorized);
    const ScrapeResponse rejected = scrapeOnce(m_network, requestFor(*m_server));
    m_server->setFault(SimulatorServer::Fault::None);
    QSignalSpy refreshed(m_scheduler.get(), &ScrapeScheduler::scrapeFinished);
    m_scheduler->refreshNow();
    const bool refreshFinished = refreshed.wait(10000);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(refreshFinished);
    QVERIFY(good.ok());
    QCOMPARE(rejected.error, ScrapeError::CredentialsRejected);
    QVERIFY2(!capturedMessages.isEmpty(), "the scrape logs nothing at all: the check below would prove nothing");
    const QString basic = QString::fromLatin1((organization + QLatin1Char(':') + token).toUtf8().toBase64());
    for (const QString &message : std::as_const(capturedMessages)) {
        QVERIFY2(!message.contains(token) && !message.contains(basic), qPrintable(message));
    }
    for (const QString &text : { good.message, rejected.message }) {
        QVERIFY(!text.contains(token) && !text.contains(basic));
    }
}

void TestScrape::backoffGrowsAndHonoursTheServer()
{
    QCOMPARE(ScrapeScheduler::backoffMilliseconds(1, std::nullopt, 0), 1000);
    QCOMPARE(ScrapeScheduler::backoffMilliseconds(4, std::nullopt, 0), 8000);
    QCOMPARE(ScrapeScheduler::backoffMilliseconds(30, std::nullopt, 0), 300000); // capped at five minutes
    QCOMPARE(ScrapeScheduler::backoffMilliseconds(3, std::nullopt, 0.2), 4800);
    QCOMPARE(ScrapeScheduler::backoffMilliseconds(3, std::nullopt, -0.9), 3200); // jitter is clamped to ±20%
    QCOMPARE(ScrapeScheduler::backoffMilliseconds(1, 90, 0), 90000);
}

namespace {
// A valid exposition of exactly `size` bytes: one sample, then comment lines as padding.
QByteArray expositionOfSize(qsizetype size)
{
    QByteArray body("healthcheck_total{id=\"a\",name=\"a\",zone=\"z\",status=\"success\"} 1\n");
    while (body.size() < size) {
        const qsizetype line = std::min<qsizetype>(size - body.size(), 80);
        body += line == 1 ? QByteArray("\n") : "#" + QByteArray(line - 2, 'p') + "\n";
    }
    return body;
}
} // namespace

// Issue 13: the cap is the documented one (maxBodyBytes, after decompression), inclusive,
// for a plain and a gzip body alike.
void TestScrape::bodyAtTheCapIsKeptOneByteOverIsRefused_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<qint64>("overCap");
    QTest::newRow("plain, at the cap") << false << qint64(0);
    QTest::newRow("plain, one byte over") << false << qint64(1);
    QTest::newRow("gzip, at the cap once decompressed") << true << qint64(0);
    QTest::newRow("gzip, one byte over once decompressed") << true << qint64(1);
}

void TestScrape::bodyAtTheCapIsKeptOneByteOverIsRefused()
{
    QFETCH(bool, gzip);
    QFETCH(qint64, overCap);
    constexpr qint64 cap = 512 * 1024 + 3;
    const QByteArray body = expositionOfSize(qsizetype(cap + overCap));
    QCOMPARE(body.size(), cap + overCap);
    SimulatorFaultParameters parameters;
    parameters.fixedBody = gzip ? GzipEncoder::gzip(body) : body;
    parameters.fixedBodyEncoding = gzip ? QByteArray("gzip") : QByteArray();
    m_server->setFault(SimulatorServer::Fault::FixedBody, parameters);
    ScrapeRequest request = requestFor(*m_server);
    request.maxBodyBytes = cap;
    const LoadResult result = loadOnce(m_network, request);
    if (overCap == 0) {
        QVERIFY2(result.ok(), qPrintable(result.metadata.message));
        QCOMPARE(result.metadata.bytes, cap);
        QVERIFY(result.built.latest->check(QStringLiteral("a")));
    } else {
        QCOMPARE(result.metadata.error, ScrapeError::BodyTooLarge);
        QVERIFY(!result.built.latest);
    }
}

void TestScrape::severalGzipMembersAreScrapedWhole()
{
    const QByteArray first("healthcheck_total{id=\"a\",name=\"a\",zone=\"z\",status=\"success\"} 1\n");
    const QByteArray second("healthcheck_total{id=\"b\",name=\"b\",zone=\"z\",status=\"success\"} 2\n");
    SimulatorFaultParameters parameters;
    parameters.fixedBody = GzipEncoder::gzip(first) + GzipEncoder::gzip(second);
    parameters.fixedBodyEncoding = "gzip";
    m_server->setFault(SimulatorServer::Fault::FixedBody, parameters);
    const LoadResult result = loadOnce(m_network, requestFor(*m_server));
    QVERIFY2(result.ok(), qPrintable(result.metadata.message));
    QCOMPARE(result.metadata.bytes, first.size() + second.size());
    QVERIFY(result.built.latest->check(QStringLiteral("a")));
    QVERIFY(result.built.latest->check(QStringLiteral("b")));
}

void TestScrape::asyncResultReachesItsContextOnTheMainThread()
{
    QObject context;
    std::optional<QString> received;
    QThread *ranOn = nullptr;
    QThread *workedOn = nullptr;
    SnapshotBuilder::runAsync(
        [&workedOn] {
            workedOn = QThread::currentThread();
            BuiltSnapshot built;
            built.error = QStringLiteral("from the worker");
            return built;
        },
        &context,
        [&](const BuiltSnapshot &built) {
            ranOn = QThread::currentThread();
            received = built.error;
        });
    QTRY_VERIFY(received.has_value());
    QCOMPARE(*received, QStringLiteral("from the worker"));
    QCOMPARE(ranOn, QThread::currentThread());
    QVERIFY(workedOn != QThread::currentThread());
}

// The context goes while the work runs: the work finishes, its result is posted and dropped on
// the main thread, and `done` never runs (it would touch a destroyed object).
void TestScrape::asyncResultForADestroyedContextIsDropped()
{
    auto context = std::make_unique<QObject>();
    QSemaphore started;
    QSemaphore release;
    std::atomic<bool> finished = false;
    bool done = false;
    SnapshotBuilder::runAsync(
        [&] {
            started.release();
            release.acquire();
            finished = true;
            return BuiltSnapshot();
        },
        context.get(), [&done](const BuiltSnapshot &) { done = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    context.reset();
    release.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QVERIFY(finished);
    QCoreApplication::sendPostedEvents(); // the posted result, if any, is handled here
    QCoreApplication::processEvents();
    QVERIFY(!done);
}

// Issue 13: the scraper hands the body over as received; decompression happens on the worker
// (SnapshotBuilder), never on the GUI thread where the scraper lives.
void TestScrape::gzipIsDecodedOnTheWorkerNotByTheScraper()
{
    const QByteArray plain = expositionOfSize(4096);
    SimulatorFaultParameters parameters;
    parameters.fixedBody = GzipEncoder::gzip(plain);
    parameters.fixedBodyEncoding = "gzip";
    m_server->setFault(SimulatorServer::Fault::FixedBody, parameters);
    const ScrapeResponse response = scrapeOnce(m_network, requestFor(*m_server));
    QVERIFY2(response.ok(), qPrintable(response.message));
    QCOMPARE(response.contentEncoding, QByteArray("gzip"));
    QVERIFY(response.body == parameters.fixedBody); // still compressed
    SnapshotBuilder::Input input;
    input.body = response.body;
    input.contentEncoding = response.contentEncoding;
    input.maxBodyBytes = 1024 * 1024;
    const BuiltSnapshot built = SnapshotBuilder::build(input);
    QVERIFY2(built.latest, qPrintable(built.error));
    QCOMPARE(built.decodedBytes, plain.size());
}

// Issue 13: a 200 without health-check metrics is a failed refresh; the last good data stays.
void TestScrape::emptyOrIrrelevantAnswerIsAFailedRefresh_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("only up 1") << QByteArray("up 1\n");
}

void TestScrape::emptyOrIrrelevantAnswerIsAFailedRefresh()
{
    QFETCH(QByteArray, body);
    SimulatorFaultParameters parameters;
    parameters.fixedBody = body;
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::FixedBody, ScrapeError::NotMetrics, parameters);
    QVERIFY2(
        metadata.message.contains(QLatin1String(
            "the endpoint answered but has no health-check metrics (healthcheck_total, healthcheck_duration_seconds)")),
        qPrintable(metadata.message));
}

// Issue 13: a series exposed twice refuses the scrape, as Prometheus does; nothing double-counts.
void TestScrape::duplicateSeriesRefuseTheScrape()
{
    SimulatorFaultParameters parameters;
    parameters.fixedBody = "healthcheck_total{id=\"a\",zone=\"z\",status=\"success\"} 1\n"
                           "healthcheck_total{id=\"a\",zone=\"z\",status=\"success\"} 1\n";
    const ScrapeMetadata metadata = failWith(SimulatorServer::Fault::FixedBody, ScrapeError::BadData, parameters);
    QVERIFY2(metadata.message.contains(QLatin1String("more than once")), qPrintable(metadata.message));
    QVERIFY2(metadata.message.contains(QLatin1String("status=\"success\"")), qPrintable(metadata.message));
}

// Issue 13: Retry-After of any size or form, parsed without overflow (run under UBSan too).
void TestScrape::retryAfterOfAnySizeOrForm_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<std::optional<int>>("seconds");
    constexpr int intMax = std::numeric_limits<int>::max();
    QTest::newRow("small") << QByteArray("120") << std::optional<int>(120);
    QTest::newRow("spaces") << QByteArray("  7 ") << std::optional<int>(7);
    QTest::newRow("huge") << QByteArray("999999999") << std::optional<int>(999999999);
    QTest::newRow("beyond int") << QByteArray("99999999999999999999999") << std::optional<int>(intMax);
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << std::optional<int>(0);
    QTest::newRow("date in a minute") << QByteArray("Thu, 01 Jan 2026 00:01:00 GMT") << std::optional<int>(60);
    QTest::newRow("asctime date") << QByteArray("Thu Jan  1 00:02:00 2026") << std::optional<int>(120);
    QTest::newRow("far future") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << std::optional<int>(intMax);
    QTest::newRow("negative") << QByteArray("-5") << std::optional<int>();
    QTest::newRow("garbage") << QByteArray("soon") << std::optional<int>();
    QTest::newRow("absent") << QByteArray() << std::optional<int>();
}

void TestScrape::retryAfterOfAnySizeOrForm()
{
    QFETCH(QByteArray, header);
    QFETCH(std::optional<int>, seconds);
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(HttpScraper::parseRetryAfter(header, now), seconds);
}

void TestScrape::retryAfterWaitIsBetweenIntervalAndCap()
{
    constexpr int intMax = std::numeric_limits<int>::max();
    constexpr int capMs = ScrapeScheduler::maxRetryAfterSeconds * 1000;
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(1, 999999999, 0, 30000), capMs);
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(1, intMax, 0.2, 30000), capMs);
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(1, 0, 0, 30000), 30000); // a past date: one interval
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(1, -7, 0, 30000), 30000);
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(1, 120, 0, 30000), 120000);
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(1, 999999999, 0, 2 * 3600 * 1000), 2 * 3600 * 1000);
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(30, 10, 0, 5000), 300000); // backoff still grows
    QCOMPARE(ScrapeScheduler::retryDelayMilliseconds(2, std::nullopt, 0, 30000), 2000); // no Retry-After
    QCOMPARE(ScrapeScheduler::backoffMilliseconds(1, intMax, 0), capMs);
}

void TestScrape::hugeRetryAfterFromTheServerIsBounded_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("minimumSeconds");
    QTest::addColumn<int>("maximumSeconds");
    constexpr int cap = ScrapeScheduler::maxRetryAfterSeconds;
    QTest::newRow("999999999") << QByteArray("999999999") << cap - 5 << cap + 5;
    QTest::newRow("beyond int") << QByteArray("184467440737095516160") << cap - 5 << cap + 5;
    QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 30 - 5 << 30 + 5;
    QTest::newRow("far future date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << cap - 5 << cap + 5;
}

void TestScrape::hugeRetryAfterFromTheServerIsBounded()
{
    QFETCH(QByteArray, header);
    QFETCH(int, minimumSeconds);
    QFETCH(int, maximumSeconds);
    setRequest(requestFor(*m_server), 30);
    SimulatorFaultParameters parameters;
    parameters.retryAfterHeader = header;
    failWith(SimulatorServer::Fault::TooManyRequests, ScrapeError::RateLimited, parameters);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime next = m_scheduler->nextScrapeTime();
    QVERIFY(next.isValid());
    QVERIFY2(next >= now.addSecs(minimumSeconds) && next <= now.addSecs(maximumSeconds),
        qPrintable(QString::number(now.secsTo(next))));
}

QTEST_GUILESS_MAIN(TestScrape)
#include "tst_scrape.moc"
