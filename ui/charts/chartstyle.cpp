// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>

namespace appclacks::ui::ChartStyle {

void apply(const Theme &theme, QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(theme.background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(theme.text());
    chart->setTitleFont(theme.titleFont());
    chart->setMargins(Theme::chartMargins());
    // The background fills the whole chart: QGraphicsLayout's default contents margins would
    // leave a frame of the view's colour around it, on screen and in exported images.
    if (chart->layout()) {
        chart->layout()->setContentsMargins(0, 0, 0, 0);
    }
    // Axis numbers with the same locale as HealthFormat's texts ("1,500" next to "1,234 runs").
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());

    QLegend *legend = chart->legend();
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
    legend->setLabelColor(theme.text());
    legend->setFont(theme.labelFont());
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    legend->setAlignment(Qt::AlignBottom);
}

void apply(const Theme &theme, QAbstractAxis *axis)
{
    axis->setLabelsBrush(theme.text());
    axis->setLabelsFont(theme.labelFont());
    axis->setTitleBrush(theme.secondaryText());
    axis->setTitleFont(theme.smallFont());
    axis->setShadesVisible(false);
    QPen grid(theme.gridLine());
    grid.setWidthF(1);
    grid.setCosmetic(true);
    axis->setGridLinePen(grid);
    axis->setMinorGridLineVisible(false);
    QPen line(theme.axisLine());
    line.setWidthF(1);
    line.setCosmetic(true);
    axis->setLinePen(line);
}

} // namespace appclacks::ui::ChartStyle
