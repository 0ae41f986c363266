// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositionparser.h"

#include "core/exposition/bytescan.h"
#include "core/exposition/largepages.h"
#include "core/exposition/prometheusnumber.h"
#include "core/exposition/symboltable.h"
#include "core/exposition/utf8.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

Q_LOGGING_CATEGORY(lcExposition, "appclacks.core.exposition", QtInfoMsg)

namespace appclacks::core {

QString ParseError::toString() const
{
    return QString::number(line) + QLatin1Char(':') + QString::number(column) + QStringLiteral(": ") + reason;
}

namespace {

using ByteScan::CharClass;
using ByteScan::hasClass;
using ByteScan::LabelNameChar;
using ByteScan::LabelNameStart;
using ByteScan::MetricNameChar;
using ByteScan::MetricNameStart;

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The sample-name suffixes a family of each type owns besides its own name.
bool typeOwnsSuffix(MetricType type, bool typeDeclared, std::string_view suffix)
{
    switch (type) {
    case MetricType::Histogram:
        if (!typeDeclared) { // inferred from `X_bucket{le=…}` without a TYPE line
            return suffix == "_bucket" || suffix == "_sum" || suffix == "_count";
        }
        return suffix == "_bucket" || suffix == "_sum" || suffix == "_count" || suffix == "_created";
    case MetricType::GaugeHistogram:
        return suffix == "_bucket" || suffix == "_gcount" || suffix == "_gsum";
    case MetricType::Summary:
        return suffix == "_sum" || suffix == "_count" || suffix == "_created";
    case MetricType::Counter:
        return suffix == "_total" || suffix == "_created";
    case MetricType::Info:
        return suffix == "_info";
    case MetricType::Untyped:
    case MetricType::Gauge:
    case MetricType::StateSet:
        return false;
    }
    return false;
}

constexpr std::array<std::string_view, 8> familySuffixes { "_bucket", "_count", "_sum", "_total", "_created", "_gcount",
    "_gsum", "_info" };

struct Error
{ };

} // namespace

// One parse: all the state of a single pass, so the parser object itself stays reentrant.
class ExpositionParserRun
{
public:
    // Without `keepSamples`, samples and labels are validated and counted, not kept (see count()).
    ExpositionParserRun(
        const ExpositionParser &parser, const QByteArray &input, ExpositionFormat format, bool keepSamples)
        : m_limits(parser.limits())
        , m_vectorScan(parser.scan() != ExpositionParser::Scan::Portable)
        , m_index(indexFunctionFor(parser.scan()))
        , m_indexChunkBytes(parser.indexChunkBytes())
        , m_format(format)
        , m_openMetrics(format == ExpositionFormat::OpenMetrics100)
        , m_begin(input.constData())
        , m_end(input.constData() + input.size())
        , m_keepSamples(keepSamples)
        , m_document(std::make_shared<ExpositionDocument>())
    {
        m_document->m_input = input;
        m_document->m_format = format;
    }

    // A count over an input read a window at a time: names are copied, as the window is reused.
    ExpositionParserRun(const ExpositionParser &parser, ExpositionFormat format)
        : m_limits(parser.limits())
        , m_vectorScan(parser.scan() != ExpositionParser::Scan::Portable)
        , m_index(indexFunctionFor(parser.scan()))
        , m_indexChunkBytes(parser.indexChunkBytes())
        , m_format(format)
        , m_openMetrics(format == ExpositionFormat::OpenMetrics100)
        , m_keepSamples(false)
        , m_document(std::make_shared<ExpositionDocument>())
        , m_symbols(SymbolTable::Names::Copy)
    {
        m_document->m_format = format;
    }

    ExpositionParser::Result run();
    ExpositionParser::StreamCount runStream(
        const ExpositionParser::Reader &read, std::int64_t inputSize, std::size_t windowBytes);

    /// After a run without keepSamples: false when the document would have reordered its samples,
    /// so that its value sum would add them in another order than the input's.
    bool countsMatchDocumentOrder() const { return !m_familiesReopened; }
    ExpositionCounts counts(const ExpositionDocument &document) const
    {
        return { document.families().size(), m_sampleCount, m_labelCount, m_valueSum };
    }

private:
    [[noreturn]] void fail(const char *at, std::string reason);
    [[noreturn]] void failUnexpected(const char *at, std::string_view expected);
    void failIfNameContinues(const char *p, const char *lineEnd, std::string_view kind);

    void checkInputSize(std::int64_t size);
    const char *parseLines(const char *p, bool final);
    void finishInput();
    void parseLine(const char *p, const char *lineEnd);
    void parseComment(const char *p, const char *lineEnd);
    void parseSample(const char *p, const char *lineEnd);
    const char *parseLabels(const char *p, const char *lineEnd, bool &hasLe);
    const char *parseQuotedValue(const char *p, const char *lineEnd, std::uint32_t &offset, std::uint32_t &size);
    const char *parseExemplar(const char *p, const char *lineEnd);
    const char *parseTimestamp(const char *p, const char *lineEnd, ExpositionSample &sample);
    const char *parseMetricName(const char *p, const char *lineEnd, std::string_view &name);
    const char *skipBlanks(const char *p, const char *lineEnd) const
    {
        while (p < lineEnd && isBlank(*p)) {
            ++p;
        }
        return p;
    }
    // Most names end at a separator; only the bytes people put inside names need the slow check.
    void checkNameEnd(const char *p, const char *lineEnd, std::string_view kind)
    {
        if (p < lineEnd) {
            const char c = *p;
            if (c == '-' || c == '.' || c == '/' || c == ':' || static_cast<unsigned char>(c) >= 0x80) {
                failIfNameContinues(p, lineEnd, kind);
            }
        }
    }
    const char *expectSeparator(const char *p, const char *lineEnd, std::string_view what);
    void appendUnescaped(
        const char *from, const char *to, const char *quoteChars, std::uint32_t &offset, std::uint32_t &size);
    void validateText(const char *from, const char *to);
    void failOnBadBytes(const char *from, const char *to);

    std::uint32_t familyNamed(SymbolId name);
    std::uint32_t resolveFamily(SymbolId name, std::string_view nameText, bool hasLe);
    ExpositionFamily &familyForMetadata(std::string_view name);
    void reserveStorage();
    void finish();

    // Only the AVX2 path builds the index (see ByteScan::indexFunction() for why not SSE2).
    static ByteScan::IndexFunction indexFunctionFor(ExpositionParser::Scan scan)
    {
        return scan == ExpositionParser::Scan::Avx2 ? ByteScan::indexFunction(ByteScan::Kernel::Avx2) : nullptr;
    }

