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
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    std::array<char, chunkSize> buffer;
    Status status = Status::Truncated;
    for (;;) {
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
            status = Status::Ok;
            break;
        }
        if (result == Z_DATA_ERROR || result == Z_NEED_DICT || result == Z_MEM_ERROR || result == Z_STREAM_ERROR) {
            status = Status::Corrupt;
            break;
        }
        if (result == Z_BUF_ERROR || (stream.avail_in == 0 && stream.avail_out != 0)) {
            break; // no progress possible: the input ended early
        }
    }
    inflateEnd(&stream);
    return status;
}

} // namespace appclacks::core
