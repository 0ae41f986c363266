// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/profiles/profile.h"
#include "core/scrape/scrapescheduler.h"

#include <QDateTime>
#include <QObject>

#include <deque>
#include <memory>

class QNetworkAccessManager;

namespace appclacks::core {

class SimulatorServer;

/// Which counters a view shows: as the prober reports them, or how they moved while we watched.
struct ObservationWindow
{
    enum class Kind { SinceProberStarted, SinceAppStarted, LastScrapes };
    Kind kind = Kind::SinceProberStarted;
    int scrapes = 10; ///< for LastScrapes

    QString label() const; ///< "since the prober started", "since the app started", "last 10 scrapes"
    friend bool operator==(const ObservationWindow &, const ObservationWindow &) = default;
};

/// One open source and what the window shows of it: the demo (a simulator scraped over real
/// HTTP), a file, or a profile on its refresh schedule. Keeps the snapshots seen in this session
/// so that windows other than the prober's own counters can be computed. GUI-thread object;
/// parsing and building happen on worker threads.
class MonitoringSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringSession)

public:
    enum class SourceType { None, Demo, File, Profile };

    explicit MonitoringSession(QObject *parent = nullptr);
    ~MonitoringSession() override;

    void openDemo(std::uint64_t seed = 1);
    void openFile(const QString &path);
    /// `secret` is used for this session's requests only; where it is stored is not our business.
    void openProfile(const Profile &profile, const QString &secret);
    void close();

    void refreshNow();
    void setRefreshInterval(int seconds);
    int refreshInterval() const { return m_intervalSeconds; }

    void setWindow(const ObservationWindow &window);
    ObservationWindow window() const { return m_window; }

    SourceType sourceType() const { return m_type; }
    QString sourceName() const { return m_sourceName; }
    /// What the views show: the latest snapshot, or the increase over the chosen window.
    std::shared_ptr<const HealthSnapshot> displayed() const { return m_displayed; }
    std::shared_ptr<const HealthSnapshot> latest() const;
    int snapshotsSeen() const { return int(m_history.size()); }
    WindowChanges windowChanges() const { return m_changes; }

    bool isStale() const;
    QDateTime lastGoodTime() const;
    ScrapeMetadata lastScrape() const;
    QDateTime nextScrapeTime() const;
    bool isRefreshing() const;
    QString lastError() const { return m_lastError; }

    /// The demo's simulator, for scripted incidents in tests and demonstrations; null otherwise.
    SimulatorServer *simulator() const { return m_simulator.get(); }

Q_SIGNALS:
    void sourceChanged();
    void displayedChanged(std::shared_ptr<const appclacks::core::HealthSnapshot> snapshot);
    void refreshStarted();
    void refreshFinished(); ///< good or bad; read lastScrape() and isStale()
    void failed(const QString &message);

private:
    void startScheduler(const ScrapeRequest &request, const HealthOptions &options, const QString &name);
    void acceptSnapshot(std::shared_ptr<const HealthSnapshot> snapshot);
    void recompute();

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<SimulatorServer> m_simulator;
    ScrapeScheduler *m_scheduler = nullptr;
    SourceType m_type = SourceType::None;
    QString m_sourceName;
    QString m_filePath;
    int m_intervalSeconds = 30;
    ObservationWindow m_window;
    std::deque<std::shared_ptr<const HealthSnapshot>> m_history; // first of the session kept at the front
    std::shared_ptr<const HealthSnapshot> m_displayed;
    WindowChanges m_changes;
    QString m_lastError;
    ScrapeMetadata m_fileMetadata;
    quint64 m_generation = 0; // results for a source that was closed meanwhile are dropped
};

} // namespace appclacks::core
