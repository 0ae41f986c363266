// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/healthsnapshot.h"

#include "core/exposition/expositiondocument.h"
#include "core/exposition/prometheusnumber.h"
#include "core/health/healthstatistics.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace appclacks::core {

namespace {

constexpr std::string_view bucketMetric = "healthcheck_duration_seconds_bucket";
constexpr std::string_view sumMetric = "healthcheck_duration_seconds_sum";
constexpr std::string_view countMetric = "healthcheck_duration_seconds_count";
constexpr std::string_view totalMetric = "healthcheck_total";

enum class SampleKind { Other, Bucket, Sum, Count, Total };

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// What symbolNamed() answers for a name the document never uses: no label name equals it, so the
// comparisons made per label need no check for a missing symbol.
constexpr SymbolId absentSymbol = std::numeric_limits<SymbolId>::max();

SymbolId symbolNamed(const ExpositionDocument &document, std::string_view name)
{
    const auto symbols = document.symbols();
    for (SymbolId id = 0; id < symbols.size(); ++id) {
        if (symbols[id] == name) {
            return id;
        }
    }
    return absentSymbol;
}

// Label values compared per sample are short (check ids, zones, `le`): word by word inline beats a
// call to memcmp, which a profile of the 10,000-pair benchmark showed at a fifth of the time. The
// last word overlaps the one before rather than finishing byte by byte.
template <typename Word> inline bool sameWordAt(std::string_view a, std::string_view b, std::size_t offset)
{
    Word left;
    Word right;
    std::memcpy(&left, a.data() + offset, sizeof(Word));
    std::memcpy(&right, b.data() + offset, sizeof(Word));
    return left == right;
}

inline bool sameText(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    const std::size_t size = a.size();
    if (size >= 8) {
        for (std::size_t i = 0; i + 8 < size; i += 8) {
            if (!sameWordAt<std::uint64_t>(a, b, i)) {
                return false;
            }
        }
        return sameWordAt<std::uint64_t>(a, b, size - 8);
    }
    if (size >= 4) {
        return sameWordAt<std::uint32_t>(a, b, 0) && sameWordAt<std::uint32_t>(a, b, size - 4);
    }
    for (std::size_t i = 0; i < size; ++i) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}

struct ViewPairEqual
{
    bool operator()(const std::pair<std::string_view, std::string_view> &a,
        const std::pair<std::string_view, std::string_view> &b) const noexcept
    {
        return sameText(a.first, b.first) && sameText(a.second, b.second);
    }
};

struct ViewPairHash
{
    std::size_t operator()(const std::pair<std::string_view, std::string_view> &pair) const noexcept
    {
        const std::size_t first = std::hash<std::string_view>()(pair.first);
        return first
            ^ (std::hash<std::string_view>()(pair.second) + 0x9e3779b97f4a7c15ull + (first << 6) + (first >> 2));
    }
};

// A bucket's `le` as read, and as a number: NaN when it is not one.
struct BoundText
{
    std::string_view text;
    double value = 0;
};

// A check × zone while samples are being gathered; label values stay views into the document.
struct PendingZone
{
    std::string_view key;
    std::string_view id;
    std::string_view name;
    std::string_view zone;
    const ExpositionSample *firstSample = nullptr;
    ZoneHealth health;
    // What this series already had: a second sample of any of them is a duplicate series.
    bool followsCommonBounds = true; // see readBound()
    std::size_t boundsSeen = 0; // while followsCommonBounds
    std::vector<BoundText> ownBounds; // once it no longer does
    bool seenSum = false;
    bool seenCount = false;
    bool seenSuccess = false;
    bool seenFailure = false;
};

double boundValue(std::string_view le)
{
    const ParsedNumber bound = parsePrometheusFloat(le);
    return bound.error == NumberError::None ? bound.value : std::nan("");
}

// The value of the series' next bound `le`, or nullopt when the series already had it: a repeat.
// Series nearly always list the same bounds in the same order: `commonBounds` holds the first
// such list, each text distinct and parsed once. While a series follows it, its bounds are the
// list's first `boundsSeen`, and a next bound that is the list's next one is neither a repeat nor
// parsed again. A series that strays gets a list of its own, searched bound by bound.
std::optional<double> readBound(PendingZone &series, std::string_view le, std::vector<BoundText> &commonBounds)
{
    const auto isLe = [le](const BoundText &seen) { return sameText(seen.text, le); };
    if (series.followsCommonBounds) {
        const std::size_t position = series.boundsSeen;
        if (position < commonBounds.size() && isLe(commonBounds[position])) {
            ++series.boundsSeen;
            return commonBounds[position].value;
        }
        if (position == commonBounds.size() && std::none_of(commonBounds.begin(), commonBounds.end(), isLe)) {
            commonBounds.push_back({ le, boundValue(le) });
            ++series.boundsSeen;
            return commonBounds.back().value;
        }
        series.followsCommonBounds = false;
        series.ownBounds.assign(commonBounds.begin(), commonBounds.begin() + std::ptrdiff_t(position));
    }
    if (std::any_of(series.ownBounds.begin(), series.ownBounds.end(), isLe)) {
        return std::nullopt;
    }
    series.ownBounds.push_back({ le, boundValue(le) });
    return series.ownBounds.back().value;
}

// "healthcheck_total{id="a",zone="eu-west",status="success"}": the series a duplicate repeats.
QString describeSeries(const ExpositionDocument &document, const ExpositionSample &sample)
{
    QString text = fromView(document.symbol(sample.name)) + QLatin1Char('{');
    bool first = true;
    for (const ExpositionLabel &label : document.labels(sample)) {
        if (!first) {
            text += QLatin1Char(',');
        }
        first = false;
        text += fromView(document.symbol(label.name)) + QStringLiteral("=\"") + fromView(document.labelValue(label))
            + QLatin1Char('"');
    }
    return text + QLatin1Char('}');
}

} // namespace

