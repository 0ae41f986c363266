// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/checktimeline.h"

#include "core/health/healthstatistics.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>

namespace appclacks::core {

namespace {

constexpr std::int64_t readBackMs = uptimePeriodMs[std::size_t(UptimePeriod::Month)];
// Status, uptime, strips and incidents need the outcome counters only: the latency buckets and
// the sum, most of a block, are read past (bench/timeline_bench: several times faster).
constexpr std::array<SeriesKey::Kind, 2> outcomeKinds { SeriesKey::Kind::Success, SeriesKey::Kind::Failure };

// One zone of a check as read: its samples, and each sample's increase of the two outcome
// counters under the window rule (windowIncrease), computed once so that every window of the
// pass (status, uptimes, strip cells) is a sum over the samples in it.
struct ZoneSamples
{
    QString zone;
    PairHistory history;
    std::size_t baseline = 0; ///< index of the first sample kept: the baseline, or the first sample
    std::size_t first = 0; ///< index of the first sample that counts in a window
    std::size_t end = 0; ///< one past the last sample at or before the read's end
    std::vector<double> success; ///< by sample index; 0 where absent
    std::vector<double> failure;
    std::vector<std::uint8_t> outcome; ///< 1 when the sample had a success or failure series
};

// Each sample's increases of success and failure, exactly as windowIncrease's walk hands them out:
// a sample's increase depends only on the sample before it, so a window's increase is the sum
// over its samples once the read starts at or before every window's start.
void computeIncreases(ZoneSamples &zone, std::int64_t readFromMs, std::int64_t readToMs)
{
    const PairHistory &history = zone.history;
    const std::vector<std::int64_t> &times = history.block.times;
    const int successIndex = history.layout.indexOf(SeriesKey::Kind::Success);
    const int failureIndex = history.layout.indexOf(SeriesKey::Kind::Failure);
    const std::size_t count = times.size();
    zone.end = std::size_t(std::upper_bound(times.begin(), times.end(), readToMs) - times.begin());
    zone.success.assign(count, 0.0);
    zone.failure.assign(count, 0.0);
    zone.outcome.assign(count, 0);
    const std::size_t after = std::size_t(std::upper_bound(times.begin(), times.end(), readFromMs) - times.begin());
    // The baseline: the last sample at or before the read's start, whose own increase counts in no
    // window; without one, the first sample is the baseline (no known past) unless it is the
    // pair's very first and the pair counts from zero.
    bool firstIsBaseline = false;
    if (after > 0) {
        zone.baseline = after - 1;
        zone.first = after;
    } else {
        zone.baseline = 0;
        zone.first = 0;
        firstIsBaseline = count > 0 && !(times.front() == history.firstMs && history.countsFromZero);
    }
    const auto walk = [&](int series, std::vector<double> &increases) {
        if (series < 0) {
            return;
        }
        const std::vector<double> &values = history.block.values[std::size_t(series)];
        const std::vector<std::uint8_t> &present = history.block.present[std::size_t(series)];
        std::optional<double> previous;
        std::size_t index = zone.first;
        if (after > 0) {
            if (present[zone.baseline]) {
                previous = values[zone.baseline];
            }
        } else if (firstIsBaseline && count > 0) {
            if (present[0]) {
                previous = values[0];
                zone.outcome[0] = 1; // in the window, with an increase of zero
            }
            index = 1;
        }
        for (; index < zone.end; ++index) {
            if (!present[index]) {
                previous.reset(); // gone: when it comes back, it is new
                continue;
            }
            const double value = values[index];
            increases[index] = !previous ? value : value < *previous ? value : value - *previous;
            zone.outcome[index] = 1;
            previous = value;
        }
    };
    walk(successIndex, zone.success);
    walk(failureIndex, zone.failure);
}

// One failing interval of one zone: the failure counter rose between two consecutive samples.
struct Rise
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    double failures = 0;
    int zone = 0;
};

std::vector<Rise> risesOf(const std::vector<ZoneSamples> &zones)
{
    std::vector<Rise> rises;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const ZoneSamples &zone = zones[z];
        const std::vector<std::int64_t> &times = zone.history.block.times;
        for (std::size_t i = zone.first; i < zone.end; ++i) {
            if (zone.failure[i] > 0) {
                rises.push_back({ i > 0 ? times[i - 1] : times[i], times[i], zone.failure[i], int(z) });
            }
        }
    }
    std::sort(rises.begin(), rises.end(), [](const Rise &a, const Rise &b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : a.endMs < b.endMs;
    });
    return rises;
}

