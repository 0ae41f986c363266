// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/bodydecoder.h"

#include "core/util/gzipcodec.h"

#include <QCoreApplication>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(HttpScraper)
};

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 4);
}

} // namespace

DecodedBody BodyDecoder::decode(
    QByteArray body, const QByteArray &contentEncoding, qint64 maxBytes, const QString &where)
{
    DecodedBody decoded;
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity") {
        if (body.size() > maxBytes) {
            decoded.error = ScrapeError::BodyTooLarge;
            decoded.message
                = Text::tr("The metrics of %1 exceed %2 MiB; nothing was kept.").arg(where, mebibytes(maxBytes));
            return decoded;
        }
        decoded.body = std::move(body);
        return decoded;
    }
    if (encoding != "gzip" && encoding != "x-gzip") {
        decoded.error = ScrapeError::CorruptBody;
        decoded.message = Text::tr("%1 answered with the content encoding “%2”, which was not asked for.")
                              .arg(where, QString::fromLatin1(encoding));
        return decoded;
    }
    QByteArray out;
    switch (GzipCodec::gunzip(body, out, maxBytes)) {
    case GzipCodec::Status::Ok:
        decoded.body = std::move(out);
        return decoded;
    case GzipCodec::Status::TooLarge:
        decoded.error = ScrapeError::BodyTooLarge;
        decoded.message = Text::tr("The metrics of %1 exceed %2 MiB once decompressed; nothing was kept.")
                              .arg(where, mebibytes(maxBytes));
        return decoded;
    case GzipCodec::Status::Truncated:
        decoded.error = ScrapeError::CorruptBody;
        decoded.message
            = Text::tr("The gzip body of %1 stops before its end: the transfer was cut short. Nothing was kept.")
                  .arg(where);
        return decoded;
    case GzipCodec::Status::Corrupt:
        decoded.error = ScrapeError::CorruptBody;
        decoded.message = Text::tr("The gzip body of %1 is corrupt. Nothing was kept.").arg(where);
        return decoded;
    }
    return decoded;
}

bool BodyDecoder::looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
        || start.startsWith("<head") || start.startsWith("<body");
}

} // namespace appclacks::core