const ZoneHealth *CheckHealth::zone(const QString &zoneName) const
{
    for (const ZoneHealth &candidate : zones) {
        if (candidate.zone == zoneName) {
            return &candidate;
        }
    }
    return nullptr;
}

const CheckHealth *HealthSnapshot::check(const QString &key) const
{
    for (const CheckHealth &candidate : checks) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

void summarizeZones(CheckHealth &check)
{
    ZoneHealth total;
    std::vector<std::span<const Bucket>> histograms;
    bool allHaveSum = !check.zones.empty();
    bool allHaveCount = !check.zones.empty();
    double sum = 0;
    double count = 0;
    HistogramProblems problems;
    const std::vector<Bucket> *firstLayout = nullptr;
    for (const ZoneHealth &zone : check.zones) {
        histograms.emplace_back(zone.buckets);
        allHaveSum = allHaveSum && zone.sum.has_value();
        allHaveCount = allHaveCount && zone.count.has_value();
        sum += zone.sum.value_or(0);
        count += zone.count.value_or(0);
        total.success += zone.success;
        total.failure += zone.failure;
        total.hasOutcomes = total.hasOutcomes || zone.hasOutcomes;
        problems |= zone.problems;
        if (zone.buckets.empty()) {
            continue;
        }
        if (!firstLayout) {
            firstLayout = &zone.buckets;
        } else if (!std::equal(firstLayout->begin(), firstLayout->end(), zone.buckets.begin(), zone.buckets.end(),
                       [](const Bucket &a, const Bucket &b) { return a.upperBound == b.upperBound; })) {
            problems |= HistogramProblem::LayoutDiffersAcrossZones;
        }
    }
    total.buckets = Histogram::sumByUpperBound(histograms);
    if (allHaveSum) {
        total.sum = sum;
    }
    if (allHaveCount) {
        total.count = count;
    }
    total.problems = problems;
    check.total = std::move(total);
    check.problems = problems;
}

bool HealthSnapshot::hasHealthFamily(const ExpositionDocument &document)
{
    // Family names only: a family declared by `# TYPE` with no sample yet (Cabourotte before its
    // first check) counts, and samples always belong to a family named after them.
    for (const ExpositionFamily &family : document.families()) {
        const std::string_view name = document.symbol(family.name);
        if (name.starts_with("healthcheck_duration_seconds") || name == totalMetric || name == "healthcheck") {
            return true;
        }
    }
    return false;
}

HealthSnapshot HealthSnapshot::fromDocument(
    const ExpositionDocument &document, const HealthOptions &options, QString *error)
{
    HealthSnapshot snapshot;
    const QByteArray zoneLabel = options.zoneLabel.toUtf8();
    const auto idSymbol = symbolNamed(document, "id");
    const auto nameSymbol = symbolNamed(document, "name");
    const auto zoneSymbol
        = symbolNamed(document, std::string_view(zoneLabel.constData(), std::size_t(zoneLabel.size())));
    const auto leSymbol = symbolNamed(document, "le");
    const auto statusSymbol = symbolNamed(document, "status");

    std::vector<SampleKind> kindOfSymbol(document.symbols().size(), SampleKind::Other);
    for (const auto &[name, kind] :
        { std::pair { bucketMetric, SampleKind::Bucket }, std::pair { sumMetric, SampleKind::Sum },
            std::pair { countMetric, SampleKind::Count }, std::pair { totalMetric, SampleKind::Total } }) {
        if (const SymbolId symbol = symbolNamed(document, name); symbol != absentSymbol) {
            kindOfSymbol[symbol] = kind;
        }
    }

    std::vector<PendingZone> pending;
    std::unordered_map<std::pair<std::string_view, std::string_view>, std::size_t, ViewPairHash, ViewPairEqual>
        pendingIndex;
    std::size_t last = SIZE_MAX;
    // Bucket bounds repeat in every check × zone: each text is parsed once (readBound()).
    std::vector<BoundText> commonBounds;

    for (const ExpositionFamily &family : document.families()) {
        bool healthFamily = false;
        for (const ExpositionSample &sample : document.samples(family)) {
            const SampleKind kind = kindOfSymbol[sample.name];
            if (kind == SampleKind::Other) {
                continue;
            }
            healthFamily = true;
            std::string_view id, name, zone, le, status;
            bool hasLe = false;
            for (const ExpositionLabel &label : document.labels(sample)) {
                if (label.name == idSymbol) {
                    id = document.labelValue(label);
                } else if (label.name == nameSymbol) {
                    name = document.labelValue(label);
                } else if (label.name == zoneSymbol) {
                    zone = document.labelValue(label);
                } else if (label.name == leSymbol) {
                    le = document.labelValue(label);
                    hasLe = true;
                } else if (label.name == statusSymbol) {
                    status = document.labelValue(label);
                }
            }
            const std::string_view key = id.empty() ? name : id;
            if (key.empty()) {
                ++snapshot.ignoredSamples;
                continue;
            }
            // Consecutive samples nearly always belong to the same check and zone, and each family
            // lists the check × zones in the order the one before did: the series after the last
            // one is tried before the index.
            const auto isSeries = [&](std::size_t index) {
                return sameText(pending[index].key, key) && sameText(pending[index].zone, zone);
            };
            if (last == SIZE_MAX || !isSeries(last)) {
                if (last != SIZE_MAX && last + 1 < pending.size() && isSeries(last + 1)) {
                    ++last;
                } else {
                    const auto [it, inserted] = pendingIndex.try_emplace({ key, zone }, pending.size());
                    if (inserted) {
                        PendingZone fresh;
                        fresh.key = key;
                        fresh.id = id;
                        fresh.name = name;
                        fresh.zone = zone;
                        fresh.firstSample = &sample;
                        fresh.health.buckets.reserve(16); // Appclacks and Cabourotte expose 14
                        pending.push_back(std::move(fresh));
                    }
                    last = it->second;
                }
            }
            PendingZone &target = pending[last];
            if (target.name.empty() && !name.empty()) {
                target.name = name;
            }
            ZoneHealth &health = target.health;
            // A duplicate series is refused, as Prometheus refuses it: adding it would double-count.
            const auto duplicate = [&] {
                if (error) {
                    *error = QCoreApplication::translate("HealthSnapshot",
                        "the series %1 is exposed more than once; the exposition was refused, as Prometheus "
                        "refuses duplicate series")
                                 .arg(describeSeries(document, sample));
                } else {
                    ++snapshot.ignoredSamples;
                }
            };
            bool repeated = false;
            double upperBound = std::nan(""); // a bucket's le as a number, when it is one
            switch (kind) {
            case SampleKind::Bucket:
                if (hasLe) {
                    const std::optional<double> bound = readBound(target, le, commonBounds);
                    repeated = !bound;
                    upperBound = bound.value_or(upperBound);
                }
                break;
            case SampleKind::Sum:
                repeated = std::exchange(target.seenSum, true);
                break;
            case SampleKind::Count:
                repeated = std::exchange(target.seenCount, true);
                break;
            case SampleKind::Total:
                repeated = status == "success" ? std::exchange(target.seenSuccess, true)
                    : status == "failure"      ? std::exchange(target.seenFailure, true)
                                               : false;
                break;
            case SampleKind::Other:
                break;
            }
            if (repeated) {
                duplicate();
                if (error) {
                    return {};
                }
                continue;
            }
            switch (kind) {
            case SampleKind::Bucket: {
                if (std::isnan(upperBound)) {
                    // PromQL ignores buckets whose le is not a number too, but the user is told.
                    ++snapshot.ignoredSamples;
                    health.problems |= HistogramProblem::NonNumericBound;
                    continue;
                }
                health.buckets.push_back({ upperBound, sample.value });
                break;
            }
            case SampleKind::Sum:
                health.sum = sample.value;
                break;
            case SampleKind::Count:
                health.count = sample.value;
                break;
            case SampleKind::Total:
                if (status == "success") {
                    health.success = sample.value;
                    health.hasSuccess = true;
                } else if (status == "failure") {
                    health.failure = sample.value;
                    health.hasFailure = true;
                } else {
                    ++snapshot.ignoredSamples;
                    continue;
                }
                if (std::isnan(sample.value) || sample.value < 0) {
                    health.problems |= HistogramProblem::NegativeOrNaNOutcome;
                }
                health.hasOutcomes = true;
                break;
            case SampleKind::Other:
                break;
            }
        }
        if (!healthFamily) {
            ++snapshot.otherFamilies;
        }
    }

    // Zone names repeat across checks: one shared QString per name, not one per check × zone.
    std::vector<std::pair<std::string_view, QString>> zoneNames;
    const auto zoneName = [&zoneNames](std::string_view view) {
        for (const auto &[seen, name] : zoneNames) {
            if (seen == view) {
                return name;
            }
        }
        zoneNames.emplace_back(view, fromView(view));
        return zoneNames.back().second;
    };

    // Group the zones by check, keeping the labels that are not ours for display. A check's zones
    // are nearly always listed one after another: the index is asked when the check changes.
    std::unordered_map<std::string_view, std::size_t> checkIndex;
    std::vector<std::size_t> checkOfZone(pending.size());
    std::vector<std::size_t> zoneCount;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        PendingZone &zone = pending[i];
        // Odd numbers are kept as exposed, as PromQL would use them; the problems say why they look odd.
        // Problems found while reading (a non-numeric le, a NaN outcome) are kept.
        zone.health.problems |= Histogram::problems(zone.health.buckets, zone.health.count);
        zone.health.buckets = Histogram::normalized(std::move(zone.health.buckets));
        zone.health.zone = zoneName(zone.zone);
        if (i > 0 && sameText(pending[i - 1].key, zone.key)) {
            checkOfZone[i] = checkOfZone[i - 1];
            ++zoneCount[checkOfZone[i]];
            continue;
        }
        const auto [it, inserted] = checkIndex.try_emplace(zone.key, snapshot.checks.size());
        if (inserted) {
            CheckHealth check;
            check.key = fromView(zone.key);
            check.id = fromView(zone.id);
            check.name = fromView(zone.name);
            for (const ExpositionLabel &label : document.labels(*zone.firstSample)) {
                if (label.name != idSymbol && label.name != nameSymbol && label.name != zoneSymbol
                    && label.name != leSymbol && label.name != statusSymbol) {
                    check.extraLabels.append(
                        { fromView(document.symbol(label.name)), fromView(document.labelValue(label)) });
                }
            }
            snapshot.checks.push_back(std::move(check));
            zoneCount.push_back(0);
        }
        checkOfZone[i] = it->second;
        ++zoneCount[checkOfZone[i]];
    }
    for (std::size_t check = 0; check < snapshot.checks.size(); ++check) {
        snapshot.checks[check].zones.reserve(zoneCount[check]);
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        snapshot.checks[checkOfZone[i]].zones.push_back(std::move(pending[i].health));
    }
    for (CheckHealth &check : snapshot.checks) {
        std::sort(check.zones.begin(), check.zones.end(),
            [](const ZoneHealth &a, const ZoneHealth &b) { return a.zone < b.zone; });
        summarizeZones(check);
    }
    orderChecks(snapshot.checks);
    snapshot.thresholdSeconds = options.latencyThresholdSeconds;
    completeStatistics(snapshot, snapshot.thresholdSeconds);
    return snapshot;
}