    // Stage two's side of the structural index: [p, end) lies inside the indexed chunk.
    bool indexed(const char *p, const char *end) const { return m_index && p >= m_indexBase && end <= m_indexEnd; }
    // The first byte of [p, end) whose bit is set in `Mask`, or end; [p, end) must be indexed.
    template <std::uint64_t ByteScan::Block::*Mask> const char *nextIndexed(const char *p, const char *end) const
    {
        if (p >= end) {
            return end;
        }
        const auto offset = std::size_t(p - m_indexBase);
        const auto endOffset = std::size_t(end - m_indexBase);
        std::size_t word = offset / ByteScan::blockBytes;
        const std::uint64_t bits = m_blocks[word].*Mask >> (offset % ByteScan::blockBytes);
        if (bits != 0) {
            return std::min(offset + std::size_t(std::countr_zero(bits)), endOffset) + m_indexBase;
        }
        const std::size_t lastWord = (endOffset - 1) / ByteScan::blockBytes;
        while (++word <= lastWord) {
            if (const std::uint64_t next = m_blocks[word].*Mask; next != 0) {
                return std::min(word * ByteScan::blockBytes + std::size_t(std::countr_zero(next)), endOffset)
                    + m_indexBase;
            }
        }
        return end;
    }
    void buildIndex(const char *from);
    const char *findNewline(const char *p);
    const char *nextBackslash(const char *p, const char *end) const;

    const char *skipNameChars(const char *p, const char *end, CharClass cls) const
    {
        if (indexed(p, end)) {
            return cls == MetricNameChar ? nextIndexed<&ByteScan::Block::notMetricName>(p, end)
                                         : nextIndexed<&ByteScan::Block::notLabelName>(p, end);
        }
        return m_vectorScan ? ByteScan::skipClassVector(p, end, cls) : ByteScan::skipClassPortable(p, end, cls);
    }
    const char *skipPlainValue(const char *p, const char *end) const
    {
        if (indexed(p, end)) {
            return nextIndexed<&ByteScan::Block::valueStop>(p, end);
        }
        return m_vectorScan ? ByteScan::skipPlainValueVector(p, end) : ByteScan::skipPlainValuePortable(p, end);
    }

    const ParseLimits &m_limits;
    const bool m_vectorScan;
    // Stage one of the structural index, or null where the scan builds none (portable, and the
    // 16-byte kernels in place, measured faster: see ByteScan::bestKernel()). The index covers
    // [m_indexBase, m_indexEnd): whole lines of the input from a line's start, a chunk at a time,
    // so that its memory stays small (half a byte per input byte of the chunk) whatever the input.
    const ByteScan::IndexFunction m_index;
    const std::size_t m_indexChunkBytes;
    std::vector<ByteScan::Block> m_blocks;
    const char *m_indexBase = nullptr;
    const char *m_indexEnd = nullptr;
    const ExpositionFormat m_format;
    const bool m_openMetrics;
    // The input, or with runStream() the window of it in memory: whole lines, the last one
    // without its '\n' only at the end of the input.
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const bool m_keepSamples;
    std::shared_ptr<ExpositionDocument> m_document;
    std::uint64_t m_sampleCount = 0;
    std::uint64_t m_labelCount = 0; // only counted without keepSamples
    double m_valueSum = 0; // only summed without keepSamples

    SymbolTable m_symbols;
    const char *m_lineStart = nullptr;
    qint64 m_line = 0;
    bool m_eofSeen = false;
    bool m_inExemplar = false; // errors inside an exemplar say so
    bool m_familiesReopened = false;
    std::uint32_t m_lastFamily = UINT32_MAX;

    std::vector<std::uint32_t> m_familyOfSymbol; // family index + 1 for a family's own name
    // Resolution of a sample name to its family, valid while no metadata line changed families.
    std::vector<std::uint64_t> m_resolvedFamily; // (generation << 32) | family
    std::uint32_t m_generation = 1;
    // Duplicate-label check in O(1) per label: the sample number that last used each name.
    std::vector<std::uint32_t> m_labelSeenInSample;
    std::uint32_t m_sampleStamp = 0;

