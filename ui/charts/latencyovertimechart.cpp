// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/latencyovertimechart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace appclacks::ui {

namespace {

const core::QuantileEstimate &estimateOf(
    const core::ZoneStatistics &statistics, LatencyOverTimeChart::Quantile quantile)
{
    switch (quantile) {
    case LatencyOverTimeChart::Quantile::P50:
        return statistics.p50;
    case LatencyOverTimeChart::Quantile::P95:
        return statistics.p95;
    case LatencyOverTimeChart::Quantile::P99:
        break;
    }
    return statistics.p99;
}

QString quantileName(LatencyOverTimeChart::Quantile quantile)
{
    switch (quantile) {
    case LatencyOverTimeChart::Quantile::P50:
        return QStringLiteral("p50");
    case LatencyOverTimeChart::Quantile::P95:
        return QStringLiteral("p95");
    case LatencyOverTimeChart::Quantile::P99:
        break;
    }
    return QStringLiteral("p99");
}

std::vector<double> valuesOf(const std::vector<core::StepPoint> &steps, LatencyOverTimeChart::Quantile quantile)
{
    std::vector<double> values;
    values.reserve(steps.size());
    for (const core::StepPoint &step : steps) {
        const core::QuantileEstimate &estimate = estimateOf(step.statistics, quantile);
        values.push_back(step.hasSamples && estimate.isValid() ? estimate.value : std::nan(""));
    }
    return values;
}

} // namespace

LatencyOverTimeChart::LatencyOverTimeChart(QWidget *parent)
    : TimeChartWidget(parent)
{
    setObjectName(QStringLiteral("latencyOverTimeChart"));
    setAccessibleName(tr("Latency over time"));
    m_logAxis = new QLogValueAxis;
    m_logAxis->setBase(10);
    m_logAxis->setVisible(false);
    chart()->addAxis(m_logAxis, Qt::AlignLeft);
    refresh();
}

LatencyOverTimeChart::~LatencyOverTimeChart() = default;

void LatencyOverTimeChart::setZoneMode(ZoneMode mode, Quantile quantile)
{
    m_zoneMode = mode;
    m_quantile = quantile;
    refresh();
}

void LatencyOverTimeChart::setScale(Scale scale)
{
    m_scale = scale;
    refresh();
}

std::vector<LatencyOverTimeChart::Line> LatencyOverTimeChart::linesToDraw() const
{
    std::vector<Line> lines;
    const auto overTimeData = overTime();
    if (!overTimeData) {
        return lines;
    }
    const Theme &colours = theme();
    if (m_zoneMode == ZoneMode::AllZones) {
        // One hue, told apart by weight as docs/UI.md asks: p50 thin and light, p99 bold.
        const QColor hue = colours.neutral();
        lines.push_back({ QStringLiteral("p50"), Theme::blend(hue, colours.background(), 0.7), 1.5, 1,
            valuesOf(overTimeData->total, Quantile::P50) });
        lines.push_back({ QStringLiteral("p95"), hue, 2.25, 1, valuesOf(overTimeData->total, Quantile::P95) });
        lines.push_back({ QStringLiteral("p99"), Theme::blend(hue, colours.text(), 0.6), 3, 1,
            valuesOf(overTimeData->total, Quantile::P99) });
        return lines;
    }
    QStringList order;
    for (const QString &zone : overTimeData->zones) {
        order << zone;
    }
    for (std::size_t i = 0; i < overTimeData->zones.size() && i < overTimeData->perZone.size(); ++i) {
        lines.push_back({ core::HealthFormat::zone(overTimeData->zones[i]),
            colours.zoneColor(order, overTimeData->zones[i]), 2, 1, valuesOf(overTimeData->perZone[i], m_quantile) });
    }
    return lines;
}

