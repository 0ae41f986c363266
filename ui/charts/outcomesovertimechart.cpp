// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/outcomesovertimechart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartstyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace appclacks::ui {

namespace {

bool hasRuns(const core::StepPoint &step)
{
    return step.hasSamples && step.hasOutcomes && step.success + step.failure > 0;
}

} // namespace

OutcomesOverTimeChart::OutcomesOverTimeChart(QWidget *parent)
    : TimeChartWidget(parent)
{
    setObjectName(QStringLiteral("outcomesOverTimeChart"));
    setAccessibleName(tr("Failures and success ratio over time"));
    m_ratioAxis = new QValueAxis;
    m_ratioAxis->setVisible(false);
    chart()->addAxis(m_ratioAxis, Qt::AlignRight);
    // The axis titles run along the plot's height, which is known once the chart is laid out.
    connect(chart(), &QChart::plotAreaChanged, this, &OutcomesOverTimeChart::fitAxisTitles);
    refresh();
}

OutcomesOverTimeChart::~OutcomesOverTimeChart() = default;

void OutcomesOverTimeChart::rebuild()
{
    clearTimeChart();
    m_failureSet = nullptr;
    m_bars = nullptr;
    m_ratioSegments.clear();
    m_failureTitles.clear();
    m_ratioTitles.clear();
    ChartStyle::apply(theme(), m_ratioAxis);
    m_ratioAxis->setVisible(false);
    m_ratioAxis->setTitleText({});
    m_ratioAxis->setGridLineVisible(false);

    const auto overTimeData = overTime();
    if (!overTimeData) {
        setTitle({}, tr("Outcomes over time"));
        setEmptyText(tr("Select a check to see its failures over time"));
        return;
    }
    setTitle(overTimeData->name.isEmpty() ? overTimeData->key : overTimeData->name,
        tr("failures and success ratio over time"));
    const std::vector<core::StepPoint> &all = steps();
    if (std::none_of(all.begin(), all.end(), hasRuns)) {
        setEmptyText(tr("No runs were recorded for this check in this range"));
        return;
    }

    const Theme &colours = theme();
    // The unit stays in the legend, which has room, when a short plot leaves the axis "Failures".
    const QString perStep = tr("Failures per %1").arg(core::HealthFormat::elapsed(overTimeData->stepMs));
    m_failureSet = new QBarSet(perStep);
    m_failureSet->setColor(colours.failing());
    m_failureSet->setPen(Qt::NoPen);
    double maximumFailures = 0;
    double lowestRatio = 1;
    double success = 0;
    double failure = 0;
    QList<qreal> failures;
    failures.reserve(qsizetype(all.size()));
    for (const core::StepPoint &step : all) {
        const double failed = hasRuns(step) ? step.failure : 0;
        failures.append(failed);
        maximumFailures = std::max(maximumFailures, failed);
        if (hasRuns(step)) {
            lowestRatio = std::min(lowestRatio, step.success / (step.success + step.failure));
            success += step.success;
            failure += step.failure;
        }
    }
    // All values at once: one update instead of one a bar.
    m_failureSet->append(failures);
    m_bars = new QBarSeries;
    m_bars->append(m_failureSet);
    chart()->addSeries(m_bars);
    attachTimeAxis(m_bars, valueAxis());
    setNiceRange(valueAxis(), std::max(1.0, maximumFailures * 1.1), true);
    m_failureTitles = { perStep, tr("Failures") };
    timeAxis()->setTitleText(tr("Time"));

    // The ratio axis starts at the next 5 % (or 1 % close to the top) below the lowest ratio: a
    // step at 95 % then dips half the plot, where a 0–100 % axis would show a hair.
    const double lowestPercent = lowestRatio * 100;
    const double grain = lowestPercent >= 99 ? 0.5 : lowestPercent >= 90 ? 1 : lowestPercent >= 50 ? 5 : 10;
    double bottom = std::floor((lowestPercent - grain / 2) / grain) * grain;
    bottom = std::clamp(bottom, 0.0, 99.5);
    const double span = 100 - bottom;
    // A little room above 100 %: a ratio line along the plot's top edge would hide in it.
    m_ratioAxis->setRange(bottom, 100 + span * 0.04);
    const double tick = span <= 1 ? 0.25
        : span <= 2.5             ? 0.5
        : span <= 5               ? 1
        : span <= 12              ? 2
        : span <= 25              ? 5
        : span <= 50              ? 10
                                  : 20;
    m_ratioAxis->setTickType(QValueAxis::TicksDynamic);
    m_ratioAxis->setTickAnchor(100);
    m_ratioAxis->setTickInterval(tick);
    // Localized labels (ChartStyle) keep what follows the number as it is: "%%" would stay double.
    m_ratioAxis->setLabelFormat(tick < 1 ? QStringLiteral("%.1f%") : QStringLiteral("%.0f%"));
    m_ratioTitles = { tr("Success ratio"), tr("Success") };

    std::vector<double> ratios;
    ratios.reserve(all.size());
    for (const core::StepPoint &step : all) {
        ratios.push_back(hasRuns(step) ? 100 * step.success / (step.success + step.failure) : std::nan(""));
    }
    QPen pen(colours.neutral());
    pen.setWidthF(2);
    m_ratioSegments = addLine(ratios, tr("Success ratio"), pen, m_ratioAxis);
    chart()->legend()->setVisible(true);
    fitAxisTitles();
    const double runs = success + failure;
    setCaption(tr("%1 of %2 runs failed (%3 succeeded)", nullptr, core::HealthFormat::pluralCount(runs))
                   .arg(core::HealthFormat::count(failure), core::HealthFormat::count(runs),
                       core::HealthFormat::ratio(runs > 0 ? success / runs : std::nan(""))),
        failure > 0 ? colours.failing() : colours.secondaryText());
}