// The union of the rises over zones, gaps shorter than the status window merged. `incidentOf`
// gets, for each rise (in risesOf's order), the index of its incident.
std::vector<Incident> incidentsOf(const std::vector<ZoneSamples> &zones, const std::vector<Rise> &rises,
    std::int64_t statusWindowMs, std::vector<std::size_t> &incidentOf)
{
    std::vector<Incident> incidents;
    std::vector<std::vector<std::uint8_t>> zonesIn;
    incidentOf.clear();
    for (const Rise &rise : rises) {
        if (incidents.empty() || rise.startMs - incidents.back().endMs >= statusWindowMs) {
            Incident incident;
            incident.startMs = rise.startMs;
            incident.endMs = rise.endMs;
            incidents.push_back(incident);
            zonesIn.emplace_back(zones.size(), 0);
        }
        Incident &incident = incidents.back();
        incident.endMs = std::max(incident.endMs, rise.endMs);
        incident.failures += rise.failures;
        zonesIn.back()[std::size_t(rise.zone)] = 1;
        incidentOf.push_back(incidents.size() - 1);
    }
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        for (std::size_t z = 0; z < zones.size(); ++z) {
            if (zonesIn[i][z]) {
                incidents[i].zones.append(zones[z].zone);
            }
        }
        incidents[i].zones.sort();
    }
    return incidents;
}

// Sums over the samples of a zone in (from, to].
struct Sums
{
    bool hasSamples = false;
    bool hasOutcomes = false;
    double success = 0;
    double failure = 0;

    void add(const ZoneSamples &zone, std::size_t i)
    {
        hasSamples = true;
        hasOutcomes = hasOutcomes || zone.outcome[i] != 0;
        success += zone.success[i];
        failure += zone.failure[i];
    }
};

// A check's state over one window from its zones' sums there.
struct StateOf
{
    int zones = 0;
    int failingZones = 0;
    bool anyOutcome = false;
    double success = 0;
    double failure = 0;

    void add(const Sums &sums)
    {
        if (!sums.hasSamples) {
            return;
        }
        ++zones;
        failingZones += sums.failure > 0 ? 1 : 0;
        anyOutcome = anyOutcome || sums.hasOutcomes;
        success += sums.success;
        failure += sums.failure;
    }
    CheckStatus status() const { return zones == 0 ? CheckStatus::NoData : statusFor(zones, failingZones, anyOutcome); }
};

struct StripGeometry
{
    std::int64_t fromMs = 0;
    std::int64_t stepMs = 0;
    int cells = 0;
};

StripGeometry stripOf(const TimelineOptions &options, std::int64_t firstSampleMs)
{
    StripGeometry strip;
    std::int64_t from = options.range.fromMs;
    if (firstSampleMs > 0 && from < firstSampleMs - 1) {
        from = firstSampleMs - 1; // nothing to show before the first sample
    }
    const std::int64_t length = options.range.toMs - from;
    if (options.stripCells <= 0 || length <= 0) {
        return strip;
    }
    strip.cells = options.stripCells;
    strip.stepMs = (length + strip.cells - 1) / strip.cells;
    strip.fromMs = options.range.toMs - strip.stepMs * strip.cells;
    return strip;
}

struct CheckResult
{
    CheckTimeline timeline;
    std::vector<Incident> incidents;
    bool anySample = false; ///< a sample in the read, past the baseline
};

