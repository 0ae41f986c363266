// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheussnapshots.h"

#include "core/health/healthstatistics.h"
#include "core/history/rangesnapshots.h"
#include "core/prometheus/healthseries.h"
#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/prometheusreply.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace appclacks::core {

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
constexpr std::int64_t hourMs = 60 * minuteMs;
constexpr std::int64_t dayMs = 24 * hourMs;
constexpr std::int64_t monthMs = 30 * dayMs;

/// The runs of consecutive failing steps of one check, as query_range's points of
/// PromqlQueries::failingSteps give them: each run's first and last point.
struct FailingRun
{
    std::int64_t firstMs = 0;
    std::int64_t lastMs = 0;
};

std::vector<FailingRun> runsOf(const std::vector<PrometheusSample> &points, std::int64_t stepMs)
{
    std::vector<FailingRun> runs;
    for (const PrometheusSample &point : points) {
        if (!runs.empty() && point.timeMs - runs.back().lastMs <= stepMs) {
            runs.back().lastMs = point.timeMs;
        } else {
            runs.push_back({ point.timeMs, point.timeMs });
        }
    }
    return runs;
}

/// Each check's failing steps by key.
QHash<QString, std::vector<FailingRun>> failingRuns(
    const PrometheusResult &result, const PromqlQueries &promql, std::int64_t stepMs)
{
    QHash<QString, std::vector<PrometheusSample>> points;
    for (const PrometheusSeries &series : result.series) {
        auto &mine = points[HealthSeries::checkKeyOf(series.labels, promql)];
        mine.insert(mine.end(), series.samples.begin(), series.samples.end());
    }
    QHash<QString, std::vector<FailingRun>> runs;
    for (auto it = points.begin(); it != points.end(); ++it) {
        std::vector<PrometheusSample> &samples = it.value();
        std::sort(samples.begin(), samples.end(),
            [](const PrometheusSample &a, const PrometheusSample &b) { return a.timeMs < b.timeMs; });
        runs.insert(it.key(), runsOf(samples, stepMs));
    }
    return runs;
}

/// Successes and failures of each check (all zones), by key.
QHash<QString, std::pair<double, double>> outcomesByCheck(const PrometheusResult &result, const PromqlQueries &promql)
{
    QHash<QString, std::pair<double, double>> outcomes;
    for (const PrometheusSeries &series : result.series) {
        if (series.samples.empty()) {
            continue;
        }
        auto &[success, failure] = outcomes[HealthSeries::checkKeyOf(series.labels, promql)];
        const QString status = series.labels.value(QStringLiteral("status"));
        if (status == QLatin1String("success")) {
            success += series.samples.front().value;
        } else if (status == QLatin1String("failure")) {
            failure += series.samples.front().value;
        }
    }
    return outcomes;
}

/// One check's outcomes in one zone at one time: whether any were there, and whether they failed.
struct ZoneOutcome
{
    double success = 0;
    double failure = 0;
};

/// A strip cell's length: the range in stripCells whole seconds; 0 without a strip (no range).
std::int64_t stripCellMs(const PrometheusRangeRequest &request)
{
    if (request.window.fromMs == 0 || request.stripCells <= 0) {
        return 0;
    }
    return std::max<std::int64_t>(
        1000, (request.window.toMs - request.window.fromMs) / request.stripCells / 1000 * 1000);
}

} // namespace

