// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositionparser.h"
#include "core/health/healthsnapshot.h"
#include "core/util/gzipcodec.h"
#include "simulator/gzipencoder.h"
#include "simulator/simulatedfleet.h"
#include "simulator/simulatorserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace appclacks::core;
using namespace appclacks::simulator;

namespace {

const QString dataDir = QStringLiteral(APPCLACKS_TEST_DATA_DIR);
constexpr int timeoutMs = 10'000;

using Headers = QList<QPair<QByteArray, QByteArray>>;

HealthSnapshot snapshotOf(
    const QByteArray &text, ExpositionFormat format = ExpositionFormat::Text004, const HealthOptions &options = {})
{
    const auto result = ExpositionParser().parse(text, format);
    if (!result.ok()) {
        qWarning("refused: %s", qPrintable(result.error.toString()));
        return {};
    }
    return HealthSnapshot::fromDocument(*result.document, options);
}

bool parses(const QByteArray &text, ExpositionFormat format)
{
    return ExpositionParser().parse(text, format).ok();
}

const CheckHealth *checkNamed(const HealthSnapshot &snapshot, const QString &name)
{
    const auto found = std::find_if(snapshot.checks.begin(), snapshot.checks.end(),
        [&name](const CheckHealth &check) { return check.name == name; });
    return found == snapshot.checks.end() ? nullptr : &*found;
}

QByteArray basic(const QString &user, const QString &password)
{
    const QByteArray credentials = user.toUtf8() + ':' + password.toUtf8();
    return "Basic " + credentials.toBase64();
}

struct Fetched
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[headerName, value] : headers) {
            if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

QSslConfiguration trustingTestCa()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromPath(dataDir + QStringLiteral("/tls/ca.pem")));
    return configuration;
}

QSslConfiguration serverTls(const QString &name)
{
    QString error;
    const QSslConfiguration configuration = SimulatorServer::tlsConfiguration(
        dataDir + QStringLiteral("/tls/%1.pem").arg(name), dataDir + QStringLiteral("/tls/%1.key").arg(name), &error);
    if (configuration.isNull()) {
        qFatal("test certificate unusable: %s", qPrintable(error));
    }
    return configuration;
}

// One request over a raw socket, for what QNetworkAccessManager would hide or refuse to send.
QByteArray rawExchange(quint16 port, const QList<QByteArray> &pieces, int pieceGapMs = 0)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs)) {
        return {};
    }
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    // Later pieces are written from timers so that the server sees the request arrive in parts.
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        QTimer::singleShot(int(i) * pieceGapMs, &socket, [&socket, piece = pieces.at(i)] { socket.write(piece); });
    }
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    if (!closed.wait(timeoutMs)) {
        return {};
    }
    received += socket.readAll();
    return received;
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // SimulatedFleet
    void fleetIsDeterministic();
    void namesIdsAndZones();
    void advanceGrowsCountersMonotonically();
    void appclacksFlavourParses();
    void openMetricsParses_data();
    void openMetricsParses();
    void cabourotteFlavourParses();
    void failingInOneZoneIsPartialOutage();
    void failingEverywhereIsGlobalOutage();
    void latencyRegressionSlowsOneZone();
    void proberRestartResetsCounters();
    void removedCheckDisappears();
    void demoScenarioShowsEveryStatus();

    // GzipCodec
    void gzipRoundTrip();
    void gzipRepetitionInflatesExactly();

    // SimulatorServer
    void servesAppclacksApi();
    void servesCabourotteMetrics();
    void rejectsBadCredentials_data();
    void rejectsBadCredentials();
    void bearerTokenOnMetrics();
    void unknownPathsAreNotFound();
    void negotiatesOpenMetrics();
    void gzipWhenAsked();
    void qnamDecompressesTransparently();
    void servesHttps();
    void httpsRefusedWithoutTrust_data();
    void httpsRefusedWithoutTrust();
    void timeFollowsTheClock();

    void faultSlowFirstByte();
    void faultTrickleNeverEnds();
    void faultTruncatedBody();
    void faultStatusCodes_data();
    void faultStatusCodes();
    void faultRedirectToOtherPort();
    void faultHtmlPage();
    void faultGarbage();
    void faultOversizedBody();
    void faultCorruptGzip();
    void faultGzipBomb();

    void requestInPieces();
    void malformedRequests();
    void clientLeavesMidResponse();
    void manyConcurrentConnections();

private:
    Fetched fetch(const QUrl &url, const Headers &headers = {}, const QSslConfiguration &tls = {},
        QNetworkRequest::RedirectPolicy redirects = QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<SimulatorServer> startServer(const FleetOptions &options = {});

    QNetworkAccessManager m_network;
};

void TestSimulator::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "the HTTPS tests need Qt's OpenSSL backend");
}

Fetched TestSimulator::fetch(
    const QUrl &url, const Headers &headers, const QSslConfiguration &tls, QNetworkRequest::RedirectPolicy redirects)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!tls.isNull()) {
        request.setSslConfiguration(tls);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, redirects);
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Fetched result;
    result.finished = finished.wait(timeoutMs);
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    return result;
}

std::unique_ptr<SimulatorServer> TestSimulator::startServer(const FleetOptions &options)
{
    SimulatedFleet fleet(options);
    fleet.advance(3600);
    auto server = std::make_unique<SimulatorServer>(std::move(fleet));
    server->setBasicCredentials(QStringLiteral("org-1"), QStringLiteral("token-1"));
    if (!server->listen()) {
        qWarning("cannot listen: %s", qPrintable(server->errorString()));
    }
    return server;
}

// --- SimulatedFleet ---------------------------------------------------------------------------

void TestSimulator::fleetIsDeterministic()
{
    FleetOptions options;
    options.checks = 20;
    options.zones = 4;
    options.seed = 42;
    SimulatedFleet first(options);
    SimulatedFleet second(options);
    for (SimulatedFleet *fleet : { &first, &second }) {
        fleet->advance(600);
        fleet->startFailing(3, QStringLiteral("eu-east"), 0.5);
        fleet->advance(86400); // long enough for the sampled path
        fleet->restartProber(QStringLiteral("us-west"));
        fleet->advance(95);
    }
    QCOMPARE(first.exposition(ExpositionFlavour::AppclacksApi), second.exposition(ExpositionFlavour::AppclacksApi));
    QCOMPARE(first.exposition(ExpositionFlavour::Cabourotte), second.exposition(ExpositionFlavour::Cabourotte));

    options.seed = 43;
    SimulatedFleet other(options);
    other.advance(600);
    first = SimulatedFleet(FleetOptions { 20, 4, 42 });
    first.advance(600);
    QVERIFY(other.exposition(ExpositionFlavour::AppclacksApi) != first.exposition(ExpositionFlavour::AppclacksApi));
}

