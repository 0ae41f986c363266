// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/scrape/scraperequest.h"

#include <QByteArray>
#include <QString>

namespace appclacks::core {

/// A scrape body after its Content-Encoding was undone, or why it could not be.
struct DecodedBody
{
    ScrapeError error = ScrapeError::None; ///< BodyTooLarge or CorruptBody when not None
    QByteArray body; ///< empty unless ok()
    QString message; ///< for a person; names `where`

    bool ok() const { return error == ScrapeError::None; }
};

/// Undoes a response's Content-Encoding (identity or gzip, every member) within a cap on the
/// decoded size. A pure function of its arguments: no QObject, no shared state, so that it can
/// run on a worker thread (QtConcurrent::run) as well as on the GUI thread.
class BodyDecoder final
{
public:
    /// `contentEncoding` as the server sent it (case and spaces do not matter); `maxBytes` is
    /// inclusive: a body of exactly `maxBytes` is kept. `where` names the source in messages.
    static DecodedBody decode(
        QByteArray body, const QByteArray &contentEncoding, qint64 maxBytes, const QString &where);

    /// An HTML (or XML) page where metrics were expected: a login page, a proxy's error page.
    static bool looksLikeHtml(const QByteArray &body);
};

} // namespace appclacks::core
