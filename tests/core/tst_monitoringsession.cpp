// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/monitoringsession.h"
#include "simulator/demolauncher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace appclacks::core;
using appclacks::simulator::SimulatedDemo;

namespace {

SimulatedDemo *demoOf(const MonitoringSession &session)
{
    return dynamic_cast<SimulatedDemo *>(session.demoServer());
}

} // namespace

class TestMonitoringSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoIsScrapedOverHttp()
    {
        MonitoringSession session(appclacks::simulator::demoLauncher());
        QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
        QSignalSpy statuses(&session, &MonitoringSession::statusChanged);
        session.open(SourceSpec::demo(3));
        QCOMPARE(session.status().spec.kind, SourceKind::Demo);
        QTRY_VERIFY_WITH_TIMEOUT(session.displayed(), 10000);
        QVERIFY(demoOf(session));
        const auto snapshot = session.displayed();
        QVERIFY(snapshot->checks.size() >= 5);
        QCOMPARE(snapshot->source, QStringLiteral("demo"));
        // The demo's simulator saw a real, authenticated HTTP request.
        const QList<appclacks::simulator::RecordedRequest> requests = demoOf(session)->server().requests();
        QVERIFY(!requests.isEmpty());
        QVERIFY(requests.constLast().header("Authorization").startsWith("Basic "));
        // The status was pushed, not asked for: opening, refreshing, then the good refresh.
        QVERIFY(statuses.size() >= 3);
        const auto last = statuses.constLast().constFirst().value<SessionStatus>();
        QCOMPARE(last.lastScrape.httpStatus, 200);
        QCOMPARE(last.sourceName, QStringLiteral("demo"));
        QVERIFY(!last.refreshing && !last.opening && !last.stale);
        QVERIFY(last.lastGoodTime.isValid());
        QVERIFY(last.nextRefresh > QDateTime::currentDateTimeUtc());
        // Issue 11: the demo keeps the interval the window chose; it no longer switches to 10 s.
        QCOMPARE(last.refreshIntervalSeconds, 30);
    }

    void snapshotsArriveComplete()
    {
        // Every statistic the views read was computed before the snapshot reached this thread.
        MonitoringSession session(appclacks::simulator::demoLauncher());
        session.open(SourceSpec::demo(3));
        QTRY_VERIFY_WITH_TIMEOUT(session.displayed(), 10000);
        const auto snapshot = session.displayed();
        int failing = 0;
        for (const CheckHealth &check : snapshot->checks) {
            QVERIFY(check.total.statistics.observations > 0);
            QVERIFY(!std::isnan(check.total.statistics.successRatio));
            QCOMPARE(check.severity, severityOf(check.status));
            failing += check.failingZones > 0 ? 1 : 0;
        }
        QCOMPARE(snapshot->failingChecks, failing);
        QCOMPARE(snapshot->worstFirst.size(), snapshot->checks.size());
        for (std::size_t i = 1; i < snapshot->worstFirst.size(); ++i) {
            QVERIFY(snapshot->checks[snapshot->worstFirst[i - 1]].severity
                <= snapshot->checks[snapshot->worstFirst[i]].severity);
        }
        QVERIFY(!snapshot->hasPrevious); // the first refresh only sets the baseline
    }

    void windowsComeFromTheSessionsSnapshots()
    {
        MonitoringSession session(appclacks::simulator::demoLauncher());
        QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
        session.open(SourceSpec::demo(3));
        QTRY_VERIFY_WITH_TIMEOUT(session.displayed(), 10000);
        const double cumulative = session.displayed()->checks.front().total.success;
        demoOf(session)->server().setTimeScale(0);
        demoOf(session)->server().advance(300); // ten probes per check and zone
        displayed.clear();
        session.refreshNow();
        QVERIFY(displayed.wait(10000));
        QVERIFY(session.displayed()->checks.front().total.success > cumulative);
        QVERIFY(session.latest()->hasPrevious);

        displayed.clear();
        session.setWindow({ ObservationWindow::Kind::SinceAppStarted, 10 });
        QVERIFY(displayed.wait(10000)); // computed on a worker, like every statistic
        const auto window = session.displayed();
        const double moved = window->checks.front().total.success + window->checks.front().total.failure;
        QVERIFY2(moved > 0 && moved < cumulative, qPrintable(QString::number(moved)));
        QCOMPARE(session.window().label(), QStringLiteral("since the app started"));
        displayed.clear();
        session.setWindow({ ObservationWindow::Kind::SinceProberStarted, 10 });
        QVERIFY(displayed.wait(10000));
        QVERIFY(session.displayed()->checks.front().total.success > cumulative);
    }

    void badFileKeepsTheLastGoodData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.prom"));
        QVERIFY(QFile::copy(QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom"), path));
        MonitoringSession session;
        session.open(SourceSpec::file(path));
        QTRY_VERIFY_WITH_TIMEOUT(session.displayed(), 10000);
        QCOMPARE(session.displayed()->checks.size(), std::size_t(2));
        QCOMPARE(session.status().sourceName, QStringLiteral("metrics.prom"));
        QVERIFY(!session.status().stale);
        QVERIFY(!session.status().nextRefresh.isValid()); // a file is read again only when asked

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("healthcheck_total{name=\"x\" 1\n");
        file.close();
        QSignalSpy statuses(&session, &MonitoringSession::statusChanged);
        session.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(session.status().stale, 10000);
        QVERIFY2(session.status().error.contains(QLatin1String("metrics.prom:1:")), qPrintable(session.status().error));
        QCOMPARE(session.status().lastScrape.error, ScrapeError::BadData);
        QCOMPARE(session.displayed()->checks.size(), std::size_t(2)); // nothing lost
    }

    void demoWithoutTheSimulatorSaysSo()
    {
        MonitoringSession session; // no launcher: a build without the simulator
        session.open(SourceSpec::demo());
        QTRY_VERIFY_WITH_TIMEOUT(!session.status().error.isEmpty(), 5000);
        QVERIFY(session.status().error.contains(QLatin1String("demo")));
        QVERIFY(!session.displayed());
    }
};

QTEST_GUILESS_MAIN(TestMonitoringSession)
#include "tst_monitoringsession.moc"
