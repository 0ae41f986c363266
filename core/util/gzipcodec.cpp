// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/util/gzipcodec.h"

#include <algorithm>
#include <array>
#include <zlib.h>

namespace appclacks::core {

namespace {

constexpr int gzipWindowBits = 15 + 16; // zlib's way of asking for the gzip container
constexpr qsizetype chunkSize = 64 * 1024;

} // namespace

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

} // namespace appclacks::core
