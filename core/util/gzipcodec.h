// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace appclacks::core {

/// A gzip member that decompresses to one piece of content repeated many times, in pieces that a
/// server can stream: head, then `block` `repeats` times, then tail. Holding one compressed copy
/// is enough to send gigabytes of decompressed data.
struct GzipRepetition
{
    QByteArray head;
    QByteArray block; ///< deflate blocks of one copy, byte-aligned and referring to nothing before them
    qint64 repeats = 0;
    QByteArray tail; ///< final empty block, CRC-32 and size
    qint64 decompressedSize = 0;

    qint64 compressedSize() const { return head.size() + block.size() * repeats + tail.size(); }
};

/// gzip (RFC 1952) over zlib: a streaming encoder, and whole-buffer helpers. Qt's qCompress()
/// writes the zlib container, which HTTP's `Content-Encoding: gzip` is not.
class GzipCodec final
{
public:
    enum class Status { Ok, Corrupt, Truncated, TooLarge };

    explicit GzipCodec(int level = 6);
    ~GzipCodec();
    GzipCodec(const GzipCodec &) = delete;
    GzipCodec &operator=(const GzipCodec &) = delete;

    /// Compresses `data`; returns the compressed bytes ready so far, possibly none.
    QByteArray compress(QByteArrayView data);
    /// Ends the member: the last compressed bytes and the trailer. The codec is spent afterwards.
    QByteArray finish();

    static QByteArray gzip(QByteArrayView data, int level = 6);
    /// Decompresses every member of `data` (RFC 1952 allows several, one after the other) into
    /// `out`, stopping as soon as it would exceed `maxBytes`: exactly `maxBytes` is accepted.
    /// Bytes after a member that do not start another are Corrupt. Pure and reentrant: callable
    /// from any thread.
    static Status gunzip(QByteArrayView data, QByteArray &out, qint64 maxBytes);
    /// `content` × `repeats` as a gzip member; the CRC is combined, never computed over the whole.
    static GzipRepetition repeated(QByteArrayView content, qint64 repeats);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace appclacks::core
