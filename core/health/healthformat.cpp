// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/healthformat.h"

#include "core/history/checktimeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace appclacks::core::HealthFormat {

namespace {

QString trimmed(double value, int decimals)
{
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(1);
        }
    }
    return text;
}

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(HealthFormat)
};

} // namespace

QString duration(double seconds)
{
    if (std::isnan(seconds)) {
        return QStringLiteral("—");
    }
    if (std::isinf(seconds)) {
        return seconds > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    }
    const double magnitude = std::fabs(seconds);
    if (magnitude < 0.01) {
        return trimmed(seconds * 1000, 1) + QStringLiteral(" ms");
    }
    if (magnitude < 0.9995) {
        return trimmed(std::round(seconds * 1000), 0) + QStringLiteral(" ms");
    }
    if (magnitude < 10) {
        return trimmed(seconds, 2) + QStringLiteral(" s");
    }
    return trimmed(seconds, 1) + QStringLiteral(" s");
}

QString ratio(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("—");
    }
    // Truncated, not rounded: 99.97% must not read "100.0%" while a check has failed.
    const double percent = std::floor(value * 1000) / 10;
    // French and others put a (narrow, non-breaking) space before the sign.
    return Text::tr("%1%", "a percentage").arg(QLocale().toString(percent, 'f', 1));
}

QString quantile(const QuantileEstimate &estimate)
{
    if (!estimate.isValid()) {
        return QStringLiteral("—");
    }
    if (estimate.beyondLastFiniteBucket) {
        return QStringLiteral("> ") + duration(estimate.value);
    }
    return duration(estimate.value);
}

QString quantileBounds(const QuantileEstimate &estimate)
{
    if (!estimate.isValid()) {
        return Text::tr("no observations in a complete histogram");
    }
    if (estimate.beyondLastFiniteBucket) {
        return Text::tr("more than %1 (beyond the last bucket)").arg(duration(estimate.value));
    }
    if (std::isinf(estimate.lowerBound) || estimate.lowerBound == estimate.upperBound) {
        return Text::tr("at most %1").arg(duration(estimate.upperBound));
    }
    return Text::tr("between %1 and %2").arg(duration(estimate.lowerBound), duration(estimate.upperBound));
}

QString bucketRange(double lowerBound, double upperBound, bool first)
{
    if (std::isinf(upperBound)) {
        return QStringLiteral("> ") + duration(lowerBound);
    }
    if (first) {
        return QStringLiteral("≤ ") + duration(upperBound);
    }
    const QString lower = duration(lowerBound);
    const QString upper = duration(upperBound);
    // "100–250 ms" when both share a unit, "500 ms–1 s" otherwise.
    const qsizetype space = lower.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && upper.endsWith(lower.mid(space))) {
        return lower.left(space) + QStringLiteral("–") + upper;
    }
    return lower + QStringLiteral("–") + upper;
}

int pluralCount(double value)
{
    if (!(value >= 0) || std::isinf(value)) {
        return 0;
    }
    const double whole = std::floor(value);
    if (whole != value && whole == 1) {
        return 2; // "1.5 runs": English and French both take the plural beyond one
    }
    // Languages choose by the last digits: keep them for counts beyond int.
    return whole < 1e9 ? int(whole) : int(std::fmod(whole, 1e6)) + 1000000;
}

QString count(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("—");
    }
    if (value == std::floor(value) && std::fabs(value) < 9e15) {
        return QLocale().toString(qint64(value));
    }
    return QLocale().toString(value, 'f', 2);
}

QString zone(const QString &zone)
{
    return zone.isEmpty() ? QStringLiteral("—") : zone;
}

QString toolTip(const QString &text)
{
    // Qt::mightBeRichText (QtGui) needs a '<' to say yes: without one, plain text stays plain.
    if (!text.contains(QLatin1Char('<'))) {
        return text;
    }
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}

