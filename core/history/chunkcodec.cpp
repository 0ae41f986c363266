// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/chunkcodec.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <zstd.h>

namespace appclacks::core {

namespace {

constexpr char formatVersion = 1;
constexpr char rawPayload = 0;
constexpr char zstdPayload = 1;
// Level 9 packs health-check blocks within a few per cent of level 19 at five times the speed
// (bench/history_bench, "zstd level"); blocks are written once and read many times.
constexpr int zstdLevel = 9;
// A block is one check × zone over two hours: far below these, which only stop a damaged row
// from asking for gigabytes.
constexpr std::uint64_t maxSamples = 1u << 22;
constexpr std::uint64_t maxSeries = 1u << 12;
constexpr std::uint64_t maxDecodedBytes = 256u << 20;

enum SeriesMode : std::uint8_t {
    IntegerDeltas = 0, ///< delta varints of the integer values
    IntegerDeltasMinusReference = 1, ///< those deltas minus an earlier series' deltas
    FloatXor = 2, ///< XOR with the previous value, in byte planes
    ModeMask = 0x3,
    HasAbsences = 0x4,
};

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

std::uint64_t zigzag(std::int64_t value)
{
    return (std::uint64_t(value) << 1) ^ std::uint64_t(value >> 63);
}

std::int64_t unzigzag(std::uint64_t value)
{
    return std::int64_t(value >> 1) ^ -std::int64_t(value & 1);
}

void putVarint(QByteArray &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

int varintLength(std::uint64_t value)
{
    return value == 0 ? 1 : (std::bit_width(value) + 6) / 7;
}

// Reads what putVarint wrote, refusing to run past the end or past 64 bits.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_data(reinterpret_cast<const std::uint8_t *>(bytes.data()))
        , m_size(std::size_t(bytes.size()))
    { }

    bool varint(std::uint64_t &value)
    {
        value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_position >= m_size) {
                return false;
            }
            const std::uint8_t byte = m_data[m_position++];
            value |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                return true;
            }
        }
        return false;
    }

    bool byte(std::uint8_t &value)
    {
        if (m_position >= m_size) {
            return false;
        }
        value = m_data[m_position++];
        return true;
    }

    const std::uint8_t *take(std::size_t count)
    {
        if (count > m_size - m_position) {
            return nullptr;
        }
        const std::uint8_t *start = m_data + m_position;
        m_position += count;
        return start;
    }

    bool atEnd() const { return m_position == m_size; }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_position = 0;
};

bool isExactInteger(double value)
{
    // -0 would come back as +0: it stays a float, as does anything a double cannot count exactly.
    return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= maxExactInteger
        && !(value == 0 && std::signbit(value));
}

// The present values of one series as integers and their deltas, when every one is an integer.
struct IntegerSeries
{
    bool integral = true;
    std::vector<std::int64_t> deltas;
};

IntegerSeries integerSeries(const std::vector<double> &values, const std::vector<std::uint8_t> &present)
{
    IntegerSeries series;
    series.deltas.reserve(values.size());
    std::int64_t previous = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!present[i]) {
            continue;
        }
        if (!isExactInteger(values[i])) {
            series.integral = false;
            series.deltas.clear();
            return series;
        }
        const auto value = std::int64_t(values[i]);
        series.deltas.push_back(value - previous);
        previous = value;
    }
    return series;
}

// What a stream of residuals costs once zstd has seen it: zeros are nearly free, anything else
// costs its bytes. Only used to choose a reference, so a rough figure is enough.
std::uint64_t residualCost(const std::vector<std::int64_t> &deltas, const std::vector<std::int64_t> *reference)
{
    std::uint64_t cost = 0;
    for (std::size_t i = 0; i < deltas.size(); ++i) {
        const std::int64_t residual = deltas[i] - (reference ? (*reference)[i] : 0);
        if (residual != 0) {
            cost += 1 + std::uint64_t(varintLength(zigzag(residual)));
        }
    }
    return cost;
}

