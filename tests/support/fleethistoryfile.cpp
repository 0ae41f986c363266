// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/fleethistoryfile.h"

#include "bench/fleetgenerator.h"
#include "core/history/historystore.h"
#include "core/history/openmetricsbackfill.h"

#include <QDir>
#include <QFile>

#include <vector>

namespace appclacks::tests {

std::optional<FleetHistoryFile> FleetHistoryFile::write(
    const QString &directory, int pairs, int days, std::int64_t intervalMs, std::int64_t endMs, QString *error)
{
    FleetHistoryFile file;
    file.pairs = pairs - pairs % 4;
    file.intervalMs = intervalMs;
    file.path = QDir(directory).filePath(QStringLiteral("fleet.om"));
    file.historyPath = QDir(directory).filePath(QStringLiteral("fleet.sqlite"));
    const std::int64_t scrapes = std::int64_t(days) * 86400000 / intervalMs;
    const std::int64_t startMs = endMs - (scrapes - 1) * intervalMs - 40; // the jitter stays before endMs
    {
        core::HistoryStore store(file.historyPath);
        if (!store.open(core::HistoryStore::Access::ReadWrite, error)) {
            return std::nullopt;
        }
        bench::FleetGenerator fleet(file.pairs);
        std::vector<core::ScrapeRecord> batch;
        for (std::int64_t scrape = 0; scrape < scrapes; ++scrape) {
            fleet.step();
            core::ScrapeRecord record;
            record.source = QStringLiteral("fleet");
            record.timeMs = startMs + scrape * intervalMs + fleet.jitter();
            record.snapshot = bench::snapshotOf(fleet.pairs(), std::size_t(file.pairs));
            if (scrape == 0) {
                file.firstMs = record.timeMs;
            }
            file.lastMs = record.timeMs;
            batch.push_back(std::move(record));
            if (batch.size() == 100 || scrape + 1 == scrapes) {
                if (!store.append(batch, error)) {
                    return std::nullopt;
                }
                batch.clear();
            }
        }
        const auto sources = store.sources(error);
        QFile output(file.path);
        if (!sources || !output.open(QIODevice::WriteOnly)) {
            if (sources) {
                *error = file.path + QStringLiteral(": ") + output.errorString();
            }
            return std::nullopt;
        }
        if (!core::OpenMetricsBackfill::exportTo(output, store, *sources, std::nullopt, error)) {
            return std::nullopt;
        }
    }
    return file;
}

std::optional<QByteArray> FleetHistoryFile::prometheusText(QString *error) const
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + input.errorString();
        return std::nullopt;
    }
    QByteArray text;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        // "series value seconds" → "series value milliseconds"
        const qsizetype space = line.lastIndexOf(' ');
        const QByteArray seconds = line.mid(space + 1);
        const auto timeMs = core::OpenMetricsBackfill::parseTimestamp(
            std::string_view(seconds.constData(), std::size_t(seconds.size())));
        if (space < 0 || !timeMs) {
            *error = path + QStringLiteral(": no timestamp on “%1”").arg(QString::fromUtf8(line));
            return std::nullopt;
        }
        text += line.left(space + 1) + QByteArray::number(qint64(*timeMs)) + '\n';
    }
    return text;
}

} // namespace appclacks::tests
