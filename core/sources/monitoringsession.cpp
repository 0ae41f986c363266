// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/monitoringsession.h"

#include "core/history/historyrecorder.h"
#include "core/history/rangesnapshots.h"
#include "core/prometheus/promqlqueries.h"
#include "core/scrape/scrapescheduler.h"
#include "core/sources/demohistory.h"
#include "core/sources/prometheussource.h"
#include "core/sources/snapshotloader.h"
#include "core/sources/sourceresolver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace appclacks::core {

namespace {

// 30 simulated seconds per second: the demo visibly moves.
constexpr double demoTimeScale = 30;
// The status strip's cells and the over-time charts' points: fine enough to read, few enough to
// compute on every refresh.
constexpr int stripCells = 30;
constexpr int overTimePoints = 240;
// A server's steps are no shorter than this: scrapes are rarely closer, and a step shorter than
// the scrape interval leaves increase() without two samples to compare.
constexpr std::int64_t serverMinimumStepMs = 60 * 1000;

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
    , m_serverTimer(new QTimer(this))
{
    m_serverTimer->setSingleShot(true);
    connect(m_serverTimer, &QTimer::timeout, this, &MonitoringSession::refreshFromServer);
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
    m_serverTimer->stop();
    m_server.reset();
    ++m_serverCheckGeneration;
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
    if (source.prometheus) {
        // The server keeps the history: every range can be shown, each refresh asks it.
        m_status.hasHistory = true;
        m_server = std::make_unique<PrometheusSource>(*source.prometheus);
        connect(m_server.get(), &PrometheusSource::progressed, this, [this](int answered, int asked) {
            m_status.queriesAnswered = answered;
            m_status.queriesAsked = asked;
            publishStatus();
        });
        publishStatus();
        refreshFromServer();
        return;
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
    if (m_server) {
        refreshFromServer();
    } else if (m_source) {
        m_scheduler->refreshNow();
    } else if (m_status.isOpen() && !m_status.opening) {
        open(m_status.spec); // resolving failed (a locked keychain, say): try again
    }
}

void MonitoringSession::setRefreshInterval(int seconds)
{
    m_status.refreshIntervalSeconds = seconds;
    if (m_server) {
        m_serverTimer->stop();
        if (seconds > 0 && !m_status.refreshing) {
            m_serverTimer->start(seconds * 1000);
        }
        m_status.nextRefresh = m_serverTimer->isActive() ? QDateTime::currentDateTime().addSecs(seconds) : QDateTime();
        publishStatus();
        return;
    }
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
    if (m_server) {
        requestFromServer(false);
    } else if (m_latest || m_status.hasHistory) {
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
    if (m_server) {
        requestFromServer(false);
    } else if (m_latest) {
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
    if (m_server) {
        requestFromServer(news);
        return;
    }
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
    if (m_server) {
        requestCheckFromServer(++m_serverCheckGeneration);
        return;
    }
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

QList<QPair<QString, QString>> MonitoringSession::promqlFor(const QString &checkKey) const
{
    const CheckHealth *check = m_displayed ? m_displayed->check(checkKey) : nullptr;
    if (!m_source || !m_source->prometheus || !check) {
        return {};
    }
    QString unused;
    const auto endpointQueries = PromqlQueries::forEndpoint(*m_source->prometheus, &unused);
    if (!endpointQueries) {
        return {};
    }
    // A check without an id is told apart by its name, and selected by it.
    const std::optional<PromqlQueries> promql = check->id.isEmpty() ? endpointQueries->byName() : *endpointQueries;
    const QStringList only { check->id.isEmpty() ? check->name : check->id };
    const std::int64_t windowMs = m_displayed->rangeFromMs == 0 ? 0 : m_displayed->rangeToMs - m_displayed->rangeFromMs;
    QList<QPair<QString, QString>> queries;
    for (const auto &[quantile, label] : { std::pair { 0.5, "p50" }, { 0.95, "p95" }, { 0.99, "p99" } }) {
        queries.append({ tr("%1 Latency").arg(QLatin1String(label)),
            windowMs == 0 ? QStringLiteral("histogram_quantile(%1, %2)")
                                .arg(QString::number(quantile), promql->bucketIncreases(0, only))
                          : promql->latencyQuantile(quantile, windowMs, only) });
    }
    queries.append({ tr("Successes and Failures"), promql->outcomes(windowMs, only) });
    queries.append({ tr("Probes"), promql->observationCounts(windowMs, only) });
    // The list's other figures: status now is the status window's outcomes, uptime the check's
    // share of passing probes over all its zones.
    queries.append({ tr("Status Now (Outcomes in the Last %n Minutes)", nullptr, int(m_statusWindowMs / 60000)),
        promql->outcomes(m_statusWindowMs, only) });
    const PromqlQueries perCheck = promql->perCheck();
    const QString periods[] = { tr("Uptime, 24 Hours"), tr("Uptime, 7 Days"), tr("Uptime, 30 Days") };
    for (std::size_t period = 0; period < uptimePeriodMs.size(); ++period) {
        queries.append({ periods[period], perCheck.successRatio(uptimePeriodMs[period], only) });
    }
    return queries;
}

void MonitoringSession::cancelRefresh()
{
    if (m_server && m_status.refreshing) {
        m_server->cancel();
    }
}

void MonitoringSession::refreshFromServer()
{
    m_serverTimer->stop();
    m_status.refreshing = true;
    m_status.nextRefresh = {};
    publishStatus();
    requestFromServer(true);
}

TimeWindow MonitoringSession::serverWindow(std::int64_t nowMs) const
{
    if (!m_range.needsHistory()) {
        return { 0, nowMs };
    }
    return { m_range.startMs(nowMs), m_range.endMs(nowMs) };
}

void MonitoringSession::requestFromServer(bool news)
{
    const quint64 generation = ++m_displayGeneration;
    PrometheusRangeRequest request;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    request.window = serverWindow(request.nowMs);
    request.statusWindowMs = m_statusWindowMs;
    request.stripCells = m_range.needsHistory() ? stripCells : 0;
    request.thresholdSeconds = m_displayed ? m_displayed->thresholdSeconds : 1.0;
    request.previous = news ? m_displayed : nullptr;
    m_status.queriesAnswered = 0;
    m_status.queriesAsked = 0;
    // One answer at a time: a newer request (another range) supersedes the one in flight.
    disconnect(m_server.get(), &PrometheusSource::rangeRead, this, nullptr);
    connect(m_server.get(), &PrometheusSource::rangeRead, this,
        [this, generation, news](const PrometheusRangeAnswer &answer) { onRangeRead(answer, generation, news); });
    m_serverClock.start();
    m_server->readRange(request);
}

void MonitoringSession::onRangeRead(const PrometheusRangeAnswer &answer, quint64 generation, bool news)
{
    if (generation != m_displayGeneration) {
        return;
    }
    m_status.refreshing = false;
    m_status.warnings = answer.warnings;
    m_status.lastScrape.time = QDateTime::currentDateTime();
    m_status.lastScrape.durationMs = m_serverClock.elapsed();
    if (m_status.refreshIntervalSeconds > 0) {
        m_serverTimer->start(m_status.refreshIntervalSeconds * 1000);
        m_status.nextRefresh = QDateTime::currentDateTime().addSecs(m_status.refreshIntervalSeconds);
    }
    if (!answer.snapshot) {
        if (answer.failure.error == PrometheusError::Cancelled) {
            publishStatus();
            return;
        }
        // The last good figures stay on screen, marked stale.
        m_status.error = answer.failure.message;
        m_status.stale = m_displayed != nullptr;
        publishStatus();
        return;
    }
    m_status.error.clear();
    if (answer.snapshot->checks.empty()) {
        // The server answered, but nothing it holds is a health check: say what was looked for.
        QString unused;
        const auto promql = PromqlQueries::forEndpoint(*m_source->prometheus, &unused);
        m_status.error = tr("%1 has no health-check series matching %2 in this range.")
                             .arg(answer.snapshot->computedBy, promql ? promql->outcomeSeriesSelector() : QString());
    }
    m_status.stale = false;
    m_status.lastGoodTime = m_status.lastScrape.time;
    m_status.computedBy = answer.snapshot->computedBy;
    publishStatus();
    showDisplayed(answer.snapshot, QString(), news);
}

void MonitoringSession::requestCheckFromServer(quint64 generation)
{
    const CheckHealth *check = m_displayed ? m_displayed->check(m_focusedCheck) : nullptr;
    if (!check) {
        Q_EMIT checkOverTimeChanged(nullptr);
        return;
    }
    PrometheusCheckRequest request;
    request.checkId = check->id;
    request.checkName = check->name;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    request.range = serverWindow(request.nowMs);
    if (request.range.fromMs == 0) {
        request.range.fromMs = request.range.toMs - 30LL * 24 * 3600 * 1000; // as far back as the timelines look
    }
    request.stepMs = std::max(serverMinimumStepMs, CheckTimelines::stepFor(request.range, overTimePoints));
    // On the step's grid, so that the next refresh asks the server for the same points; rounded
    // up, so that the newest step holds the newest scrapes (it fills as they come).
    request.range.toMs = (request.range.toMs + request.stepMs - 1) / request.stepMs * request.stepMs;
    request.range.fromMs
        = request.range.toMs - (request.range.toMs - request.range.fromMs) / request.stepMs * request.stepMs;
    request.statusWindowMs = m_statusWindowMs;
    request.thresholdSeconds = m_displayed->thresholdSeconds;
    disconnect(m_server.get(), &PrometheusSource::checkRead, this, nullptr);
    connect(
        m_server.get(), &PrometheusSource::checkRead, this, [this, generation](const PrometheusCheckAnswer &answer) {
            if (generation == m_serverCheckGeneration) {
                Q_EMIT checkOverTimeChanged(answer.overTime);
            }
        });
    m_server->readCheck(request);
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
    // A server's courses are its own queries: nothing local to warm.
    if (m_server || !m_focusedCheck.isEmpty() || !m_status.hasHistory || !activeRecorder() || !m_displayed
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
