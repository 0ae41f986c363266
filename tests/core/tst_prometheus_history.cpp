// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// core/prometheus over a generated week (bench/fleetgenerator, written by the app's own history
// and OpenMetricsBackfill), backfilled into a real Prometheus with promtool and imported into a
// real VictoriaMetrics: 24 h, 7 d and 30 d figures and range queries planned by RangeQueryPlan
// equal the same PromQL sent straight to each server. (VictoriaMetrics' increase() does not
// extrapolate, so its figures differ from Prometheus's: each is compared with itself.)

#include "core/history/historystore.h"
#include "core/history/openmetricsbackfill.h"
#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/prometheuscopy.h"
#include "core/prometheus/prometheusovertime.h"
#include "core/prometheus/prometheussnapshots.h"
#include "core/prometheus/promqlqueries.h"
#include "core/prometheus/rangequeryplan.h"
#include "tests/support/directprometheusquery.h"
#include "tests/support/fleethistoryfile.h"
#include "tests/support/prometheusprocess.h"
#include "tests/support/victoriametricsprocess.h"

#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
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

// A copy of `window` from `server` into `output`, in slices of `sliceMs` at first; `copiedMs` gets
// each slice's progress. A copy that never ends is a failure.
PrometheusCopyResult copyInto(
    QBuffer &output, const QUrl &server, const TimeWindow &window, std::int64_t sliceMs, QList<std::int64_t> *copiedMs)
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = server;
    PrometheusCopy copy(endpoint);
    copy.setSliceMs(sliceMs);
    output.open(QIODevice::ReadWrite);
    QSignalSpy finished(&copy, &PrometheusCopy::finished);
    QObject::connect(&copy, &PrometheusCopy::progressed, [copiedMs](std::int64_t doneMs) { copiedMs->append(doneMs); });
    copy.copy(window, &output);
    if (!finished.wait(120000)) {
        PrometheusCopyResult never;
        never.failure.error = PrometheusError::TimedOut;
        never.failure.message = QStringLiteral("the copy did not end within two minutes");
        return never;
    }
    return finished.constFirst().constFirst().value<PrometheusCopyResult>();
}