// Everything forSource says of one check, in one pass over each zone's samples.
CheckResult computeCheck(std::vector<ZoneSamples> &zones, const TimelineOptions &options, const StripGeometry &strip)
{
    CheckResult result;
    const std::int64_t now = options.nowMs;
    const std::int64_t statusWindow = std::max<std::int64_t>(1, options.statusWindowMs);
    // The status window, stretched to hold the check's last two samples at or before now.
    std::int64_t newest = std::numeric_limits<std::int64_t>::min();
    std::int64_t earliest = std::numeric_limits<std::int64_t>::max();
    for (const ZoneSamples &zone : zones) {
        const std::vector<std::int64_t> &times = zone.history.block.times;
        const std::size_t upToNow = std::size_t(std::upper_bound(times.begin(), times.end(), now) - times.begin());
        if (upToNow > zone.baseline) {
            newest = std::max(newest, times[upToNow - 1]);
            earliest = std::min(earliest, times[zone.baseline]);
        }
        result.anySample = result.anySample || zone.end > zone.first;
    }
    std::int64_t previous = std::numeric_limits<std::int64_t>::min();
    for (const ZoneSamples &zone : zones) {
        const std::vector<std::int64_t> &times = zone.history.block.times;
        const std::size_t upToNow = std::size_t(std::upper_bound(times.begin(), times.end(), now) - times.begin());
        for (std::size_t i = upToNow; i > zone.baseline; --i) {
            if (times[i - 1] < newest) {
                previous = std::max(previous, times[i - 1]);
                break;
            }
        }
    }
    const bool twoSamples = previous != std::numeric_limits<std::int64_t>::min();
    const std::int64_t statusFrom = twoSamples ? std::min(now - statusWindow, previous) : now - statusWindow;

    std::vector<Sums> status(zones.size());
    std::array<Sums, 3> uptime;
    std::vector<StateOf> cells(std::size_t(strip.cells));
    std::vector<Sums> zoneCells(std::size_t(strip.cells));
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const ZoneSamples &zone = zones[z];
        const std::vector<std::int64_t> &times = zone.history.block.times;
        std::fill(zoneCells.begin(), zoneCells.end(), Sums());
        for (std::size_t i = zone.first; i < zone.end; ++i) {
            const std::int64_t t = times[i];
            if (t <= now) {
                if (t > statusFrom) {
                    status[z].add(zone, i);
                }
                for (std::size_t p = 0; p < uptime.size(); ++p) {
                    if (t > now - uptimePeriodMs[p]) {
                        uptime[p].add(zone, i);
                    }
                }
            }
            if (strip.cells > 0 && t > strip.fromMs) {
                const std::int64_t cell = (t - strip.fromMs - 1) / strip.stepMs;
                if (cell < strip.cells) {
                    zoneCells[std::size_t(cell)].add(zone, i);
                }
            }
        }
        for (std::size_t c = 0; c < cells.size(); ++c) {
            cells[c].add(zoneCells[c]);
        }
    }

    CheckNow &checkNow = result.timeline.now;
    checkNow.statusFromMs = statusFrom;
    checkNow.lastSampleMs = newest == std::numeric_limits<std::int64_t>::min() ? 0 : newest;
    StateOf nowState;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        nowState.add(status[z]);
        if (status[z].failure > 0) {
            checkNow.failingZones.append(zones[z].zone);
        }
    }
    checkNow.failingZones.sort();
    checkNow.status = twoSamples ? nowState.status() : CheckStatus::NoData;
    if (!twoSamples) {
        checkNow.failingZones.clear();
    }

    const std::vector<Rise> rises = risesOf(zones);
    std::vector<std::size_t> incidentOf;
    result.incidents = incidentsOf(zones, rises, statusWindow, incidentOf);
    // The latest rise up to now: the last failure, and the incident it is in.
    std::optional<std::size_t> latest;
    for (std::size_t r = 0; r < rises.size(); ++r) {
        if (rises[r].endMs <= now && (!latest || rises[r].endMs >= rises[*latest].endMs)) {
            latest = r;
        }
    }
    if (latest) {
        checkNow.lastFailureMs = rises[*latest].endMs;
    }
    // An outage means a rise in the status window: the latest one, whose incident is ongoing.
    const bool failing = checkNow.status == CheckStatus::PartialOutage || checkNow.status == CheckStatus::GlobalOutage;
    if (failing && latest) {
        Incident &incident = result.incidents[incidentOf[*latest]];
        incident.ongoing = true;
        checkNow.failingSinceMs = incident.startMs;
    } else if (checkNow.status == CheckStatus::Passing) {
        checkNow.passingSinceMs = latest ? checkNow.lastFailureMs : earliest;
    }

    for (std::size_t p = 0; p < uptime.size(); ++p) {
        const double outcomes = uptime[p].success + uptime[p].failure;
        result.timeline.uptime[p] = uptime[p].hasOutcomes && outcomes > 0 ? uptime[p].success / outcomes : std::nan("");
    }
    result.timeline.strip.reserve(cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        StateStep step;
        step.fromMs = strip.fromMs + std::int64_t(c) * strip.stepMs;
        step.toMs = step.fromMs + strip.stepMs;
        step.hasSamples = cells[c].zones > 0;
        step.success = cells[c].success;
        step.failure = cells[c].failure;
        step.status = cells[c].status();
        result.timeline.strip.push_back(step);
    }
    return result;
}