namespace {

// Prometheus's counter rule for one series between two scrapes.
double counterIncrease(double older, double newer, bool *reset)
{
    if (newer < older) {
        if (reset) {
            *reset = true;
        }
        return newer;
    }
    return newer - older;
}

std::optional<double> optionalIncrease(std::optional<double> older, std::optional<double> newer, bool *reset)
{
    if (!newer) {
        return std::nullopt;
    }
    return older ? counterIncrease(*older, *newer, reset) : *newer;
}

ZoneHealth zoneIncrease(const ZoneHealth &older, const ZoneHealth &newer, bool *reset)
{
    ZoneHealth window = newer;
    for (Bucket &bucket : window.buckets) {
        const auto previous = std::find_if(older.buckets.begin(), older.buckets.end(),
            [&bucket](const Bucket &b) { return b.upperBound == bucket.upperBound; });
        if (previous != older.buckets.end()) {
            bucket.count = counterIncrease(previous->count, bucket.count, reset);
        }
    }
    window.sum = optionalIncrease(older.sum, newer.sum, reset);
    window.count = optionalIncrease(older.count, newer.count, reset);
    window.success = older.hasOutcomes ? counterIncrease(older.success, newer.success, reset) : newer.success;
    window.failure = older.hasOutcomes ? counterIncrease(older.failure, newer.failure, reset) : newer.failure;
    window.problems = Histogram::problems(window.buckets, window.count);
    return window;
}

QString seriesName(const CheckHealth &check, const ZoneHealth &zone)
{
    return check.key + QStringLiteral(" / ") + (zone.zone.isEmpty() ? QStringLiteral("—") : zone.zone);
}

} // namespace

