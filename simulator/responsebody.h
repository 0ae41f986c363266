// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>

#include <memory>

namespace appclacks::simulator {

struct GzipRepetition;

/// The body of a simulator response, read piece by piece as the socket drains, so that an 80 MiB
/// body or a gigabyte gzip bomb never sits in memory whole.
class ResponseBody
{
public:
    virtual ~ResponseBody() = default;

    /// Bytes the body holds in total: the Content-Length it is announced with.
    virtual qint64 size() const = 0;
    /// The next bytes, at most `maxBytes`; empty once the whole body was read.
    virtual QByteArray read(qint64 maxBytes) = 0;

    static std::unique_ptr<ResponseBody> fromBytes(const QByteArray &bytes);
    /// Appclacks-style healthcheck_total lines, every one valid, generated up to exactly `size` bytes.
    static std::unique_ptr<ResponseBody> generatedExposition(qint64 size);
    static std::unique_ptr<ResponseBody> fromGzipRepetition(const GzipRepetition &repetition);
};

} // namespace appclacks::simulator
