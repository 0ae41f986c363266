// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// core/prometheus against a real Prometheus (Debian's 2.42) that scrapes the project's simulator
// every second: the figures of PrometheusApi + PromqlQueries equal the same PromQL posted by the
// test itself, bit for bit; and every error a person meets (bad PromQL, wrong password, TLS, a
// server down, slow or not Prometheus at all) reads as meant, never with the secret in it.

#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/promqlqueries.h"
#include "simulator/simulatorserver.h"
#include "tests/support/directprometheusquery.h"
#include "tests/support/prometheusprocess.h"
#include "tests/support/scrapingprometheus.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>

using namespace appclacks::core;
using appclacks::simulator::SimulatorServer;
using appclacks::tests::DirectPrometheusQuery;
using appclacks::tests::PrometheusProcess;
using appclacks::tests::ScrapingPrometheus;

namespace {

const QString password = PrometheusProcess::testPassword();

QString dataFile(const char *name)
{
    return QStringLiteral(APPCLACKS_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

// Waits for `reply` and hands back its result.
PrometheusResult waitFor(PrometheusReply *reply)
{
    QSignalSpy finished(reply, &PrometheusReply::finished);
    if (!finished.wait(120000)) {
        return {};
    }
    [&] { QCOMPARE(finished.size(), 1); }();
    PrometheusResult result = reply->result();
    reply->deleteLater();
    return result;
}

} // namespace

class TestPrometheus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildInfoSeriesAndLabels();
    void liveFiguresEqualDirectPromql();
    void queryErrorsKeepTheServersWords();
    void unreachableSlowCancelledAndHostile();
    void basicAuthAndTls();
    void worksOnAWorkerThread();

private:
    PrometheusEndpoint endpoint() const;

    ScrapingPrometheus m_live;
    // One network access manager for every API of the main thread, as an application has: Qt
    // 6.4's network thread can crash tearing down a manager destroyed right after TLS failures,
    // and a test that made and dropped one per case met it under load (ASan, two tests at once).
    QNetworkAccessManager m_network;
};

PrometheusEndpoint TestPrometheus::endpoint() const
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = m_live.baseUrl();
    endpoint.profileName = QStringLiteral("local prometheus");
    endpoint.extraMatchers = ScrapingPrometheus::matcher();
    return endpoint;
}

void TestPrometheus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    // Every pair's outcome counters scraped a few times.
    QVERIFY2(m_live.start(3, &error), qPrintable(error));
}

void TestPrometheus::buildInfoSeriesAndLabels()
{
    PrometheusApi api(endpoint(), &m_network);
    const PrometheusResult info = waitFor(api.buildInfo());
    QVERIFY2(info.ok(), qPrintable(info.message));
    QVERIFY2(info.buildInfo.version.startsWith(QLatin1String("2.42")), qPrintable(info.buildInfo.version));

    const auto promql = PromqlQueries::forEndpoint(api.endpoint(), nullptr);
    QVERIFY(promql);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const PrometheusResult series = waitFor(api.series({ promql->outcomeSeriesSelector() }, now - 60000, now));
    QVERIFY2(series.ok(), qPrintable(series.message));
    QSet<QString> pairs;
    for (const PrometheusLabels &labels : series.labelSets) {
        QCOMPARE(labels.value(QStringLiteral("__name__")), QStringLiteral("healthcheck_total"));
        pairs.insert(labels.value(QStringLiteral("id")) + QLatin1Char('/') + labels.value(QStringLiteral("zone")));
    }
    QCOMPARE(pairs.size(), m_live.simulator().fleet().checkCount() * 3);

    const PrometheusResult zones
        = waitFor(api.labelValues(QStringLiteral("zone"), { promql->outcomeSeriesSelector() }, now - 60000, now));
    QVERIFY2(zones.ok(), qPrintable(zones.message));
    QCOMPARE(zones.labelValues,
        (QStringList { QStringLiteral("eu-east"), QStringLiteral("eu-west"), QStringLiteral("us-west") }));
    // A check selected by a matcher with regex metacharacters and a '+' in it: none, and no error.
    const PrometheusResult none = waitFor(api.labelValues(QStringLiteral("zone"),
        { promql->outcomeSeriesSelector({ QStringLiteral("a+b"), QStringLiteral("c.d") }) }, now - 60000, now));
    QVERIFY2(none.ok(), qPrintable(none.message));
    QVERIFY(none.labelValues.isEmpty());
}

