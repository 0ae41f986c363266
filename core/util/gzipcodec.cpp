// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/util/gzipcodec.h"

#include <algorithm>
#include <array>
#include <zlib.h>

namespace appclacks::core {

namespace {

constexpr int gzipWindowBits = 15 + 16; // zlib's way of asking for the gzip container
constexpr int rawWindowBits = -15;
constexpr qsizetype chunkSize = 64 * 1024;

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8) {
        out.append(char((value >> shift) & 0xff));
    }
}

// Runs deflate() until it has consumed `data` and produced everything `flush` asks for.
QByteArray runDeflate(z_stream &stream, QByteArrayView data, int flush)
{
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    std::array<char, chunkSize> buffer;
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        const int result = deflate(&stream, flush);
        if (result == Z_STREAM_ERROR) {
            break;
        }
        out.append(buffer.data(), qsizetype(buffer.size() - stream.avail_out));
    } while (stream.avail_out == 0 || stream.avail_in > 0);
    return out;
}

} // namespace

struct GzipCodec::State
{
    z_stream stream {};
    bool finished = false;
};

GzipCodec::GzipCodec(int level)
    : m_state(std::make_unique<State>())
{
    deflateInit2(&m_state->stream, std::clamp(level, 1, 9), Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY);
}

GzipCodec::~GzipCodec()
{
    deflateEnd(&m_state->stream);
}

QByteArray GzipCodec::compress(QByteArrayView data)
{
    if (m_state->finished || data.isEmpty()) {
        return {};
    }
    return runDeflate(m_state->stream, data, Z_NO_FLUSH);
}

QByteArray GzipCodec::finish()
{
    if (m_state->finished) {
        return {};
    }
    m_state->finished = true;
    return runDeflate(m_state->stream, {}, Z_FINISH);
}

QByteArray GzipCodec::gzip(QByteArrayView data, int level)
{
    GzipCodec codec(level);
    QByteArray out;
    // zlib counts input in 32-bit units: feed large buffers in slices.
    for (qsizetype offset = 0; offset < data.size(); offset += 1 << 30) {
        out += codec.compress(data.sliced(offset, std::min<qsizetype>(1 << 30, data.size() - offset)));
    }
    out += codec.finish();
    return out;
}

GzipCodec::Status GzipCodec::gunzip(QByteArrayView data, QByteArray &out, qint64 maxBytes)
{
    out.clear();
    z_stream stream {};
    if (inflateInit2(&stream, gzipWindowBits) != Z_OK) {
        return Status::Corrupt;
    }
    // zlib counts input in 32-bit units: hand it over in slices.
    constexpr qsizetype maxSlice = qsizetype(1) << 30;
    qsizetype offset = 0;
    auto refill = [&] {
        const qsizetype slice = std::min(maxSlice, data.size() - offset);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + offset));
        stream.avail_in = uInt(slice);
        offset += slice;
    };
    auto remainingInput = [&] { return qsizetype(stream.avail_in) + (data.size() - offset); };
    refill();
    std::array<char, chunkSize> buffer;
    Status status = Status::Truncated;
    for (;;) {
        if (stream.avail_in == 0 && offset < data.size()) {
            refill();
        }
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        const int result = inflate(&stream, Z_NO_FLUSH);
        const auto produced = qsizetype(buffer.size() - stream.avail_out);
        if (out.size() + produced > maxBytes) {
            status = Status::TooLarge;
            break;
        }
        out.append(buffer.data(), produced);
        if (result == Z_STREAM_END) {
            // RFC 1952 allows several members, and `cat a.gz b.gz` makes them: decode every one,
            // never stop silently after the first. Anything else after a member is corrupt.
            if (remainingInput() == 0) {
                status = Status::Ok;
                break;
            }
            if (stream.avail_in == 0) {
                refill();
            }
            if (stream.avail_in < 2) {
                status = stream.next_in[0] == 0x1f ? Status::Truncated : Status::Corrupt;
                break;
            }
            if (stream.next_in[0] != 0x1f || stream.next_in[1] != 0x8b) {
                status = Status::Corrupt;
                break;
            }
            if (inflateReset(&stream) != Z_OK) {
                status = Status::Corrupt;
                break;
            }
            continue;
        }
        if (result == Z_DATA_ERROR || result == Z_NEED_DICT || result == Z_MEM_ERROR || result == Z_STREAM_ERROR) {
            status = Status::Corrupt;
            break;
        }
        if (result == Z_BUF_ERROR || (remainingInput() == 0 && stream.avail_out != 0)) {
            break; // no progress possible: the input ended early
        }
    }
    inflateEnd(&stream);
    return status;
}

GzipRepetition GzipCodec::repeated(QByteArrayView content, qint64 repeats)
{
    GzipRepetition repetition;
    repetition.repeats = std::max<qint64>(0, repeats);
    repetition.decompressedSize = content.size() * repetition.repeats;

    // Header: magic, deflate, no flags, no time, maximum compression, unknown OS.
    repetition.head = QByteArray::fromRawData("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    repetition.head.detach();

    // A fresh raw stream flushed with Z_FULL_FLUSH ends byte-aligned and only refers back into its
    // own output, so copies of it can follow one another.
    z_stream stream {};
    deflateInit2(&stream, 9, Z_DEFLATED, rawWindowBits, 9, Z_DEFAULT_STRATEGY);
    repetition.block = runDeflate(stream, content, Z_FULL_FLUSH);
    deflateEnd(&stream);

    // CRC-32 of content × repeats by doubling, so that a gigabyte costs a few combinations.
    const uLong one = crc32(0L, reinterpret_cast<const Bytef *>(content.data()), uInt(content.size()));
    uLong crc = crc32(0L, Z_NULL, 0);
    uLong power = one;
    z_off_t powerLength = z_off_t(content.size());
    for (qint64 remaining = repetition.repeats; remaining > 0; remaining >>= 1) {
        if (remaining & 1) {
            crc = crc32_combine(crc, power, powerLength);
        }
        if (remaining > 1) {
            power = crc32_combine(power, power, powerLength);
            powerLength *= 2;
        }
    }

    repetition.tail = QByteArray::fromRawData("\x03\x00", 2); // final, empty fixed-Huffman block
    repetition.tail.detach();
    appendLittleEndian32(repetition.tail, quint32(crc));
    appendLittleEndian32(repetition.tail, quint32(quint64(repetition.decompressedSize) & 0xffffffffu));
    return repetition;
}

} // namespace appclacks::core
