// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/checktimeline.h"
#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/prometheusresult.h"
#include "core/prometheus/promqlqueries.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace appclacks::core {

class PrometheusApi;
class PrometheusReply;

/// What the window (or `summary`) asks a Prometheus-compatible server for: the range's figures
/// for every check and, for the window, each check's status now and timeline.
struct PrometheusRangeRequest
{
    /// (from, to]; from 0 asks for the counters as they stand ("since the prober started").
    TimeWindow window;
    std::int64_t nowMs = 0;
    std::int64_t statusWindowMs = 5 * 60 * 1000;
    int stripCells = 30;
    double thresholdSeconds = 1.0;
    /// Status now, failing since, last failure, uptime and strips (the window); `summary` needs
    /// only the range's figures.
    bool withTimelines = true;
    /// The snapshot shown before, for the same source: statuses that changed since are marked as
    /// its failure transitions (RangeSnapshots::markStatusTransitions). Null: nothing is news.
    std::shared_ptr<const HealthSnapshot> previous;
};

/// The answer to a PrometheusRangeRequest.
struct PrometheusRangeAnswer
{
    /// Null when a query failed: `failure` then says which and why, in the server's words.
    std::shared_ptr<const HealthSnapshot> snapshot;
    PrometheusResult failure;
    QStringList warnings; ///< the server's, of every query, each once
};

/// The same snapshot the local history gives (RangeSnapshots), computed by a Prometheus-compatible
/// server: every increase is its PromQL's (`increase()`, extrapolated as Prometheus does, or not
/// as VictoriaMetrics does), and the snapshot says so (HealthSnapshot::computedBy). Per zone:
/// `sum by (name, id, zone, le) (increase(healthcheck_duration_seconds_bucket{…}[W]))` and its
/// siblings for outcomes, _sum and _count, evaluated at the range's end; the quantiles follow from
/// those buckets as `histogram_quantile` computes them, and a check's total from its zones' sum.
///
/// Status now is the status window's `increase(healthcheck_total[5m])` (a zone fails when its
/// failures rose), uptime the check's successes over its outcomes in 24 h, 7 d and 30 d, the
/// strip one query_range of outcomes per cell. Failing since and last failure come from the
/// steps in which failures rose: a minute's steps over the last day, an hour's over 30 days, so
/// they are exact to the step (docs/PROMETHEUS.md).
///
/// Thread-affine like PrometheusApi; the queries run concurrently, answers are decoded on this
/// object's thread (a worker's, in the window).
class PrometheusSnapshots final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSnapshots)

public:
    /// Nothing is sent before read(). `network` as for PrometheusApi.
    explicit PrometheusSnapshots(
        const PrometheusEndpoint &endpoint, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~PrometheusSnapshots() override;

    /// Asks for `request`'s figures; finished() follows once. A read in flight is abandoned (its
    /// answer never comes).
    void read(const PrometheusRangeRequest &request);
    /// Abandons the read in flight: finished() comes with PrometheusError::Cancelled.
    void cancel();

    /// "Prometheus 2.42.0 at 127.0.0.1:9090": what the first read's buildinfo said answered.
    QString server() const { return m_server; }

Q_SIGNALS:
    /// `answered` of `asked` queries have their answer.
    void progressed(int answered, int asked);
    void finished(const appclacks::core::PrometheusRangeAnswer &answer);

private:
    enum class Query {
        BuildInfo,
        CheckKeys, ///< the checks' keys, to divide a query the server found too large
        Buckets,
        Outcomes,
        Sums,
        Counts,
        StatusNow,
        UptimeDay,
        UptimeWeek,
        UptimeMonth,
        Strip,
        FailingLastDay,
        FailingLastMonth,
    };
    /// One question of a read: its PromQL for some checks (all of them for an empty list).
    struct Job
    {
        QString purpose;
        std::function<QString(const QStringList &checks)> expression;
        std::int64_t startMs = 0; ///< the instant query's time
        std::int64_t endMs = 0;
        std::int64_t stepMs = 0; ///< 0 for an instant query
    };
    /// One request in flight: a job for a subset of the checks.
    struct Batch
    {
        Query query = Query::BuildInfo;
        QStringList checks;
    };
    void sendBatch(const Batch &batch);
    void split(const Batch &batch);
    void reportProgress();
    void onAnswered(PrometheusReply *reply);
    void complete();
    /// The answer to `query`, or an empty result when it was not asked.
    const PrometheusResult &answer(Query query) const;
    void abandon();
    /// The range's figures from the four per-pair answers: the quantiles follow from the buckets.
    HealthSnapshot snapshotOf() const;
    std::vector<CheckTimeline> timelines(const HealthSnapshot &snapshot) const;

    PrometheusEndpoint m_endpoint;
    std::optional<PromqlQueries> m_promql;
    QString m_configurationError;
    PrometheusApi *m_api = nullptr;
    QString m_server;
    PrometheusRangeRequest m_request;
    QMap<Query, Job> m_jobs;
    // Replies are children of m_api and deleted (later) once answered, so the keys stay valid
    // while they are here.
    QHash<PrometheusReply *, Batch> m_inFlight;
    std::optional<QStringList> m_checkKeys;
    std::vector<Batch> m_waiting; ///< too large, waiting for the checks' keys to be divided
    QMap<Query, PrometheusResult> m_answers;
    PrometheusRangeAnswer m_answer;
    int m_asked = 0;
    int m_answered = 0;
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::PrometheusRangeAnswer)
