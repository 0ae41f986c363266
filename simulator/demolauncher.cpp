// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/demolauncher.h"

#include <QCoreApplication>

namespace appclacks::simulator {

SimulatedDemo::SimulatedDemo(const core::DemoOptions &options)
    : m_server(SimulatedFleet::demoScenario(options.seed))
{
    m_server.setTimeScale(options.timeScale);
}

core::ScrapeRequest SimulatedDemo::scrapeRequest() const
{
    return m_server.appclacksScrapeRequest(QCoreApplication::translate("SimulatedDemo", "demo"));
}

core::DemoLauncher demoLauncher()
{
    return [](const core::DemoOptions &options, QString *error) -> std::unique_ptr<core::DemoServer> {
        auto demo = std::make_unique<SimulatedDemo>(options);
        if (!demo->listen()) {
            if (error) {
                *error = demo->errorString();
            }
            return nullptr;
        }
        return demo;
    };
}

} // namespace appclacks::simulator
