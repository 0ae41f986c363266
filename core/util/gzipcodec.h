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

    /// Decompresses one whole member into `out`, stopping as soon as it would exceed `maxBytes`.
    static Status gunzip(QByteArrayView data, QByteArray &out, qint64 maxBytes);
};

} // namespace appclacks::core