void TestSimulator::namesIdsAndZones()
{
    FleetOptions options;
    options.checks = 60;
    options.zones = 10;
    const SimulatedFleet fleet(options);
    QCOMPARE(fleet.checkCount(), 60);
    QCOMPARE(fleet.checkName(0), QStringLiteral("api-gateway"));
    QCOMPARE(fleet.checkName(1), QStringLiteral("checkout"));
    QCOMPARE(fleet.checkName(2), QStringLiteral("dns-corp"));
    QCOMPARE(fleet.checkName(3), QStringLiteral("legacy-ftp"));
    QCOMPARE(fleet.zones().mid(0, 3),
        QStringList({ QStringLiteral("eu-west"), QStringLiteral("eu-east"), QStringLiteral("us-west") }));
    QCOMPARE(fleet.zones().size(), 10);
    QCOMPARE(QSet<QString>(fleet.zones().begin(), fleet.zones().end()).size(), 10);

    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> names;
    QSet<QString> ids;
    for (int c = 0; c < fleet.checkCount(); ++c) {
        QVERIFY2(uuid.match(fleet.checkId(c)).hasMatch(), qPrintable(fleet.checkId(c)));
        names.insert(fleet.checkName(c));
        ids.insert(fleet.checkId(c));
        QCOMPARE(fleet.indexOf(fleet.checkName(c)), c);
        QCOMPARE(fleet.indexOf(fleet.checkId(c)), c);
    }
    QCOMPARE(names.size(), 60); // Cabourotte keys checks by name
    QCOMPARE(ids.size(), 60);
    QCOMPARE(fleet.indexOf(QStringLiteral("no-such-check")), -1);

    // Nothing has been probed yet, so nothing is exposed.
    QCOMPARE(snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi)).checks.size(), std::size_t(0));
}

void TestSimulator::advanceGrowsCountersMonotonically()
{
    FleetOptions options;
    options.checks = 5;
    options.intervalSeconds = 30;
    SimulatedFleet fleet(options);
    std::vector<SimulatedSeries> previous(std::size_t(fleet.checkCount() * fleet.zones().size()));
    double elapsed = 0;
    for (const double step : { 1.0, 29.0, 30.0, 45.5, 300.0, 7200.0, 86400.0, 15.0 }) {
        fleet.advance(step);
        elapsed += step;
        QCOMPARE(fleet.elapsedSeconds(), elapsed);
        std::size_t i = 0;
        for (int c = 0; c < fleet.checkCount(); ++c) {
            for (const QString &zone : fleet.zones()) {
                const SimulatedSeries now = fleet.series(c, zone);
                const SimulatedSeries &before = previous[i++];
                QVERIFY(now.count >= before.count);
                QVERIFY(now.sum >= before.sum);
                QVERIFY(now.success >= before.success);
                QVERIFY(now.failure >= before.failure);
                QCOMPARE(now.count, now.success + now.failure);
                QCOMPARE(now.cumulativeBuckets.back(), now.count);
                QVERIFY(std::is_sorted(now.cumulativeBuckets.begin(), now.cumulativeBuckets.end()));
                for (std::size_t b = 0; b < now.cumulativeBuckets.size(); ++b) {
                    QVERIFY(now.cumulativeBuckets[b] >= before.cumulativeBuckets[b]);
                }
                // One probe per interval, whatever the phase of this series.
                const auto expected = std::uint64_t(elapsed / 30);
                QVERIFY2(now.count >= expected && now.count <= expected + 1,
                    qPrintable(QStringLiteral("%1 probes after %2 s").arg(now.count).arg(elapsed)));
                previous[i - 1] = now;
            }
        }
    }
    // The mean latency is believable for the check's profile: dns-corp in eu-west is milliseconds.
    const SimulatedSeries dns = fleet.series(fleet.indexOf(QStringLiteral("dns-corp")), QStringLiteral("eu-west"));
    QVERIFY(dns.sum / double(dns.count) < 0.05);
    const SimulatedSeries far = fleet.series(fleet.indexOf(QStringLiteral("dns-corp")), QStringLiteral("us-west"));
    QVERIFY(far.sum / double(far.count) > dns.sum / double(dns.count)); // farther zones are slower
}

void TestSimulator::appclacksFlavourParses()
{
    SimulatedFleet fleet;
    fleet.advance(3600);
    const QByteArray text = fleet.exposition(ExpositionFlavour::AppclacksApi);
    // As in Appclacks' documentation: no metadata, ", " between labels, `le` in string order.
    QVERIFY(!text.contains("# TYPE"));
    QVERIFY(text.startsWith("healthcheck_duration_seconds_bucket{id=\""));
    QVERIFY(text.contains(R"(", le="+Inf", name=")"));
    QVERIFY(text.indexOf(R"(le="+Inf")") < text.indexOf(R"(le="0.005")"));
    QVERIFY(text.indexOf(R"(le="10")") < text.indexOf(R"(le="2.5")"));
    QVERIFY(text.contains("healthcheck_duration_seconds_sum{"));
    QVERIFY(text.contains("healthcheck_duration_seconds_count{"));
    QCOMPARE(ExpositionParser::detectFormat(text), ExpositionFormat::Text004);

    const HealthSnapshot snapshot = snapshotOf(text);
    QCOMPARE(snapshot.checks.size(), std::size_t(8));
    QCOMPARE(snapshot.ignoredSamples, 0);
    for (const CheckHealth &check : snapshot.checks) {
        const int index = fleet.indexOf(check.id);
        QVERIFY(index >= 0);
        QCOMPARE(check.key, check.id);
        QCOMPARE(check.name, fleet.checkName(index));
        QCOMPARE(check.zones.size(), std::size_t(3));
        QVERIFY(!check.problems);
        QCOMPARE(check.status, CheckStatus::Passing);
        for (const ZoneHealth &zone : check.zones) {
            const SimulatedSeries series = fleet.series(index, zone.zone);
            QCOMPARE(zone.buckets.size(), std::size_t(14));
            QCOMPARE(zone.buckets.back().count, double(series.count));
            QCOMPARE(zone.buckets.front().upperBound, 0.005);
            QCOMPARE(zone.count.value_or(-1), double(series.count));
            QVERIFY(qAbs(zone.sum.value_or(-1) - series.sum) <= 1e-9 * series.sum);
            QCOMPARE(zone.success, double(series.success));
            QCOMPARE(zone.failure, 0.0);
            QVERIFY(zone.hasOutcomes);
        }
    }
}