PrometheusSnapshots::PrometheusSnapshots(
    const PrometheusEndpoint &endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_api(new PrometheusApi(endpoint, network, this))
{
    m_promql = PromqlQueries::forEndpoint(endpoint, &m_configurationError);
}

PrometheusSnapshots::~PrometheusSnapshots()
{
    abandon();
}

void PrometheusSnapshots::read(const PrometheusRangeRequest &request)
{
    abandon();
    m_request = request;
    m_answers.clear();
    m_answer = {};
    m_jobs.clear();
    m_checkKeys.reset();
    m_waiting.clear();
    m_asked = 0;
    m_answered = 0;
    if (!m_promql) {
        m_answer.failure.error = PrometheusError::Configuration;
        m_answer.failure.message = m_configurationError;
        QMetaObject::invokeMethod(
            this, [this, answer = m_answer] { Q_EMIT finished(answer); }, Qt::QueuedConnection);
        return;
    }
    const PromqlQueries &promql = *m_promql;
    const PromqlQueries perCheck = promql.perCheck();
    const std::int64_t windowMs = request.window.fromMs == 0 ? 0 : request.window.toMs - request.window.fromMs;
    const std::int64_t at = request.window.toMs;
    const std::int64_t now = request.nowMs;
    using Build = std::function<QString(const QStringList &)>;
    const auto instant = [this](Query query, const QString &purpose, Build expression, std::int64_t timeMs) {
        m_jobs.insert(query, Job { purpose, std::move(expression), timeMs, timeMs, 0 });
    };
    const auto range = [this](Query query, const QString &purpose, Build expression, std::int64_t startMs,
                           std::int64_t endMs, std::int64_t stepMs) {
        m_jobs.insert(query, Job { purpose, std::move(expression), startMs, endMs, stepMs });
    };
    instant(
        Query::Buckets, tr("Latency buckets"),
        [promql, windowMs](const QStringList &checks) { return promql.bucketIncreases(windowMs, checks); }, at);
    instant(
        Query::Outcomes, tr("Successes and failures"),
        [promql, windowMs](const QStringList &checks) { return promql.outcomes(windowMs, checks); }, at);
    instant(
        Query::Sums, tr("Seconds the probes took"),
        [promql, windowMs](const QStringList &checks) { return promql.observationSums(windowMs, checks); }, at);
    instant(
        Query::Counts, tr("Probes"),
        [promql, windowMs](const QStringList &checks) { return promql.observationCounts(windowMs, checks); }, at);
    if (request.withTimelines) {
        const std::int64_t statusWindowMs = request.statusWindowMs;
        instant(
            Query::StatusNow, tr("Status now"),
            [promql, statusWindowMs](const QStringList &checks) { return promql.outcomes(statusWindowMs, checks); },
            now);
        const std::pair<Query, std::int64_t> periods[]
            = { { Query::UptimeDay, dayMs }, { Query::UptimeWeek, 7 * dayMs }, { Query::UptimeMonth, monthMs } };
        for (const auto &period : periods) {
            const std::int64_t periodMs = period.second;
            instant(
                period.first, tr("Uptime"),
                [perCheck, periodMs](const QStringList &checks) { return perCheck.outcomes(periodMs, checks); }, now);
        }
        if (const std::int64_t cellMs = stripCellMs(request); cellMs > 0) {
            range(
                Query::Strip, tr("Status strip"),
                [promql, cellMs](const QStringList &checks) { return promql.outcomes(cellMs, checks); },
                request.window.toMs - (request.stripCells - 1) * cellMs, request.window.toMs, cellMs);
        }
        // A minute's steps over the day, each looking back over the status window, as status
        // now does; an hour's over the month.
        range(
            Query::FailingLastDay, tr("Failures over the last day"),
            [perCheck, statusWindowMs](
                const QStringList &checks) { return perCheck.failingSteps(statusWindowMs, checks); },
            now - dayMs + minuteMs, now, minuteMs);
        range(
            Query::FailingLastMonth, tr("Failures over the last 30 days"),
            [perCheck](const QStringList &checks) { return perCheck.failingSteps(hourMs, checks); },
            now - monthMs + hourMs, now, hourMs);
    }
    if (m_server.isEmpty()) {
        sendBatch({ Query::BuildInfo, {} });
    }
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        sendBatch({ it.key(), {} });
    }
}

void PrometheusSnapshots::sendBatch(const Batch &batch)
{
    PrometheusReply *reply = nullptr;
    if (batch.query == Query::BuildInfo) {
        reply = m_api->buildInfo();
    } else if (batch.query == Query::CheckKeys) {
        const std::int64_t end = m_request.nowMs > 0 ? m_request.nowMs : m_request.window.toMs;
        const std::int64_t start = m_request.window.fromMs > 0 ? m_request.window.fromMs : end - monthMs;
        reply = m_api->labelValues(
            m_promql->checkKeyLabel(), { m_promql->outcomeSeriesSelector() }, std::min(start, end - monthMs), end);
    } else {
        const Job &job = m_jobs[batch.query];
        const QString expression = job.expression(batch.checks);
        reply = job.stepMs == 0 ? m_api->query(expression, job.startMs)
                                : m_api->queryRange(expression, job.startMs, job.endMs, job.stepMs);
    }
    m_inFlight.insert(reply, batch);
    ++m_asked;
    connect(reply, &PrometheusReply::finished, this, [this, reply] { onAnswered(reply); });
}

