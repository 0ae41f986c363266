// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Status now, failing and passing since, last failure, uptime, strips and incidents
// (CheckTimelines), on real SQLite files holding generated histories. Every figure is checked
// against a plain computation written here from what the generator made happen (each scrape's
// successes and failures), not from the stored counters.

#include "core/history/checktimeline.h"
#include "core/history/historyqueries.h"
#include "core/history/historystore.h"
#include "tests/support/historyfixtures.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

using namespace appclacks::core;
using appclacks::tests::Counters;
using appclacks::tests::scrapeAt;
using appclacks::tests::snapshotOf;

namespace {

constexpr std::int64_t second = 1000;
constexpr std::int64_t minute = 60 * second;
constexpr std::int64_t hour = 60 * minute;
constexpr std::int64_t day = 24 * hour;
constexpr std::int64_t statusWindow = 5 * minute;
// 2026-11-30T00:00:00Z, off the two-hour block boundaries by a little.
constexpr std::int64_t origin = 1796083200000 + 7 * second;

// One check × zone of a generated history: what happened at each scrape.
struct PlannedZone
{
    QString check;
    QString zone;
    std::size_t firstScrape = 0; ///< a zone that starts later is new to the source: counts from zero
    std::size_t lastScrape = std::numeric_limits<std::size_t>::max(); ///< inclusive
    bool outcomes = true; ///< exposes healthcheck_total at all
    std::vector<int> success; ///< by scrape
    std::vector<int> failure;
    std::set<std::size_t> restarts; ///< the prober restarted just before these scrapes
};

struct Plan
{
    std::vector<std::int64_t> times;
    std::vector<PlannedZone> zones;

