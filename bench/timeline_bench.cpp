// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// timeline_bench [--pairs N] [--days D] [--interval S] [--runs R] [--keep DIR]
//
// Writes D days of scrapes every S seconds for N check × zone pairs (default 1,000 pairs, 7 days,
// 30 s) through the store's own append, with history_bench's generator, then times what the
// window asks of the history for issue 11 (CheckTimelines):
// - forSource: every check's status now, failing/passing since, uptime 24 h / 7 d / 30 d and a
//   30-cell strip over the last 24 h, and again over the last 7 days;
// - forCheck: one check's 7 days in the steps a chart of 1,000 points uses, all zones and each
//   zone, its state timelines and incidents (the issue: the 7-day chart drawn ≤ 100 ms after
//   selection);
// - the reads alone: every pair's samples of the last 30 days out of the store, nothing computed.
// With --keep DIR an existing DIR/timeline.sqlite is reused (no writing).

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

struct Timing
{
    double firstMs = 0;
    double medianMs = 0;
};

template <typename Run> Timing timeRuns(int runs, Run run)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        if (!run()) {
            return { -1, -1 };
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    Timing timing;
    timing.firstMs = times.front();
    std::sort(times.begin(), times.end());
    timing.medianMs = times[times.size() / 2];
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    int pairs = 1000;
    int days = 7;
    int interval = 30;
    int runs = 5;
    QString keep;
    for (int i = 1; i < argc; ++i) {
        const auto next = [&] { return i + 1 < argc ? argv[++i] : "0"; };
        if (std::strcmp(argv[i], "--pairs") == 0) {
            pairs = std::max(4, std::atoi(next()));
        } else if (std::strcmp(argv[i], "--days") == 0) {
            days = std::max(1, std::atoi(next()));
        } else if (std::strcmp(argv[i], "--interval") == 0) {
            interval = std::max(1, std::atoi(next()));
        } else if (std::strcmp(argv[i], "--runs") == 0) {
            runs = std::max(1, std::atoi(next()));
        } else if (std::strcmp(argv[i], "--keep") == 0) {
            keep = QString::fromLocal8Bit(next());
        } else {
            std::fprintf(
                stderr, "usage: timeline_bench [--pairs N] [--days D] [--interval S] [--runs R] [--keep DIR]\n");
            return 2;
        }
    }
    pairs -= pairs % 4;
    QTemporaryDir temporary;
    const QString work = keep.isEmpty() ? temporary.path() : keep;
    if (!QDir().mkpath(work)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(work));
        return 1;
    }
    const QString path = work + QStringLiteral("/timeline.sqlite");
    const bool reuse = !keep.isEmpty() && QFileInfo::exists(path);
    QString error;
    const std::int64_t scrapes = std::int64_t(days) * 86400 / interval;
    const std::int64_t start = 1764547200000; // 2025-12-01T00:00:00Z
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
        HistoryStore &store = writer;
        std::fprintf(stderr, "writing %lld scrapes of %d pairs...\n", static_cast<long long>(scrapes), pairs);
        FleetGenerator fleet(pairs);
        std::vector<ScrapeRecord> batch;
        for (std::int64_t scrape = 0; scrape < scrapes; ++scrape) {
            fleet.step();
            ScrapeRecord record;
            record.source = QStringLiteral("bench");
            record.timeMs = start + scrape * interval * 1000 + fleet.jitter();
            record.snapshot = snapshotOf(fleet.pairs(), std::size_t(pairs));
            batch.push_back(std::move(record));
            if (batch.size() == 10 || scrape + 1 == scrapes) {
                if (!store.append(batch, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                batch.clear();
            }
        }
        if (!store.compactAll(&error)) {
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
    const Timing day = timeRuns(runs, [&] {
        const auto timelines = CheckTimelines::forSource(store, *source, options, &error);
        checks = timelines ? timelines->size() : 0;
        return timelines.has_value();
    });
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
    const Timing reads = timeRuns(std::min(runs, 3), [&] {
        for (const HistoryStore::PairInfo &pair : allPairs.value_or(std::vector<HistoryStore::PairInfo>())) {
            if (!store.history(pair, now - 30 * 86400000LL, now, &error)) {
                return false;
            }
        }
        return true;
    });
    if (day.firstMs < 0 || weekly.firstMs < 0 || chart.firstMs < 0 || reads.firstMs < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    std::printf("timelines: %d pairs (%zu checks), %d days at %d s\n", pairs, checks, days, interval);
    std::printf("  forSource, strip over 24 h    first %8.1f ms, median %8.1f ms\n", day.firstMs, day.medianMs);
    std::printf("  forSource, strip over 7 d     first %8.1f ms, median %8.1f ms\n", weekly.firstMs, weekly.medianMs);
    std::printf("  forCheck, 7 d in %zu steps of %lld s: first %.1f ms, median %.1f ms\n", steps,
        static_cast<long long>(step / 1000), chart.firstMs, chart.medianMs);
    std::printf("  reading every pair's 30 days  first %8.1f ms, median %8.1f ms\n", reads.firstMs, reads.medianMs);
    std::printf("{\"pairs\":%d,\"checks\":%zu,\"days\":%d,\"interval_seconds\":%d,\"for_source_day_first_ms\":%s,"
                "\"for_source_day_median_ms\":%s,\"for_source_week_first_ms\":%s,\"for_source_week_median_ms\":%s,"
                "\"for_check_week_steps\":%zu,\"for_check_week_first_ms\":%s,\"for_check_week_median_ms\":%s,"
                "\"read_all_pairs_first_ms\":%s,\"read_all_pairs_median_ms\":%s}\n",
        pairs, checks, days, interval, number(day.firstMs).c_str(), number(day.medianMs).c_str(),
        number(weekly.firstMs).c_str(), number(weekly.medianMs).c_str(), steps, number(chart.firstMs).c_str(),
        number(chart.medianMs).c_str(), number(reads.firstMs).c_str(), number(reads.medianMs).c_str());
    return 0;
}