void TestSimulator::openMetricsParses_data()
{
    QTest::addColumn<ExpositionFlavour>("flavour");
    QTest::newRow("appclacks") << ExpositionFlavour::AppclacksApi;
    QTest::newRow("cabourotte") << ExpositionFlavour::Cabourotte;
}

void TestSimulator::openMetricsParses()
{
    QFETCH(ExpositionFlavour, flavour);
    SimulatedFleet fleet;
    fleet.advance(600);
    fleet.startFailing(1);
    fleet.advance(60);
    FleetRenderOptions options;
    options.format = ExpositionFormat::OpenMetrics100;
    const QByteArray text = fleet.exposition(flavour, options);
    QVERIFY(text.endsWith("\n# EOF\n"));
    QVERIFY(text.contains("# TYPE healthcheck counter\n"));
    QCOMPARE(ExpositionParser::detectFormat(text), ExpositionFormat::OpenMetrics100);
    const auto result = ExpositionParser().parse(text, ExpositionFormat::OpenMetrics100);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const HealthSnapshot snapshot = HealthSnapshot::fromDocument(*result.document);
    QCOMPARE(snapshot.checks.size(), std::size_t(8));
    const CheckHealth *checkout = checkNamed(snapshot, QStringLiteral("checkout"));
    QVERIFY(checkout);
    QVERIFY(checkout->total.failure > 0);
}

void TestSimulator::cabourotteFlavourParses()
{
    SimulatedFleet fleet;
    fleet.advance(3600);
    const QByteArray text = fleet.exposition(ExpositionFlavour::Cabourotte);
    QVERIFY(text.contains("# TYPE healthcheck_duration_seconds histogram\n"));
    QVERIFY(text.contains("# TYPE healthcheck_total counter\n"));
    QVERIFY(text.contains(R"(healthcheck_duration_seconds_bucket{name="api-gateway",le="0.005"} )"));
    QVERIFY(!text.contains("zone="));
    QVERIFY(!text.contains("id="));

    const HealthSnapshot snapshot = snapshotOf(text);
    QCOMPARE(snapshot.checks.size(), std::size_t(8));
    QVERIFY(snapshot.otherFamilies >= 5); // Cabourotte's own go_*, process_*, http_* families
    for (const CheckHealth &check : snapshot.checks) {
        QCOMPARE(check.key, check.name);
        QVERIFY(check.id.isEmpty());
        QCOMPARE(check.zones.size(), std::size_t(1));
        QVERIFY(check.zones.front().zone.isEmpty());
        // One prober: the first zone's counters.
        QCOMPARE(check.zones.front().success,
            double(fleet.series(fleet.indexOf(check.name), QStringLiteral("eu-west")).success));
    }

    // Several probers federated, each with its zone label and the checks' own labels.
    FleetRenderOptions options;
    options.cabourotteZoneLabel = QStringLiteral("region");
    options.cabourotteLabels = { { QStringLiteral("env"), QStringLiteral("prod") } };
    const QByteArray zoned = fleet.exposition(ExpositionFlavour::Cabourotte, options);
    QVERIFY(zoned.contains(R"(healthcheck_total{env="prod",name="api-gateway",region="eu-east",status="success"} )"));
    HealthOptions health;
    health.zoneLabel = QStringLiteral("region");
    const HealthSnapshot zonedSnapshot = snapshotOf(zoned, ExpositionFormat::Text004, health);
    QCOMPARE(zonedSnapshot.checks.size(), std::size_t(8));
    for (const CheckHealth &check : zonedSnapshot.checks) {
        QCOMPARE(check.zones.size(), std::size_t(3));
        QVERIFY(check.extraLabels.contains(qMakePair(QStringLiteral("env"), QStringLiteral("prod"))));
    }
}

void TestSimulator::failingInOneZoneIsPartialOutage()
{
    SimulatedFleet fleet;
    fleet.advance(3600);
    const int checkout = fleet.indexOf(QStringLiteral("checkout"));
    QVERIFY(fleet.startFailing(checkout, QStringLiteral("us-west")));
    QVERIFY(!fleet.startFailing(checkout, QStringLiteral("mars-north")));
    QVERIFY(!fleet.startFailing(99));
    fleet.advance(120);
    const HealthSnapshot failing = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    const CheckHealth *check = failing.check(fleet.checkId(checkout));
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::PartialOutage);
    QVERIFY(check->zone(QStringLiteral("us-west"))->failure >= 3);
    QCOMPARE(check->zone(QStringLiteral("eu-west"))->failure, 0.0);
    for (const CheckHealth &other : failing.checks) {
        if (&other != check) {
            QCOMPARE(other.status, CheckStatus::Passing);
        }
    }
    // Failing probes wait for their timeout: the 5 s bucket fills, not the fast ones.
    const SimulatedSeries series = fleet.series(checkout, QStringLiteral("us-west"));
    QVERIFY(series.cumulativeBuckets[10] - series.cumulativeBuckets[9] >= series.failure);

    // Once stopped, a window after the incident shows no failures.
    fleet.stopFailing(checkout);
    fleet.advance(60);
    const HealthSnapshot before = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    fleet.advance(300);
    const HealthSnapshot after = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    const HealthSnapshot window = increaseBetween(before, after);
    QCOMPARE(window.check(fleet.checkId(checkout))->status, CheckStatus::Passing);
}

void TestSimulator::failingEverywhereIsGlobalOutage()
{
    SimulatedFleet fleet;
    fleet.advance(600);
    const int ftp = fleet.indexOf(QStringLiteral("legacy-ftp"));
    QVERIFY(fleet.startFailing(ftp));
    fleet.advance(60);
    const HealthSnapshot snapshot = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    const CheckHealth *check = snapshot.check(fleet.checkId(ftp));
    QCOMPARE(check->status, CheckStatus::GlobalOutage);
    QCOMPARE(check->failingZones, 3);

    // Cabourotte, one prober: failing there is failing everywhere.
    const HealthSnapshot cabourotte = snapshotOf(fleet.exposition(ExpositionFlavour::Cabourotte));
    QCOMPARE(cabourotte.check(QStringLiteral("legacy-ftp"))->status, CheckStatus::GlobalOutage);
}