HealthSnapshot increaseBetween(const HealthSnapshot &older, const HealthSnapshot &newer, WindowChanges *changes)
{
    HealthSnapshot window;
    window.source = newer.source;
    window.scrapedAt = newer.scrapedAt;
    window.otherFamilies = newer.otherFamilies;
    window.ignoredSamples = newer.ignoredSamples;
    window.thresholdSeconds = newer.thresholdSeconds;
    window.hasPrevious = newer.hasPrevious;
    QHash<QString, const CheckHealth *> olderByKey;
    olderByKey.reserve(qsizetype(older.checks.size()));
    for (const CheckHealth &check : older.checks) {
        olderByKey.insert(check.key, &check);
    }
    QHash<QString, const CheckHealth *> newerByKey;
    newerByKey.reserve(qsizetype(newer.checks.size()));
    for (const CheckHealth &check : newer.checks) {
        newerByKey.insert(check.key, &check);
    }
    for (const CheckHealth &check : newer.checks) {
        CheckHealth moved = check;
        const CheckHealth *before = olderByKey.value(check.key);
        for (ZoneHealth &zone : moved.zones) {
            const ZoneHealth *previous = before ? before->zone(zone.zone) : nullptr;
            if (!previous) {
                if (changes) {
                    changes->appeared << seriesName(check, zone);
                }
                continue; // a new series counts from zero: its increase is its value
            }
            bool reset = false;
            zone = zoneIncrease(*previous, zone, &reset);
            if (reset && changes) {
                changes->counterResets << seriesName(check, zone);
            }
        }
        summarizeZones(moved);
        window.checks.push_back(std::move(moved));
    }
    if (changes) {
        for (const CheckHealth &check : older.checks) {
            const CheckHealth *after = newerByKey.value(check.key);
            for (const ZoneHealth &zone : check.zones) {
                if (!after || !after->zone(zone.zone)) {
                    changes->disappeared << seriesName(check, zone);
                }
            }
        }
    }
    completeStatistics(window, window.thresholdSeconds);
    return window;
}

void markTransitions(HealthSnapshot &latest, const HealthSnapshot *previous)
{
    latest.hasPrevious = previous != nullptr;
    if (!previous) {
        return; // the first snapshot only sets the baseline
    }
    // By key: a linear lookup per check would be quadratic.
    QHash<QString, const CheckHealth *> before;
    before.reserve(qsizetype(previous->checks.size()));
    for (const CheckHealth &check : previous->checks) {
        before.insert(check.key, &check);
    }
    for (CheckHealth &check : latest.checks) {
        const CheckHealth *earlier = before.value(check.key);
        check.failuresRising = earlier && check.total.failure > earlier->total.failure;
        const bool wasRising = earlier && earlier->failuresRising;
        check.transition = check.failuresRising && !wasRising ? FailureTransition::StartedFailing
            : !check.failuresRising && wasRising              ? FailureTransition::Recovered
                                                              : FailureTransition::None;
    }
}

} // namespace appclacks::core
