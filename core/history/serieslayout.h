// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace appclacks::core {

/// One series of a check × zone: a latency bucket (by its `le` as exposed), the histogram's _count
/// or _sum, or one of healthcheck_total's two statuses.
struct SeriesKey
{
    enum class Kind : std::uint8_t { Bucket, Count, Sum, Success, Failure };
    Kind kind = Kind::Bucket;
    QString le; ///< Bucket: the label's text, kept as exposed so that an export gives it back
    double upperBound = 0; ///< Bucket: `le` as a number (NaN when it is not one)

    static SeriesKey bucket(const QString &le);
    static SeriesKey of(Kind kind) { return SeriesKey { kind, {}, 0 }; }

    friend bool operator==(const SeriesKey &a, const SeriesKey &b) { return a.kind == b.kind && a.le == b.le; }
};

/// The series a stored block has, in one canonical order (buckets by bound, then _count, _sum,
/// success, failure), so that blocks of the same check × zone line up column by column.
class SeriesLayout
{
public:
    SeriesLayout() = default;
    explicit SeriesLayout(std::vector<SeriesKey> series);

    const std::vector<SeriesKey> &series() const { return m_series; }
    std::size_t size() const { return m_series.size(); }
    int indexOf(const SeriesKey &key) const;
    int indexOf(SeriesKey::Kind kind) const;

    /// Every series of both, in canonical order.
    static SeriesLayout unite(const SeriesLayout &a, const SeriesLayout &b);

    /// How the history file stores it: one series a line ("le=0.005", "count", ...).
    QString toText() const;
    static std::optional<SeriesLayout> fromText(const QString &text);

    friend bool operator==(const SeriesLayout &a, const SeriesLayout &b) { return a.m_series == b.m_series; }

private:
    std::vector<SeriesKey> m_series;
};

} // namespace appclacks::core
