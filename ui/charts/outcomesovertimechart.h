// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ui/charts/timechartwidget.h"

#include <QList>
#include <QStringList>

class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace appclacks::ui {

/// One check's outcomes over the range, all zones together: failures per step as bars on their
/// own axis, so that one failure among thousands of runs still shows, and the success ratio per
/// step as a line on a second axis that starts near the lowest ratio, so that 95 % stands
/// well apart from 100 %.
class OutcomesOverTimeChart final : public TimeChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomesOverTimeChart)

public:
    explicit OutcomesOverTimeChart(QWidget *parent = nullptr);
    ~OutcomesOverTimeChart() override;

    /// Owned by the chart; null when there is nothing to draw.
    QBarSet *failureSet() const { return m_failureSet; }
    /// The ratio line's pieces (in percent), broken where a step had no runs.
    QList<QLineSeries *> ratioSegments() const { return m_ratioSegments; }
    QValueAxis *ratioAxis() const { return m_ratioAxis; }
    QValueAxis *failureAxis() const { return valueAxis(); }

protected:
    void rebuild() override;
    QString toolTipForStep(int step, const QPointF &position) const override;
    void adaptToSize(const QSizeF &size) override;

private:
    /// Room QtCharts leaves around an axis title, each side (its text document's margin, rounded up).
    static constexpr qreal titleMargin = 6;
    void fitAxisTitles();

    QBarSeries *m_bars = nullptr; ///< owned by the chart
    QValueAxis *m_ratioAxis = nullptr; ///< owned by the chart
    QBarSet *m_failureSet = nullptr;
    QList<QLineSeries *> m_ratioSegments;
    /// Each axis' titles, longest first: the first that fits the plot's height is shown.
    QStringList m_failureTitles;
    QStringList m_ratioTitles;
};

} // namespace appclacks::ui
