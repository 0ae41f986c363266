// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/scrapescheduler.h"

#include "core/scrape/httpscraper.h"
#include "core/scrape/snapshotbuilder.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace appclacks::core {

ScrapeScheduler::ScrapeScheduler(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timer(new QTimer(this))
    , m_random(std::random_device {}())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ScrapeScheduler::scrape);
}

ScrapeScheduler::~ScrapeScheduler() = default;

void ScrapeScheduler::setRequest(const ScrapeRequest &request, const HealthOptions &options, int intervalSeconds)
{
    m_request = request;
    m_options = options;
    m_intervalMs = std::clamp(intervalSeconds, 1, maxIntervalSeconds) * 1000;
    m_credentialsRejected = false;
    m_failures = 0;
}

void ScrapeScheduler::setInterval(int seconds)
{
    m_intervalMs = std::clamp(seconds, 1, maxIntervalSeconds) * 1000;
    if (m_running && m_timer->isActive() && m_failures == 0) {
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
    ++m_scrapeId;
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->deleteLater();
        m_inFlight = nullptr;
    }
}

void ScrapeScheduler::refreshNow()
{
    m_credentialsRejected = false; // the user asks again: maybe they fixed the token
    if (m_inFlight) {
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
    if (m_inFlight) {
        return;
    }
    const quint64 id = ++m_scrapeId;
    m_inFlight = new HttpScraper(m_network, this);
    connect(m_inFlight, &HttpScraper::finished, this, [this, id](const ScrapeResponse &response) {
        sender()->deleteLater();
        m_inFlight = nullptr;
        if (id == m_scrapeId) {
            onResponse(response);
        }
    });
    Q_EMIT scrapeStarted();
    m_inFlight->start(m_request);
}

void ScrapeScheduler::onResponse(const ScrapeResponse &response)
{
    ScrapeMetadata metadata;
    metadata.time = response.startedAt;
    metadata.durationMs = response.durationMs;
    metadata.bytes = response.bytes;
    metadata.httpStatus = response.httpStatus;
    metadata.error = response.error;
    metadata.message = response.message;
    if (!response.ok()) {
        recordFailure(metadata, response.retryAfterSeconds);
        return;
    }

    SnapshotBuilder::Input input;
    input.body = response.body;
    input.format = response.format;
    input.options = m_options;
    input.source = m_sourceName.isEmpty() ? m_request.profileName : m_sourceName;
    input.scrapedAt = response.startedAt;
    const quint64 id = m_scrapeId;
    m_building = true;
    SnapshotBuilder::buildAsync(std::move(input), this, [this, id, metadata](BuiltSnapshot built) mutable {
        m_building = false;
        if (id != m_scrapeId) {
            return; // a newer scrape, or a stop, superseded this one
        }
        if (!built.snapshot) {
            metadata.error = ScrapeError::BadData;
            metadata.message = QCoreApplication::translate("ScrapeScheduler", "The metrics of %1 were refused: %2")
                                   .arg(m_request.profileName, built.error);
            recordFailure(metadata, std::nullopt);
            return;
        }
        m_failures = 0;
        m_lastGood = std::move(built.snapshot);
        m_lastGoodTime = metadata.time;
        m_lastScrape = metadata;
        if (m_running) {
            scheduleNext(m_intervalMs);
        }
        Q_EMIT snapshotReady(m_lastGood);
        Q_EMIT scrapeFinished(metadata);
    });
}

void ScrapeScheduler::recordFailure(const ScrapeMetadata &metadata, std::optional<int> retryAfter)
{
    m_lastScrape = metadata;
    ++m_failures;
    if (metadata.error == ScrapeError::CredentialsRejected) {
        // Retrying would only hammer the API with the same wrong token; wait for the user.
        m_credentialsRejected = true;
        m_timer->stop();
        m_nextScrape = {};
    } else if (m_running) {
        const int delay = isTransient(metadata.error) ? retryDelayMilliseconds(m_failures, retryAfter,
                              std::uniform_real_distribution<double>(-0.2, 0.2)(m_random), m_intervalMs)
                                                      : m_intervalMs;
        scheduleNext(std::max(delay, std::min(m_intervalMs, 1000)));
    }
    Q_EMIT scrapeFailed(metadata);
    Q_EMIT scrapeFinished(metadata);
}

void ScrapeScheduler::scheduleNext(int delayMs)
{
    if (!m_running || m_credentialsRejected) {
        return;
    }
    m_nextScrape = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_timer->start(delayMs);
}

} // namespace appclacks::core
