// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/promqlqueries.h"

#include "core/exposition/prometheusnumber.h"

#include <utility>

namespace appclacks::core {

PromqlQueries::PromqlQueries(QList<LabelMatcher> matchers, QString nameLabel, QString idLabel, QString zoneLabel)
    : m_matchers(std::move(matchers))
    , m_nameLabel(std::move(nameLabel))
    , m_idLabel(std::move(idLabel))
    , m_zoneLabel(std::move(zoneLabel))
{ }

std::optional<PromqlQueries> PromqlQueries::forEndpoint(const PrometheusEndpoint &endpoint, QString *error)
{
    PrometheusEndpoint labelsOnly;
    labelsOnly.baseUrl = QUrl(QStringLiteral("http://localhost"));
    labelsOnly.nameLabel = endpoint.nameLabel;
    labelsOnly.idLabel = endpoint.idLabel;
    labelsOnly.zoneLabel = endpoint.zoneLabel;
    labelsOnly.extraMatchers = endpoint.extraMatchers;
    if (const auto problem = labelsOnly.validate()) {
        if (error) {
            *error = *problem;
        }
        return std::nullopt;
    }
    return PromqlQueries(LabelMatchers::parse(endpoint.extraMatchers).matchers, endpoint.nameLabel, endpoint.idLabel,
        endpoint.zoneLabel);
}

QString PromqlQueries::duration(std::int64_t milliseconds)
{
    milliseconds = std::max<std::int64_t>(milliseconds, 1);
    static const std::pair<std::int64_t, const char *> units[]
        = { { 86400000, "d" }, { 3600000, "h" }, { 60000, "m" }, { 1000, "s" } };
    for (const auto &[size, unit] : units) {
        if (milliseconds % size == 0) {
            return QString::number(milliseconds / size) + QLatin1String(unit);
        }
    }
    return QString::number(milliseconds) + QLatin1String("ms");
}

QString PromqlQueries::alternation(const QStringList &values)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString &value : values) {
        QString pattern;
        for (const QChar c : value) {
            if (QStringView(u"\\.+*?()|[]{}^$").contains(c)) {
                pattern += QLatin1Char('\\');
            }
            pattern += c;
        }
        escaped << pattern;
    }
    return escaped.join(QLatin1Char('|'));
}

QString PromqlQueries::selector(const QString &metric, const QStringList &checks) const
{
    return selector(metric, checks, {});
}

QString PromqlQueries::selector(
    const QString &metric, const QStringList &checks, const QList<LabelMatcher> &extra) const
{
    QStringList parts;
    parts.reserve(m_matchers.size() + extra.size() + 1);
    for (const LabelMatcher &matcher : m_matchers) {
        parts << matcher.toPromql();
    }
    if (!checks.isEmpty()) {
        const LabelMatcher only { checkKeyLabel(),
            checks.size() == 1 ? LabelMatcher::Op::Equal : LabelMatcher::Op::RegexMatch,
            checks.size() == 1 ? checks.constFirst() : alternation(checks) };
        parts << only.toPromql();
    }
    for (const LabelMatcher &matcher : extra) {
        parts << matcher.toPromql();
    }
    if (parts.isEmpty()) {
        return metric;
    }
    return metric + QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString PromqlQueries::grouping(const QString &extra) const
{
    QStringList labels { m_nameLabel };
    if (!m_idLabel.isEmpty()) {
        labels << m_idLabel;
    }
    if (!m_zoneLabel.isEmpty()) {
        labels << m_zoneLabel;
    }
    if (!extra.isEmpty()) {
        labels << extra;
    }
    return labels.join(QLatin1String(", "));
}

namespace {

QString sumOfIncrease(const QString &grouping, const QString &selector, std::int64_t windowMs)
{
    if (windowMs == 0) {
        return QStringLiteral("sum by (%1) (%2)").arg(grouping, selector);
    }
    return QStringLiteral("sum by (%1) (increase(%2[%3]))").arg(grouping, selector, PromqlQueries::duration(windowMs));
}

} // namespace

QString PromqlQueries::bucketIncreases(std::int64_t windowMs, const QStringList &checks) const
{
    return sumOfIncrease(grouping(QStringLiteral("le")), selector(QLatin1String(bucketMetric), checks), windowMs);
}

QString PromqlQueries::latencyQuantile(double quantile, std::int64_t windowMs, const QStringList &checks) const
{
    return QStringLiteral("histogram_quantile(%1, %2)")
        .arg(QString::fromStdString(formatPrometheusFloat(quantile)), bucketIncreases(windowMs, checks));
}

QString PromqlQueries::outcomes(std::int64_t windowMs, const QStringList &checks) const
{
    return sumOfIncrease(grouping(QStringLiteral("status")), selector(QLatin1String(totalMetric), checks), windowMs);
}

QString PromqlQueries::observationSums(std::int64_t windowMs, const QStringList &checks) const
{
    return sumOfIncrease(grouping(), selector(QLatin1String(sumMetric), checks), windowMs);
}

QString PromqlQueries::observationCounts(std::int64_t windowMs, const QStringList &checks) const
{
    return sumOfIncrease(grouping(), selector(QLatin1String(countMetric), checks), windowMs);
}

QString PromqlQueries::failingSteps(std::int64_t windowMs, const QStringList &checks) const
{
    const LabelMatcher onlyFailures { QStringLiteral("status"), LabelMatcher::Op::Equal, QStringLiteral("failure") };
    return sumOfIncrease(grouping(), selector(QLatin1String(totalMetric), checks, { onlyFailures }), windowMs)
        + QStringLiteral(" > 0");
}

QString PromqlQueries::successRatio(std::int64_t windowMs, const QStringList &checks) const
{
    const LabelMatcher onlySuccesses { QStringLiteral("status"), LabelMatcher::Op::Equal, QStringLiteral("success") };
    return sumOfIncrease(grouping(), selector(QLatin1String(totalMetric), checks, { onlySuccesses }), windowMs)
        + QStringLiteral(" / ") + sumOfIncrease(grouping(), selector(QLatin1String(totalMetric), checks), windowMs);
}

PromqlQueries PromqlQueries::perCheck() const
{
    return PromqlQueries(m_matchers, m_nameLabel, m_idLabel, QString());
}

PromqlQueries PromqlQueries::byName() const
{
    return PromqlQueries(m_matchers, m_nameLabel, QString(), m_zoneLabel);
}

QString PromqlQueries::outcomeSeriesSelector(const QStringList &checks) const
{
    return selector(QLatin1String(totalMetric), checks);
}

} // namespace appclacks::core
