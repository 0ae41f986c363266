// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/utf8.h"

#include <cstring>

namespace appclacks::core {

int utf8SequenceLength(const char *p, const char *end)
{
    const auto *s = reinterpret_cast<const unsigned char *>(p);
    const auto available = end - p;
    const unsigned char b0 = s[0];
    if (b0 < 0x80) {
        return 1;
    }
    auto continuation = [&](int i) { return i < available && (s[i] & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        return continuation(1) ? 2 : 0;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (available < 2) {
            return 0;
        }
        const unsigned char b1 = s[1];
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F)) { // overlong, surrogate
            return 0;
        }
        return continuation(1) && continuation(2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (available < 2) {
            return 0;
        }
        const unsigned char b1 = s[1];
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F)) { // overlong, above U+10FFFF
            return 0;
        }
        return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

const char *firstInvalidUtf8(const char *from, const char *to)
{
    const char *p = from;
    while (p < to) {
        // ASCII fast path, eight bytes at a time.
        while (to - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull) {
                break;
            }
            p += 8;
        }
        if (p >= to) {
            break;
        }
        const int length = utf8SequenceLength(p, to);
        if (length == 0) {
            return p;
        }
        p += length;
    }
    return to;
}

std::int64_t utf8CharacterCount(const char *from, const char *to)
{
    std::int64_t count = 0;
    for (const char *p = from; p < to; ++p) {
        if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

} // namespace appclacks::core
