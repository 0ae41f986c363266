// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// health_bench [-n ITERATIONS] [--checks N] [--zones Z]
// Generates Appclacks-style exposition for N checks × Z zones (default 2,500 × 4 = 10,000
// pairs), parses it once, then times what a refresh does after parsing, single-threaded:
// building the HealthSnapshot, and the checks, zones and buckets models taking it. Wall-clock
// medians, and the thread's CPU time beside them (the steadier figure on a shared machine, where
// the wall clock also counts the time other processes hold the core).

#include "core/exposition/expositionparser.h"
#include "core/health/healthsnapshot.h"
#include "core/models/bucketsmodel.h"
#include "core/models/checkstablemodel.h"
#include "core/models/zonestablemodel.h"
#include "core/platform/memorytuning.h"
#include "simulator/expositiongenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

using namespace appclacks::core;
using namespace appclacks::simulator;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    keepLargeBuffersBetweenScrapes();
    int iterations = 15;
    GeneratorOptions options;
    options.checks = 2500;
    options.zones = 4;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "-n") == 0) {
            iterations = std::max(1, std::atoi(argv[i + 1]));
        } else if (std::strcmp(argv[i], "--checks") == 0) {
            options.checks = std::atoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--zones") == 0) {
            options.zones = std::atoi(argv[i + 1]);
        }
    }
    const QByteArray text = ExpositionGenerator::generate(options);
    const auto parsed = ExpositionParser().parse(text, ExpositionFormat::Text004);
    if (!parsed.ok()) {
        std::fprintf(stderr, "generated input refused: %s\n", qPrintable(parsed.error.toString()));
        return 1;
    }

    ChecksTableModel checks;
    ZonesTableModel zones;
    BucketsModel buckets;
    std::vector<double> snapshotSeconds;
    std::vector<double> modelSeconds;
    std::vector<double> totalSeconds;
    std::vector<double> totalCpuSeconds;
    std::size_t pairs = 0;
    for (int i = 0; i < iterations; ++i) {
        const double cpuStart = threadCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        auto snapshot = std::make_shared<const HealthSnapshot>(HealthSnapshot::fromDocument(*parsed.document));
        const qint64 built = timer.nsecsElapsed();
        checks.setSnapshot(snapshot);
        const QString key = snapshot->checks[snapshot->checks.size() / 2].key;
        zones.setCheck(snapshot, key);
        buckets.setHistogram(snapshot, key, QString());
        const qint64 done = timer.nsecsElapsed();
        totalCpuSeconds.push_back(threadCpuSeconds() - cpuStart);
        snapshotSeconds.push_back(double(built) / 1e9);
        modelSeconds.push_back(double(done - built) / 1e9);
        totalSeconds.push_back(double(done) / 1e9);
        pairs = 0;
        for (const CheckHealth &check : snapshot->checks) {
            pairs += check.zones.size();
        }
    }
    std::printf("{\"bench\":\"health\",\"checks\":%d,\"zones\":%d,\"pairs\":%zu,\"samples\":%zu,\"iters\":%d,"
                "\"snapshot_ms\":%.2f,\"models_ms\":%.2f,\"total_ms\":%.2f,\"total_min_ms\":%.2f,\"total_cpu_ms\":%.2f,"
                "\"total_cpu_min_ms\":%.2f}\n",
        options.checks, options.zones, pairs, parsed.document->samples().size(), iterations,
        median(snapshotSeconds) * 1e3, median(modelSeconds) * 1e3, median(totalSeconds) * 1e3,
        *std::min_element(totalSeconds.begin(), totalSeconds.end()) * 1e3, median(totalCpuSeconds) * 1e3,
        *std::min_element(totalCpuSeconds.begin(), totalCpuSeconds.end()) * 1e3);
    return 0;
}
