// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QString>

#include <cstdint>

namespace appclacks::core::HealthFormat {

/// "0.5 ms", "8 ms", "180 ms", "1.4 s", "2.25 s", "12 s" (docs/UI.md, Numbers).
QString duration(double seconds);

/// "99.2%"; "—" when there is nothing to divide.
QString ratio(double ratio);

/// A quantile as a cell shows it: "180 ms", "> 10 s" beyond the last finite bucket, "—" when
/// PromQL has no answer.
QString quantile(const QuantileEstimate &estimate);

/// The bucket-honest tooltip: "between 250 ms and 500 ms", "more than 10 s (beyond the last
/// bucket)", "at most 5 ms".
QString quantileBounds(const QuantileEstimate &estimate);

/// A bucket's range for chart labels: "100–250 ms", "≤ 5 ms", "> 10 s".
QString bucketRange(double lowerBound, double upperBound, bool first);

/// A count with the locale's thousands separators.
QString count(double value);

/// The number that picks a translation's plural form for `value` (tr()'s n): counts here are
/// doubles, fractional after an increase or beyond int, and the forms depend on the whole part.
int pluralCount(double value);

/// The zone as shown: the name, or "—" for series without a zone label.
QString zone(const QString &zone);

/// What each problem means for the numbers, one sentence each.
QString problems(HistogramProblems problems);

/// Text for a tooltip that may quote a server (check names, zones, errors): Qt takes a tooltip
/// for rich text when it looks like markup, so such text is escaped and wrapped as rich text
/// that shows it literally. Text without '<' is returned as it is.
QString toolTip(const QString &text);

/// A check's status as the checks list and the overview matrix word it: "Passing", "Failing in
/// 1 zone", "Failing in 3 zones", "Failing", "No results yet".
QString status(const CheckHealth &check);

/// The status now with since when, as the checks list and the details say it: "Failing in 2
/// zones since 14:02 (38 min)", "Passing for 3 d", "Passing"; the status alone without a history.
QString statusNow(const CheckHealth &check, std::int64_t nowMs);

/// "Last failure 2 h ago", "No failure in the history"; empty without a history.
QString lastFailure(const CheckHealth &check, std::int64_t nowMs);

/// A span of time as people say it: "45 s", "38 min", "2 h 10 min", "3 d", "3 d 4 h".
QString elapsed(std::int64_t ms);

/// A moment: "14:02" today, "29 Nov 14:02" otherwise (local time).
QString moment(std::int64_t ms, std::int64_t nowMs);

/// "us-west disagrees: p95 1.4 s vs 180 ms elsewhere".
QString disagreement(const ZoneDisagreement &disagreement);

} // namespace appclacks::core::HealthFormat
