// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "simulator/simulatedfleet.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace appclacks::core {
class HistoryStore;
}

namespace appclacks::simulator {

/// The day the demo's fleet lived before the demo starts: what the demo's seeded history tells,
/// and the counters the live demo carries on from. A pure function of the seed; times are
/// offsets from the day's end (the moment the demo starts), so the same day lands on any clock.
///
/// The story, from the end backwards:
///  - 20 min ago: checkout starts failing in us-west, legacy-ftp everywhere (still failing);
///  - 45 min ago: api-gateway becomes four times slower in eu-east (still slow);
///  -  6 h ago: every prober restarted (a deploy): all counters start again from zero, so the
///    prober's own counters ("since the prober started") no longer show what came before;
///  - 13 h to 8 h ago: dns-corp fails in short bursts in us-west (intermittent);
///  - 16 h 30 to 16 h 10 ago: auth-service fails in every zone (global outage, recovered);
///  - 21 h to 20 h 15 ago: payments-api fails in eu-east (zone outage, recovered);
///  - before that, two quiet days: the history starts with counters already running.
class DemoDay final
{
public:
    /// A stretch of time in which probes of a check fail; `zone` empty for every zone. The probes
    /// of (startMs, endMs] fail, so a scrape at endMs is the last one to count new failures.
    struct Incident
    {
        QString check;
        QString zone;
        std::int64_t startMs = 0; ///< before the day's end: negative
        std::int64_t endMs = 0; ///< 0 for an incident still going on when the day ends
    };

    static constexpr std::int64_t lengthMs = 24 * 3600 * 1000;
    /// Scrapes, like probes, every 30 s: each scrape sees exactly one new probe per check × zone.
    static constexpr std::int64_t scrapeIntervalMs = 30 * 1000;
    /// When every prober restarted, before the day's end.
    static constexpr std::int64_t restartMs = -6 * 3600 * 1000;

    explicit DemoDay(std::uint64_t seed = 1);

    /// Every failure of the day, in time order.
    static std::vector<Incident> incidents();

    /// The fleet as the day leaves it: what the live demo serves from its start on.
    SimulatedFleet finalFleet() const;

    /// Plays the day: `scrape` sees the fleet at every scrape, from endMs − 24 h through endMs
    /// (2,881 scrapes); it returns false to stop.
    void play(
        std::int64_t endMs, const std::function<bool(std::int64_t timeMs, const SimulatedFleet &fleet)> &scrape) const;

    /// Writes the day into `store` (open read-write) as scrapes of `source`, in a few transactions.
    bool seed(core::HistoryStore &store, const QString &source, std::int64_t endMs, QString *error) const;

private:
    using Observer = std::function<bool(std::int64_t offsetMs, const SimulatedFleet &fleet)>;
    /// The prober's run before the restart, from the day's start through the restart.
    bool playBeforeRestart(const Observer &observe) const;
    /// The run since the restart, through the day's end: the live demo's own past.
    SimulatedFleet playSinceRestart(const Observer &observe) const;

    FleetOptions m_options;
};

} // namespace appclacks::simulator
