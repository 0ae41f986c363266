// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace appclacks::core {

/// gunzip (RFC 1952) over zlib, for `Content-Encoding: gzip` bodies: Qt's own zlib is private,
/// and qUncompress() reads the zlib container, which HTTP's gzip is not.
class GzipCodec final
{
public:
    enum class Status { Ok, Corrupt, Truncated, TooLarge };

    GzipCodec() = delete;

    /// Decompresses every member of `data` (RFC 1952 allows several, one after the other) into
    /// `out`, stopping as soon as it would exceed `maxBytes`: exactly `maxBytes` is accepted.
    /// Bytes after a member that do not start another are Corrupt. Pure and reentrant: callable
    /// from any thread.
    static Status gunzip(QByteArrayView data, QByteArray &out, qint64 maxBytes);
};

} // namespace appclacks::core
