// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/histogram.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace appclacks::core {

class ExpositionDocument;

/// How a source names things: the label that holds the zone differs between probers.
struct HealthOptions
{
    QString zoneLabel = QStringLiteral("zone");
    /// The latency that counts as fast enough, for the share of observations at or under it.
    double latencyThresholdSeconds = 1.0;
};

/// The numbers a person reads off one check × zone (or a check's total), computed once when the
/// snapshot is built, on the worker thread (core/health/healthstatistics.cpp).
struct ZoneStatistics
{
    QuantileEstimate p50;
    QuantileEstimate p90;
    QuantileEstimate p95;
    QuantileEstimate p99;
    double meanSeconds = std::nan(""); ///< _sum / _count, when both are exposed and count > 0
    double successRatio = std::nan(""); ///< success / (success + failure)
    double observations = std::nan(""); ///< _count, or the +Inf bucket when _count is missing
    ThresholdShare withinThreshold; ///< share at or under the snapshot's thresholdSeconds
};

/// One check in one zone, as the counters stand (or, in a window, as they moved).
struct ZoneHealth
{
    QString zone; ///< empty for series without a zone label; shown as "—"
    std::vector<Bucket> buckets; ///< cumulative, sorted by upper bound, +Inf last when present
    std::optional<double> sum;
    std::optional<double> count;
    double success = 0;
    double failure = 0;
    bool hasOutcomes = false; ///< healthcheck_total was exposed for this zone
    bool hasSuccess = false; ///< its status="success" series was (the history keeps which)
    bool hasFailure = false; ///< its status="failure" series was: Cabourotte creates it lazily
    HistogramProblems problems;
    ZoneStatistics statistics;
    /// The check fails in this zone now: its failures rose within the status window (or, without
    /// a history, between the last two scrapes; for a file, at all).
    bool failingNow = false;
};

/// A check is failing in a zone when it failed there during the window being looked at.
enum class CheckStatus { NoData, Passing, PartialOutage, GlobalOutage };

/// Worst first, as the checks list, the overview and the tray order them: 0 for a global outage
/// up to 3 for no data.
int severityOf(CheckStatus status);

/// A zone whose p95 or success ratio stands out from the median of the check's other zones.
struct ZoneDisagreement
{
    enum class Kind { Latency, Success };
    QString zone;
    Kind kind = Kind::Latency;
    double value = 0; ///< this zone's p95 (seconds) or success ratio
    double elsewhere = 0; ///< the median of the other zones'
    QuantileEstimate estimate; ///< for Latency: this zone's p95 with its bucket bounds
};

/// How a check's failures moved between the previous snapshot of a source and this one.
enum class FailureTransition { None, StartedFailing, Recovered };

struct CheckTimeline;

struct CheckHealth
{
    QString key; ///< the `id` label, or `name` when the source has no ids (Cabourotte)
    QString id;
    QString name;
    std::vector<ZoneHealth> zones; ///< sorted by zone name
    ZoneHealth total; ///< all zones: buckets summed by le, counters added
    QList<QPair<QString, QString>> extraLabels; ///< other labels, such as Cabourotte's own
    HistogramProblems problems; ///< of any zone, plus layouts that differ between zones

    // Derived once, when the snapshot is built (completeStatistics, markTransitions), then, for a
    // source with a history, from its status now (core/history/rangesnapshots.h).
    /// The check's status now, which the list, the overview, the tray and the notifications share.
    CheckStatus status = CheckStatus::NoData;
    int failingZones = 0;
    int severity = 3; ///< severityOf(status)
    std::vector<ZoneDisagreement> disagreements;
    bool failuresRising = false; ///< the failure counter rose since the previous snapshot
    FailureTransition transition = FailureTransition::None;
    /// Since when, uptime and the status strip, when the source has a history
    /// (core/history/checktimeline.h); null otherwise.
    std::shared_ptr<const CheckTimeline> timeline;

    QString displayName() const { return name.isEmpty() ? key : name; }
    const ZoneHealth *zone(const QString &zoneName) const;
};

/// What a scrape says about every check. Immutable once built; shared between threads as
/// std::shared_ptr<const HealthSnapshot>.
struct HealthSnapshot
{
    QString source;
    QDateTime scrapedAt;
    std::vector<CheckHealth> checks; ///< sorted by name, then key
    int otherFamilies = 0; ///< families that are not health-check metrics
    int ignoredSamples = 0; ///< health-check samples that name no check, or an unknown status
    int failingChecks = 0; ///< checks failing in at least one zone
    CheckStatus worstStatus = CheckStatus::NoData; ///< of all checks; NoData when there are none
    QStringList zoneNames; ///< every zone of every check, sorted
    /// Indexes into `checks`, worst first (global outage, partial, passing, no data), then by
    /// name ignoring case: the checks list's and the overview's order.
    std::vector<std::uint32_t> worstFirst;
    bool hasPrevious = false; ///< transitions were computed against an earlier snapshot
    double thresholdSeconds = 1.0; ///< HealthOptions::latencyThresholdSeconds it was built with
    /// What the figures cover, (from, to] in milliseconds since the epoch: 0 and 0 for the
    /// counters as the prober reports them. `coveredFromMs` is where the stored samples begin
    /// when that is later than `rangeFromMs` (a range that cannot be filled yet).
    std::int64_t rangeFromMs = 0;
    std::int64_t rangeToMs = 0;
    std::int64_t coveredFromMs = 0;
    /// Statuses come from the history's last minutes (true), or from the counters of this
    /// snapshot and the one before (false).
    bool statusFromHistory = false;
    /// Empty when the app computed the figures (from scrapes or its history); otherwise the
    /// Prometheus-compatible server whose PromQL they are ("Prometheus 2.42.0 at host:9090").
    QString computedBy;

    const CheckHealth *check(const QString &key) const;

    /// Reads healthcheck_duration_seconds and healthcheck_total from a parsed exposition.
    /// A series exposed twice (the same check, zone and `le`, or the same _sum, _count or
    /// healthcheck_total series) refuses the whole exposition, as Prometheus refuses a scrape with
    /// duplicate series: `error` then names the series and the snapshot is empty. Without
    /// `error`, the later duplicates are ignored (counted in ignoredSamples), never added.
    static HealthSnapshot fromDocument(
        const ExpositionDocument &document, const HealthOptions &options = {}, QString *error = nullptr);
    /// Whether the exposition has a healthcheck_total or healthcheck_duration_seconds family at all.
    static bool hasHealthFamily(const ExpositionDocument &document);
};

/// Series of a window that were not in both snapshots, by "check key / zone".
struct WindowChanges
{
    QStringList appeared;
    QStringList disappeared;
    QStringList counterResets;
};

/// The increase from `older` to `newer` for every series of `newer`, with Prometheus's counter
/// rule: a value below the previous one means the counter restarted, and the increase is the new
/// value. Series new in `newer` count from zero. The result's buckets are the window's histogram.
HealthSnapshot increaseBetween(
    const HealthSnapshot &older, const HealthSnapshot &newer, WindowChanges *changes = nullptr);

/// Rebuilds `total`, `problems` for every check after its zones changed.
void summarizeZones(CheckHealth &check);

/// Marks every check's failure transition against the previous snapshot of the same source: a
/// check starts failing when its failure counter rises, and recovers when it stops rising.
void markTransitions(HealthSnapshot &latest, const HealthSnapshot *previous);

} // namespace appclacks::core
