// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "fleetgenerator.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>

class QTemporaryDir;

namespace appclacks::core {
class HistoryStore;
}

namespace appclacks::bench {

/// What the benchmarks that write the generated fleet into a history share: how many pairs, over
/// how long, how often, and where to keep the files.
struct FleetOptions
{
    int pairs = 1000;
    int days = 7;
    int interval = 60; ///< seconds between scrapes
    QString keep; ///< --keep DIR; empty: a temporary folder
    QString source = QStringLiteral("bench"); ///< the source the scrapes are recorded under
    std::int64_t startMs = 1764547200000; ///< the first scrape: 2025-12-01T00:00:00Z by default
    /// Written as the demo's day is (HistoryStore::appendPast, an hour of scrapes a call, straight
    /// into blocks), many times faster than the recorder's appends: for benchmarks that only read.
    bool past = false;

    std::int64_t scrapes() const { return std::int64_t(days) * 86400 / interval; }
};

/// Reads --pairs N, --days D, --interval S and --keep DIR into `options`, and hands any other
/// argument to `other` with a way to take its value; `other` says whether it knew the argument.
/// An unknown one prints `usage` and gives false. The pairs end a multiple of four (a check's
/// four zones).
bool parseFleetOptions(int argc, char *argv[], FleetOptions &options, const char *usage,
    const std::function<bool(const char *argument, const std::function<const char *()> &value)> &other);

/// --keep's folder, created, or else the temporary one; empty, having said why, when it cannot be
/// made.
QString workDirectory(const FleetOptions &options, const QTemporaryDir &temporary);

struct FleetWritten
{
    std::size_t samples = 0;
    std::int64_t appendNs = 0; ///< time spent in HistoryStore::append
};

/// Writes the fleet's scrapes into `store` as `options.source`, through the store's own append,
/// ten scrapes a transaction: what the recorder does when scrapes come faster than the disk (or
/// through appendPast with `options.past`).
/// `each`, when given, sees every scrape (the fleet just stepped, its time, whether it is the last)
/// before it is stored, and may stop the run by giving false. Errors are printed.
std::optional<FleetWritten> writeFleet(core::HistoryStore &store, const FleetOptions &options,
    const std::function<bool(const FleetGenerator &fleet, std::int64_t timeMs, bool last)> &each = {});

} // namespace appclacks::bench