void TestSimulator::latencyRegressionSlowsOneZone()
{
    SimulatedFleet fleet;
    fleet.advance(3600);
    const int api = fleet.indexOf(QStringLiteral("api-gateway"));
    const auto meanOver = [&](double seconds) {
        const HealthSnapshot before = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
        fleet.advance(seconds);
        const HealthSnapshot after = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
        const HealthSnapshot window = increaseBetween(before, after);
        const CheckHealth *check = window.check(fleet.checkId(api));
        const ZoneHealth *east = check->zone(QStringLiteral("eu-east"));
        const ZoneHealth *west = check->zone(QStringLiteral("eu-west"));
        return std::pair { *east->sum / *east->count, *west->sum / *west->count };
    };
    const auto [eastBefore, westBefore] = meanOver(3600);
    QVERIFY(fleet.startLatencyRegression(api, QStringLiteral("eu-east"), 10));
    const auto [eastDuring, westDuring] = meanOver(3600);
    QVERIFY2(eastDuring > 6 * eastBefore, qPrintable(QStringLiteral("%1 → %2").arg(eastBefore).arg(eastDuring)));
    QVERIFY(westDuring < 2 * westBefore);
    QCOMPARE(fleet.series(api, QStringLiteral("eu-east")).failure, std::uint64_t(0)); // slow, not failing
    fleet.stopLatencyRegression(api);
    const auto [eastAfter, westAfter] = meanOver(3600);
    QVERIFY(eastAfter < 2 * eastBefore);
    Q_UNUSED(westAfter)
}

void TestSimulator::proberRestartResetsCounters()
{
    SimulatedFleet fleet;
    fleet.advance(3600);
    const HealthSnapshot before = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    QVERIFY(fleet.restartProber(QStringLiteral("eu-west")));
    QVERIFY(!fleet.restartProber(QStringLiteral("mars-north")));
    fleet.advance(90);
    const HealthSnapshot after = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    for (const CheckHealth &check : after.checks) {
        const CheckHealth *old = before.check(check.key);
        QVERIFY(check.zone(QStringLiteral("eu-west"))->success < old->zone(QStringLiteral("eu-west"))->success);
        QVERIFY(check.zone(QStringLiteral("us-west"))->success >= old->zone(QStringLiteral("us-west"))->success);
    }
    WindowChanges changes;
    const HealthSnapshot window = increaseBetween(before, after, &changes);
    QCOMPARE(changes.counterResets.size(), qsizetype(8));
    QVERIFY(changes.counterResets.first().endsWith(QStringLiteral("eu-west")));
    // The increase across a reset is the new value: a few probes, not a negative number.
    QVERIFY(window.checks.front().zone(QStringLiteral("eu-west"))->success <= 4);

    fleet.restartProber();
    const HealthSnapshot empty = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    QCOMPARE(empty.checks.size(), std::size_t(0)); // series come back with their first probe
    fleet.advance(30);
    QCOMPARE(snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi)).checks.size(), std::size_t(8));
}

void TestSimulator::removedCheckDisappears()
{
    SimulatedFleet fleet;
    fleet.advance(3600);
    const int dns = fleet.indexOf(QStringLiteral("dns-corp"));
    const QString id = fleet.checkId(dns);
    QVERIFY(fleet.removeCheck(dns));
    QVERIFY(fleet.isRemoved(dns));
    fleet.advance(600);
    const QByteArray removed = fleet.exposition(ExpositionFlavour::AppclacksApi);
    QVERIFY(!removed.contains(id.toLatin1()));
    QVERIFY(!snapshotOf(removed).check(id));
    QCOMPARE(snapshotOf(removed).checks.size(), std::size_t(7));
    QVERIFY(!snapshotOf(fleet.exposition(ExpositionFlavour::Cabourotte)).check(QStringLiteral("dns-corp")));

    // Restored as Cabourotte restores a changed check: from zero.
    QVERIFY(fleet.restoreCheck(dns));
    fleet.advance(60);
    const HealthSnapshot restored = snapshotOf(fleet.exposition(ExpositionFlavour::AppclacksApi));
    QVERIFY(restored.check(id));
    QVERIFY(restored.check(id)->total.success <= 9);
}

void TestSimulator::demoScenarioShowsEveryStatus()
{
    const SimulatedFleet demo = SimulatedFleet::demoScenario();
    QCOMPARE(demo.exposition(ExpositionFlavour::AppclacksApi),
        SimulatedFleet::demoScenario().exposition(ExpositionFlavour::AppclacksApi));
    const HealthSnapshot snapshot = snapshotOf(demo.exposition(ExpositionFlavour::AppclacksApi));
    QCOMPARE(snapshot.checks.size(), std::size_t(8));
    QCOMPARE(checkNamed(snapshot, QStringLiteral("checkout"))->status, CheckStatus::PartialOutage);
    QCOMPARE(checkNamed(snapshot, QStringLiteral("legacy-ftp"))->status, CheckStatus::GlobalOutage);
    QCOMPARE(checkNamed(snapshot, QStringLiteral("api-gateway"))->status, CheckStatus::Passing);
    int passing = 0;
    for (const CheckHealth &check : snapshot.checks) {
        passing += check.status == CheckStatus::Passing ? 1 : 0;
        QCOMPARE(check.zones.size(), std::size_t(3));
        QVERIFY(!check.problems);
    }
    QCOMPARE(passing, 6);
    // The slow check has probes beyond the last finite bucket.
    const ZoneHealth &slow = checkNamed(snapshot, QStringLiteral("reports-export"))->total;
    QVERIFY(slow.buckets.back().count > slow.buckets[slow.buckets.size() - 2].count);
}

// --- GzipCodec --------------------------------------------------------------------------------

void TestSimulator::gzipRoundTrip()
{
    SimulatedFleet fleet;
    fleet.advance(600);
    const QByteArray text = fleet.exposition(ExpositionFlavour::AppclacksApi);
    const QByteArray gzipped = GzipEncoder::gzip(text);
    QVERIFY(gzipped.startsWith("\x1f\x8b\x08"));
    QVERIFY(gzipped.size() < text.size() / 4);
    QByteArray out;
    QCOMPARE(GzipCodec::gunzip(gzipped, out, 64 << 20), GzipCodec::Status::Ok);
    QCOMPARE(out, text);
    QCOMPARE(GzipCodec::gunzip(gzipped, out, text.size() - 1), GzipCodec::Status::TooLarge);
    QCOMPARE(GzipCodec::gunzip(gzipped.left(gzipped.size() - 5), out, 64 << 20), GzipCodec::Status::Truncated);
    QByteArray damaged = gzipped;
    damaged[damaged.size() - 6] = char(damaged[damaged.size() - 6] ^ 0x55); // the CRC
    QCOMPARE(GzipCodec::gunzip(damaged, out, 64 << 20), GzipCodec::Status::Corrupt);
    QCOMPARE(GzipCodec::gunzip(QByteArrayView("not gzip at all"), out, 64 << 20), GzipCodec::Status::Corrupt);
}

