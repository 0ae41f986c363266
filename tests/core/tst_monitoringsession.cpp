// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/failurewatch.h"
#include "core/history/historyqueries.h"
#include "core/history/historyrecorder.h"
#include "core/history/rangesnapshots.h"
#include "core/sources/monitoringsession.h"
#include "simulator/demolauncher.h"

#include <QElapsedTimer>
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

    void withoutHistoryStatusComesFromTheLastTwoScrapes()
    {
        MonitoringSession session(appclacks::simulator::demoLauncher()); // no recorder: no history
        QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
        session.open(SourceSpec::demo(3));
        QTRY_VERIFY_WITH_TIMEOUT(session.displayed(), 10000);
        QVERIFY(!session.status().hasHistory);
        // One scrape says nothing about now, whatever its lifetime counters hold.
        for (const CheckHealth &check : session.displayed()->checks) {
            QCOMPARE(check.status, CheckStatus::NoData);
            QVERIFY(!check.timeline);
        }
        demoOf(session)->server().setTimeScale(0);
        demoOf(session)->server().advance(300); // ten probes per check and zone
        displayed.clear();
        session.refreshNow();
        QVERIFY(displayed.wait(10000));
        const auto snapshot = session.displayed();
        QVERIFY(!snapshot->statusFromHistory);
        QVERIFY(snapshot->hasPrevious);
        for (const CheckHealth &check : snapshot->checks) {
            QVERIFY(check.status != CheckStatus::NoData);
            int failingNow = 0;
            for (const ZoneHealth &zone : check.zones) {
                failingNow += zone.failingNow ? 1 : 0;
            }
            QCOMPARE(check.failingZones, failingNow);
            QCOMPARE(check.status == CheckStatus::Passing, failingNow == 0);
        }
        // The figures are the prober's counters: the range needs a history.
        displayed.clear();
        session.setRange(TimeRange::last(3600 * 1000));
        QVERIFY(displayed.wait(10000));
        QCOMPARE(session.displayed()->checks.front().total.success, session.latest()->checks.front().total.success);
    }

    void rangesComeFromTheHistory()
    {
        QTemporaryDir dir;
        const QString userHistory = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryRecorder recorder(userHistory);
        MonitoringSession session(appclacks::simulator::demoLauncher());
        session.setRecorder(&recorder);
        QSignalSpy displayed(&session, &MonitoringSession::displayedChanged);
        QSignalSpy refreshed(&session, &MonitoringSession::refreshed);
        session.open(SourceSpec::demo(3));
        QTRY_VERIFY_WITH_TIMEOUT(session.displayed(), 15000);
        QVERIFY(session.status().hasHistory);
        // The demo's made-up day lives in a history of its own, never in the user's.
        QVERIFY(!session.historyPath().isEmpty());
        QVERIFY(session.historyPath() != userHistory);
        QVERIFY(session.displayed()->statusFromHistory);
        QCOMPARE(session.range(), TimeRange::sinceProberStarted()); // until one is chosen
        const CheckHealth &first = session.displayed()->checks.front();
        QVERIFY(first.timeline); // since when, uptime, strip
        QVERIFY(!std::isnan(first.timeline->uptime[0])); // the day is there at once
        QCOMPARE(first.timeline->strip.size(), std::size_t(30));

        demoOf(session)->server().setTimeScale(0);
        demoOf(session)->server().advance(300);
        refreshed.clear();
        session.refreshNow();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(session.displayed()->hasPrevious);

        // The last hour: exactly what the history answers for that window.
        displayed.clear();
        session.setRange(TimeRange::last(3600 * 1000));
        QVERIFY(displayed.wait(10000)); // read on the history's thread
        QCOMPARE(refreshed.size(), 1); // a change of range is no news
        const auto window = session.displayed();
        QCOMPARE(window->rangeToMs, session.latest()->scrapedAt.toMSecsSinceEpoch());
        QCOMPARE(window->rangeFromMs, window->rangeToMs - 3600 * 1000);
        HistoryStore store(session.historyPath());
        QString error;
        QVERIFY2(store.open(HistoryStore::Access::ReadOnly, &error), qPrintable(error));
        const auto source = store.source(QStringLiteral("demo"), &error);
        QVERIFY(source);
        const auto expected = HistoryQueries::window(
            store, *source, { window->rangeFromMs, window->rangeToMs }, window->thresholdSeconds, &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(window->checks.size(), expected->checks.size());
        for (std::size_t i = 0; i < expected->checks.size(); ++i) {
            QCOMPARE(window->checks[i].key, expected->checks[i].key);
            QCOMPARE(window->checks[i].total.success, expected->checks[i].total.success);
            QCOMPARE(window->checks[i].total.failure, expected->checks[i].total.failure);
        }
        QVERIFY(window->checks.front().total.success < session.latest()->checks.front().total.success);

        // "Since the prober started" shows the counters as they stand.
        displayed.clear();
        session.setRange(TimeRange::sinceProberStarted());
        QVERIFY(displayed.wait(10000));
        QCOMPARE(session.displayed()->checks.front().total.success, session.latest()->checks.front().total.success);
        QCOMPARE(session.displayed()->rangeToMs, 0);

        // The focused check's course over the range follows.
        QSignalSpy overTime(&session, &MonitoringSession::checkOverTimeChanged);
        session.setFocusedCheck(window->checks.front().key);
        QVERIFY(overTime.wait(10000));
        const auto course = overTime.constLast().constFirst().value<std::shared_ptr<const CheckOverTime>>();
        QVERIFY(course);
        QCOMPARE(course->key, window->checks.front().key);
        QVERIFY(course->total.size() > 10);

        // Issue 11: a course asked for again (back to a check just seen, the same scrape and
        // range) is the one computed before, not computed twice; another check's is its own.
        session.setRefreshInterval(0); // no new scrape meanwhile: the same "now"
        overTime.clear();
        const QString second = session.displayed()->checks.back().key;
        QVERIFY(second != course->key);
        session.setFocusedCheck(second);
        QVERIFY(overTime.wait(10000));
        const auto other = overTime.constLast().constFirst().value<std::shared_ptr<const CheckOverTime>>();
        QVERIFY(other && other->key == second);
        session.setFocusedCheck(course->key);
        QTRY_COMPARE_WITH_TIMEOUT(overTime.size(), 2, 10000);
        QCOMPARE(overTime.constLast().constFirst().value<std::shared_ptr<const CheckOverTime>>().get(), course.get());
        // A new scrape is a new "now": computed again.
        session.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(overTime.size() >= 3, 10000);
        const auto renewed = overTime.constLast().constFirst().value<std::shared_ptr<const CheckOverTime>>();
        QVERIFY(renewed && renewed->key == course->key && renewed.get() != course.get());

        // Moving through the list faster than the history answers: only the check still
        // selected is told, once.
        overTime.clear();
        for (const CheckHealth &check : session.displayed()->checks) {
            session.setFocusedCheck(check.key);
        }
        QVERIFY(overTime.wait(10000));
        QVERIFY(!overTime.wait(300)); // and nothing after it
        QCOMPARE(overTime.size(), 1);
        QCOMPARE(overTime.constFirst().constFirst().value<std::shared_ptr<const CheckOverTime>>()->key,
            session.displayed()->checks.back().key);
    }

    // Issue 11: the news (and so the tray and the notifications) follows the status the list
    // shows, exactly: a check that starts failing now is news once.
    void transitionsFollowTheStatusNow()
    {
        QTemporaryDir dir;
        HistoryRecorder recorder(dir.filePath(QStringLiteral("history.sqlite")));
        MonitoringSession session(appclacks::simulator::demoLauncher());
        session.setRecorder(&recorder);
        session.setStatusWindowMinutes(1);
        QSignalSpy refreshed(&session, &MonitoringSession::refreshed);
        session.open(SourceSpec::demo(3));
        QVERIFY(refreshed.wait(15000));
        appclacks::simulator::SimulatorServer &server = demoOf(session)->server();
        server.setTimeScale(0);
        const int apiGateway = server.fleet().indexOf(QStringLiteral("api-gateway"));
        QVERIFY(apiGateway >= 0);
        const QString key = server.fleet().checkId(apiGateway);
        const auto statusOfKey = [&session, &key] { return session.displayed()->check(key)->status; };
        const auto transitionOfKey = [&refreshed, &key] {
            const auto snapshot
                = refreshed.constLast().constFirst().value<std::shared_ptr<const appclacks::core::HealthSnapshot>>();
            return snapshot->check(key)->transition;
        };
        QCOMPARE(statusOfKey(), CheckStatus::Passing);

        const auto refreshAfter = [&](double seconds) {
            server.advance(seconds);
            refreshed.clear();
            session.refreshNow();
            return refreshed.wait(10000);
        };
        QVERIFY(refreshAfter(30)); // a quiet step: no news
        QCOMPARE(transitionOfKey(), FailureTransition::None);
        server.fleet().startFailing(apiGateway, QStringLiteral("eu-west"));
        QVERIFY(refreshAfter(30));
        QCOMPARE(statusOfKey(), CheckStatus::PartialOutage);
        QCOMPARE(transitionOfKey(), FailureTransition::StartedFailing);
        QVERIFY(refreshAfter(30)); // still failing: no news again
        QCOMPARE(statusOfKey(), CheckStatus::PartialOutage);
        QCOMPARE(transitionOfKey(), FailureTransition::None);
        server.fleet().stopFailing(apiGateway);
        // Failures stay "now" for the status window (a minute of the scrapes' clock here): still
        // failing, and no news until the window has passed (aRecoveryIsToldOnceAfterTheStatusWindow).
        QVERIFY(refreshAfter(1));
        QCOMPARE(statusOfKey(), CheckStatus::PartialOutage);
        QCOMPARE(transitionOfKey(), FailureTransition::None);
    }

    // Issue 11: a recovery through live scrapes. A check fails, then passes for longer than the
    // status window: the list's status goes back to Passing with its last failure set, and the
    // session tells the recovery (FailureWatch, as the tray reads it) exactly once. The window is
    // a second of real time, the scrapes' clock, so that the test takes seconds, not minutes.
    void aRecoveryIsToldOnceAfterTheStatusWindow()
    {
        constexpr std::int64_t windowMs = 1000;
        QTemporaryDir dir;
        HistoryRecorder recorder(dir.filePath(QStringLiteral("history.sqlite")));
        MonitoringSession session(appclacks::simulator::demoLauncher());
        session.setRecorder(&recorder);
        session.setStatusWindowMs(windowMs);
        FailureWatch watch;
        connect(&session, &MonitoringSession::refreshed, &watch, &FailureWatch::observe);
        QSignalSpy refreshed(&session, &MonitoringSession::refreshed);
        session.open(SourceSpec::demo(3));
        QVERIFY(refreshed.wait(15000));
        QVERIFY(session.status().hasHistory);
        appclacks::simulator::SimulatorServer &server = demoOf(session)->server();
        server.setTimeScale(0);
        const int apiGateway = server.fleet().indexOf(QStringLiteral("api-gateway"));
        QVERIFY(apiGateway >= 0);
        const QString key = server.fleet().checkId(apiGateway);
        const auto checkNow = [&session, &key] { return *session.displayed()->check(key); };
        const auto scrapedAtMs = [&session] { return session.latest()->scrapedAt.toMSecsSinceEpoch(); };
        QStringList started;
        QStringList recovered;
        QList<std::int64_t> recoveredAtMs;
        connect(&watch, &FailureWatch::startedFailing, this, [&](const QStringList &, const QStringList &keys) {
            if (keys.contains(key)) {
                started << key;
            }
        });
        connect(&watch, &FailureWatch::recovered, this, [&](const QStringList &, const QStringList &keys) {
            if (keys.contains(key)) {
                recovered << key;
                recoveredAtMs << scrapedAtMs();
            }
        });
        const auto refreshAfter = [&](double seconds) {
            server.advance(seconds);
            refreshed.clear();
            session.refreshNow();
            return refreshed.wait(10000);
        };
        QVERIFY(refreshAfter(30));
        QCOMPARE(checkNow().status, CheckStatus::Passing);

        server.fleet().startFailing(apiGateway, QStringLiteral("eu-west"));
        QVERIFY(refreshAfter(30));
        QVERIFY(refreshAfter(30));
        QCOMPARE(checkNow().status, CheckStatus::PartialOutage);
        QCOMPARE(started.size(), 1);
        // The scrape that showed the last failure: the incident ends there.
        const std::int64_t lastFailingScrapeMs = scrapedAtMs();
        server.fleet().stopFailing(apiGateway);

        // Refresh (the scrapes taking real time) until the check passes again: never before the
        // window has gone by since the last failure, and not much later either.
        QElapsedTimer clock;
        clock.start();
        while (checkNow().status != CheckStatus::Passing) {
            QVERIFY2(clock.elapsed() < 15000, "the check never passed again");
            QCOMPARE(checkNow().status, CheckStatus::PartialOutage);
            QVERIFY(recovered.isEmpty());
            QVERIFY(refreshAfter(30));
        }
        const CheckHealth passing = checkNow();
        QCOMPARE(recovered.size(), 1);
        QVERIFY(recoveredAtMs.front() - lastFailingScrapeMs >= windowMs);
        QVERIFY(passing.timeline);
        QCOMPARE(passing.timeline->now.status, CheckStatus::Passing);
        QCOMPARE(passing.timeline->now.lastFailureMs, lastFailingScrapeMs);
        QCOMPARE(passing.timeline->now.failingSinceMs, 0);
        QVERIFY(passing.timeline->now.passingSinceMs >= lastFailingScrapeMs);

        // Passing on: no more news, and the last failure stays where it was.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(refreshAfter(30));
            QCOMPARE(checkNow().status, CheckStatus::Passing);
            QCOMPARE(checkNow().transition, FailureTransition::None);
        }
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(started.size(), 1);
        QCOMPARE(checkNow().timeline->now.lastFailureMs, lastFailingScrapeMs);
    }

    void transitionsAreStatusChanges()
    {
        const auto snapshotOf = [](std::initializer_list<std::pair<const char *, CheckStatus>> checks) {
            HealthSnapshot snapshot;
            for (const auto &[key, status] : checks) {
                CheckHealth check;
                check.key = QString::fromLatin1(key);
                check.status = status;
                snapshot.checks.push_back(check);
            }
            return snapshot;
        };
        const HealthSnapshot before = snapshotOf({ { "a", CheckStatus::Passing }, { "b", CheckStatus::GlobalOutage },
            { "c", CheckStatus::PartialOutage }, { "d", CheckStatus::NoData }, { "e", CheckStatus::PartialOutage } });
        HealthSnapshot after = snapshotOf(
            { { "a", CheckStatus::PartialOutage }, { "b", CheckStatus::Passing }, { "c", CheckStatus::GlobalOutage },
                { "d", CheckStatus::GlobalOutage }, { "e", CheckStatus::NoData }, { "f", CheckStatus::GlobalOutage } });
        RangeSnapshots::markStatusTransitions(after, &before);
        QVERIFY(after.hasPrevious);
        QCOMPARE(after.checks[0].transition, FailureTransition::StartedFailing); // passing → failing
        QCOMPARE(after.checks[1].transition, FailureTransition::Recovered); // failing → passing
        QCOMPARE(after.checks[2].transition, FailureTransition::None); // still failing, elsewhere too
        QCOMPARE(after.checks[3].transition, FailureTransition::StartedFailing); // no data → failing
        QCOMPARE(after.checks[4].transition, FailureTransition::None); // failing → no data is not a recovery
        QCOMPARE(after.checks[5].transition, FailureTransition::StartedFailing); // new and failing
        // A change of range has no previous: nothing is news.
        RangeSnapshots::markStatusTransitions(after, nullptr);
        QVERIFY(!after.hasPrevious);
        for (const CheckHealth &check : after.checks) {
            QCOMPARE(check.transition, FailureTransition::None);
        }
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
