// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/checktimeline.h"
#include "core/history/historystore.h"
#include "core/history/timerange.h"

#include <QCoreApplication>

#include <memory>

namespace appclacks::core {

/// What the window asks the history for after each refresh and each change of range.
struct RangeRequest
{
    QString source; ///< the history's name for the source (historySourceName)
    TimeRange range;
    std::int64_t nowMs = 0; ///< the latest scrape's time, or the clock's
    std::int64_t statusWindowMs = 5 * 60 * 1000;
    int stripCells = 30;
    double thresholdSeconds = 1.0;
    /// The counters as they stand: what "since the prober started" shows, and what is shown when
    /// the history has nothing of the source yet.
    std::shared_ptr<const HealthSnapshot> latest;
    /// The snapshot shown before this one for the same source: statuses that changed since are
    /// its failure transitions. Null after a change of range (nothing is news then).
    std::shared_ptr<const HealthSnapshot> previous;
    /// The scrape before `latest`, for statuses without a history.
    std::shared_ptr<const HealthSnapshot> previousScrape;
    /// `latest` is a file's: no "now" to speak of, its counters are all there is.
    bool fromFile = false;
};

/// The snapshot the window shows: the range's figures, each check's status now, and its
/// timeline (since when, uptime, strip). Built on the history's thread.
class RangeSnapshots final
{
    Q_DECLARE_TR_FUNCTIONS(RangeSnapshots)

public:
    /// From the history. Null with `error` when the store cannot answer; a source the history
    /// does not know yet gives `latest` as it is (a first scrape), or an error for a range.
    static std::shared_ptr<const HealthSnapshot> fromHistory(
        const HistoryStore &store, const RangeRequest &request, QString *error);

    /// Without a history (a file, or a history that could not be opened): `latest`, a zone
    /// failing now when its failures rose since `previousScrape`. A file's `latest` is returned
    /// as it is: it fails where its counters show failures at all.
    static std::shared_ptr<const HealthSnapshot> withoutHistory(const RangeRequest &request);

    /// Replaces every check's status by its status now and attaches its timeline; checks the
    /// timelines do not know keep theirs. Then ranks the checks again.
    static void applyTimelines(HealthSnapshot &snapshot, const std::vector<CheckTimeline> &timelines);

    /// Marks the checks whose status changed from `previous` as started failing or recovered.
    static void markStatusTransitions(HealthSnapshot &snapshot, const HealthSnapshot *previous);
};

} // namespace appclacks::core
