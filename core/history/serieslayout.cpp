// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/serieslayout.h"

#include "core/exposition/prometheusnumber.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace appclacks::core {

namespace {

// Buckets by bound (one whose `le` is no number last, by text), then the other kinds.
bool canonicalLess(const SeriesKey &a, const SeriesKey &b)
{
    if (a.kind != b.kind) {
        return a.kind < b.kind;
    }
    if (a.kind != SeriesKey::Kind::Bucket) {
        return false;
    }
    const bool aNumber = !std::isnan(a.upperBound);
    const bool bNumber = !std::isnan(b.upperBound);
    if (aNumber != bNumber) {
        return aNumber;
    }
    if (aNumber && a.upperBound != b.upperBound) {
        return a.upperBound < b.upperBound;
    }
    return a.le < b.le;
}

} // namespace

SeriesKey SeriesKey::bucket(const QString &le)
{
    const QByteArray text = le.toUtf8();
    const ParsedNumber bound = parsePrometheusFloat(std::string_view(text.constData(), std::size_t(text.size())));
    return SeriesKey { Kind::Bucket, le, bound.error == NumberError::None ? bound.value : std::nan("") };
}

SeriesLayout::SeriesLayout(std::vector<SeriesKey> series)
    : m_series(std::move(series))
{
    std::stable_sort(m_series.begin(), m_series.end(), canonicalLess);
    m_series.erase(std::unique(m_series.begin(), m_series.end()), m_series.end());
}

int SeriesLayout::indexOf(const SeriesKey &key) const
{
    const auto found = std::find(m_series.begin(), m_series.end(), key);
    return found == m_series.end() ? -1 : int(found - m_series.begin());
}

int SeriesLayout::indexOf(SeriesKey::Kind kind) const
{
    return indexOf(SeriesKey::of(kind));
}

SeriesLayout SeriesLayout::unite(const SeriesLayout &a, const SeriesLayout &b)
{
    if (a == b) {
        return a;
    }
    std::vector<SeriesKey> all = a.m_series;
    all.insert(all.end(), b.m_series.begin(), b.m_series.end());
    return SeriesLayout(std::move(all));
}

QString SeriesLayout::toText() const
{
    QStringList lines;
    for (const SeriesKey &key : m_series) {
        switch (key.kind) {
        case SeriesKey::Kind::Bucket:
            lines << QStringLiteral("le=") + key.le;
            break;
        case SeriesKey::Kind::Count:
            lines << QStringLiteral("count");
            break;
        case SeriesKey::Kind::Sum:
            lines << QStringLiteral("sum");
            break;
        case SeriesKey::Kind::Success:
            lines << QStringLiteral("success");
            break;
        case SeriesKey::Kind::Failure:
            lines << QStringLiteral("failure");
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<SeriesLayout> SeriesLayout::fromText(const QString &text)
{
    std::vector<SeriesKey> series;
    if (text.isEmpty()) {
        return SeriesLayout();
    }
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("le="))) {
            series.push_back(SeriesKey::bucket(line.mid(3)));
        } else if (line == QLatin1String("count")) {
            series.push_back(SeriesKey::of(SeriesKey::Kind::Count));
        } else if (line == QLatin1String("sum")) {
            series.push_back(SeriesKey::of(SeriesKey::Kind::Sum));
        } else if (line == QLatin1String("success")) {
            series.push_back(SeriesKey::of(SeriesKey::Kind::Success));
        } else if (line == QLatin1String("failure")) {
            series.push_back(SeriesKey::of(SeriesKey::Kind::Failure));
        } else {
            return std::nullopt;
        }
    }
    SeriesLayout layout(std::move(series));
    if (layout.toText() != text) {
        return std::nullopt; // not in canonical order, or repeated: not ours
    }
    return layout;
}

} // namespace appclacks::core
