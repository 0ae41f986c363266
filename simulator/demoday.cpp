// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/demoday.h"

#include "core/health/healthsnapshot.h"
#include "core/history/historystore.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <map>
#include <utility>

namespace appclacks::simulator {

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
constexpr std::int64_t hourMs = 60 * minuteMs;
// The prober had run quietly for two days when the day begins: the history opens on counters
// that are already high, as a real one does.
constexpr double quietSecondsBefore = 2 * 24 * 3600;
constexpr std::int64_t regressionMs = -45 * minuteMs;
constexpr double regressionFactor = 4.0;
constexpr std::int64_t failingNowMs = -20 * minuteMs;
// Scrapes per transaction: six hours, a few megabytes of snapshots at a time.
constexpr std::size_t scrapesPerAppend = 720;

// Which incidents hold at `offsetMs`: the probes of the next step fail in their check × zone.
void applyIncidents(SimulatedFleet &fleet, const std::vector<DemoDay::Incident> &incidents, std::int64_t offsetMs,
    std::vector<bool> &active)
{
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const DemoDay::Incident &incident = incidents[i];
        const bool now = offsetMs >= incident.startMs && (incident.endMs == 0 || offsetMs < incident.endMs);
        if (now == active[i]) {
            continue;
        }
        active[i] = now;
        const int check = fleet.indexOf(incident.check);
        Q_ASSERT(check >= 0); // the story names checks of the demo's fleet
        if (now) {
            fleet.startFailing(check, incident.zone);
        } else {
            fleet.stopFailing(check, incident.zone);
        }
    }
}

// The fleet's counters as a scrape of the Appclacks API reads them: a series appears with its
// first probe, a status series once it is above zero (the API prints no zero counter).
std::shared_ptr<core::HealthSnapshot> snapshotOf(
    const SimulatedFleet &fleet, const QString &source, std::int64_t timeMs)
{
    auto snapshot = std::make_shared<core::HealthSnapshot>();
    snapshot->source = source;
    snapshot->scrapedAt = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    QStringList zones = fleet.zones();
    zones.sort();
    std::vector<int> order(std::size_t(fleet.checkCount()));
    for (int c = 0; c < fleet.checkCount(); ++c) {
        order[std::size_t(c)] = c;
    }
    std::sort(order.begin(), order.end(), [&fleet](int a, int b) {
        return std::pair(fleet.checkName(a), fleet.checkId(a)) < std::pair(fleet.checkName(b), fleet.checkId(b));
    });
    for (const int c : order) {
        if (fleet.isRemoved(c)) {
            continue;
        }
        core::CheckHealth check;
        check.id = fleet.checkId(c);
        check.key = check.id;
        check.name = fleet.checkName(c);
        for (const QString &zoneName : std::as_const(zones)) {
            const SimulatedSeries series = fleet.series(c, zoneName);
            if (series.count == 0) {
                continue;
            }
            core::ZoneHealth zone;
            zone.zone = zoneName;
            zone.buckets.reserve(series.cumulativeBuckets.size());
            for (std::size_t i = 0; i < series.cumulativeBuckets.size(); ++i) {
                const double bound = i < simulatedBucketBounds.size() ? simulatedBucketBounds[i]
                                                                      : std::numeric_limits<double>::infinity();
                zone.buckets.push_back({ bound, double(series.cumulativeBuckets[i]) });
            }
            zone.sum = series.sum;
            zone.count = double(series.count);
            zone.success = double(series.success);
            zone.failure = double(series.failure);
            zone.hasSuccess = series.success > 0;
            zone.hasFailure = series.failure > 0;
            zone.hasOutcomes = zone.hasSuccess || zone.hasFailure;
            check.zones.push_back(std::move(zone));
        }
        if (!check.zones.empty()) {
            snapshot->checks.push_back(std::move(check));
        }
    }
    return snapshot;
}

} // namespace

DemoDay::DemoDay(std::uint64_t seed)
{
    m_options.checks = 8;
    m_options.zones = 3;
    m_options.seed = seed;
    m_options.intervalSeconds = int(scrapeIntervalMs / 1000);
}

