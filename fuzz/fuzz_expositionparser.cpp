// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Feeds arbitrary bytes to the parser in both formats. Beyond "no crash, no leak, no UB", it
// checks five invariants: an error always has a position, every scan (the structural index built
// by the SSE2 or NEON kernel, and by the AVX2 one where the CPU has it, with chunks of every size
// the input picks) agrees with the portable byte loop, count() agrees with parse() (the same refusals, the same
// figures), countStream() agrees with count() wherever its window's edges fall, and a document written back as text
// parses again to the same samples. (Not always to the same families: a family inferred from
// `_bucket` lines may gather `_sum` lines that came before its buckets once they come after.)

#include "core/exposition/expositionparser.h"
#include "core/exposition/expositionwriter.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace appclacks::core;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

std::vector<std::string> sortedSamples(const ExpositionDocument &document)
{
    std::vector<std::string> samples;
    for (const ExpositionSample &sample : document.samples()) {
        std::string line(document.symbol(sample.name));
        for (const ExpositionLabel &label : document.labels(sample)) {
            line += '\x1f';
            line += document.symbol(label.name);
            line += '=';
            line += document.labelValue(label);
        }
        // OpenMetrics timestamps beyond 2^50 ms (year 37,000) have no sub-millisecond precision
        // left in a double, so the millisecond they round to may shift by one in a round trip.
        const bool precise = sample.timestampMs > -(1ll << 50) && sample.timestampMs < (1ll << 50);
        line += ' ' + std::to_string(sample.value) + ' '
            + (!sample.hasTimestamp ? std::string("-")
                    : precise       ? std::to_string(sample.timestampMs)
                                    : std::string("far"));
        samples.push_back(std::move(line));
    }
    std::sort(samples.begin(), samples.end());
    return samples;
}

// countStream() with a window and read sizes taken from the input itself, so that the fuzzer moves
// the window's edges across every kind of line: the same outcome as count().
void checkStreamAgrees(const ExpositionParser &parser, const QByteArray &input, ExpositionFormat format,
    const ExpositionParser::CountResult &counted)
{
    using Outcome = ExpositionParser::StreamCount::Outcome;
    const std::size_t window = input.isEmpty() ? 1 : 1 + static_cast<unsigned char>(input.back()) % 97;
    const qsizetype piece = input.isEmpty() ? 1 : 1 + static_cast<unsigned char>(input.front()) % 13;
    qsizetype at = 0;
    const auto streamed = parser.countStream(
        [&](char *buffer, std::int64_t capacity) {
            const qsizetype n = std::min({ qsizetype(capacity), piece, input.size() - at });
            std::memcpy(buffer, input.constData() + at, std::size_t(n));
            at += n;
            return std::int64_t(n);
        },
        input.size(), format, window);
    if (!counted.ok()) {
        check(streamed.outcome == Outcome::Refused);
        check(streamed.error.line == counted.error.line && streamed.error.column == counted.error.column
            && streamed.error.reason == counted.error.reason);
        return;
    }
    if (streamed.outcome == Outcome::NeedsWholeInput) {
        return;
    }
    check(streamed.outcome == Outcome::Counted);
    check(streamed.counts->families == counted.counts->families && streamed.counts->samples == counted.counts->samples
        && streamed.counts->labels == counted.counts->labels);
    check(std::memcmp(&streamed.counts->valueSum, &counted.counts->valueSum, sizeof(double)) == 0);
}

void fuzzOne(const QByteArray &input, ExpositionFormat format)
{
    static const ExpositionParser parser = [] {
        ParseLimits limits;
        limits.maxLineBytes = 64 * 1024;
        return ExpositionParser(limits);
    }();
    static const ExpositionParser portable(parser.limits(), ExpositionParser::Scan::Portable);
    const auto result = parser.parse(input, format);
    // Every indexed scan finds exactly what the portable byte loop finds: the same error, or the
    // same document. The index's chunk size comes from the input, so that the chunks' edges fall
    // anywhere in its lines.
    const auto reference = portable.parse(input, format);
    const std::size_t chunk = input.size() < 2 ? 64 : 1 + static_cast<unsigned char>(input[input.size() / 2]) % 150;
    for (const auto scan : { ExpositionParser::Scan::Vector128, ExpositionParser::Scan::Avx2 }) {
        for (const std::size_t chunkBytes : { ExpositionParser::defaultIndexChunkBytes, chunk }) {
            ExpositionParser indexed(parser.limits(), scan);
            indexed.setIndexChunkBytes(chunkBytes);
            const auto other = chunkBytes == ExpositionParser::defaultIndexChunkBytes && scan == parser.scan()
                ? result
                : indexed.parse(input, format);
            check(reference.ok() == other.ok());
            if (!other.ok()) {
                check(reference.error.line == other.error.line && reference.error.column == other.error.column
                    && reference.error.reason == other.error.reason);
            } else {
                check(ExpositionWriter::toJson(*reference.document) == ExpositionWriter::toJson(*other.document));
            }
        }
    }
    // count() refuses exactly what parse() refuses, with the same error, and otherwise finds the
    // document's figures to the bit.
    const auto counted = parser.count(input, format);
    check(counted.ok() == result.ok());
    checkStreamAgrees(parser, input, format, counted);
    if (!result.ok()) {
        check(result.error.line >= 1 && result.error.column >= 1 && !result.error.reason.isEmpty());
        check(counted.error.line == result.error.line && counted.error.column == result.error.column
            && counted.error.reason == result.error.reason);
        return;
    }
    const ExpositionCounts want = result.document->counts();
    check(counted.counts->families == want.families && counted.counts->samples == want.samples
        && counted.counts->labels == want.labels);
    check(std::memcmp(&counted.counts->valueSum, &want.valueSum, sizeof(double)) == 0);
    const std::string text = ExpositionWriter::toText(*result.document);
    const auto again = parser.parse(QByteArray::fromStdString(text), format);
    check(again.ok());
    check(again.document->samples().size() == result.document->samples().size());
    check(sortedSamples(*again.document) == sortedSamples(*result.document));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzOne(input, ExpositionFormat::Text004);
    fuzzOne(input, ExpositionFormat::OpenMetrics100);
    return 0;
}
