// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace appclacks::core {

/// The metric types of the text format 0.0.4 and OpenMetrics 1.0. `Untyped` is the text format's
/// "untyped" and OpenMetrics' "unknown".
enum class MetricType : std::uint8_t {
    Untyped,
    Counter,
    Gauge,
    Histogram,
    GaugeHistogram,
    Summary,
    Info,
    StateSet,
};

/// Which dialect of the exposition format a body is written in.
enum class ExpositionFormat : std::uint8_t {
    Text004, ///< text/plain; version=0.0.4
    OpenMetrics100, ///< application/openmetrics-text; version=1.0.0
};

/// The name a TYPE line uses for `type` in `format` ("untyped" or "unknown" for Untyped).
std::string_view metricTypeName(MetricType type, ExpositionFormat format);

/// Parses the type word of a TYPE line; only the words `format` allows are accepted.
std::optional<MetricType> metricTypeFromName(std::string_view name, ExpositionFormat format);

} // namespace appclacks::core
