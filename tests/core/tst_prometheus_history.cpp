// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// core/prometheus over a generated week (bench/fleetgenerator, written by the app's own history
// and OpenMetricsBackfill), backfilled into a real Prometheus with promtool and imported into a
// real VictoriaMetrics: 24 h, 7 d and 30 d figures and range queries planned by RangeQueryPlan
// equal the same PromQL sent straight to each server. (VictoriaMetrics' increase() does not
// extrapolate, so its figures differ from Prometheus's: each is compared with itself.)

#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/promqlqueries.h"
#include "core/prometheus/rangequeryplan.h"
#include "tests/support/directprometheusquery.h"
#include "tests/support/fleethistoryfile.h"
#include "tests/support/prometheusprocess.h"
#include "tests/support/victoriametricsprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

using namespace appclacks::core;
using appclacks::tests::DirectPrometheusQuery;
using appclacks::tests::FleetHistoryFile;
using appclacks::tests::PrometheusProcess;
using appclacks::tests::VictoriaMetricsProcess;

namespace {

constexpr int pairs = 8; // 2 checks × 4 zones
constexpr std::int64_t interval = 900000; // 672 scrapes a week: quick to write under ASan
constexpr std::int64_t day = 86400000;

PrometheusResult waitFor(PrometheusReply *reply)
{
    QSignalSpy finished(reply, &PrometheusReply::finished);
    if (!finished.wait(120000)) {
        return {};
    }
    PrometheusResult result = reply->result();
    reply->deleteLater();
    return result;
}

QString checkId(std::int64_t check)
{
    return QStringLiteral("check-%1-id").arg(check, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestPrometheusHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instantFiguresEqualDirectPromql_data();
    void instantFiguresEqualDirectPromql();
    void plannedRangeQueriesEqualDirectPromql_data();
    void plannedRangeQueriesEqualDirectPromql();

private:
    void addServers();
    QUrl baseUrl(const QString &server) const;

    QTemporaryDir m_directory;
    std::optional<FleetHistoryFile> m_history;
    PrometheusProcess m_prometheus;
    VictoriaMetricsProcess m_victoria;
};

void TestPrometheusHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
    QString error;
    QElapsedTimer clock;
    clock.start();
    // A week ending an hour ago: nothing overlaps the server's own head block. Its scrapes fall
    // halfway between the steps' grid points, not within the jitter's 40 ms of a window's edge,
    // where which sample a window holds would hang on how each server rounds.
    const std::int64_t end = (QDateTime::currentMSecsSinceEpoch() / interval - 4) * interval + interval / 2;
    m_history = FleetHistoryFile::write(m_directory.path(), pairs, 7, interval, end, &error);
    QVERIFY2(m_history, qPrintable(error));
    qInfo("history written in %lld ms", clock.restart());
    QVERIFY2(m_prometheus.backfill(m_history->path, &error), qPrintable(error));
    qInfo("promtool in %lld ms", clock.restart());
    QVERIFY2(m_prometheus.start({}, &error), qPrintable(error));
    qInfo("prometheus ready in %lld ms", clock.restart());
    const auto text = m_history->prometheusText(&error);
    QVERIFY2(text, qPrintable(error));
    QVERIFY2(m_victoria.start(&error), qPrintable(error));
    QVERIFY2(m_victoria.importPrometheusText(*text, &error), qPrintable(error));
    qInfo("victoria-metrics started and loaded in %lld ms", clock.restart());
}

void TestPrometheusHistory::addServers()
{
    QTest::addColumn<QString>("server");
}

QUrl TestPrometheusHistory::baseUrl(const QString &server) const
{
    return server == QLatin1String("prometheus") ? m_prometheus.baseUrl() : m_victoria.baseUrl();
}

void TestPrometheusHistory::instantFiguresEqualDirectPromql_data()
{
    addServers();
    QTest::addColumn<qint64>("window");
    for (const char *server : { "prometheus", "victoriametrics" }) {
        for (const auto &[name, window] : { std::pair { "24h", day }, { "7d", 7 * day }, { "30d", 30 * day } }) {
            QTest::addRow("%s %s", server, name) << QString::fromLatin1(server) << qint64(window);
        }
    }
}

void TestPrometheusHistory::instantFiguresEqualDirectPromql()
{
    QFETCH(QString, server);
    QFETCH(qint64, window);
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = baseUrl(server);
    PrometheusApi api(endpoint);
    const PrometheusResult info = waitFor(api.buildInfo());
    QVERIFY2(info.ok(), qPrintable(info.message));
    QString error;
    const auto promql = PromqlQueries::forEndpoint(endpoint, &error);
    QVERIFY2(promql, qPrintable(error));
    const std::int64_t time = m_history->lastMs + 1;
    for (const QString &expression : { promql->latencyQuantile(0.5, window), promql->latencyQuantile(0.99, window),
             promql->bucketIncreases(window), promql->outcomes(window), promql->observationCounts(window) }) {
        const PrometheusResult ours = waitFor(api.query(expression, time));
        QVERIFY2(ours.ok(), qPrintable(ours.message));
        // Every pair answers (the outcomes once per status that exists, the buckets once per bound).
        QVERIFY2(ours.series.size() >= std::size_t(pairs), qPrintable(expression));
        const QJsonObject direct = DirectPrometheusQuery::post(
            baseUrl(server).resolved(QUrl(QStringLiteral("/api/v1/query"))),
            { { QStringLiteral("query"), expression }, { QStringLiteral("time"), PrometheusApi::formatTime(time) } },
            &error);
        const QString difference = DirectPrometheusQuery::compare(ours, direct);
        QVERIFY2(difference.isEmpty(), qPrintable(expression + QStringLiteral(": ") + difference + error));
    }
}

void TestPrometheusHistory::plannedRangeQueriesEqualDirectPromql_data()
{
    addServers();
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("maxSamples");
    QTest::addColumn<qint64>("minimumStep");
    for (const char *server : { "prometheus", "victoriametrics" }) {
        // The week at the scrape interval, under a small sample limit: split by check and time.
        QTest::addRow("%s 7d limited", server)
            << QString::fromLatin1(server) << qint64(7 * day) << qint64(8000) << qint64(interval);
        // 30 days: the step grows so that one query stays under 11,000 points a series.
        QTest::addRow("%s 30d", server) << QString::fromLatin1(server) << qint64(30 * day)
                                        << qint64(RangeQueryPlan::defaultMaxSamples) << qint64(60000);
    }
}

void TestPrometheusHistory::plannedRangeQueriesEqualDirectPromql()
{
    QFETCH(QString, server);
    QFETCH(qint64, span);
    QFETCH(qint64, maxSamples);
    QFETCH(qint64, minimumStep);
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = baseUrl(server);
    PrometheusApi api(endpoint);
    QString error;
    const auto promql = PromqlQueries::forEndpoint(endpoint, &error);
    QVERIFY2(promql, qPrintable(error));

    RangeQueryPlan::Input input;
    input.endMs = m_history->lastMs;
    input.stepMs = RangeQueryPlan::stepFor(input.endMs - span, input.endMs, minimumStep);
    // On the step grid, which VictoriaMetrics aligns to anyway.
    input.endMs = input.endMs / input.stepMs * input.stepMs;
    input.startMs = input.endMs - span / input.stepMs * input.stepMs;
    input.windowMs = std::max(input.stepMs, 2 * interval);
    input.scrapeIntervalMs = interval;
    input.checks = pairs / 4;
    input.seriesPerCheck = 4 * 2; // zones × outcomes
    input.maxSamples = maxSamples;
    const auto batches = RangeQueryPlan::plan(input);
    QVERIFY(!batches.empty());
    if (maxSamples < RangeQueryPlan::defaultMaxSamples) {
        QVERIFY2(batches.size() > std::size_t(input.checks), "the limit splits every check's week in time");
    } else {
        QCOMPARE(batches.size(), std::size_t(1));
        QCOMPARE(input.stepMs, std::int64_t(236000)); // 30 d / 10,999 points, whole seconds
    }

    // Each batch: the API equals the direct query, no series over 11,000 points; joined, the
    // batches hold every point of every series exactly once.
    std::map<QString, std::vector<PrometheusSample>> joined;
    for (const RangeQueryPlan::Batch &batch : batches) {
        QVERIFY(batch.points <= RangeQueryPlan::maxPointsPerSeries);
        QVERIFY(batch.estimatedSamples <= maxSamples);
        QStringList checks;
        for (std::int64_t check = batch.firstCheck; check < batch.firstCheck + batch.checkCount; ++check) {
            checks << checkId(check);
        }
        const QString expression = promql->outcomes(input.windowMs, checks);
        const PrometheusResult ours = waitFor(api.queryRange(expression, batch.startMs, batch.endMs, input.stepMs));
        QVERIFY2(ours.ok(), qPrintable(ours.message));
        QVERIFY(!ours.series.empty());
        const QJsonObject direct
            = DirectPrometheusQuery::post(baseUrl(server).resolved(QUrl(QStringLiteral("/api/v1/query_range"))),
                { { QStringLiteral("query"), expression },
                    { QStringLiteral("start"), PrometheusApi::formatTime(batch.startMs) },
                    { QStringLiteral("end"), PrometheusApi::formatTime(batch.endMs) },
                    { QStringLiteral("step"), PrometheusApi::formatStep(input.stepMs) } },
                &error);
        const QString difference = DirectPrometheusQuery::compare(ours, direct);
        QVERIFY2(difference.isEmpty(), qPrintable(expression + QStringLiteral(": ") + difference + error));
        for (const PrometheusSeries &series : ours.series) {
            QVERIFY(std::int64_t(series.samples.size()) <= batch.points);
            QVERIFY(checks.contains(series.labels.value(QStringLiteral("id"))));
            auto &points = joined[series.labels.value(QStringLiteral("id"))
                + series.labels.value(QStringLiteral("zone")) + series.labels.value(QStringLiteral("status"))];
            points.insert(points.end(), series.samples.begin(), series.samples.end());
        }
    }
    // The whole range in one query (no limit on this server) gives the same points. On
    // Prometheus, the same values too. VictoriaMetrics' increase() takes a counter's base from
    // what it read before the window, which depends on the query's range and selection: 1.79
    // answered a batch's point 1 where the whole query said 0 (a failure counter's first
    // samples), so there the times are compared and each batch was compared with itself above.
    const bool sameValues = server == QLatin1String("prometheus");
    const PrometheusResult whole
        = waitFor(api.queryRange(promql->outcomes(input.windowMs), input.startMs, input.endMs, input.stepMs));
    QVERIFY2(whole.ok(), qPrintable(whole.message));
    QCOMPARE(whole.series.size(), joined.size());
    for (const PrometheusSeries &series : whole.series) {
        const auto &points = joined[series.labels.value(QStringLiteral("id"))
            + series.labels.value(QStringLiteral("zone")) + series.labels.value(QStringLiteral("status"))];
        QCOMPARE(points.size(), series.samples.size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].timeMs, series.samples[i].timeMs);
            QVERIFY2(!sameValues || points[i].value == series.samples[i].value,
                qPrintable(QStringLiteral("point %1 at %2: batched %3, whole %4")
                               .arg(i)
                               .arg(points[i].timeMs)
                               .arg(points[i].value, 0, 'g', 17)
                               .arg(series.samples[i].value, 0, 'g', 17)));
        }
    }
}

QTEST_GUILESS_MAIN(TestPrometheusHistory)
#include "tst_prometheus_history.moc"