std::int64_t readFromOf(const TimelineOptions &options, const StripGeometry &strip)
{
    std::int64_t from = options.nowMs - readBackMs;
    if (strip.cells > 0) {
        from = std::min(from, strip.fromMs);
    }
    return from;
}

std::int64_t readToOf(const TimelineOptions &options)
{
    return std::max(options.nowMs, options.range.toMs);
}

} // namespace

std::optional<std::vector<CheckTimeline>> CheckTimelines::forSource(
    const HistoryStore &store, const HistoryStore::SourceInfo &source, const TimelineOptions &options, QString *error)
{
    const std::optional<std::vector<HistoryStore::PairInfo>> pairs = store.pairs(source.id, error);
    if (!pairs) {
        return std::nullopt;
    }
    const StripGeometry strip = stripOf(options, source.firstMs);
    const std::int64_t readFrom = readFromOf(options, strip);
    const std::int64_t readTo = readToOf(options);
    // The pairs come ordered by check name, id, zone: a check's zones are consecutive.
    std::vector<CheckTimeline> result;
    std::size_t index = 0;
    while (index < pairs->size()) {
        const HistoryStore::PairInfo &head = (*pairs)[index];
        std::vector<ZoneSamples> zones;
        for (; index < pairs->size() && (*pairs)[index].checkId == head.checkId
             && (*pairs)[index].checkName == head.checkName;
             ++index) {
            const HistoryStore::PairInfo &pair = (*pairs)[index];
            std::optional<PairHistory> history = store.history(pair, readFrom, readTo, error, outcomeKinds);
            if (!history) {
                return std::nullopt;
            }
            ZoneSamples zone;
            zone.zone = pair.zone;
            zone.history = std::move(*history);
            computeIncreases(zone, readFrom, readTo);
            zones.push_back(std::move(zone));
        }
        CheckResult check = computeCheck(zones, options, strip);
        if (!check.anySample) {
            continue;
        }
        check.timeline.key = head.checkKey();
        result.push_back(std::move(check.timeline));
    }
    std::stable_sort(
        result.begin(), result.end(), [](const CheckTimeline &a, const CheckTimeline &b) { return a.key < b.key; });
    return result;
}

