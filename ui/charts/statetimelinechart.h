// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ui/charts/timechartwidget.h"

class QCategoryAxis;
class QGraphicsItem;

namespace appclacks::ui {

/// One check's state per zone over the range, in the manner of Grafana's state timeline: a row
/// per zone, each step a cell in its status colour (passing, failing, grey without data), equal
/// neighbours merged into one band.
class StateTimelineChart final : public TimeChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateTimelineChart)

public:
    explicit StateTimelineChart(QWidget *parent = nullptr);
    ~StateTimelineChart() override;

    /// The rows, top first, as the axis names them.
    QStringList rowLabels() const { return m_rowLabels; }
    /// The colour a cell of `status` is painted in.
    QColor cellColour(core::CheckStatus status) const;
    /// The band of zone row `row` in chart coordinates (its vertical extent).
    QRectF rowRect(int row) const;
    /// The zone row at chart position `y`, or -1.
    int rowAt(qreal y) const;

protected:
    void rebuild() override;
    QString toolTipForStep(int step, const QPointF &position) const override;

private:
    friend class StateCells;
    QCategoryAxis *m_rowAxis = nullptr; ///< owned by the chart
    QGraphicsItem *m_cells = nullptr; ///< owned by the chart
    QStringList m_rowLabels;
};

} // namespace appclacks::ui
