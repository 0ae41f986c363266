// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/expositiondocument.h"
#include "core/exposition/parselimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

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

    /// How the inner loops find the end of names and label values: 16 bytes at a time (SSE2 on
    /// x86-64, NEON on arm64), or the portable byte loop they are tested against. Both give the
    /// same result on every input; Vector falls back to Portable where there is no vector unit.
    enum class Scan { Vector, Portable };

    explicit ExpositionParser(ParseLimits limits = {}, Scan scan = Scan::Vector);

    const ParseLimits &limits() const { return m_limits; }
    Scan scan() const { return m_scan; }

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

    /// For files: OpenMetrics when the last line is `# EOF`, the text format otherwise.
    static ExpositionFormat detectFormat(QByteArrayView input);

    /// For scrapes: the format a Content-Type names, or nothing when it is not a metrics type.
    /// A missing Content-Type is the text format, as Prometheus assumes.
    static std::optional<ExpositionFormat> formatFromContentType(QByteArrayView contentType);

private:
    ParseLimits m_limits;
    Scan m_scan;
};

} // namespace appclacks::core
