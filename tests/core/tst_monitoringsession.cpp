// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/simulator/simulatorserver.h"
#include "core/sources/monitoringsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace appclacks::core;

class TestMonitoringSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoIsScrapedOverHttp()
    {
        MonitoringSession session;
        QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
        session.openDemo(3);
        QCOMPARE(session.sourceType(), MonitoringSession::SourceType::Demo);
        QVERIFY(session.simulator());
        QVERIFY(displayed.wait(10000));
        const auto snapshot = session.displayed();
        QVERIFY(snapshot);
        QVERIFY(snapshot->checks.size() >= 5);
        QCOMPARE(snapshot->source, QStringLiteral("demo"));
        // The demo's simulator saw a real, authenticated HTTP request.
        const QList<RecordedRequest> requests = session.simulator()->requests();
        QVERIFY(!requests.isEmpty());
        QVERIFY(requests.constLast().header("Authorization").startsWith("Basic "));
        QCOMPARE(session.lastScrape().httpStatus, 200);
    }

    void windowsComeFromTheSessionsSnapshots()
    {
        MonitoringSession session;
        QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
        session.openDemo(3);
        QVERIFY(displayed.wait(10000));
        const double cumulative = session.displayed()->checks.front().total.success;
        session.simulator()->setTimeScale(0);
        session.simulator()->advance(300); // ten probes per check and zone
        session.refreshNow();
        QVERIFY(displayed.wait(10000));
        QVERIFY(session.displayed()->checks.front().total.success > cumulative);

        session.setWindow({ ObservationWindow::Kind::SinceAppStarted, 10 });
        const auto window = session.displayed();
        const double moved = window->checks.front().total.success + window->checks.front().total.failure;
        QVERIFY2(moved > 0 && moved < cumulative, qPrintable(QString::number(moved)));
        QCOMPARE(session.window().label(), QStringLiteral("since the app started"));
        session.setWindow({ ObservationWindow::Kind::SinceProberStarted, 10 });
        QVERIFY(session.displayed()->checks.front().total.success > cumulative);
    }

    void badFileKeepsTheLastGoodData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.prom"));
        QFile::copy(QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom"), path);
        MonitoringSession session;
        QSignalSpy finished(&session, &MonitoringSession::refreshFinished);
        session.openFile(path);
        QVERIFY(finished.wait(10000));
        QVERIFY(session.displayed());
        QCOMPARE(session.displayed()->checks.size(), std::size_t(2));
        QVERIFY(!session.isStale());

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("healthcheck_total{name=\"x\" 1\n");
        file.close();
        QSignalSpy failed(&session, &MonitoringSession::failed);
        session.refreshNow();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String(":1:")));
        QCOMPARE(session.displayed()->checks.size(), std::size_t(2)); // nothing lost
        QVERIFY(session.isStale());
    }
};

QTEST_GUILESS_MAIN(TestMonitoringSession)
#include "tst_monitoringsession.moc"
