// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/checktimeline.h"
#include "ui/charts/chartwidget.h"

#include <QList>
#include <QPointer>

#include <cstdint>
#include <memory>

class QAbstractAxis;
class QAbstractSeries;
class QCategoryAxis;
class QGraphicsLineItem;
class QLineSeries;
class QGraphicsRectItem;

namespace appclacks::ui {

/// What the charts of a check over time share (core::CheckOverTime): a time axis with local-time
/// ticks that suit the range, a tracker line and a tooltip for the step under the pointer, and
/// drag-to-zoom, which proposes a range (rangeSelected) to whoever owns the window's range.
///
/// The x coordinate counts steps: step i of CheckOverTime::total spans [i - 0.5, i + 0.5], so
/// that bars (which QtCharts places at their index) and lines share one axis.
class TimeChartWidget : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChartWidget)

public:
    /// A tick of the time axis, as shown.
    struct Tick
    {
        std::int64_t timeMs = 0;
        QString label;
    };

    ~TimeChartWidget() override;

    /// The check over time to draw (null: nothing selected); rebuilds the chart.
    void setOverTime(std::shared_ptr<const core::CheckOverTime> overTime);
    std::shared_ptr<const core::CheckOverTime> overTime() const { return m_overTime; }

    /// Dragging across the plot proposes a range (on by default).
    void setZoomEnabled(bool enabled) { m_zoomEnabled = enabled; }
    bool isZoomEnabled() const { return m_zoomEnabled; }

    /// The time axis's ticks at the current size.
    QList<Tick> timeTicks() const { return m_ticks; }

    /// The x coordinate of a time, and back (see the class comment).
    double xOf(std::int64_t timeMs) const;
    std::int64_t timeOf(double x) const;
    /// The visible x range: the CheckOverTime's range.
    double xMinimum() const;
    double xMaximum() const;
    /// Where `timeMs` is drawn, in the chart's coordinates; and the time at chart position `x`.
    qreal positionOf(std::int64_t timeMs) const;
    std::int64_t timeAtPosition(qreal x) const;
    /// The step index drawn at chart position `x`, or -1 outside the plot or the steps.
    int stepAtPosition(qreal x) const;

    /// What the tooltip says at `position` in the chart view's coordinates; empty outside the plot.
    QString toolTipAt(const QPoint &position) const;

    /// "1 Dec 14:05 – 14:10": a step's time, absolute and local, for tooltips.
    static QString stepTimeText(std::int64_t fromMs, std::int64_t toMs);
    /// The ticks of a time axis over (fromMs, toMs] for a plot `width` pixels wide, at local
    /// minutes, hours or days, with labels no two alike ("14:00", "2 Dec", "Tue 06:00").
    static QList<Tick> ticksFor(std::int64_t fromMs, std::int64_t toMs, qreal width, const QFont &font);

    void renderForExport(QPainter *painter, const QSizeF &size, bool transparent) override;

    /// The vertical tracker line at `timeMs` (the middle of its step), as another chart of the
    /// same check shows it under the pointer: connect trackerMoved to it to link them.
    void showTrackerAt(qint64 timeMs);
    void hideTracker();
    bool isTrackerVisible() const;
    /// Connects the trackers of `charts` (the charts of one check): hovering one shows the same
    /// time on the others.
    static void linkTrackers(const QList<TimeChartWidget *> &charts);

Q_SIGNALS:
    /// The user dragged across (fromMs, toMs], snapped outwards to whole steps.
    void rangeSelected(qint64 fromMs, qint64 toMs);
    /// The pointer is over the step whose middle is `timeMs`; trackerHidden when it left the plot.
    void trackerMoved(qint64 timeMs);
    void trackerHidden();

protected:
    explicit TimeChartWidget(QWidget *parent = nullptr);

    /// The steps all zones together (CheckOverTime::total); empty without data.
    const std::vector<core::StepPoint> &steps() const;
    /// The bottom axis, in step coordinates; shown by attachTimeAxis().
    QCategoryAxis *timeAxis() const { return m_timeAxis; }
    /// Attaches `series` to the time axis and to `valueAxis`, and shows both.
    void attachTimeAxis(QAbstractSeries *series, QAbstractAxis *valueAxis);
    /// One line over the steps (`values[i]` at step i; NaN where there is nothing to draw): a
    /// series per stretch without gaps, named once in the legend, a lone value shown as a dot.
    QList<QLineSeries *> addLine(
        const std::vector<double> &values, const QString &name, const QPen &pen, QAbstractAxis *valueAxis);
    /// The tooltip of step `step` at chart position `position` (rows may differ by height).
    virtual QString toolTipForStep(int step, const QPointF &position) const = 0;

    /// Hides the time axis too; subclasses call it at the start of rebuild().
    void clearTimeChart();
    void adaptToSize(const QSizeF &size) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTicks(qreal width);
    void removeTicks();
    void showTracker(qreal x);
    QPointF chartPosition(const QPoint &viewPosition) const;

    std::shared_ptr<const core::CheckOverTime> m_overTime;
    QCategoryAxis *m_timeAxis = nullptr; ///< owned by the chart
    QGraphicsLineItem *m_tracker = nullptr; ///< owned by the chart
    QGraphicsRectItem *m_band = nullptr; ///< owned by the chart
    QList<Tick> m_ticks;
    bool m_zoomEnabled = true;
    bool m_dragging = false;
    qreal m_dragStart = 0;
};

} // namespace appclacks::ui
