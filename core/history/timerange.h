// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace appclacks::core {

/// "90s", "15m", "1h", "24h", "7d", "30d", "1h30m": milliseconds; nullopt for anything else.
std::optional<std::int64_t> parseDurationMs(const QString &text);

/// RFC 3339 ("2026-11-30T14:02:00Z", "…+01:00", with or without milliseconds) or Unix seconds
/// ("1700000000", "1700000000.5"): milliseconds since the epoch.
std::optional<std::int64_t> parseTimeMs(const QString &text);

} // namespace appclacks::core
