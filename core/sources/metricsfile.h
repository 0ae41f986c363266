// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/expositionparser.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <memory>

class QIODevice;

namespace appclacks::core {

/// A saved exposition file (or standard input) read and parsed in one call. Blocking: run it on a
/// worker thread when a window is up.
class MetricsFile final
{
public:
    enum class Failure { None, Io, Data };

    struct Result
    {
        std::shared_ptr<const ExpositionDocument> document; ///< null from count()
        ExpositionCounts counts; ///< from count() only
        Failure failure = Failure::None;
        QString message; ///< "PATH: reason" or "PATH:LINE:COLUMN: reason"
        QDateTime modified; ///< the file's modification time; now for standard input

        bool ok() const { return failure == Failure::None; }
    };

    /// `path` "-" reads standard input. The format is detected (`# EOF` means OpenMetrics).
    /// A local file has no size cap by default; set `limits.maxBodyBytes` for one (a larger file
    /// is refused with "body too large", without reading past the cap).
    static Result load(const QString &path, const ParseLimits &limits = ParseLimits::localFile());

    /// As load(), refusing the same files with the same messages, but only counts what the
    /// document would hold (ExpositionParser::count()). A regular file is read a window at a time
    /// (ExpositionParser::countStream()), so memory stays small whatever its size; standard input
    /// and pipes are read whole, as their format is known only at their end.
    static Result count(const QString &path, const ParseLimits &limits = ParseLimits::localFile());

    /// Reads all of `device` (at most `maxBytes` + 1 bytes, so that a larger one can be refused)
    /// straight into the buffer the parser keeps: sized from the file's size when it has one, grown
    /// geometrically otherwise, backed by huge pages where the system offers them.
    static QByteArray readAll(QIODevice &device, std::int64_t maxBytes);

private:
    static bool countStreaming(const QString &path, const ParseLimits &limits, Result &result);
    static bool read(const QString &path, const ParseLimits &limits, QByteArray &input, Result &result);
    template <typename Parse> static Result readAndParse(const QString &path, const ParseLimits &limits, Parse parse);
};

} // namespace appclacks::core
