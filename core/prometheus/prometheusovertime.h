// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/checktimeline.h"
#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/prometheusresult.h"
#include "core/prometheus/promqlqueries.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace appclacks::core {

class PrometheusApi;
class PrometheusReply;

/// Which check's course the details ask a server for.
struct PrometheusCheckRequest
{
    QString checkId; ///< selects by the id label; empty: by name (a prober without ids)
    QString checkName;
    TimeWindow range;
    std::int64_t stepMs = 60000; ///< CheckTimelines::stepFor(range, points)
    std::int64_t nowMs = 0;
    std::int64_t statusWindowMs = 5 * 60 * 1000;
    double thresholdSeconds = 1.0;
};

struct PrometheusCheckAnswer
{
    std::shared_ptr<const CheckOverTime> overTime; ///< null when a query failed
    PrometheusResult failure;
    QStringList warnings;
};

/// One check over time from a Prometheus-compatible server, for the details' charts: four
/// query_range calls at the chosen step (bucket, outcome, _sum and _count increases over each
/// step, by zone), turned into the CheckOverTime the local history gives: each step's quantiles as
/// histogram_quantile computes them, a state per zone and step, and the incidents as the runs of
/// steps in which failures rose (exact to the step). Thread-affine like PrometheusApi.
class PrometheusOverTime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusOverTime)

public:
    explicit PrometheusOverTime(
        const PrometheusEndpoint &endpoint, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~PrometheusOverTime() override;

    /// Asks for `request`; finished() follows once. A read in flight is abandoned.
    void read(const PrometheusCheckRequest &request);

Q_SIGNALS:
    void finished(const appclacks::core::PrometheusCheckAnswer &answer);

private:
    void onAnswered(int query, PrometheusReply *reply);
    void abandon();
    /// The course from the four answers, each step's quantiles from its buckets.
    CheckOverTime overTimeOf() const;

    PrometheusEndpoint m_endpoint;
    std::optional<PromqlQueries> m_promql;
    QString m_configurationError;
    PrometheusApi *m_api = nullptr;
    PrometheusCheckRequest m_request;
    QMap<int, QPointer<PrometheusReply>> m_pending;
    std::array<PrometheusResult, 4> m_answers;
    PrometheusCheckAnswer m_answer;
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::PrometheusCheckAnswer)
