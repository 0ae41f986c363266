// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/historyqueries.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace appclacks::core {

/// A stretch in which a check failed (docs/HISTORY.md, "incidents"). Between two consecutive
/// samples of a zone, the check failed there when its failure counter rose (Prometheus's reset
/// rule; a failure counter that appears counts from zero). An incident is the union of such
/// failing intervals over every zone, where gaps shorter than the status window merge:
/// the failures happened in (startMs, endMs].
struct Incident
{
    std::int64_t startMs = 0; ///< the sample before the first rise
    std::int64_t endMs = 0; ///< the sample that showed the last rise
    bool ongoing = false; ///< it holds the latest rise up to now, and that rise is in the status window
    QStringList zones; ///< sorted; the zones that failed in it ("" for a check without zones)
    double failures = 0; ///< the failure counters' total increase over it

    std::int64_t durationMs() const { return endMs - startMs; }
};

/// A check now: what the list, the overview, the tray and the notifications agree on
/// (docs/HISTORY.md, "Status now, incidents and uptime").
struct CheckNow
{
    /// From the failures in the status window: (now − statusWindow, now], stretched back when
    /// needed to hold the check's last two samples (so before the history holds a window's worth,
    /// or when scrapes are further apart than the window, it is the last two scrapes); NoData
    /// with fewer than two samples, or without outcome counters. The zones counted are those with
    /// a sample in the window; the rule is statusFor()'s, as for a scrape.
    CheckStatus status = CheckStatus::NoData;
    QStringList failingZones; ///< sorted; the zones failing now
    std::int64_t statusFromMs = 0; ///< the status window's start, after stretching: it is (statusFrom, now]
    std::int64_t lastSampleMs = 0; ///< the check's newest sample at or before now (0 without one)
    std::int64_t failingSinceMs = 0; ///< start of the ongoing incident; 0 when not failing
    /// End of the last incident (the sample that showed its last failure), or the check's first
    /// sample read when it had none; 0 unless Passing.
    std::int64_t passingSinceMs = 0;
    std::int64_t lastFailureMs = 0; ///< end of the latest incident up to now; 0 when none
};

/// One cell of a status strip, or one step of a state timeline: how a check (or a zone) fared
/// over (fromMs, toMs].
struct StateStep
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    bool hasSamples = false;
    double success = 0; ///< increases over the step
    double failure = 0;
    /// statusFor() over the zones with samples in the step: NoData without samples or outcome
    /// counters; Passing without failures; GlobalOutage when two or more zones failed, or every
    /// zone that had samples; PartialOutage when one zone of several did (for one zone: Passing or
    /// GlobalOutage).
    CheckStatus status = CheckStatus::NoData;
};

/// Uptime is the share of successful probes, success / (success + failure), over the last 24 h,
/// 7 d and 30 d before `now` (windowIncrease, exact); NaN when the check had no outcome there.
enum class UptimePeriod { Day, Week, Month };
inline constexpr std::array<std::int64_t, 3> uptimePeriodMs
    = { 24LL * 3600 * 1000, 7LL * 24 * 3600 * 1000, 30LL * 24 * 3600 * 1000 };

/// What the checks list shows of one check besides the range's figures.
struct CheckTimeline
{
    QString key; ///< CheckHealth::key
    CheckNow now;
    std::array<double, 3> uptime { std::nan(""), std::nan(""), std::nan("") }; ///< by UptimePeriod
    /// `stripCells` steps of equal length ending at the range's end, oldest first; a range that
    /// starts before the source's first sample starts the strip there. Empty without a range.
    std::vector<StateStep> strip;
};

/// Options shared by the timeline queries.
struct TimelineOptions
{
    std::int64_t nowMs = 0;
    std::int64_t statusWindowMs = 5 * 60 * 1000; ///< AppSettings::statusWindowMinutes
    TimeWindow range; ///< the range the strip covers
    int stripCells = 30;
    double thresholdSeconds = 1.0;
};

/// A check over time, for the details' charts: one step series for all zones together and one
/// per zone, a state timeline per zone, and the incidents in the range.
struct CheckOverTime
{
    QString key;
    QString name;
    TimeWindow range;
    std::int64_t stepMs = 0;
    std::vector<StepPoint> total;
    std::vector<QString> zones; ///< sorted; parallel to perZone and states
    std::vector<std::vector<StepPoint>> perZone;
    std::vector<std::vector<StateStep>> states; ///< per zone, the same steps as perZone
    std::vector<Incident> incidents; ///< that overlap the range, oldest first
};

/// Time in the window: status now and since when, uptime, strips, incidents, computed from the
/// history exactly (windowIncrease). Runs on a worker thread with its own store connection.
class CheckTimelines final
{
    Q_DECLARE_TR_FUNCTIONS(CheckTimelines)

public:
    /// Every check of `source` with a sample in the last 30 days (or the range), by key. Each
    /// pair's samples are read once, from 30 days before now (or the strip's start when earlier):
    /// incidents, failing since and passing since reach no further back.
    static std::optional<std::vector<CheckTimeline>> forSource(const HistoryStore &store,
        const HistoryStore::SourceInfo &source, const TimelineOptions &options, QString *error);

    /// One check (by id, or name when no check has that id) over the range in steps of `stepMs`;
    /// its incidents from the same 30 days as forSource's, so both give the same start.
    static std::optional<CheckOverTime> forCheck(const HistoryStore &store, const HistoryStore::SourceInfo &source,
        const QString &check, std::int64_t stepMs, const TimelineOptions &options, QString *error);

    /// A step that gives about `points` steps over the range, rounded to a pleasant length
    /// (10 s, 15 s, 30 s, 1 min, 2 min, 5 min, 10 min, 15 min, 30 min, 1 h, 2 h, 3 h, 6 h, 12 h, 1 d):
    /// the shortest that gives no more than `points` steps; past a day, whole days.
    static std::int64_t stepFor(TimeWindow range, int points);
};

} // namespace appclacks::core
