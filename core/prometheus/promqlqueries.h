// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/labelmatchers.h"
#include "core/prometheus/prometheusendpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace appclacks::core {

/// The PromQL the views need, built from an endpoint's matchers and label names, so that every
/// figure is what a Grafana panel with the same query shows. A window W is a range selector
/// (`[7d]`); evaluated at time T (query's `time`, or each step of query_range) it covers (T−W, T].
/// Every query groups by the check's name, id and zone labels, so one answer holds every pair.
/// A window of 0 asks for the counters as they stand (`sum by (…) (x{…})`), the figures "since
/// the prober started" show.
///
///     PromqlQueries promql = *PromqlQueries::forEndpoint(endpoint, &error);
///     api.query(promql.latencyQuantile(0.95, 7 * 86400000), endMs);
class PromqlQueries final
{
public:
    PromqlQueries(QList<LabelMatcher> matchers, QString nameLabel, QString idLabel, QString zoneLabel);
    /// Nothing, with `error` set, when the endpoint's matchers or label names are invalid.
    static std::optional<PromqlQueries> forEndpoint(const PrometheusEndpoint &endpoint, QString *error);

    static constexpr const char *bucketMetric = "healthcheck_duration_seconds_bucket";
    static constexpr const char *sumMetric = "healthcheck_duration_seconds_sum";
    static constexpr const char *countMetric = "healthcheck_duration_seconds_count";
    /// The outcome counter: `status="success"` or `status="failure"` (Appclacks and Cabourotte).
    static constexpr const char *totalMetric = "healthcheck_total";

    /// `histogram_quantile(q, sum by (name, id, zone, le) (increase(healthcheck_duration_seconds_bucket{…}[W])))`
    QString latencyQuantile(double quantile, std::int64_t windowMs, const QStringList &checks = {}) const;
    /// `sum by (name, id, zone, le) (increase(healthcheck_duration_seconds_bucket{…}[W]))`: each
    /// pair's bucket increases, from which any quantile or the latency histogram follows.
    QString bucketIncreases(std::int64_t windowMs, const QStringList &checks = {}) const;
    /// `sum by (name, id, zone, status) (increase(healthcheck_total{…}[W]))`: successes and
    /// failures of each pair in the window.
    QString outcomes(std::int64_t windowMs, const QStringList &checks = {}) const;
    /// `sum by (name, id, zone) (increase(healthcheck_duration_seconds_sum{…}[W]))`: the seconds
    /// the window's probes took (their mean is this over observationCounts).
    QString observationSums(std::int64_t windowMs, const QStringList &checks = {}) const;
    /// `sum by (name, id, zone) (increase(healthcheck_duration_seconds_count{…}[W]))`
    QString observationCounts(std::int64_t windowMs, const QStringList &checks = {}) const;
    /// `sum by (name, id, zone) (increase(healthcheck_total{…, status="failure"}[W])) > 0`: over a
    /// query_range, only the steps in which a pair failed, so 30 days of a thousand mostly
    /// passing pairs answer in a few points.
    QString failingSteps(std::int64_t windowMs, const QStringList &checks = {}) const;
    /// `sum by (name, id, zone) (increase(healthcheck_total{…, status="success"}[W])) / sum by
    /// (name, id, zone) (increase(healthcheck_total{…}[W]))`: the share of probes that passed
    /// (uptime, with perCheck), as one figure a Grafana panel shows.
    QString successRatio(std::int64_t windowMs, const QStringList &checks = {}) const;
    /// The same queries, grouped by check alone (`sum by (name, id)`): a check's figures over all
    /// its zones, summed by the server.
    PromqlQueries perCheck() const;
    /// The same queries with checks told apart by name: for a check without an id (a prober
    /// without ids), whose name is then its key.
    PromqlQueries byName() const;

    /// `healthcheck_total{…}`: the series selector for /api/v1/series and label values, which
    /// find the checks and zones.
    QString outcomeSeriesSelector(const QStringList &checks = {}) const;

    /// `metric{matchers…, <check label>=~"a|b"}`: the endpoint's matchers, and when `checks` is
    /// not empty only those checks (by id, or by name when there is no id label).
    QString selector(const QString &metric, const QStringList &checks = {}) const;
    /// The same with `extra` matchers after the others (`status="failure"`).
    QString selector(const QString &metric, const QStringList &checks, const QList<LabelMatcher> &extra) const;
    /// "name, id, zone" plus `extra`, the labels a pair's figures are grouped by.
    QString grouping(const QString &extra = {}) const;
    /// The label a check is told apart by: the id label, the name label without one.
    QString checkKeyLabel() const { return m_idLabel.isEmpty() ? m_nameLabel : m_idLabel; }
    const QList<LabelMatcher> &matchers() const { return m_matchers; }
    const QString &nameLabel() const { return m_nameLabel; }
    const QString &idLabel() const { return m_idLabel; }
    const QString &zoneLabel() const { return m_zoneLabel; }

    /// A PromQL duration: the largest of d, h, m, s, ms that divides it ("7d", "1h", "90s",
    /// "1500ms"); at least 1ms.
    static QString duration(std::int64_t milliseconds);
    /// An RE2 pattern that matches exactly one of `values` (each escaped), for `=~`.
    static QString alternation(const QStringList &values);

private:
    QList<LabelMatcher> m_matchers;
    QString m_nameLabel;
    QString m_idLabel;
    QString m_zoneLabel;
};

} // namespace appclacks::core
