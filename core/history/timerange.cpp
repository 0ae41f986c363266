// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/timerange.h"

#include "core/history/openmetricsbackfill.h"

#include <QDateTime>
#include <QRegularExpression>

namespace appclacks::core {

std::optional<std::int64_t> parseDurationMs(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d{1,9})(ms|s|m|h|d|w)"));
    if (text.isEmpty()) {
        return std::nullopt;
    }
    std::int64_t total = 0;
    qsizetype position = 0;
    while (position < text.size()) {
        const QRegularExpressionMatch match = part.match(
            text, position, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        const std::int64_t amount = match.captured(1).toLongLong();
        const QString unit = match.captured(2);
        const std::int64_t scale = unit == QLatin1String("ms") ? 1
            : unit == QLatin1String("s")                       ? 1000
            : unit == QLatin1String("m")                       ? 60000
            : unit == QLatin1String("h")                       ? 3600000
            : unit == QLatin1String("d")                       ? 86400000
                                                               : 7 * 86400000ll;
        total += amount * scale;
        position = match.capturedEnd();
    }
    return total > 0 ? std::optional<std::int64_t>(total) : std::nullopt;
}

std::optional<std::int64_t> parseTimeMs(const QString &text)
{
    static const QRegularExpression unixSeconds(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (unixSeconds.match(text).hasMatch()) {
        const QByteArray utf8 = text.toUtf8();
        return OpenMetricsBackfill::parseTimestamp(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // RFC 3339 always names its offset; a time without one would depend on this machine's zone.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        return std::nullopt;
    }
    return time.toMSecsSinceEpoch();
}

} // namespace appclacks::core