void putPresence(QByteArray &out, const std::vector<std::uint8_t> &present)
{
    // Alternating runs, present first (a first run of 0 when the block starts absent).
    std::vector<std::uint64_t> runs;
    std::uint8_t state = 1;
    std::uint64_t length = 0;
    for (const std::uint8_t flag : present) {
        if (flag == state) {
            ++length;
        } else {
            runs.push_back(length);
            state = flag;
            length = 1;
        }
    }
    runs.push_back(length);
    putVarint(out, runs.size());
    for (const std::uint64_t run : runs) {
        putVarint(out, run);
    }
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ChunkCodec", text);
}

} // namespace

std::size_t SampleBlock::storedSamples() const
{
    std::size_t stored = 0;
    for (const auto &flags : present) {
        stored += std::size_t(std::count(flags.begin(), flags.end(), std::uint8_t(1)));
    }
    return stored;
}

void SampleBlock::resizeSeries(std::size_t count)
{
    values.resize(count, std::vector<double>(times.size(), 0.0));
    present.resize(count, std::vector<std::uint8_t>(times.size(), 0));
}

SampleBlock SampleBlock::takeTail(std::size_t from)
{
    SampleBlock tail;
    const auto at = [from](auto &column) { return column.begin() + std::ptrdiff_t(std::min(from, column.size())); };
    tail.times.assign(at(times), times.end());
    times.erase(at(times), times.end());
    for (std::size_t series = 0; series < values.size(); ++series) {
        tail.values.emplace_back(at(values[series]), values[series].end());
        values[series].erase(at(values[series]), values[series].end());
        tail.present.emplace_back(at(present[series]), present[series].end());
        present[series].erase(at(present[series]), present[series].end());
    }
    return tail;
}

void SampleBlock::appendRow(
    std::int64_t time, const std::vector<double> &row, const std::vector<std::uint8_t> &rowPresent)
{
    times.push_back(time);
    for (std::size_t series = 0; series < values.size(); ++series) {
        const bool has = series < row.size() && series < rowPresent.size() && rowPresent[series];
        values[series].push_back(has ? row[series] : 0.0);
        present[series].push_back(has ? 1 : 0);
    }
}

