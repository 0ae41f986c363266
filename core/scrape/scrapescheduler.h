// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/sources/snapshotloader.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <random>

class QNetworkAccessManager;
class QTimer;

namespace appclacks::core {

/// Refreshes one resolved source on its interval: manual refresh, exponential backoff with
/// jitter for 429, 5xx and network trouble (honouring Retry-After), no retry loop on rejected
/// credentials. A file is read again only when asked. A failed refresh commits nothing: the last
/// good snapshot stays, marked stale.
class ScrapeScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeScheduler)

public:
    using ContextProvider = std::function<SnapshotLoader::Context()>;

    explicit ScrapeScheduler(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ScrapeScheduler() override;

    void setSource(const ResolvedSource &source, int intervalSeconds);
    /// Asked for the previous snapshot and the window's start each time a refresh begins.
    void setContextProvider(ContextProvider provider) { m_contextProvider = std::move(provider); }
    /// Takes effect from the next scheduled scrape; 0 pauses (refreshNow() still scrapes).
    void setInterval(int seconds);

    void start(); ///< refreshes now, then on the interval
    void stop();
    void refreshNow();

    bool isScraping() const { return m_loader->isLoading(); }
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
    /// Good or bad; a good one's snapshots were built off the GUI thread.
    void scrapeFinished(const appclacks::core::LoadResult &result);

private:
    void scrape();
    void onLoaded(const LoadResult &result);
    void scheduleNext(int delayMs);
    bool repeats() const { return m_source.request.has_value(); }

    SnapshotLoader *m_loader = nullptr;
    QTimer *m_timer = nullptr;
    ResolvedSource m_source;
    ContextProvider m_contextProvider;
    int m_intervalMs = 30000;
    bool m_running = false;
    bool m_credentialsRejected = false;
    int m_failures = 0;
    QDateTime m_nextScrape;
    std::mt19937 m_random;
};

} // namespace appclacks::core