    PlannedZone &add(const QString &check, const QString &zone)
    {
        PlannedZone planned;
        planned.check = check;
        planned.zone = zone;
        planned.success.assign(times.size(), 1);
        planned.failure.assign(times.size(), 0);
        zones.push_back(planned);
        return zones.back();
    }
    std::size_t scrapeAtOrBefore(std::int64_t time) const
    {
        return std::size_t(std::upper_bound(times.begin(), times.end(), time) - times.begin()) - 1;
    }
};

Plan everyInterval(std::int64_t interval, std::size_t scrapes)
{
    Plan plan;
    plan.zones.reserve(32); // add() hands out references that must stay valid
    for (std::size_t i = 0; i < scrapes; ++i) {
        plan.times.push_back(origin + std::int64_t(i) * interval + std::int64_t(i % 3)); // a little jitter
    }
    return plan;
}

// Writes the plan as a prober's counters: cumulative, the failure counter created at the first
// failure, everything back to zero (and the failure counter gone) at a restart.
bool writePlan(HistoryStore &store, const Plan &plan, QString *error)
{
    struct State
    {
        double success = 0;
        std::optional<double> failure;
    };
    std::vector<State> states(plan.zones.size());
    std::vector<ScrapeRecord> batch;
    for (std::size_t scrape = 0; scrape < plan.times.size(); ++scrape) {
        std::map<std::pair<QString, QString>, Counters> pairs;
        for (std::size_t z = 0; z < plan.zones.size(); ++z) {
            const PlannedZone &zone = plan.zones[z];
            if (scrape < zone.firstScrape || scrape > zone.lastScrape) {
                continue;
            }
            State &state = states[z];
            if (scrape == 0) {
                state.success = 1000; // a prober that ran before the history began
            }
            if (zone.restarts.count(scrape)) {
                state = State();
            }
            state.success += zone.success[scrape];
            if (zone.failure[scrape] > 0) {
                state.failure = state.failure.value_or(0) + zone.failure[scrape];
            }
            Counters counters;
            const double total = state.success + state.failure.value_or(0);
            counters.buckets = { { 0.5, total }, { std::numeric_limits<double>::infinity(), total } };
            counters.count = total;
            counters.sum = total / 8;
            if (zone.outcomes) {
                counters.success = state.success;
                counters.failure = state.failure;
            }
            pairs[{ zone.check, zone.zone }] = counters;
        }
        batch.push_back(scrapeAt(plan.times[scrape], snapshotOf(pairs)));
        if (batch.size() == 500 || scrape + 1 == plan.times.size()) {
            if (!store.append(batch, error)) {
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

// What a zone's samples count, written out from the plan: each scrape's own successes and
// failures, except the source's first scrape, which only sets where the counters stand.
struct PlainSample
{
    std::int64_t time = 0;
    double success = 0;
    double failure = 0;
};

std::vector<PlainSample> plainSamples(const Plan &plan, const PlannedZone &zone)
{
    std::vector<PlainSample> samples;
    for (std::size_t scrape = zone.firstScrape; scrape < plan.times.size() && scrape <= zone.lastScrape; ++scrape) {
        const bool counts = scrape != 0;
        samples.push_back({ plan.times[scrape], counts ? double(zone.success[scrape]) : 0.0,
            counts ? double(zone.failure[scrape]) : 0.0 });
    }
    return samples;
}

CheckStatus plainStatus(int zones, int failing, bool outcomes)
{
    if (!outcomes || zones == 0) {
        return CheckStatus::NoData;
    }
    if (failing == 0) {
        return CheckStatus::Passing;
    }
    return failing >= 2 || failing == zones ? CheckStatus::GlobalOutage : CheckStatus::PartialOutage;
}

struct PlainIncident
{
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::set<QString> zones;
    double failures = 0;
    bool ongoing = false;
};

struct PlainCheck
{
    CheckStatus status = CheckStatus::NoData;
    QStringList failingZones;
    std::int64_t failingSince = 0;
    std::int64_t passingSince = 0;
    std::int64_t lastFailure = 0;
    std::array<double, 3> uptime {};
    std::vector<PlainIncident> incidents;
    std::vector<StateStep> strip;
};

// The rules of docs/HISTORY.md, "Status now, incidents and uptime", done the long way.
PlainCheck plainCheck(const Plan &plan, const QString &check, std::int64_t now, const TimeWindow &range, int cells,
    std::int64_t firstSampleOfSource)
{
    PlainCheck result;
    std::vector<const PlannedZone *> zones;
    for (const PlannedZone &zone : plan.zones) {
        if (zone.check == check) {
            zones.push_back(&zone);
        }
    }
    std::sort(zones.begin(), zones.end(), [](auto *a, auto *b) { return a->zone < b->zone; });
    // Status window: the last five minutes, or back to the second newest sample.
    std::set<std::int64_t> times;
    for (const PlannedZone *zone : zones) {
        for (const PlainSample &sample : plainSamples(plan, *zone)) {
            if (sample.time <= now) {
                times.insert(sample.time);
            }
        }
    }
    std::int64_t statusFrom = now - statusWindow;
    if (times.size() >= 2) {
        statusFrom = std::min(statusFrom, *std::prev(times.end(), 2));
    }
    int withSamples = 0;
    int failing = 0;
    bool outcomes = false;
    std::vector<std::tuple<std::int64_t, std::int64_t, QString, double>> rises;
    std::array<double, 3> success {};
    std::array<double, 3> failure {};
    bool uptimeOutcomes = false;
    for (const PlannedZone *zone : zones) {
        const std::vector<PlainSample> samples = plainSamples(plan, *zone);
        bool sampled = false;
        double failures = 0;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const PlainSample &sample = samples[i];
            if (sample.failure > 0 && sample.time <= now) {
                rises.emplace_back(i > 0 ? samples[i - 1].time : sample.time, sample.time, zone->zone, sample.failure);
            }
            if (sample.time > statusFrom && sample.time <= now) {
                sampled = true;
                failures += sample.failure;
            }
            for (std::size_t p = 0; p < 3; ++p) {
                if (sample.time > now - uptimePeriodMs[p] && sample.time <= now) {
                    success[p] += sample.success;
                    failure[p] += sample.failure;
                    uptimeOutcomes = uptimeOutcomes || zone->outcomes;
                }
            }
        }
        withSamples += sampled ? 1 : 0;
        outcomes = outcomes || (sampled && zone->outcomes);
        if (failures > 0 && zone->outcomes) {
            ++failing;
            result.failingZones.append(zone->zone);
        }
    }
    result.status = times.size() >= 2 ? plainStatus(withSamples, failing, outcomes) : CheckStatus::NoData;
    if (times.size() < 2) {
        result.failingZones.clear();
    }
    for (std::size_t p = 0; p < 3; ++p) {
        result.uptime[p]
            = uptimeOutcomes && success[p] + failure[p] > 0 ? success[p] / (success[p] + failure[p]) : std::nan("");
    }
    std::sort(rises.begin(), rises.end());
    for (const auto &[start, end, zone, failures] : rises) {
        if (result.incidents.empty() || start - result.incidents.back().end >= statusWindow) {
            result.incidents.push_back({ start, end, {}, 0, false });
        }
        PlainIncident &incident = result.incidents.back();
        incident.end = std::max(incident.end, end);
        incident.zones.insert(zone);
        incident.failures += failures;
    }
    std::int64_t lastRise = 0;
    for (const auto &[start, end, zone, failures] : rises) {
        if (end <= now) {
            lastRise = std::max(lastRise, end);
        }
    }
    result.lastFailure = lastRise;
    if (result.status == CheckStatus::PartialOutage || result.status == CheckStatus::GlobalOutage) {
        for (const PlainIncident &incident : result.incidents) {
            if (incident.start <= lastRise && lastRise <= incident.end) {
                result.failingSince = incident.start;
            }
        }
        for (PlainIncident &incident : result.incidents) {
            incident.ongoing = incident.start == result.failingSince;
        }
    } else if (result.status == CheckStatus::Passing) {
        result.passingSince = lastRise ? lastRise : *times.begin();
    }
    // The strip: `cells` equal steps ending at the range's end, from the source's first sample.
    const std::int64_t from = std::max(range.fromMs, firstSampleOfSource - 1);
    const std::int64_t step = (range.toMs - from + cells - 1) / cells;
    for (int c = 0; c < cells && range.toMs > from; ++c) {
        StateStep cell;
        cell.fromMs = range.toMs - std::int64_t(cells - c) * step;
        cell.toMs = cell.fromMs + step;
        int sampledZones = 0;
        int failingZones = 0;
        bool anyOutcome = false;
        for (const PlannedZone *zone : zones) {
            bool sampled = false;
            double failures = 0;
            for (const PlainSample &sample : plainSamples(plan, *zone)) {
                if (sample.time > cell.fromMs && sample.time <= cell.toMs) {
                    sampled = true;
                    cell.success += sample.success;
                    cell.failure += sample.failure;
                    failures += sample.failure;
                }
            }
            sampledZones += sampled ? 1 : 0;
            failingZones += failures > 0 ? 1 : 0;
            anyOutcome = anyOutcome || (sampled && zone->outcomes);
        }
        cell.hasSamples = sampledZones > 0;
        cell.status = plainStatus(sampledZones, failingZones, anyOutcome);
        result.strip.push_back(cell);
    }
    return result;
}

void sameRatio(double actual, double expected, const char *what)
{
    if (std::isnan(expected)) {
        QVERIFY2(std::isnan(actual), what);
    } else {
        QVERIFY2(actual == expected,
            qPrintable(QStringLiteral("%1: %2, expected %3").arg(QLatin1String(what)).arg(actual).arg(expected)));
    }
}

void compareIncidents(const std::vector<Incident> &actual, const std::vector<PlainIncident> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].startMs, expected[i].start);
        QCOMPARE(actual[i].endMs, expected[i].end);
        QCOMPARE(actual[i].durationMs(), expected[i].end - expected[i].start);
        QCOMPARE(actual[i].zones, QStringList(expected[i].zones.begin(), expected[i].zones.end()));
        QCOMPARE(actual[i].failures, expected[i].failures);
        QCOMPARE(actual[i].ongoing, expected[i].ongoing);
    }
}

void compareWithPlain(const CheckTimeline &actual, const PlainCheck &expected)
{
    QCOMPARE(actual.now.status, expected.status);
    QCOMPARE(actual.now.failingZones, expected.failingZones);
    QCOMPARE(actual.now.failingSinceMs, expected.failingSince);
    QCOMPARE(actual.now.passingSinceMs, expected.passingSince);
    QCOMPARE(actual.now.lastFailureMs, expected.lastFailure);
    sameRatio(actual.uptime[0], expected.uptime[0], "uptime 24 h");
    sameRatio(actual.uptime[1], expected.uptime[1], "uptime 7 d");
    sameRatio(actual.uptime[2], expected.uptime[2], "uptime 30 d");
    QCOMPARE(actual.strip.size(), expected.strip.size());
    for (std::size_t c = 0; c < expected.strip.size(); ++c) {
        const StateStep &cell = actual.strip[c];
        const StateStep &plain = expected.strip[c];
        QCOMPARE(cell.fromMs, plain.fromMs);
        QCOMPARE(cell.toMs, plain.toMs);
        QCOMPARE(cell.hasSamples, plain.hasSamples);
        QCOMPARE(cell.success, plain.success);
        QCOMPARE(cell.failure, plain.failure);
        QCOMPARE(cell.status, plain.status);
    }
}

// A store in a temporary folder holding the plan.
struct Fixture
{
    QTemporaryDir dir;
    HistoryStore store { dir.filePath(QStringLiteral("history.sqlite")) };
    HistoryStore::SourceInfo source;