QByteArray ChunkCodec::encode(const SampleBlock &block, bool compress)
{
    const std::size_t samples = block.sampleCount();
    const std::size_t seriesCount = block.seriesCount();
    QByteArray raw;
    raw.reserve(qsizetype(16) + qsizetype(samples) * (2 + qsizetype(seriesCount) * 2));
    putVarint(raw, samples);
    putVarint(raw, seriesCount);

    std::int64_t previousTime = 0;
    std::int64_t previousDelta = 0;
    for (std::size_t i = 0; i < samples; ++i) {
        const std::int64_t delta = block.times[i] - previousTime;
        putVarint(raw, zigzag(i == 0 ? block.times[0] : delta - previousDelta));
        previousDelta = i == 0 ? 0 : delta;
        previousTime = block.times[i];
    }

    std::vector<IntegerSeries> integers;
    integers.reserve(seriesCount);
    for (std::size_t series = 0; series < seriesCount; ++series) {
        integers.push_back(integerSeries(block.values[series], block.present[series]));
    }

    for (std::size_t series = 0; series < seriesCount; ++series) {
        const std::vector<std::uint8_t> &present = block.present[series];
        const bool hasAbsences = std::find(present.begin(), present.end(), 0) != present.end();
        const IntegerSeries &integer = integers[series];
        if (!integer.integral) {
            raw.append(char(FloatXor | (hasAbsences ? HasAbsences : 0)));
            if (hasAbsences) {
                putPresence(raw, present);
            }
            std::vector<std::uint64_t> xors;
            std::uint64_t previous = 0;
            for (std::size_t i = 0; i < samples; ++i) {
                if (present[i]) {
                    const auto bits = std::bit_cast<std::uint64_t>(block.values[series][i]);
                    xors.push_back(bits ^ previous);
                    previous = bits;
                }
            }
            for (int plane = 7; plane >= 0; --plane) {
                for (const std::uint64_t value : xors) {
                    raw.append(char(value >> (8 * plane)));
                }
            }
            continue;
        }
        // The earlier series whose deltas this one's follow most closely, if any beats none.
        std::uint64_t bestCost = residualCost(integer.deltas, nullptr);
        std::size_t reference = series;
        for (std::size_t candidate = 0; candidate < series && bestCost > 0; ++candidate) {
            if (!integers[candidate].integral || block.present[candidate] != present) {
                continue;
            }
            const std::uint64_t cost = residualCost(integer.deltas, &integers[candidate].deltas);
            if (cost < bestCost) {
                bestCost = cost;
                reference = candidate;
            }
        }
        const bool referenced = reference != series;
        raw.append(char((referenced ? IntegerDeltasMinusReference : IntegerDeltas) | (hasAbsences ? HasAbsences : 0)));
        if (hasAbsences) {
            putPresence(raw, present);
        }
        if (referenced) {
            putVarint(raw, reference);
        }
        for (std::size_t i = 0; i < integer.deltas.size(); ++i) {
            putVarint(raw, zigzag(integer.deltas[i] - (referenced ? integers[reference].deltas[i] : 0)));
        }
    }

    QByteArray packed;
    std::size_t written = 0;
    if (compress) {
        // One context per thread, reused: creating one costs more than packing a block.
        thread_local const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(
            ZSTD_createCCtx(), &ZSTD_freeCCtx);
        packed.resize(2 + qsizetype(ZSTD_compressBound(std::size_t(raw.size()))));
        written = ZSTD_compressCCtx(context.get(), packed.data() + 2, std::size_t(packed.size() - 2), raw.constData(),
            std::size_t(raw.size()), zstdLevel);
    }
    if (!compress || ZSTD_isError(written) || written >= std::size_t(raw.size())) {
        packed = QByteArray(2, rawPayload) + raw;
    } else {
        packed.resize(2 + qsizetype(written));
        packed[1] = zstdPayload;
    }
    packed[0] = formatVersion;
    return packed;
}

QByteArray ChunkCodec::encodeRow(std::int64_t timeMs, std::span<const double> values)
{
    QByteArray raw;
    raw.reserve(16 + qsizetype(values.size()) * 4);
    raw.append(formatVersion);
    raw.append(rawPayload);
    putVarint(raw, 1);
    putVarint(raw, values.size());
    putVarint(raw, zigzag(timeMs));
    for (const double value : values) {
        if (isExactInteger(value)) {
            raw.append(char(IntegerDeltas));
            putVarint(raw, zigzag(std::int64_t(value)));
        } else {
            raw.append(char(FloatXor));
            const auto bits = std::bit_cast<std::uint64_t>(value);
            for (int plane = 7; plane >= 0; --plane) {
                raw.append(char(bits >> (8 * plane)));
            }
        }
    }
    return raw;
}

std::optional<SampleBlock> ChunkCodec::decode(QByteArrayView bytes, QString *error)
{
    return decode(bytes, std::span<const std::uint8_t>(), error);
}

std::optional<SampleBlock> ChunkCodec::decode(
    QByteArrayView bytes, std::span<const std::uint8_t> wanted, QString *error)
{
    SampleBlock block;
    if (!decodeAppending(bytes, wanted, block, error)) {
        return std::nullopt;
    }
    return block;
}

