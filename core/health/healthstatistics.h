// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

namespace appclacks::core {

/// Every statistic of ZoneStatistics for one zone (or a check's total).
ZoneStatistics statisticsOf(const ZoneHealth &zone, double thresholdSeconds);

/// Appclacks' status rule, the one every view and the history's timelines share: no outcome in
/// any zone is NoData; no failing zone is Passing; failing in two or more zones, or in every zone
/// there is, is a global outage; in one zone of several, a partial one. `zones` counts the zones
/// with samples, `failingZones` those whose failure counter rose.
CheckStatus statusFor(int zones, int failingZones, bool anyOutcome);

/// Computes what the views read and never compute themselves: each zone's and each check's
/// statistics, status, severity and disagreeing zones, and the snapshot's totals. Called once per
/// snapshot, on the thread that builds it.
void completeStatistics(HealthSnapshot &snapshot, double thresholdSeconds);

/// A check's status from its zones' `failingNow` count (failingZones) and outcomes: Appclacks'
/// rule, failing in two or more zones (or in every zone) is a global outage.
CheckStatus statusOf(const CheckHealth &check);

/// Counts failing checks, finds the worst status and orders worstFirst from each check's
/// status and severity: after completeStatistics, and again when statuses are replaced by the
/// status now.
void rankChecks(HealthSnapshot &snapshot);

/// Sorts checks by name ignoring case, then exactly, then by key: the order worstFirst keeps
/// within each severity.
void orderChecks(std::vector<CheckHealth> &checks);

} // namespace appclacks::core