void OutcomesOverTimeChart::adaptToSize(const QSizeF &size)
{
    TimeChartWidget::adaptToSize(size);
    if (!m_bars || steps().empty()) {
        return;
    }
    // Gaps between bars a pixel or two wide shimmer (and vanish in exports at another size):
    // narrow steps touch, wide ones keep a gap.
    const double pixelsPerStep = (size.width() - 130) / double(steps().size());
    m_bars->setBarWidth(pixelsPerStep < 5 ? 1.0 : 0.8);
}

void OutcomesOverTimeChart::fitAxisTitles()
{
    // QtCharts cuts a vertical axis title that is longer than the plot is high ("Failures per
    // s..."): the longest wording that fits whole, or none when not even the shortest does.
    const qreal room = chart()->plotArea().height();
    const auto fit = [room](QValueAxis *axis, const QStringList &titles) {
        const QFontMetricsF metrics(axis->titleFont());
        QString chosen;
        for (const QString &title : titles) {
            // The title's text document adds a margin on each side.
            if (metrics.horizontalAdvance(title) + 2 * titleMargin <= room) {
                chosen = title;
                break;
            }
        }
        axis->setTitleText(chosen);
    };
    fit(valueAxis(), m_failureTitles);
    fit(m_ratioAxis, m_ratioTitles);
}

QString OutcomesOverTimeChart::toolTipForStep(int step, const QPointF &position) const
{
    Q_UNUSED(position);
    const std::vector<core::StepPoint> &all = steps();
    if (step < 0 || step >= std::ssize(all)) {
        return {};
    }
    const core::StepPoint &point = all[std::size_t(step)];
    const QString time = stepTimeText(point.fromMs, point.toMs);
    if (!hasRuns(point)) {
        return time + QLatin1Char('\n') + tr("no runs");
    }
    const double runs = point.success + point.failure;
    return time + QLatin1Char('\n')
        + tr("%1 of %2 runs failed · %3 succeeded", nullptr, core::HealthFormat::pluralCount(runs))
              .arg(core::HealthFormat::count(point.failure), core::HealthFormat::count(runs),
                  core::HealthFormat::ratio(point.success / runs));
}

} // namespace appclacks::ui
