// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/metrictype.h"
#include "core/profiles/profile.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace appclacks::core {

/// Everything one scrape needs, copied by value into the scrape (settings are read on the GUI
/// thread and handed over). `secret` is never logged and never part of a message.
struct ScrapeRequest
{
    QUrl url;
    QString profileName; ///< names the profile in messages ("credentials rejected for production")
    AuthMode authMode = AuthMode::None;
    QString username;
    QString secret;
    QString caFile;
    QString clientCertificateFile;
    QString clientKeyFile;
    int deadlineMs = 10000; ///< the whole scrape, however the server paces its bytes
    int inactivityMs = 5000; ///< silence on the connection that ends the scrape
    qint64 maxBodyBytes = 64ll * 1024 * 1024; ///< after decompression

    static ScrapeRequest forProfile(const Profile &profile, const QString &secret);
};

/// What went wrong with a scrape, in the categories the user acts on differently.
enum class ScrapeError {
    None,
    Configuration, ///< the request itself is unusable (bad URL, unreadable CA file)
    InsecureCredentials, ///< credentials would cross the network unencrypted
    Unreachable, ///< DNS, refused or reset connections
    TimedOut,
    Tls, ///< certificate or handshake problems; never ignored
    CredentialsRejected, ///< 401 / 403
    NotFound, ///< 404: wrong URL or path
    RateLimited, ///< 429
    ServerError, ///< 5xx
    HttpError, ///< any other unexpected status
    RedirectRefused, ///< a redirect to another origin, not followed with credentials
    NotMetrics, ///< HTML or another content type: not a metrics endpoint
    BodyTooLarge,
    CorruptBody, ///< truncated transfer or broken compression
    BadData, ///< the exposition itself was refused by the parser
    Unreadable, ///< a local file that cannot be read
};

/// The transfer's outcome and metadata; the body is only set on success.
struct ScrapeResponse
{
    ScrapeError error = ScrapeError::None;
    QString message; ///< for a person; never contains credentials
    int httpStatus = 0;
    QByteArray body; ///< as received: its Content-Encoding is undone by SnapshotBuilder
    QByteArray contentEncoding; ///< the response's Content-Encoding header
    ExpositionFormat format = ExpositionFormat::Text004;
    QDateTime startedAt;
    qint64 durationMs = 0;
    qint64 bytes = 0; ///< body bytes as received
    std::optional<int> retryAfterSeconds;
    QUrl finalUrl;

    bool ok() const { return error == ScrapeError::None; }
};

/// What the status bar tells about the last scrape (or file read), good or bad.
struct ScrapeMetadata
{
    QDateTime time;
    qint64 durationMs = 0;
    qint64 bytes = 0;
    int httpStatus = 0;
    ScrapeError error = ScrapeError::None;
    QString message;
};

/// Whether the scrape should be retried later with backoff (429, 5xx, network trouble).
bool isTransient(ScrapeError error);

/// Exit code of the command-line commands for a scrape error (sysexits, docs/DESIGN.md).
int exitCodeFor(ScrapeError error);

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::ScrapeResponse)
Q_DECLARE_METATYPE(appclacks::core::ScrapeMetadata)