void LatencyOverTimeChart::rebuild()
{
    clearTimeChart();
    m_segments.clear();
    ChartStyle::apply(theme(), m_logAxis);
    m_logAxis->setVisible(false);
    m_logAxis->setTitleText({});

    const auto overTimeData = overTime();
    const QString what = m_zoneMode == ZoneMode::AllZones
        ? tr("latency over time")
        : tr("%1 latency over time by zone").arg(quantileName(m_quantile));
    if (!overTimeData) {
        setTitle({}, tr("Latency over time"));
        setEmptyText(tr("Select a check to see its latency over time"));
        return;
    }
    setTitle(overTimeData->name.isEmpty() ? overTimeData->key : overTimeData->name, what);
    std::vector<Line> lines = linesToDraw();
    double maximum = 0;
    double minimum = std::numeric_limits<double>::infinity();
    for (Line &line : lines) {
        for (double &value : line.seconds) {
            // A logarithmic axis has no place for zero: such a step is a gap there.
            if (m_scale == Scale::Logarithmic && !(value > 0)) {
                value = std::nan("");
            }
            if (!std::isnan(value)) {
                maximum = std::max(maximum, value);
                minimum = std::min(minimum, value);
            }
        }
    }
    if (lines.empty() || !(maximum > 0 || (m_scale == Scale::Linear && minimum == 0))) {
        setEmptyText(tr("No latency was recorded for this check in this range"));
        return;
    }
    // Seconds read better than thousands of milliseconds.
    m_unitFactor = maximum >= 2 ? 1 : 1000;
    QAbstractAxis *yAxis = valueAxis();
    if (m_scale == Scale::Logarithmic) {
        const double low = std::pow(10.0, std::floor(std::log10(minimum * m_unitFactor)));
        double high = std::pow(10.0, std::ceil(std::log10(maximum * m_unitFactor)));
        if (high <= low) {
            high = low * 10;
        }
        // QtCharts finds the first decade with ln(min) / ln(10), which lands a hair above -2 for
        // 0.01 and would skip that tick: start a hair below the decade instead.
        m_logAxis->setRange(low * (1 - 1e-9), high);
        // QtCharts needs a precision to format localized numbers ("%g" gives empty labels).
        m_logAxis->setLabelFormat(QStringLiteral("%.3g"));
        m_logAxis->setMinorTickCount(-1);
        yAxis = m_logAxis;
    } else {
        setNiceRange(valueAxis(), maximum * m_unitFactor * 1.08, false);
    }
    yAxis->setTitleText(m_unitFactor == 1 ? tr("Latency (s)") : tr("Latency (ms)"));
    timeAxis()->setTitleText(tr("Time"));

    for (Line &line : lines) {
        for (double &value : line.seconds) {
            value *= m_unitFactor;
        }
        QPen pen(line.colour);
        pen.setWidthF(line.width);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        m_segments << addLine(line.seconds, line.name, pen, yAxis);
    }
    chart()->legend()->setVisible(true);
    const auto gaps = std::count_if(overTimeData->total.begin(), overTimeData->total.end(),
        [](const core::StepPoint &step) { return !step.hasSamples; });
    if (gaps > 0) {
        setCaption(tr("No samples in %n step(s): the lines break there.", nullptr, int(gaps)));
    }
}

QString LatencyOverTimeChart::toolTipForStep(int step, const QPointF &position) const
{
    Q_UNUSED(position);
    const auto overTimeData = overTime();
    const std::vector<core::StepPoint> &all = steps();
    if (!overTimeData || step < 0 || step >= std::ssize(all)) {
        return {};
    }
    const core::StepPoint &point = all[std::size_t(step)];
    QStringList lines { stepTimeText(point.fromMs, point.toMs) };
    const auto quantiles = [](const core::StepPoint &at) {
        return QStringLiteral("p50 %1 · p95 %2 · p99 %3")
            .arg(core::HealthFormat::quantile(at.statistics.p50), core::HealthFormat::quantile(at.statistics.p95),
                core::HealthFormat::quantile(at.statistics.p99));
    };
    if (m_zoneMode == ZoneMode::AllZones) {
        lines << (point.hasSamples ? quantiles(point) : tr("no samples"));
    } else {
        for (std::size_t i = 0; i < overTimeData->zones.size() && i < overTimeData->perZone.size(); ++i) {
            const std::vector<core::StepPoint> &zone = overTimeData->perZone[i];
            const QString name = core::HealthFormat::zone(overTimeData->zones[i]);
            if (std::size_t(step) >= zone.size() || !zone[std::size_t(step)].hasSamples) {
                lines << tr("%1: no samples").arg(name);
                continue;
            }
            lines << QStringLiteral("%1: %2 %3")
                         .arg(name, quantileName(m_quantile),
                             core::HealthFormat::quantile(estimateOf(zone[std::size_t(step)].statistics, m_quantile)));
        }
    }
    return core::HealthFormat::toolTip(lines.join(QLatin1Char('\n')));
}

} // namespace appclacks::ui
