// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/historystore.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace appclacks::tests {

/// One check × zone's counters at one scrape, as a test writes them down.
struct Counters
{
    std::map<double, double> buckets; // upper bound → cumulative count
    std::optional<double> sum;
    std::optional<double> count;
    std::optional<double> success;
    std::optional<double> failure;
};

/// A scrape's snapshot of the given (check id, zone) pairs; each check is named "<id>-name".
std::shared_ptr<core::HealthSnapshot> snapshotOf(const std::map<std::pair<QString, QString>, Counters> &pairs);

/// The scrape of `source` at `timeMs` with those counters.
core::ScrapeRecord scrapeAt(std::int64_t timeMs, std::shared_ptr<core::HealthSnapshot> snapshot,
    const QString &source = QStringLiteral("demo"));

} // namespace appclacks::tests
