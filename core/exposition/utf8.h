// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdint>

namespace appclacks::core {

/// Length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlongs, no surrogates, at
/// most U+10FFFF), or 0 when it is not one.
int utf8SequenceLength(const char *p, const char *end);

/// The first byte in [from, to) that does not start a well-formed sequence, or `to`.
const char *firstInvalidUtf8(const char *from, const char *to);

/// Characters (code points) in [from, to); malformed bytes count one each.
std::int64_t utf8CharacterCount(const char *from, const char *to);

} // namespace appclacks::core
