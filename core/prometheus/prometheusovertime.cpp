// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheusovertime.h"

#include "core/health/healthstatistics.h"
#include "core/prometheus/healthseries.h"
#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/prometheusreply.h"
#include "core/prometheus/promqlqueries.h"

#include <algorithm>
#include <map>

namespace appclacks::core {

PrometheusOverTime::PrometheusOverTime(
    const PrometheusEndpoint &endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_api(new PrometheusApi(endpoint, network, this))
{
    m_promql = PromqlQueries::forEndpoint(endpoint, &m_configurationError);
}

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
    if (!m_promql) {
        m_answer.failure.error = PrometheusError::Configuration;
        m_answer.failure.message = m_configurationError;
        QMetaObject::invokeMethod(
            this, [this, answer = m_answer] { Q_EMIT finished(answer); }, Qt::QueuedConnection);
        return;
    }
    // Selected by id, or by name for a prober without ids.
    const PromqlQueries promql = request.checkId.isEmpty() ? m_promql->byName() : *m_promql;
    const QStringList check { request.checkId.isEmpty() ? request.checkName : request.checkId };
    const std::int64_t step = std::max<std::int64_t>(1000, request.stepMs);
    // Points at each step's end: the first step is (from, from + step].
    const std::int64_t start = request.range.fromMs + step;
    const std::int64_t end = std::max(start, request.range.toMs);
    const std::pair<HealthSeries::Kind, QString> queries[] = {
        { HealthSeries::Kind::Buckets, promql.bucketIncreases(step, check) },
        { HealthSeries::Kind::Outcomes, promql.outcomes(step, check) },
        { HealthSeries::Kind::Sums, promql.observationSums(step, check) },
        { HealthSeries::Kind::Counts, promql.observationCounts(step, check) },
    };
    for (const auto &entry : queries) {
        const int query = int(entry.first);
        PrometheusReply *reply = m_api->queryRange(entry.second, start, end, step);
        m_pending.insert(query, reply);
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
    m_answer.overTime = std::make_shared<const CheckOverTime>(overTimeOf());
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

CheckOverTime PrometheusOverTime::overTimeOf() const
{
    const PrometheusCheckRequest &request = m_request;
    const QString &zoneLabel = m_endpoint.zoneLabel;
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
    for (const HealthSeries::Kind kind : { HealthSeries::Kind::Buckets, HealthSeries::Kind::Outcomes,
             HealthSeries::Kind::Sums, HealthSeries::Kind::Counts }) {
        for (const PrometheusSeries &series : m_answers[std::size_t(kind)].series) {
            if (!HealthSeries::isReadable(kind, series.labels)) {
                continue;
            }
            auto &steps = stepsOf(series);
            for (const PrometheusSample &sample : series.samples) {
                if (const auto index = indexOf(sample.timeMs)) {
                    HealthSeries::addTo(steps[*index], kind, series.labels, sample.value);
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
