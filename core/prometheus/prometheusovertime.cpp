// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheusovertime.h"

#include "core/exposition/prometheusnumber.h"
#include "core/health/healthstatistics.h"
#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/prometheusreply.h"
#include "core/prometheus/promqlqueries.h"

#include <algorithm>
#include <map>

namespace appclacks::core {

namespace {

enum Answer { Buckets, Outcomes, Sums, Counts };

} // namespace

PrometheusOverTime::PrometheusOverTime(
    const PrometheusEndpoint &endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_api(new PrometheusApi(endpoint, network, this))
{ }

PrometheusOverTime::~PrometheusOverTime()
{
    abandon();
}

void PrometheusOverTime::read(const PrometheusCheckRequest &request)
{
    abandon();
    m_request = request;
    m_answers = {};
    m_answer = {};
    // Selected by id, or by name for a prober without ids: the id label left out makes the
    // name the key (PromqlQueries::checkKeyLabel).
    PrometheusEndpoint labels = m_endpoint;
    if (request.checkId.isEmpty()) {
        labels.idLabel.clear();
    }
    QString error;
    const auto promql = PromqlQueries::forEndpoint(labels, &error);
    if (!promql) {
        m_answer.failure.error = PrometheusError::Configuration;
        m_answer.failure.message = error;
        QMetaObject::invokeMethod(
            this, [this, answer = m_answer] { Q_EMIT finished(answer); }, Qt::QueuedConnection);
        return;
    }
    const QStringList check { request.checkId.isEmpty() ? request.checkName : request.checkId };
    const std::int64_t step = std::max<std::int64_t>(1000, request.stepMs);
    // Points at each step's end: the first step is (from, from + step].
    const std::int64_t start = request.range.fromMs + step;
    const std::int64_t end = std::max(start, request.range.toMs);
    const std::pair<int, QString> queries[] = {
        { Buckets, promql->bucketIncreases(step, check) },
        { Outcomes, promql->outcomes(step, check) },
        { Sums, promql->observationSums(step, check) },
        { Counts, promql->observationCounts(step, check) },
    };
    const QString purposes[] = { tr("Latency buckets per step"), tr("Successes and failures per step"),
        tr("Seconds the probes took per step"), tr("Probes per step") };
    for (const auto &entry : queries) {
        const int query = entry.first;
        const QString &expression = entry.second;
        PrometheusReply *reply = m_api->queryRange(expression, start, end, step);
        m_pending.insert(query, reply);
        m_answer.queries.append({ purposes[query], expression });
        connect(reply, &PrometheusReply::finished, this, [this, query, reply] { onAnswered(query, reply); });
    }
}

void PrometheusOverTime::onAnswered(int query, PrometheusReply *reply)
{
    reply->deleteLater();
    if (m_pending.value(query) != reply) {
        return;
    }
    m_pending.remove(query);
    const PrometheusResult &result = reply->result();
    for (const QString &warning : result.warnings) {
        if (!m_answer.warnings.contains(warning)) {
            m_answer.warnings << warning;
        }
    }
    if (!result.ok()) {
        m_answer.failure = result;
        abandon();
        Q_EMIT finished(m_answer);
        return;
    }
    m_answers[std::size_t(query)] = result;
    if (!m_pending.isEmpty()) {
        return;
    }
    m_answer.overTime = std::make_shared<const CheckOverTime>(
        overTimeOf({ &m_answers[0], &m_answers[1], &m_answers[2], &m_answers[3] }, m_endpoint.zoneLabel, m_request));
    Q_EMIT finished(m_answer);
}

void PrometheusOverTime::abandon()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<PrometheusReply> &reply : pending) {
        if (reply) {
            reply->abort();
        }
    }
}

