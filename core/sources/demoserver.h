// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/scrape/scraperequest.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace appclacks::core {

/// A running demo, seen from core as something to scrape. The simulator library makes it
/// (simulator/demolauncher.h): core holds none of the simulator.
class DemoServer
{
public:
    virtual ~DemoServer() = default;
    /// Scrapes the demo over real HTTP, with the credentials the server made up for this run.
    virtual ScrapeRequest scrapeRequest() const = 0;
};

struct DemoOptions
{
    std::uint64_t seed = 1;
    double timeScale = 1; ///< simulated seconds per real second
};

/// Starts a demo server, or returns null with `error` saying why.
using DemoLauncher = std::function<std::unique_ptr<DemoServer>(const DemoOptions &options, QString *error)>;

} // namespace appclacks::core
