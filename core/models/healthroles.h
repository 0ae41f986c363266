// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <Qt>

namespace appclacks::core {

/// Custom roles shared by the health models.
enum HealthRole {
    SortRole = Qt::UserRole + 1, ///< the raw number (or severity) a column sorts by
    CheckKeyRole, ///< the check's key (id, or name), on every column
    StatusRole, ///< CheckStatus as int, on every column
    ProblemsRole, ///< HistogramProblems as int, on every column
    ZoneRole, ///< the zone's name, where a cell belongs to one zone
    ShadeRole, ///< the overview's class of the value on its metric's scale; -1 without a value
    HasZoneRole, ///< false where the check is not probed from the cell's zone
    TimelineRole, ///< the check's std::shared_ptr<const CheckTimeline>, or null (the strip's cells)
};

} // namespace appclacks::core