void TestSimulator::gzipRepetitionInflatesExactly()
{
    const QByteArray line = "healthcheck_total{name=\"x\",status=\"success\"} 1\n";
    const QByteArray chunk = line.repeated(1000);
    const GzipRepetition repetition = GzipEncoder::repeated(chunk, 37);
    QCOMPARE(repetition.decompressedSize, chunk.size() * 37);
    QByteArray whole = repetition.head;
    for (int i = 0; i < repetition.repeats; ++i) {
        whole += repetition.block;
    }
    whole += repetition.tail;
    QCOMPARE(whole.size(), repetition.compressedSize());
    QByteArray out;
    QCOMPARE(GzipCodec::gunzip(whole, out, 64 << 20), GzipCodec::Status::Ok); // zlib checks CRC and size
    QCOMPARE(out, chunk.repeated(37));
}

// --- SimulatorServer --------------------------------------------------------------------------

void TestSimulator::servesAppclacksApi()
{
    const auto server = startServer();
    QVERIFY(server->isListening());
    QVERIFY(server->port() > 0);
    QCOMPARE(server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server->appclacksUrl().path(), QStringLiteral("/api/v1/metrics/healthchecks"));
    QSignalSpy received(server.get(), &SimulatorServer::requestReceived);

    const Fetched reply = fetch(
        server->appclacksUrl(), { { "Authorization", basic(QStringLiteral("org-1"), QStringLiteral("token-1")) } });
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QCOMPARE(reply.body, server->fleet().exposition(ExpositionFlavour::AppclacksApi));
    QCOMPARE(snapshotOf(reply.body).checks.size(), std::size_t(8));

    QCOMPARE(received.size(), 1);
    const auto request = received.first().first().value<RecordedRequest>();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/api/v1/metrics/healthchecks"));
    QCOMPARE(request.header("authorization"), basic(QStringLiteral("org-1"), QStringLiteral("token-1")));
    QCOMPARE(server->requests().size(), 1);
    QVERIFY(server->requests().first().hasHeader("Authorization"));
    server->clearRequests();
    QVERIFY(server->requests().isEmpty());

    // A server left with its own credentials does not serve anybody who guesses.
    SimulatorServer demo;
    QVERIFY(demo.listen());
    QVERIFY(!demo.organizationId().isEmpty());
    QVERIFY(demo.apiToken().size() >= 32);
    QCOMPARE(fetch(demo.appclacksUrl()).status, 401);
    const Fetched demoReply
        = fetch(demo.appclacksUrl(), { { "Authorization", basic(demo.organizationId(), demo.apiToken()) } });
    QCOMPARE(demoReply.status, 200);
    QCOMPARE(snapshotOf(demoReply.body).checks.size(), std::size_t(8));
}

void TestSimulator::servesCabourotteMetrics()
{
    const auto server = startServer();
    const Fetched reply = fetch(server->cabourotteUrl());
    QCOMPARE(reply.status, 200);
    const HealthSnapshot snapshot = snapshotOf(reply.body);
    QCOMPARE(snapshot.checks.size(), std::size_t(8));
    QVERIFY(snapshot.check(QStringLiteral("api-gateway")));

    server->setCabourotteLabels(QStringLiteral("zone"), { { QStringLiteral("team"), QStringLiteral("web") } });
    const HealthSnapshot zoned = snapshotOf(fetch(server->cabourotteUrl()).body);
    QCOMPARE(zoned.check(QStringLiteral("api-gateway"))->zones.size(), std::size_t(3));
}

void TestSimulator::rejectsBadCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong token") << basic(QStringLiteral("org-1"), QStringLiteral("token-2"));
    QTest::newRow("wrong organization") << basic(QStringLiteral("org-2"), QStringLiteral("token-1"));
    QTest::newRow("bearer") << QByteArray("Bearer token-1");
    QTest::newRow("not base64") << QByteArray("Basic !!!");
}

void TestSimulator::rejectsBadCredentials()
{
    QFETCH(QByteArray, authorization);
    const auto server = startServer();
    Headers headers;
    if (!authorization.isEmpty()) {
        headers.append({ "Authorization", authorization });
    }
    const Fetched reply = fetch(server->appclacksUrl(), headers);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray(R"(Basic realm="appclacks")"));
    QVERIFY(!reply.body.contains("healthcheck"));
}

void TestSimulator::bearerTokenOnMetrics()
{
    const auto server = startServer();
    server->setBearerToken(QStringLiteral("s3cret"));
    QCOMPARE(fetch(server->cabourotteUrl()).status, 401);
    QCOMPARE(fetch(server->cabourotteUrl(), { { "Authorization", "Bearer nope" } }).status, 401);
    QCOMPARE(fetch(server->cabourotteUrl(), { { "Authorization", "Bearer s3cret" } }).status, 200);
}

void TestSimulator::unknownPathsAreNotFound()
{
    const auto server = startServer();
    const QByteArray authorization = basic(QStringLiteral("org-1"), QStringLiteral("token-1"));
    for (const char *path : { "/", "/api/v1/metrics", "/api/v1/metrics/healthchecks/x", "/metrics/", "/favicon.ico" }) {
        QUrl url = server->baseUrl();
        url.setPath(QString::fromLatin1(path));
        const Fetched reply = fetch(url, { { "Authorization", authorization } });
        QVERIFY2(reply.status == 404, path);
    }
    // The query string is not part of the path.
    QUrl withQuery = server->cabourotteUrl();
    withQuery.setQuery(QStringLiteral("x=1"));
    QCOMPARE(fetch(withQuery).status, 200);
}

