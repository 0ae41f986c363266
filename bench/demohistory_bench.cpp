// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// demohistory_bench [--runs N] [--keep FILE]
//
// Seeds the demo's day (simulator/demoday.h: 2,881 scrapes of 8 checks × 3 zones) into a fresh
// temporary history N times (default 5), as the window does when the demo opens, and reports the
// median wall-clock and CPU time of a seeding, how much of it is playing the day (the fleet and
// its snapshots, no store), the file's size, and the demo server's start (its fleet's day since
// the restart). The seeding must stay well under 2 s on an idle machine: the window shows the
// demo once it is done.

#include "core/history/historystore.h"
#include "core/sources/demohistory.h"
#include "simulator/demoday.h"
#include "simulator/demolauncher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace appclacks;

namespace {

double cpuMs()
{
    timespec time {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1000.0 + double(time.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString keep; // a copy of the last seeded file, to look into
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size()) {
            runs = std::max(1, arguments.at(++i).toInt());
        } else if (arguments.at(i) == QLatin1String("--keep") && i + 1 < arguments.size()) {
            keep = arguments.at(++i);
        } else {
            std::fprintf(stderr, "usage: demohistory_bench [--runs N] [--keep FILE]\n");
            return 2;
        }
    }

    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<double> playOnly;
    std::vector<double> serverStart;
    qint64 bytes = 0;
    qint64 samples = 0;
    const std::int64_t endMs = QDateTime::currentMSecsSinceEpoch();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const simulator::SimulatedFleet fleet = simulator::DemoDay(1).finalFleet();
        serverStart.push_back(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(fleet);

        timer.restart();
        int scrapes = 0;
        simulator::DemoDay(1).play(endMs, [&scrapes](std::int64_t, const simulator::SimulatedFleet &) {
            ++scrapes;
            return true;
        });
        playOnly.push_back(double(timer.nsecsElapsed()) / 1e6);

        core::DemoHistory history;
        QString error;
        const double cpuBefore = cpuMs();
        timer.restart();
        if (!history.seedBlocking(simulator::SimulatedDemo::historySeeder(1), endMs, &error)) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(error));
            return 1;
        }
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpuBefore);
        bytes = QFileInfo(history.path()).size();
        core::HistoryStore store(history.path());
        if (store.open(core::HistoryStore::Access::ReadOnly, &error)) {
            if (const auto source = store.source(core::DemoHistory::sourceName(), &error)) {
                samples = source->samples;
            }
        }
        if (!keep.isEmpty()) {
            QFile::remove(keep); // nothing to keep yet is fine
            if (!QFile::copy(history.path(), keep)) {
                std::fprintf(stderr, "could not keep the history in %s\n", qPrintable(keep));
            }
        }
        std::printf("run %d: seeded %d scrapes in %.0f ms (%.0f ms CPU), playing the day alone %.1f ms\n", run + 1,
            scrapes, wall.back(), cpu.back(), playOnly.back());
    }
    std::printf("median of %d: seeding %.0f ms wall, %.0f ms CPU; playing the day %.1f ms; demo server's fleet "
                "%.1f ms; %lld samples, %lld bytes\n",
        runs, median(wall), median(cpu), median(playOnly), median(serverStart), static_cast<long long>(samples),
        static_cast<long long>(bytes));
    std::printf("{\"runs\":%d,\"seed_ms\":%.1f,\"seed_cpu_ms\":%.1f,\"play_ms\":%.2f,\"server_fleet_ms\":%.2f,"
                "\"samples\":%lld,\"bytes\":%lld}\n",
        runs, median(wall), median(cpu), median(playOnly), median(serverStart), static_cast<long long>(samples),
        static_cast<long long>(bytes));
    return 0;
}