bool ChunkCodec::decodeAppending(
    QByteArrayView bytes, std::span<const std::uint8_t> wanted, SampleBlock &into, QString *error)
{
    const auto fail = [error](const char *reason) {
        if (error) {
            *error = tr(reason);
        }
        return false;
    };
    if (bytes.size() < 2 || bytes[0] != formatVersion) {
        return fail("the block was not written by this version of Appclacks Desktop");
    }
    // Scratch space kept by the thread between blocks: a month of a check is dozens of blocks,
    // and fresh buffers of this size are page faults every time.
    thread_local std::vector<char> unpacked;
    thread_local std::vector<std::vector<std::int64_t>> deltas;
    thread_local std::vector<std::vector<std::uint8_t>> unwantedPresence;
    QByteArrayView payload = bytes.sliced(2);
    if (bytes[1] == zstdPayload) {
        const unsigned long long size = ZSTD_getFrameContentSize(payload.data(), std::size_t(payload.size()));
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > maxDecodedBytes) {
            return fail("the block's compressed data is damaged");
        }
        unpacked.resize(std::size_t(size));
        thread_local const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(
            ZSTD_createDCtx(), &ZSTD_freeDCtx);
        const std::size_t read = ZSTD_decompressDCtx(
            context.get(), unpacked.data(), std::size_t(size), payload.data(), std::size_t(payload.size()));
        if (ZSTD_isError(read) || read != size) {
            return fail("the block's compressed data is damaged");
        }
        payload = QByteArrayView(unpacked.data(), qsizetype(size));
    } else if (bytes[1] != rawPayload) {
        return fail("the block uses a compression this version does not know");
    }

    Reader reader(payload);
    std::uint64_t samples = 0;
    std::uint64_t seriesCount = 0;
    if (!reader.varint(samples) || !reader.varint(seriesCount) || samples > maxSamples || seriesCount > maxSeries) {
        return fail("the block's header is damaged");
    }
    const bool some = !wanted.empty();
    if (some && wanted.size() != seriesCount) {
        return fail("the block's header is damaged");
    }
    const auto isWanted = [&](std::uint64_t series) { return !some || wanted[series] != 0; };
    // Where each wanted series goes in `into`.
    std::vector<std::size_t> targetOf(seriesCount, 0);
    std::size_t wantedCount = 0;
    for (std::uint64_t series = 0; series < seriesCount; ++series) {
        targetOf[series] = isWanted(series) ? wantedCount++ : 0;
    }
    if (into.times.empty() && into.values.empty()) {
        into.values.resize(wantedCount);
        into.present.resize(wantedCount);
    } else if (into.values.size() != wantedCount) {
        return fail("the block's series do not match the blocks before it");
    }
    const std::size_t offset = into.times.size();
    into.times.resize(offset + samples);
    std::int64_t *times = into.times.data() + offset;
    std::int64_t previousTime = 0;
    std::int64_t previousDelta = 0;
    for (std::uint64_t i = 0; i < samples; ++i) {
        std::uint64_t encoded = 0;
        if (!reader.varint(encoded)) {
            return fail("the block's timestamps are damaged");
        }
        const std::int64_t value = unzigzag(encoded);
        if (i == 0) {
            times[0] = value;
        } else {
            const std::int64_t delta = previousDelta + value;
            if (delta <= 0 || previousTime > std::numeric_limits<std::int64_t>::max() - delta) {
                return fail("the block's timestamps are not in order");
            }
            times[i] = previousTime + delta;
            previousDelta = delta;
        }
        previousTime = times[i];
    }

    // Presence and deltas of every series (a later series may be stored minus an earlier one's
    // deltas); values only for those wanted.
    if (deltas.size() < seriesCount) {
        deltas.resize(seriesCount);
    }
    if (unwantedPresence.size() < seriesCount) {
        unwantedPresence.resize(seriesCount);
    }
    const auto presenceOf = [&](std::uint64_t series) -> const std::uint8_t * {
        return isWanted(series) ? into.present[targetOf[series]].data() + offset : unwantedPresence[series].data();
    };
    for (std::uint64_t series = 0; series < seriesCount; ++series) {
        std::uint8_t mode = 0;
        if (!reader.byte(mode) || (mode & ~(ModeMask | HasAbsences)) || (mode & ModeMask) > FloatXor) {
            return fail("the block names a series encoding this version does not know");
        }
        const bool keep = isWanted(series);
        std::vector<std::uint8_t> &presentColumn = keep ? into.present[targetOf[series]] : unwantedPresence[series];
        const std::size_t base = keep ? offset : 0;
        presentColumn.resize(base + samples);
        std::uint8_t *present = presentColumn.data() + base;
        std::uint64_t presentCount = samples;
        if (mode & HasAbsences) {
            std::uint64_t runs = 0;
            if (!reader.varint(runs) || runs > samples + 1) {
                return fail("the block's series presence is damaged");
            }
            std::uint64_t position = 0;
            presentCount = 0;
            for (std::uint64_t run = 0; run < runs; ++run) {
                std::uint64_t length = 0;
                if (!reader.varint(length) || length > samples - position) {
                    return fail("the block's series presence is damaged");
                }
                const std::uint8_t flag = run % 2 == 0 ? 1 : 0;
                std::fill_n(present + position, length, flag);
                presentCount += flag ? length : 0;
                position += length;
            }
            if (position != samples) {
                return fail("the block's series presence is damaged");
            }
        } else {
            std::fill_n(present, samples, std::uint8_t(1));
        }
        double *values = nullptr;
        if (keep) {
            into.values[targetOf[series]].resize(offset + samples);
            values = into.values[targetOf[series]].data() + offset;
        }
        const auto mode2 = SeriesMode(mode & ModeMask);
        if (mode2 == FloatXor) {
            const std::uint8_t *planes = reader.take(std::size_t(presentCount) * 8);
            if (!planes) {
                return fail("the block's values are cut short");
            }
            deltas[series].clear(); // no integer deltas for a later series to refer to
            if (!values) {
                continue;
            }
            std::uint64_t previous = 0;
            std::size_t index = 0;
            for (std::uint64_t i = 0; i < samples; ++i) {
                if (!present[i]) {
                    values[i] = 0.0;
                    continue;
                }
                std::uint64_t xored = 0;
                for (int plane = 7; plane >= 0; --plane) {
                    xored |= std::uint64_t(planes[std::size_t(7 - plane) * presentCount + index]) << (8 * plane);
                }
                previous ^= xored;
                values[i] = std::bit_cast<double>(previous);
                ++index;
            }
            continue;
        }
        const std::vector<std::int64_t> *reference = nullptr;
        if (mode2 == IntegerDeltasMinusReference) {
            std::uint64_t referenceIndex = 0;
            if (!reader.varint(referenceIndex) || referenceIndex >= series
                || deltas[referenceIndex].size() != presentCount) {
                return fail("the block's series reference is damaged");
            }
            if (!std::equal(present, present + samples, presenceOf(referenceIndex))) {
                return fail("the block's series reference is damaged");
            }
            reference = &deltas[referenceIndex];
        }
        std::vector<std::int64_t> &own = deltas[series];
        own.resize(presentCount);
        for (std::size_t index = 0; index < presentCount; ++index) {
            std::uint64_t encoded = 0;
            if (!reader.varint(encoded)) {
                return fail("the block's values are cut short");
            }
            // Wrapping arithmetic: a damaged block gives wrong numbers, never undefined behaviour.
            own[index]
                = std::int64_t(std::uint64_t(unzigzag(encoded)) + std::uint64_t(reference ? (*reference)[index] : 0));
        }
        if (!values) {
            continue;
        }
        std::int64_t value = 0;
        std::size_t index = 0;
        for (std::uint64_t i = 0; i < samples; ++i) {
            if (!present[i]) {
                values[i] = 0.0;
                continue;
            }
            value = std::int64_t(std::uint64_t(value) + std::uint64_t(own[index]));
            values[i] = double(value);
            ++index;
        }
    }
    if (!reader.atEnd()) {
        return fail("the block has bytes after its last series");
    }
    return true;
}

} // namespace appclacks::core
