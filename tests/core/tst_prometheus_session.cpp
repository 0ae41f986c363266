// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// A profile of the kind "Prometheus-compatible server" opened by the window's MonitoringSession,
// against a real Prometheus scraping the simulator: every view's snapshot comes from the server
// (its figures equal the same PromQL sent straight to it, and the status says which server), a
// range switch asks it again, the focused check's course arrives, a refresh that fails keeps the
// last good figures, and a refresh can be cancelled.

#include "core/applicationidentity.h"
#include "core/profiles/profilestore.h"
#include "core/prometheus/promqlqueries.h"
#include "core/sources/monitoringsession.h"
#include "simulator/simulatorserver.h"
#include "tests/support/directprometheusquery.h"
#include "tests/support/prometheusprocess.h"
#include "tests/support/scrapingprometheus.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>

using namespace appclacks::core;
using appclacks::simulator::SimulatorServer;
using appclacks::tests::DirectPrometheusQuery;
using appclacks::tests::PrometheusProcess;
using appclacks::tests::ScrapingPrometheus;

class TestPrometheusSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFigureIsTheServers();
    void aFocusedCheckGetsItsCourse();
    void aFailedRefreshKeepsTheLastGoodFigures();
    void aSlowServerCanBeCancelled();

private:
    /// The server's own values of `expression` at `timeMs`, by "id/zone/status".
    std::map<QString, double> direct(const QString &expression, std::int64_t timeMs) const;
    /// Opens the profile in `session` and waits for its first figures.
    std::shared_ptr<const HealthSnapshot> openAndWait(MonitoringSession &session) const;

    ScrapingPrometheus m_live;
};

std::map<QString, double> TestPrometheusSession::direct(const QString &expression, std::int64_t timeMs) const
{
    QString error;
    return DirectPrometheusQuery::values(m_live.baseUrl(), expression, timeMs,
        { QStringLiteral("id"), QStringLiteral("zone"), QStringLiteral("status") }, &error);
}

void TestPrometheusSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyApplicationIdentity(); // profiles live in the application's settings
    QSettings().clear();
    QString error;
    QVERIFY2(m_live.start(8, &error), qPrintable(error));

    Profile profile;
    profile.name = QStringLiteral("local prometheus");
    profile.kind = EndpointKind::PrometheusServer;
    profile.url = m_live.baseUrl();
    profile.authMode = AuthMode::None;
    profile.labelMatchers = ScrapingPrometheus::matcher();
    profile.refreshIntervalSeconds = 0; // refreshed by the test only
    ProfileStore().save(profile);
}

std::shared_ptr<const HealthSnapshot> TestPrometheusSession::openAndWait(MonitoringSession &session) const
{
    QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
    session.open(SourceSpec::fromProfile(QStringLiteral("local prometheus")));
    for (int i = 0; i < 10 && !session.displayed() && session.status().error.isEmpty(); ++i) {
        displayed.wait(10000);
    }
    return session.displayed();
}

