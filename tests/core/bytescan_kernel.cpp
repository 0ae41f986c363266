// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The parser's scan kernels alone, without Qt, so that the same test also runs cross-compiled for
// arm64 under qemu-user (tests/core/CMakeLists.txt): the vector form (SSE2 on x86-64, NEON on
// arm64) must stop at exactly the byte the portable loop stops at, for every start and end of
// buffers made of the bytes that matter to each kernel; and the AVX2 stage one of the structural
// index, where the CPU has it, must give the portable one's bitmasks for every start and length. With --expect-vector
// it also fails when the build has no vector form at all, so that a NEON path that silently fell back is noticed.

#include "core/exposition/bytescan.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace appclacks::core::ByteScan;

namespace {

const char *kernelName()
{
#if defined(__SSE2__)
    return "SSE2";
#elif defined(__ARM_NEON) && defined(__aarch64__)
    return "NEON";
#else
    return "none (portable only)";
#endif
}

// A deterministic generator: the same buffers on every machine, so a failure can be replayed.
struct Random
{
    std::uint64_t state;
    std::uint32_t next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return std::uint32_t(state >> 33);
    }
};

// Buffers drawn from an alphabet: names and separators, the bytes that stop a label value, and
// each byte value once in the all-bytes buffer.
std::vector<std::string> buffers()
{
    const std::string alphabets[] = {
        "abcxyzABCXYZ0189_:", // name characters only: the runs cross 16-byte blocks
        "abcZ09_:-./{}= ,\t\n", // names and what ends them
        std::string("ab\"\\") + '\0' + "\x7f\x80\xc3\xa9\xff ", // what ends a label value
        "aaaaaaaaaaaaaaa\"", // one stop in a long run
    };
    std::vector<std::string> result;
    Random random { 42 };
    for (const std::string &alphabet : alphabets) {
        for (int copy = 0; copy < 24; ++copy) {
            std::string buffer(80, ' ');
            for (char &c : buffer) {
                c = alphabet[random.next() % alphabet.size()];
            }
            result.push_back(buffer);
        }
    }
    std::string every(256, '\0');
    for (int c = 0; c < 256; ++c) {
        every[std::size_t(c)] = char(c);
    }
    result.push_back(every);
    // Every byte value after runs of every length of name characters.
    for (int c = 0; c < 256; ++c) {
        for (int run : { 0, 1, 15, 16, 17, 31, 32, 33 }) {
            result.push_back(std::string(std::size_t(run), 'a') + char(c) + std::string(20, 'b'));
        }
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    const bool expectVector = argc > 1 && std::strcmp(argv[1], "--expect-vector") == 0;
    std::printf("vector kernel: %s\n", kernelName());
    if (expectVector && !hasVectorScan) {
        std::printf("FAIL: this build has no vector scan\n");
        return 1;
    }
    long comparisons = 0;
    long failures = 0;
    const auto compare = [&](const char *what, const std::string &buffer, std::size_t from, std::size_t to,
                             const char *vector, const char *portable) {
        ++comparisons;
        if (vector != portable && failures++ < 10) {
            std::printf("FAIL: %s over [%zu, %zu) of a %zu-byte buffer: vector stops at %td, portable at %td\n", what,
                from, to, buffer.size(), vector - buffer.data(), portable - buffer.data());
        }
    };
    for (const std::string &buffer : buffers()) {
        const char *data = buffer.data();
        for (std::size_t from = 0; from <= buffer.size(); ++from) {
            // Every end up to 40 bytes past the start (three vector blocks), and the buffer's end.
            for (std::size_t to = from; to <= buffer.size(); to = to < from + 40 ? to + 1 : buffer.size() + 1) {
                for (const CharClass cls : { MetricNameChar, LabelNameChar }) {
                    compare(cls == MetricNameChar ? "metric name" : "label name", buffer, from, to,
                        skipClassVector(data + from, data + to, cls), skipClassPortable(data + from, data + to, cls));
                }
                compare("label value", buffer, from, to, skipPlainValueVector(data + from, data + to),
                    skipPlainValuePortable(data + from, data + to));
            }
        }
    }
    // Stage one: the same masks as the portable kernel, on the bytes each block really holds.
    std::vector<Kernel> kernels;
    if (kernelAvailable(Kernel::Avx2)) {
        kernels.push_back(Kernel::Avx2);
    }
    std::printf("stage-one kernel: %s\n", kernels.empty() ? "none but the portable one (no AVX2)" : "AVX2");
    std::vector<Block> want(8);
    std::vector<Block> got(8);
    for (const std::string &buffer : buffers()) {
        for (std::size_t from = 0; from < buffer.size(); ++from) {
            for (std::size_t n = 1; from + n <= buffer.size() && n <= 4 * blockBytes;
                 n = n < 2 * blockBytes + 2 ? n + 1 : n + 61) {
                indexPortable(buffer.data() + from, n, want.data());
                for (const Kernel kernel : kernels) {
                    indexFunction(kernel)(buffer.data() + from, n, got.data());
                    for (std::size_t block = 0; block * blockBytes < n; ++block) {
                        const std::size_t bytes = std::min(blockBytes, n - block * blockBytes);
                        const std::uint64_t valid = bytes == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << bytes) - 1;
                        const Block &a = want[block];
                        const Block &b = got[block];
                        ++comparisons;
                        if ((((a.newline ^ b.newline) | (a.valueStop ^ b.valueStop)
                                 | (a.notMetricName ^ b.notMetricName) | (a.notLabelName ^ b.notLabelName))
                                & valid)
                                != 0
                            && failures++ < 10) {
                            std::printf("FAIL: AVX2 stage one over [%zu, +%zu) of a %zu-byte buffer, block %zu\n", from,
                                n, buffer.size(), block);
                        }
                    }
                }
            }
        }
    }
    std::printf("%ld comparisons, %ld differences\n", comparisons, failures);
    return failures == 0 && comparisons > 0 ? 0 : 1;
}
