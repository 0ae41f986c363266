// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/sources/demoserver.h"
#include "simulator/simulatorserver.h"

namespace appclacks::simulator {

/// The built-in demo: the simulator serving the demo fleet on a free loopback port, scraped
/// like a real Appclacks API with credentials it made up for this run.
class SimulatedDemo final : public core::DemoServer
{
public:
    explicit SimulatedDemo(const core::DemoOptions &options);

    bool listen() { return m_server.listen(); }
    QString errorString() const { return m_server.errorString(); }
    core::ScrapeRequest scrapeRequest() const override;
    core::DemoHistorySeeder historySeeder() const override { return historySeeder(m_seed); }
    /// The seeder of the demo with this seed, without starting a server (the command line's
    /// `--demo --history`).
    static core::DemoHistorySeeder historySeeder(std::uint64_t seed);
    /// For scripted incidents in tests and demonstrations.
    SimulatorServer &server() { return m_server; }

private:
    SimulatorServer m_server;
    std::uint64_t m_seed;
};

/// What MonitoringSession and the command line are given to start the demo.
core::DemoLauncher demoLauncher();

} // namespace appclacks::simulator
