// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

namespace appclacks::core {

struct HealthSnapshot;

/// The output forms of `appclacks-desktop summary`.
namespace HealthReport {

/// `{"source":…,"scraped_at":…,"checks":[{"id","name","zones":[ZONE…],"total":ZONE}]}` as laid
/// down in docs/DESIGN.md; quantiles are exactly PromQL's, null where PromQL has none.
QByteArray toJson(const HealthSnapshot &snapshot);

/// One row per check × zone and one per check total, for spreadsheets.
QByteArray toCsv(const HealthSnapshot &snapshot);

/// Aligned columns for a terminal: a check's total first, then its zones when it has several.
QString toTable(const HealthSnapshot &snapshot);

} // namespace HealthReport

} // namespace appclacks::core
