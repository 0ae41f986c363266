// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// historysources_bench [--sources S] [--pairs N] [--days D] [--interval S] [--runs R] [--keep DIR]
//
// Writes S sources (default 8) of N check × zone pairs (default 200) over D days (default 2) at
// one scrape every S seconds (default 60) into one history file, then times what the window asks
// the history on every refresh, twice (the range, the focused check's course): one source by its
// name (HistoryStore::source). Beside it, the same answer found the way it was before issue 11's
// review, every source's figures (HistoryStore::sources) and a search by name.

#include "benchstore.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace appclacks::core;
using namespace appclacks::bench;

namespace {

// The median of `runs` timings of `run`, in milliseconds; negative when `run` failed.
template <typename Run> double medianMs(int runs, Run run)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        if (!run()) {
            return -1;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    FleetOptions fleet;
    fleet.pairs = 200;
    fleet.days = 2;
    int sources = 8;
    int runs = 21;
    const bool parsed = parseFleetOptions(argc, argv, fleet,
        "historysources_bench [--sources S] [--pairs N] [--days D] [--interval S] [--runs R] [--keep DIR]",
        [&](const char *argument, const std::function<const char *()> &value) {
            if (std::strcmp(argument, "--sources") == 0) {
                sources = std::max(1, std::atoi(value()));
            } else if (std::strcmp(argument, "--runs") == 0) {
                runs = std::max(1, std::atoi(value()));
            } else {
                return false;
            }
            return true;
        });
    if (!parsed) {
        return 2;
    }
    QTemporaryDir temporary;
    const QString work = workDirectory(fleet, temporary);
    if (work.isEmpty()) {
        return 1;
    }
    HistoryStore store(work + QStringLiteral("/sources.sqlite"));
    QString error;
    if (!store.open(HistoryStore::Access::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QStringList names;
    for (int index = 0; index < sources; ++index) {
        fleet.source = QStringLiteral("source-%1").arg(index, 2, 10, QLatin1Char('0'));
        names << fleet.source;
        if (!writeFleet(store, fleet)) {
            return 1;
        }
    }
    if (!store.compactAll(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The session's source is any of them: the one in the middle.
    const QString wanted = names[names.size() / 2];
    std::optional<HistoryStore::SourceInfo> direct;
    const double byNameMs = medianMs(runs, [&] {
        direct = store.source(wanted, &error);
        return direct.has_value();
    });
    std::optional<HistoryStore::SourceInfo> searched;
    const double throughAllMs = medianMs(runs, [&] {
        const auto all = store.sources(&error);
        searched.reset();
        for (const HistoryStore::SourceInfo &info : all.value_or(std::vector<HistoryStore::SourceInfo>())) {
            if (info.name == wanted) {
                searched = info;
            }
        }
        return searched.has_value();
    });
    if (byNameMs < 0 || throughAllMs < 0) {
        std::fprintf(stderr, "no source %s: %s\n", qPrintable(wanted), qPrintable(error));
        return 1;
    }
    if (direct->samples != searched->samples || direct->series != searched->series
        || direct->lastMs != searched->lastMs) {
        std::fprintf(stderr, "the two lookups disagree\n");
        return 1;
    }

    std::printf("history: %d sources of %d pairs, %d days at %d s, %lld samples a source\n", sources, fleet.pairs,
        fleet.days, fleet.interval, static_cast<long long>(direct->samples));
    std::printf("  one source by name (median of %d)      %9.2f ms\n", runs, byNameMs);
    std::printf("  every source, then by name (before)   %9.2f ms\n", throughAllMs);
    std::printf(
        "{\"sources\":%d,\"pairs\":%d,\"days\":%d,\"interval_seconds\":%d,\"runs\":%d,\"source_by_name_ms\":%.4f,"
        "\"all_sources_then_name_ms\":%.4f}\n",
        sources, fleet.pairs, fleet.days, fleet.interval, runs, byNameMs, throughAllMs);
    return 0;
}
