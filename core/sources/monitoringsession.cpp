// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/monitoringsession.h"

#include "core/simulator/simulatorserver.h"
#include "core/sources/metricsfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThreadPool>

namespace appclacks::core {

namespace {

// Enough for "last N scrapes" choices up to an hour at 30 s; the first snapshot is kept apart.
constexpr std::size_t maxHistory = 121;

QString tr(const char *text)
{
    return QCoreApplication::translate("MonitoringSession", text);
}

} // namespace

QString ObservationWindow::label() const
{
    switch (kind) {
    case Kind::SinceProberStarted:
        return tr("since the prober started");
    case Kind::SinceAppStarted:
        return tr("since the app started");
    case Kind::LastScrapes:
        return QCoreApplication::translate("MonitoringSession", "last %n scrapes", nullptr, scrapes);
    }
    return {};
}

MonitoringSession::MonitoringSession(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

MonitoringSession::~MonitoringSession()
{
    close();
}

void MonitoringSession::close()
{
    ++m_generation;
    if (m_scheduler) {
        m_scheduler->stop();
        m_scheduler->deleteLater();
        m_scheduler = nullptr;
    }
    m_simulator.reset();
    m_history.clear();
    m_displayed.reset();
    m_changes = {};
    m_lastError.clear();
    m_fileMetadata = {};
    m_type = SourceType::None;
    m_sourceName.clear();
}

void MonitoringSession::openDemo(std::uint64_t seed)
{
    close();
    m_simulator = std::make_unique<SimulatorServer>(SimulatedFleet::demoScenario(seed));
    // The server makes up credentials for this run: the demo authenticates like a real API.
    m_simulator->setTimeScale(30); // 30 simulated seconds per second: the demo visibly moves
    if (!m_simulator->listen()) {
        m_lastError = tr("Cannot start the demo server: %1").arg(m_simulator->errorString());
        m_simulator.reset();
        Q_EMIT failed(m_lastError);
        return;
    }
    const ScrapeRequest request = m_simulator->appclacksScrapeRequest(tr("demo"));
    m_type = SourceType::Demo;
    if (m_intervalSeconds > 10) {
        m_intervalSeconds = 10; // a demo that refreshes every 30 s looks frozen
    }
    startScheduler(request, {}, tr("demo"));
}

void MonitoringSession::openProfile(const Profile &profile, const QString &secret)
{
    close();
    m_type = SourceType::Profile;
    m_intervalSeconds = profile.refreshIntervalSeconds;
    HealthOptions options;
    options.zoneLabel = profile.zoneLabel;
    startScheduler(ScrapeRequest::forProfile(profile, secret), options, profile.name);
}

void MonitoringSession::startScheduler(const ScrapeRequest &request, const HealthOptions &options, const QString &name)
{
    m_sourceName = name;
    m_scheduler = new ScrapeScheduler(m_network, this);
    m_scheduler->setSourceName(name);
    m_scheduler->setRequest(request, options, m_intervalSeconds);
    connect(m_scheduler, &ScrapeScheduler::scrapeStarted, this, &MonitoringSession::refreshStarted);
    connect(m_scheduler, &ScrapeScheduler::snapshotReady, this, &MonitoringSession::acceptSnapshot);
    connect(m_scheduler, &ScrapeScheduler::scrapeFailed, this, [this](const ScrapeMetadata &metadata) {
        m_lastError = metadata.message;
        Q_EMIT failed(metadata.message);
    });
    connect(m_scheduler, &ScrapeScheduler::scrapeFinished, this, &MonitoringSession::refreshFinished);
    Q_EMIT sourceChanged();
    m_scheduler->start();
}

void MonitoringSession::openFile(const QString &path)
{
    close();
    m_type = SourceType::File;
    m_filePath = path;
    m_sourceName = QFileInfo(path).fileName();
    Q_EMIT sourceChanged();
    refreshNow();
}

void MonitoringSession::refreshNow()
{
    if (m_scheduler) {
        m_scheduler->refreshNow();
        return;
    }
    if (m_type != SourceType::File) {
        return;
    }
    // Reading and parsing a file may take a while: never on the GUI thread.
    const quint64 generation = m_generation;
    const QString path = m_filePath;
    QPointer<MonitoringSession> guard(this);
    Q_EMIT refreshStarted();
    QThreadPool::globalInstance()->start([guard, generation, path] {
        QElapsedTimer clock;
        clock.start();
        const MetricsFile::Result file = MetricsFile::load(path);
        std::shared_ptr<const HealthSnapshot> snapshot;
        if (file.ok()) {
            HealthSnapshot built = HealthSnapshot::fromDocument(*file.document);
            built.source = QFileInfo(path).fileName();
            built.scrapedAt = file.modified;
            snapshot = std::make_shared<const HealthSnapshot>(std::move(built));
        }
        ScrapeMetadata metadata;
        metadata.time = QDateTime::currentDateTimeUtc();
        metadata.durationMs = clock.elapsed();
        metadata.bytes = QFileInfo(path).size();
        metadata.error = file.ok()
            ? ScrapeError::None
            : (file.failure == MetricsFile::Failure::Io ? ScrapeError::Unreachable : ScrapeError::BadData);
        metadata.message = file.message;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, generation, snapshot, metadata] {
                if (!guard || guard->m_generation != generation) {
                    return;
                }
                guard->m_fileMetadata = metadata;
                if (snapshot) {
                    guard->m_lastError.clear();
                    guard->acceptSnapshot(snapshot);
                } else {
                    guard->m_lastError = metadata.message;
                    Q_EMIT guard->failed(metadata.message);
                }
                Q_EMIT guard->refreshFinished();
            },
            Qt::QueuedConnection);
    });
}

