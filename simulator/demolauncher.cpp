// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/demolauncher.h"

#include "simulator/demoday.h"

#include <QCoreApplication>

namespace appclacks::simulator {

SimulatedDemo::SimulatedDemo(const core::DemoOptions &options)
    : m_server(DemoDay(options.seed).finalFleet())
    , m_seed(options.seed)
{
    m_server.setTimeScale(options.timeScale);
}

core::ScrapeRequest SimulatedDemo::scrapeRequest() const
{
    return m_server.appclacksScrapeRequest(QCoreApplication::translate("SimulatedDemo", "demo"));
}

core::DemoHistorySeeder SimulatedDemo::historySeeder(std::uint64_t seed)
{
    return [seed](core::HistoryStore &store, const QString &source, std::int64_t endMs, QString *error) {
        return DemoDay(seed).seed(store, source, endMs, error);
    };
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