std::vector<DemoDay::Incident> DemoDay::incidents()
{
    std::vector<Incident> incidents {
        { QStringLiteral("payments-api"), QStringLiteral("eu-east"), -21 * hourMs, -20 * hourMs - 15 * minuteMs },
        { QStringLiteral("auth-service"), QString(), -16 * hourMs - 30 * minuteMs, -16 * hourMs - 10 * minuteMs },
    };
    // Bursts of one to three minutes, 37 minutes apart: a check that flaps.
    for (int burst = 0; burst < 8; ++burst) {
        const std::int64_t start = -13 * hourMs + burst * 37 * minuteMs;
        incidents.push_back(
            { QStringLiteral("dns-corp"), QStringLiteral("us-west"), start, start + (1 + burst % 3) * minuteMs });
    }
    incidents.push_back({ QStringLiteral("checkout"), QStringLiteral("us-west"), failingNowMs, 0 });
    incidents.push_back({ QStringLiteral("legacy-ftp"), QString(), failingNowMs, 0 });
    return incidents;
}

bool DemoDay::playBeforeRestart(const Observer &observe) const
{
    const std::vector<Incident> story = incidents();
    std::vector<bool> active(story.size(), false);
    SimulatedFleet fleet(m_options);
    fleet.advance(quietSecondsBefore);
    std::int64_t offset = -lengthMs;
    if (!observe(offset, fleet)) {
        return false;
    }
    while (offset < restartMs) {
        applyIncidents(fleet, story, offset, active);
        fleet.advance(double(scrapeIntervalMs) / 1000.0);
        offset += scrapeIntervalMs;
        if (!observe(offset, fleet)) {
            return false;
        }
    }
    return true;
}

SimulatedFleet DemoDay::playSinceRestart(const Observer &observe) const
{
    const std::vector<Incident> story = incidents();
    std::vector<bool> active(story.size(), false);
    // A restarted prober is a new one: its series appear again with their first probe.
    SimulatedFleet fleet(m_options);
    bool slower = false;
    for (std::int64_t offset = restartMs; offset < 0;) {
        applyIncidents(fleet, story, offset, active);
        if (!slower && offset >= regressionMs) {
            slower = true;
            fleet.startLatencyRegression(
                fleet.indexOf(QStringLiteral("api-gateway")), QStringLiteral("eu-east"), regressionFactor);
        }
        // Step by step even when nobody watches: the live demo's fleet is exactly the one whose
        // past the history holds.
        fleet.advance(double(scrapeIntervalMs) / 1000.0);
        offset += scrapeIntervalMs;
        if (observe && !observe(offset, fleet)) {
            break;
        }
    }
    return fleet;
}

SimulatedFleet DemoDay::finalFleet() const
{
    return playSinceRestart({});
}

void DemoDay::play(
    std::int64_t endMs, const std::function<bool(std::int64_t timeMs, const SimulatedFleet &fleet)> &scrape) const
{
    bool going = true;
    const auto observe = [&](std::int64_t offsetMs, const SimulatedFleet &fleet) {
        going = scrape(endMs + offsetMs, fleet);
        return going;
    };
    if (playBeforeRestart(observe)) {
        playSinceRestart(observe);
    }
}

bool DemoDay::seed(core::HistoryStore &store, const QString &source, std::int64_t endMs, QString *error) const
{
    std::vector<core::ScrapeRecord> batch;
    batch.reserve(scrapesPerAppend);
    bool ok = true;
    const auto flush = [&] {
        ok = store.appendPast(batch, error);
        batch.clear();
        return ok;
    };
    play(endMs, [&](std::int64_t timeMs, const SimulatedFleet &fleet) {
        core::ScrapeRecord record;
        record.source = source;
        record.timeMs = timeMs;
        record.snapshot = snapshotOf(fleet, source, timeMs);
        batch.push_back(std::move(record));
        return batch.size() < scrapesPerAppend || flush();
    });
    return ok && (batch.empty() || flush());
}

} // namespace appclacks::simulator
