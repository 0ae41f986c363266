// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace appclacks::bench {

/// The latency buckets and zones of the generated fleet (four zones a check).
extern const std::vector<double> bounds;
extern const char *const zones[4];

/// One check × zone's counters as the prober exposes them.
struct PairState
{
    std::vector<double> buckets = std::vector<double>(bounds.size(), 0);
    double sum = 0;
    double count = 0;
    double success = 0;
    std::optional<double> failure;
};

/// Every pair's counters, one scrape after another; the same sequence for every tool and every
/// benchmark (history_bench, timeline_bench). The data is what a prober's counters do: 0 to 2
/// observations a scrape (mostly 1), latencies with nanosecond resolution, about one failure in a
/// hundred (the failure counter created at a pair's first failure), scrape times jittered by a few
/// milliseconds.
class FleetGenerator final
{
public:
    explicit FleetGenerator(int pairs);

    void step();
    const std::vector<PairState> &pairs() const { return m_pairs; }
    std::int64_t jitter() { return std::int64_t(m_jitter(m_random)); }

private:
    std::vector<PairState> m_pairs;
    std::mt19937_64 m_random;
    std::uniform_real_distribution<double> m_observations { 0.0, 1.0 };
    std::normal_distribution<double> m_latency;
    std::uniform_int_distribution<int> m_jitter { 0, 40 };
};

/// "check-0042": four consecutive pairs (its four zones) share a check.
QString checkName(std::size_t pair);
/// The first `count` pairs as a scraped snapshot.
std::shared_ptr<core::HealthSnapshot> snapshotOf(const std::vector<PairState> &pairs, std::size_t count);
/// The first `count` pairs as Cabourotte exposes them: the text a scrape of the fleet reads.
QByteArray expositionOf(const std::vector<PairState> &pairs, std::size_t count);
/// Samples the first `count` pairs expose (the failure counter only once created).
std::size_t samplesOf(const std::vector<PairState> &pairs, std::size_t count);

} // namespace appclacks::bench