void TestPrometheus::liveFiguresEqualDirectPromql()
{
    PrometheusApi api(endpoint(), &m_network);
    QString error;
    const auto promql = PromqlQueries::forEndpoint(api.endpoint(), &error);
    QVERIFY2(promql, qPrintable(error));
    // A moment already scraped: no sample can still arrive inside the window.
    const std::int64_t time = QDateTime::currentMSecsSinceEpoch() - 3000;
    const std::int64_t window = 10000;
    const QStringList expressions { promql->latencyQuantile(0.5, window), promql->latencyQuantile(0.95, window),
        promql->latencyQuantile(0.99, window), promql->bucketIncreases(window), promql->outcomes(window),
        promql->observationSums(window), promql->observationCounts(window) };
    const QUrl queryUrl = m_live.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/query")));
    const QUrl rangeUrl = m_live.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/query_range")));
    for (const QString &expression : expressions) {
        const PrometheusResult ours = waitFor(api.query(expression, time));
        QVERIFY2(ours.ok(), qPrintable(ours.message));
        QVERIFY2(!ours.series.empty(), qPrintable(expression));
        const QJsonObject direct = DirectPrometheusQuery::post(queryUrl,
            { { QStringLiteral("query"), expression }, { QStringLiteral("time"), PrometheusApi::formatTime(time) } },
            &error);
        const QString difference = DirectPrometheusQuery::compare(ours, direct);
        QVERIFY2(difference.isEmpty(), qPrintable(expression + QStringLiteral(": ") + difference + error));

        // The same over the last seconds, one point a second.
        const std::int64_t start = time - 6000;
        const PrometheusResult range = waitFor(api.queryRange(expression, start, time, 1000));
        QVERIFY2(range.ok(), qPrintable(range.message));
        QCOMPARE(range.resultType, PrometheusResultType::Matrix);
        const QJsonObject directRange = DirectPrometheusQuery::post(rangeUrl,
            { { QStringLiteral("query"), expression }, { QStringLiteral("start"), PrometheusApi::formatTime(start) },
                { QStringLiteral("end"), PrometheusApi::formatTime(time) },
                { QStringLiteral("step"), QStringLiteral("1") } },
            &error);
        const QString rangeDifference = DirectPrometheusQuery::compare(range, directRange);
        QVERIFY2(rangeDifference.isEmpty(), qPrintable(expression + QStringLiteral(": ") + rangeDifference + error));
    }
    // Outcomes carry both statuses, and the failing checks of the demo did fail in the window.
    const PrometheusResult outcomes = waitFor(api.query(promql->outcomes(window), time));
    QVERIFY(std::any_of(outcomes.series.begin(), outcomes.series.end(), [](const PrometheusSeries &series) {
        return series.labels.value(QStringLiteral("status")) == QLatin1String("failure") && series.samples[0].value > 0;
    }));
}

void TestPrometheus::queryErrorsKeepTheServersWords()
{
    PrometheusApi api(endpoint(), &m_network);
    const PrometheusResult bad = waitFor(api.query(QStringLiteral("sum by (zone (healthcheck_total)"), 0));
    QCOMPARE(bad.error, PrometheusError::BadQuery);
    QCOMPARE(bad.errorType, QStringLiteral("bad_data"));
    QCOMPARE(bad.httpStatus, 400);
    QVERIFY2(bad.serverError.contains(QLatin1String("parse error")), qPrintable(bad.serverError));
    QVERIFY2(bad.message.contains(bad.serverError), qPrintable(bad.message));
    QVERIFY(bad.message.contains(QLatin1String("/api/v1/query")));

    // Too many points for one series: Prometheus's own words, kept.
    const PrometheusResult points = waitFor(api.queryRange(QStringLiteral("up"), 0, 20000000, 1000));
    QCOMPARE(points.error, PrometheusError::BadQuery);
    QVERIFY2(points.serverError.contains(QLatin1String("exceeded maximum resolution of 11,000 points per timeseries")),
        qPrintable(points.serverError));

    // An endpoint whose matchers are wrong never reaches the server.
    PrometheusEndpoint wrong = endpoint();
    wrong.extraMatchers = QStringLiteral("job=simulator");
    PrometheusApi misconfigured(wrong, &m_network);
    const PrometheusResult refused = waitFor(misconfigured.buildInfo());
    QCOMPARE(refused.error, PrometheusError::Configuration);
    QVERIFY2(refused.message.contains(QLatin1String("matcher 1, column 5")), qPrintable(refused.message));
}

