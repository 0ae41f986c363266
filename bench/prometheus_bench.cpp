// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// prometheus_bench [--pairs N] [--days D] [--interval S] [--runs R] [--keep DIR]
//
// The time a Prometheus-compatible source takes to give the overview of 7 days: N check × zone
// pairs (default 1,000) scraped every S seconds (default 600) for D days (default 7), written by
// the test support's FleetHistoryFile (bench/fleetgenerator through the app's history and
// OpenMetricsBackfill), backfilled into Debian's Prometheus 2.42 with promtool, then R times
// (default 5) the overview's four 7-day instant queries sent at once through PrometheusApi —
// p50, p95 and p99 latency (histogram_quantile over the buckets' increase) and the outcomes
// (increase of healthcheck_total by status) — timed from sending to the last answer decoded.
// The same again as the two queries the quantiles can also come from — every pair's bucket
// increases (core/health computes PromQL's histogram_quantile from them) and the outcomes — to
// show what asking the server for each quantile costs. The first run is cold (Prometheus's page
// cache and postings), the others warm. The last line is JSON. With --keep DIR the generated file
// and the TSDB stay in DIR, and a later run with the same DIR reuses the TSDB.

#include "bench/benchstore.h"
#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/prometheussnapshots.h"
#include "core/prometheus/promqlqueries.h"
#include "tests/support/fleethistoryfile.h"
#include "tests/support/prometheusprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

