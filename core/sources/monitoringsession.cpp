// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/monitoringsession.h"

#include "core/history/historyrecorder.h"
#include "core/scrape/scrapescheduler.h"
#include "core/sources/snapshotloader.h"
#include "core/sources/sourceresolver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace appclacks::core {

namespace {

class SessionText final
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringSession)
};

// Enough for "last N scrapes" choices up to an hour at 30 s; the first snapshot is kept apart.
constexpr std::size_t maxHistory = 121;
// 30 simulated seconds per second: the demo visibly moves.
constexpr double demoTimeScale = 30;

} // namespace

QString ObservationWindow::label() const
{
    switch (kind) {
    case Kind::SinceProberStarted:
        return SessionText::tr("since the prober started");
    case Kind::SinceAppStarted:
        return SessionText::tr("since the app started");
    case Kind::LastScrapes:
        return SessionText::tr("last %n scrapes", nullptr, scrapes);
    }
    return {};
}

MonitoringSession::MonitoringSession(DemoLauncher demoLauncher, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_resolver(new SourceResolver(std::move(demoLauncher), this))
    , m_scheduler(new ScrapeScheduler(m_network, this))
{
    m_resolver->setDemoTimeScale(demoTimeScale);
    m_scheduler->setContextProvider([this] { return SnapshotLoader::Context { latest(), baseline(true) }; });
    connect(m_scheduler, &ScrapeScheduler::scrapeStarted, this, [this] {
        m_status.refreshing = true;
        m_status.nextRefresh = {};
        publishStatus();
    });
    connect(m_scheduler, &ScrapeScheduler::scrapeFinished, this, &MonitoringSession::onRefreshed);
}

MonitoringSession::~MonitoringSession()
{
    m_scheduler->stop();
}

void MonitoringSession::close()
{
    m_resolver->cancel();
    m_scheduler->stop();
    ++m_windowGeneration;
    m_source.reset();
    m_history.clear();
    m_displayed.reset();
    m_changes = {};
    const int interval = m_status.refreshIntervalSeconds;
    m_status = {};
    m_status.refreshIntervalSeconds = interval;
}

void MonitoringSession::open(const SourceSpec &spec)
{
    close();
    m_status.spec = spec;
    m_status.opening = true;
    publishStatus();
    Q_EMIT displayedChanged(nullptr);
    m_resolver->resolve(spec, [this](const Resolution &resolution) {
        if (!resolution.source) {
            m_status.opening = false;
            m_status.error = resolution.error;
            publishStatus();
            return;
        }
        onResolved(*resolution.source);
    });
}

void MonitoringSession::onResolved(const ResolvedSource &source)
{
    m_source = std::make_unique<ResolvedSource>(source);
    m_status.opening = false;
    m_status.sourceName = source.name;
    if (source.refreshSeconds > 0) {
        m_status.refreshIntervalSeconds = source.refreshSeconds;
    }
    m_scheduler->setSource(source, m_status.refreshIntervalSeconds);
    publishStatus();
    m_scheduler->start();
}

SecretStore *MonitoringSession::secrets() const
{
    return m_resolver->secrets();
}

DemoServer *MonitoringSession::demoServer() const
{
    return m_source ? m_source->demo.get() : nullptr;
}

void MonitoringSession::refreshNow()
{
    if (m_source) {
        m_scheduler->refreshNow();
    } else if (m_status.isOpen() && !m_status.opening) {
        open(m_status.spec); // resolving failed (a locked keychain, say): try again
    }
}

void MonitoringSession::setRefreshInterval(int seconds)
{
    m_status.refreshIntervalSeconds = seconds;
    m_scheduler->setInterval(seconds);
    if (!m_status.refreshing) {
        m_status.nextRefresh = m_scheduler->nextScrapeTime(); // rescheduled, or none when paused
    }
    publishStatus();
}

std::shared_ptr<const HealthSnapshot> MonitoringSession::latest() const
{
    return m_history.empty() ? nullptr : m_history.back();
}

// The window's start: null when the window is the prober's own counters, or until there is a
// second snapshot to measure from. With `forNextSnapshot`, for the snapshot being built now.
std::shared_ptr<const HealthSnapshot> MonitoringSession::baseline(bool forNextSnapshot) const
{
    std::vector<std::shared_ptr<const HealthSnapshot>> history(m_history.begin(), m_history.end());
    if (forNextSnapshot) {
        history.push_back(nullptr); // where the new snapshot will be
        if (history.size() > maxHistory) {
            history.erase(history.begin() + 1); // as onRefreshed() trims
        }
    }
    if (m_window.kind == ObservationWindow::Kind::SinceProberStarted || history.size() < 2) {
        return nullptr;
    }
    const std::size_t back = m_window.kind == ObservationWindow::Kind::SinceAppStarted
        ? history.size() - 1
        : std::min<std::size_t>(std::max(1, m_window.scrapes), history.size() - 1);
    return history[history.size() - 1 - back];
}

void MonitoringSession::onRefreshed(const LoadResult &result)
{
    if (m_recorder && m_source) {
        m_recorder->record(*m_source, result); // a failed scrape too: it is kept as an event
    }
    m_status.refreshing = false;
    m_status.lastScrape = result.metadata;
    m_status.nextRefresh = m_scheduler->nextScrapeTime();
    if (!result.ok()) {
        m_status.error = result.metadata.message;
        m_status.stale = !m_history.empty();
        publishStatus();
        return;
    }
    m_status.error.clear();
    m_status.stale = false;
    m_status.lastGoodTime = result.metadata.time;
    m_history.push_back(result.built.latest);
    if (m_history.size() > maxHistory) {
        // Keep the session's first snapshot: "since the app started" is measured from it.
        m_history.erase(m_history.begin() + 1);
    }
    ++m_windowGeneration;
    publishStatus();
    Q_EMIT latestChanged(result.built.latest);
    showWindow(result.built.displayed, result.built.changes);
}

void MonitoringSession::setWindow(const ObservationWindow &window)
{
    if (window == m_window) {
        return;
    }
    m_window = window;
    const auto newest = latest();
    if (!newest) {
        return;
    }
    // Another window over the same snapshots: computed on a worker, like every statistic.
    const quint64 generation = ++m_windowGeneration;
    SnapshotBuilder::runAsync([newest, start = baseline(false)] { return SnapshotBuilder::window(newest, start); },
        this,
        [this, generation](const BuiltSnapshot &built) {
            if (generation == m_windowGeneration) {
                showWindow(built.displayed, built.changes);
            }
        });
}

void MonitoringSession::showWindow(std::shared_ptr<const HealthSnapshot> displayed, const WindowChanges &changes)
{
    m_displayed = std::move(displayed);
    m_changes = changes;
    Q_EMIT displayedChanged(m_displayed);
}

void MonitoringSession::publishStatus()
{
    Q_EMIT statusChanged(m_status);
}

} // namespace appclacks::core
