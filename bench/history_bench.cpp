// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// history_bench [--pairs N] [--days D] [--interval S] [--compare-pairs M] [--queries Q] [--no-compare] [--keep DIR]
//
// Writes D days of scrapes every S seconds for N check × zone pairs (default 1,000 pairs, 7 days,
// 60 s: 181 M samples) into a history file through the store's own append, as the window and
// `collect` do, and reports bytes on disk per sample, ingest samples per second, and the time of
// the step query a chart makes (24 h of one check at 1-minute steps).
//
// Side by side, on the same generated samples of the first M pairs (default 100): Prometheus
// 2.42's fully compacted TSDB (promtool tsdb create-blocks-from openmetrics
// --max-block-duration=1000h, one block) and VictoriaMetrics (Debian's victoria-metrics, import
// then force merge), against our store holding exactly those M pairs.
//
// The data is what a prober's counters do at 60 s: 0 to 2 observations a scrape (mostly 1),
// latencies with nanosecond resolution, about one failure in a hundred (the failure counter
// created at a pair's first failure), scrape times jittered by a few milliseconds.

#include "benchstore.h"
#include "core/health/healthsnapshot.h"
#include "core/history/historyqueries.h"
#include "core/history/historystore.h"
#include "fleetgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace appclacks::core;
using namespace appclacks::bench;

namespace {

qint64 directoryBytes(const QString &path)
{
    qint64 bytes = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        bytes += QFileInfo(it.next()).size();
    }
    return bytes;
}

std::string number(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

// Writes the subset's samples of one scrape: the histogram family into `histogram`, the counter
// family into `counters` (OpenMetrics keeps families apart), the same as Prometheus text with
// millisecond timestamps into `victoria`.
void writeText(const std::vector<PairState> &pairs, std::size_t count, std::int64_t timeMs, FILE *histogram,
    FILE *counters, FILE *victoria)
{
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%lld.%03lld", static_cast<long long>(timeMs / 1000),
        static_cast<long long>(timeMs % 1000));
    for (std::size_t index = 0; index < count; ++index) {
        const PairState &state = pairs[index];
        const std::string name = checkName(index).toStdString();
        const std::string labels = "id=\"" + name + "-id\",name=\"" + name + "\",zone=\"" + zones[index % 4] + "\"";
        const auto line
            = [&](FILE *file, const char *metric, const std::string &extra, double value, bool openMetrics) {
                  std::fprintf(file, "%s{%s%s} %s %s\n", metric, labels.c_str(), extra.c_str(), number(value).c_str(),
                      openMetrics ? seconds : std::to_string(timeMs).c_str());
              };
        for (const bool openMetrics : { true, false }) {
            FILE *out = openMetrics ? histogram : victoria;
            for (std::size_t b = 0; b < bounds.size(); ++b) {
                line(out, "healthcheck_duration_seconds_bucket",
                    std::string(",le=\"") + (std::isinf(bounds[b]) ? std::string("+Inf") : number(bounds[b])) + "\"",
                    state.buckets[b], openMetrics);
            }
            line(out, "healthcheck_duration_seconds_sum", {}, state.sum, openMetrics);
            line(out, "healthcheck_duration_seconds_count", {}, state.count, openMetrics);
            out = openMetrics ? counters : victoria;
            line(out, "healthcheck_total", ",status=\"success\"", state.success, openMetrics);
            if (state.failure) {
                line(out, "healthcheck_total", ",status=\"failure\"", *state.failure, openMetrics);
            }
        }
    }
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

bool httpOk(QNetworkAccessManager &network, const QString &method, const QUrl &url, const QByteArray &body = {},
    bool quiet = false)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    QNetworkReply *reply = method == QLatin1String("POST") ? network.post(request, body) : network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    if (!ok && !quiet) {
        std::fprintf(
            stderr, "%s %s: %s\n", qPrintable(method), qPrintable(url.toString()), qPrintable(reply->errorString()));
    }
    reply->deleteLater();
    return ok;
}

