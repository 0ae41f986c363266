// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "benchstore.h"

#include "core/history/historystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace appclacks::bench {

bool parseFleetOptions(int argc, char *argv[], FleetOptions &options, const char *usage,
    const std::function<bool(const char *argument, const std::function<const char *()> &value)> &other)
{
    for (int i = 1; i < argc; ++i) {
        const std::function<const char *()> next = [&] { return i + 1 < argc ? argv[++i] : "0"; };
        if (std::strcmp(argv[i], "--pairs") == 0) {
            options.pairs = std::max(4, std::atoi(next()));
        } else if (std::strcmp(argv[i], "--days") == 0) {
            options.days = std::max(1, std::atoi(next()));
        } else if (std::strcmp(argv[i], "--interval") == 0) {
            options.interval = std::max(1, std::atoi(next()));
        } else if (std::strcmp(argv[i], "--keep") == 0) {
            options.keep = QString::fromLocal8Bit(next());
        } else if (!other || !other(argv[i], next)) {
            std::fprintf(stderr, "usage: %s\n", usage);
            return false;
        }
    }
    options.pairs -= options.pairs % 4;
    return true;
}

QString workDirectory(const FleetOptions &options, const QTemporaryDir &temporary)
{
    QString work = options.keep.isEmpty() ? temporary.path() : options.keep;
    if (!QDir().mkpath(work)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(work));
        return {};
    }
    return work;
}

std::optional<FleetWritten> writeFleet(core::HistoryStore &store, const FleetOptions &options,
    const std::function<bool(const FleetGenerator &fleet, std::int64_t timeMs, bool last)> &each)
{
    const std::int64_t scrapes = options.scrapes();
    std::fprintf(stderr, "writing %lld scrapes of %d pairs...\n", static_cast<long long>(scrapes), options.pairs);
    FleetGenerator fleet(options.pairs);
    FleetWritten written;
    std::vector<core::ScrapeRecord> batch;
    QElapsedTimer timer;
    QString error;
    for (std::int64_t scrape = 0; scrape < scrapes; ++scrape) {
        fleet.step();
        const bool last = scrape + 1 == scrapes;
        core::ScrapeRecord record;
        record.source = options.source;
        record.timeMs = options.startMs + scrape * options.interval * 1000 + fleet.jitter();
        record.snapshot = snapshotOf(fleet.pairs(), std::size_t(options.pairs));
        written.samples += samplesOf(fleet.pairs(), std::size_t(options.pairs));
        if (each && !each(fleet, record.timeMs, last)) {
            return std::nullopt;
        }
        batch.push_back(std::move(record));
        if (batch.size() == (options.past ? 120 : 10) || last) {
            timer.start();
            if (!(options.past ? store.appendPast(batch, &error) : store.append(batch, &error))) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return std::nullopt;
            }
            written.appendNs += timer.nsecsElapsed();
            batch.clear();
        }
    }
    return written;
}

} // namespace appclacks::bench
