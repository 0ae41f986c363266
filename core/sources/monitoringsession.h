// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/scrape/scraperequest.h"
#include "core/sources/demoserver.h"
#include "core/sources/sourcespec.h"

#include <QDateTime>
#include <QObject>

#include <deque>
#include <memory>

class QNetworkAccessManager;

namespace appclacks::core {

class HistoryRecorder;
class ScrapeScheduler;
class SecretStore;
class SourceResolver;
struct LoadResult;
struct ResolvedSource;

/// Which counters a view shows: as the prober reports them, or how they moved while we watched.
struct ObservationWindow
{
    enum class Kind { SinceProberStarted, SinceAppStarted, LastScrapes };
    Kind kind = Kind::SinceProberStarted;
    int scrapes = 10; ///< for LastScrapes

    QString label() const; ///< "since the prober started", "since the app started", "last 10 scrapes"
    friend bool operator==(const ObservationWindow &, const ObservationWindow &) = default;
};

/// Everything the window tells about the open source besides its checks, pushed by the session
/// whenever any of it changes.
struct SessionStatus
{
    SourceSpec spec;
    QString sourceName; ///< "production", "demo", "fleet.prom"; empty while nothing is open
    bool opening = false; ///< resolving the source (reading the keychain, starting the demo)
    bool refreshing = false;
    ScrapeMetadata lastScrape;
    QDateTime lastGoodTime;
    QDateTime nextRefresh; ///< invalid when nothing is scheduled
    bool stale = false; ///< the last refresh failed; the last good data stays on screen
    QString error; ///< the last refresh's error, or the source's; empty when it went well
    int refreshIntervalSeconds = 30;

    bool isOpen() const { return spec.kind != SourceKind::None; }
};

/// One open source and what the window shows of it. Keeps the snapshots seen in this session so
/// that windows other than the prober's own counters can be computed. GUI-thread object;
/// reading, parsing and every statistic happen on worker threads (SnapshotBuilder).
class MonitoringSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringSession)

public:
    /// `demoLauncher` starts the built-in demo (the simulator library's); without it the demo
    /// source fails with a message.
    explicit MonitoringSession(DemoLauncher demoLauncher = {}, QObject *parent = nullptr);
    ~MonitoringSession() override;

    /// Closes the current source and opens `spec`; progress and errors arrive as statusChanged.
    void open(const SourceSpec &spec);
    void close();

    void refreshNow();
    void setRefreshInterval(int seconds);
    int refreshInterval() const { return m_status.refreshIntervalSeconds; }

    void setWindow(const ObservationWindow &window);
    ObservationWindow window() const { return m_window; }

    SessionStatus status() const { return m_status; }
    /// What the views show: the latest snapshot, or the increase over the chosen window.
    std::shared_ptr<const HealthSnapshot> displayed() const { return m_displayed; }
    std::shared_ptr<const HealthSnapshot> latest() const;
    WindowChanges windowChanges() const { return m_changes; }

    /// The demo's server while the demo is open (for scripted incidents in tests and
    /// demonstrations); null otherwise.
    DemoServer *demoServer() const;
    /// Where the session reads tokens from; writing a new profile's token here makes it
    /// available to the session even when the keychain is not.
    SecretStore *secrets() const;

    /// Every scrape of a scraped source (not a file) is appended to this history from now on.
    void setRecorder(HistoryRecorder *recorder) { m_recorder = recorder; }

Q_SIGNALS:
    void statusChanged(const appclacks::core::SessionStatus &status);
    /// What the views show changed: a new refresh, or another window over the same snapshots.
    void displayedChanged(std::shared_ptr<const appclacks::core::HealthSnapshot> snapshot);
    /// A new good refresh, with its failure transitions (core/health/failurewatch.h).
    void latestChanged(std::shared_ptr<const appclacks::core::HealthSnapshot> snapshot);

private:
    void onResolved(const ResolvedSource &source);
    void onRefreshed(const LoadResult &result);
    void showWindow(std::shared_ptr<const HealthSnapshot> displayed, const WindowChanges &changes);
    std::shared_ptr<const HealthSnapshot> baseline(bool forNextSnapshot) const;
    void publishStatus();

    QNetworkAccessManager *m_network = nullptr;
    SourceResolver *m_resolver = nullptr;
    ScrapeScheduler *m_scheduler = nullptr;
    HistoryRecorder *m_recorder = nullptr;
    std::unique_ptr<ResolvedSource> m_source;
    SessionStatus m_status;
    ObservationWindow m_window;
    std::deque<std::shared_ptr<const HealthSnapshot>> m_history; // first of the session kept at the front
    std::shared_ptr<const HealthSnapshot> m_displayed;
    WindowChanges m_changes;
    quint64 m_windowGeneration = 0; // a window computed for an older choice is dropped
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::SessionStatus)
