// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/historyfixtures.h"

namespace appclacks::tests {

std::shared_ptr<core::HealthSnapshot> snapshotOf(const std::map<std::pair<QString, QString>, Counters> &pairs)
{
    auto snapshot = std::make_shared<core::HealthSnapshot>();
    for (const auto &[key, counters] : pairs) {
        core::CheckHealth *check = nullptr;
        for (core::CheckHealth &candidate : snapshot->checks) {
            if (candidate.id == key.first) {
                check = &candidate;
            }
        }
        if (!check) {
            core::CheckHealth fresh;
            fresh.id = key.first;
            fresh.key = key.first;
            fresh.name = key.first + QStringLiteral("-name");
            snapshot->checks.push_back(fresh);
            check = &snapshot->checks.back();
        }
        core::ZoneHealth zone;
        zone.zone = key.second;
        for (const auto &[bound, count] : counters.buckets) {
            zone.buckets.push_back({ bound, count });
        }
        zone.sum = counters.sum;
        zone.count = counters.count;
        zone.hasSuccess = counters.success.has_value();
        zone.hasFailure = counters.failure.has_value();
        zone.success = counters.success.value_or(0);
        zone.failure = counters.failure.value_or(0);
        zone.hasOutcomes = zone.hasSuccess || zone.hasFailure;
        check->zones.push_back(zone);
    }
    return snapshot;
}

core::ScrapeRecord scrapeAt(std::int64_t timeMs, std::shared_ptr<core::HealthSnapshot> snapshot, const QString &source)
{
    core::ScrapeRecord record;
    record.source = source;
    record.timeMs = timeMs;
    record.snapshot = std::move(snapshot);
    return record;
}

} // namespace appclacks::tests