void PrometheusSnapshots::onAnswered(PrometheusReply *reply)
{
    reply->deleteLater();
    const auto found = m_inFlight.constFind(reply);
    if (found == m_inFlight.cend()) {
        return; // abandoned
    }
    Batch batch = *found; // a copy: the entry goes now
    m_inFlight.erase(found);
    ++m_answered;
    const PrometheusResult &result = reply->result();
    for (const QString &warning : result.warnings) {
        if (!m_answer.warnings.contains(warning)) {
            m_answer.warnings << warning;
        }
    }
    const bool splittable = batch.query != Query::BuildInfo && batch.query != Query::CheckKeys
        && batch.checks.size() != 1 && result.mayPassInPieces();
    if (!result.ok() && !splittable) {
        m_answer.failure = result;
        abandon();
        Q_EMIT finished(m_answer);
        return;
    }
    if (!result.ok()) {
        // Too much at once for this server: the same question in two halves of the checks,
        // which first needs the checks' list.
        if (!batch.checks.isEmpty()) {
            split(batch);
        } else if (m_checkKeys) {
            split({ batch.query, *m_checkKeys });
        } else {
            if (m_waiting.empty()) {
                sendBatch({ Query::CheckKeys, {} });
            }
            m_waiting.push_back(batch);
        }
    } else if (batch.query == Query::BuildInfo) {
        const QString name = result.buildInfo.serverName();
        m_server = name.isEmpty() ? tr("the server at %1").arg(m_endpoint.displayName())
                                  : tr("%1 at %2").arg(name, m_endpoint.displayName());
    } else if (batch.query == Query::CheckKeys) {
        m_checkKeys = result.labelValues;
        for (const Batch &waiting : std::exchange(m_waiting, {})) {
            if (m_checkKeys->size() <= 1) {
                // Nothing left to divide: the server's refusal stands.
                m_answer.failure.error = PrometheusError::QueryFailed;
                m_answer.failure.message = tr("%1 cannot answer “%2” even for one check")
                                               .arg(m_endpoint.displayName(), m_jobs[waiting.query].purpose);
                abandon();
                Q_EMIT finished(m_answer);
                return;
            }
            split({ waiting.query, *m_checkKeys });
        }
    } else {
        PrometheusResult &answer = m_answers[batch.query];
        answer.resultType = result.resultType;
        answer.series.insert(answer.series.end(), result.series.begin(), result.series.end());
    }
    reportProgress();
    if (m_inFlight.isEmpty() && m_waiting.empty()) {
        complete();
    }
}

void PrometheusSnapshots::reportProgress()
{
    Q_EMIT progressed(m_answered, m_asked);
}

void PrometheusSnapshots::split(const Batch &batch)
{
    const qsizetype half = batch.checks.size() / 2;
    sendBatch({ batch.query, batch.checks.mid(0, half) });
    sendBatch({ batch.query, batch.checks.mid(half) });
}

void PrometheusSnapshots::cancel()
{
    if (m_inFlight.isEmpty() && m_waiting.empty()) {
        return;
    }
    abandon();
    m_answer.failure.error = PrometheusError::Cancelled;
    m_answer.failure.message = tr("Cancelled");
    Q_EMIT finished(m_answer);
}

void PrometheusSnapshots::abandon()
{
    m_waiting.clear();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.key()->abort();
    }
}

