// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/scrape/scraperequest.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <random>

class QNetworkAccessManager;
class QTimer;

namespace appclacks::core {

class HttpScraper;

/// What the status bar tells about the last scrape, good or bad.
struct ScrapeMetadata
{
    QDateTime time;
    qint64 durationMs = 0;
    qint64 bytes = 0;
    int httpStatus = 0;
    ScrapeError error = ScrapeError::None;
    QString message;
};

/// Scrapes one profile on its interval: manual refresh, exponential backoff with jitter for 429,
/// 5xx and network trouble (honouring Retry-After), no retry loop on rejected credentials. A
/// failed scrape commits nothing: the last good snapshot stays, marked stale.
class ScrapeScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeScheduler)

public:
    explicit ScrapeScheduler(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ScrapeScheduler() override;

    void setRequest(const ScrapeRequest &request, const HealthOptions &options, int intervalSeconds);
    void setSourceName(const QString &name) { m_sourceName = name; }
    /// Takes effect from the next scheduled scrape.
    void setInterval(int seconds);

    void start(); ///< scrapes now, then on the interval
    void stop();
    void refreshNow();

    std::shared_ptr<const HealthSnapshot> lastGoodSnapshot() const { return m_lastGood; }
    QDateTime lastGoodTime() const { return m_lastGoodTime; }
    ScrapeMetadata lastScrape() const { return m_lastScrape; }
    bool isStale() const { return m_lastScrape.error != ScrapeError::None && m_lastGood != nullptr; }
    bool isScraping() const { return m_inFlight != nullptr || m_building; }
    QDateTime nextScrapeTime() const { return m_nextScrape; }
    int consecutiveFailures() const { return m_failures; }

    /// The delay before the next try after `failures` failures in a row (1 s, 2 s, 4 s… at most
    /// five minutes, ±20% jitter), never shorter than what the server asked for.
    static int backoffMilliseconds(int failures, std::optional<int> retryAfterSeconds, double jitter);
    /// The delay after a transient failure: the backoff, or, when the server sent Retry-After,
    /// what it asked for kept between one refresh interval and maxRetryAfterSeconds (or the
    /// interval when that is longer). Defined for any input, INT_MAX and negatives included.
    static int retryDelayMilliseconds(
        int failures, std::optional<int> retryAfterSeconds, double jitter, int intervalMilliseconds);
    /// The longest a Retry-After can hold the scrapes back: a server cannot silence a source
    /// for a day by answering 429 once.
    static constexpr int maxRetryAfterSeconds = 3600;
    /// The longest refresh interval (a profile's limit): keeps every delay within an int.
    static constexpr int maxIntervalSeconds = 24 * 3600;

Q_SIGNALS:
    void scrapeStarted();
    /// A new good snapshot, already built off the GUI thread.
    void snapshotReady(std::shared_ptr<const appclacks::core::HealthSnapshot> snapshot);
    void scrapeFailed(const appclacks::core::ScrapeMetadata &metadata);
    void scrapeFinished(const appclacks::core::ScrapeMetadata &metadata);

private:
    void scrape();
    void onResponse(const ScrapeResponse &response);
    void scheduleNext(int delayMs);
    void recordFailure(const ScrapeMetadata &metadata, std::optional<int> retryAfter);

    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    HttpScraper *m_inFlight = nullptr;
    ScrapeRequest m_request;
    HealthOptions m_options;
    QString m_sourceName;
    int m_intervalMs = 30000;
    bool m_running = false;
    bool m_building = false;
    bool m_credentialsRejected = false;
    int m_failures = 0;
    quint64 m_scrapeId = 0; // results of an older scrape are dropped
    std::shared_ptr<const HealthSnapshot> m_lastGood;
    QDateTime m_lastGoodTime;
    ScrapeMetadata m_lastScrape;
    QDateTime m_nextScrape;
    std::mt19937 m_random;
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::ScrapeMetadata)
Q_DECLARE_METATYPE(std::shared_ptr<const appclacks::core::HealthSnapshot>)
