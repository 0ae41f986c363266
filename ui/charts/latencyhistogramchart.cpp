// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/latencyhistogramchart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartannotations.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <set>
#include <tuple>
#include <vector>

namespace appclacks::ui {

namespace {

using core::Bucket;

// One histogram the chart draws as one bar set.
struct Drawn
{
    QString name;
    QColor colour;
    std::vector<Bucket> buckets; // cumulative, sorted
};

// The upper bounds of all the drawn histograms: they normally share one layout, but a zone's
// prober may have been configured with other buckets (HistogramProblem::LayoutDiffersAcrossZones).
std::vector<double> unionOfBounds(const std::vector<Drawn> &drawn)
{
    std::set<double> bounds;
    for (const Drawn &histogram : drawn) {
        for (const Bucket &bucket : histogram.buckets) {
            if (!std::isnan(bucket.upperBound)) {
                bounds.insert(bucket.upperBound);
            }
        }
    }
    return { bounds.begin(), bounds.end() };
}

// Counts on `bounds`: a bound this histogram lacks gets the cumulative count of the bound
// before it, the most that is known to be at or under it.
std::vector<double> countsOn(const std::vector<Bucket> &buckets, const std::vector<double> &bounds, bool cumulative)
{
    std::vector<double> counts;
    counts.reserve(bounds.size());
    double previous = 0;
    std::size_t next = 0;
    for (const double bound : bounds) {
        while (next < buckets.size() && buckets[next].upperBound < bound) {
            ++next;
        }
        double atOrUnder = previous;
        if (next < buckets.size() && buckets[next].upperBound == bound) {
            atOrUnder = buckets[next].count;
        }
        counts.push_back(cumulative ? atOrUnder : atOrUnder - previous);
        previous = atOrUnder;
    }
    return counts;
}

double displayable(double value)
{
    return std::isfinite(value) ? value : 0;
}

// Where `estimate` falls on the category scale: bucket i spans [i, i + 1] and inside it the
// value is placed linearly between the bucket's bounds, as PromQL interpolates it.
double positionOf(const core::QuantileEstimate &estimate, const std::vector<double> &bounds)
{
    if (bounds.empty()) {
        return 0;
    }
    if (estimate.beyondLastFiniteBucket) {
        return double(bounds.size()) - 0.5; // inside "> 10 s": the value is only a lower bound
    }
    const auto found = std::lower_bound(bounds.begin(), bounds.end(), estimate.value);
    if (found == bounds.end()) {
        return double(bounds.size());
    }
    const auto index = std::size_t(found - bounds.begin());
    const double upper = bounds[index];
    const double lower = index == 0 ? std::min(0.0, upper) : bounds[index - 1];
    const double fraction = upper > lower ? (estimate.value - lower) / (upper - lower) : 1.0;
    return double(index) + std::clamp(fraction, 0.0, 1.0);
}

} // namespace

LatencyHistogramChart::LatencyHistogramChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("latencyHistogramChart"));
    setAccessibleName(tr("Latency histogram"));
    refresh();
}

LatencyHistogramChart::~LatencyHistogramChart() = default;

void LatencyHistogramChart::setZoneMode(ZoneMode mode, const QString &zone)
{
    m_zoneMode = mode;
    m_zone = mode == ZoneMode::SingleZone ? zone : QString();
    refresh();
}

void LatencyHistogramChart::setCumulative(bool cumulative)
{
    m_cumulative = cumulative;
    refresh();
}

QList<QBarSet *> LatencyHistogramChart::barSets() const
{
    const auto series = chart()->series();
    for (QAbstractSeries *item : series) {
        if (auto *bars = qobject_cast<QBarSeries *>(item)) {
            return bars->barSets();
        }
    }
    return {};
}

