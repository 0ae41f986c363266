// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/scrapingprometheus.h"

#include "tests/support/directprometheusquery.h"

#include <QDateTime>
#include <QTest>

namespace appclacks::tests {

ScrapingPrometheus::ScrapingPrometheus()
    : m_simulator(std::make_unique<simulator::SimulatorServer>())
{ }

ScrapingPrometheus::~ScrapingPrometheus() = default;

bool ScrapingPrometheus::start(int scrapes, QString *error)
{
    m_simulator->setBasicCredentials(QStringLiteral("org-1"), QStringLiteral("scrape-token"));
    m_simulator->setTimeScale(30); // about one probe a pair a second
    if (!m_simulator->listen()) {
        *error = m_simulator->errorString();
        return false;
    }
    const QByteArray scrape = "  - job_name: simulator\n"
                              "    scrape_interval: 1s\n"
                              "    scrape_timeout: 1s\n"
                              "    metrics_path: /api/v1/metrics/healthchecks\n"
                              "    basic_auth:\n"
                              "      username: org-1\n"
                              "      password: scrape-token\n"
                              "    static_configs:\n"
                              "      - targets: ['127.0.0.1:"
        + QByteArray::number(m_simulator->port()) + "']\n";
    if (!m_prometheus.start({ scrape, {}, false, {} }, error)) {
        return false;
    }
    const double wanted = double(m_simulator->fleet().checkCount()) * 3 * 2 * scrapes; // pairs × outcomes
    double scraped = 0;
    // The simulator answers Prometheus from this thread's event loop, which the wait keeps running.
    const bool done = QTest::qWaitFor(
        [&] {
            const auto counted = DirectPrometheusQuery::values(baseUrl(),
                QStringLiteral("sum(count_over_time(healthcheck_total{%1}[1m]))").arg(matcher()),
                QDateTime::currentMSecsSinceEpoch(), {}, error);
            scraped = counted.empty() ? 0 : counted.begin()->second;
            return scraped >= wanted;
        },
        60000);
    if (done) {
        return true;
    }
    *error
        = QStringLiteral("Prometheus scraped %1 outcome samples of the %2 wanted in a minute").arg(scraped).arg(wanted);
    return false;
}

} // namespace appclacks::tests