CheckOverTime PrometheusOverTime::overTimeOf(const std::array<const PrometheusResult *, 4> &answers,
    const QString &zoneLabel, const PrometheusCheckRequest &request)
{
    const std::int64_t step = std::max<std::int64_t>(1000, request.stepMs);
    CheckOverTime overTime;
    overTime.key = request.checkId.isEmpty() ? request.checkName : request.checkId;
    overTime.name = request.checkName;
    overTime.range = request.range;
    overTime.stepMs = step;
    std::vector<std::int64_t> ends;
    for (std::int64_t at = request.range.fromMs + step; at <= std::max(request.range.fromMs + step, request.range.toMs);
         at += step) {
        ends.push_back(at);
    }
    // Zone → step → that step's figures, as a ZoneHealth of the step's increases.
    std::map<QString, std::vector<ZoneHealth>> zones;
    const auto stepsOf = [&](const PrometheusSeries &series) -> std::vector<ZoneHealth> & {
        const QString zone = series.labels.value(zoneLabel);
        auto &steps = zones[zone];
        if (steps.empty()) {
            steps.resize(ends.size());
            for (ZoneHealth &health : steps) {
                health.zone = zone;
            }
        }
        return steps;
    };
    const auto indexOf = [&](std::int64_t timeMs) -> std::optional<std::size_t> {
        const auto found = std::lower_bound(ends.begin(), ends.end(), timeMs);
        if (found == ends.end() || *found != timeMs) {
            return std::nullopt;
        }
        return std::size_t(found - ends.begin());
    };
    for (const PrometheusSeries &series : answers[Buckets]->series) {
        const ParsedNumber bound = parsePrometheusFloat(series.labels.value(QStringLiteral("le")).toStdString());
        if (bound.error != NumberError::None) {
            continue;
        }
        auto &steps = stepsOf(series);
        for (const PrometheusSample &sample : series.samples) {
            if (const auto index = indexOf(sample.timeMs)) {
                steps[*index].buckets.push_back({ bound.value, sample.value });
            }
        }
    }
    for (const PrometheusSeries &series : answers[Outcomes]->series) {
        const bool success = series.labels.value(QStringLiteral("status")) == QLatin1String("success");
        if (!success && series.labels.value(QStringLiteral("status")) != QLatin1String("failure")) {
            continue;
        }
        auto &steps = stepsOf(series);
        for (const PrometheusSample &sample : series.samples) {
            if (const auto index = indexOf(sample.timeMs)) {
                ZoneHealth &health = steps[*index];
                health.hasOutcomes = true;
                (success ? health.success : health.failure) = sample.value;
                (success ? health.hasSuccess : health.hasFailure) = true;
            }
        }
    }
    for (const Answer kind : { Sums, Counts }) {
        for (const PrometheusSeries &series : answers[kind]->series) {
            auto &steps = stepsOf(series);
            for (const PrometheusSample &sample : series.samples) {
                if (const auto index = indexOf(sample.timeMs)) {
                    (kind == Sums ? steps[*index].sum : steps[*index].count) = sample.value;
                }
            }
        }
    }

    const auto pointOf = [&](const ZoneHealth &health, std::size_t index) {
        StepPoint point;
        point.toMs = ends[index];
        point.fromMs = point.toMs - step;
        point.hasSamples = health.hasOutcomes || !health.buckets.empty() || health.count.has_value();
        point.success = health.success;
        point.failure = health.failure;
        point.hasOutcomes = health.hasOutcomes;
        point.statistics = statisticsOf(health, request.thresholdSeconds);
        return point;
    };
    overTime.total.reserve(ends.size());
    for (auto &[zone, steps] : zones) {
        for (ZoneHealth &health : steps) {
            std::sort(health.buckets.begin(), health.buckets.end(),
                [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
        }
        overTime.zones.push_back(zone);
        std::vector<StepPoint> points;
        std::vector<StateStep> states;
        for (std::size_t index = 0; index < ends.size(); ++index) {
            points.push_back(pointOf(steps[index], index));
            StateStep state;
            state.fromMs = points.back().fromMs;
            state.toMs = points.back().toMs;
            state.hasSamples = points.back().hasSamples;
            state.success = steps[index].success;
            state.failure = steps[index].failure;
            state.status = statusFor(state.hasSamples ? 1 : 0, state.failure > 0 ? 1 : 0, steps[index].hasOutcomes);
            states.push_back(state);
        }
        overTime.perZone.push_back(std::move(points));
        overTime.states.push_back(std::move(states));
    }
    // All zones together: each step's zones summed, as `sum by` without the zone would.
    for (std::size_t index = 0; index < ends.size(); ++index) {
        CheckHealth check;
        for (const auto &[zone, steps] : zones) {
            check.zones.push_back(steps[index]);
        }
        summarizeZones(check);
        overTime.total.push_back(pointOf(check.total, index));
        overTime.total.back().hasSamples = std::any_of(overTime.perZone.begin(), overTime.perZone.end(),
            [index](const std::vector<StepPoint> &points) { return points[index].hasSamples; });
    }
    // Incidents: runs of steps in which failures rose anywhere, the zones that failed in them.
    for (std::size_t index = 0; index < ends.size(); ++index) {
        QStringList failing;
        double failures = 0;
        for (std::size_t z = 0; z < overTime.zones.size(); ++z) {
            if (overTime.states[z][index].failure > 0) {
                failing << overTime.zones[z];
                failures += overTime.states[z][index].failure;
            }
        }
        if (failing.isEmpty()) {
            continue;
        }
        const std::int64_t from = ends[index] - step;
        if (overTime.incidents.empty() || from - overTime.incidents.back().endMs >= request.statusWindowMs) {
            overTime.incidents.push_back({ from, ends[index], false, {}, 0 });
        }
        Incident &incident = overTime.incidents.back();
        incident.endMs = ends[index];
        incident.failures += failures;
        for (const QString &zone : failing) {
            if (!incident.zones.contains(zone)) {
                incident.zones << zone;
            }
        }
        incident.zones.sort();
    }
    if (!overTime.incidents.empty()
        && request.nowMs - overTime.incidents.back().endMs < request.statusWindowMs + step) {
        overTime.incidents.back().ongoing = true;
    }
    return overTime;
}

} // namespace appclacks::core