void LatencyHistogramChart::rebuild()
{
    clearChart();
    m_bucketLabels.clear();
    m_markers.clear();

    const QString what = m_cumulative ? tr("cumulative latency") : tr("latency");
    const core::CheckHealth *check = this->check();
    if (!check) {
        setTitle({}, tr("Latency"));
        setEmptyText(tr("Select a check to see its latency histogram"));
        return;
    }

    const QStringList zoneOrder = snapshot()->zoneNames;
    const Theme &colours = theme();
    std::vector<Drawn> drawn;
    const core::ZoneHealth *reference = &check->total;
    core::HistogramProblems problems = check->problems;
    QString subject = displayName(*check);
    switch (m_zoneMode) {
    case ZoneMode::AllZones: {
        // A check probed from one zone is that zone: it keeps the zone's colour.
        const bool oneZone = check->zones.size() == 1;
        const QColor colour = oneZone ? colours.zoneColor(zoneOrder, check->zones.front().zone) : colours.neutral();
        const QString name = oneZone ? core::HealthFormat::zone(check->zones.front().zone) : tr("All zones");
        drawn.push_back({ name, colour, check->total.buckets });
        break;
    }
    case ZoneMode::SingleZone: {
        const core::ZoneHealth *zone = check->zone(m_zone);
        subject = tr("%1 in %2").arg(subject, core::HealthFormat::zone(m_zone));
        if (!zone) {
            setTitle(subject, what);
            setEmptyText(tr("This check has no results from zone “%1”").arg(core::HealthFormat::zone(m_zone)));
            return;
        }
        reference = zone;
        problems = zone->problems;
        drawn.push_back(
            { core::HealthFormat::zone(zone->zone), colours.zoneColor(zoneOrder, zone->zone), zone->buckets });
        break;
    }
    case ZoneMode::ZonesSideBySide:
        for (const core::ZoneHealth &zone : check->zones) {
            drawn.push_back(
                { core::HealthFormat::zone(zone.zone), colours.zoneColor(zoneOrder, zone.zone), zone.buckets });
        }
        break;
    }
    setTitle(subject, what);

    const std::vector<double> bounds = unionOfBounds(drawn);
    if (bounds.empty()) {
        setEmptyText(tr("This check exposes no latency histogram"));
        return;
    }

    for (std::size_t i = 0; i < bounds.size(); ++i) {
        m_bucketLabels << core::HealthFormat::bucketRange(i == 0 ? 0 : bounds[i - 1], bounds[i], i == 0);
    }

    auto *series = new QBarSeries;
    series->setBarWidth(0.86);
    double maximum = 0;
    double observations = 0;
    for (const Drawn &histogram : drawn) {
        const std::vector<double> counts = countsOn(histogram.buckets, bounds, m_cumulative);
        const double total = histogram.buckets.empty() ? 0 : displayable(histogram.buckets.back().count);
        observations += total;
        auto *set = new QBarSet(chartText(histogram.name));
        set->setColor(histogram.colour);
        set->setBorderColor(histogram.colour);
        set->setPen(Qt::NoPen);
        QStringList toolTips;
        for (std::size_t i = 0; i < counts.size(); ++i) {
            const double value = displayable(counts[i]);
            set->append(value);
            maximum = std::max(maximum, value);
            const int plural = core::HealthFormat::pluralCount(value);
            QString toolTip = m_cumulative ? tr("%1 · at most %2\n%3 observations", nullptr, plural)
                                           : tr("%1 · %2\n%3 observations", nullptr, plural);
            toolTip = toolTip.arg(histogram.name,
                m_cumulative && !std::isinf(bounds[i]) ? core::HealthFormat::duration(bounds[i])
                                                       : m_bucketLabels[qsizetype(i)],
                core::HealthFormat::count(value));
            if (total > 0) {
                toolTip += tr(" (%1 of %2)")
                               .arg(core::HealthFormat::ratio(value / total), core::HealthFormat::count(total));
            }
            toolTips << toolTip;
        }
        connect(set, &QBarSet::hovered, this, [toolTips](bool status, int index) {
            if (status && index >= 0 && index < toolTips.size()) {
                QToolTip::showText(QCursor::pos(), toolTips[index]);
            } else {
                QToolTip::hideText();
            }
        });
        series->append(set);
    }
    chart()->addSeries(series);

    QStringList categories;
    for (const QString &label : std::as_const(m_bucketLabels)) {
        categories << chartText(label);
    }
    categoryAxis()->append(categories);
    categoryAxis()->setTitleText(tr("Latency bucket"));

    // Quantiles of what the bars show; side by side, of all the zones together.
    QList<ChartAnnotations::Marker> markers;
    const std::array<std::tuple<double, Qt::PenStyle, const core::QuantileEstimate *>, 3> quantiles {
        std::tuple { 0.50, Qt::DashLine, &reference->statistics.p50 },
        std::tuple { 0.95, Qt::DashLine, &reference->statistics.p95 },
        std::tuple { 0.99, Qt::DotLine, &reference->statistics.p99 },
    };
    for (const auto &[q, style, quantile] : quantiles) {
        const core::QuantileEstimate &estimate = *quantile;
        if (!estimate.isValid()) {
            continue;
        }
        QuantileMarker marker;
        marker.quantile = q;
        marker.estimate = estimate;
        marker.position = positionOf(estimate, bounds);
        const QString name = QStringLiteral("p%1").arg(int(std::lround(q * 100)));
        const QString value = core::HealthFormat::quantile(estimate);
        marker.label = name + QLatin1Char(' ') + value;
        // Quantiles that land on the same spot (all beyond the last bucket, say) share one
        // line and one label, "p95/p99 > 10 s", rather than stacking copies of it.
        if (!m_markers.isEmpty() && m_markers.constLast().position == marker.position
            && core::HealthFormat::quantile(m_markers.constLast().estimate) == value) {
            QString &shared = markers.back().label;
            shared.insert(shared.indexOf(QLatin1Char(' ')), QLatin1Char('/') + name);
        } else {
            // The category axis centres bucket i on i: its left edge is at i - 0.5.
            markers.push_back({ marker.position - 0.5, marker.label, style });
        }
        m_markers << marker;
    }

    valueAxis()->setTitleText(m_cumulative ? tr("Cumulative observations") : tr("Observations"));
    // Head room above the bars for the quantile labels.
    setNiceRange(valueAxis(), maximum * (markers.isEmpty() ? 1.05 : 1.25), true);
    attachAxes(series);

    chart()->legend()->setVisible(drawn.size() > 1);
    annotations()->setSeries(series);
    annotations()->setMarkers(markers);

    if (!(observations > 0)) {
        setEmptyText(tr("No observations in this window"));
    }
    QStringList notes;
    if (m_zoneMode == ZoneMode::ZonesSideBySide && drawn.size() > 1 && !markers.isEmpty()) {
        notes << tr("Quantile markers are for all zones together.");
    }
    if (problems) {
        notes << core::HealthFormat::problems(problems);
    }
    if (!notes.isEmpty()) {
        setCaption(notes.join(QLatin1Char(' ')), problems ? theme().partial() : theme().secondaryText());
    }
}

void LatencyHistogramChart::adaptToSize(const QSizeF &size)
{
    if (m_bucketLabels.isEmpty()) {
        return;
    }
    // A bucket's range reads best horizontally; when the ranges do not fit side by side they
    // are slanted just enough, since QtCharts cuts a label wider than its category.
    const QFontMetricsF metrics(theme().labelFont());
    qreal widest = 0;
    for (const QString &label : std::as_const(m_bucketLabels)) {
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    // The value axis's labels and title, and the chart's margins, take about this much.
    const qreal plotWidth = size.width() - 130;
    const qreal available = plotWidth / qreal(std::max<qsizetype>(1, m_bucketLabels.size())) - 12;
    int angle = -90;
    for (const int candidate : { 0, -30, -45, -60, -75 }) {
        const double radians = std::abs(candidate) * std::numbers::pi / 180;
        const qreal rotatedWidth = widest * std::cos(radians) + metrics.height() * std::sin(radians);
        if (rotatedWidth <= available) {
            angle = candidate;
            break;
        }
    }
    if (categoryAxis()->labelsAngle() != angle) {
        categoryAxis()->setLabelsAngle(angle);
    }
}

} // namespace appclacks::ui