    ParseError m_error;
};

void ExpositionParserRun::fail(const char *at, std::string reason)
{
    if (m_inExemplar && reason.rfind("invalid exemplar", 0) != 0) {
        reason = "invalid exemplar: " + reason;
    }
    m_error.line = m_line;
    m_error.column = utf8CharacterCount(m_lineStart, at) + 1;
    m_error.reason = QString::fromStdString(reason);
    throw Error {};
}

void ExpositionParserRun::failUnexpected(const char *at, std::string_view expected)
{
    // Name the byte a person would look for; the generic message only for printable ASCII.
    const char *lineEnd = static_cast<const char *>(std::memchr(at, '\n', std::size_t(m_end - at)));
    if (!lineEnd) {
        lineEnd = m_end;
    }
    if (at >= lineEnd) {
        fail(at, std::string("unexpected end of line, expected ") + std::string(expected));
    }
    const auto c = static_cast<unsigned char>(*at);
    if (c == 0) {
        fail(at, "NUL byte");
    }
    if (c == '\r') {
        fail(at, "unexpected character carriage return (CR): lines must end with LF only");
    }
    if (c >= 0x80) {
        if (const char *bad = firstInvalidUtf8(at, lineEnd); bad == at) {
            fail(at, "invalid UTF-8");
        }
        fail(at, std::string("unexpected character (non-ASCII), expected ") + std::string(expected));
    }
    if (c < 0x20 || c == 0x7f) {
        fail(at,
            "unexpected character (control character " + std::to_string(int(c)) + "), expected "
                + std::string(expected));
    }
    fail(at, std::string("unexpected character '") + char(c) + "', expected " + std::string(expected));
}

// A character that people put inside names ("http-requests", "a.b", "métrica") is reported as a
// bad name rather than as a missing separator.
void ExpositionParserRun::failIfNameContinues(const char *p, const char *lineEnd, std::string_view kind)
{
    const auto c = static_cast<unsigned char>(*p);
    const bool nameLike = c == '-' || c == '.' || c == '/' || (kind == "label" && c == ':');
    if (c >= 0x80) {
        if (utf8SequenceLength(p, lineEnd) == 0) {
            fail(p, "invalid UTF-8");
        }
    } else if (!nameLike) {
        return;
    }
    fail(p,
        "invalid " + std::string(kind) + " name: names are made of ASCII letters, digits"
            + (kind == "metric" ? ", '_' and ':'" : " and '_'"));
}

// Text format: one or more blanks. OpenMetrics: exactly one space.
const char *ExpositionParserRun::expectSeparator(const char *p, const char *lineEnd, std::string_view what)
{
    if (p >= lineEnd || (m_openMetrics ? *p != ' ' : !isBlank(*p))) {
        failUnexpected(p, what);
    }
    if (m_openMetrics) {
        ++p;
        if (p < lineEnd && isBlank(*p)) {
            fail(p, "unexpected character ' ': OpenMetrics separates fields with exactly one space");
        }
        return p;
    }
    return skipBlanks(p, lineEnd);
}

// NUL, CR and malformed UTF-8 get their own message wherever a token holds them.
void ExpositionParserRun::failOnBadBytes(const char *from, const char *to)
{
    for (const char *c = from; c < to;) {
        if (*c == 0 || *c == '\r') {
            failUnexpected(c, "a number");
        }
        const int length = utf8SequenceLength(c, to);
        if (length == 0) {
            fail(c, "invalid UTF-8");
        }
        c += length;
    }
}

void ExpositionParserRun::validateText(const char *from, const char *to)
{
    if (indexed(from, to)) {
        // Long texts (HELP, comments) are mostly ASCII without NUL: the index says so without
        // looking at their bytes; anything else takes the checks below, which name the byte.
        const char *p = from;
        for (;;) {
            p = nextIndexed<&ByteScan::Block::valueStop>(p, to);
            if (p == to) {
                return;
            }
            if (*p != '"' && *p != '\\') {
                break;
            }
            ++p;
        }
    }
    if (const void *nul = std::memchr(from, 0, std::size_t(to - from))) {
        fail(static_cast<const char *>(nul), "NUL byte");
    }
    if (const char *bad = firstInvalidUtf8(from, to); bad != to) {
        fail(bad, "invalid UTF-8");
    }
}

void ExpositionParserRun::checkInputSize(std::int64_t size)
{
    if (size > m_limits.maxBodyBytes) {
        m_lineStart = m_begin;
        m_line = 1;
        fail(m_begin,
            "body too large: " + std::to_string(size) + " bytes, the limit is "
                + std::to_string(m_limits.maxBodyBytes));
    }
    // The document addresses the input with 32-bit offsets.
    if (std::uint64_t(size) > std::uint64_t(UINT32_MAX)) {
        m_lineStart = m_begin;
        m_line = 1;
        fail(m_begin,
            "input too large: " + std::to_string(size) + " bytes, the parser reads at most "
                + std::to_string(UINT32_MAX));
    }
    if (m_end - m_begin >= 3 && std::memcmp(m_begin, "\xEF\xBB\xBF", 3) == 0) {
        m_lineStart = m_begin;
        m_line = 1;
        fail(m_begin,
            "byte order mark (U+FEFF) at the start: the exposition format is UTF-8 without a BOM; "
            "save the file without it");
    }
}

// Stage one over the next chunk, from a line's start.
void ExpositionParserRun::buildIndex(const char *from)
{
    const auto size = std::min(m_indexChunkBytes, std::size_t(m_end - from));
    m_blocks.resize((size + ByteScan::blockBytes - 1) / ByteScan::blockBytes);
    m_index(from, size, m_blocks.data());
    m_indexBase = from;
    m_indexEnd = from + size;
}

// The '\n' that ends the line starting at p, or null. With the index, a line that does not end
// inside the chunk gets a chunk of its own from its start; one longer than a chunk is found by
// memchr and scanned without the index.
const char *ExpositionParserRun::findNewline(const char *p)
{
    if (!m_index) {
        return static_cast<const char *>(std::memchr(p, '\n', std::size_t(m_end - p)));
    }
    if (p < m_indexBase || p >= m_indexEnd) {
        buildIndex(p);
    }
    const char *newline = nextIndexed<&ByteScan::Block::newline>(p, m_indexEnd);
    if (newline == m_indexEnd && m_indexEnd < m_end && p != m_indexBase) {
        buildIndex(p);
        newline = nextIndexed<&ByteScan::Block::newline>(p, m_indexEnd);
    }
    if (newline < m_indexEnd) {
        return newline;
    }
    if (m_indexEnd == m_end) {
        return nullptr;
    }
    return static_cast<const char *>(std::memchr(m_indexEnd, '\n', std::size_t(m_end - m_indexEnd)));
}

const char *ExpositionParserRun::nextBackslash(const char *p, const char *end) const
{
    if (indexed(p, end)) {
        for (;;) {
            p = nextIndexed<&ByteScan::Block::valueStop>(p, end);
            if (p == end || *p == '\\') {
                return p;
            }
            ++p;
        }
    }
    while (p < end && *p != '\\') {
        ++p;
    }
    return p;
}

// Parses the lines of [p, m_end) and returns where the unparsed rest begins: a last line without
// its '\n' is left for the next window unless this is the end of the input (`final`).
const char *ExpositionParserRun::parseLines(const char *p, bool final)
{
    while (p < m_end) {
        const char *newline = findNewline(p);
        if (!newline && !final && m_end - p <= m_limits.maxLineBytes) {
            return p;
        }
        ++m_line;
        m_lineStart = p;
        const char *lineEnd = newline ? newline : m_end;
        if (lineEnd - p > m_limits.maxLineBytes) {
            fail(p + m_limits.maxLineBytes,
                "line too long: the limit is " + std::to_string(m_limits.maxLineBytes) + " bytes");
        }
        if (m_eofSeen) {
            fail(p, "data after # EOF");
        }
        parseLine(p, lineEnd);
        p = newline ? newline + 1 : m_end;
    }
    return p;
}

// After the last line; [m_begin, m_end) holds at least the input's last line.
void ExpositionParserRun::finishInput()
{
    if (m_openMetrics && !m_eofSeen) {
        if (m_begin == m_end || m_end[-1] == '\n') {
            ++m_line; // the line where '# EOF' should have been
            m_lineStart = m_end;
        }
        fail(m_end, "missing # EOF: an OpenMetrics exposition must end with a '# EOF' line");
    }
    finish();
}

ExpositionParser::Result ExpositionParserRun::run()
{
    try {
        checkInputSize(m_end - m_begin);
        if (m_keepSamples) {
            reserveStorage();
        }
        parseLines(m_begin, true);
        finishInput();
    } catch (const Error &) {
        return { nullptr, m_error };
    }
    return { std::move(m_document), {} };
}

ExpositionParser::StreamCount ExpositionParserRun::runStream(
    const ExpositionParser::Reader &read, std::int64_t inputSize, std::size_t windowBytes)
{
    using Outcome = ExpositionParser::StreamCount::Outcome;
    // Room for the byte order mark's three bytes in the first window, whatever the window size.
    std::size_t capacity = std::max<std::size_t>(windowBytes, 4);
    auto buffer = std::make_unique_for_overwrite<char[]>(capacity);
    std::size_t filled = 0;
    bool atEnd = false;
    bool first = true;
    try {
        for (;;) {
            while (filled < capacity && !atEnd) {
                const std::int64_t got = read(buffer.get() + filled, std::int64_t(capacity - filled));
                if (got < 0) {
                    return { Outcome::ReadFailed, std::nullopt, {} };
                }
                atEnd = got == 0;
                filled += std::size_t(got);
            }
            m_begin = buffer.get();
            m_end = m_begin + filled;
            m_indexBase = m_indexEnd = nullptr; // the window moved: index it again
            // Label values without escapes are offsets into the window (the exemplar check reads them).
            m_document->m_input = QByteArray::fromRawData(m_begin, qsizetype(filled));
            if (first) {
                checkInputSize(inputSize);
                first = false;
            }
            const char *rest = parseLines(m_begin, atEnd);
            if (atEnd) {
                break;
            }
            const auto kept = std::size_t(m_end - rest);
            if (kept == capacity) {
                // One line fills the window: a larger window (a line is at most maxLineBytes).
                capacity *= 2;
                auto larger = std::make_unique_for_overwrite<char[]>(capacity);
                std::memcpy(larger.get(), buffer.get(), kept);
                buffer = std::move(larger);
            } else {
                std::memmove(buffer.get(), rest, kept);
            }
            filled = kept;
        }
        finishInput();
    } catch (const Error &) {
        return { Outcome::Refused, std::nullopt, m_error };
    }
    if (m_familiesReopened) {
        return { Outcome::NeedsWholeInput, std::nullopt, {} };
    }
    return { Outcome::Counted, counts(*m_document), {} };
}

void ExpositionParserRun::parseLine(const char *p, const char *lineEnd)
{
    if (p == lineEnd) {
        if (m_openMetrics) {
            fail(p, "empty line: OpenMetrics does not allow blank lines");
        }
        return;
    }
    if (isBlank(*p)) {
        if (m_openMetrics) {
            failUnexpected(p, "a metric name: OpenMetrics lines cannot start with blanks");
        }
        // The text format tolerates indentation and lines of blanks.
        p = skipBlanks(p, lineEnd);
        if (p == lineEnd) {
            return;
        }
    }
    if (*p == '#') {
        parseComment(p, lineEnd);
    } else {
        parseSample(p, lineEnd);
    }
}

const char *ExpositionParserRun::parseMetricName(const char *p, const char *lineEnd, std::string_view &name)
{
    const char *start = p;
    if (p >= lineEnd || !hasClass(*p, MetricNameStart)) {
        if (p < lineEnd && (*p == 0 || static_cast<unsigned char>(*p) >= 0x80 || *p == '\r')) {
            failUnexpected(p, "a metric name");
        }
        fail(p,
            p < lineEnd ? std::string("invalid metric name: it cannot start with '") + *p + "'"
                        : std::string("invalid metric name: missing"));
    }
    p = skipNameChars(p, lineEnd, MetricNameChar);
    name = std::string_view(start, std::size_t(p - start));
    checkNameEnd(p, lineEnd, "metric");
    return p;
}

void ExpositionParserRun::parseComment(const char *p, const char *lineEnd)
{
    const char *hash = p;
    ++p; // '#'
    if (m_openMetrics) {
        const std::string_view rest(p, std::size_t(lineEnd - p));
        if (rest.substr(0, 4) == " EOF") {
            if (rest.size() > 4) {
                fail(p + 4, "data after # EOF");
            }
            m_eofSeen = true;
            return;
        }
        if (rest.size() < 5 || rest[0] != ' '
            || (rest.substr(1, 4) != "HELP" && rest.substr(1, 4) != "TYPE" && rest.substr(1, 4) != "UNIT")) {
            validateText(p, lineEnd);
            fail(hash,
                "unexpected character '#': OpenMetrics has no comments besides '# HELP', '# TYPE', "
                "'# UNIT' and '# EOF'");
        }
        if (rest.size() == 5 || rest[5] != ' ') {
            fail(p + 5, "invalid " + std::string(rest.substr(1, 4)) + ": expected a space and a metric name");
        }
        ++p;
    } else {
        p = skipBlanks(p, lineEnd);
    }

    const std::string_view rest(p, std::size_t(lineEnd - p));
    const auto keyword = rest.substr(0, 4);
    const bool isMetadata = (keyword == "HELP" || keyword == "TYPE" || keyword == "UNIT")
        && (rest.size() == 4 || isBlank(rest[4])) && (m_openMetrics || keyword != "UNIT");
    if (!isMetadata) {
        validateText(p, lineEnd); // any other comment is ignored, but it must still be text
        return;
    }
    p += 4;
    if (m_openMetrics) {
        ++p;
    } else {
        p = skipBlanks(p, lineEnd);
        if (p == lineEnd) {
            return; // "# HELP" with nothing after it is only a comment to Prometheus
        }
    }
    std::string_view name;
    p = parseMetricName(p, lineEnd, name);
    ExpositionFamily &family = familyForMetadata(name);
    const std::string familyName(name);

    if (keyword == "HELP") {
        if (family.hasHelp) {
            fail(hash, "duplicate HELP for '" + familyName + "'");
        }
        if (p < lineEnd || m_openMetrics) {
            // Exactly one separator: any further blanks belong to the text, as in Prometheus.
            if (p >= lineEnd || (m_openMetrics ? *p != ' ' : !isBlank(*p))) {
                if (m_openMetrics && (p >= lineEnd || isBlank(*p))) {
                    fail(p, "invalid HELP: OpenMetrics needs one space and the text after the name");
                }
                failUnexpected(p, "a space before the help text");
            }
            ++p;
        }
        validateText(p, lineEnd);
        appendUnescaped(p, lineEnd, m_openMetrics ? "\\\"n" : "\\n", family.helpOffset, family.helpSize);
        family.hasHelp = true;
        return;
    }

    // One separator, then the word up to the end of the line: Prometheus accepts nothing else.
    if (p >= lineEnd) {
        fail(p,
            keyword == "TYPE" ? "unknown metric type: the TYPE line names no type"
                              : "invalid UNIT: the UNIT line names no unit");
    }
    if (m_openMetrics ? *p != ' ' : !isBlank(*p)) {
        failUnexpected(p, keyword == "TYPE" ? "a space before the type" : "a space before the unit");
    }
    ++p;
    const char *wordStart = p;
    while (p < lineEnd && !isBlank(*p) && *p != 0) {
        ++p;
    }
    const std::string_view word(wordStart, std::size_t(p - wordStart));
    if (p != lineEnd && keyword == "UNIT") {
        failUnexpected(p, "the end of the line");
    }
    if (p != lineEnd && *p == 0) {
        failUnexpected(p, "a metric type");
    }
    if (p != lineEnd) {
        fail(p,
            "unknown metric type '" + std::string(wordStart, std::size_t(lineEnd - wordStart))
                + "': trailing characters after the type");
    }

    if (keyword == "UNIT") {
        if (family.hasUnit) {
            fail(hash, "duplicate UNIT for '" + familyName + "'");
        }
        for (const char *c = wordStart; c < p; ++c) {
            if (!hasClass(*c, MetricNameChar)) {
                failUnexpected(c, "a unit made of letters, digits, '_' and ':'");
            }
        }
        if (!word.empty() && !endsWith(name, std::string("_") + std::string(word))) {
            fail(wordStart,
                "invalid UNIT '" + std::string(word) + "': the family name '" + familyName + "' must end with _"
                    + std::string(word));
        }
        appendUnescaped(wordStart, p, "", family.unitOffset, family.unitSize);
        family.hasUnit = true;
        return;
    }

    // TYPE
    if (family.typeDeclared) {
        fail(hash, "duplicate TYPE for '" + familyName + "'");
    }
    if (family.sampleCount > 0) {
        fail(hash, "TYPE after samples: the TYPE line for '" + familyName + "' must come before its first sample");
    }
    const auto type = metricTypeFromName(word, m_format);
    if (!type) {
        fail(wordStart,
            "unknown metric type '" + std::string(word) + "'"
                + (m_openMetrics ? std::string(" (OpenMetrics: counter, gauge, histogram, gaugehistogram, "
                                               "summary, info, stateset, unknown)")
                                 : std::string(" (counter, gauge, histogram, summary, untyped)")));
    }
    family.type = *type;
    family.typeDeclared = true;
    ++m_generation; // sample names may now resolve to this family
}

ExpositionFamily &ExpositionParserRun::familyForMetadata(std::string_view name)
{
    const SymbolId id = m_symbols.intern(name);
    std::uint32_t index = familyNamed(id);
    if (index == UINT32_MAX) {
        index = std::uint32_t(m_document->m_families.size());
        ExpositionFamily family;
        family.name = id;
        m_document->m_families.push_back(family);
        m_familyOfSymbol[id] = index + 1;
        ++m_generation;
    } else if (m_openMetrics && index != m_lastFamily && m_document->m_families[index].sampleCount > 0) {
        fail(m_lineStart,
            "metadata for '" + std::string(name) + "' after its samples: OpenMetrics families must not be interleaved");
    }
    return m_document->m_families[index];
}

std::uint32_t ExpositionParserRun::familyNamed(SymbolId name)
{
    if (name >= m_familyOfSymbol.size()) {
        m_familyOfSymbol.resize(std::max<std::size_t>(name + 1, m_familyOfSymbol.size() * 2), 0);
    }
    return m_familyOfSymbol[name] - 1; // UINT32_MAX when none
}

std::uint32_t ExpositionParserRun::resolveFamily(SymbolId name, std::string_view nameText, bool hasLe)
{
    if (name < m_resolvedFamily.size() && (m_resolvedFamily[name] >> 32) == m_generation) {
        return std::uint32_t(m_resolvedFamily[name]);
    }
    auto &families = m_document->m_families;
    std::uint32_t resolved = familyNamed(name);
    if (resolved == UINT32_MAX) {
        for (const std::string_view suffix : familySuffixes) {
            if (!endsWith(nameText, suffix)) {
                continue;
            }
            const auto base = m_symbols.find(nameText.substr(0, nameText.size() - suffix.size()));
            if (!base) {
                continue;
            }
            const std::uint32_t candidate = familyNamed(*base);
            if (candidate == UINT32_MAX) {
                continue;
            }
            ExpositionFamily &family = families[candidate];
            if (typeOwnsSuffix(family.type, family.typeDeclared, suffix)) {
                resolved = candidate;
            } else if (suffix == "_bucket" && hasLe && family.type == MetricType::Untyped && !family.typeDeclared
                && family.sampleCount == 0) {
                family.type = MetricType::Histogram; // HELP only, no TYPE: buckets say what it is
                resolved = candidate;
            }
            break;
        }
    }
    if (resolved == UINT32_MAX) {
        ExpositionFamily family;
        if (hasLe && endsWith(nameText, "_bucket")) {
            // Appclacks' documented output has no TYPE lines: `X_bucket` with `le` is histogram X.
            family.name = m_symbols.intern(nameText.substr(0, nameText.size() - 7));
            family.type = MetricType::Histogram;
        } else {
            family.name = name;
        }
        resolved = std::uint32_t(families.size());
        families.push_back(family);
        familyNamed(family.name);
        m_familyOfSymbol[family.name] = resolved + 1;
        ++m_generation;
    }
    if (name >= m_resolvedFamily.size()) {
        m_resolvedFamily.resize(std::max<std::size_t>(name + 1, m_resolvedFamily.size() * 2), 0);
    }
    m_resolvedFamily[name] = (std::uint64_t(m_generation) << 32) | resolved;
    return resolved;
}

void ExpositionParserRun::parseSample(const char *p, const char *lineEnd)
{
    auto &document = *m_document;
    if (std::int64_t(m_sampleCount) >= m_limits.maxSamples) {
        fail(p, "too many samples: the limit is " + std::to_string(m_limits.maxSamples));
    }
    std::string_view name;
    p = parseMetricName(p, lineEnd, name);
    const SymbolId nameId = m_symbols.intern(name);

    ExpositionSample sample;
    sample.name = nameId;
    sample.firstLabel = std::uint32_t(document.m_labels.size());
    const std::size_t unescapedBefore = document.m_unescaped.size();
    ++m_sampleStamp;

    bool hasLe = false;
    const char *afterName = p;
    if (!m_openMetrics) {
        p = skipBlanks(p, lineEnd);
    }
    if (p < lineEnd && *p == '{') {
        p = parseLabels(p, lineEnd, hasLe);
        afterName = nullptr;
    }
    sample.labelCount = std::uint16_t(document.m_labels.size() - sample.firstLabel);

    if (p >= lineEnd) {
        fail(p, "missing value");
    }
    if (m_openMetrics) {
        p = expectSeparator(p, lineEnd, "a space before the value");
    } else if (afterName) {
        if (p == afterName) {
            if (p >= lineEnd) {
                fail(p, "missing value");
            }
            failUnexpected(p, "a space before the value");
        }
    } else {
        p = skipBlanks(p, lineEnd); // the text format needs no blank after '}'
    }
    const char *valueStart = p;
    while (p < lineEnd && *p != ' ' && !(!m_openMetrics && *p == '\t')) {
        ++p;
    }
    const std::string_view valueToken(valueStart, std::size_t(p - valueStart));
    if (valueToken.empty()) {
        fail(valueStart, "missing value");
    }
    if (*valueStart == '{' || *valueStart == '}') {
        failUnexpected(valueStart, "a value");
    }
    const ParsedNumber value = parsePrometheusFloat(valueToken);
    if (value.error != NumberError::None) {
        failOnBadBytes(valueStart, p);
        fail(valueStart,
            "invalid value '" + std::string(valueToken) + "'"
                + (value.error == NumberError::OutOfRange ? ": out of range" : ": not a number"));
    }
    sample.value = value.value;

    // After the value: [timestamp] and, in OpenMetrics, an exemplar, each after one separator.
    bool timestampDone = false;
    while (p < lineEnd) {
        const char *separator = p;
        p = expectSeparator(p, lineEnd, "the end of the line");
        if (p >= lineEnd) {
            if (m_openMetrics) {
                fail(separator, "unexpected character ' ' at the end of the line");
            }
            break;
        }
        if (m_openMetrics && *p == '#') {
            if (!endsWith(name, "_total") && !endsWith(name, "_bucket")) {
                fail(p, "invalid exemplar: only counters (_total) and histogram buckets (_bucket) carry exemplars");
            }
            p = parseExemplar(p, lineEnd);
            sample.hasExemplar = true;
            break;
        }
        if (timestampDone) {
            failUnexpected(p, "the end of the line");
        }
        p = parseTimestamp(p, lineEnd, sample);
        timestampDone = true;
    }

    sample.family = resolveFamily(nameId, name, hasLe);
    ExpositionFamily &family = document.m_families[sample.family];
    if (sample.family != m_lastFamily) {
        if (family.sampleCount > 0 && m_openMetrics) {
            fail(m_lineStart,
                "samples of '" + std::string(m_symbols.view(family.name))
                    + "' after another family: OpenMetrics families must not be interleaved");
        }
        // Samples are stored family by family; input that comes back to a family, or whose
        // metadata came before another family's samples, needs one reordering at the end.
        if (m_lastFamily != UINT32_MAX && sample.family < m_lastFamily) {
            m_familiesReopened = true;
        }
        m_lastFamily = sample.family;
    }
    ++family.sampleCount;
    ++m_sampleCount;
    if (m_keepSamples) {
        document.m_samples.push_back(sample);
        return;
    }
    m_labelCount += sample.labelCount;
    document.m_labels.clear();
    document.m_unescaped.resize(unescapedBefore);
    if (std::isfinite(sample.value)) {
        m_valueSum += sample.value; // in input order: the document's order unless families were reopened
    }
}

const char *ExpositionParserRun::parseTimestamp(const char *p, const char *lineEnd, ExpositionSample &sample)
{
    const char *tsStart = p;
    while (p < lineEnd && !isBlank(*p)) {
        ++p;
    }
    const std::string_view token(tsStart, std::size_t(p - tsStart));
    failOnBadBytes(tsStart, p);
    const char first = *tsStart;
    if (!(first == '-' || first == '+' || first == '.' || hasClass(first, MetricNameChar))) {
        failUnexpected(tsStart, "a timestamp");
    }
    if (m_openMetrics) {
        const ParsedNumber seconds = parsePrometheusFloat(token);
        if (seconds.error != NumberError::None || !std::isfinite(seconds.value)) {
            fail(tsStart, "invalid timestamp '" + std::string(token) + "': expected seconds");
        }
        const double milliseconds = seconds.value * 1000.0;
        if (!(std::fabs(milliseconds) < 9.2e18)) {
            fail(tsStart, "invalid timestamp '" + std::string(token) + "': out of range");
        }
        sample.timestampMs = std::int64_t(milliseconds); // truncated, as Prometheus does
    } else {
        const auto ms = parseMillisecondTimestamp(token);
        if (!ms) {
            fail(tsStart, "invalid timestamp '" + std::string(token) + "': expected integer milliseconds");
        }
        sample.timestampMs = *ms;
    }
    sample.hasTimestamp = true;
    return p;
}

const char *ExpositionParserRun::parseLabels(const char *p, const char *lineEnd, bool &hasLe)
{
    auto &labels = m_document->m_labels;
    ++p; // '{'
    int count = 0;
    for (;;) {
        if (!m_openMetrics) {
            p = skipBlanks(p, lineEnd);
        }
        if (p < lineEnd && *p == '}' && !(m_openMetrics && p[-1] == ',')) {
            return p + 1;
        }
        const char *nameStart = p;
        if (p >= lineEnd) {
            fail(p, "expected ',' or '}': the label set is not closed");
        }
        if (!hasClass(*p, LabelNameStart)) {
            if (*p == 0 || *p == '\r' || isBlank(*p)) {
                failUnexpected(p, "a label name");
            }
            if (static_cast<unsigned char>(*p) >= 0x80 && utf8SequenceLength(p, lineEnd) == 0) {
                fail(p, "invalid UTF-8");
            }
            if (*p == '}') {
                fail(p, "invalid label name: OpenMetrics does not allow a trailing ',' in a label set");
            }
            fail(p,
                "invalid label name: it cannot start with '"
                    + std::string(p, std::size_t(utf8SequenceLength(p, lineEnd))) + "'");
        }
        p = skipNameChars(p, lineEnd, LabelNameChar);
        checkNameEnd(p, lineEnd, "label");
        const std::string_view labelName(nameStart, std::size_t(p - nameStart));
        if (std::int64_t(labelName.size()) > m_limits.maxLabelNameBytes) {
            fail(nameStart,
                "label name too long: the limit is " + std::to_string(m_limits.maxLabelNameBytes) + " bytes");
        }
        if (labelName == "__name__") {
            fail(nameStart, "reserved label name __name__: the metric name goes before the braces");
        }
        if (++count > m_limits.maxLabelsPerSample) {
            fail(nameStart,
                "too many labels: the limit is " + std::to_string(m_limits.maxLabelsPerSample) + " per sample");
        }
        if (!m_openMetrics) {
            p = skipBlanks(p, lineEnd);
        }
        if (p >= lineEnd || *p != '=') {
            if (p < lineEnd && (*p == 0 || *p == '\r' || isBlank(*p))) {
                failUnexpected(p, "'=' after the label name");
            }
            fail(p, std::string("expected '=' after label name '") + std::string(labelName) + "'");
        }
        ++p;
        if (!m_openMetrics) {
            p = skipBlanks(p, lineEnd);
        }
        if (p >= lineEnd || *p != '"') {
            if (p < lineEnd && (*p == '\'' || *p == '`')) {
                fail(p, "label value must be double-quoted");
            }
            if (p >= lineEnd) {
                fail(p, "unterminated label value: missing '\"'");
            }
            fail(p, "label value must be double-quoted");
        }

        const SymbolId nameId = m_symbols.intern(labelName);
        if (nameId >= m_labelSeenInSample.size()) {
            m_labelSeenInSample.resize(std::max<std::size_t>(nameId + 1, m_labelSeenInSample.size() * 2), 0);
        }
        if (m_labelSeenInSample[nameId] == m_sampleStamp) {
            fail(nameStart, "duplicate label name '" + std::string(labelName) + "'");
        }
        m_labelSeenInSample[nameId] = m_sampleStamp;
        if (labelName == "le") {
            hasLe = true;
        }

        ExpositionLabel label;
        label.name = nameId;
        p = parseQuotedValue(p, lineEnd, label.valueOffset, label.valueSizeAndOrigin);
        labels.push_back(label);

        if (!m_openMetrics) {
            p = skipBlanks(p, lineEnd);
        }
        if (p < lineEnd && *p == ',') {
            ++p;
            continue;
        }
        if (p < lineEnd && *p == '}') {
            return p + 1;
        }
        if (p >= lineEnd) {
            fail(p, "expected ',' or '}': the label set is not closed");
        }
        if (!m_openMetrics && hasClass(*p, LabelNameStart)) {
            continue; // Prometheus's text parser does not insist on the comma between pairs
        }
        if (*p == 0 || *p == '\r' || static_cast<unsigned char>(*p) >= 0x80) {
            failUnexpected(p, "',' or '}'");
        }
        fail(p, std::string("expected ',' or '}' after a label value, found '") + *p + "'");
    }
}

// p is at the opening quote. Values without escapes stay views into the input.
const char *ExpositionParserRun::parseQuotedValue(
    const char *p, const char *lineEnd, std::uint32_t &offset, std::uint32_t &size)
{
    const char *quote = p;
    const char *start = ++p;
    bool escaped = false;
    for (;;) {
        p = skipPlainValue(p, lineEnd);
        if (p >= lineEnd) {
            fail(quote, "unterminated label value: no closing '\"' on this line");
        }
        const char c = *p;
        if (c == '"') {
            break;
        }
        if (c == '\\') {
            if (p + 1 >= lineEnd) {
                fail(quote, "unterminated label value: no closing '\"' on this line");
            }
            const char next = p[1];
            if (next != '\\' && next != '"' && next != 'n') {
                if (next == 0 || static_cast<unsigned char>(next) >= 0x80) {
                    failUnexpected(p + 1, "an escape sequence");
                }
                fail(p,
                    std::string("unknown escape sequence '\\") + next
                        + "' in label value (only \\\\, \\\" and \\n are allowed)");
            }
            escaped = true;
            p += 2;
            continue;
        }
        if (c == 0) {
            fail(p, "NUL byte");
        }
        // Non-ASCII: validate one UTF-8 sequence, then go on scanning.
        const int length = utf8SequenceLength(p, lineEnd);
        if (length <= 0) {
            fail(p, "invalid UTF-8");
        }
        p += length;
    }
    const std::int64_t rawSize = p - start;
    if (rawSize > m_limits.maxLabelValueBytes) {
        fail(start, "label value too long: the limit is " + std::to_string(m_limits.maxLabelValueBytes) + " bytes");
    }
    if (escaped) {
        appendUnescaped(start, p, "\\\"n", offset, size);
        size |= ExpositionDocument::unescapedFlag;
    } else {
        offset = std::uint32_t(start - m_begin);
        size = std::uint32_t(rawSize);
    }
    return p + 1;
}

// Copies [from, to) into the document's own storage, resolving the escapes named in `allowed`
// ('\\' always, '"' and 'n' where the context allows them).
void ExpositionParserRun::appendUnescaped(
    const char *from, const char *to, const char *allowed, std::uint32_t &offset, std::uint32_t &size)
{
    std::string &out = m_document->m_unescaped;
    offset = std::uint32_t(out.size());
    const char *run = from;
    for (const char *p = nextBackslash(from, to); p < to; p = nextBackslash(p, to)) {
        out.append(run, std::size_t(p - run));
        const char next = p + 1 < to ? p[1] : '\0';
        if (next == 0 || !std::strchr(allowed, next)) {
            fail(p,
                next == 0 ? std::string("unknown escape sequence: '\\' at the end of the text")
                          : std::string("unknown escape sequence '\\") + next + "'");
        }
        out += next == 'n' ? '\n' : next;
        p += 2;
        run = p;
    }
    out.append(run, std::size_t(to - run));
    size = std::uint32_t(out.size() - offset);
}

// OpenMetrics: " # {labels} value [timestamp]" after a sample. Validated, not kept.
const char *ExpositionParserRun::parseExemplar(const char *p, const char *lineEnd)
{
    const char *start = p;
    if (p + 1 >= lineEnd || p[1] != ' ' || p + 2 >= lineEnd || p[2] != '{') {
        fail(start, "invalid exemplar: expected '# {labels} value'");
    }
    m_inExemplar = true;
    p += 2;
    const std::size_t labelsBefore = m_document->m_labels.size();
    ++m_sampleStamp;
    bool hasLe = false;
    p = parseLabels(p, lineEnd, hasLe);
    std::size_t runes = 0;
    for (std::size_t i = labelsBefore; i < m_document->m_labels.size(); ++i) {
        const ExpositionLabel &label = m_document->m_labels[i];
        const std::string_view value = m_document->labelValue(label);
        runes += m_symbols.view(label.name).size() + utf8CharacterCount(value.data(), value.data() + value.size());
    }
    m_document->m_labels.resize(labelsBefore);
    if (runes > 128) {
        fail(start, "invalid exemplar: its labels hold " + std::to_string(runes) + " characters, the limit is 128");
    }
    if (p >= lineEnd || *p != ' ') {
        fail(p, "invalid exemplar: expected a space and a value after its labels");
    }
    ++p;
    const char *valueStart = p;
    while (p < lineEnd && *p != ' ') {
        ++p;
    }
    if (parsePrometheusFloat(std::string_view(valueStart, std::size_t(p - valueStart))).error != NumberError::None) {
        fail(valueStart, "invalid exemplar value '" + std::string(valueStart, std::size_t(p - valueStart)) + "'");
    }
    if (p < lineEnd) {
        ++p;
        const char *tsStart = p;
        while (p < lineEnd && *p != ' ') {
            ++p;
        }
        const ParsedNumber ts = parsePrometheusFloat(std::string_view(tsStart, std::size_t(p - tsStart)));
        if (ts.error != NumberError::None || !std::isfinite(ts.value)) {
            fail(tsStart, "invalid exemplar timestamp '" + std::string(tsStart, std::size_t(p - tsStart)) + "'");
        }
        if (p < lineEnd) {
            failUnexpected(p, "the end of the line after the exemplar");
        }
    }
    m_inExemplar = false;
    return p;
}

// Sizes the sample and label arrays once, from the sample lines and labels per sample line of the
// first 256 KiB: growing them by doubling would briefly need the old and the new array together.
// The estimate errs high on purpose (capacity never written costs address space, not memory), but
// never beyond what the input can hold: a sample line takes at least 4 bytes ("a 1\n"), a label
// at least 5 ("a=\"\","), so that blank lines or comments reserve nothing.
void ExpositionParserRun::reserveStorage()
{
    const std::ptrdiff_t size = m_end - m_begin;
    const char *prefixEnd = m_begin + std::min<std::ptrdiff_t>(size, std::ptrdiff_t(256) * 1024);
    std::size_t prefixSamples = 0;
    std::size_t prefixLabels = 0;
    for (const char *p = m_begin; p < prefixEnd;) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', std::size_t(prefixEnd - p)));
        const char *lineEnd = newline ? newline : prefixEnd;
        const char *first = skipBlanks(p, lineEnd);
        if (first < lineEnd && *first != '#') {
            ++prefixSamples;
            prefixLabels += std::size_t(std::count(first, lineEnd, '='));
        }
        p = lineEnd + 1;
    }
    const double scale = double(size) / double(std::max<std::ptrdiff_t>(1, prefixEnd - m_begin)) * 1.15;
    const auto bounded = [](double estimate, std::size_t most) { return std::min(std::size_t(estimate), most) + 16; };
    auto &samples = m_document->m_samples;
    auto &labels = m_document->m_labels;
    samples.reserve(bounded(double(prefixSamples) * scale, std::size_t(size) / 4));
    labels.reserve(bounded(double(prefixLabels) * scale, std::size_t(size) / 5));
    adviseLargePages(samples.data(), samples.capacity() * sizeof(ExpositionSample));
    adviseLargePages(labels.data(), labels.capacity() * sizeof(ExpositionLabel));
}