HealthSnapshot PrometheusSnapshots::snapshotOf() const
{
    const PrometheusRangeRequest &request = m_request;
    const PromqlQueries &promql = *m_promql;
    HealthSnapshot snapshot;
    snapshot.source = m_endpoint.profileName.isEmpty() ? m_endpoint.displayName() : m_endpoint.profileName;
    snapshot.scrapedAt = QDateTime::fromMSecsSinceEpoch(request.window.toMs, Qt::UTC);
    snapshot.thresholdSeconds = request.thresholdSeconds;
    snapshot.rangeFromMs = request.window.fromMs;
    snapshot.rangeToMs = request.window.fromMs == 0 ? 0 : request.window.toMs;
    snapshot.computedBy = m_server;

    // By key, then zone: std::map keeps the zones sorted.
    std::map<QString, std::pair<CheckHealth, std::map<QString, ZoneHealth>>> checks;
    const std::pair<HealthSeries::Kind, Query> answers[]
        = { { HealthSeries::Kind::Buckets, Query::Buckets }, { HealthSeries::Kind::Outcomes, Query::Outcomes },
              { HealthSeries::Kind::Sums, Query::Sums }, { HealthSeries::Kind::Counts, Query::Counts } };
    for (const auto &[kind, query] : answers) {
        for (const PrometheusSeries &series : answer(query).series) {
            const QString key = HealthSeries::checkKeyOf(series.labels, promql);
            if (key.isEmpty() || series.samples.empty() || !HealthSeries::isReadable(kind, series.labels)) {
                ++snapshot.ignoredSamples;
                continue;
            }
            auto &[check, zones] = checks[key];
            if (check.key.isEmpty()) {
                check.key = key;
                check.id = promql.idLabel().isEmpty() ? QString() : series.labels.value(promql.idLabel());
                check.name = series.labels.value(promql.nameLabel());
            }
            const QString zoneName = series.labels.value(promql.zoneLabel());
            ZoneHealth &zone = zones[zoneName];
            zone.zone = zoneName;
            HealthSeries::addTo(zone, kind, series.labels, series.samples.front().value);
        }
    }
    snapshot.checks.reserve(checks.size());
    for (auto &[key, entry] : checks) {
        auto &[check, zones] = entry;
        for (auto &[name, zone] : zones) {
            std::sort(zone.buckets.begin(), zone.buckets.end(),
                [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
            check.zones.push_back(std::move(zone));
        }
        summarizeZones(check);
        snapshot.checks.push_back(std::move(check));
    }
    orderChecks(snapshot.checks);
    completeStatistics(snapshot, request.thresholdSeconds);
    return snapshot;
}

std::vector<CheckTimeline> PrometheusSnapshots::timelines(const HealthSnapshot &snapshot) const
{
    const PromqlQueries &promql = *m_promql;
    const std::int64_t now = m_request.nowMs;

    // Status now: the zones with outcomes in the status window, failing where failures rose.
    QHash<QString, std::map<QString, ZoneOutcome>> statusNow;
    for (const PrometheusSeries &series : answer(Query::StatusNow).series) {
        if (series.samples.empty()) {
            continue;
        }
        ZoneOutcome &zone
            = statusNow[HealthSeries::checkKeyOf(series.labels, promql)][series.labels.value(promql.zoneLabel())];
        const QString status = series.labels.value(QStringLiteral("status"));
        (status == QLatin1String("failure") ? zone.failure : zone.success) += series.samples.front().value;
    }
    const QHash<QString, std::pair<double, double>> uptime[] = {
        outcomesByCheck(answer(Query::UptimeDay), promql),
        outcomesByCheck(answer(Query::UptimeWeek), promql),
        outcomesByCheck(answer(Query::UptimeMonth), promql),
    };
    const auto lastDay = failingRuns(answer(Query::FailingLastDay), promql, minuteMs);
    const auto lastMonth = failingRuns(answer(Query::FailingLastMonth), promql, hourMs);

    // The strip: each cell's outcomes, by check, cell end and zone.
    QHash<QString, std::map<std::int64_t, std::map<QString, ZoneOutcome>>> cells;
    for (const PrometheusSeries &series : answer(Query::Strip).series) {
        const QString status = series.labels.value(QStringLiteral("status"));
        auto &mine = cells[HealthSeries::checkKeyOf(series.labels, promql)];
        for (const PrometheusSample &sample : series.samples) {
            ZoneOutcome &zone = mine[sample.timeMs][series.labels.value(promql.zoneLabel())];
            (status == QLatin1String("failure") ? zone.failure : zone.success) += sample.value;
        }
    }
    const std::int64_t cellMs = stripCellMs(m_request);

    std::vector<CheckTimeline> timelines;
    timelines.reserve(snapshot.checks.size());
    for (const CheckHealth &check : snapshot.checks) {
        CheckTimeline timeline;
        timeline.key = check.key;
        CheckNow &checkNow = timeline.now;
        checkNow.statusFromMs = now - m_request.statusWindowMs;
        const auto zones = statusNow.value(check.key);
        for (const auto &[zone, outcome] : zones) {
            if (outcome.failure > 0) {
                checkNow.failingZones << zone;
            }
        }
        checkNow.status = statusFor(int(zones.size()), int(checkNow.failingZones.size()), !zones.empty());
        checkNow.lastSampleMs = zones.empty() ? 0 : now;

        // A run of minute steps [a, b], each looking back over the status window W, means the
        // failures rose in (a − 1 min, b − W + 1 min]; a run of hour steps, in (a − 1 h, b].
        const std::vector<FailingRun> dayRuns = lastDay.value(check.key);
        const std::vector<FailingRun> monthRuns = lastMonth.value(check.key);
        if (!dayRuns.empty()) {
            checkNow.lastFailureMs
                = std::max(dayRuns.back().firstMs, dayRuns.back().lastMs - m_request.statusWindowMs + minuteMs);
        } else if (!monthRuns.empty()) {
            checkNow.lastFailureMs = monthRuns.back().lastMs;
        }
        if (checkNow.status == CheckStatus::PartialOutage || checkNow.status == CheckStatus::GlobalOutage) {
            checkNow.failingSinceMs = checkNow.statusFromMs;
            const bool dayRunReachesNow = !dayRuns.empty() && now - dayRuns.back().lastMs < minuteMs;
            const bool startsWithTheDay = dayRunReachesNow && dayRuns.back().firstMs <= now - dayMs + minuteMs;
            if (dayRunReachesNow && !startsWithTheDay) {
                checkNow.failingSinceMs = dayRuns.back().firstMs - minuteMs;
            } else if (!monthRuns.empty() && now - monthRuns.back().lastMs < hourMs) {
                checkNow.failingSinceMs = monthRuns.back().firstMs - hourMs;
            }
            checkNow.lastFailureMs = now;
        } else if (checkNow.status == CheckStatus::Passing) {
            checkNow.passingSinceMs = checkNow.lastFailureMs;
        }

        for (std::size_t period = 0; period < uptimePeriodMs.size(); ++period) {
            const auto found = uptime[period].constFind(check.key);
            if (found != uptime[period].cend() && found->first + found->second > 0) {
                timeline.uptime[period] = found->first / (found->first + found->second);
            }
        }

        if (cellMs > 0) {
            const auto mine = cells.value(check.key);
            for (int cell = 0; cell < m_request.stripCells; ++cell) {
                StateStep step;
                step.toMs = m_request.window.toMs - std::int64_t(m_request.stripCells - 1 - cell) * cellMs;
                step.fromMs = step.toMs - cellMs;
                const auto found = mine.find(step.toMs);
                int failing = 0;
                if (found != mine.end()) {
                    step.hasSamples = !found->second.empty();
                    for (const auto &[zone, outcome] : found->second) {
                        step.success += outcome.success;
                        step.failure += outcome.failure;
                        failing += outcome.failure > 0 ? 1 : 0;
                    }
                    step.status = statusFor(int(found->second.size()), failing, step.hasSamples);
                }
                timeline.strip.push_back(step);
            }
        }
        timelines.push_back(std::move(timeline));
    }
    return timelines;
}

const PrometheusResult &PrometheusSnapshots::answer(Query query) const
{
    static const PrometheusResult none;
    const auto found = m_answers.constFind(query);
    return found == m_answers.cend() ? none : *found;
}

void PrometheusSnapshots::complete()
{
    auto snapshot = std::make_shared<HealthSnapshot>(snapshotOf());
    if (m_request.withTimelines) {
        RangeSnapshots::applyTimelines(*snapshot, timelines(*snapshot));
        snapshot->statusFromHistory = true;
    }
    RangeSnapshots::markStatusTransitions(*snapshot, m_request.previous.get());
    m_answer.snapshot = std::move(snapshot);
    Q_EMIT finished(m_answer);
}

} // namespace appclacks::core