void TestSimulator::negotiatesOpenMetrics()
{
    const auto server = startServer();
    // What Prometheus sends.
    const QByteArray prometheusAccept = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;"
                                        "version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    for (const QUrl &url : { server->cabourotteUrl(), server->appclacksUrl() }) {
        const Fetched reply = fetch(url,
            { { "Accept", prometheusAccept },
                { "Authorization", basic(QStringLiteral("org-1"), QStringLiteral("token-1")) } });
        QCOMPARE(reply.status, 200);
        const QByteArray contentType = reply.header("Content-Type");
        QCOMPARE(contentType, QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"));
        QCOMPARE(ExpositionParser::formatFromContentType(contentType), ExpositionFormat::OpenMetrics100);
        QVERIFY(reply.body.endsWith("# EOF\n"));
        QVERIFY(parses(reply.body, ExpositionFormat::OpenMetrics100));
    }
    const QList<QByteArray> textAccepts { "text/plain;version=0.0.4", "application/openmetrics-text;q=0.2,text/plain",
        "application/openmetrics-text;version=2.0.0", "*/*", "application/json" };
    for (const QByteArray &accept : textAccepts) {
        const Fetched reply = fetch(server->cabourotteUrl(), { { "Accept", accept } });
        QVERIFY2(reply.header("Content-Type").startsWith("text/plain; version=0.0.4"), accept.constData());
        QVERIFY(!reply.body.contains("# EOF"));
        QVERIFY(parses(reply.body, ExpositionFormat::Text004));
    }
}

void TestSimulator::gzipWhenAsked()
{
    const auto server = startServer();
    // Set by hand, the header makes QNetworkAccessManager hand over the compressed bytes.
    const Fetched gzipped = fetch(server->cabourotteUrl(), { { "Accept-Encoding", "gzip" } });
    QCOMPARE(gzipped.status, 200);
    QCOMPARE(gzipped.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(gzipped.header("Content-Length").toLongLong(), gzipped.body.size());
    QVERIFY(gzipped.body.startsWith("\x1f\x8b"));
    QByteArray inflated;
    QCOMPARE(GzipCodec::gunzip(gzipped.body, inflated, 64 << 20), GzipCodec::Status::Ok);
    QCOMPARE(inflated, server->fleet().exposition(ExpositionFlavour::Cabourotte));

    for (const QByteArray &acceptEncoding : { QByteArray("identity"), QByteArray("gzip;q=0"), QByteArray("br") }) {
        const Fetched plain = fetch(server->cabourotteUrl(), { { "Accept-Encoding", acceptEncoding } });
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        QVERIFY(parses(plain.body, ExpositionFormat::Text004));
    }
}

void TestSimulator::qnamDecompressesTransparently()
{
    const auto server = startServer();
    const Fetched reply = fetch(server->cabourotteUrl());
    QCOMPARE(reply.status, 200);
    QVERIFY(server->requests().last().header("Accept-Encoding").contains("gzip"));
    QCOMPARE(reply.body, server->fleet().exposition(ExpositionFlavour::Cabourotte));
}

void TestSimulator::servesHttps()
{
    SimulatorServer server;
    server.setTls(serverTls(QStringLiteral("server")));
    server.setBasicCredentials(QStringLiteral("org-1"), QStringLiteral("token-1"));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
    const Fetched reply = fetch(server.appclacksUrl(),
        { { "Authorization", basic(QStringLiteral("org-1"), QStringLiteral("token-1")) } }, trustingTestCa());
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(snapshotOf(reply.body).checks.size(), std::size_t(8));

    // A body larger than TLS records and socket buffers still arrives whole.
    SimulatorFaultParameters parameters;
    parameters.oversizedBytes = 3 << 20;
    server.setFault(SimulatorServer::Fault::OversizedBody, parameters);
    const Fetched large = fetch(server.cabourotteUrl(), {}, trustingTestCa());
    QCOMPARE(large.error, QNetworkReply::NoError);
    QCOMPARE(large.body.size(), qsizetype(3 << 20));
}

void TestSimulator::httpsRefusedWithoutTrust_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustTestCa");
    QTest::newRow("test CA not trusted") << QStringLiteral("server") << false;
    QTest::newRow("self-signed") << QStringLiteral("untrusted") << true;
    QTest::newRow("expired") << QStringLiteral("expired") << true;
}

void TestSimulator::httpsRefusedWithoutTrust()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustTestCa);
    SimulatorServer server;
    server.setTls(serverTls(certificate));
    QVERIFY(server.listen());
    const Fetched reply = fetch(server.cabourotteUrl(), {}, trustTestCa ? trustingTestCa() : QSslConfiguration());
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(server.requests().isEmpty());
    // The server survives the failed handshake.
    QVERIFY(server.isListening());
}

void TestSimulator::timeFollowsTheClock()
{
    const auto server = startServer();
    const auto successes = [&] {
        const HealthSnapshot snapshot = snapshotOf(fetch(server->cabourotteUrl()).body);
        return snapshot.checks.empty() ? 0.0 : snapshot.checks.front().total.success;
    };
    const double manual = successes();
    QCOMPARE(successes(), manual); // manual time: nothing moves between scrapes
    server->setTimeScale(3600); // an hour a second
    QTRY_VERIFY_WITH_TIMEOUT(successes() >= manual + 20, timeoutMs);
}

// --- Faults -----------------------------------------------------------------------------------

void TestSimulator::faultSlowFirstByte()
{
    const auto server = startServer();
    SimulatorFaultParameters parameters;
    parameters.firstByteDelayMs = 700;
    server->setFault(SimulatorServer::Fault::SlowFirstByte, parameters);
    QCOMPARE(server->fault(), SimulatorServer::Fault::SlowFirstByte);
    QElapsedTimer timer;
    timer.start();
    const Fetched reply = fetch(server->cabourotteUrl());
    QVERIFY(timer.elapsed() >= 650);
    QCOMPARE(reply.status, 200);
    QVERIFY(parses(reply.body, ExpositionFormat::Text004));
}

void TestSimulator::faultTrickleNeverEnds()
{
    const auto server = startServer();
    SimulatorFaultParameters parameters;
    parameters.trickleIntervalMs = 20;
    server->setFault(SimulatorServer::Fault::Trickle, parameters);
    QNetworkRequest request(server->cabourotteUrl());
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QSignalSpy progress(reply.get(), &QNetworkReply::downloadProgress);
    QVERIFY(!finished.wait(1000)); // our deadline, not the server's: it would go on forever
    QVERIFY(progress.size() > 5);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray start = reply->readAll();
    QVERIFY(start.size() >= 10);
    QVERIFY(server->fleet().exposition(ExpositionFlavour::Cabourotte).startsWith(start));

    // While one client is trickled to, others are served at once.
    server->setFault(SimulatorServer::Fault::None);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(fetch(server->cabourotteUrl()).status, 200);
    QVERIFY(timer.elapsed() < 2000);
    reply->abort();
}

