// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/scrape/scraperequest.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace appclacks::core {

class HistoryStore;

/// Writes a demo's past into `store` (open read-write) as scrapes of `source`, the last one at
/// `endMs` holding the counters the demo's server started from; false with `error` set when the
/// store refuses. Runs on any thread and needs nothing of the server, which may be gone.
using DemoHistorySeeder
    = std::function<bool(HistoryStore &store, const QString &source, std::int64_t endMs, QString *error)>;

/// A running demo, seen from core as something to scrape. The simulator library makes it
/// (simulator/demolauncher.h): core holds none of the simulator.
class DemoServer
{
public:
    virtual ~DemoServer() = default;
    /// Scrapes the demo over real HTTP, with the credentials the server made up for this run.
    virtual ScrapeRequest scrapeRequest() const = 0;
    /// The day the demo's fleet lived before the server started, for DemoHistory to write into
    /// a temporary history: every view of time has something to show at once. With an `endMs`
    /// at or after the server's start, the live scrapes carry on from its last scrape's counters.
    virtual DemoHistorySeeder historySeeder() const = 0;
};

struct DemoOptions
{
    std::uint64_t seed = 1;
    double timeScale = 1; ///< simulated seconds per real second
};

/// Starts a demo server, or returns null with `error` saying why.
using DemoLauncher = std::function<std::unique_ptr<DemoServer>(const DemoOptions &options, QString *error)>;

} // namespace appclacks::core
