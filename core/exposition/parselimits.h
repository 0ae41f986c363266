// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdint>

namespace appclacks::core {

/// Bounds that keep a hostile or broken endpoint from exhausting memory; each has its own error.
struct ParseLimits
{
    std::int64_t maxBodyBytes = 64ll * 1024 * 1024;
    std::int64_t maxLineBytes = 1024ll * 1024;
    std::int64_t maxSamples = 5'000'000;
    int maxLabelsPerSample = 128;
    int maxLabelNameBytes = 1024;
    int maxLabelValueBytes = 64 * 1024;
};

} // namespace appclacks::core
