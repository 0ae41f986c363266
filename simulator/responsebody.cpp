// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/responsebody.h"

#include "simulator/gzipencoder.h"

#include <algorithm>
#include <cstdio>

namespace appclacks::simulator {

namespace {

class BytesBody final : public ResponseBody
{
public:
    explicit BytesBody(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    qint64 size() const override { return m_bytes.size(); }

    QByteArray read(qint64 maxBytes) override
    {
        QByteArray piece = m_bytes.mid(m_offset, qsizetype(std::min<qint64>(maxBytes, m_bytes.size() - m_offset)));
        m_offset += piece.size();
        return piece;
    }

private:
    QByteArray m_bytes;
    qsizetype m_offset = 0;
};

class GeneratedExpositionBody final : public ResponseBody
{
public:
    explicit GeneratedExpositionBody(qint64 size)
        : m_size(std::max<qint64>(0, size))
    { }

    qint64 size() const override { return m_size; }

    QByteArray read(qint64 maxBytes) override
    {
        QByteArray piece;
        const qint64 wanted = std::min(maxBytes, m_size - m_sent);
        piece.reserve(qsizetype(wanted));
        while (piece.size() < wanted) {
            if (m_pending.isEmpty()) {
                m_pending = nextLine(m_size - m_sent - piece.size());
            }
            const qsizetype take = qsizetype(std::min<qint64>(m_pending.size(), wanted - piece.size()));
            piece.append(m_pending.constData(), take);
            m_pending.remove(0, take);
        }
        m_sent += piece.size();
        return piece;
    }

private:
    // A new series a line; the end is padded with a comment so that the body ends on a line break.
    QByteArray nextLine(qint64 remaining)
    {
        char line[200];
        const std::uint64_t n = ++m_line;
        const int length = std::snprintf(line, sizeof line,
            "healthcheck_total{id=\"00000000-0000-4000-8000-%012llx\", name=\"bulk-%llu\", status=\"success\", "
            "zone=\"eu-west\"} %llu\n",
            static_cast<unsigned long long>(n), static_cast<unsigned long long>(n),
            static_cast<unsigned long long>(n * 7 % 100000));
        if (remaining >= length) {
            return QByteArray(line, length);
        }
        if (remaining <= 2) {
            return QByteArray(qsizetype(remaining), '\n'); // blank lines are valid in the text format
        }
        QByteArray comment(qsizetype(remaining), ' ');
        comment[0] = '#';
        comment[comment.size() - 1] = '\n';
        return comment;
    }

    qint64 m_size;
    qint64 m_sent = 0;
    std::uint64_t m_line = 0;
    QByteArray m_pending;
};

class GzipRepetitionBody final : public ResponseBody
{
public:
    explicit GzipRepetitionBody(const GzipRepetition &repetition)
        : m_repetition(repetition)
    { }

    qint64 size() const override { return m_repetition.compressedSize(); }

    QByteArray read(qint64 maxBytes) override
    {
        QByteArray piece;
        while (piece.size() < maxBytes) {
            const QByteArray *part = currentPart();
            if (!part) {
                break;
            }
            const qsizetype take = qsizetype(std::min<qint64>(part->size() - m_offset, maxBytes - piece.size()));
            piece.append(part->constData() + m_offset, take);
            m_offset += take;
            if (m_offset == part->size()) {
                m_offset = 0;
                ++m_part;
            }
        }
        return piece;
    }

private:
    // Parts are numbered: 0 the head, 1 … repeats the blocks, then the tail.
    const QByteArray *currentPart() const
    {
        if (m_part == 0) {
            return &m_repetition.head;
        }
        if (m_part <= m_repetition.repeats) {
            return m_repetition.block.isEmpty() ? nullptr : &m_repetition.block;
        }
        if (m_part == m_repetition.repeats + 1) {
            return &m_repetition.tail;
        }
        return nullptr;
    }

    GzipRepetition m_repetition;
    qint64 m_part = 0;
    qsizetype m_offset = 0;
};

} // namespace

std::unique_ptr<ResponseBody> ResponseBody::fromBytes(const QByteArray &bytes)
{
    return std::make_unique<BytesBody>(bytes);
}

std::unique_ptr<ResponseBody> ResponseBody::generatedExposition(qint64 size)
{
    return std::make_unique<GeneratedExpositionBody>(size);
}

std::unique_ptr<ResponseBody> ResponseBody::fromGzipRepetition(const GzipRepetition &repetition)
{
    return std::make_unique<GzipRepetitionBody>(repetition);
}

} // namespace appclacks::simulator
