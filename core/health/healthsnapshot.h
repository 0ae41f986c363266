// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/histogram.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

namespace appclacks::core {

class ExpositionDocument;

/// How a source names things: the label that holds the zone differs between probers.
struct HealthOptions
{
    QString zoneLabel = QStringLiteral("zone");
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
    HistogramProblems problems;
};

/// A check is failing in a zone when it failed there during the window being looked at.
enum class CheckStatus { NoData, Passing, PartialOutage, GlobalOutage };

struct CheckHealth
{
    QString key; ///< the `id` label, or `name` when the source has no ids (Cabourotte)
    QString id;
    QString name;
    std::vector<ZoneHealth> zones; ///< sorted by zone name
    ZoneHealth total; ///< all zones: buckets summed by le, counters added
    QList<QPair<QString, QString>> extraLabels; ///< other labels, such as Cabourotte's own
    HistogramProblems problems; ///< of any zone, plus layouts that differ between zones

    int failingZoneCount() const;
    CheckStatus status() const;
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

    const CheckHealth *check(const QString &key) const;

    /// Reads healthcheck_duration_seconds and healthcheck_total from a parsed exposition.
    static HealthSnapshot fromDocument(const ExpositionDocument &document, const HealthOptions &options = {});
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

} // namespace appclacks::core
