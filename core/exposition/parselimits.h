// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdint>
#include <limits>

namespace appclacks::core {

/// Bounds that keep a hostile or broken endpoint from exhausting memory; each has its own error.
struct ParseLimits
{
    static constexpr std::int64_t unlimited = std::numeric_limits<std::int64_t>::max();

    std::int64_t maxBodyBytes = 64ll * 1024 * 1024;
    std::int64_t maxLineBytes = 1024ll * 1024;
    std::int64_t maxSamples = 5'000'000;
    int maxLabelsPerSample = 128;
    int maxLabelNameBytes = 1024;
    int maxLabelValueBytes = 64 * 1024;

    /// For the user's own files: no cap on size or sample count, only what memory allows (and
    /// the document can address, 4 GiB). The caps protect us from servers, not from the user.
    /// The per-line bounds stay: a file that breaks them is not an exposition.
    static constexpr ParseLimits localFile()
    {
        ParseLimits limits;
        limits.maxBodyBytes = unlimited;
        limits.maxSamples = unlimited;
        return limits;
    }
};

} // namespace appclacks::core
