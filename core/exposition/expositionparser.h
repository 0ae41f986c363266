// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/expositiondocument.h"
#include "core/exposition/parselimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace appclacks::core {

/// Where and why an input was refused. Lines and columns are 1-based; columns count characters.
struct ParseError
{
    qint64 line = 0;
    qint64 column = 0;
    QString reason;

    /// "LINE:COLUMN: reason", the form command-line tools print after the file name.
    QString toString() const;
};

/// Parses the Prometheus text format 0.0.4 and OpenMetrics 1.0 text in one pass over a
/// contiguous buffer. The whole input is refused at the first error, as Prometheus refuses a
/// scrape. Reentrant: one parser may be used from several threads at once.
class ExpositionParser final
{
public:
    struct Result
    {
        std::shared_ptr<const ExpositionDocument> document; ///< null when the input was refused
        ParseError error;

        bool ok() const { return document != nullptr; }
    };

    /// How the parser finds line ends, the ends of names and of label values. Portable is the
    /// byte-at-a-time reference. Vector128 scans 16 bytes at a time in place (SSE2 on x86-64,
    /// NEON on arm64). Avx2, chosen at run time (the binary runs on any x86-64), first builds a
    /// structural index of each chunk of lines (bitmasks of the bytes the parser stops at, 64
    /// input bytes at a time, as simdjson's stage one does), then parses by walking its bits. All
    /// give the same result on every input. Best is the fastest measured on the CPU (today the
    /// 16-byte kernels in place, AVX2 or not: see ByteScan::bestKernel()), unless the environment
    /// variable APPCLACKS_PARSER_SCAN names another (portable, sse2 or neon, avx2), so that a
    /// whole program can be run on each path.
    enum class Scan { Best, Portable, Vector128, Avx2 };

    explicit ExpositionParser(ParseLimits limits = {}, Scan scan = Scan::Best);

    /// The scan actually used: `scan` resolved, or the fastest below it when the CPU lacks it.
    Scan scan() const { return m_scan; }
    /// "portable", "sse2" (or "neon" on arm64), "avx2".
    static const char *scanName(Scan scan);
    /// The scan a name given by a user means (the names scanName() gives, and "best").
    static std::optional<Scan> scanFromName(QByteArrayView name);

    /// How many input bytes the structural index covers at a time (whole lines from a line's
    /// start; a longer line is scanned without it). The tests make it small so that the chunks'
    /// edges fall at every position of their inputs.
    void setIndexChunkBytes(std::size_t bytes) { m_indexChunkBytes = std::max<std::size_t>(bytes, 1); }
    std::size_t indexChunkBytes() const { return m_indexChunkBytes; }
    static constexpr std::size_t defaultIndexChunkBytes = 16 * 1024;

    const ParseLimits &limits() const { return m_limits; }

    /// Parses `input`, which the returned document keeps (implicitly shared, not copied).
    Result parse(const QByteArray &input, ExpositionFormat format) const;

    struct CountResult
    {
        std::optional<ExpositionCounts> counts; ///< empty when the input was refused
        ParseError error;

        bool ok() const { return counts.has_value(); }
    };

    /// Validates `input` exactly as parse() does, refusing the same inputs with the same errors,
    /// and returns what the document's counts() would be, without building the document: memory
    /// beyond the input stays small whatever the input's size.
    CountResult count(const QByteArray &input, ExpositionFormat format) const;

    /// Reads at most `capacity` bytes into `buffer`: how many it read, 0 at the end of the input,
    /// or -1 when reading failed.
    using Reader = std::function<std::int64_t(char *buffer, std::int64_t capacity)>;

    struct StreamCount
    {
        enum class Outcome {
            Counted, ///< `counts` holds what count() would find
            Refused, ///< `error` is the error count() would give
            ReadFailed, ///< the reader returned -1
            /// Text-format families came back after others: the value sum in the document's order
            /// needs the whole input, so count() on it (rare; the result would differ in the last bits).
            NeedsWholeInput,
        };
        Outcome outcome = Outcome::Counted;
        std::optional<ExpositionCounts> counts;
        ParseError error;
    };

    static constexpr std::size_t defaultWindowBytes = 256 * 1024;

    /// count() over an input read through `read` a window at a time, so that memory stays
    /// bounded by the window (grown only to hold a line longer than it) whatever the input's size.
    /// `inputSize` is the size known beforehand, checked against the limits as count() checks the
    /// input's. The same refusals with the same errors, the same figures to the bit.
    StreamCount countStream(const Reader &read, std::int64_t inputSize, ExpositionFormat format,
        std::size_t windowBytes = defaultWindowBytes) const;

    /// For files: OpenMetrics when the last line is `# EOF`, the text format otherwise.
    static ExpositionFormat detectFormat(QByteArrayView input);

    /// For scrapes: the format a Content-Type names, or nothing when it is not a metrics type.
    /// A missing Content-Type is the text format, as Prometheus assumes.
    static std::optional<ExpositionFormat> formatFromContentType(QByteArrayView contentType);

private:
    ParseLimits m_limits;
    Scan m_scan;
    std::size_t m_indexChunkBytes = defaultIndexChunkBytes;
};

} // namespace appclacks::core