    bool write(const Plan &plan)
    {
        QString error;
        if (!store.open(HistoryStore::Access::ReadWrite, &error) || !writePlan(store, plan, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const std::optional<HistoryStore::SourceInfo> found = store.source(QStringLiteral("demo"), &error);
        if (!found) {
            return false;
        }
        source = *found;
        return true;
    }
};

TimelineOptions optionsAt(std::int64_t now, TimeWindow range, int cells = 24)
{
    TimelineOptions options;
    options.nowMs = now;
    options.statusWindowMs = statusWindow;
    options.range = range;
    options.stripCells = cells;
    return options;
}

const CheckTimeline *find(const std::vector<CheckTimeline> &timelines, const QString &key)
{
    for (const CheckTimeline &timeline : timelines) {
        if (timeline.key == key) {
            return &timeline;
        }
    }
    return nullptr;
}

} // namespace

class CheckTimelineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The case: failures an hour ago, none in the last five minutes.
    void failuresAnHourAgoArePassingNowWithTheLastFailureShown()
    {
        Plan plan = everyInterval(30 * second, 6 * 60 * 2); // six hours
        PlannedZone &eu = plan.add(QStringLiteral("api"), QStringLiteral("eu"));
        plan.add(QStringLiteral("api"), QStringLiteral("us"));
        const std::int64_t now = plan.times.back() + 10 * second;
        const std::size_t lastFailing = plan.scrapeAtOrBefore(now - hour);
        for (std::size_t i = lastFailing - 6; i <= lastFailing; ++i) {
            eu.failure[i] = 1;
            eu.success[i] = 0;
        }
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const TimeWindow range { now - 3 * hour, now };
        const auto timelines = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, range), &error);
        QVERIFY2(timelines, qPrintable(error));
        QCOMPARE(timelines->size(), std::size_t(1));
        const CheckTimeline &api = timelines->front();
        QCOMPARE(api.key, QStringLiteral("api"));
        QCOMPARE(api.now.status, CheckStatus::Passing);
        QCOMPARE(api.now.lastFailureMs, plan.times[lastFailing]);
        QCOMPARE(api.now.passingSinceMs, plan.times[lastFailing]);
        QCOMPARE(api.now.failingSinceMs, 0);
        QVERIFY(api.now.failingZones.isEmpty());
        QCOMPARE(api.now.lastSampleMs, plan.times.back());
        compareWithPlain(api, plainCheck(plan, QStringLiteral("api"), now, range, 24, plan.times.front()));