void TestSimulator::faultTruncatedBody()
{
    const auto server = startServer();
    server->setFault(SimulatorServer::Fault::TruncatedBody);
    const QByteArray whole = server->fleet().exposition(ExpositionFlavour::Cabourotte);
    const Fetched reply = fetch(server->cabourotteUrl(), { { "Accept-Encoding", "identity" } });
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.header("Content-Length").toLongLong(), whole.size());
    QVERIFY(reply.body.size() < whole.size());
    QVERIFY(whole.startsWith(reply.body));

    // Gzipped, the member lacks its end and its trailer.
    const Fetched gzipped = fetch(server->cabourotteUrl(), { { "Accept-Encoding", "gzip" } });
    QByteArray inflated;
    QCOMPARE(GzipCodec::gunzip(gzipped.body, inflated, 64 << 20), GzipCodec::Status::Truncated);
    // Beware: when QNetworkAccessManager decompresses by itself (Qt 6.4), it reports this
    // truncation as a success, with part of the body and no Content-Length to compare with.
    const Fetched transparent = fetch(server->cabourotteUrl());
    QVERIFY(transparent.body.size() < whole.size());

    // Over a raw socket: the promised length, half of it delivered, then the connection closes.
    const QByteArray raw = rawExchange(server->port(), { "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n" });
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    QVERIFY(raw.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(raw.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(whole.size()) + "\r\n")));
    QCOMPARE(raw.size() - headerEnd - 4, whole.size() / 2);
}

void TestSimulator::faultStatusCodes_data()
{
    QTest::addColumn<SimulatorServer::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("500") << SimulatorServer::Fault::ServerError << 500 << QByteArray() << QByteArray();
    QTest::newRow("429") << SimulatorServer::Fault::TooManyRequests << 429 << QByteArray("Retry-After")
                         << QByteArray("7");
    QTest::newRow("401") << SimulatorServer::Fault::Unauthorized << 401 << QByteArray("WWW-Authenticate")
                         << QByteArray(R"(Basic realm="appclacks")");
}

void TestSimulator::faultStatusCodes()
{
    QFETCH(SimulatorServer::Fault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const auto server = startServer();
    SimulatorFaultParameters parameters;
    parameters.retryAfterSeconds = 7;
    server->setFault(fault, parameters);
    // Whatever the path and however good the credentials.
    for (const QUrl &url : { server->appclacksUrl(), server->cabourotteUrl() }) {
        const Fetched reply
            = fetch(url, { { "Authorization", basic(QStringLiteral("org-1"), QStringLiteral("token-1")) } });
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, status);
        QVERIFY(reply.error != QNetworkReply::NoError);
        if (!header.isEmpty()) {
            QCOMPARE(reply.header(header), value);
        }
    }
    server->setFault(SimulatorServer::Fault::None);
    QCOMPARE(fetch(server->cabourotteUrl()).status, 200);
}

void TestSimulator::faultRedirectToOtherPort()
{
    const auto first = startServer();
    const auto second = startServer();
    first->setFault(SimulatorServer::Fault::RedirectToOtherPort); // default: same path, port + 1
    const Fetched byDefault = fetch(first->cabourotteUrl());
    QCOMPARE(byDefault.status, 302);
    QUrl location = QUrl::fromEncoded(byDefault.header("Location"));
    QCOMPARE(location.port(), first->port() + 1);
    QCOMPARE(location.path(), QStringLiteral("/metrics"));

    SimulatorFaultParameters parameters;
    parameters.redirectUrl = second->appclacksUrl();
    first->setFault(SimulatorServer::Fault::RedirectToOtherPort, parameters);
    const QByteArray authorization = basic(QStringLiteral("org-1"), QStringLiteral("token-1"));
    const Fetched redirect = fetch(first->appclacksUrl(), { { "Authorization", authorization } });
    QCOMPARE(redirect.status, 302);
    location = QUrl::fromEncoded(redirect.header("Location"));
    QCOMPARE(location, second->appclacksUrl());
    QVERIFY(location.port() != first->port());
    QCOMPARE(first->requests().last().header("Authorization"), authorization);

    // A careful client follows without the credentials: the second server can prove it.
    const Fetched followed = fetch(location);
    QCOMPARE(followed.status, 401);
    QCOMPARE(second->requests().size(), 1);
    QVERIFY(!second->requests().first().hasHeader("Authorization"));
}

void TestSimulator::faultHtmlPage()
{
    const auto server = startServer();
    server->setFault(SimulatorServer::Fault::HtmlPage);
    const Fetched reply = fetch(server->appclacksUrl());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(reply.body.contains("<form"));
    QCOMPARE(ExpositionParser::formatFromContentType(reply.header("Content-Type")), std::nullopt);
}

void TestSimulator::faultGarbage()
{
    const auto server = startServer();
    server->setFault(SimulatorServer::Fault::Garbage);
    const Fetched reply = fetch(server->cabourotteUrl());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(reply.body.size(), qsizetype(4096));
    QVERIFY(!parses(reply.body, ExpositionFormat::Text004));
    QVERIFY(!parses(reply.body, ExpositionFormat::OpenMetrics100));
}

void TestSimulator::faultOversizedBody()
{
    const auto server = startServer();
    server->setFault(SimulatorServer::Fault::OversizedBody);
    // The default size is announced without being built: a HEAD costs nothing.
    QNetworkRequest head(server->cabourotteUrl());
    std::unique_ptr<QNetworkReply> headReply(m_network.head(head));
    QSignalSpy headFinished(headReply.get(), &QNetworkReply::finished);
    QVERIFY(headFinished.wait(timeoutMs));
    QCOMPARE(headReply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 80ll * 1024 * 1024);

    SimulatorFaultParameters parameters;
    parameters.oversizedBytes = 5 * 1024 * 1024 + 17;
    server->setFault(SimulatorServer::Fault::OversizedBody, parameters);
    const Fetched reply = fetch(server->cabourotteUrl());
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.body.size(), parameters.oversizedBytes);
    QVERIFY(reply.body.endsWith('\n'));
    const auto parsed = ExpositionParser().parse(reply.body, ExpositionFormat::Text004);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString())); // valid-looking to the last byte

    // Over the parser's body limit, it is refused for its size.
    ParseLimits limits;
    limits.maxBodyBytes = 4 * 1024 * 1024;
    QVERIFY(!ExpositionParser(limits).parse(reply.body, ExpositionFormat::Text004).ok());
}

