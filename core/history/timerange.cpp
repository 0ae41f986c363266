// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/timerange.h"

#include "core/history/openmetricsbackfill.h"

#include <QDateTime>
#include <QLocale>
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

namespace appclacks::core {

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
constexpr std::int64_t hourMs = 60 * minuteMs;
constexpr std::int64_t dayMs = 24 * hourMs;

/// "15m", "24h", "7d": the shortest exact spelling parseDurationMs reads back.
QString durationText(std::int64_t ms)
{
    if (ms % dayMs == 0 && ms / dayMs != 1) {
        return QString::number(ms / dayMs) + QLatin1Char('d');
    }
    if (ms % hourMs == 0) {
        return QString::number(ms / hourMs) + QLatin1Char('h');
    }
    if (ms % minuteMs == 0) {
        return QString::number(ms / minuteMs) + QLatin1Char('m');
    }
    if (ms % 1000 == 0) {
        return QString::number(ms / 1000) + QLatin1Char('s');
    }
    return QString::number(ms) + QLatin1String("ms");
}

} // namespace

TimeRange TimeRange::last(std::int64_t durationMs)
{
    TimeRange range;
    range.kind = Kind::Last;
    range.lastMs = durationMs;
    return range;
}

TimeRange TimeRange::custom(std::int64_t fromMs, std::int64_t toMs)
{
    TimeRange range;
    range.kind = Kind::Custom;
    range.fromMs = std::min(fromMs, toMs);
    range.toMs = std::max(fromMs, toMs);
    return range;
}

QList<TimeRange> TimeRange::presets()
{
    return { sinceProberStarted(), last(15 * minuteMs), last(hourMs), last(6 * hourMs), last(dayMs), last(7 * dayMs),
        last(30 * dayMs) };
}

std::int64_t TimeRange::startMs(std::int64_t nowMs) const
{
    switch (kind) {
    case Kind::SinceProberStarted:
        return 0;
    case Kind::Last:
        return nowMs - lastMs;
    case Kind::Custom:
        return fromMs;
    }
    return 0;
}

std::int64_t TimeRange::endMs(std::int64_t nowMs) const
{
    return kind == Kind::Custom ? toMs : nowMs;
}

QString TimeRange::label() const
{
    switch (kind) {
    case Kind::SinceProberStarted:
        return tr("Since the prober started");
    case Kind::Last:
        if (lastMs % dayMs == 0 && lastMs >= 2 * dayMs) {
            return tr("Last %n days", nullptr, int(lastMs / dayMs));
        }
        if (lastMs % hourMs == 0) {
            return tr("Last %n hours", nullptr, int(lastMs / hourMs));
        }
        return tr("Last %n minutes", nullptr, int(std::max<std::int64_t>(1, lastMs / minuteMs)));
    case Kind::Custom: {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
        const QLocale locale;
        const QString dayFormat = QStringLiteral("d MMM");
        const QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        const QString fromText = locale.toString(from, dayFormat + QLatin1Char(' ') + timeFormat);
        const QString toText = from.date() == to.date()
            ? locale.toString(to, timeFormat)
            : locale.toString(to, dayFormat + QLatin1Char(' ') + timeFormat);
        return tr("%1 – %2").arg(fromText, toText);
    }
    }
    return {};
}

QString TimeRange::toText() const
{
    switch (kind) {
    case Kind::SinceProberStarted:
        return QStringLiteral("since-start");
    case Kind::Last:
        return durationText(lastMs);
    case Kind::Custom:
        return QString::number(fromMs) + QLatin1String("..") + QString::number(toMs);
    }
    return {};
}

std::optional<TimeRange> TimeRange::fromText(const QString &text)
{
    if (text == QLatin1String("since-start")) {
        return sinceProberStarted();
    }
    const qsizetype dots = text.indexOf(QLatin1String(".."));
    if (dots > 0) {
        bool fromOk = false;
        bool toOk = false;
        const std::int64_t from = text.left(dots).toLongLong(&fromOk);
        const std::int64_t to = text.mid(dots + 2).toLongLong(&toOk);
        if (!fromOk || !toOk || from >= to) {
            return std::nullopt;
        }
        return custom(from, to);
    }
    const std::optional<std::int64_t> duration = parseDurationMs(text);
    if (!duration) {
        return std::nullopt;
    }
    return last(*duration);
}

} // namespace appclacks::core