        // The incident: from the scrape before the first failure to the last failing one.
        const auto overTime = CheckTimelines::forCheck(
            fixture.store, fixture.source, QStringLiteral("api"), 5 * minute, optionsAt(now, range), &error);
        QVERIFY2(overTime, qPrintable(error));
        QCOMPARE(overTime->incidents.size(), std::size_t(1));
        const Incident &incident = overTime->incidents.front();
        QCOMPARE(incident.startMs, plan.times[lastFailing - 7]);
        QCOMPARE(incident.endMs, plan.times[lastFailing]);
        QCOMPARE(incident.zones, QStringList { QStringLiteral("eu") });
        QCOMPARE(incident.failures, 7.0);
        QVERIFY(!incident.ongoing);

        // Five minutes after its last failure the same history was still failing.
        const std::int64_t then = plan.times[lastFailing] + 2 * minute;
        const auto earlier
            = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(then, { then - hour, then }), &error);
        QVERIFY2(earlier, qPrintable(error));
        QCOMPARE(earlier->front().now.status, CheckStatus::PartialOutage);
        QCOMPARE(earlier->front().now.failingZones, QStringList { QStringLiteral("eu") });
        QCOMPARE(earlier->front().now.failingSinceMs, plan.times[lastFailing - 7]);
        QCOMPARE(earlier->front().now.passingSinceMs, 0);
    }

    // A long incident with gaps shorter than the status window is one incident: failing since its
    // start, hours back, far beyond the status window.
    void failingSinceSpansALongIncident()
    {
        Plan plan = everyInterval(30 * second, 8 * 60 * 2); // eight hours
        PlannedZone &only = plan.add(QStringLiteral("db"), QStringLiteral("eu"));
        const std::size_t last = plan.times.size() - 1;
        // An early incident, then 20 quiet minutes, then three hours of failures every two
        // minutes with one four-minute gap.
        only.failure[100] = 2;
        only.failure[101] = 1;
        const std::size_t longStart = 101 + 40 + 1;
        for (std::size_t i = longStart; i <= last; i += 4) {
            if (i == longStart + 40) {
                i += 4; // one gap of four minutes
            }
            only.failure[i] = 1;
        }
        only.failure[last] = 1;
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const std::int64_t now = plan.times.back();
        const TimeWindow range { now - 8 * hour, now };
        const auto timelines = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, range), &error);
        QVERIFY2(timelines, qPrintable(error));
        const CheckTimeline &db = timelines->front();
        QCOMPARE(db.now.status, CheckStatus::GlobalOutage); // one zone: failing everywhere
        QCOMPARE(db.now.failingSinceMs, plan.times[longStart - 1]);
        QVERIFY(now - db.now.failingSinceMs > 3 * hour);
        QCOMPARE(db.now.lastFailureMs, now);
        compareWithPlain(db, plainCheck(plan, QStringLiteral("db"), now, range, 24, plan.times.front()));

        const auto overTime = CheckTimelines::forCheck(
            fixture.store, fixture.source, QStringLiteral("db"), 10 * minute, optionsAt(now, range), &error);
        QVERIFY2(overTime, qPrintable(error));
        QCOMPARE(overTime->incidents.size(), std::size_t(2));
        QCOMPARE(overTime->incidents[0].startMs, plan.times[99]);
        QCOMPARE(overTime->incidents[0].endMs, plan.times[101]);
        QCOMPARE(overTime->incidents[0].failures, 3.0);
        QVERIFY(!overTime->incidents[0].ongoing);
        QCOMPARE(overTime->incidents[1].startMs, plan.times[longStart - 1]);
        QCOMPARE(overTime->incidents[1].endMs, now);
        QVERIFY(overTime->incidents[1].ongoing);
        compareIncidents(
            overTime->incidents, plainCheck(plan, QStringLiteral("db"), now, range, 1, plan.times.front()).incidents);
    }

    // Failing in one zone of three is a partial outage; in two, a global one.
    void anIncidentInOneZoneOnlyIsAPartialOutage()
    {
        Plan plan = everyInterval(60 * second, 120);
        for (const char *zone : { "ap", "eu", "us" }) {
            plan.add(QStringLiteral("one"), QString::fromLatin1(zone));
            plan.add(QStringLiteral("two"), QString::fromLatin1(zone));
        }
        for (PlannedZone &zone : plan.zones) {
            const bool fails = (zone.check == QStringLiteral("one") && zone.zone == QStringLiteral("eu"))
                || (zone.check == QStringLiteral("two") && zone.zone != QStringLiteral("us"));
            if (fails) {
                zone.failure[117] = 1;
                zone.failure[119] = 1;
            }
        }
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const std::int64_t now = plan.times.back();
        const TimeWindow range { plan.times.front(), now };
        const auto timelines
            = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, range, 12), &error);
        QVERIFY2(timelines, qPrintable(error));
        QCOMPARE(timelines->size(), std::size_t(2));
        const CheckTimeline *one = find(*timelines, QStringLiteral("one"));
        const CheckTimeline *two = find(*timelines, QStringLiteral("two"));
        QVERIFY(one && two);
        QCOMPARE(one->now.status, CheckStatus::PartialOutage);
        QCOMPARE(one->now.failingZones, QStringList { QStringLiteral("eu") });
        QCOMPARE(two->now.status, CheckStatus::GlobalOutage);
        QCOMPARE(two->now.failingZones, (QStringList { QStringLiteral("ap"), QStringLiteral("eu") }));
        QCOMPARE(one->strip.back().status, CheckStatus::PartialOutage);
        QCOMPARE(one->strip.front().status, CheckStatus::Passing);
        for (const QString &check : { QStringLiteral("one"), QStringLiteral("two") }) {
            compareWithPlain(*find(*timelines, check), plainCheck(plan, check, now, range, 12, plan.times.front()));
        }
        const auto overTime = CheckTimelines::forCheck(
            fixture.store, fixture.source, QStringLiteral("one"), 10 * minute, optionsAt(now, range), &error);
        QVERIFY2(overTime, qPrintable(error));
        QCOMPARE(overTime->zones,
            (std::vector<QString> { QStringLiteral("ap"), QStringLiteral("eu"), QStringLiteral("us") }));
        QCOMPARE(overTime->incidents.size(), std::size_t(1));
        QCOMPARE(overTime->incidents[0].zones, QStringList { QStringLiteral("eu") });
        // The state timeline of each zone: only eu's last step failed.
        for (std::size_t z = 0; z < 3; ++z) {
            const std::vector<StateStep> &states = overTime->states[z];
            QCOMPARE(states.size(), std::size_t(12));
            QCOMPARE(states.back().status, z == 1 ? CheckStatus::GlobalOutage : CheckStatus::Passing);
            QCOMPARE(states.front().status, CheckStatus::Passing);
        }
    }

    // A prober restart in the middle of an incident: the counters fall back, the failure counter
    // is created again; every failure still counts once.
    void counterResetsInsideAnIncidentCountEveryFailure()
    {
        Plan plan = everyInterval(30 * second, 400);
        PlannedZone &zone = plan.add(QStringLiteral("web"), QStringLiteral("eu"));
        for (std::size_t i = 300; i < 340; ++i) {
            zone.failure[i] = 1 + int(i % 2);
        }
        zone.restarts = { 320 };
        zone.failure[320] = 0; // the failure counter is absent after the restart, until 321
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const std::int64_t now = plan.times.back();
        const TimeWindow range { plan.times.front(), now };
        const auto timelines = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, range), &error);
        QVERIFY2(timelines, qPrintable(error));
        const PlainCheck plain = plainCheck(plan, QStringLiteral("web"), now, range, 24, plan.times.front());
        compareWithPlain(timelines->front(), plain);
        double failures = 0;
        for (std::size_t i = 300; i < 340; ++i) {
            failures += zone.failure[i];
        }
        const auto overTime = CheckTimelines::forCheck(
            fixture.store, fixture.source, QStringLiteral("web"), 5 * minute, optionsAt(now, range), &error);
        QVERIFY2(overTime, qPrintable(error));
        QCOMPARE(overTime->incidents.size(), std::size_t(1));
        QCOMPARE(overTime->incidents[0].failures, failures);
        QCOMPARE(overTime->incidents[0].startMs, plan.times[299]);
        QCOMPARE(overTime->incidents[0].endMs, plan.times[339]);
        compareIncidents(overTime->incidents, plain.incidents);
        const double successes = 399; // scrapes 1…399, one success each (the first only sets the baseline)
        QCOMPARE(timelines->front().uptime[0], successes / (successes + failures));
    }

    // Cabourotte creates the failure counter at the first failure: that first failure counts.
    void aFailureCounterThatAppearsMidwayCounts()
    {
        Plan plan = everyInterval(30 * second, 300);
        PlannedZone &zone = plan.add(QStringLiteral("dns"), QStringLiteral(""));
        zone.failure[200] = 2;
        // And a zone new to the source later on: its first sample counts from zero.
        PlannedZone &late = plan.add(QStringLiteral("dns"), QStringLiteral("late"));
        late.firstScrape = 250;
        late.failure[250] = 1;
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const std::int64_t now = plan.times.back();
        const TimeWindow range { plan.times.front(), now };
        const auto timelines = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, range), &error);
        QVERIFY2(timelines, qPrintable(error));
        const CheckTimeline &dns = timelines->front();
        QCOMPARE(dns.now.lastFailureMs, plan.times[250]);
        QCOMPARE(dns.now.status, CheckStatus::Passing);
        compareWithPlain(dns, plainCheck(plan, QStringLiteral("dns"), now, range, 24, plan.times.front()));
        const auto overTime = CheckTimelines::forCheck(
            fixture.store, fixture.source, QStringLiteral("dns"), 5 * minute, optionsAt(now, range), &error);
        QVERIFY2(overTime, qPrintable(error));
        QCOMPARE(overTime->incidents.size(), std::size_t(2));
        QCOMPARE(overTime->incidents[0].failures, 2.0); // PromQL's increase() would say 0
        QCOMPARE(overTime->incidents[0].zones, QStringList { QString() });
        QCOMPARE(overTime->incidents[1].failures, 1.0);
        QCOMPARE(overTime->incidents[1].startMs, plan.times[250]); // no sample before it
        QCOMPARE(overTime->incidents[1].durationMs(), 0);
    }

    // Uptime over 24 h, 7 d and 30 d from a 31-day history, to the exact count.
    void uptimeOverADayAWeekAndAMonthIsExact()
    {
        Plan plan = everyInterval(10 * minute, 31 * 24 * 6);
        PlannedZone &eu = plan.add(QStringLiteral("pay"), QStringLiteral("eu"));
        PlannedZone &us = plan.add(QStringLiteral("pay"), QStringLiteral("us"));
        PlannedZone &quiet = plan.add(QStringLiteral("quiet"), QStringLiteral("eu"));
        quiet.outcomes = false; // a histogram only: no uptime to give
        QRandomGenerator random(11);
        for (PlannedZone *zone : { &eu, &us }) {
            for (std::size_t i = 0; i < plan.times.size(); ++i) {
                zone->success[i] = int(random.bounded(3));
                zone->failure[i] = random.bounded(40) == 0 ? 1 + int(random.bounded(2)) : 0;
            }
            zone->restarts = { 1000, 3000 };
            zone->failure[1000] = zone->failure[3000] = 0;
        }
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const std::int64_t now = plan.times.back() + minute;
        const TimeWindow range { now - 7 * day, now };
        const auto timelines = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, range), &error);
        QVERIFY2(timelines, qPrintable(error));
        QCOMPARE(timelines->size(), std::size_t(2));
        const CheckTimeline *pay = find(*timelines, QStringLiteral("pay"));
        QVERIFY(pay);
        const PlainCheck plain = plainCheck(plan, QStringLiteral("pay"), now, range, 24, plan.times.front());
        QVERIFY(plain.uptime[0] < 1);
        QVERIFY(plain.uptime[0] != plain.uptime[1] && plain.uptime[1] != plain.uptime[2]);
        compareWithPlain(*pay, plain);
        const CheckTimeline *quietOne = find(*timelines, QStringLiteral("quiet"));
        QVERIFY(quietOne);
        QVERIFY(std::isnan(quietOne->uptime[0]) && std::isnan(quietOne->uptime[2]));
        QCOMPARE(quietOne->now.status, CheckStatus::NoData);
        QCOMPARE(quietOne->strip.back().hasSamples, true);
        QCOMPARE(quietOne->strip.back().status, CheckStatus::NoData);
    }

    // Every figure at forty moments of a random history with restarts, lazily created failure
    // counters, a zone that joins late and one that stops: against the plain computation.
    void everyFigureMatchesThePlainComputationAtAnyMoment()
    {
        Plan plan = everyInterval(30 * second, 12 * 60 * 2);
        QRandomGenerator random(2026);
        for (const char *check : { "a", "b", "c" }) {
            for (const char *zone : { "ap", "eu", "us" }) {
                PlannedZone &planned = plan.add(QString::fromLatin1(check), QString::fromLatin1(zone));
                // Failures come in bursts: incidents with gaps, some shorter than the window.
                bool inBurst = false;
                for (std::size_t i = 0; i < plan.times.size(); ++i) {
                    inBurst = inBurst ? random.bounded(30) != 0 : random.bounded(200) == 0;
                    planned.success[i] = int(random.bounded(3));
                    planned.failure[i] = inBurst && random.bounded(4) != 0 ? 1 + int(random.bounded(2)) : 0;
                }
                const auto restart = std::size_t(random.bounded(100, 1400));
                planned.restarts = { restart };
                planned.failure[restart] = 0; // a failure counter that restarts from 0 and passes its old
                                              // value in one scrape is a rise the rule cannot see
            }
        }
        plan.zones[1].firstScrape = 500; // a in eu joins late
        plan.zones[1].restarts.clear();
        plan.zones[5].lastScrape = 900; // b in us stops
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        int failingSeen = 0;
        int passingAfterIncidentSeen = 0;
        for (int round = 0; round < 40; ++round) {
            const std::int64_t now
                = plan.times.front() + std::int64_t(random.bounded(int(13 * hour / second))) * second;
            const std::int64_t length = (1 + std::int64_t(random.bounded(12))) * hour;
            const TimeWindow range { now - length, now - std::int64_t(random.bounded(2)) * 30 * minute };
            const int cells = 1 + int(random.bounded(40));
            const auto timelines
                = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, range, cells), &error);
            QVERIFY2(timelines, qPrintable(error));
            for (const char *name : { "a", "b", "c" }) {
                const QString check = QString::fromLatin1(name);
                const PlainCheck plain = plainCheck(plan, check, now, range, cells, plan.times.front());
                const CheckTimeline *timeline = find(*timelines, check);
                if (now < plan.times.front()) {
                    QVERIFY(!timeline);
                    continue;
                }
                QVERIFY2(timeline, qPrintable(check));
                compareWithPlain(*timeline, plain);
                if (QTest::currentTestFailed()) {
                    qWarning("round %d, check %s, now %lld", round, name, static_cast<long long>(now));
                    return;
                }
                failingSeen += plain.failingSince ? 1 : 0;
                passingAfterIncidentSeen += plain.passingSince && plain.lastFailure ? 1 : 0;
                // Incidents over the whole history, as the details list them.
                const auto overTime = CheckTimelines::forCheck(fixture.store, fixture.source, check,
                    CheckTimelines::stepFor(range, 60), optionsAt(now, range, cells), &error);
                QVERIFY2(overTime, qPrintable(error));
                std::vector<PlainIncident> overlapping;
                for (const PlainIncident &incident : plain.incidents) {
                    if (incident.end > range.fromMs && incident.start < range.toMs) {
                        overlapping.push_back(incident);
                    }
                }
                compareIncidents(overTime->incidents, overlapping);
            }
        }
        QVERIFY2(failingSeen > 0 && passingAfterIncidentSeen > 0, "the moments cover failing and passing checks");
    }

    // The details' series: all zones together and per zone are HistoryQueries::steps', the state
    // timeline per zone follows each step's failures.
    void overTimeIsTheStepSeriesAndItsStates()
    {
        Plan plan = everyInterval(30 * second, 4 * 60 * 2);
        QRandomGenerator random(7);
        for (const char *zone : { "eu", "us" }) {
            PlannedZone &planned = plan.add(QStringLiteral("api"), QString::fromLatin1(zone));
            for (std::size_t i = 0; i < plan.times.size(); ++i) {
                planned.failure[i] = random.bounded(25) == 0 ? 1 : 0;
            }
        }
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const std::int64_t now = plan.times.back();
        const TimeWindow range { now - 3 * hour - 7 * minute, now - 11 * minute };
        const std::int64_t step = CheckTimelines::stepFor(range, 40);
        QCOMPARE(step, 5 * minute);
        const auto overTime = CheckTimelines::forCheck(
            fixture.store, fixture.source, QStringLiteral("api-name"), step, optionsAt(now, range), &error);
        QVERIFY2(overTime, qPrintable(error));
        QCOMPARE(overTime->key, QStringLiteral("api"));
        QCOMPARE(overTime->name, QStringLiteral("api-name"));
        const auto total = HistoryQueries::steps(
            fixture.store, fixture.source, QStringLiteral("api"), std::nullopt, range, step, 1.0, &error);
        QVERIFY2(total, qPrintable(error));
        QCOMPARE(overTime->total.size(), total->size());
        for (std::size_t i = 0; i < total->size(); ++i) {
            QCOMPARE(overTime->total[i].toMs, (*total)[i].toMs);
            QCOMPARE(overTime->total[i].success, (*total)[i].success);
            QCOMPARE(overTime->total[i].failure, (*total)[i].failure);
            QCOMPARE(overTime->total[i].statistics.p95.value, (*total)[i].statistics.p95.value);
        }
        int failingSteps = 0;
        for (std::size_t z = 0; z < 2; ++z) {
            const auto zone = HistoryQueries::steps(
                fixture.store, fixture.source, QStringLiteral("api"), overTime->zones[z], range, step, 1.0, &error);
            QVERIFY2(zone, qPrintable(error));
            const std::vector<PlainSample> samples = plainSamples(plan, plan.zones[z]);
            QCOMPARE(overTime->perZone[z].size(), zone->size());
            for (std::size_t i = 0; i < zone->size(); ++i) {
                QCOMPARE(overTime->perZone[z][i].failure, (*zone)[i].failure);
                const StateStep &state = overTime->states[z][i];
                double failures = 0;
                for (const PlainSample &sample : samples) {
                    failures += sample.time > state.fromMs && sample.time <= state.toMs ? sample.failure : 0;
                }
                QCOMPARE(state.failure, failures);
                QCOMPARE(state.status, failures > 0 ? CheckStatus::GlobalOutage : CheckStatus::Passing);
                failingSteps += failures > 0 ? 1 : 0;
            }
        }
        QVERIFY(failingSteps > 0);
        QCOMPARE(overTime->total.back().toMs, range.toMs);

        QVERIFY(!CheckTimelines::forCheck(
            fixture.store, fixture.source, QStringLiteral("nope"), step, optionsAt(now, range), &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void aSingleSampleIsNoData()
    {
        Plan plan = everyInterval(30 * second, 1);
        plan.add(QStringLiteral("new"), QStringLiteral("eu"));
        Fixture fixture;
        QVERIFY(fixture.write(plan));
        QString error;
        const std::int64_t now = plan.times.back() + second;
        const auto timelines
            = CheckTimelines::forSource(fixture.store, fixture.source, optionsAt(now, { now - hour, now }), &error);
        QVERIFY2(timelines, qPrintable(error));
        QCOMPARE(timelines->size(), std::size_t(1));
        QCOMPARE(timelines->front().now.status, CheckStatus::NoData);
        QCOMPARE(timelines->front().now.passingSinceMs, 0);
        QVERIFY(std::isnan(timelines->front().uptime[0])); // one sample: nothing counted yet

        // A second scrape: the status is the last two scrapes', though they are in one window.
        Counters counters;
        counters.success = 1002;
        counters.failure = 1;
        QVERIFY(
            fixture.store.append(std::vector<ScrapeRecord> { scrapeAt(now + 30 * second,
                                     snapshotOf({ { { QStringLiteral("new"), QStringLiteral("eu") }, counters } })) },
                &error));
        const std::int64_t later = now + 31 * second;
        const auto two = CheckTimelines::forSource(
            fixture.store, fixture.source, optionsAt(later, { later - hour, later }), &error);
        QVERIFY2(two, qPrintable(error));
        QCOMPARE(two->front().now.status, CheckStatus::GlobalOutage);
        QCOMPARE(two->front().now.failingSinceMs, plan.times.front());
        QCOMPARE(two->front().uptime[0], 0.5);
        // An hour later, with no scrape since: still the last two scrapes' status.
        const std::int64_t stale = later + hour;
        const auto old = CheckTimelines::forSource(
            fixture.store, fixture.source, optionsAt(stale, { stale - hour, stale }), &error);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(old->front().now.status, CheckStatus::GlobalOutage);
        QCOMPARE(old->front().now.lastSampleMs, now + 30 * second);
        QCOMPARE(old->front().now.statusFromMs, plan.times.front());
    }

    void stepForIsPleasant_data()
    {
        QTest::addColumn<std::int64_t>("length");
        QTest::addColumn<int>("points");
        QTest::addColumn<std::int64_t>("step");
        QTest::newRow("15 min, 100") << 15 * minute << 100 << 10 * second;
        QTest::newRow("1 h, 120") << hour << 120 << 30 * second;
        QTest::newRow("1 h, 100") << hour << 100 << minute;
        QTest::newRow("24 h, 300") << day << 300 << 5 * minute;
        QTest::newRow("7 d, 300") << 7 * day << 300 << hour;
        QTest::newRow("30 d, 200") << 30 * day << 200 << 6 * hour;
        QTest::newRow("365 d, 100") << 365 * day << 100 << 4 * day;
        QTest::newRow("no points") << hour << 0 << hour;
    }

    void stepForIsPleasant()
    {
        QFETCH(std::int64_t, length);
        QFETCH(int, points);
        QFETCH(std::int64_t, step);
        QCOMPARE(CheckTimelines::stepFor({ origin, origin + length }, points), step);
    }
};

QTEST_GUILESS_MAIN(CheckTimelineTest)
#include "tst_checktimeline.moc"
