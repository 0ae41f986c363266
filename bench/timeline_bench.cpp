// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// timeline_bench [--pairs N] [--days D] [--interval S] [--runs R] [--source-only] [--keep DIR]
//
// Writes D days of scrapes every S seconds for N check × zone pairs (default 1,000 pairs, 7 days,
// 30 s) through the store's own append, with history_bench's generator, then times what the
// window asks of the history for issue 11 (CheckTimelines):
// - forSource: every check's status now, failing/passing since, uptime 24 h / 7 d / 30 d and a
//   30-cell strip over the last 24 h, and again over the last 7 days;
// - forCheck: one check's 7 days in the steps a chart of 1,000 points uses, all zones and each
//   zone, its state timelines and incidents (the issue: the 7-day chart drawn ≤ 100 ms after
//   selection);
// - the reads alone: every pair's samples of the last 30 days out of the store, nothing computed,
//   the outcome counters only (what forSource reads) and every series.
// With --keep DIR an existing DIR/timeline.sqlite is reused (no writing).

#include "benchstore.h"
#include "core/history/checktimeline.h"
#include "core/history/historystore.h"
#include "fleetgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace appclacks::core;
using namespace appclacks::bench;

namespace {

std::string number(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

// The machine is shared: besides the wall clock, the CPU time of this (the only) thread, which
// other processes' load does not inflate.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Timing
{
    double firstMs = 0;
    double medianMs = 0;
    double medianCpuMs = 0;
};

template <typename Run> Timing timeRuns(int runs, Run run)
{
    std::vector<double> times;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const double cpuStart = threadCpuMs();
        if (!run()) {
            return { -1, -1, -1 };
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    Timing timing;
    timing.firstMs = times.front();
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    timing.medianMs = times[times.size() / 2];
    timing.medianCpuMs = cpu[cpu.size() / 2];
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    FleetOptions fleet;
    fleet.interval = 30;
    int runs = 5;
    bool sourceOnly = false;
    const bool parsed = parseFleetOptions(argc, argv, fleet,
        "timeline_bench [--pairs N] [--days D] [--interval S] [--runs R] [--source-only] [--keep DIR]",
        [&](const char *argument, const std::function<const char *()> &value) {
            if (std::strcmp(argument, "--runs") == 0) {
                runs = std::max(1, std::atoi(value()));
            } else if (std::strcmp(argument, "--source-only") == 0) {
                sourceOnly = true; // forSource over 24 h alone, for a profiler
            } else {
                return false;
            }
            return true;
        });
    if (!parsed) {
        return 2;
    }
    const int pairs = fleet.pairs;
    QTemporaryDir temporary;
    const QString work = workDirectory(fleet, temporary);
    if (work.isEmpty()) {
        return 1;
    }
    const QString path = work + QStringLiteral("/timeline.sqlite");
    const bool reuse = !fleet.keep.isEmpty() && QFileInfo::exists(path);
    QString error;
    if (!reuse) {
        HistoryStore writer(path);
        if (!writer.open(HistoryStore::Access::ReadWrite, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        // Writing a week for a thousand pairs is SQLite page reads and writes: a large page cache
        // for the writing connection only (the queries below open the file afresh, as the window
        // does).
        QSqlQuery(QSqlDatabase::database(writer.connectionName())).exec(QStringLiteral("PRAGMA cache_size = -1048576"));
        if (!writeFleet(writer, fleet)) {
            return 1;
        }
        if (!writer.compactAll(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    HistoryStore store(path);
    if (!store.open(HistoryStore::Access::ReadOnly, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const std::optional<HistoryStore::SourceInfo> source = store.source(QStringLiteral("bench"), &error);
    if (!source) {
        std::fprintf(stderr, "no source: %s\n", qPrintable(error));
        return 1;
    }
    const std::int64_t now = source->lastMs + 1000;
    TimelineOptions options;
    options.nowMs = now;
    options.range = { now - 86400000, now };
    options.stripCells = 30;
    std::size_t checks = 0;
    const auto json = [](const char *name, const Timing &timing) {
        return std::string("\"") + name + "_first_ms\":" + number(timing.firstMs) + ",\"" + name + "_median_ms\":"
            + number(timing.medianMs) + ",\"" + name + "_median_cpu_ms\":" + number(timing.medianCpuMs);
    };
    const Timing day = timeRuns(runs, [&] {
        const auto timelines = CheckTimelines::forSource(store, *source, options, &error);
        checks = timelines ? timelines->size() : 0;
        return timelines.has_value();
    });
    if (sourceOnly) {
        std::printf("{\"pairs\":%d,\"checks\":%zu,%s}\n", pairs, checks, json("for_source_day", day).c_str());
        return day.firstMs < 0 ? 1 : 0;
    }
    TimelineOptions week = options;
    week.range = { now - 7 * 86400000LL, now };
    const Timing weekly
        = timeRuns(runs, [&] { return CheckTimelines::forSource(store, *source, week, &error).has_value(); });

    const QString check = checkName(std::size_t(pairs) / 2) + QStringLiteral("-id");
    const std::int64_t step = CheckTimelines::stepFor(week.range, 1000);
    std::size_t steps = 0;
    const Timing chart = timeRuns(runs, [&] {
        const auto overTime = CheckTimelines::forCheck(store, *source, check, step, week, &error);
        steps = overTime ? overTime->total.size() : 0;
        return overTime.has_value();
    });

    const auto allPairs = store.pairs(source->id, &error);
    const auto readAll = [&](std::span<const SeriesKey::Kind> only) {
        for (const HistoryStore::PairInfo &pair : allPairs.value_or(std::vector<HistoryStore::PairInfo>())) {
            if (!store.history(pair, now - 30 * 86400000LL, now, &error, only)) {
                return false;
            }
        }
        return true;
    };
    const std::vector<SeriesKey::Kind> outcomes { SeriesKey::Kind::Success, SeriesKey::Kind::Failure };
    const Timing reads = timeRuns(std::min(runs, 3), [&] { return readAll(outcomes); });
    const Timing fullReads = timeRuns(std::min(runs, 3), [&] { return readAll({}); });
    if (day.firstMs < 0 || weekly.firstMs < 0 || chart.firstMs < 0 || reads.firstMs < 0 || fullReads.firstMs < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    const int days = fleet.days;
    const int interval = fleet.interval;
    std::printf("timelines: %d pairs (%zu checks), %d days at %d s (wall first, median; CPU median)\n", pairs, checks,
        days, interval);
    const auto line = [](const char *what, const Timing &timing) {
        std::printf("  %-36s %9.1f ms %9.1f ms %9.1f ms\n", what, timing.firstMs, timing.medianMs, timing.medianCpuMs);
    };
    line("forSource, strip over 24 h", day);
    line("forSource, strip over 7 d", weekly);
    line(qPrintable(QStringLiteral("forCheck, 7 d in %1 steps of %2 s").arg(steps).arg(step / 1000)), chart);
    line("reading every pair's 30 days (outcomes)", reads);
    line("reading every pair's 30 days (all)", fullReads);
    std::printf("{\"pairs\":%d,\"checks\":%zu,\"days\":%d,\"interval_seconds\":%d,\"for_check_week_steps\":%zu,%s,%s,%"
                "s,%s,%s}\n",
        pairs, checks, days, interval, steps, json("for_source_day", day).c_str(),
        json("for_source_week", weekly).c_str(), json("for_check_week", chart).c_str(),
        json("read_outcomes", reads).c_str(), json("read_all", fullReads).c_str());
    return 0;
}
