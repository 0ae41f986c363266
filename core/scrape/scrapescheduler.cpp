// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/scrapescheduler.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace appclacks::core {

ScrapeScheduler::ScrapeScheduler(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_loader(new SnapshotLoader(network, this))
    , m_timer(new QTimer(this))
    , m_random(std::random_device {}())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ScrapeScheduler::scrape);
    connect(m_loader, &SnapshotLoader::finished, this, &ScrapeScheduler::onLoaded);
}

ScrapeScheduler::~ScrapeScheduler() = default;

void ScrapeScheduler::setSource(const ResolvedSource &source, int intervalSeconds)
{
    m_source = source;
    m_intervalMs = intervalSeconds <= 0 ? 0 : std::clamp(intervalSeconds, 1, maxIntervalSeconds) * 1000;
    m_credentialsRejected = false;
    m_failures = 0;
}

void ScrapeScheduler::setInterval(int seconds)
{
    const bool wasPaused = m_intervalMs == 0;
    m_intervalMs = seconds <= 0 ? 0 : std::clamp(seconds, 1, maxIntervalSeconds) * 1000;
    if (m_intervalMs == 0) {
        m_timer->stop();
        m_nextScrape = {};
        return;
    }
    // Out of a pause nothing is waiting: the next refresh is one interval from now.
    if ((m_running && m_timer->isActive() && m_failures == 0) || (m_running && wasPaused && !m_loader->isLoading())) {
        scheduleNext(m_intervalMs);
    }
}

void ScrapeScheduler::start()
{
    m_running = true;
    scrape();
}

void ScrapeScheduler::stop()
{
    m_running = false;
    m_timer->stop();
    m_nextScrape = {};
    m_loader->cancel();
}

void ScrapeScheduler::refreshNow()
{
    m_credentialsRejected = false; // the user asks again: maybe they fixed the token
    if (m_loader->isLoading()) {
        return;
    }
    m_timer->stop();
    scrape();
}

int ScrapeScheduler::backoffMilliseconds(int failures, std::optional<int> retryAfterSeconds, double jitter)
{
    constexpr double maxMs = 5 * 60 * 1000.0;
    const double exponential = std::min(maxMs, 1000.0 * std::pow(2.0, std::max(0, failures - 1)));
    const double jittered = exponential * (1.0 + std::clamp(jitter, -0.2, 0.2));
    // In double and capped before the conversion: an int overflow (or a double beyond INT_MAX
    // converted to int) would be undefined behaviour with `Retry-After: 999999999`.
    const double asked
        = retryAfterSeconds ? std::clamp(*retryAfterSeconds * 1000.0, 0.0, maxRetryAfterSeconds * 1000.0) : 0.0;
    return int(std::max(jittered, asked));
}

int ScrapeScheduler::retryDelayMilliseconds(
    int failures, std::optional<int> retryAfterSeconds, double jitter, int intervalMilliseconds)
{
    const int backoff = backoffMilliseconds(failures, std::nullopt, jitter);
    if (!retryAfterSeconds) {
        return backoff;
    }
    const double interval = std::clamp<double>(intervalMilliseconds, 1000.0, maxIntervalSeconds * 1000.0);
    const double cap = std::max(interval, maxRetryAfterSeconds * 1000.0);
    // A past date or "0" still waits the interval: a server cannot make us scrape faster.
    const double asked = std::clamp(*retryAfterSeconds * 1000.0, interval, cap);
    return int(std::max<double>(backoff, asked));
}

void ScrapeScheduler::scrape()
{
    if (m_loader->isLoading()) {
        return;
    }
    m_nextScrape = {};
    Q_EMIT scrapeStarted();
    m_loader->load(m_source, m_contextProvider ? m_contextProvider() : SnapshotLoader::Context {});
}

void ScrapeScheduler::onLoaded(const LoadResult &result)
{
    if (result.ok()) {
        m_failures = 0;
        if (m_running) {
            scheduleNext(m_intervalMs);
        }
    } else {
        ++m_failures;
        if (result.metadata.error == ScrapeError::CredentialsRejected) {
            // Retrying would only hammer the API with the same wrong token; wait for the user.
            m_credentialsRejected = true;
            m_timer->stop();
            m_nextScrape = {};
        } else if (m_running) {
            const int delay = isTransient(result.metadata.error)
                ? retryDelayMilliseconds(m_failures, result.retryAfterSeconds,
                    std::uniform_real_distribution<double>(-0.2, 0.2)(m_random), m_intervalMs)
                : m_intervalMs;
            scheduleNext(std::max(delay, std::min(m_intervalMs, 1000)));
        }
    }
    Q_EMIT scrapeFinished(result);
}

void ScrapeScheduler::scheduleNext(int delayMs)
{
    if (!m_running || m_credentialsRejected || !repeats() || m_intervalMs == 0) {
        return;
    }
    m_nextScrape = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_timer->start(delayMs);
}

} // namespace appclacks::core