PrometheusRangeAnswer readAnswer(PrometheusSnapshots &snapshots, const PrometheusRangeRequest &request)
{
    PrometheusRangeAnswer answer;
    QSignalSpy finished(&snapshots, &PrometheusSnapshots::finished);
    snapshots.read(request);
    if (finished.wait(120000)) {
        answer = finished.constFirst().constFirst().value<PrometheusRangeAnswer>();
    }
    return answer;
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
    void windowSnapshotEqualsDirectPromql_data();
    void windowSnapshotEqualsDirectPromql();
    void timelinesFollowTheServersFailures_data();
    void timelinesFollowTheServersFailures();
    void checkOverTimeEqualsDirectPromql_data();
    void checkOverTimeEqualsDirectPromql();
    void aWindowTooLargeForTheServerIsAskedInPieces();
    void aCopyHoldsTheServersSamples_data();
    void aCopyHoldsTheServersSamples();

private:
    void addServers();
    /// The direct answer's values of `expression` at `time`, by the labels `keys` name, joined by "/".
    std::map<QString, double> direct(
        const QString &server, const QString &expression, std::int64_t time, const QStringList &keys) const;
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

std::map<QString, double> TestPrometheusHistory::direct(
    const QString &server, const QString &expression, std::int64_t time, const QStringList &keys) const
{
    QString error;
    return DirectPrometheusQuery::values(baseUrl(server), expression, time, keys, &error);
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

void TestPrometheusHistory::windowSnapshotEqualsDirectPromql_data()
{
    instantFiguresEqualDirectPromql_data();
}

// The window's figures through PrometheusSnapshots: every count, sum and outcome the server's own,
// each zone's quantiles equal to its histogram_quantile, a check's total to the one over `sum by`
// without the zone.
void TestPrometheusHistory::windowSnapshotEqualsDirectPromql()
{
    QFETCH(QString, server);
    QFETCH(qint64, window);
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = baseUrl(server);
    PrometheusSnapshots snapshots(endpoint);
    PrometheusRangeRequest request;
    const std::int64_t time = m_history->lastMs + 1;
    request.window = { time - window, time };
    request.withTimelines = false;
    const PrometheusRangeAnswer answer = readAnswer(snapshots, request);
    QVERIFY2(answer.snapshot, qPrintable(answer.failure.message));
    const HealthSnapshot &snapshot = *answer.snapshot;
    QCOMPARE(int(snapshot.checks.size()), pairs / 4);
    QCOMPARE(snapshot.rangeFromMs, time - window);
    QCOMPARE(snapshot.rangeToMs, time);
    if (server == QLatin1String("prometheus")) {
        QVERIFY2(snapshot.computedBy.startsWith(QStringLiteral("Prometheus 2.")), qPrintable(snapshot.computedBy));
    }
    QVERIFY(snapshot.computedBy.contains(QStringLiteral("127.0.0.1")));

    QString error;
    const auto promql = PromqlQueries::forEndpoint(endpoint, &error);
    QVERIFY2(promql, qPrintable(error));
    const QStringList pair { QStringLiteral("id"), QStringLiteral("zone") };
    const auto successes = direct(server, promql->outcomes(window), time,
        { QStringLiteral("id"), QStringLiteral("zone"), QStringLiteral("status") });
    const auto sums = direct(server, promql->observationSums(window), time, pair);
    const auto counts = direct(server, promql->observationCounts(window), time, pair);
    QCOMPARE(successes.size(), std::size_t(2 * pairs));
    QCOMPARE(counts.size(), std::size_t(pairs));
    for (const double q : { 0.5, 0.95, 0.99 }) {
        const auto perZone = direct(server, promql->latencyQuantile(q, window), time, pair);
        const auto perCheck
            = direct(server, promql->perCheck().latencyQuantile(q, window), time, { QStringLiteral("id") });
        QCOMPARE(perZone.size(), std::size_t(pairs));
        for (const CheckHealth &check : snapshot.checks) {
            const auto ours = [q](const ZoneHealth &zone) {
                return q == 0.5 ? zone.statistics.p50.value
                    : q == 0.95 ? zone.statistics.p95.value
                                : zone.statistics.p99.value;
            };
            QCOMPARE(check.zones.size(), std::size_t(4));
            for (const ZoneHealth &zone : check.zones) {
                const QString key = check.id + QLatin1Char('/') + zone.zone;
                QVERIFY2(perZone.count(key), qPrintable(key));
                QCOMPARE(ours(zone), perZone.at(key));
                QCOMPARE(zone.success, successes.at(key + QStringLiteral("/success")));
                QCOMPARE(zone.failure, successes.at(key + QStringLiteral("/failure")));
                QCOMPARE(*zone.sum, sums.at(key));
                QCOMPARE(*zone.count, counts.at(key));
            }
            // The zones' increases summed here, by the server there: equal but for rounding.
            QVERIFY2(qFuzzyCompare(ours(check.total), perCheck.at(check.id)),
                qPrintable(QStringLiteral("%1: %2 against %3")
                               .arg(check.id)
                               .arg(ours(check.total))
                               .arg(perCheck.at(check.id))));
        }
    }
}

void TestPrometheusHistory::timelinesFollowTheServersFailures_data()
{
    addServers();
    for (const char *server : { "prometheus", "victoriametrics" }) {
        QTest::addRow("%s", server) << QString::fromLatin1(server);
    }
}

// Status now, uptime and the strip from the server, checked against the same queries sent straight
// to it; failing since and the last failure against the history the data came from (exact to the
// scrape interval and the minute step).
void TestPrometheusHistory::timelinesFollowTheServersFailures()
{
    QFETCH(QString, server);
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = baseUrl(server);
    PrometheusSnapshots snapshots(endpoint);
    PrometheusRangeRequest request;
    const std::int64_t now = m_history->lastMs + 1;
    request.window = { now - day, now };
    request.nowMs = now;
    request.statusWindowMs = 2 * interval; // two scrapes at the test's 15 minutes
    request.stripCells = 24;
    QSignalSpy progress(&snapshots, &PrometheusSnapshots::progressed);
    const PrometheusRangeAnswer answer = readAnswer(snapshots, request);
    QVERIFY2(answer.snapshot, qPrintable(answer.failure.message));
    QVERIFY(progress.size() >= 8);
    QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
    const HealthSnapshot &snapshot = *answer.snapshot;
    QVERIFY(snapshot.statusFromHistory);

    QString error;
    const auto promql = PromqlQueries::forEndpoint(endpoint, &error);
    QVERIFY2(promql, qPrintable(error));
    const auto statusNow = direct(server, promql->outcomes(request.statusWindowMs), now,
        { QStringLiteral("id"), QStringLiteral("zone"), QStringLiteral("status") });
    const auto uptimeDay
        = direct(server, promql->perCheck().outcomes(day), now, { QStringLiteral("id"), QStringLiteral("status") });

    // The history the servers were loaded from, read by the app's own timelines.
    HistoryStore store(m_history->historyPath);
    QVERIFY2(store.open(HistoryStore::Access::ReadOnly, &error), qPrintable(error));
    const auto source = store.source(QStringLiteral("fleet"), &error);
    QVERIFY2(source, qPrintable(error));
    TimelineOptions options;
    options.nowMs = now;
    options.statusWindowMs = request.statusWindowMs;
    options.range = request.window;
    const auto local = CheckTimelines::forSource(store, *source, options, &error);
    QVERIFY2(local, qPrintable(error));

    int failingSomewhere = 0;
    for (const CheckHealth &check : snapshot.checks) {
        QVERIFY(check.timeline);
        const CheckTimeline &timeline = *check.timeline;
        QStringList failing;
        for (const ZoneHealth &zone : check.zones) {
            if (statusNow.count(check.id + QLatin1Char('/') + zone.zone + QStringLiteral("/failure"))
                && statusNow.at(check.id + QLatin1Char('/') + zone.zone + QStringLiteral("/failure")) > 0) {
                failing << zone.zone;
            }
        }
        QCOMPARE(timeline.now.failingZones, failing);
        const double success = uptimeDay.at(check.id + QStringLiteral("/success"));
        const double failure = uptimeDay.count(check.id + QStringLiteral("/failure"))
            ? uptimeDay.at(check.id + QStringLiteral("/failure"))
            : 0.0;
        QCOMPARE(timeline.uptime[0], success / (success + failure));
        QCOMPARE(int(timeline.strip.size()), request.stripCells);
        QCOMPARE(timeline.strip.back().toMs, now);

        const auto mine
            = std::find_if(local->begin(), local->end(), [&](const CheckTimeline &t) { return t.key == check.key; });
        QVERIFY(mine != local->end());
        // Where the history saw a failure in the last day, the server's steps saw it within a
        // scrape interval and a step.
        if (mine->now.lastFailureMs > now - day + 2 * interval) {
            ++failingSomewhere;
            QVERIFY2(std::abs(timeline.now.lastFailureMs - mine->now.lastFailureMs) <= interval + 60000,
                qPrintable(QStringLiteral("%1: last failure %2 against the history's %3")
                               .arg(check.id)
                               .arg(timeline.now.lastFailureMs)
                               .arg(mine->now.lastFailureMs)));
        }
    }
    QVERIFY2(failingSomewhere > 0, "the generated day has failures to find");
}

void TestPrometheusHistory::checkOverTimeEqualsDirectPromql_data()
{
    timelinesFollowTheServersFailures_data();
}

// One check's day in hour steps through PrometheusOverTime: each zone's step quantiles and
// outcomes equal query_range of the same PromQL sent straight to the server; incidents cover the
// steps that failed.
void TestPrometheusHistory::checkOverTimeEqualsDirectPromql()
{
    QFETCH(QString, server);
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = baseUrl(server);
    PrometheusOverTime overTime(endpoint);
    PrometheusCheckRequest request;
    request.checkId = checkId(0);
    request.checkName = QStringLiteral("check-0000");
    const std::int64_t hour = 3600000;
    request.nowMs = m_history->lastMs / hour * hour;
    request.range = { request.nowMs - day, request.nowMs };
    request.stepMs = hour;
    request.statusWindowMs = 2 * interval;
    QSignalSpy finished(&overTime, &PrometheusOverTime::finished);
    overTime.read(request);
    QVERIFY(finished.wait(120000));
    const auto answer = finished.constFirst().constFirst().value<PrometheusCheckAnswer>();
    QVERIFY2(answer.overTime, qPrintable(answer.failure.message));
    const CheckOverTime &course = *answer.overTime;
    QCOMPARE(course.zones.size(), std::size_t(4));
    QCOMPARE(course.total.size(), std::size_t(24));
    QCOMPARE(course.total.back().toMs, request.nowMs);

    QString error;
    const auto promql = PromqlQueries::forEndpoint(endpoint, &error);
    QVERIFY2(promql, qPrintable(error));
    const auto matrix = [&](const QString &expression) {
        return DirectPrometheusQuery::steps(baseUrl(server), expression, request.range.fromMs + hour,
            request.range.toMs, hour, { QStringLiteral("zone"), QStringLiteral("status") }, &error);
    };
    const auto p95 = matrix(promql->latencyQuantile(0.95, hour, { request.checkId }));
    const auto outcomes = matrix(promql->outcomes(hour, { request.checkId }));
    int compared = 0;
    double failures = 0;
    for (std::size_t z = 0; z < course.zones.size(); ++z) {
        const QString zone = course.zones[z];
        for (const StepPoint &point : course.perZone[z]) {
            const auto quantile = p95.find(zone + QLatin1Char('/'));
            QVERIFY(quantile != p95.end());
            const double expected = quantile->second.at(point.toMs);
            if (std::isnan(expected)) {
                QVERIFY(!point.statistics.p95.isValid());
            } else if (server == QLatin1String("prometheus")) {
                QCOMPARE(point.statistics.p95.value, expected);
            } else {
                // VictoriaMetrics' increase() takes its base from what each query read before
                // the step, and two identical queries (one cached) answered 0.48125 and 0.4875 in
                // CI: the same bucket, so the same bounds, are what can be held against it.
                QVERIFY(point.statistics.p95.isValid());
                QVERIFY(expected >= point.statistics.p95.lowerBound && expected <= point.statistics.p95.upperBound);
            }
            QCOMPARE(point.success, outcomes.at(zone + QStringLiteral("/success")).at(point.toMs));
            const auto failure = outcomes.find(zone + QStringLiteral("/failure"));
            if (failure != outcomes.end() && failure->second.count(point.toMs)) {
                QCOMPARE(point.failure, failure->second.at(point.toMs));
                failures += point.failure;
            }
            ++compared;
        }
    }
    QCOMPARE(compared, 4 * 24);
    QVERIFY2(failures > 0, "the generated day fails this check somewhere");
    double inIncidents = 0;
    for (const Incident &incident : course.incidents) {
        QVERIFY(incident.endMs > incident.startMs);
        QVERIFY(!incident.zones.isEmpty());
        inIncidents += incident.failures;
    }
    QCOMPARE(inIncidents, failures);
}

// A server whose sample limit a fine status strip over both checks exceeds (a range query's points
// all count): the read divides the checks until each piece passes, and the snapshot equals the one
// an unlimited server gives for the same data. (An instant query's increase() holds one series'
// window at a time, so its limit is met by time, not by checks.)
void TestPrometheusHistory::aWindowTooLargeForTheServerIsAskedInPieces()
{
    PrometheusProcess limited;
    QString error;
    QVERIFY2(limited.backfill(m_history->path, &error), qPrintable(error));
    PrometheusProcess::Options options;
    options.extraArguments << QStringLiteral("--query.max-samples=10000");
    QVERIFY2(limited.start(options, &error), qPrintable(error));

    PrometheusRangeRequest request;
    const std::int64_t time = m_history->lastMs + 1;
    request.window = { time - 7 * day, time };
    request.nowMs = time;
    request.statusWindowMs = 2 * interval;
    request.stripCells = 400; // 16 series × 400 points, twice (increase, then sum)
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = limited.baseUrl();
    PrometheusSnapshots pieces(endpoint);
    QSignalSpy progress(&pieces, &PrometheusSnapshots::progressed);
    const PrometheusRangeAnswer divided = readAnswer(pieces, request);
    QVERIFY2(divided.snapshot, qPrintable(divided.failure.message));
    // buildinfo, ten queries, the checks' list and the strip's two halves.
    QVERIFY2(progress.constLast().at(1).toInt() >= 14, qPrintable(QString::number(progress.constLast().at(1).toInt())));

    endpoint.baseUrl = m_prometheus.baseUrl();
    PrometheusSnapshots whole(endpoint);
    const PrometheusRangeAnswer once = readAnswer(whole, request);
    QVERIFY2(once.snapshot, qPrintable(once.failure.message));
    QCOMPARE(divided.snapshot->checks.size(), once.snapshot->checks.size());
    for (std::size_t c = 0; c < once.snapshot->checks.size(); ++c) {
        const CheckHealth &a = divided.snapshot->checks[c];
        const CheckHealth &b = once.snapshot->checks[c];
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.zones.size(), b.zones.size());
        for (std::size_t z = 0; z < a.zones.size(); ++z) {
            QCOMPARE(a.zones[z].buckets, b.zones[z].buckets);
            QCOMPARE(a.zones[z].success, b.zones[z].success);
            QCOMPARE(a.zones[z].failure, b.zones[z].failure);
            QCOMPARE(a.zones[z].statistics.p95.value, b.zones[z].statistics.p95.value);
        }
        QVERIFY(a.timeline && b.timeline);
        QCOMPARE(a.timeline->strip.size(), std::size_t(400));
        for (std::size_t cell = 0; cell < a.timeline->strip.size(); ++cell) {
            QCOMPARE(a.timeline->strip[cell].failure, b.timeline->strip[cell].failure);
            QCOMPARE(a.timeline->strip[cell].status, b.timeline->strip[cell].status);
        }
    }

    // A copy of a day in one slice loads more samples than the limit: asked again in halves
    // (eight slices of three hours here), it holds every sample of that day.
    QBuffer copied;
    QList<std::int64_t> slices;
    const auto copy = copyInto(copied, limited.baseUrl(), { m_history->lastMs - day, m_history->lastMs }, day, &slices);
    QVERIFY2(copy.ok(), qPrintable(copy.failure.message));
    QVERIFY2(slices.size() > 1, qPrintable(QString::number(slices.size())));
    QCOMPARE(copy.samples, qint64(copied.data().count('\n') - 1)); // # EOF aside
    QVERIFY(copy.samples > 10000); // more than the server loads at once: why it took pieces
    QCOMPARE(copy.series, qint64(pairs) * 16); // 12 buckets (+Inf too), _sum, _count, success, failure

    // Not even one check fits: the server's refusal is said, not hidden.
    PrometheusProcess tiny;
    QVERIFY2(tiny.backfill(m_history->path, &error), qPrintable(error));
    options.extraArguments = QStringList { QStringLiteral("--query.max-samples=100") };
    QVERIFY2(tiny.start(options, &error), qPrintable(error));
    endpoint.baseUrl = tiny.baseUrl();
    PrometheusSnapshots refused(endpoint);
    const PrometheusRangeAnswer failed = readAnswer(refused, request);
    QVERIFY(!failed.snapshot);
    QVERIFY2(failed.failure.message.contains(QStringLiteral("samples")), qPrintable(failed.failure.message));
}

namespace {

// Every health-check sample of `sourceName` in `window`, as `history export` writes them.
QByteArray exportedSamples(const QString &path, const QString &sourceName, const TimeWindow &window, QString *error)
{
    HistoryStore store(path);
    if (!store.open(HistoryStore::Access::ReadOnly, error)) {
        return {};
    }
    const auto source = store.source(sourceName, error);
    if (!source) {
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!OpenMetricsBackfill::exportTo(buffer, store, { *source }, window, error)) {
        return {};
    }
    return buffer.data();
}

} // namespace

void TestPrometheusHistory::aCopyHoldsTheServersSamples_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<qint64>("sliceMs");
    QTest::newRow("prometheus") << QStringLiteral("prometheus") << qint64(6 * 3600000);
    QTest::newRow("victoriametrics") << QStringLiteral("victoriametrics") << qint64(6 * 3600000);
    // Slices that end on a scrape: Prometheus 2 returns a boundary's sample in both.
    QTest::newRow("prometheus, slices on the scrapes") << QStringLiteral("prometheus") << qint64(interval);
}

