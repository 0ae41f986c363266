// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/latencyhistogramchart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartannotations.h"
#include "ui/charts/chartstyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
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
    // Labels at the buckets' boundaries, where a histogram's bounds are: a category axis can
    // only centre a label under its bar, and bucket ranges there did not fit horizontally.
    m_latencyAxis = new QCategoryAxis;
    m_latencyAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_latencyAxis->setGridLineVisible(false);
    m_latencyAxis->setVisible(false);
    chart()->addAxis(m_latencyAxis, Qt::AlignBottom);
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

QStringList LatencyHistogramChart::axisLabels() const
{
    return m_latencyAxis->categoriesLabels();
}

void LatencyHistogramChart::rebuild()
{
    clearChart();
    m_bucketLabels.clear();
    m_axisCandidates.clear();
    m_placedForWidth = -1;
    m_markers.clear();
    for (const QString &label : m_latencyAxis->categoriesLabels()) {
        m_latencyAxis->remove(label);
    }
    m_latencyAxis->setVisible(false);
    m_latencyAxis->setTitleText({});
    ChartStyle::apply(theme(), m_latencyAxis);
    m_latencyAxis->setGridLineVisible(false);

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

    // Bucket i is centred on i: its upper bound is at i + 0.5. The last bucket (+Inf) is
    // named under its bar, "> 10 s"; in cumulative mode every bar is named, "≤ 250 ms".
    const auto count = qsizetype(bounds.size());
    for (qsizetype i = 0; i < count; ++i) {
        const double bound = bounds[std::size_t(i)];
        if (m_cumulative) {
            m_axisCandidates.push_back({ double(i),
                std::isinf(bound) ? tr("all") : QStringLiteral("≤ ") + core::HealthFormat::duration(bound) });
        } else if (std::isinf(bound)) {
            m_axisCandidates.push_back({ double(i), m_bucketLabels[i] });
        } else if (i + 1 < count) {
            m_axisCandidates.push_back({ double(i) + 0.5, core::HealthFormat::duration(bound) });
        }
    }
    m_latencyAxis->setRange(-0.5, double(count) - 0.5);
    m_latencyAxis->setStartValue(-0.5);
    m_latencyAxis->setTitleText(m_cumulative ? tr("Latency at most") : tr("Latency"));

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
    series->attachAxis(m_latencyAxis);
    series->attachAxis(valueAxis());
    m_latencyAxis->setVisible(true);
    valueAxis()->setVisible(true);

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
    if (m_axisCandidates.isEmpty() || size.width() == m_placedForWidth) {
        return;
    }
    placeAxisLabels(size.width());
}

void LatencyHistogramChart::placeAxisLabels(qreal width)
{
    m_placedForWidth = width;
    // Horizontal labels, as many as fit, evenly thinned rather than slanted or cut; the last,
    // "> 10 s" or "all", always stays.
    const QFontMetricsF metrics(theme().labelFont());
    // The value axis's labels and title, and the chart's margins, take about this much.
    const qreal plotWidth = std::max<qreal>(60, width - 110);
    const double buckets = m_latencyAxis->max() - m_latencyAxis->min();
    const qreal perUnit = plotWidth / std::max(1.0, buckets);
    constexpr qreal gap = 8;
    auto extent = [&](const AxisLabel &label) {
        const qreal centre = (label.position - m_latencyAxis->min()) * perUnit;
        const qreal half = metrics.horizontalAdvance(label.text) / 2;
        return std::pair { centre - half, centre + half };
    };
    // Every k-th label, k as small as lets the widest fit: evenly spaced, like any axis's ticks.
    qreal widest = 0;
    for (const AxisLabel &label : std::as_const(m_axisCandidates)) {
        widest = std::max(widest, metrics.horizontalAdvance(label.text));
    }
    const double spacing
        = m_axisCandidates.size() > 1 ? m_axisCandidates[1].position - m_axisCandidates[0].position : 1.0;
    const auto stride = qsizetype(std::max(1.0, std::ceil((widest + gap) / (spacing * perUnit))));
    QList<AxisLabel> kept;
    for (qsizetype i = 0; i + 1 < m_axisCandidates.size(); i += stride) {
        kept << m_axisCandidates[i];
    }
    const AxisLabel &last = m_axisCandidates.constLast();
    if (kept.isEmpty() || kept.constLast().text != last.text) {
        while (!kept.isEmpty() && extent(kept.constLast()).second + gap > extent(last).first) {
            kept.removeLast();
        }
        kept << last;
    }
    const QStringList shown = m_latencyAxis->categoriesLabels();
    QStringList wanted;
    for (const AxisLabel &label : std::as_const(kept)) {
        wanted << chartText(label.text);
    }
    if (shown == wanted) {
        return;
    }
    for (const QString &label : shown) {
        m_latencyAxis->remove(label);
    }
    for (qsizetype i = 0; i < kept.size(); ++i) {
        m_latencyAxis->append(wanted[i], kept[i].position);
    }
    m_latencyAxis->setLabelsAngle(0);
}

} // namespace appclacks::ui