void ExpositionParserRun::finish()
{
    auto &document = *m_document;
    if (m_familiesReopened) {
        // The text format lets a family's samples come back after another family's; keep each
        // family's samples together, in input order within the family.
        std::stable_sort(document.m_samples.begin(), document.m_samples.end(),
            [](const ExpositionSample &a, const ExpositionSample &b) { return a.family < b.family; });
    }
    std::uint32_t next = 0;
    for (ExpositionFamily &family : document.m_families) {
        family.firstSample = next;
        next += family.sampleCount;
    }
    document.m_symbols = m_symbols.takeViews();
}

namespace {

ExpositionParser::Scan scanOfKernel(ByteScan::Kernel kernel)
{
    switch (kernel) {
    case ByteScan::Kernel::Avx2:
        return ExpositionParser::Scan::Avx2;
    case ByteScan::Kernel::Vector128:
        return ExpositionParser::Scan::Vector128;
    case ByteScan::Kernel::Portable:
        break;
    }
    return ExpositionParser::Scan::Portable;
}

// Best: what APPCLACKS_PARSER_SCAN names, read once, or the fastest kernel the CPU runs.
ExpositionParser::Scan bestScan()
{
    static const ExpositionParser::Scan best = [] {
        const QByteArray forced = qgetenv("APPCLACKS_PARSER_SCAN");
        if (!forced.isEmpty()) {
            if (const auto scan = ExpositionParser::scanFromName(forced);
                scan && *scan != ExpositionParser::Scan::Best) {
                return *scan;
            }
            qCWarning(lcExposition) << "APPCLACKS_PARSER_SCAN: unknown scan" << forced
                                    << "(portable, sse2, neon, avx2): the fastest is used";
        }
        return scanOfKernel(ByteScan::bestKernel());
    }();
    return best;
}

ExpositionParser::Scan resolveScan(ExpositionParser::Scan scan)
{
    if (scan == ExpositionParser::Scan::Best) {
        scan = bestScan();
    }
    if (scan == ExpositionParser::Scan::Avx2 && !ByteScan::kernelAvailable(ByteScan::Kernel::Avx2)) {
        scan = ExpositionParser::Scan::Vector128;
    }
    if (scan == ExpositionParser::Scan::Vector128 && !ByteScan::kernelAvailable(ByteScan::Kernel::Vector128)) {
        scan = ExpositionParser::Scan::Portable;
    }
    return scan;
}

} // namespace

