// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/monitoringsession.h"

#include "core/history/historyrecorder.h"
#include "core/history/rangesnapshots.h"
#include "core/scrape/scrapescheduler.h"
#include "core/sources/demohistory.h"
#include "core/sources/snapshotloader.h"
#include "core/sources/sourceresolver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

#include <algorithm>

namespace appclacks::core {

namespace {

// 30 simulated seconds per second: the demo visibly moves.
constexpr double demoTimeScale = 30;
// The status strip's cells and the over-time charts' points: fine enough to read, few enough to
// compute on every refresh.
constexpr int stripCells = 30;
constexpr int overTimePoints = 240;

/// Runs `done` on the GUI thread if the session still exists: answers come from the history's
/// thread, and the session may be gone by then.
void deliver(const QPointer<MonitoringSession> &session, std::function<void()> done)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [session, done = std::move(done)] {
            if (session) {
                done();
            }
        },
        Qt::QueuedConnection);
}

} // namespace

MonitoringSession::MonitoringSession(DemoLauncher demoLauncher, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_resolver(new SourceResolver(std::move(demoLauncher), this))
    , m_scheduler(new ScrapeScheduler(m_network, this))
{
    m_resolver->setDemoTimeScale(demoTimeScale);
    m_scheduler->setContextProvider([this] { return SnapshotLoader::Context { m_latest, nullptr }; });
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
    ++m_displayGeneration;
    m_wantedCourse.reset();
    m_courseInFlight.reset();
    m_courses.clear();
    m_warmedLengthMs = -1;
    m_source.reset();
    m_demoHistory.reset();
    m_latest.reset();
    m_previousScrape.reset();
    m_displayed.reset();
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
    m_status.hasHistory = m_recorder && !historySource().isEmpty();
    if (source.refreshSeconds > 0) {
        m_status.refreshIntervalSeconds = source.refreshSeconds;
    }
    m_scheduler->setSource(source, m_status.refreshIntervalSeconds);
    if (m_recorder && source.demo) {
        // The demo keeps its made-up day in a history of its own, never in the user's: scraping
        // starts once the day is written, so that the first look already has time in it.
        m_demoHistory = std::make_unique<DemoHistory>();
        connect(m_demoHistory.get(), &DemoHistory::seeded, this, [this](bool ok, const QString &error) {
            m_status.hasHistory = ok;
            m_status.historyError = ok ? QString() : error;
            publishStatus();
            m_scheduler->start();
        });
        m_demoHistory->seed(source.demo->historySeeder(), QDateTime::currentMSecsSinceEpoch());
        publishStatus();
        return;
    }
    publishStatus();
    m_scheduler->start();
}

HistoryRecorder *MonitoringSession::activeRecorder() const
{
    if (m_demoHistory) {
        return m_demoHistory->isSeeded() ? m_demoHistory->recorder() : nullptr;
    }
    return m_recorder;
}

QString MonitoringSession::historyPath() const
{
    if (m_demoHistory) {
        return m_demoHistory->path();
    }
    return m_recorder ? m_recorder->path() : QString();
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

void MonitoringSession::onRefreshed(const LoadResult &result)
{
    if (HistoryRecorder *recorder = activeRecorder(); recorder && m_source) {
        recorder->record(*m_source, result); // a failed scrape too: it is kept as an event
    }
    m_status.refreshing = false;
    m_status.lastScrape = result.metadata;
    m_status.nextRefresh = m_scheduler->nextScrapeTime();
    if (!result.ok()) {
        m_status.error = result.metadata.message;
        m_status.stale = m_latest != nullptr;
        publishStatus();
        return;
    }
    m_status.error.clear();
    m_status.stale = false;
    m_status.lastGoodTime = result.metadata.time;
    SnapshotBuilder::releaseAsync(std::exchange(m_previousScrape, std::exchange(m_latest, result.built.latest)));
    publishStatus();
    requestDisplayed(true);
}

void MonitoringSession::setRecorder(HistoryRecorder *recorder)
{
    m_recorder = recorder;
    m_courses.clear(); // computed from another file
    if (recorder) {
        // Cleared, the history no longer holds what the courses were computed from.
        connect(recorder, &HistoryRecorder::cleared, this, [this] { m_courses.clear(); });
    }
    // With a history the demo has its day to show: it then lives in real time, as its day did,
    // so that its steps over time stay comparable.
    m_resolver->setDemoTimeScale(recorder ? 1 : demoTimeScale);
}

QString MonitoringSession::historySource() const
{
    return m_source ? historySourceName(*m_source) : QString();
}

void MonitoringSession::setRange(const TimeRange &range)
{
    if (range == m_range) {
        return;
    }
    m_range = range;
    if (m_latest || m_status.hasHistory) {
        requestDisplayed(false);
    }
}

void MonitoringSession::setStatusWindowMinutes(int minutes)
{
    setStatusWindowMs(std::int64_t(std::max(1, minutes)) * 60 * 1000);
}

void MonitoringSession::setStatusWindowMs(std::int64_t windowMs)
{
    windowMs = std::max<std::int64_t>(1, windowMs);
    if (windowMs == m_statusWindowMs) {
        return;
    }
    m_statusWindowMs = windowMs;
    if (m_latest) {
        requestDisplayed(false);
    }
}

void MonitoringSession::setFocusedCheck(const QString &checkKey)
{
    if (checkKey == m_focusedCheck) {
        return;
    }
    m_focusedCheck = checkKey;
    requestCheckOverTime();
}

void MonitoringSession::requestDisplayed(bool news)
{
    const quint64 generation = ++m_displayGeneration;
    RangeRequest request;
    request.source = historySource();
    request.range = m_status.hasHistory ? m_range : TimeRange::sinceProberStarted();
    request.nowMs = m_latest && m_latest->scrapedAt.isValid() ? m_latest->scrapedAt.toMSecsSinceEpoch()
                                                              : QDateTime::currentMSecsSinceEpoch();
    request.statusWindowMs = m_statusWindowMs;
    request.stripCells = stripCells;
    request.thresholdSeconds = m_latest ? m_latest->thresholdSeconds : 1.0;
    request.latest = m_latest;
    request.previous = news ? m_displayed : nullptr;
    request.previousScrape = m_previousScrape;
    request.fromFile = m_status.spec.kind == SourceKind::File;
    const QPointer<MonitoringSession> session(this);
    auto answer
        = [session, generation, news](const std::shared_ptr<const HealthSnapshot> &displayed, const QString &error) {
              deliver(session, [=] {
                  if (generation == session->m_displayGeneration) {
                      session->showDisplayed(displayed, error, news);
                  }
              });
          };
    if (!m_status.hasHistory || !activeRecorder()) {
        SnapshotBuilder::runAsync(
            [request] {
                BuiltSnapshot built;
                built.displayed = RangeSnapshots::withoutHistory(request);
                return built;
            },
            this, [answer](const BuiltSnapshot &built) { answer(built.displayed, QString()); });
        return;
    }
    activeRecorder()->read([request, answer](const HistoryStore *store) {
        QString error;
        std::shared_ptr<const HealthSnapshot> displayed;
        if (store) {
            displayed = RangeSnapshots::fromHistory(*store, request, &error);
        } else {
            error = tr("The history could not be opened.");
        }
        if (!displayed && request.latest) {
            // What the history cannot tell, the scrapes can: the counters as they stand.
            displayed = RangeSnapshots::withoutHistory(request);
        }
        answer(displayed, error);
    });
}

void MonitoringSession::showDisplayed(
    std::shared_ptr<const HealthSnapshot> displayed, const QString &historyError, bool news)
{
    // Held until the views have taken the new one: then this is the last reference, freed on a
    // worker rather than by whichever view let go of it last.
    std::shared_ptr<const HealthSnapshot> replaced = std::exchange(m_displayed, std::move(displayed));
    if (m_status.historyError != historyError) {
        m_status.historyError = historyError;
        publishStatus();
    }
    Q_EMIT displayedChanged(m_displayed);
    if (news && m_displayed) {
        Q_EMIT refreshed(m_displayed);
    }
    SnapshotBuilder::releaseAsync(std::move(replaced));
    requestCheckOverTime();
    warmDetailsLane();
}

void MonitoringSession::requestCheckOverTime()
{
    if (m_focusedCheck.isEmpty() || !m_status.hasHistory || !activeRecorder()) {
        m_wantedCourse.reset();
        Q_EMIT checkOverTimeChanged(nullptr);
        return;
    }
    const CourseKey key = courseKeyFor(m_focusedCheck);
    m_wantedCourse = key;
    const auto known
        = std::find_if(m_courses.begin(), m_courses.end(), [&](const auto &entry) { return entry.first == key; });
    if (known != m_courses.end()) {
        // Told from the event loop, as a computed one is: the views take it the same way.
        std::rotate(known, known + 1, m_courses.end()); // the newest last
        const std::shared_ptr<const CheckOverTime> overTime = m_courses.back().second;
        deliver(this, [session = this, key, overTime] {
            if (session->m_wantedCourse == key) {
                Q_EMIT session->checkOverTimeChanged(overTime);
            }
        });
        return;
    }
    if (m_courseInFlight == key) {
        return; // its answer is on its way
    }
    computeCourse(key);
}

MonitoringSession::CourseKey MonitoringSession::courseKeyFor(const QString &check) const
{
    CourseKey key;
    key.source = historySource();
    key.check = check;
    key.range = m_range;
    key.nowMs = m_latest && m_latest->scrapedAt.isValid() ? m_latest->scrapedAt.toMSecsSinceEpoch()
                                                          : QDateTime::currentMSecsSinceEpoch();
    key.statusWindowMs = m_statusWindowMs;
    key.thresholdSeconds = m_latest ? m_latest->thresholdSeconds : 1.0;
    return key;
}

void MonitoringSession::computeCourse(const CourseKey &key)
{
    m_courseInFlight = key;
    const QPointer<MonitoringSession> session(this);
    activeRecorder()->readLatest(
        [session, key](const HistoryStore *store) {
            std::shared_ptr<const CheckOverTime> overTime;
            QString error;
            const std::optional<HistoryStore::SourceInfo> info
                = store ? store->sourceSpan(key.source, &error) : std::optional<HistoryStore::SourceInfo>();
            if (info) {
                TimelineOptions options;
                options.nowMs = key.nowMs;
                options.statusWindowMs = key.statusWindowMs;
                options.thresholdSeconds = key.thresholdSeconds;
                options.range = { key.range.needsHistory() ? key.range.startMs(key.nowMs) : info->firstMs,
                    key.range.endMs(key.nowMs) };
                std::optional<CheckOverTime> found = CheckTimelines::forCheck(
                    *store, *info, key.check, CheckTimelines::stepFor(options.range, overTimePoints), options, &error);
                if (found) {
                    overTime = std::make_shared<const CheckOverTime>(std::move(*found));
                }
            }
            deliver(session, [=] { session->courseComputed(key, overTime); });
        },
        HistoryRecorder::ReadLane::Details);
}

void MonitoringSession::courseComputed(const CourseKey &key, std::shared_ptr<const CheckOverTime> overTime)
{
    if (m_courseInFlight == key) {
        m_courseInFlight.reset();
    }
    if (overTime && key.source == historySource()) {
        // A few: enough to go back and forth between checks; each holds every step of every zone.
        constexpr std::size_t kept = 4;
        std::erase_if(m_courses, [&](const auto &entry) { return entry.first == key; });
        if (m_courses.size() >= kept) {
            m_courses.erase(m_courses.begin());
        }
        m_courses.emplace_back(key, overTime);
    }
    if (m_wantedCourse == key) {
        Q_EMIT checkOverTimeChanged(std::move(overTime));
    }
}

void MonitoringSession::warmDetailsLane()
{
    if (!m_focusedCheck.isEmpty() || !m_status.hasHistory || !activeRecorder() || !m_displayed
        || m_displayed->checks.empty() || m_courseInFlight) {
        return;
    }
    const std::int64_t lengthMs = std::max<std::int64_t>(0, m_displayed->rangeToMs - m_displayed->rangeFromMs);
    if (lengthMs <= m_warmedLengthMs) {
        return;
    }
    m_warmedLengthMs = lengthMs;
    computeCourse(courseKeyFor(m_displayed->checks.front().key));
}

void MonitoringSession::publishStatus()
{
    Q_EMIT statusChanged(m_status);
}

} // namespace appclacks::core