void TestSimulator::faultCorruptGzip()
{
    const auto server = startServer();
    server->setFault(SimulatorServer::Fault::CorruptGzip);
    const Fetched raw = fetch(server->cabourotteUrl(), { { "Accept-Encoding", "gzip" } });
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(raw.body.startsWith("\x1f\x8b\x08"));
    QByteArray out;
    QCOMPARE(GzipCodec::gunzip(raw.body, out, 64 << 20), GzipCodec::Status::Corrupt);

    // Decompressing itself, QNetworkAccessManager fails the reply.
    const Fetched decoded = fetch(server->cabourotteUrl());
    QVERIFY(decoded.finished);
    QVERIFY(decoded.error != QNetworkReply::NoError);
}

void TestSimulator::faultGzipBomb()
{
    const auto server = startServer();
    server->setFault(SimulatorServer::Fault::GzipBomb); // 1 GiB once inflated
    const Fetched bomb = fetch(server->cabourotteUrl(), { { "Accept-Encoding", "gzip" } });
    QCOMPARE(bomb.status, 200);
    QCOMPARE(bomb.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY2(bomb.body.size() < 4 * 1024 * 1024, qPrintable(QString::number(bomb.body.size())));
    QByteArray out;
    QCOMPARE(GzipCodec::gunzip(bomb.body, out, 64 << 20), GzipCodec::Status::TooLarge);
    QVERIFY(out.startsWith("healthcheck_total{"));

    // A small one inflates completely, CRC and size checked, to whole valid lines.
    SimulatorFaultParameters parameters;
    parameters.bombBytes = 6 * 1024 * 1024;
    server->setFault(SimulatorServer::Fault::GzipBomb, parameters);
    const Fetched small = fetch(server->cabourotteUrl(), { { "Accept-Encoding", "gzip" } });
    QCOMPARE(GzipCodec::gunzip(small.body, out, 64 << 20), GzipCodec::Status::Ok);
    QVERIFY(out.size() >= parameters.bombBytes && out.size() < parameters.bombBytes + (1 << 20) + 200);
    QVERIFY(out.endsWith("} 1\n"));

    parameters.bombOfZeros = true;
    server->setFault(SimulatorServer::Fault::GzipBomb, parameters);
    const Fetched zeros = fetch(server->cabourotteUrl(), { { "Accept-Encoding", "gzip" } });
    QCOMPARE(GzipCodec::gunzip(zeros.body, out, 64 << 20), GzipCodec::Status::Ok);
    QCOMPARE(out.count('\0'), out.size());
}

// --- Connections ------------------------------------------------------------------------------

void TestSimulator::requestInPieces()
{
    const auto server = startServer();
    const QByteArray response = rawExchange(
        server->port(), { "GE", "T /metrics HT", "TP/1.1\r\nHost: 127.0.0.1\r\nAcc", "ept: */*\r\n", "\r\n" }, 30);
    QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(response.contains("\r\nConnection: close\r\n"));
    QCOMPARE(server->requests().size(), 1);
    QCOMPARE(server->requests().first().header("Accept"), QByteArray("*/*"));

    // Bare LF line ends, and HEAD.
    const QByteArray head = rawExchange(server->port(), { "HEAD /metrics HTTP/1.0\nHost: x\n\n" });
    QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(head.endsWith("\r\n\r\n"));
}

void TestSimulator::malformedRequests()
{
    const auto server = startServer();
    QVERIFY(rawExchange(server->port(), { "NONSENSE\r\n\r\n" }).startsWith("HTTP/1.1 400 "));
    QVERIFY(
        rawExchange(server->port(), { "GET /metrics HTTP/1.1\r\nno colon here\r\n\r\n" }).startsWith("HTTP/1.1 400 "));
    QVERIFY(rawExchange(server->port(), { "GET / SPDY/3\r\n\r\n" }).startsWith("HTTP/1.1 400 "));
    const QByteArray huge = "GET /metrics HTTP/1.1\r\nX-Big: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n";
    QVERIFY(rawExchange(server->port(), { huge }).startsWith("HTTP/1.1 431 "));
    const QByteArray post = rawExchange(server->port(), { "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n" });
    QVERIFY(post.startsWith("HTTP/1.1 405 "));
    QVERIFY(post.contains("\r\nAllow: GET, HEAD\r\n"));
    QCOMPARE(fetch(server->cabourotteUrl()).status, 200);
}

void TestSimulator::clientLeavesMidResponse()
{
    const auto server = startServer();
    server->setFault(SimulatorServer::Fault::OversizedBody); // 80 MiB, streamed
    for (int i = 0; i < 3; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(timeoutMs));
        socket.write("GET /metrics HTTP/1.1\r\n\r\n");
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        QVERIFY(readable.wait(timeoutMs));
        socket.abort();
    }
    // A client that connects and says nothing, and one that leaves mid-request.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(silent.waitForConnected(timeoutMs));
    QTcpSocket halfway;
    halfway.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(halfway.waitForConnected(timeoutMs));
    halfway.write("GET /met");
    QVERIFY(halfway.waitForBytesWritten(timeoutMs));
    halfway.abort();

    server->setFault(SimulatorServer::Fault::None);
    QCOMPARE(fetch(server->cabourotteUrl()).status, 200);
    silent.abort();
}

void TestSimulator::manyConcurrentConnections()
{
    const auto server = startServer();
    constexpr int clients = 64;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received(clients);
    int closed = 0;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::connected, raw, [raw, i] {
            raw->write(i % 2 ? "GET /metrics HTTP/1.1\r\n\r\n" : "GET /api/v1/metrics/healthchecks HTTP/1.1\r\n\r\n");
        });
        connect(raw, &QTcpSocket::readyRead, raw, [raw, &received, i] { received[std::size_t(i)] += raw->readAll(); });
        connect(raw, &QTcpSocket::disconnected, raw, [&closed] { ++closed; });
        raw->connectToHost(QHostAddress::LocalHost, server->port());
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed, clients, timeoutMs);
    for (int i = 0; i < clients; ++i) {
        QVERIFY(received[std::size_t(i)].startsWith(i % 2 ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 401 Unauthorized\r\n"));
    }
    QCOMPARE(server->requests().size(), clients);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