QString problems(HistogramProblems found)
{
    QStringList sentences;
    if (found & HistogramProblem::MissingInfBucket) {
        sentences << Text::tr("No +Inf bucket: Prometheus computes no quantile from this histogram.");
    }
    if (found & HistogramProblem::NonMonotonic) {
        sentences << Text::tr("A bucket counts fewer observations than a smaller one; quantiles use the running "
                              "maximum, as Prometheus does.");
    }
    if (found & HistogramProblem::CountMismatch) {
        sentences << Text::tr("_count differs from the +Inf bucket.");
    }
    if (found & HistogramProblem::NegativeOrNaNCount) {
        sentences << Text::tr("A count is negative or not a number.");
    }
    if (found & HistogramProblem::LayoutDiffersAcrossZones) {
        sentences << Text::tr("Zones use different buckets; the total adds equal bounds only.");
    }
    if (found & HistogramProblem::NegativeOrNaNOutcome) {
        sentences << Text::tr("A success or failure counter is negative or not a number; its increases are not "
                              "meaningful.");
    }
    if (found & HistogramProblem::NonNumericBound) {
        sentences << Text::tr("A bucket's le is not a number; that bucket was left out, as Prometheus does.");
    }
    return sentences.join(QLatin1Char(' '));
}

QString status(const CheckHealth &check)
{
    switch (check.status) {
    case CheckStatus::Passing:
        return Text::tr("Passing");
    case CheckStatus::PartialOutage:
        return Text::tr("Failing in %n zones", nullptr, 1);
    case CheckStatus::GlobalOutage:
        return check.failingZones > 1 ? Text::tr("Failing in %n zones", nullptr, check.failingZones)
                                      : Text::tr("Failing");
    case CheckStatus::NoData:
        break;
    }
    return Text::tr("No results yet");
}

QString elapsed(std::int64_t ms)
{
    const std::int64_t seconds = std::max<std::int64_t>(0, ms / 1000);
    const std::int64_t minutes = seconds / 60;
    const std::int64_t hours = minutes / 60;
    const std::int64_t days = hours / 24;
    if (days >= 1) {
        return hours % 24 == 0 || days >= 3 ? Text::tr("%1 d").arg(days)
                                            : Text::tr("%1 d %2 h").arg(days).arg(hours % 24);
    }
    if (hours >= 1) {
        return minutes % 60 == 0 ? Text::tr("%1 h").arg(hours) : Text::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    if (minutes >= 1) {
        return Text::tr("%1 min").arg(minutes);
    }
    return Text::tr("%1 s").arg(seconds);
}

QString moment(std::int64_t ms, std::int64_t nowMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QLocale locale;
    // To the minute: a status "since 17:58:20" reads as more exact than a step of history is.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    QString time = locale.toString(when.time(), format);
    if (when.date() == now.date()) {
        return time;
    }
    return locale.toString(when.date(), QStringLiteral("d MMM")) + QLatin1Char(' ') + time;
}

QString statusNow(const CheckHealth &check, std::int64_t nowMs)
{
    QString word = status(check);
    const CheckTimeline *timeline = check.timeline.get();
    if (!timeline || nowMs <= 0) {
        return word;
    }
    const CheckNow &now = timeline->now;
    if (now.failingSinceMs > 0 && check.status != CheckStatus::Passing && check.status != CheckStatus::NoData) {
        return Text::tr("%1 since %2 (%3)")
            .arg(word, moment(now.failingSinceMs, nowMs), elapsed(nowMs - now.failingSinceMs));
    }
    if (now.passingSinceMs > 0 && check.status == CheckStatus::Passing) {
        return Text::tr("Passing for %1").arg(elapsed(nowMs - now.passingSinceMs));
    }
    return word;
}

QString lastFailure(const CheckHealth &check, std::int64_t nowMs)
{
    const CheckTimeline *timeline = check.timeline.get();
    if (!timeline || nowMs <= 0) {
        return {};
    }
    if (timeline->now.lastFailureMs <= 0) {
        return Text::tr("No failure in the history");
    }
    return Text::tr("Last failure %1 ago").arg(elapsed(nowMs - timeline->now.lastFailureMs));
}

QString disagreement(const ZoneDisagreement &disagreement)
{
    const QString where = zone(disagreement.zone);
    if (disagreement.kind == ZoneDisagreement::Kind::Latency) {
        return Text::tr("%1 disagrees: p95 %2 vs %3 elsewhere")
            .arg(where, quantile(disagreement.estimate), duration(disagreement.elsewhere));
    }
    return Text::tr("%1 disagrees: success %2 vs %3 elsewhere")
        .arg(where, ratio(disagreement.value), ratio(disagreement.elsewhere));
}

} // namespace appclacks::core::HealthFormat