using namespace appclacks::core;
using appclacks::tests::FleetHistoryFile;
using appclacks::tests::PrometheusProcess;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    appclacks::bench::FleetOptions fleet;
    fleet.interval = 600;
    int runs = 5;
    const bool parsed = appclacks::bench::parseFleetOptions(argc, argv, fleet,
        "prometheus_bench [--pairs N] [--days D] [--interval S] [--runs R] [--keep DIR]",
        [&](const char *argument, const std::function<const char *()> &value) {
            if (std::strcmp(argument, "--runs") != 0) {
                return false;
            }
            runs = std::max(1, std::atoi(value()));
            return true;
        });
    if (!parsed) {
        return 2;
    }
    const int pairs = fleet.pairs;
    const int days = fleet.days;
    const int interval = fleet.interval;
    const QString &keep = fleet.keep;
    QTemporaryDir temporary;
    const QString work = appclacks::bench::workDirectory(fleet, temporary);
    if (work.isEmpty()) {
        return 1;
    }
    QString error;
    QElapsedTimer clock;
    clock.start();
    PrometheusProcess prometheus;
    prometheus.setStoragePath(QDir(work).filePath(QStringLiteral("tsdb")));
    const QString timesFile = QDir(work).filePath(QStringLiteral("times"));
    qint64 writeMs = 0;
    qint64 backfillMs = 0;
    std::int64_t firstMs = 0;
    std::int64_t lastMs = 0;
    QFile times(timesFile);
    if (!keep.isEmpty() && times.open(QIODevice::ReadOnly)) {
        // "first last" of a previous run's history, whose TSDB is reused.
        const QList<QByteArray> fields = times.readAll().trimmed().split(' ');
        firstMs = fields.value(0).toLongLong();
        lastMs = fields.value(1).toLongLong();
        std::fprintf(stderr, "reusing the TSDB in %s\n", qPrintable(work));
    } else {
        const std::int64_t end = (QDateTime::currentMSecsSinceEpoch() / 60000 - 60) * 60000;
        std::fprintf(stderr, "writing %d days of %d pairs every %d s...\n", days, pairs, interval);
        const auto history = FleetHistoryFile::write(work, pairs, days, std::int64_t(interval) * 1000, end, &error);
        if (!history) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        writeMs = clock.restart();
        std::fprintf(stderr, "promtool tsdb create-blocks-from openmetrics (%lld MB)...\n",
            static_cast<long long>(QFileInfo(history->path).size() / 1000000));
        if (!prometheus.backfill(history->path, &error, 3600000)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        backfillMs = clock.restart();
        firstMs = history->firstMs;
        lastMs = history->lastMs;
        if (times.open(QIODevice::WriteOnly)) {
            times.write(QByteArray::number(qint64(firstMs)) + ' ' + QByteArray::number(qint64(lastMs)) + '\n');
        }
    }
    if (!prometheus.start({}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    PrometheusEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    endpoint.timeoutMs = 600000;
    PrometheusApi api(endpoint);
    const auto promql = PromqlQueries::forEndpoint(endpoint, &error);
    const std::int64_t week = 7 * 86400000ll;
    const QStringList overview { promql->latencyQuantile(0.5, week), promql->latencyQuantile(0.95, week),
        promql->latencyQuantile(0.99, week), promql->outcomes(week) };
    const QStringList fromBuckets { promql->bucketIncreases(week), promql->outcomes(week) };
    struct Figures
    {
        double firstMs = 0;
        double medianMs = 0;
        std::size_t series = 0;
        std::int64_t bytes = 0;
    };
    const auto measure = [&](const QStringList &queries, const char *name) -> std::optional<Figures> {
        std::vector<double> durations;
        Figures figures;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            QEventLoop loop;
            int pending = int(queries.size());
            figures.series = 0;
            figures.bytes = 0;
            bool failed = false;
            for (const QString &expression : queries) {
                PrometheusReply *reply = api.query(expression, lastMs + 1);
                QObject::connect(reply, &PrometheusReply::finished, &loop, [&, reply] {
                    const PrometheusResult &result = reply->result();
                    if (!result.ok()) {
                        std::fprintf(stderr, "%s\n", qPrintable(result.message));
                        failed = true;
                    }
                    figures.series += result.series.size();
                    figures.bytes += result.bytes;
                    reply->deleteLater();
                    if (--pending == 0) {
                        loop.quit();
                    }
                });
            }
            loop.exec();
            if (failed) {
                return std::nullopt;
            }
            durations.push_back(double(timer.nsecsElapsed()) / 1e6);
            std::fprintf(stderr, "%s run %d: %.1f ms, %zu series, %lld bytes\n", name, run + 1, durations.back(),
                figures.series, static_cast<long long>(figures.bytes));
        }
        figures.firstMs = durations.front();
        std::vector<double> warm(durations.begin() + (durations.size() > 1 ? 1 : 0), durations.end());
        std::sort(warm.begin(), warm.end());
        figures.medianMs = warm[warm.size() / 2];
        return figures;
    };
    const auto quantiles = measure(overview, "quantiles");
    const auto buckets = measure(fromBuckets, "buckets");
    if (!quantiles || !buckets) {
        return 1;
    }
    // What the window does when 7 d is chosen: PrometheusSnapshots' whole read (the range's
    // figures, status now, uptime, the strip, failing since), until the snapshot is built.
    std::vector<double> window;
    std::size_t windowChecks = 0;
    {
        PrometheusSnapshots snapshots(endpoint);
        for (int run = 0; run < runs; ++run) {
            PrometheusRangeRequest request;
            request.window = { lastMs + 1 - week, lastMs + 1 };
            request.nowMs = lastMs + 1;
            QEventLoop loop;
            PrometheusRangeAnswer answer;
            const QMetaObject::Connection connection = QObject::connect(
                &snapshots, &PrometheusSnapshots::finished, &loop, [&](const PrometheusRangeAnswer &received) {
                    answer = received;
                    loop.quit();
                });
            QElapsedTimer timer;
            timer.start();
            snapshots.read(request);
            loop.exec();
            QObject::disconnect(connection);
            if (!answer.snapshot) {
                std::fprintf(stderr, "%s\n", qPrintable(answer.failure.message));
                return 1;
            }
            window.push_back(double(timer.nsecsElapsed()) / 1e6);
            windowChecks = answer.snapshot->checks.size();
            std::fprintf(stderr, "window run %d: %.1f ms, %zu checks\n", run + 1, window.back(), windowChecks);
        }
    }
    const double windowFirstMs = window.front();
    std::vector<double> windowWarm(window.begin() + (window.size() > 1 ? 1 : 0), window.end());
    std::sort(windowWarm.begin(), windowWarm.end());
    std::printf("{\"pairs\":%d,\"days\":%d,\"interval_seconds\":%d,\"scrapes\":%lld,\"write_ms\":%lld,"
                "\"backfill_ms\":%lld,\"overview_7d_first_ms\":%.1f,\"overview_7d_median_ms\":%.1f,"
                "\"series_answered\":%zu,\"answer_bytes\":%lld,\"buckets_and_outcomes_7d_first_ms\":%.1f,"
                "\"buckets_and_outcomes_7d_median_ms\":%.1f,\"buckets_series_answered\":%zu,"
                "\"window_7d_first_ms\":%.1f,\"window_7d_median_ms\":%.1f,\"window_checks\":%zu}\n",
        pairs, days, interval, static_cast<long long>(lastMs - firstMs) / (interval * 1000LL) + 1,
        static_cast<long long>(writeMs), static_cast<long long>(backfillMs), quantiles->firstMs, quantiles->medianMs,
        quantiles->series, static_cast<long long>(quantiles->bytes), buckets->firstMs, buckets->medianMs,
        buckets->series, windowFirstMs, windowWarm[windowWarm.size() / 2], windowChecks);
    return 0;
}