void TestPrometheus::unreachableSlowCancelledAndHostile()
{
    PrometheusEndpoint down;
    down.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(PrometheusProcess::freePort()));
    down.authMode = AuthMode::Basic;
    down.username = QStringLiteral("prometheus");
    down.secret = password;
    PrometheusApi nobody(down, &m_network);
    const PrometheusResult unreachable = waitFor(nobody.query(QStringLiteral("up"), 0));
    QCOMPARE(unreachable.error, PrometheusError::Unreachable);
    QCOMPARE(unreachable.exitCode(), 69);
    QVERIFY2(unreachable.message.contains(down.baseUrl.host()), qPrintable(unreachable.message));
    QVERIFY(!unreachable.message.contains(password));

    // The simulator stands in for servers that are not Prometheus, with the same credentials.
    PrometheusEndpoint other = down;
    other.baseUrl = m_live.simulator().baseUrl().resolved(QUrl(QStringLiteral("/prometheus")));
    other.tenant = QStringLiteral("team-a");
    other.timeoutMs = 500;
    PrometheusApi api(other, &m_network);
    SimulatorServer::Fault faults[] = { SimulatorServer::Fault::HtmlPage, SimulatorServer::Fault::FixedBody,
        SimulatorServer::Fault::Garbage, SimulatorServer::Fault::ServerError, SimulatorServer::Fault::Unauthorized };
    appclacks::simulator::SimulatorFaultParameters parameters;
    parameters.fixedBody
        = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":"x"}]}})";
    parameters.fixedContentType = "application/json";
    const PrometheusError expected[] = { PrometheusError::NotPrometheus, PrometheusError::NotPrometheus,
        PrometheusError::NotPrometheus, PrometheusError::ServerError, PrometheusError::CredentialsRejected };
    for (std::size_t i = 0; i < std::size(faults); ++i) {
        m_live.simulator().setFault(faults[i], parameters);
        m_live.simulator().clearRequests();
        const PrometheusResult result = waitFor(api.query(QStringLiteral("rate(x[5m]) + 1"), 1700000000123));
        QCOMPARE(result.error, expected[i]);
        QVERIFY2(result.message.contains(QLatin1String("127.0.0.1")), qPrintable(result.message));
        QVERIFY(!result.message.contains(password));
        QVERIFY(result.exitCode()
            == (expected[i] == PrometheusError::CredentialsRejected ? 77
                    : expected[i] == PrometheusError::ServerError   ? 69
                                                                    : 65));
        // What was sent: a form POST under the path prefix, with the credentials and the tenant.
        const auto requests = m_live.simulator().requests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.constLast().method, QByteArray("POST"));
        QCOMPARE(requests.constLast().path, QByteArray("/prometheus/api/v1/query"));
        QCOMPARE(requests.constLast().header("X-Scope-OrgID"), QByteArray("team-a"));
        QCOMPARE(requests.constLast().header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(requests.constLast().header("Authorization"),
            "Basic " + (QStringLiteral("prometheus:") + password).toUtf8().toBase64());
        if (expected[i] == PrometheusError::CredentialsRejected) {
            // A 401 without a Basic challenge keeps its body: the server's own words.
            QVERIFY2(!result.serverError.isEmpty(), qPrintable(result.message));
            QVERIFY2(result.message.contains(QStringLiteral("(HTTP 401, “%1”)").arg(result.serverError)),
                qPrintable(result.message));
        }
    }

    // An answer over the endpoint's cap is cut off, not read into memory.
    PrometheusEndpoint capped = other;
    capped.maxBodyBytes = 1024 * 1024;
    capped.timeoutMs = 20000;
    PrometheusApi small(capped, &m_network);
    parameters.oversizedBytes = 8 * 1024 * 1024;
    m_live.simulator().setFault(SimulatorServer::Fault::OversizedBody, parameters);
    const PrometheusResult large = waitFor(small.query(QStringLiteral("up"), 0));
    QCOMPARE(large.error, PrometheusError::BodyTooLarge);
    QVERIFY2(large.message.contains(QLatin1String("1 MiB")), qPrintable(large.message));

    // Slow: the endpoint's timeout ends it. Cancelled: abort() ends it at once.
    parameters.firstByteDelayMs = 3000;
    m_live.simulator().setFault(SimulatorServer::Fault::SlowFirstByte, parameters);
    const PrometheusResult slow = waitFor(api.buildInfo());
    QCOMPARE(slow.error, PrometheusError::TimedOut);
    QCOMPARE(slow.exitCode(), 69);
    PrometheusReply *pending = api.query(QStringLiteral("up"), 0);
    pending->abort();
    QVERIFY(pending->isFinished());
    const PrometheusResult cancelled = waitFor(pending);
    QCOMPARE(cancelled.error, PrometheusError::Cancelled);
    m_live.simulator().setFault(SimulatorServer::Fault::None);

    // Credentials over plain http to another host are refused before anything is sent.
    PrometheusEndpoint remote = down;
    remote.baseUrl = QUrl(QStringLiteral("http://prometheus.invalid"));
    PrometheusApi insecure(remote, &m_network);
    const PrometheusResult refused = waitFor(insecure.buildInfo());
    QCOMPARE(refused.error, PrometheusError::InsecureCredentials);
    QVERIFY(!refused.message.contains(password));
}