void TestPrometheusSession::everyFigureIsTheServers()
{
    MonitoringSession session;
    session.setRefreshInterval(0);
    // A range that ended a few seconds ago: nothing still arrives in it while both ask.
    const std::int64_t to = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 3000;
    session.setRange(TimeRange::custom(to - 8000, to));
    const auto shown = openAndWait(session);
    QVERIFY2(shown, qPrintable(session.status().error));
    QCOMPARE(shown->checks.size(), std::size_t(8));
    QCOMPARE(shown->rangeFromMs, to - 8000);
    QCOMPARE(shown->rangeToMs, to);
    QVERIFY(session.status().hasHistory);
    QVERIFY2(session.status().computedBy.startsWith(QStringLiteral("Prometheus 2.")),
        qPrintable(session.status().computedBy));
    QCOMPARE(shown->computedBy, session.status().computedBy);
    QVERIFY(shown->statusFromHistory);

    PromqlQueries promql({ { QStringLiteral("job"), LabelMatcher::Op::Equal, QStringLiteral("simulator") } },
        QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("zone"));
    const auto outcomes = direct(promql.outcomes(8000), to);
    int compared = 0;
    for (const CheckHealth &check : shown->checks) {
        QVERIFY(check.timeline);
        QCOMPARE(check.zones.size(), std::size_t(3));
        for (const ZoneHealth &zone : check.zones) {
            const QString key = check.id + QLatin1Char('/') + zone.zone + QLatin1Char('/');
            const auto success = outcomes.find(key + QStringLiteral("success"));
            QCOMPARE(zone.success, success == outcomes.end() ? 0.0 : success->second);
            const auto failure = outcomes.find(key + QStringLiteral("failure"));
            QCOMPARE(zone.failure, failure == outcomes.end() ? 0.0 : failure->second);
            ++compared;
        }
    }
    QCOMPARE(compared, 24);
    // The simulator's scenario fails one check everywhere: the server says so now.
    QVERIFY(shown->failingChecks >= 1);
    QCOMPARE(shown->worstStatus, CheckStatus::GlobalOutage);

    // Each figure's PromQL, for the check alone, gives the same when pasted elsewhere.
    const CheckHealth &first = shown->checks.front();
    const auto queries = session.promqlFor(first.key);
    QCOMPARE(queries.size(), 9);
    const auto copied = std::find_if(queries.begin(), queries.end(),
        [](const QPair<QString, QString> &query) { return query.first == QStringLiteral("Successes and Failures"); });
    QVERIFY(copied != queries.end());
    QVERIFY2(copied->second.contains(first.id), qPrintable(copied->second));
    const auto pasted = direct(copied->second, to);
    double successes = 0;
    for (const auto &[key, value] : pasted) {
        QVERIFY2(key.startsWith(first.id + QLatin1Char('/')), qPrintable(key));
        successes += key.endsWith(QStringLiteral("/success")) ? value : 0.0;
    }
    QCOMPARE(successes, first.total.success);
    // Uptime over 24 hours, as the list shows it, is what its copied query gives at the same time.
    const auto uptime = std::find_if(queries.begin(), queries.end(),
        [](const QPair<QString, QString> &query) { return query.first == QStringLiteral("Uptime, 24 Hours"); });
    QVERIFY(uptime != queries.end());
    const auto uptimePasted = direct(uptime->second, to);
    QCOMPARE(uptimePasted.size(), std::size_t(1));
    QVERIFY(first.timeline);
    QVERIFY(std::isfinite(first.timeline->uptime[0]));
    QVERIFY2(std::abs(uptimePasted.begin()->second - first.timeline->uptime[0]) < 1e-12,
        qPrintable(
            QStringLiteral("%1 pasted, %2 shown").arg(uptimePasted.begin()->second).arg(first.timeline->uptime[0])));
    QVERIFY(MonitoringSession().promqlFor(first.key).isEmpty());

    // Another range asks the server again, over that range.
    QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
    session.setRange(TimeRange::last(15 * 60 * 1000));
    QVERIFY(displayed.wait(30000));
    QVERIFY(session.displayed());
    QCOMPARE(session.displayed()->rangeToMs - session.displayed()->rangeFromMs, 15 * 60 * 1000);
    QCOMPARE(session.displayed()->checks.front().timeline->strip.size(), std::size_t(30));
}

