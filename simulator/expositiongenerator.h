// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>

#include <cstdint>

namespace appclacks::simulator {

/// What ExpositionGenerator writes: Appclacks' API output for `checks` × `zones`.
struct GeneratorOptions
{
    int checks = 25;
    int zones = 4;
    std::uint64_t seed = 1;
    bool compactLabels = false; ///< "," between labels instead of the ", " of Appclacks' docs
};

/// Deterministic Appclacks-style exposition (text format 0.0.4): per check × zone the 14 default
/// buckets, _sum, _count and healthcheck_total by status, with log-normal latencies, a few
/// failing checks, and 4% of check names that need escaping or are non-ASCII — the shape of
/// the reference harness's corpus generator (scripts/bench.sh), for benchmarks, the fuzzer's seeds and the simulator.
class ExpositionGenerator final
{
public:
    static QByteArray generate(const GeneratorOptions &options);
};

} // namespace appclacks::simulator
