// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/checktimeline.h"
#include "core/history/timerange.h"
#include "core/scrape/scraperequest.h"
#include "core/sources/demoserver.h"
#include "core/sources/sourcespec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace appclacks::core {

class DemoHistory;
class HistoryRecorder;
class ScrapeScheduler;
class PrometheusSource;
class SecretStore;
class SourceResolver;
struct PrometheusCheckAnswer;
struct PrometheusRangeAnswer;
struct LoadResult;
struct ResolvedSource;

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
    /// Why the chosen range cannot be shown (the history cannot be read, or holds nothing of the
    /// source yet): the counters as they stand are shown instead.
    QString historyError;
    /// Whether ranges other than "since the prober started" can be shown: a scraped source
    /// whose scrapes the history keeps.
    bool hasHistory = false;
    int refreshIntervalSeconds = 30;
    /// For a Prometheus-compatible server: the server whose PromQL computed the figures
    /// ("Prometheus 2.42.0 at prom.example:9090"), once it answered; empty for other sources.
    QString computedBy;
    /// The server's warnings about its last answer, shown beside the figures it still gave.
    QStringList warnings;
    /// While a server is answering: how many of the refresh's queries have their answer.
    int queriesAnswered = 0;
    int queriesAsked = 0;

    bool isOpen() const { return spec.kind != SourceKind::None; }
};

/// One open source and what the window shows of it: the chosen range's figures, read from the
/// history after each scrape, with every check's status now. GUI-thread object; reading,
/// parsing and every statistic happen on worker threads (SnapshotBuilder, the history's thread).
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
    /// Abandons the queries a Prometheus-compatible server is answering; the figures shown stay.
    void cancelRefresh();
    void setRefreshInterval(int seconds);
    int refreshInterval() const { return m_status.refreshIntervalSeconds; }

    /// The range every figure covers; ranges other than "since the prober started" need the
    /// history (status().hasHistory).
    void setRange(const TimeRange &range);
    TimeRange range() const { return m_range; }
    /// How far back "now" reaches for a check's status (AppSettings::statusWindowMinutes).
    void setStatusWindowMinutes(int minutes);
    /// The same to the millisecond: the preference is in minutes, but a test of a recovery
    /// through live scrapes cannot wait minutes of real time.
    void setStatusWindowMs(std::int64_t windowMs);

    /// The check whose course over the range the details show; checkOverTimeChanged follows
    /// each change and each refresh. Empty for none.
    void setFocusedCheck(const QString &checkKey);

    SessionStatus status() const { return m_status; }
    /// What the views show: the range's figures with each check's status now.
    std::shared_ptr<const HealthSnapshot> displayed() const { return m_displayed; }
    /// The counters of the last good scrape, as the prober reports them.
    std::shared_ptr<const HealthSnapshot> latest() const { return m_latest; }

    /// The demo's server while the demo is open (for scripted incidents in tests and
    /// demonstrations); null otherwise.
    DemoServer *demoServer() const;
    /// Where the session reads tokens from; writing a new profile's token here makes it
    /// available to the session even when the keychain is not.
    SecretStore *secrets() const;

    /// Every scrape of a scraped source (not a file) is appended to this history from now on,
    /// and ranges are read from it.
    void setRecorder(HistoryRecorder *recorder);
    /// The history file the open source's ranges are read from: the recorder's, or for the
    /// demo its own temporary one (DemoHistory); empty without a history.
    QString historyPath() const;

Q_SIGNALS:
    void statusChanged(const appclacks::core::SessionStatus &status);
    /// What the views show changed: a new refresh, or another range over the same source.
    void displayedChanged(std::shared_ptr<const appclacks::core::HealthSnapshot> snapshot);
    /// What a new good refresh displays, its failure transitions marked against the previous
    /// one's statuses (core/health/failurewatch.h). Not emitted for a change of range.
    void refreshed(std::shared_ptr<const appclacks::core::HealthSnapshot> snapshot);
    /// The focused check over the range; null when there is none or the history cannot tell.
    void checkOverTimeChanged(std::shared_ptr<const appclacks::core::CheckOverTime> overTime);

private:
    void onResolved(const ResolvedSource &source);
    void onRefreshed(const LoadResult &result);
    /// Asks for what the views show; `news` after a refresh (its transitions are told).
    void requestDisplayed(bool news);
    void showDisplayed(std::shared_ptr<const HealthSnapshot> displayed, const QString &historyError, bool news);
    void requestCheckOverTime();
    /// A Prometheus-compatible server as the source: each refresh asks it for the range.
    void refreshFromServer();
    void requestFromServer(bool news);
    void onRangeRead(const PrometheusRangeAnswer &answer, quint64 generation, bool news);
    void requestCheckFromServer(quint64 generation);
    /// The range's (from, to] now; from 0 for "since the prober started".
    TimeWindow serverWindow(std::int64_t nowMs) const;
    QString historySource() const;
    /// Where scrapes are recorded and ranges read: the demo's own history, or the recorder.
    HistoryRecorder *activeRecorder() const;
    void publishStatus();

    QNetworkAccessManager *m_network = nullptr;
    SourceResolver *m_resolver = nullptr;
    ScrapeScheduler *m_scheduler = nullptr;
    HistoryRecorder *m_recorder = nullptr;
    std::unique_ptr<DemoHistory> m_demoHistory;
    std::unique_ptr<PrometheusSource> m_server;
    QTimer *m_serverTimer = nullptr;
    QElapsedTimer m_serverClock; ///< since the range was asked for
    std::unique_ptr<ResolvedSource> m_source;
    SessionStatus m_status;
    TimeRange m_range;
    std::int64_t m_statusWindowMs = 5 * 60 * 1000;
    QString m_focusedCheck;
    std::shared_ptr<const HealthSnapshot> m_latest;
    std::shared_ptr<const HealthSnapshot> m_previousScrape;
    std::shared_ptr<const HealthSnapshot> m_displayed;
    // Answers computed for an older scrape, range or source are dropped.
    quint64 m_displayGeneration = 0;
    quint64 m_checkGeneration = 0;
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::SessionStatus)