ExpositionParser::ExpositionParser(ParseLimits limits, Scan scan)
    : m_limits(limits)
    , m_scan(resolveScan(scan))
{ }

const char *ExpositionParser::scanName(Scan scan)
{
    switch (scan) {
    case Scan::Best:
        return "best";
    case Scan::Portable:
        return "portable";
    case Scan::Vector128:
#if defined(__ARM_NEON) && defined(__aarch64__)
        return "neon";
#else
        return "sse2";
#endif
    case Scan::Avx2:
        return "avx2";
    }
    return "?";
}

std::optional<ExpositionParser::Scan> ExpositionParser::scanFromName(QByteArrayView name)
{
    if (name == "best") {
        return Scan::Best;
    }
    if (name == "portable") {
        return Scan::Portable;
    }
    if (name == "sse2" || name == "neon") {
        return Scan::Vector128;
    }
    if (name == "avx2") {
        return Scan::Avx2;
    }
    return std::nullopt;
}

ExpositionParser::Result ExpositionParser::parse(const QByteArray &input, ExpositionFormat format) const
{
    ExpositionParserRun run(*this, input, format, true);
    Result result = run.run();
    if (!result.ok()) {
        qCDebug(lcExposition) << "refused:" << result.error.toString();
    }
    return result;
}

