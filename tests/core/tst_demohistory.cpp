// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The demo's seeded day: a day of samples for every check × zone in a temporary file, failures
// exactly where the story puts them (checked against a count made here from the story alone),
// the live demo carrying on from the same counters over real HTTP, and the user's own history
// never touched.

#include "core/history/historyqueries.h"
#include "core/history/historyrecorder.h"
#include "core/history/historystore.h"
#include "core/history/windowincrease.h"
#include "core/sources/demohistory.h"
#include "core/sources/snapshotloader.h"
#include "simulator/demoday.h"
#include "simulator/demolauncher.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>
#include <set>

using namespace appclacks::core;
using appclacks::simulator::DemoDay;
using appclacks::simulator::SimulatedDemo;
using appclacks::simulator::SimulatedFleet;

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
constexpr std::int64_t hourMs = 60 * minuteMs;
const QStringList demoZones { QStringLiteral("eu-east"), QStringLiteral("eu-west"), QStringLiteral("us-west") };

// An end on no particular boundary: the day must land on any clock.
constexpr std::int64_t dayEndMs = 1'780'000'123'457;

// Failed probes of `check` in `zone` over (from, to], from the story alone: one probe per check ×
// zone every 30 s, and each incident's probes of (start, end] fail.
double expectedFailures(const QString &check, const QString &zone, std::int64_t fromMs, std::int64_t toMs)
{
    double failures = 0;
    for (const DemoDay::Incident &incident : DemoDay::incidents()) {
        if (incident.check != check || !(incident.zone.isEmpty() || incident.zone == zone)) {
            continue;
        }
        const std::int64_t start = std::max(fromMs, dayEndMs + incident.startMs);
        const std::int64_t end = std::min(toMs, dayEndMs + incident.endMs);
        if (end > start) {
            const std::int64_t scrapes = (end - start) / DemoDay::scrapeIntervalMs; // whole scrapes
            failures += double(scrapes);
        }
    }
    return failures;
}

std::unique_ptr<HistoryStore> openStore(const QString &path)
{
    auto store = std::make_unique<HistoryStore>(path);
    QString error;
    if (!store->open(HistoryStore::Access::ReadOnly, &error)) {
        qWarning() << error;
        return nullptr;
    }
    return store;
}

const ZoneHealth *zoneOf(const HealthSnapshot &snapshot, const QString &checkName, const QString &zone)
{
    for (const CheckHealth &check : snapshot.checks) {
        if (check.name == checkName) {
            return check.zone(zone);
        }
    }
    return nullptr;
}

} // namespace

class TestDemoHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<LoadResult>();
        // One day for the tests that read it; the others seed their own.
        m_demo = std::make_unique<DemoHistory>();
        QString error;
        QVERIFY2(m_demo->seedBlocking(SimulatedDemo::historySeeder(1), dayEndMs, &error), qPrintable(error));
        qInfo("seeded the day in %lld ms", qint64(m_demo->seedingMs()));
        m_store = openStore(m_demo->path());
        QVERIFY(m_store);
        QString sourceError;
        const auto source = m_store->source(DemoHistory::sourceName(), &sourceError);
        QVERIFY2(source, qPrintable(sourceError));
        m_source = *source;
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_demo.reset();
    }

    void theStoryIsAboutTheDemosChecks()
    {
        const SimulatedFleet fleet = DemoDay(1).finalFleet();
        const std::vector<DemoDay::Incident> story = DemoDay::incidents();
        QVERIFY(story.size() >= 4);
        std::int64_t previousStart = -DemoDay::lengthMs;
        for (const DemoDay::Incident &incident : story) {
            QVERIFY2(fleet.indexOf(incident.check) >= 0, qPrintable(incident.check));
            QVERIFY(incident.zone.isEmpty() || fleet.zones().contains(incident.zone));
            QVERIFY(incident.startMs >= previousStart);
            QVERIFY(incident.startMs < 0 && incident.endMs <= 0);
            QVERIFY(incident.endMs == 0 || incident.endMs > incident.startMs);
            // On the scrapes' beat, so that windows on its edges hold it exactly.
            QCOMPARE(incident.startMs % DemoDay::scrapeIntervalMs, 0);
            QCOMPARE(incident.endMs % DemoDay::scrapeIntervalMs, 0);
            previousStart = incident.startMs;
        }
    }

    void aDayOfSamplesForEveryCheckAndZone()
    {
        QCOMPARE(m_source.name, QStringLiteral("demo"));
        QCOMPARE(m_source.firstMs, dayEndMs - DemoDay::lengthMs);
        QCOMPARE(m_source.lastMs, dayEndMs);
        QCOMPARE(m_source.scrapes, qint64(2881)); // every 30 s, both ends included
        QCOMPARE(m_source.failedScrapes, qint64(0));
        QString error;
        const auto pairs = m_store->pairs(m_source.id, &error);
        QVERIFY2(pairs, qPrintable(error));
        QCOMPARE(pairs->size(), std::size_t(8 * 3));
        std::map<QString, QStringList> zonesOfCheck;
        for (const HistoryStore::PairInfo &pair : *pairs) {
            zonesOfCheck[pair.checkName] << pair.zone;
            const auto history = m_store->history(pair, dayEndMs - DemoDay::lengthMs, dayEndMs, &error);
            QVERIFY2(history, qPrintable(error));
            QCOMPARE(history->block.sampleCount(), std::size_t(2881));
            QCOMPARE(history->block.times.front(), dayEndMs - DemoDay::lengthMs);
            QCOMPARE(history->block.times.back(), dayEndMs);
            // One probe per scrape: the day's count is exactly the probes of a day, across the
            // probers' restart 6 h ago (a counter reset the window rule must see).
            const int count = history->layout.indexOf(SeriesKey::Kind::Count);
            QVERIFY(count >= 0);
            const SeriesIncreases day = windowIncrease(*history, dayEndMs - DemoDay::lengthMs, dayEndMs);
            QCOMPARE(day.increase[std::size_t(count)].value_or(-1), 2880.0);
            // The reset is there: the count falls once, at the restart, and nowhere else.
            int falls = 0;
            std::int64_t fallAt = 0;
            const std::vector<double> &counts = history->block.values[std::size_t(count)];
            for (std::size_t i = 1; i < counts.size(); ++i) {
                if (counts[i] < counts[i - 1]) {
                    ++falls;
                    fallAt = history->block.times[i];
                }
            }
            QCOMPARE(falls, 1);
            QCOMPARE(fallAt, dayEndMs + DemoDay::restartMs + DemoDay::scrapeIntervalMs);
        }
        for (const auto &[check, zones] : zonesOfCheck) {
            QCOMPARE(zones.size(), 3);
            QStringList sorted = zones;
            sorted.sort();
            QCOMPARE(sorted, demoZones);
        }
    }

    void failuresAreWhereTheStoryPutsThem()
    {
        // Every check × zone, hour by hour over the day, against the count made from the story.
        QString error;
        const auto pairs = m_store->pairs(m_source.id, &error);
        QVERIFY2(pairs, qPrintable(error));
        std::set<QString> checks;
        for (const HistoryStore::PairInfo &pair : *pairs) {
            checks.insert(pair.checkName);
        }
        const std::int64_t from = dayEndMs - DemoDay::lengthMs;
        int failingSteps = 0;
        for (const QString &check : checks) {
            for (const QString &zone : demoZones) {
                const auto steps
                    = HistoryQueries::steps(*m_store, m_source, check, zone, { from, dayEndMs }, hourMs, 1.0, &error);
                QVERIFY2(steps, qPrintable(error));
                QCOMPARE(steps->size(), std::size_t(24));
                for (const StepPoint &step : *steps) {
                    QVERIFY(step.hasSamples);
                    const double expected = expectedFailures(check, zone, step.fromMs, step.toMs);
                    if (step.failure != expected) {
                        QFAIL(qPrintable(QStringLiteral("%1 in %2, (%3, %4]: %5 failures, the story says %6")
                                             .arg(check, zone)
                                             .arg(step.fromMs - dayEndMs)
                                             .arg(step.toMs - dayEndMs)
                                             .arg(step.failure)
                                             .arg(expected)));
                    }
                    QCOMPARE(step.success + step.failure, 120.0); // one probe every 30 s
                    failingSteps += expected > 0 ? 1 : 0;
                }
            }
        }
        QVERIFY(failingSteps > 10); // the comparison above is not of zeros only
    }

    void theGlobalOutageHitEveryZoneAndRecovered()
    {
        const DemoDay::Incident global = incidentOf(QStringLiteral("auth-service"));
        QVERIFY(global.zone.isEmpty());
        QVERIFY(global.endMs < 0);
        QString error;
        const auto during = HistoryQueries::window(
            *m_store, m_source, { dayEndMs + global.startMs, dayEndMs + global.endMs }, 1.0, &error);
        QVERIFY2(during, qPrintable(error));
        for (const QString &zone : demoZones) {
            const ZoneHealth *health = zoneOf(*during, global.check, zone);
            QVERIFY(health);
            const std::int64_t scrapes = (global.endMs - global.startMs) / DemoDay::scrapeIntervalMs;
            QCOMPARE(health->failure, double(scrapes));
            QCOMPARE(health->success, 0.0);
        }
        const auto after = HistoryQueries::window(
            *m_store, m_source, { dayEndMs + global.endMs, dayEndMs + global.endMs + hourMs }, 1.0, &error);
        QVERIFY2(after, qPrintable(error));
        for (const QString &zone : demoZones) {
            QCOMPARE(zoneOf(*after, global.check, zone)->failure, 0.0);
            QCOMPARE(zoneOf(*after, global.check, zone)->success, 120.0);
        }
    }

    void theZoneOutageStayedInItsZoneAndRecovered()
    {
        const DemoDay::Incident outage = incidentOf(QStringLiteral("payments-api"));
        QCOMPARE(outage.zone, QStringLiteral("eu-east"));
        QString error;
        const auto during = HistoryQueries::window(
            *m_store, m_source, { dayEndMs + outage.startMs, dayEndMs + outage.endMs }, 1.0, &error);
        QVERIFY2(during, qPrintable(error));
        QCOMPARE(zoneOf(*during, outage.check, QStringLiteral("eu-east"))->failure, 90.0); // 45 min
        QCOMPARE(zoneOf(*during, outage.check, QStringLiteral("eu-west"))->failure, 0.0);
        QCOMPARE(zoneOf(*during, outage.check, QStringLiteral("us-west"))->failure, 0.0);
        const auto after = HistoryQueries::window(
            *m_store, m_source, { dayEndMs + outage.endMs, dayEndMs + DemoDay::restartMs }, 1.0, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(zoneOf(*after, outage.check, QStringLiteral("eu-east"))->failure, 0.0);
    }

    void theFlakyCheckFailsInBursts()
    {
        // Minute steps over the flaky stretch: failing minutes, then passing ones, several times.
        QString error;
        const auto steps = HistoryQueries::steps(*m_store, m_source, QStringLiteral("dns-corp"),
            QStringLiteral("us-west"), { dayEndMs - 13 * hourMs, dayEndMs - 8 * hourMs }, minuteMs, 1.0, &error);
        QVERIFY2(steps, qPrintable(error));
        int bursts = 0;
        bool failing = false;
        double failures = 0;
        for (const StepPoint &step : *steps) {
            if (step.failure > 0 && !failing) {
                ++bursts;
            }
            failing = step.failure > 0;
            failures += step.failure;
        }
        QCOMPARE(bursts, 8);
        QCOMPARE(failures, 2.0 * (1 + 2 + 3 + 1 + 2 + 3 + 1 + 2)); // minutes of bursts, two probes a minute
        // The other zones never flapped.
        for (const QString &zone : { QStringLiteral("eu-east"), QStringLiteral("eu-west") }) {
            const auto whole = HistoryQueries::steps(*m_store, m_source, QStringLiteral("dns-corp"), zone,
                { dayEndMs - DemoDay::lengthMs, dayEndMs }, DemoDay::lengthMs, 1.0, &error);
            QVERIFY2(whole, qPrintable(error));
            QCOMPARE(whole->front().failure, 0.0);
        }
    }

    void twoChecksAreFailingNow()
    {
        QString error;
        const auto lastMinutes
            = HistoryQueries::window(*m_store, m_source, { dayEndMs - 5 * minuteMs, dayEndMs }, 1.0, &error);
        QVERIFY2(lastMinutes, qPrintable(error));
        std::map<QString, int> failingZones;
        for (const CheckHealth &check : lastMinutes->checks) {
            for (const ZoneHealth &zone : check.zones) {
                failingZones[check.name] += zone.failure > 0 ? 1 : 0;
            }
        }
        const std::map<QString, int> expected { { QStringLiteral("checkout"), 1 },
            { QStringLiteral("legacy-ftp"), 3 } };
        for (auto &[check, zones] : failingZones) {
            QCOMPARE(zones, expected.count(check) ? expected.at(check) : 0);
        }
        // Failing since 20 minutes ago, not before: the window before that has none.
        const auto before = HistoryQueries::window(
            *m_store, m_source, { dayEndMs - 50 * minuteMs, dayEndMs - 20 * minuteMs }, 1.0, &error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(before->checks.size(), std::size_t(8));
        for (const CheckHealth &check : before->checks) {
            QCOMPARE(check.total.failure, 0.0);
        }
    }

    void theLiveDemoCarriesOnFromTheSameCounters()
    {
        // A real demo server (its clock stopped), seeded in the background as the window does it.
        QString error;
        std::unique_ptr<DemoServer> server = appclacks::simulator::demoLauncher()({ 7, 0 }, &error);
        QVERIFY2(server, qPrintable(error));
        auto *demo = dynamic_cast<SimulatedDemo *>(server.get());
        QVERIFY(demo);
        const SimulatedFleet atStart = demo->server().fleet();
        QCOMPARE(atStart.exposition(appclacks::simulator::ExpositionFlavour::AppclacksApi),
            DemoDay(7).finalFleet().exposition(appclacks::simulator::ExpositionFlavour::AppclacksApi));

        DemoHistory history;
        QSignalSpy seeded(&history, &DemoHistory::seeded);
        const std::int64_t endMs = QDateTime::currentMSecsSinceEpoch();
        history.seed(server->historySeeder(), endMs);
        QVERIFY(seeded.wait(30000));
        QCOMPARE(seeded.constFirst().at(0).toBool(), true);
        QVERIFY(history.isSeeded());

        // The fleet moves on; the app scrapes it over HTTP and records the scrape, as the window does.
        demo->server().advance(90);
        ResolvedSource source;
        source.spec = SourceSpec::demo(7);
        source.name = QStringLiteral("demo");
        source.request = server->scrapeRequest();
        QNetworkAccessManager network;
        SnapshotLoader loader(&network);
        QSignalSpy loaded(&loader, &SnapshotLoader::finished);
        loader.load(source, {});
        QVERIFY(loaded.wait(10000));
        const auto result = loaded.constFirst().constFirst().value<LoadResult>();
        QVERIFY2(result.ok(), qPrintable(result.metadata.message));
        QVERIFY(result.metadata.time.toMSecsSinceEpoch() > endMs);
        HistoryRecorder *recorder = history.recorder();
        QVERIFY(recorder);
        QCOMPARE(recorder->path(), history.path());
        recorder->record(source, result);
        QVERIFY(recorder->waitForCommitted());

        // Over the seam, each series grew by what the fleet added: no counter reset.
        const auto store = openStore(history.path());
        QVERIFY(store);
        const auto info = store->source(DemoHistory::sourceName(), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->lastMs, result.metadata.time.toMSecsSinceEpoch());
        const auto seam = HistoryQueries::window(*store, *info, { endMs, info->lastMs }, 1.0, &error);
        QVERIFY2(seam, qPrintable(error));
        const SimulatedFleet &now = demo->server().fleet();
        int pairs = 0;
        for (int c = 0; c < now.checkCount(); ++c) {
            for (const QString &zone : demoZones) {
                const ZoneHealth *grown = zoneOf(*seam, now.checkName(c), zone);
                QVERIFY(grown);
                const auto before = atStart.series(c, zone);
                const auto after = now.series(c, zone);
                QCOMPARE(grown->success, double(after.success - before.success));
                QCOMPARE(grown->failure, double(after.failure - before.failure));
                QCOMPARE(grown->count.value_or(-1), double(after.count - before.count));
                QCOMPARE(grown->count.value_or(-1), 3.0); // 90 s of probes, not a whole day's
                ++pairs;
            }
        }
        QCOMPARE(pairs, 24);
    }

    void seedingRunsOffTheCallersThread()
    {
        DemoHistory history;
        QSignalSpy seeded(&history, &DemoHistory::seeded);
        Qt::HANDLE seedingThread = nullptr;
        QSemaphore checked;
        const DemoHistorySeeder seeder = SimulatedDemo::historySeeder(1);
        history.seed(
            [&seedingThread, &checked, seeder](
                HistoryStore &store, const QString &source, std::int64_t endMs, QString *error) {
                seedingThread = QThread::currentThreadId();
                checked.acquire(); // until the test has looked at the seeding under way
                return seeder(store, source, endMs, error);
            },
            dayEndMs);
        // The caller goes on at once; nothing records into the file before the day is in it.
        QVERIFY(history.isSeeding());
        QVERIFY(!history.isSeeded());
        QVERIFY(!history.recorder());
        checked.release();
        QVERIFY(seeded.wait(30000));
        QVERIFY(!history.isSeeding());
        QVERIFY(history.recorder());
        QVERIFY(seeded.constFirst().at(0).toBool());
        QVERIFY(seedingThread);
        QVERIFY(seedingThread != QThread::currentThreadId());
    }

    void aFailedSeedingSaysWhy()
    {
        DemoHistory history;
        QSignalSpy seeded(&history, &DemoHistory::seeded);
        history.seed(
            [](HistoryStore &, const QString &, std::int64_t, QString *error) {
                *error = QStringLiteral("no day today");
                return false;
            },
            dayEndMs);
        QVERIFY(seeded.wait(30000));
        QCOMPARE(seeded.constFirst().at(0).toBool(), false);
        QCOMPARE(seeded.constFirst().at(1).toString(), QStringLiteral("no day today"));
        QVERIFY(!history.isSeeded());
        QString error;
        QVERIFY(!history.seedBlocking({}, dayEndMs, &error));
        QVERIFY(!error.isEmpty());
    }

    void theUsersHistoryIsNeverTouched()
    {
        const QString usersFile = HistoryStore::defaultPath();
        QVERIFY(QStandardPaths::isTestModeEnabled());
        QVERIFY(!QFileInfo::exists(usersFile)); // nothing in this test writes it
        auto demo = std::make_unique<DemoHistory>();
        QString error;
        QVERIFY2(demo->seedBlocking(SimulatedDemo::historySeeder(1), dayEndMs, &error), qPrintable(error));
        const QString folder = QFileInfo(demo->path()).absolutePath();
        QVERIFY(QFileInfo::exists(demo->path()));
        QVERIFY(demo->path() != usersFile);
        QVERIFY(!QDir::cleanPath(demo->path()).startsWith(QFileInfo(usersFile).absolutePath()));
        QVERIFY(QDir::cleanPath(demo->path()).startsWith(QDir::cleanPath(QDir::tempPath())));
        QVERIFY(!QFileInfo::exists(usersFile));
        // The folder goes with the demo.
        demo.reset();
        QVERIFY(!QFileInfo::exists(folder));
    }

private:
    static DemoDay::Incident incidentOf(const QString &check)
    {
        for (const DemoDay::Incident &incident : DemoDay::incidents()) {
            if (incident.check == check) {
                return incident;
            }
        }
        return {};
    }

    std::unique_ptr<DemoHistory> m_demo;
    std::unique_ptr<HistoryStore> m_store;
    HistoryStore::SourceInfo m_source;
};

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
