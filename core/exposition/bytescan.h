// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__ARM_NEON) && defined(__aarch64__)
#include <arm_neon.h>
#endif

namespace appclacks::core::ByteScan {

/// The parser's inner loops: how far a run of name characters or of plain label-value bytes goes.
/// Each has a portable byte-at-a-time form, the reference, and a vector form (SSE2 on x86-64,
/// NEON on arm64) that must find exactly the same byte; the tests and the fuzzer compare both.
/// Both only read inside [p, end).

enum CharClass : std::uint8_t {
    MetricNameStart = 1,
    MetricNameChar = 2,
    LabelNameStart = 4,
    LabelNameChar = 8,
    LabelValueSpecial = 16, // stops the scan of a quoted value: '"', '\\', NUL, non-ASCII
};

constexpr std::array<std::uint8_t, 256> makeCharClasses()
{
    std::array<std::uint8_t, 256> classes {};
    for (int c = 0; c < 256; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        std::uint8_t bits = 0;
        if (letter || c == '_' || c == ':') {
            bits |= MetricNameStart | MetricNameChar;
        }
        if (digit) {
            bits |= MetricNameChar | LabelNameChar;
        }
        if (letter || c == '_') {
            bits |= LabelNameStart | LabelNameChar;
        }
        if (c == '"' || c == '\\' || c == 0 || c >= 0x80) {
            bits |= LabelValueSpecial;
        }
        classes[std::size_t(c)] = bits;
    }
    return classes;
}

inline constexpr std::array<std::uint8_t, 256> charClasses = makeCharClasses();

inline bool hasClass(char c, CharClass cls)
{
    return charClasses[static_cast<unsigned char>(c)] & cls;
}

/// First byte of [p, end) outside `cls` (a name class), or end.
inline const char *skipClassPortable(const char *p, const char *end, CharClass cls)
{
    while (p < end && hasClass(*p, cls)) {
        ++p;
    }
    return p;
}

/// First '"', '\\', NUL or non-ASCII byte of [p, end), or end.
inline const char *skipPlainValuePortable(const char *p, const char *end)
{
    while (p < end && !hasClass(*p, LabelValueSpecial)) {
        ++p;
    }
    return p;
}

#if defined(__SSE2__)
constexpr bool hasVectorScan = true;

// Bit i set where byte i is a name character: letters, digits, '_', and ':' for metric names.
inline unsigned nameMask16(__m128i v, bool metric)
{
    // Signed compares: bytes >= 0x80 are negative and fall outside every range, as they should.
    const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter
        = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    const __m128i digit
        = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    __m128i name = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
    if (metric) {
        name = _mm_or_si128(name, _mm_cmpeq_epi8(v, _mm_set1_epi8(':')));
    }
    return unsigned(_mm_movemask_epi8(name));
}

inline const char *skipClassVector(const char *p, const char *end, CharClass cls)
{
    const bool metric = cls == MetricNameChar;
    while (end - p >= 16) {
        const unsigned mask = ~nameMask16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), metric) & 0xFFFFu;
        if (mask != 0) {
            return p + std::countr_zero(mask);
        }
        p += 16;
    }
    return skipClassPortable(p, end, cls);
}

inline const char *skipPlainValueVector(const char *p, const char *end)
{
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i special
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                _mm_cmpeq_epi8(v, _mm_setzero_si128()));
        // The sign bit of each byte is set exactly for non-ASCII bytes.
        const unsigned mask = unsigned(_mm_movemask_epi8(special)) | unsigned(_mm_movemask_epi8(v));
        if (mask != 0) {
            return p + std::countr_zero(mask);
        }
        p += 16;
    }
    return skipPlainValuePortable(p, end);
}
#elif defined(__ARM_NEON) && defined(__aarch64__)
constexpr bool hasVectorScan = true;

// Index of the first non-zero byte of a 0x00/0xFF mask, or 16 (the shrn trick: 4 bits per byte).
inline int firstSet16(uint8x16_t mask)
{
    const std::uint64_t bits = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(mask), 4)), 0);
    return bits == 0 ? 16 : std::countr_zero(bits) / 4;
}

inline const char *skipClassVector(const char *p, const char *end, CharClass cls)
{
    const bool metric = cls == MetricNameChar;
    while (end - p >= 16) {
        const uint8x16_t v = vld1q_u8(reinterpret_cast<const std::uint8_t *>(p));
        const uint8x16_t lower = vorrq_u8(v, vdupq_n_u8(0x20));
        const uint8x16_t letter = vcleq_u8(vsubq_u8(lower, vdupq_n_u8('a')), vdupq_n_u8('z' - 'a'));
        const uint8x16_t digit = vcleq_u8(vsubq_u8(v, vdupq_n_u8('0')), vdupq_n_u8(9));
        uint8x16_t name = vorrq_u8(vorrq_u8(letter, digit), vceqq_u8(v, vdupq_n_u8('_')));
        if (metric) {
            name = vorrq_u8(name, vceqq_u8(v, vdupq_n_u8(':')));
        }
        const int first = firstSet16(vmvnq_u8(name));
        if (first < 16) {
            return p + first;
        }
        p += 16;
    }
    return skipClassPortable(p, end, cls);
}

inline const char *skipPlainValueVector(const char *p, const char *end)
{
    while (end - p >= 16) {
        const uint8x16_t v = vld1q_u8(reinterpret_cast<const std::uint8_t *>(p));
        const uint8x16_t special = vorrq_u8(vorrq_u8(vceqq_u8(v, vdupq_n_u8('"')), vceqq_u8(v, vdupq_n_u8('\\'))),
            vorrq_u8(vceqq_u8(v, vdupq_n_u8(0)), vcgeq_u8(v, vdupq_n_u8(0x80))));
        const int first = firstSet16(special);
        if (first < 16) {
            return p + first;
        }
        p += 16;
    }
    return skipPlainValuePortable(p, end);
}
#else
constexpr bool hasVectorScan = false;

inline const char *skipClassVector(const char *p, const char *end, CharClass cls)
{
    return skipClassPortable(p, end, cls);
}

inline const char *skipPlainValueVector(const char *p, const char *end)
{
    return skipPlainValuePortable(p, end);
}
#endif

} // namespace appclacks::core::ByteScan