ExpositionParser::CountResult ExpositionParser::count(const QByteArray &input, ExpositionFormat format) const
{
    ExpositionParserRun run(*this, input, format, false);
    const Result result = run.run();
    if (!result.ok()) {
        qCDebug(lcExposition) << "refused:" << result.error.toString();
        return { std::nullopt, result.error };
    }
    if (!run.countsMatchDocumentOrder()) {
        // Rare (text-format families that come back after others): the document's sum adds the
        // samples family by family, which only the document itself can reproduce bit for bit.
        const Result full = parse(input, format);
        return { full.document->counts(), {} };
    }
    return { run.counts(*result.document), {} };
}

ExpositionParser::StreamCount ExpositionParser::countStream(
    const Reader &read, std::int64_t inputSize, ExpositionFormat format, std::size_t windowBytes) const
{
    ExpositionParserRun run(*this, format);
    StreamCount result = run.runStream(read, inputSize, windowBytes);
    if (result.outcome == StreamCount::Outcome::Refused) {
        qCDebug(lcExposition) << "refused:" << result.error.toString();
    }
    return result;
}

ExpositionFormat ExpositionParser::detectFormat(QByteArrayView input)
{
    QByteArrayView trimmed = input;
    if (trimmed.endsWith('\n')) {
        trimmed.chop(1);
    }
    return trimmed.endsWith("# EOF") && (trimmed.size() == 5 || trimmed.at(trimmed.size() - 6) == '\n')
        ? ExpositionFormat::OpenMetrics100
        : ExpositionFormat::Text004;
}

std::optional<ExpositionFormat> ExpositionParser::formatFromContentType(QByteArrayView contentType)
{
    const QByteArray mediaType = contentType.toByteArray().split(';').constFirst().trimmed().toLower();
    if (mediaType.isEmpty() || mediaType == "text/plain") {
        return ExpositionFormat::Text004;
    }
    if (mediaType == "application/openmetrics-text") {
        return ExpositionFormat::OpenMetrics100;
    }
    return std::nullopt;
}

} // namespace appclacks::core