void TestPrometheusSession::aFocusedCheckGetsItsCourse()
{
    MonitoringSession session;
    session.setRefreshInterval(0);
    session.setRange(TimeRange::last(15 * 60 * 1000));
    const auto shown = openAndWait(session);
    QVERIFY2(shown, qPrintable(session.status().error));
    QSignalSpy overTime(&session, &MonitoringSession::checkOverTimeChanged);
    const CheckHealth &check = shown->checks.front();
    session.setFocusedCheck(check.key);
    QVERIFY(overTime.wait(30000));
    const auto course = overTime.constLast().constFirst().value<std::shared_ptr<const CheckOverTime>>();
    QVERIFY(course);
    QCOMPARE(course->key, check.id);
    QCOMPARE(course->zones.size(), std::size_t(3));
    QCOMPARE(course->stepMs, std::int64_t(60000)); // the server's shortest step
    QCOMPARE(course->total.size(), std::size_t(15));
    // The newest minutes have the simulator's probes in them. Steps lie on whole minutes, the
    // newest one ending after now: a second into it, it holds one scrape and no increase yet
    // (as in CI, once), and the step before it holds the probes.
    const auto newest = std::find_if(
        course->total.rbegin(), course->total.rend(), [](const StepPoint &step) { return step.hasSamples; });
    QVERIFY(newest != course->total.rend());
    QVERIFY2(newest - course->total.rbegin() <= 1, qPrintable(QString::number(newest - course->total.rbegin())));
    QVERIFY(newest->success + newest->failure > 0);
}

void TestPrometheusSession::aFailedRefreshKeepsTheLastGoodFigures()
{
    PrometheusProcess second;
    QString error;
    QVERIFY2(second.start({}, &error), qPrintable(error));
    Profile profile;
    profile.name = QStringLiteral("going away");
    profile.kind = EndpointKind::PrometheusServer;
    profile.url = second.baseUrl();
    profile.authMode = AuthMode::None;
    profile.refreshIntervalSeconds = 0;
    ProfileStore().save(profile);

    MonitoringSession session;
    session.setRefreshInterval(0);
    session.setRange(TimeRange::last(15 * 60 * 1000));
    QSignalSpy statuses(&session, &MonitoringSession::statusChanged);
    session.open(SourceSpec::fromProfile(QStringLiteral("going away")));
    // This server holds no health checks: an empty snapshot, and the selector looked for.
    QTRY_VERIFY_WITH_TIMEOUT(session.displayed() != nullptr, 30000);
    QVERIFY(session.displayed()->checks.empty());
    QVERIFY2(session.status().error.contains(QStringLiteral("healthcheck_total")), qPrintable(session.status().error));
    const auto good = session.displayed();

    second.stop();
    session.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!session.status().refreshing && !session.status().error.isEmpty(), 30000);
    QVERIFY2(session.status().error.contains(QStringLiteral("Cannot reach")), qPrintable(session.status().error));
    QVERIFY(session.status().stale);
    QCOMPARE(session.displayed(), good);
}

void TestPrometheusSession::aSlowServerCanBeCancelled()
{
    // The simulator holding its first byte back 20 s stands for a server busy with a month.
    appclacks::simulator::SimulatorFaultParameters parameters;
    parameters.firstByteDelayMs = 20000;
    m_live.simulator().setFault(SimulatorServer::Fault::SlowFirstByte, parameters);
    Profile profile;
    profile.name = QStringLiteral("slow");
    profile.kind = EndpointKind::PrometheusServer;
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_live.simulator().port()));
    profile.authMode = AuthMode::None;
    profile.refreshIntervalSeconds = 0;
    ProfileStore().save(profile);

    MonitoringSession session;
    session.setRefreshInterval(0);
    session.setRange(TimeRange::last(15 * 60 * 1000));
    session.open(SourceSpec::fromProfile(QStringLiteral("slow")));
    QTRY_VERIFY_WITH_TIMEOUT(session.status().refreshing, 10000);
    QElapsedTimer clock;
    clock.start();
    session.cancelRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(!session.status().refreshing, 10000);
    QVERIFY(clock.elapsed() < 10000); // not the server's 20 s
    QVERIFY2(session.status().error.isEmpty(), qPrintable(session.status().error));
    QVERIFY(!session.displayed());
    m_live.simulator().setFault(SimulatorServer::Fault::None);
}

QTEST_GUILESS_MAIN(TestPrometheusSession)
#include "tst_prometheus_session.moc"
