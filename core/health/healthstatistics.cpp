// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/healthstatistics.h"

#include "core/health/promqlbuckets.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <numeric>
#include <string>

namespace appclacks::core {

namespace {

// A p95 this many times the others' median is a zone-local problem, not noise.
constexpr double latencyFactor = 2.0;
// A success ratio this far under the others' median is a zone-local problem.
constexpr double successGap = 0.01;

double median(std::vector<double> &values)
{
    if (values.empty()) {
        return std::nan("");
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// A zone disagrees when its p95 is more than twice the median of the other zones' p95, or when its
// success ratio is a point or more below theirs (or it fails where they never do). Compared with
// the median of the others, not of all: with two zones, a slow one would otherwise pull the
// median halfway towards itself and never stand out.
// `otherLatencies` and `otherRatios` are scratch space, kept from one check to the next.
std::vector<ZoneDisagreement> findDisagreements(
    const CheckHealth &check, std::vector<double> &otherLatencies, std::vector<double> &otherRatios)
{
    std::vector<ZoneDisagreement> found;
    if (check.zones.size() < 2) {
        return found;
    }
    for (std::size_t i = 0; i < check.zones.size(); ++i) {
        otherLatencies.clear();
        otherRatios.clear();
        for (std::size_t j = 0; j < check.zones.size(); ++j) {
            const ZoneStatistics &other = check.zones[j].statistics;
            if (j == i) {
                continue;
            }
            if (other.p95.isValid() && std::isfinite(other.p95.value)) {
                otherLatencies.push_back(other.p95.value);
            }
            if (!std::isnan(other.successRatio)) {
                otherRatios.push_back(other.successRatio);
            }
        }
        const ZoneHealth &zone = check.zones[i];
        const QuantileEstimate &p95 = zone.statistics.p95;
        const double latencyElsewhere = median(otherLatencies);
        if (p95.isValid() && latencyElsewhere > 0 && p95.value > latencyFactor * latencyElsewhere) {
            found.push_back({ zone.zone, ZoneDisagreement::Kind::Latency, p95.value, latencyElsewhere, p95 });
        }
        const double ratio = zone.statistics.successRatio;
        const double ratioElsewhere = median(otherRatios);
        if (!std::isnan(ratio) && !std::isnan(ratioElsewhere)
            && (ratioElsewhere - ratio >= successGap || (ratio < 1 && ratioElsewhere == 1))) {
            found.push_back({ zone.zone, ZoneDisagreement::Kind::Success, ratio, ratioElsewhere, {} });
        }
    }
    return found;
}

// A check's name folded once for sorting. On ASCII, QString::compare(Qt::CaseInsensitive) folds
// A–Z to a–z and compares code units, then lengths: exactly a byte comparison of the lowered
// text, without folding every character again in each of the sort's comparisons. Names with
// other characters (a few percent) still go through QString::compare.
struct FoldedName
{
    std::string text; ///< lowered; empty unless isAscii
    bool isAscii = false;
};

FoldedName foldedName(const QString &name)
{
    FoldedName folded;
    folded.text.reserve(std::size_t(name.size()));
    for (const QChar character : name) {
        const char16_t unit = character.unicode();
        if (unit >= 0x80) {
            return {};
        }
        folded.text.push_back(char(unit >= u'A' && unit <= u'Z' ? unit - u'A' + u'a' : unit));
    }
    folded.isAscii = true;
    return folded;
}

} // namespace

CheckStatus statusFor(int zones, int failingZones, bool anyOutcome)
{
    if (!anyOutcome) {
        return CheckStatus::NoData;
    }
    if (failingZones == 0) {
        return CheckStatus::Passing;
    }
    // Appclacks' rule: failing in two or more zones is a global outage, in one zone a partial
    // one. A check probed from a single zone (Cabourotte) that fails is failing everywhere.
    if (failingZones >= 2 || failingZones == zones) {
        return CheckStatus::GlobalOutage;
    }
    return CheckStatus::PartialOutage;
}

CheckStatus statusOf(const CheckHealth &check)
{
    const bool anyOutcome
        = std::any_of(check.zones.begin(), check.zones.end(), [](const ZoneHealth &zone) { return zone.hasOutcomes; });
    return statusFor(int(check.zones.size()), check.failingZones, anyOutcome);
}

int severityOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::GlobalOutage:
        return 0;
    case CheckStatus::PartialOutage:
        return 1;
    case CheckStatus::Passing:
        return 2;
    case CheckStatus::NoData:
        return 3;
    }
    return 3;
}

ZoneStatistics statisticsOf(const ZoneHealth &zone, double thresholdSeconds)
{
    ZoneStatistics statistics;
    const PromqlBuckets buckets(zone.buckets);
    statistics.p50 = buckets.quantile(0.5);
    statistics.p90 = buckets.quantile(0.9);
    statistics.p95 = buckets.quantile(0.95);
    statistics.p99 = buckets.quantile(0.99);
    if (zone.sum && zone.count && *zone.count > 0) {
        statistics.meanSeconds = *zone.sum / *zone.count;
    }
    const double outcomes = zone.success + zone.failure;
    if (zone.hasOutcomes && outcomes > 0) {
        statistics.successRatio = zone.success / outcomes;
    }
    if (zone.count) {
        statistics.observations = *zone.count;
    } else if (!zone.buckets.empty() && std::isinf(zone.buckets.back().upperBound)) {
        statistics.observations = zone.buckets.back().count;
    }
    statistics.withinThreshold = buckets.shareAtOrBelow(thresholdSeconds);
    return statistics;
}

void completeStatistics(HealthSnapshot &snapshot, double thresholdSeconds)
{
    // Most checks share the same few zones: a hash set keeps the ten thousand inserts cheap.
    QSet<QString> zoneNames;
    std::vector<double> otherLatencies;
    std::vector<double> otherRatios;
    for (CheckHealth &check : snapshot.checks) {
        check.failingZones = 0;
        for (ZoneHealth &zone : check.zones) {
            zone.statistics = statisticsOf(zone, thresholdSeconds);
            zone.failingNow = zone.failure > 0;
            check.failingZones += zone.failingNow ? 1 : 0;
            zoneNames.insert(zone.zone);
        }
        check.total.statistics = statisticsOf(check.total, thresholdSeconds);
        check.status = statusOf(check);
        check.severity = severityOf(check.status);
        check.disagreements = findDisagreements(check, otherLatencies, otherRatios);
    }
    snapshot.zoneNames = QStringList(zoneNames.begin(), zoneNames.end());
    std::sort(snapshot.zoneNames.begin(), snapshot.zoneNames.end());
    rankChecks(snapshot);
}

void rankChecks(HealthSnapshot &snapshot)
{
    snapshot.failingChecks = 0;
    snapshot.worstStatus = CheckStatus::NoData;
    int worstSeverity = severityOf(CheckStatus::NoData) + 1;
    for (const CheckHealth &check : snapshot.checks) {
        snapshot.failingChecks += check.failingZones > 0 ? 1 : 0;
        if (check.severity < worstSeverity) {
            worstSeverity = check.severity;
            snapshot.worstStatus = check.status;
        }
    }
    // The checks are in name order already (orderChecks()): worst first is a stable counting
    // sort by severity, with no string compared again.
    constexpr int severities = 4;
    std::array<std::uint32_t, severities + 1> start {};
    for (const CheckHealth &check : snapshot.checks) {
        ++start[std::size_t(std::clamp(check.severity, 0, severities - 1)) + 1];
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    snapshot.worstFirst.resize(snapshot.checks.size());
    for (std::uint32_t index = 0; index < snapshot.checks.size(); ++index) {
        const auto severity = std::size_t(std::clamp(snapshot.checks[index].severity, 0, severities - 1));
        snapshot.worstFirst[start[severity]++] = index;
    }
}

void orderChecks(std::vector<CheckHealth> &checks)
{
    // By name as people read it (ignoring case), then exactly, then by key: one order for the
    // list, the overview and every report. Indexes are sorted, then the checks moved once.
    std::vector<FoldedName> folded;
    folded.reserve(checks.size());
    for (const CheckHealth &check : checks) {
        folded.push_back(foldedName(check.name));
    }
    std::vector<std::uint32_t> order(checks.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&checks, &folded](std::uint32_t a, std::uint32_t b) {
        const CheckHealth &left = checks[a];
        const CheckHealth &right = checks[b];
        const int byName = folded[a].isAscii && folded[b].isAscii ? folded[a].text.compare(folded[b].text)
                                                                  : left.name.compare(right.name, Qt::CaseInsensitive);
        if (byName != 0) {
            return byName < 0;
        }
        return left.name != right.name ? left.name < right.name : left.key < right.key;
    });
    std::vector<CheckHealth> ordered;
    ordered.reserve(checks.size());
    for (const std::uint32_t index : order) {
        ordered.push_back(std::move(checks[index]));
    }
    checks = std::move(ordered);
}

} // namespace appclacks::core