void MonitoringSession::setRefreshInterval(int seconds)
{
    m_intervalSeconds = seconds;
    if (m_scheduler) {
        m_scheduler->setInterval(seconds);
    }
}

void MonitoringSession::setWindow(const ObservationWindow &window)
{
    if (window == m_window) {
        return;
    }
    m_window = window;
    recompute();
}

std::shared_ptr<const HealthSnapshot> MonitoringSession::latest() const
{
    return m_history.empty() ? nullptr : m_history.back();
}

void MonitoringSession::acceptSnapshot(std::shared_ptr<const HealthSnapshot> snapshot)
{
    m_history.push_back(std::move(snapshot));
    if (m_history.size() > maxHistory) {
        // Keep the session's first snapshot: "since the app started" is measured from it.
        m_history.erase(m_history.begin() + 1);
    }
    if (m_type != SourceType::File) {
        m_lastError.clear();
    }
    recompute();
}

void MonitoringSession::recompute()
{
    m_changes = {};
    if (m_history.empty()) {
        m_displayed.reset();
    } else if (m_window.kind == ObservationWindow::Kind::SinceProberStarted || m_history.size() < 2) {
        // One snapshot has no "since": until a second arrives the prober's own counters are shown.
        m_displayed = m_history.back();
    } else {
        const std::size_t back = m_window.kind == ObservationWindow::Kind::SinceAppStarted
            ? m_history.size() - 1
            : std::min<std::size_t>(std::max(1, m_window.scrapes), m_history.size() - 1);
        const HealthSnapshot &older = *m_history[m_history.size() - 1 - back];
        m_displayed = std::make_shared<const HealthSnapshot>(increaseBetween(older, *m_history.back(), &m_changes));
    }
    Q_EMIT displayedChanged(m_displayed);
}

bool MonitoringSession::isStale() const
{
    if (m_scheduler) {
        return m_scheduler->isStale();
    }
    return m_fileMetadata.error != ScrapeError::None && !m_history.empty();
}

QDateTime MonitoringSession::lastGoodTime() const
{
    if (m_scheduler) {
        return m_scheduler->lastGoodTime();
    }
    return m_history.empty() ? QDateTime() : m_history.back()->scrapedAt;
}

ScrapeMetadata MonitoringSession::lastScrape() const
{
    return m_scheduler ? m_scheduler->lastScrape() : m_fileMetadata;
}

QDateTime MonitoringSession::nextScrapeTime() const
{
    return m_scheduler ? m_scheduler->nextScrapeTime() : QDateTime();
}

bool MonitoringSession::isRefreshing() const
{
    return m_scheduler && m_scheduler->isScraping();
}

} // namespace appclacks::core
