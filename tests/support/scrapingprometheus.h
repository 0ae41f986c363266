// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "simulator/simulatorserver.h"
#include "tests/support/prometheusprocess.h"

#include <QString>

#include <memory>

namespace appclacks::tests {

/// The simulator on 127.0.0.1 (the demo's 8 checks × 3 zones, about one probe a pair a second)
/// and a real Prometheus scraping its Appclacks path every second as the job "simulator", for
/// tests that hold the app's figures against the same PromQL sent straight to the server.
class ScrapingPrometheus final
{
public:
    ScrapingPrometheus();
    ~ScrapingPrometheus();
    ScrapingPrometheus(const ScrapingPrometheus &) = delete;
    ScrapingPrometheus &operator=(const ScrapingPrometheus &) = delete;

    /// Starts both and waits (up to a minute) until every pair's outcome counters were scraped
    /// `scrapes` times; false with `error` otherwise.
    bool start(int scrapes, QString *error);

    simulator::SimulatorServer &simulator() { return *m_simulator; }
    PrometheusProcess &prometheus() { return m_prometheus; }
    QUrl baseUrl() const { return m_prometheus.baseUrl(); }
    /// `job="simulator"`: the matcher that selects the simulator's series.
    static QString matcher() { return QStringLiteral("job=\"simulator\""); }

private:
    std::unique_ptr<simulator::SimulatorServer> m_simulator;
    PrometheusProcess m_prometheus;
};

} // namespace appclacks::tests
