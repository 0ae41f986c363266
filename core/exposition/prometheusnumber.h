// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace appclacks::core {

/// Why a number token was refused; NotANumber covers every syntax error.
enum class NumberError : std::uint8_t { None, NotANumber, OutOfRange };

struct ParsedNumber
{
    double value = 0;
    NumberError error = NumberError::None;
};

/// Parses a sample value exactly as Prometheus does: Go's strconv.ParseFloat restricted to the
/// pre-Go-1.13 syntax (no hex floats, no '_' separators), so `1e3`, `.5`, `5.`, `+Inf`, `inf`,
/// `Infinity` and `NaN` are numbers and `0x1p3`, `1_000`, `0x1` are not. Never uses the C locale.
/// Overflow is an error (Go's ErrRange); underflow rounds to zero as Go does.
ParsedNumber parsePrometheusFloat(std::string_view token);

/// Parses a text-format timestamp: a decimal integer of milliseconds, optionally negative (no '+').
std::optional<std::int64_t> parseMillisecondTimestamp(std::string_view token);

/// Formats a value the way Prometheus writes it (Go's FormatFloat 'g' shortest, with "+Inf",
/// "-Inf" and "NaN"), so that text output round-trips and matches other Prometheus tools.
void appendPrometheusFloat(std::string &out, double value);
std::string formatPrometheusFloat(double value);

} // namespace appclacks::core
