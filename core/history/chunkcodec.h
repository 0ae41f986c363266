// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace appclacks::core {

/// The samples of one check × zone over a stretch of time, column by column: one timestamp per
/// scrape, shared by every series of the pair (they are scraped together), and per series one
/// value per scrape with a flag saying whether the scrape had it at all (Cabourotte creates its
/// failure counter only at a check's first failure).
struct SampleBlock
{
    std::vector<std::int64_t> times; ///< milliseconds since the epoch, strictly increasing
    /// values[series][sample]; a value where the series was absent is 0 and means nothing.
    std::vector<std::vector<double>> values;
    std::vector<std::vector<std::uint8_t>> present; ///< present[series][sample]: 1 or 0

    std::size_t sampleCount() const { return times.size(); }
    std::size_t seriesCount() const { return values.size(); }
    /// Samples actually stored: present values only.
    std::size_t storedSamples() const;
    void resizeSeries(std::size_t count);
    /// Removes the samples from `from` on and returns them as a block of the same series.
    SampleBlock takeTail(std::size_t from);
    void appendRow(std::int64_t time, const std::vector<double> &row, const std::vector<std::uint8_t> &rowPresent);
};

/// Packs a SampleBlock into the bytes one row of the history file holds, exactly: every value
/// comes back bit for bit (NaN payloads, -0, ±Inf), timestamps to the millisecond.
///
/// Health-check data is almost all integer counters that grow by 0, 1 or 2 a scrape and share
/// one timestamp column, so (see docs/HISTORY.md):
/// - timestamps are delta-of-delta varints (a steady interval costs one byte or less),
/// - integer-valued series are delta varints, optionally minus the delta of an earlier series
///   (a bucket minus the bucket below it is the per-bucket count, mostly 0; _count minus +Inf is 0),
/// - other series (the _sum) are the XOR with the previous value, split into byte planes so that
///   the high bytes that rarely change compress to nothing,
/// - and zstd over the whole block.
namespace ChunkCodec {

/// `compress` false for the current block's single-scrape rows: zstd cannot shrink a few dozen
/// bytes, and skipping it keeps an append cheap.
QByteArray encode(const SampleBlock &block, bool compress = true);
/// One scrape's row, every series present, uncompressed: what encode() makes of a one-sample
/// block, without building one.
QByteArray encodeRow(std::int64_t timeMs, std::span<const double> values);
/// Refuses anything it did not write, with the reason; never reads out of bounds.
std::optional<SampleBlock> decode(QByteArrayView bytes, QString *error = nullptr);
/// The same for the series whose flag in `wanted` (one per series of the block) is set: only they
/// come back, in order. The others are read past without making their values, which is most of
/// the work when a query needs two series of eighteen.
std::optional<SampleBlock> decode(QByteArrayView bytes, std::span<const std::uint8_t> wanted, QString *error = nullptr);
/// The same, appended to `into`: its times and the wanted series' values and presence grow by the
/// block's samples (an empty `into` takes the block's wanted series; otherwise it must have as
/// many). A pair's history is most often a run of blocks in one layout: decoded in place, one
/// after the other, it is never copied. On failure `into` holds an unspecified part of the block.
bool decodeAppending(QByteArrayView bytes, std::span<const std::uint8_t> wanted, SampleBlock &into, QString *error);

} // namespace ChunkCodec

} // namespace appclacks::core
