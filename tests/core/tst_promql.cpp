// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The PromQL core/prometheus builds and the plans it sizes range queries with: pure functions,
// no server (tst_prometheus and tst_prometheus_history ask real ones).

#include "core/profiles/connectiontest.h"
#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/prometheusreply.h"
#include "core/prometheus/promqlqueries.h"
#include "core/prometheus/rangequeryplan.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace appclacks::core;

class TestPromql final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("promql");
        QTest::newRow("1h") << qint64(3600000) << QStringLiteral("1h");
        QTest::newRow("7d") << qint64(7 * 86400000ll) << QStringLiteral("7d");
        QTest::newRow("30d") << qint64(30 * 86400000ll) << QStringLiteral("30d");
        QTest::newRow("90s") << qint64(90000) << QStringLiteral("90s");
        QTest::newRow("5m") << qint64(300000) << QStringLiteral("5m");
        QTest::newRow("25h") << qint64(25 * 3600000ll) << QStringLiteral("25h");
        QTest::newRow("1500ms") << qint64(1500) << QStringLiteral("1500ms");
        QTest::newRow("zero is 1ms") << qint64(0) << QStringLiteral("1ms");
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, promql);
        QCOMPARE(PromqlQueries::duration(ms), promql);
    }

    // Quoting and the matchers' parser are LabelMatchers', tested in tst_profiles.
    void alternation()
    {
        QCOMPARE(PromqlQueries::alternation({ QStringLiteral("a.b"), QStringLiteral("c|d"), QStringLiteral("e") }),
            QStringLiteral("a\\.b|c\\|d|e"));
    }

    // Issue 12: what `profile test` and Test Connection say of a buildinfo answer.
    void whatAnswered()
    {
        using Kind = PrometheusReply::Kind;
        const QString where = QStringLiteral("https://mimir.example/prometheus/api/v1/status/buildinfo");
        PrometheusEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://mimir.example/prometheus"));
        PrometheusResult prometheus = PrometheusReply::decode(Kind::BuildInfo, 200,
            R"({"status":"success","data":{"version":"2.42.0","revision":"225c61122d88b01d1f0eaaee0e05b6f3e0567ac0",)"
            R"("branch":"HEAD","goVersion":"go1.19.5"}})",
            where);
        prometheus.durationMs = 12;
        ConnectionTestResult said = ConnectionTest::fromBuildInfo(endpoint, prometheus);
        QCOMPARE(said.exitCode, 0);
        QCOMPARE(said.message,
            QStringLiteral("Prometheus 2.42.0 (revision 225c61122d88) answered at https://mimir.example/prometheus in "
                           "12 ms."));

        // Mimir names itself; the tenant is said.
        endpoint.tenant = QStringLiteral("team-a");
        PrometheusResult mimir = PrometheusReply::decode(Kind::BuildInfo, 200,
            R"({"status":"success","data":{"application":"Grafana Mimir","version":"r249-5bedc7a1-WIP",)"
            R"("revision":"5bedc7a1","branch":"weekly-r249","features":{"ruler_config_api":"true"}}})",
            where);
        mimir.durationMs = 40;
        QCOMPARE(ConnectionTest::fromBuildInfo(endpoint, mimir).message,
            QStringLiteral("Grafana Mimir r249-5bedc7a1-WIP (revision 5bedc7a1) answered at "
                           "https://mimir.example/prometheus for the tenant “team-a” in 40 ms."));

        // VictoriaMetrics (Debian's 1.79) answers an empty object.
        endpoint.tenant.clear();
        PrometheusResult victoria
            = PrometheusReply::decode(Kind::BuildInfo, 200, R"({"status":"success","data":{}})", where);
        QVERIFY(victoria.ok());
        QCOMPARE(ConnectionTest::fromBuildInfo(endpoint, victoria).message,
            QStringLiteral("A Prometheus-compatible server that does not give its version (as VictoriaMetrics does) "
                           "answered at https://mimir.example/prometheus in 0 ms."));

        // A failure is the API client's words, with its exit code.
        PrometheusResult rejected;
        rejected.error = PrometheusError::CredentialsRejected;
        rejected.message = QStringLiteral("Credentials rejected by x (HTTP 401 Unauthorized): check …");
        said = ConnectionTest::fromBuildInfo(endpoint, rejected);
        QCOMPARE(said.exitCode, 77);
        QCOMPARE(said.message, rejected.message);
        QVERIFY(!said.ok());
    }

    void queriesFromTheEndpoint()
    {
        PrometheusEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://mimir.example/prometheus"));
        endpoint.extraMatchers = QStringLiteral("job=\"cabourotte\"");
        QString error;
        const auto promql = PromqlQueries::forEndpoint(endpoint, &error);
        QVERIFY2(promql, qPrintable(error));
        const qint64 day = 86400000ll;
        const qint64 week = 7 * day;
        QCOMPARE(promql->latencyQuantile(0.95, week),
            QStringLiteral("histogram_quantile(0.95, sum by (name, id, zone, le) "
                           "(increase(healthcheck_duration_seconds_bucket{job=\"cabourotte\"}[7d])))"));
        QCOMPARE(promql->bucketIncreases(3600000),
            QStringLiteral(
                "sum by (name, id, zone, le) (increase(healthcheck_duration_seconds_bucket{job=\"cabourotte\"}[1h]))"));
        QCOMPARE(promql->outcomes(90000),
            QStringLiteral("sum by (name, id, zone, status) (increase(healthcheck_total{job=\"cabourotte\"}[90s]))"));
        QCOMPARE(promql->observationCounts(60000),
            QStringLiteral(
                "sum by (name, id, zone) (increase(healthcheck_duration_seconds_count{job=\"cabourotte\"}[1m]))"));
        QCOMPARE(promql->observationSums(60000, { QStringLiteral("a\"b") }),
            QStringLiteral("sum by (name, id, zone) (increase(healthcheck_duration_seconds_sum{job=\"cabourotte\","
                           "id=\"a\\\"b\"}[1m]))"));
        QCOMPARE(promql->outcomeSeriesSelector({ QStringLiteral("x.1"), QStringLiteral("y") }),
            QStringLiteral("healthcheck_total{job=\"cabourotte\",id=~\"x\\\\.1|y\"}"));
        QCOMPARE(endpoint.apiUrl(QStringLiteral("/api/v1/query")),
            QUrl(QStringLiteral("https://mimir.example/prometheus/api/v1/query")));
        // The window's other questions: the counters as they stand, a check's zones together,
        // only the steps that failed, a check without an id by its name.
        QCOMPARE(promql->bucketIncreases(0),
            QStringLiteral("sum by (name, id, zone, le) (healthcheck_duration_seconds_bucket{job=\"cabourotte\"})"));
        QCOMPARE(promql->perCheck().outcomes(day),
            QStringLiteral("sum by (name, id, status) (increase(healthcheck_total{job=\"cabourotte\"}[1d]))"));
        QCOMPARE(promql->perCheck().failingSteps(300000, { QStringLiteral("c1") }),
            QStringLiteral("sum by (name, id) (increase(healthcheck_total{job=\"cabourotte\",id=\"c1\","
                           "status=\"failure\"}[5m])) > 0"));
        QCOMPARE(promql->perCheck().successRatio(day, { QStringLiteral("c1") }),
            QStringLiteral("sum by (name, id) (increase(healthcheck_total{job=\"cabourotte\",id=\"c1\","
                           "status=\"success\"}[1d])) / sum by (name, id) "
                           "(increase(healthcheck_total{job=\"cabourotte\",id=\"c1\"}[1d]))"));
        QCOMPARE(promql->byName().outcomes(60000, { QStringLiteral("web") }),
            QStringLiteral(
                "sum by (name, zone, status) (increase(healthcheck_total{job=\"cabourotte\",name=\"web\"}[1m]))"));

        // Cabourotte: no id label, its zone in another label; checks told apart by name.
        endpoint.extraMatchers.clear();
        endpoint.idLabel.clear();
        endpoint.zoneLabel = QStringLiteral("region");
        const auto cabourotte = PromqlQueries::forEndpoint(endpoint, &error);
        QVERIFY2(cabourotte, qPrintable(error));
        QCOMPARE(cabourotte->outcomes(60000, { QStringLiteral("web") }),
            QStringLiteral("sum by (name, region, status) (increase(healthcheck_total{name=\"web\"}[1m]))"));
        QCOMPARE(cabourotte->selector(QStringLiteral("healthcheck_total")), QStringLiteral("healthcheck_total"));
        QCOMPARE(cabourotte->failingSteps(60000),
            QStringLiteral("sum by (name, region) (increase(healthcheck_total{status=\"failure\"}[1m])) > 0"));
    }

    void endpointValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("zoneLabel");
        QTest::addColumn<QString>("matchers");
        QTest::addColumn<QString>("error"); // a part of it; empty when valid
        QTest::newRow("valid") << QStringLiteral("http://127.0.0.1:9090") << QStringLiteral("zone") << QString()
                               << QString();
        QTest::newRow("prefix") << QStringLiteral("https://m.example/prometheus/") << QStringLiteral("zone")
                                << QStringLiteral("{job=\"a\"}") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://x") << QStringLiteral("zone") << QString()
                             << QStringLiteral("is not an http:// or https:// URL");
        QTest::newRow("user info") << QStringLiteral("https://u:p@x") << QStringLiteral("zone") << QString()
                                   << QStringLiteral("must not contain a user name or password");
        QTest::newRow("query") << QStringLiteral("https://x/?a=b") << QStringLiteral("zone") << QString()
                               << QStringLiteral("no query");
        QTest::newRow("label") << QStringLiteral("https://x") << QStringLiteral("zo-ne") << QString()
                               << QStringLiteral("The zone label “zo-ne” is not a label name");
        QTest::newRow("matchers") << QStringLiteral("https://x") << QStringLiteral("zone")
                                  << QStringLiteral("job=\"a\" or") << QStringLiteral("Label matcher 1, column 9");
    }
    void endpointValidation()
    {
        QFETCH(QString, url);
        QFETCH(QString, zoneLabel);
        QFETCH(QString, matchers);
        QFETCH(QString, error);
        PrometheusEndpoint endpoint;
        endpoint.baseUrl = QUrl(url);
        endpoint.zoneLabel = zoneLabel;
        endpoint.extraMatchers = matchers;
        const auto problem = endpoint.validate();
        QCOMPARE(problem.has_value(), !error.isEmpty());
        if (problem) {
            QVERIFY2(problem->contains(error), qPrintable(*problem));
        }
    }

    void formEncoding()
    {
        // '+' must reach the server as a plus, not a space; '&' and '=' stay inside their value.
        QCOMPARE(PrometheusApi::formEncode({ { QStringLiteral("query"), QStringLiteral("a + b{x=\"&\"}") },
                     { QStringLiteral("match[]"), QStringLiteral("up") } }),
            QByteArray("query=a%20%2B%20b%7Bx%3D%22%26%22%7D&match%5B%5D=up"));
        QCOMPARE(PrometheusApi::formatTime(1700000000123), QStringLiteral("1700000000.123"));
        QCOMPARE(PrometheusApi::formatTime(1700000000000), QStringLiteral("1700000000"));
        QCOMPARE(PrometheusApi::formatStep(60000), QStringLiteral("60"));
        QCOMPARE(PrometheusApi::formatStep(500), QStringLiteral("0.5"));
    }

    void decoding()
    {
        using Kind = PrometheusReply::Kind;
        const QString where = QStringLiteral("http://x/api/v1/query");
        auto result = PrometheusReply::decode(Kind::Query, 200,
            R"({"status":"success","warnings":["partial"],"data":{"resultType":"vector","result":[
                {"metric":{"zone":"a"},"value":[1700000000.123,"NaN"]},
                {"metric":{"zone":"b"},"value":[1700000000.123,"+Inf"]},
                {"metric":{"zone":"c"},"value":[1700000000.123,"-Inf"]},
                {"metric":{"zone":"d"},"value":[1700000000.123,"0.30000000000000004"]}]}})",
            where);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.warnings, QStringList { QStringLiteral("partial") });
        QCOMPARE(result.resultType, PrometheusResultType::Vector);
        QCOMPARE(result.series.size(), std::size_t(4));
        QCOMPARE(result.series[0].labels.value(QStringLiteral("zone")), QStringLiteral("a"));
        QCOMPARE(result.series[0].samples[0].timeMs, std::int64_t(1700000000123));
        QVERIFY(std::isnan(result.series[0].samples[0].value));
        QCOMPARE(result.series[1].samples[0].value, std::numeric_limits<double>::infinity());
        QCOMPARE(result.series[2].samples[0].value, -std::numeric_limits<double>::infinity());
        QCOMPARE(result.series[3].samples[0].value, 0.1 + 0.2);

        result = PrometheusReply::decode(
            Kind::Query, 200, R"({"status":"success","data":{"resultType":"scalar","result":[1.5,"2"]}})", where);
        QVERIFY(result.ok());
        QCOMPARE(result.resultType, PrometheusResultType::Scalar);
        QCOMPARE(result.scalar.value, 2.0);
        QCOMPARE(result.scalar.timeMs, std::int64_t(1500));

        result = PrometheusReply::decode(Kind::QueryRange, 422,
            R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory in query execution"})",
            where);
        QCOMPARE(result.error, PrometheusError::QueryFailed);
        QCOMPARE(result.errorType, QStringLiteral("execution"));
        QCOMPARE(result.serverError,
            QStringLiteral("query processing would load too many samples into memory in query execution"));
        QVERIFY(result.message.contains(result.serverError));
        QCOMPARE(result.exitCode(), 69);

        result = PrometheusReply::decode(
            Kind::Query, 400, R"({"status":"error","errorType":"bad_data","error":"parse error"})", where);
        QCOMPARE(result.error, PrometheusError::BadQuery);

        const std::pair<QByteArray, PrometheusError> hostile[] = {
            { "<html><body>login</body></html>", PrometheusError::NotPrometheus },
            { "{\"data\":[]}", PrometheusError::NotPrometheus },
            { "[1,2,3]", PrometheusError::NotPrometheus },
            { R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"x"]}]}})",
                PrometheusError::NotPrometheus },
            { R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})",
                PrometheusError::NotPrometheus },
            { R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1e300,"1"]]}]}})",
                PrometheusError::NotPrometheus },
            { R"({"status":"success","data":{"resultType":"exotic","result":[]}})", PrometheusError::NotPrometheus },
            { R"({"status":"success","data":7})", PrometheusError::NotPrometheus },
            { QByteArray(100000, '['), PrometheusError::NotPrometheus },
        };
        for (const auto &[body, error] : hostile) {
            result = PrometheusReply::decode(Kind::Query, 200, body, where);
            QCOMPARE(result.error, error);
            QVERIFY2(result.message.contains(where), qPrintable(result.message));
            QVERIFY(result.message.size() < 400);
            QCOMPARE(result.exitCode(), 65);
        }
        QCOMPARE(
            PrometheusReply::decode(Kind::Query, 404, "404 page not found", where).error, PrometheusError::NotFound);
        QCOMPARE(PrometheusReply::decode(Kind::Query, 502, "Bad Gateway", where).error, PrometheusError::ServerError);

        result = PrometheusReply::decode(Kind::Series, 200,
            R"({"status":"success","data":[{"__name__":"healthcheck_total","id":"a"},{"__name__":"healthcheck_total","id":"b"}]})",
            where);
        QVERIFY(result.ok());
        QCOMPARE(result.labelSets.size(), std::size_t(2));
        QCOMPARE(result.labelSets[1].value(QStringLiteral("id")), QStringLiteral("b"));
        result = PrometheusReply::decode(Kind::LabelValues, 200, R"({"status":"success","data":["eu","us"]})", where);
        QCOMPARE(result.labelValues, (QStringList { QStringLiteral("eu"), QStringLiteral("us") }));
        result = PrometheusReply::decode(
            Kind::BuildInfo, 200, R"({"status":"success","data":{"version":"2.42.0","revision":"abc"}})", where);
        QCOMPARE(result.buildInfo.version, QStringLiteral("2.42.0"));
    }

    void stepStaysUnderThePointLimit_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("minimumStep");
        QTest::addColumn<qint64>("step");
        QTest::newRow("1h at 15s") << qint64(3600000) << qint64(15000) << qint64(15000);
        QTest::newRow("7d at 60s") << qint64(7 * 86400000ll) << qint64(60000) << qint64(60000);
        QTest::newRow("30d at 60s") << qint64(30 * 86400000ll) << qint64(60000) << qint64(236000);
        QTest::newRow("90d at 1s") << qint64(90 * 86400000ll) << qint64(1000) << qint64(707000);
        QTest::newRow("exactly 10999 steps") << qint64(10999 * 1000ll) << qint64(1000) << qint64(1000);
        QTest::newRow("one more") << qint64(11000 * 1000ll) << qint64(1000) << qint64(2000);
    }
    void stepStaysUnderThePointLimit()
    {
        QFETCH(qint64, span);
        QFETCH(qint64, minimumStep);
        QFETCH(qint64, step);
        const std::int64_t start = 1764547200000;
        const std::int64_t chosen = RangeQueryPlan::stepFor(start, start + span, minimumStep);
        QCOMPARE(chosen, step);
        QVERIFY(RangeQueryPlan::pointsOf(start, start + span, chosen) <= RangeQueryPlan::maxPointsPerSeries);
        QCOMPARE(chosen % 1000, 0);
    }

    void batchesStayUnderTheSampleLimit()
    {
        // 1,000 pairs (250 checks × 4 zones) over 30 days, the latency histograms (14 buckets).
        RangeQueryPlan::Input input;
        input.startMs = 1764547200000;
        input.endMs = input.startMs + 30 * 86400000ll;
        input.stepMs = RangeQueryPlan::stepFor(input.startMs, input.endMs, 60000);
        input.windowMs = input.stepMs;
        input.scrapeIntervalMs = 60000;
        input.checks = 250;
        input.seriesPerCheck = 4 * 14;
        const auto batches = RangeQueryPlan::plan(input);
        QVERIFY(batches.size() > 1);
        std::int64_t checks = 0;
        for (const auto &batch : batches) {
            QVERIFY(batch.points <= RangeQueryPlan::maxPointsPerSeries);
            QVERIFY(batch.estimatedSamples <= input.maxSamples / 2);
            QCOMPARE(batch.firstCheck, checks);
            QCOMPARE(batch.startMs, input.startMs); // whole range in one go: every check fits
            QCOMPARE(RangeQueryPlan::pointsOf(batch.startMs, batch.endMs, input.stepMs), batch.points);
            checks += batch.checkCount;
        }
        QCOMPARE(checks, input.checks);

        // A server with a small limit: one check no longer fits, its range is split in time, and
        // the pieces join up on the step grid with every point once.
        input.checks = 3;
        input.maxSamples = 200000;
        const auto split = RangeQueryPlan::plan(input);
        const std::int64_t total = RangeQueryPlan::pointsOf(input.startMs, input.endMs, input.stepMs);
        std::int64_t points = 0;
        std::int64_t expectedStart = input.startMs;
        for (const auto &batch : split) {
            QCOMPARE(batch.checkCount, std::int64_t(1));
            QVERIFY(batch.estimatedSamples <= input.maxSamples / 2);
            QCOMPARE(batch.startMs, expectedStart);
            expectedStart = batch.endMs + input.stepMs;
            points += batch.points;
            if (expectedStart > input.endMs) {
                QCOMPARE(points, total);
                points = 0;
                expectedStart = input.startMs;
            }
        }
        QCOMPARE(points, std::int64_t(0));

        // Nothing to plan.
        input.checks = 0;
        QVERIFY(RangeQueryPlan::plan(input).empty());
        input.checks = 1;
        input.endMs = input.startMs - 1;
        QVERIFY(RangeQueryPlan::plan(input).empty());
    }
};

QTEST_GUILESS_MAIN(TestPromql)
#include "tst_promql.moc"