// `history import --prometheus`'s copy: two days of the week, copied from each server slice by
// slice and imported into a new history, are the very samples of the history they were generated
// from (the server keeps floats exactly, and so does the copy), no sample twice or missing.
void TestPrometheusHistory::aCopyHoldsTheServersSamples()
{
    QFETCH(QString, server);
    QFETCH(qint64, sliceMs);
    // Ending on a scrape (the window's end is inclusive) and starting on one (exclusive).
    const TimeWindow window { m_history->lastMs - 2 * day, m_history->lastMs };
    QBuffer copied;
    QList<std::int64_t> progressed;
    const auto result = copyInto(copied, baseUrl(server), window, sliceMs, &progressed);
    QVERIFY2(result.ok(), qPrintable(result.failure.message));
    QCOMPARE(progressed.size(), qsizetype((2 * day + sliceMs - 1) / sliceMs));
    QCOMPARE(progressed.constLast(), 2 * day);

    const QString path = m_directory.filePath(
        QStringLiteral("copy-%1.sqlite")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QString error;
    {
        HistoryStore store(path);
        QVERIFY2(store.open(HistoryStore::Access::ReadWrite, &error), qPrintable(error));
        copied.seek(0);
        const auto imported = OpenMetricsBackfill::import(copied, server, store, QStringLiteral("fleet"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.samples, result.samples);
    }

    const QByteArray original = exportedSamples(m_history->historyPath, QStringLiteral("fleet"), window, &error);
    QVERIFY2(!original.isEmpty(), qPrintable(error));
    const QByteArray copiedSamples = exportedSamples(path, QStringLiteral("fleet"), window, &error);
    QVERIFY2(!copiedSamples.isEmpty(), qPrintable(error));
    QCOMPARE(copiedSamples.count('\n'), original.count('\n'));
    if (server == QLatin1String("prometheus")) {
        QVERIFY(copiedSamples == original);
        return;
    }
    // VictoriaMetrics keeps about twelve significant digits of a float (its decimal encoding):
    // every line the same but a _sum's value, which agrees to that precision.
    const QList<QByteArray> originalLines = original.split('\n');
    const QList<QByteArray> copiedLines = copiedSamples.split('\n');
    int rounded = 0;
    for (qsizetype i = 0; i < originalLines.size(); ++i) {
        if (originalLines[i] == copiedLines[i]) {
            continue;
        }
        const QList<QByteArray> was = originalLines[i].split(' ');
        const QList<QByteArray> is = copiedLines[i].split(' ');
        QVERIFY2(was.size() == 3 && is.size() == 3 && was[0] == is[0] && was[2] == is[2]
                && was[0].startsWith("healthcheck_duration_seconds_sum{"),
            QByteArray(originalLines[i] + " / " + copiedLines[i]).constData());
        QVERIFY2(std::abs(was[1].toDouble() - is[1].toDouble()) <= 1e-11 * std::abs(was[1].toDouble()),
            QByteArray(originalLines[i] + " / " + copiedLines[i]).constData());
        ++rounded;
    }
    QVERIFY(rounded > 0); // the rounding this allows for happened: it is VictoriaMetrics'
}

QTEST_GUILESS_MAIN(TestPrometheusHistory)
#include "tst_prometheus_history.moc"