std::optional<CheckOverTime> CheckTimelines::forCheck(const HistoryStore &store, const HistoryStore::SourceInfo &source,
    const QString &check, std::int64_t stepMs, const TimelineOptions &options, QString *error)
{
    if (stepMs <= 0 || options.range.toMs <= options.range.fromMs) {
        *error = tr("The range or its step is empty");
        return std::nullopt;
    }
    const std::optional<std::vector<HistoryStore::PairInfo>> pairs = store.pairs(source.id, error, check);
    if (!pairs) {
        return std::nullopt;
    }
    // By id first; a name only when no check has that id (as HistoryQueries::steps).
    std::vector<const HistoryStore::PairInfo *> chosen;
    for (const bool byId : { true, false }) {
        for (const HistoryStore::PairInfo &pair : *pairs) {
            if ((byId ? pair.checkId : pair.checkName) == check) {
                chosen.push_back(&pair);
            }
        }
        if (!chosen.empty()) {
            break;
        }
    }
    if (chosen.empty()) {
        *error = tr("%1 has no check %2").arg(source.name, check);
        return std::nullopt;
    }
    // The incidents from the same read as forSource's, so that they start where the list says;
    // the series from the range's samples, every series of them.
    TimelineOptions noStrip = options;
    noStrip.stripCells = 0;
    const std::int64_t readFrom = std::min(readFromOf(noStrip, {}), options.range.fromMs);
    const std::int64_t readTo = readToOf(options);
    std::vector<ZoneSamples> zones;
    std::vector<PairHistory> ranges;
    for (const HistoryStore::PairInfo *pair : chosen) {
        std::optional<PairHistory> outcomes = store.history(*pair, readFrom, readTo, error, outcomeKinds);
        std::optional<PairHistory> range
            = outcomes ? store.history(*pair, options.range.fromMs, options.range.toMs, error) : std::nullopt;
        if (!range) {
            return std::nullopt;
        }
        ZoneSamples zone;
        zone.zone = pair->zone;
        zone.history = std::move(*outcomes);
        computeIncreases(zone, readFrom, readTo);
        zones.push_back(std::move(zone));
        ranges.push_back(std::move(*range));
    }
    std::vector<std::size_t> order(zones.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return zones[a].zone < zones[b].zone; });

    CheckOverTime result;
    result.key = chosen.front()->checkKey();
    result.name = chosen.front()->checkName;
    result.range = options.range;
    result.stepMs = stepMs;
    std::vector<const PairHistory *> all;
    all.reserve(ranges.size());
    for (const PairHistory &range : ranges) {
        all.push_back(&range);
    }
    result.total = HistoryQueries::stepsOf(all, options.range, stepMs, options.thresholdSeconds);
    for (const std::size_t z : order) {
        result.zones.push_back(zones[z].zone);
        result.perZone.push_back(
            HistoryQueries::stepsOf({ &ranges[z] }, options.range, stepMs, options.thresholdSeconds));
        std::vector<StateStep> states;
        states.reserve(result.perZone.back().size());
        for (const StepPoint &point : result.perZone.back()) {
            StateStep state;
            state.fromMs = point.fromMs;
            state.toMs = point.toMs;
            state.hasSamples = point.hasSamples;
            state.success = point.success;
            state.failure = point.failure;
            state.status
                = !point.hasSamples ? CheckStatus::NoData : statusFor(1, point.failure > 0 ? 1 : 0, point.hasOutcomes);
            states.push_back(state);
        }
        result.states.push_back(std::move(states));
    }
    CheckResult facts = computeCheck(zones, noStrip, {});
    for (Incident &incident : facts.incidents) {
        if (incident.endMs > options.range.fromMs && incident.startMs < options.range.toMs) {
            result.incidents.push_back(std::move(incident));
        }
    }
    return result;
}

std::int64_t CheckTimelines::stepFor(TimeWindow range, int points)
{
    static constexpr std::array<std::int64_t, 15> pleasant { 10'000, 15'000, 30'000, 60'000, 120'000, 300'000, 600'000,
        900'000, 1'800'000, 3'600'000, 7'200'000, 10'800'000, 21'600'000, 43'200'000, 86'400'000 };
    const std::int64_t length = std::max<std::int64_t>(1, range.toMs - range.fromMs);
    const std::int64_t wanted = (length + std::max(points, 1) - 1) / std::max(points, 1);
    for (const std::int64_t step : pleasant) {
        if (step >= wanted) {
            return step;
        }
    }
    const std::int64_t day = pleasant.back();
    return (wanted + day - 1) / day * day;
}

} // namespace appclacks::core
