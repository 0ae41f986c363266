// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define APPCLACKS_HAVE_AVX2_KERNEL 1
#endif
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

// Stage one of the structural index, in the manner of simdjson: 64 input bytes at a time become
// bitmasks (bit i for byte i of the block) of the bytes the parser stops at, so that stage two
// (the parser) finds the end of a line, a name or a label value by counting zero bits instead of
// looking at bytes. The AVX2 kernel must give exactly the masks of the portable one; the tests
// compare them on every start and length of their buffers.
struct Block
{
    std::uint64_t newline; ///< '\n'
    std::uint64_t valueStop; ///< '"', '\\', NUL and non-ASCII: what ends a plain run in a label value
    std::uint64_t notMetricName; ///< anything but letters, digits, '_' and ':'
    std::uint64_t notLabelName; ///< notMetricName and ':'
};

inline constexpr std::size_t blockBytes = 64;

/// Indexes [p, p + n) into ceil(n / 64) blocks. Bits past the n-th byte of the last block are
/// unspecified: stage two never looks beyond the indexed bytes. Reads only inside [p, p + n).
using IndexFunction = void (*)(const char *p, std::size_t n, Block *out);

inline void indexBlockPortable(const char *p, std::size_t n, Block &block)
{
    block = Block {};
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        const std::uint64_t bit = std::uint64_t(1) << i;
        const std::uint8_t cls = charClasses[c];
        block.newline |= c == '\n' ? bit : 0;
        block.valueStop |= (cls & LabelValueSpecial) ? bit : 0;
        block.notMetricName |= (cls & MetricNameChar) ? 0 : bit;
        block.notLabelName |= (cls & LabelNameChar) ? 0 : bit;
    }
}

inline void indexPortable(const char *p, std::size_t n, Block *out)
{
    for (std::size_t at = 0; at < n; at += blockBytes) {
        indexBlockPortable(p + at, std::min(blockBytes, n - at), *out++);
    }
}

#if defined(APPCLACKS_HAVE_AVX2_KERNEL)
// Compiled for AVX2 whatever the build's baseline, and only called once the CPU said it has it
// (cpuHasAvx2()), so the binary still runs on any x86-64. A whole chunk goes through one call: a
// function for another target cannot be inlined into the parser, which is why AVX2 forms of the
// per-token kernels above, called once per name or value, measured slower than SSE2 inlined.
__attribute__((target("avx2"))) inline std::uint64_t bitsAvx2(__m256i mask)
{
    return std::uint32_t(_mm256_movemask_epi8(mask));
}

__attribute__((target("avx2"))) inline void indexBlockAvx2(const char *p, Block &block)
{
    std::uint64_t newline = 0;
    std::uint64_t valueStop = 0;
    std::uint64_t metricName = 0;
    std::uint64_t colon = 0;
    for (int part = 0; part < 2; ++part) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32 * part));
        const int shift = 32 * part;
        newline |= bitsAvx2(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n'))) << shift;
        const __m256i special = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))),
            _mm256_cmpeq_epi8(v, _mm256_setzero_si256()));
        valueStop |= (bitsAvx2(special) | bitsAvx2(v)) << shift;
        // Signed compares: bytes >= 0x80 are negative and fall outside every range.
        const __m256i lower = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
        const __m256i letter = _mm256_and_si256(
            _mm256_cmpgt_epi8(lower, _mm256_set1_epi8('a' - 1)), _mm256_cmpgt_epi8(_mm256_set1_epi8('z' + 1), lower));
        const __m256i digit = _mm256_and_si256(
            _mm256_cmpgt_epi8(v, _mm256_set1_epi8('0' - 1)), _mm256_cmpgt_epi8(_mm256_set1_epi8('9' + 1), v));
        const __m256i isColon = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(':'));
        const __m256i name = _mm256_or_si256(
            _mm256_or_si256(letter, digit), _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('_')), isColon));
        metricName |= bitsAvx2(name) << shift;
        colon |= bitsAvx2(isColon) << shift;
    }
    block.newline = newline;
    block.valueStop = valueStop;
    block.notMetricName = ~metricName;
    block.notLabelName = ~metricName | colon;
}

__attribute__((target("avx2"))) inline void indexAvx2(const char *p, std::size_t n, Block *out)
{
    std::size_t at = 0;
    for (; n - at >= blockBytes; at += blockBytes) {
        indexBlockAvx2(p + at, *out++);
    }
    if (at < n) {
        alignas(64) char last[blockBytes] = {};
        std::memcpy(last, p + at, n - at);
        indexBlockAvx2(last, *out);
    }
}

inline bool cpuHasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#else
inline bool cpuHasAvx2()
{
    return false;
}
#endif

/// The kernels a build can have. Vector128 is SSE2 on x86-64 and NEON on arm64.
enum class Kernel { Portable, Vector128, Avx2 };

inline bool kernelAvailable(Kernel kernel)
{
    switch (kernel) {
    case Kernel::Portable:
        return true;
    case Kernel::Vector128:
        return hasVectorScan;
    case Kernel::Avx2:
        return cpuHasAvx2();
    }
    return false;
}

/// The fastest kernel this CPU runs, as measured: the 16-byte kernels in place even where the CPU
/// has AVX2. On the 24 MB Appclacks corpus (release build, CPU time, best of 41 interleaved
/// parses) the parse through the AVX2 index did 1,150-1,195 MB/s against 1,290-1,307 in place,
/// and 2,230-2,330 against 2,510-2,550 with a 170-byte message label on every line: a stop
/// found in place costs about what a bit walk costs, and stage one adds 1.5 ms a pass (7%).
/// The AVX2 index stays selectable (Kernel::Avx2, APPCLACKS_PARSER_SCAN=avx2) and tested, so
/// that a CPU or an input where it wins can be measured with one switch.
inline Kernel bestKernel()
{
    return hasVectorScan ? Kernel::Vector128 : Kernel::Portable;
}

/// Stage one with `kernel`: AVX2 where the CPU has it, the portable loop (the reference the tests
/// compare it with) otherwise. No 16-byte stage one: on the 24 MB corpus SSE2 indexes at 6.4 GB/s,
/// 3.8 ms a pass or 17% of the whole parse, and the parse through its index ran 11% slower than
/// with the 16-byte kernels called in place; AVX2 indexes at 16.8 GB/s (1.5 ms).
inline IndexFunction indexFunction(Kernel kernel)
{
#if defined(APPCLACKS_HAVE_AVX2_KERNEL)
    if (kernel == Kernel::Avx2 && cpuHasAvx2()) {
        return indexAvx2;
    }
#else
    (void)kernel;
#endif
    return indexPortable;
}

} // namespace appclacks::core::ByteScan
