// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "fleetgenerator.h"

#include <cmath>
#include <limits>

namespace appclacks::bench {

const std::vector<double> bounds { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
    std::numeric_limits<double>::infinity() };
const char *const zones[4] = { "eu-west", "eu-central", "us-east", "ap-south" };

FleetGenerator::FleetGenerator(int pairs)
    : m_pairs(std::size_t(pairs))
    , m_random(20261201)
    , m_latency(std::log(0.08), 0.7)
{ }

void FleetGenerator::step()
{
    for (PairState &pair : m_pairs) {
        const int observations = m_observations(m_random) < 0.1 ? 0 : m_observations(m_random) < 0.9 ? 1 : 2;
        for (int i = 0; i < observations; ++i) {
            const double latency = std::round(std::exp(m_latency(m_random)) * 1e9) / 1e9;
            for (std::size_t b = 0; b < bounds.size(); ++b) {
                pair.buckets[b] += latency <= bounds[b] ? 1 : 0;
            }
            pair.sum += latency;
            pair.count += 1;
            if (m_observations(m_random) < 0.01) {
                pair.failure = pair.failure.value_or(0) + 1;
            } else {
                pair.success += 1;
            }
        }
    }
}

QString checkName(std::size_t pair)
{
    return QStringLiteral("check-%1").arg(pair / 4, 4, 10, QLatin1Char('0'));
}

std::shared_ptr<core::HealthSnapshot> snapshotOf(const std::vector<PairState> &pairs, std::size_t count)
{
    auto snapshot = std::make_shared<core::HealthSnapshot>();
    for (std::size_t index = 0; index < count; ++index) {
        if (index % 4 == 0) {
            core::CheckHealth check;
            check.name = checkName(index);
            check.id = check.name + QStringLiteral("-id");
            check.key = check.id;
            snapshot->checks.push_back(std::move(check));
        }
        const PairState &state = pairs[index];
        core::ZoneHealth zone;
        zone.zone = QString::fromLatin1(zones[index % 4]);
        for (std::size_t b = 0; b < bounds.size(); ++b) {
            zone.buckets.push_back({ bounds[b], state.buckets[b] });
        }
        zone.sum = state.sum;
        zone.count = state.count;
        zone.success = state.success;
        zone.hasSuccess = true;
        zone.hasFailure = state.failure.has_value();
        zone.failure = state.failure.value_or(0);
        zone.hasOutcomes = true;
        snapshot->checks.back().zones.push_back(std::move(zone));
    }
    return snapshot;
}

QByteArray expositionOf(const std::vector<PairState> &pairs, std::size_t count)
{
    const auto number = [](double value) { return QByteArray::number(value, 'g', 17); };
    QByteArray histogram = "# TYPE healthcheck_duration_seconds histogram\n";
    QByteArray totals = "# TYPE healthcheck_total counter\n";
    for (std::size_t index = 0; index < count; ++index) {
        const PairState &state = pairs[index];
        const QByteArray name = checkName(index).toLatin1();
        const QByteArray labels = "id=\"" + name + "-id\",name=\"" + name + "\",zone=\"" + zones[index % 4] + '"';
        for (std::size_t b = 0; b < bounds.size(); ++b) {
            const QByteArray le = std::isinf(bounds[b]) ? QByteArray("+Inf") : number(bounds[b]);
            histogram += "healthcheck_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"} "
                + number(state.buckets[b]) + '\n';
        }
        histogram += "healthcheck_duration_seconds_sum{" + labels + "} " + number(state.sum) + '\n';
        histogram += "healthcheck_duration_seconds_count{" + labels + "} " + number(state.count) + '\n';
        if (state.failure) {
            totals += "healthcheck_total{" + labels + ",status=\"failure\"} " + number(*state.failure) + '\n';
        }
        totals += "healthcheck_total{" + labels + ",status=\"success\"} " + number(state.success) + '\n';
    }
    return histogram + totals;
}

std::size_t samplesOf(const std::vector<PairState> &pairs, std::size_t count)
{
    std::size_t samples = 0;
    for (std::size_t index = 0; index < count; ++index) {
        samples += bounds.size() + 3 + (pairs[index].failure ? 1 : 0);
    }
    return samples;
}

} // namespace appclacks::bench