// VictoriaMetrics' bytes per sample for the text in `file`: imported, flushed and merged.
std::optional<double> victoriaBytesPerSample(const QString &file, const QString &storage, std::size_t samples)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("victoria-metrics"));
    if (program.isEmpty()) {
        std::fprintf(stderr, "victoria-metrics is not installed (scripts/debian-packages.txt)\n");
        return std::nullopt;
    }
    const quint16 port = freePort();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.setStandardOutputFile(QProcess::nullDevice());
    server.start(program,
        { QStringLiteral("-storageDataPath=") + storage, QStringLiteral("-retentionPeriod=100y"),
            QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(port), QStringLiteral("-loggerLevel=ERROR") });
    if (!server.waitForStarted()) {
        return std::nullopt;
    }
    QNetworkAccessManager network;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QElapsedTimer waiting;
    waiting.start();
    while (!httpOk(network, QStringLiteral("GET"), QUrl(base + QStringLiteral("/health")), {}, true)) {
        if (waiting.elapsed() > 30000) {
            server.kill();
            return std::nullopt;
        }
        QThread::msleep(200);
    }
    QFile input(file);
    bool ok = input.open(QIODevice::ReadOnly);
    while (ok && !input.atEnd()) {
        QByteArray chunk = input.read(16 << 20);
        chunk += input.readLine(); // whole lines only
        ok = httpOk(network, QStringLiteral("POST"), QUrl(base + QStringLiteral("/api/v1/import/prometheus")), chunk);
    }
    ok = ok && httpOk(network, QStringLiteral("GET"), QUrl(base + QStringLiteral("/internal/force_flush")));
    // Every monthly partition merged down, as the compacted figure it is compared with.
    ok = ok && httpOk(network, QStringLiteral("GET"), QUrl(base + QStringLiteral("/internal/force_merge")));
    QThread::sleep(5); // the merge runs in the background; give it time, then stop the server cleanly
    server.terminate();
    server.waitForFinished(60000);
    if (!ok) {
        return std::nullopt;
    }
    return double(directoryBytes(storage)) / double(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    FleetOptions fleet;
    int comparePairs = 100;
    int queries = 7;
    bool compare = true;
    const bool parsed = parseFleetOptions(argc, argv, fleet,
        "history_bench [--pairs N] [--days D] [--interval S] [--compare-pairs M] [--queries Q] [--no-compare] "
        "[--keep DIR]",
        [&](const char *argument, const std::function<const char *()> &value) {
            if (std::strcmp(argument, "--compare-pairs") == 0) {
                comparePairs = std::max(4, std::atoi(value()));
            } else if (std::strcmp(argument, "--queries") == 0) {
                queries = std::max(1, std::atoi(value()));
            } else if (std::strcmp(argument, "--no-compare") == 0) {
                compare = false;
            } else {
                return false;
            }
            return true;
        });
    if (!parsed) {
        return 2;
    }
    const int pairs = fleet.pairs;
    comparePairs = std::min(comparePairs - comparePairs % 4, pairs);
    QTemporaryDir temporary;
    const QString work = workDirectory(fleet, temporary);
    if (work.isEmpty()) {
        return 1;
    }

    HistoryStore store(work + QStringLiteral("/bench.sqlite"));
    HistoryStore subset(work + QStringLiteral("/subset.sqlite"));
    QString error;
    if (!store.open(HistoryStore::Access::ReadWrite, &error)
        || (compare && !subset.open(HistoryStore::Access::ReadWrite, &error))) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    FILE *histogram = nullptr;
    FILE *counters = nullptr;
    FILE *victoria = nullptr;
    if (compare) {
        histogram = std::fopen(qPrintable(work + QStringLiteral("/histogram.om")), "w");
        counters = std::fopen(qPrintable(work + QStringLiteral("/counters.om")), "w");
        victoria = std::fopen(qPrintable(work + QStringLiteral("/victoria.prom")), "w");
        std::fputs("# TYPE healthcheck_duration_seconds histogram\n", histogram);
        std::fputs("# TYPE healthcheck counter\n", counters);
    }

    // The same scrapes of the first M pairs go into the subset store and the text files for
    // Prometheus and VictoriaMetrics, in the same batches.
    std::size_t subsetSamples = 0;
    std::vector<ScrapeRecord> subsetBatch;
    const auto alongside = [&](const FleetGenerator &generator, std::int64_t time, bool last) {
        if (!compare) {
            return true;
        }
        ScrapeRecord part;
        part.source = QStringLiteral("bench");
        part.timeMs = time;
        part.snapshot = snapshotOf(generator.pairs(), std::size_t(comparePairs));
        subsetSamples += samplesOf(generator.pairs(), std::size_t(comparePairs));
        subsetBatch.push_back(std::move(part));
        writeText(generator.pairs(), std::size_t(comparePairs), time, histogram, counters, victoria);
        if (subsetBatch.size() == 10 || last) {
            if (!subset.append(subsetBatch, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return false;
            }
            subsetBatch.clear();
        }
        return true;
    };
    const std::optional<FleetWritten> written = writeFleet(store, fleet, alongside);
    if (!written) {
        return 1;
    }
    const std::size_t samples = written->samples;
    const std::int64_t ingestNs = written->appendNs;
    QElapsedTimer timer;
    const auto checkpoint = [](HistoryStore &history) {
        QString reason;
        if (!history.compactAll(&reason)) {
            std::fprintf(stderr, "%s\n", qPrintable(reason));
        }
        QSqlQuery(QSqlDatabase::database(history.connectionName()))
            .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return history.bytesOnDisk();
    };
    const double bytesPerSample = double(checkpoint(store)) / double(samples);
    const double ingestPerSecond = double(samples) / (double(ingestNs) / 1e9);

    // The chart's query: 24 h of one check (all its zones) at 1-minute steps, the last day.
    const auto source = store.source(QStringLiteral("bench"), &error);
    const TimeWindow lastDay { source->lastMs - 86400000, source->lastMs };
    std::vector<double> queryMs;
    for (int run = 0; run < queries; ++run) {
        timer.start();
        const auto points = HistoryQueries::steps(
            store, *source, checkName(std::size_t(pairs) / 2), std::nullopt, lastDay, 60000, 1.0, &error);
        queryMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!points || points->size() != 1440) {
            std::fprintf(stderr, "step query: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double firstQueryMs = queryMs.front();
    std::sort(queryMs.begin(), queryMs.end());
    const double medianQueryMs = queryMs[queryMs.size() / 2];

    std::optional<double> ours;
    std::optional<double> prometheus;
    std::optional<double> victoriaFigure;
    if (compare) {
        std::fclose(histogram);
        std::fclose(counters);
        std::fclose(victoria);
        ours = double(checkpoint(subset)) / double(subsetSamples);
        // OpenMetrics: one family after the other, # EOF last.
        QFile combined(work + QStringLiteral("/backfill.om"));
        if (!combined.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(combined.fileName()));
            return 1;
        }
        for (const QString &part : { QStringLiteral("/histogram.om"), QStringLiteral("/counters.om") }) {
            QFile file(work + part);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            while (!file.atEnd()) {
                combined.write(file.read(16 << 20));
            }
            file.remove();
        }
        combined.write("# EOF\n");
        combined.close();
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty()) {
            std::fprintf(stderr, "promtool is not installed (scripts/debian-packages.txt)\n");
        } else {
            std::fprintf(stderr, "promtool tsdb create-blocks-from openmetrics...\n");
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(promtool,
                { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                    QStringLiteral("--max-block-duration=1000h"), combined.fileName(),
                    work + QStringLiteral("/prometheus") });
            if (process.waitForFinished(-1) && process.exitCode() == 0) {
                prometheus = double(directoryBytes(work + QStringLiteral("/prometheus"))) / double(subsetSamples);
            } else {
                std::fprintf(stderr, "promtool failed: %s\n", process.readAllStandardError().constData());
            }
        }
        std::fprintf(stderr, "victoria-metrics import and merge...\n");
        victoriaFigure = victoriaBytesPerSample(
            work + QStringLiteral("/victoria.prom"), work + QStringLiteral("/victoria"), subsetSamples);
    }

    const int days = fleet.days;
    const int interval = fleet.interval;
    std::printf("history: %d pairs, %d days at %d s: %zu samples\n", pairs, days, interval, samples);
    std::printf("  bytes on disk per sample     %8.3f\n", bytesPerSample);
    std::printf("  ingest                       %8.2f M samples/s\n", ingestPerSecond / 1e6);
    std::printf(
        "  24 h step query (1 check, 1 min steps): first %.1f ms, median %.1f ms\n", firstQueryMs, medianQueryMs);
    if (compare) {
        std::printf("side by side, same %zu samples (%d pairs):\n", subsetSamples, comparePairs);
        std::printf("  appclacks history            %8.3f B/sample (exact)\n", ours.value_or(NAN));
        std::printf("  Prometheus 2.42 TSDB         %8.3f B/sample (one compacted block)\n", prometheus.value_or(NAN));
        std::printf(
            "  VictoriaMetrics              %8.3f B/sample (12 significant digits)\n", victoriaFigure.value_or(NAN));
    }
    const auto json = [](std::optional<double> value) { return value ? number(*value) : std::string("null"); };
    std::printf("{\"pairs\":%d,\"days\":%d,\"interval_seconds\":%d,\"samples\":%zu,\"bytes_per_sample\":%s,"
                "\"ingest_samples_per_second\":%s,\"step_query_first_ms\":%s,\"step_query_median_ms\":%s,"
                "\"compare_pairs\":%d,\"compare_samples\":%zu,\"ours_bytes_per_sample\":%s,"
                "\"prometheus_bytes_per_sample\":%s,\"victoriametrics_bytes_per_sample\":%s}\n",
        pairs, days, interval, samples, number(bytesPerSample).c_str(), number(ingestPerSecond).c_str(),
        number(firstQueryMs).c_str(), number(medianQueryMs).c_str(), compare ? comparePairs : 0,
        compare ? subsetSamples : std::size_t(0), json(ours).c_str(), json(prometheus).c_str(),
        json(victoriaFigure).c_str());
    return 0;
}
