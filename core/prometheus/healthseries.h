// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/prometheus/prometheusresult.h"
#include "core/prometheus/promqlqueries.h"

namespace appclacks::core {

/// How the answers of PromqlQueries' health-check queries read back into the health model: the
/// check a series belongs to, and what one of its values adds to a zone. Shared by the range's
/// snapshot (PrometheusSnapshots) and a check's course (PrometheusOverTime), which read the same
/// four queries at one time or at every step.
namespace HealthSeries {

/// Which of PromqlQueries' per-pair queries a series answers.
enum class Kind { Buckets, Outcomes, Sums, Counts };

/// The check a series belongs to: its id label, or its name label when it has no id (as
/// CheckHealth::key); empty for a series that names no check.
QString checkKeyOf(const PrometheusLabels &labels, const PromqlQueries &promql);

/// Whether a series of `kind` can be read: a bucket needs a number in `le`, an outcome a status
/// of success or failure.
bool isReadable(Kind kind, const PrometheusLabels &labels);

/// Adds one value of a readable series of `kind` to `zone`: a bucket at its bound (unsorted), the
/// outcome of its status, or the _sum or _count.
void addTo(ZoneHealth &zone, Kind kind, const PrometheusLabels &labels, double value);

} // namespace HealthSeries

} // namespace appclacks::core
