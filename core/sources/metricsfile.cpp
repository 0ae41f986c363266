// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/metricsfile.h"

#include "core/exposition/largepages.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <new>

namespace appclacks::core {

QByteArray MetricsFile::readAll(QIODevice &device, std::int64_t maxBytes)
{
    // One byte past the limit, so that an oversized file is refused rather than cut short.
    const std::int64_t most = maxBytes >= ParseLimits::unlimited - 1 ? ParseLimits::unlimited : maxBytes + 1;
    constexpr std::int64_t firstChunk = 64 * 1024;
    // A regular file says its size: one buffer of exactly that (plus the byte that sees the end),
    // read into directly. Pipes, standard input and files that grow meanwhile double the buffer.
    const std::int64_t expected = device.isSequential() ? 0 : std::max<std::int64_t>(0, device.size() - device.pos());
    QByteArray buffer(qsizetype(std::min(most, expected > 0 ? expected + 1 : firstChunk)), Qt::Uninitialized);
    adviseLargePages(buffer.data(), std::size_t(buffer.size()));
    std::int64_t filled = 0;
    for (;;) {
        if (filled == buffer.size()) {
            if (filled >= most) {
                break;
            }
            const std::int64_t grown = std::min(most, std::max(filled * 2, firstChunk));
            buffer.resize(qsizetype(grown));
            adviseLargePages(buffer.data() + filled, std::size_t(grown - filled));
        }
        const qint64 got = device.read(buffer.data() + filled, buffer.size() - filled);
        if (got <= 0) {
            break; // end of input, or an error the caller finds on the device
        }
        filled += got;
    }
    buffer.truncate(qsizetype(filled));
    return buffer;
}

// Reads `path` into `input`; on failure, fills `result` and returns false.
bool MetricsFile::read(const QString &path, const ParseLimits &limits, QByteArray &input, Result &result)
{
    const bool standardInput = path == QLatin1String("-");
    const QString shownName = standardInput ? QStringLiteral("<stdin>") : path;
    QFile file;
    // Unbuffered: the bytes go from the kernel straight into the parser's buffer, with no copy
    // through QIODevice's own.
    const auto mode = QIODevice::ReadOnly | QIODevice::Unbuffered;
    const bool opened = standardInput ? file.open(stdin, mode) : (file.setFileName(path), file.open(mode));
    if (!opened) {
        result.failure = Failure::Io;
        result.message = shownName + QStringLiteral(": ") + file.errorString();
        return false;
    }
    result.modified = standardInput ? QDateTime::currentDateTimeUtc() : QFileInfo(file).lastModified().toUTC();
    if (!file.isSequential() && file.size() > limits.maxBodyBytes) {
        result.failure = Failure::Data;
        result.message = shownName + QStringLiteral(": file too large: ") + QString::number(file.size())
            + QStringLiteral(" bytes, the limit is ") + QString::number(limits.maxBodyBytes);
        return false;
    }
    input = readAll(file, limits.maxBodyBytes);
    if (file.error() != QFileDevice::NoError) {
        result.failure = Failure::Io;
        result.message = shownName + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

template <typename Parse>
MetricsFile::Result MetricsFile::readAndParse(const QString &path, const ParseLimits &limits, Parse parse)
{
    Result result;
    const QString shownName = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    try {
        QByteArray input;
        if (!read(path, limits, input, result)) {
            return result;
        }
        const ParseError error = parse(input, result);
        if (!result.ok() || error.line == 0) {
            return result;
        }
        result.failure = Failure::Data;
        result.message = shownName + QLatin1Char(':') + error.toString();
    } catch (const std::bad_alloc &) {
        // A local file has no cap: one larger than memory ends here rather than in a crash.
        result.failure = Failure::Io;
        result.message = shownName + QStringLiteral(": not enough memory to read and parse it");
    }
    return result;
}

MetricsFile::Result MetricsFile::load(const QString &path, const ParseLimits &limits)
{
    return readAndParse(path, limits, [&](const QByteArray &input, Result &result) {
        auto parsed = ExpositionParser(limits).parse(input, ExpositionParser::detectFormat(input));
        result.document = std::move(parsed.document);
        return parsed.error;
    });
}

bool MetricsFile::countStreaming(const QString &path, const ParseLimits &limits, Result &result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || file.isSequential()) {
        return false; // read() says why, or reads a pipe whole (its format is known only at its end)
    }
    result.modified = QFileInfo(file).lastModified().toUTC();
    const qint64 size = file.size();
    if (size > limits.maxBodyBytes || size == 0) {
        // read() refuses a large one with its own message, and reads what says it is empty (files
        // such as /proc's have their bytes but no size, so no tail to read the format from).
        return false;
    }
    // The format is decided by the last line: read the tail first, then the file from the start.
    const qint64 tailSize = std::min<qint64>(size, 64);
    QByteArray tail;
    if (!file.seek(size - tailSize) || (tail = file.read(tailSize)).size() != tailSize || !file.seek(0)) {
        return false;
    }
    const auto counted = ExpositionParser(limits).countStream(
        [&file](char *buffer, std::int64_t capacity) { return std::int64_t(file.read(buffer, capacity)); }, size,
        ExpositionParser::detectFormat(tail));
    using Outcome = ExpositionParser::StreamCount::Outcome;
    switch (counted.outcome) {
    case Outcome::Counted:
        result.counts = *counted.counts;
        return true;
    case Outcome::Refused:
        result.failure = Failure::Data;
        result.message = path + QLatin1Char(':') + counted.error.toString();
        return true;
    case Outcome::ReadFailed:
        result.failure = Failure::Io;
        result.message = path + QStringLiteral(": ") + file.errorString();
        return true;
    case Outcome::NeedsWholeInput:
        break;
    }
    return false;
}

MetricsFile::Result MetricsFile::count(const QString &path, const ParseLimits &limits)
{
    if (path != QLatin1String("-")) {
        // A file is counted a window at a time: its size no longer matters to memory.
        Result result;
        try {
            if (countStreaming(path, limits, result)) {
                return result;
            }
        } catch (const std::bad_alloc &) {
            result.failure = Failure::Io;
            result.message = path + QStringLiteral(": not enough memory to read and parse it");
            return result;
        }
    }
    return readAndParse(path, limits, [&](const QByteArray &input, Result &result) {
        const auto counted = ExpositionParser(limits).count(input, ExpositionParser::detectFormat(input));
        result.counts = counted.counts.value_or(ExpositionCounts {});
        return counted.error;
    });
}

} // namespace appclacks::core
