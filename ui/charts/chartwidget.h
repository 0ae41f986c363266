// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ui/charts/exportableview.h"
#include "ui/theme/theme.h"

#include <QWidget>

#include <memory>

class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;

namespace appclacks::ui {

class ChartAnnotations;

/// What the health charts share: the snapshot and the check they show, a QChartView styled by
/// the Theme, a title that names the check, the window and the source, an empty state, a
/// caption, and a layout at any size so that ChartExporter renders exactly what the screen
/// shows. Charts only read the snapshot's precomputed statistics; they compute none.
class ChartWidget : public QWidget, public ExportableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    ~ChartWidget() override;

    /// The check (by key) of `snapshot` to show; rebuilds the chart.
    void setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot, const QString &checkKey);
    std::shared_ptr<const core::HealthSnapshot> snapshot() const { return m_snapshot; }
    QString checkKey() const { return m_checkKey; }

    /// `windowLabel` such as "last hour", `sourceLabel` such as "production"; both go in the title.
    void setContext(const QString &windowLabel, const QString &sourceLabel);
    QString windowLabel() const { return m_windowLabel; }
    QString sourceLabel() const { return m_sourceLabel; }

    /// "api-gateway — latency, last hour — production", as plain text.
    QString title() const { return m_title; }
    /// What the chart shows instead of data ("This check exposes no latency histogram"), or empty.
    QString emptyText() const;
    bool isEmpty() const { return !emptyText().isEmpty(); }
    /// The note under the legend (problems of the data, disagreeing zones), or empty.
    QString caption() const;

    /// While the chart is out of sight (a tab behind another), its changes wait and it is
    /// rebuilt once, when it is shown or exported: rebuilding a chart nobody sees costs the GUI
    /// thread a few milliseconds on every selection. Off by default (the command line renders
    /// charts that are never shown).
    void setDeferredWhileHidden(bool deferred) { m_deferredWhileHidden = deferred; }
    /// A change waits for the chart to be shown.
    bool isStale() const { return m_stale; }

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    ChartAnnotations *annotations() const { return m_annotations; }

    /// Lays the chart out for `size` in device-independent pixels right away; the exporter
    /// renders at another size than the screen's, then calls restoreLayout().
    void layoutChart(const QSizeF &size);
    /// Lays the chart out for the view's own size again.
    void restoreLayout();

    QString exportTitle() const override { return title(); }
    void renderForExport(QPainter *painter, const QSizeF &size, bool transparent) override;
    const QWidget *exportedWidget() const override { return this; }

protected:
    explicit ChartWidget(QWidget *parent = nullptr);

    /// The shown check, or null when there is none (or the snapshot lacks it).
    const core::CheckHealth *check() const;

    /// Recreates series, axes and annotations from the data; called after every change.
    virtual void rebuild() = 0;
    /// Adapts what depends on the chart's size (label angles, caption room) before a layout.
    virtual void adaptToSize(const QSizeF &size);

    /// Rebuilds now with the current palette; subclasses call it from their setters.
    void refresh();
    const Theme &theme() const { return m_theme; }
    /// Removes every series, category, marker and message, and hides the axes.
    void clearChart();
    /// The chart's two axes. They live as long as the chart: QtCharts deletes a removed axis's
    /// graphics later, from the event loop, and an export before that would show both.
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    /// Attaches `series` to both axes and shows them.
    void attachAxes(QAbstractSeries *series);
    /// `subject` is the check as named in the title ("api-gateway"), `what` the chart's kind.
    void setTitle(const QString &subject, const QString &what);
    void setEmptyText(const QString &text);
    void setCaption(const QString &caption, const QColor &colour = {});
    /// A value axis from 0 to a round number at or above `maximum`, with round ticks.
    void setNiceRange(QValueAxis *axis, double maximum, bool integers) const;

    /// QtCharts shows titles and labels as rich text: a check named "a<b" must stay "a<b".
    static QString chartText(const QString &plain);
    /// The check as titles name it: its name on one line, or its key when it has no name.
    static QString displayName(const core::CheckHealth &check);

    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateMargins(qreal width);
    void rebuildNow();

    std::shared_ptr<const core::HealthSnapshot> m_snapshot;
    QString m_checkKey;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    ChartAnnotations *m_annotations = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr; ///< owned by the chart
    QValueAxis *m_valueAxis = nullptr; ///< owned by the chart
    Theme m_theme;
    QString m_windowLabel;
    QString m_sourceLabel;
    QString m_title;
    bool m_rebuilding = false;
    bool m_ready = false;
    bool m_deferredWhileHidden = false;
    bool m_stale = false;
};

} // namespace appclacks::ui