void TestPrometheus::basicAuthAndTls()
{
    QFile certificate(dataFile("server.pem"));
    QFile key(dataFile("server.key"));
    QVERIFY(certificate.exists() && key.exists());
    const QByteArray web = PrometheusProcess::basicAuthWebConfig(certificate.fileName(), key.fileName());
    PrometheusProcess secured;
    QString error;
    QVERIFY2(secured.start({ {}, web, true, {} }, &error), qPrintable(error));

    PrometheusEndpoint good;
    good.baseUrl = secured.baseUrl();
    good.profileName = QStringLiteral("secured");
    good.authMode = AuthMode::Basic;
    good.username = QStringLiteral("prometheus");
    good.secret = password;
    good.caFile = dataFile("ca.pem");
    PrometheusApi api(good, &m_network);
    const PrometheusResult info = waitFor(api.buildInfo());
    QVERIFY2(info.ok(), qPrintable(info.message));
    const PrometheusResult query = waitFor(api.query(QStringLiteral("vector(1) + 1"), 1700000000000));
    QVERIFY2(query.ok(), qPrintable(query.message));
    QCOMPARE(query.series.size(), std::size_t(1));
    QCOMPARE(query.series[0].samples[0].value, 2.0);

    PrometheusEndpoint wrongPassword = good;
    wrongPassword.secret = password + QStringLiteral("!");
    PrometheusApi rejected(wrongPassword, &m_network);
    const PrometheusResult denied = waitFor(rejected.query(QStringLiteral("up"), 0));
    QCOMPARE(denied.error, PrometheusError::CredentialsRejected);
    QCOMPARE(denied.httpStatus, 401);
    QCOMPARE(denied.exitCode(), 77);
    QVERIFY2(denied.message.contains(QLatin1String("secured")), qPrintable(denied.message));
    // What Prometheus answered (Qt may drop the body of a 401 asking for Basic credentials: then
    // the status's name, which is what Prometheus says).
    QVERIFY2(
        denied.message.contains(QLatin1String("(HTTP 401")) && denied.message.contains(QLatin1String("Unauthorized")),
        qPrintable(denied.message));
    QVERIFY(!denied.message.contains(wrongPassword.secret) && !denied.message.contains(password));

    // An untrusted certificate (no CA file) is not asked of Prometheus here: under ASan, Qt 6.4's
    // network thread crashed after that handshake failure in CI. The wording is HttpSecurity's,
    // shared with and tested through the scraper (tst_scrape).
    PrometheusEndpoint missingCa = good;
    missingCa.caFile = dataFile("no-such-ca.pem");
    PrometheusApi badFile(missingCa, &m_network);
    const PrometheusResult configuration = waitFor(badFile.buildInfo());
    QCOMPARE(configuration.error, PrometheusError::Configuration);
    QVERIFY(configuration.message.contains(missingCa.caFile));
}

void TestPrometheus::worksOnAWorkerThread()
{
    // The API and its network access manager made on the worker, as a snapshot builder would.
    PrometheusResult result;
    const PrometheusEndpoint settings = endpoint();
    std::unique_ptr<QThread> worker(QThread::create([&result, settings] {
        PrometheusApi api(settings);
        PrometheusReply *reply
            = api.query(QStringLiteral("count(healthcheck_total)"), QDateTime::currentMSecsSinceEpoch());
        QEventLoop loop;
        QObject::connect(reply, &PrometheusReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        result = reply->result();
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.series.size(), std::size_t(1));
    QVERIFY(result.series[0].samples[0].value >= m_live.simulator().fleet().checkCount() * 3);
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
