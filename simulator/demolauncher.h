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
    /// For scripted incidents in tests and demonstrations.
    SimulatorServer &server() { return m_server; }

private:
    SimulatorServer m_server;
};

/// What MonitoringSession and the command line are given to start the demo.
core::DemoLauncher demoLauncher();

} // namespace appclacks::simulator
