// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ui/theme/theme.h"

#include <QGraphicsItem>
#include <QList>
#include <QString>

class QAbstractSeries;
class QChart;

namespace appclacks::ui {

/// What QtCharts has no series for, drawn in the chart's own scene so that exported images
/// carry it too: quantile markers, value labels above bars, an empty-state message and a
/// caption under the legend. Positions are in axis coordinates of one series and are mapped
/// when painting, so they follow every layout change, at any export size.
class ChartAnnotations final : public QGraphicsItem
{
public:
    /// A thin vertical line across the plot with a small label on top.
    struct Marker
    {
        double x = 0;
        QString label;
        Qt::PenStyle style = Qt::DashLine;
    };

    /// Text centred above `anchor`; left out when wider than `maxWidth` axis units (0: never).
    struct Label
    {
        QPointF anchor;
        QString text;
        QColor colour;
        bool bold = false;
        double maxWidth = 0;
    };

    explicit ChartAnnotations(QChart *chart);
    ~ChartAnnotations() override;
    Q_DISABLE_COPY_MOVE(ChartAnnotations)

    void setTheme(const Theme &theme);
    /// The series whose axes map the markers and labels; null hides them.
    void setSeries(QAbstractSeries *series);
    void setMarkers(QList<Marker> markers);
    void setLabels(QList<Label> labels);
    /// Shown centred in the plot area when there is nothing to plot.
    void setMessage(const QString &message);
    void setCaption(const QString &caption, const QColor &colour);
    void clear();

    const QList<Marker> &markers() const { return m_markers; }
    const QList<Label> &labels() const { return m_labels; }
    QString message() const { return m_message; }
    QString caption() const { return m_caption; }

    /// Where the labels are drawn at the chart's current layout, with their texts; a label that
    /// would be wider than its `maxWidth` or touch one placed before it is left out.
    QList<QPair<QRectF, QString>> placedLabels() const;

    /// Height the caption takes under the legend in a chart `width` wide.
    qreal captionHeight(qreal width) const;
    /// Follows the chart's new size and plot area.
    void relayout();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintMarkers(QPainter *painter, const QRectF &plot) const;
    void paintLabels(QPainter *painter, const QRectF &plot) const;
    QList<QPair<QRectF, qsizetype>> placeLabels() const; ///< boxes and indexes in m_labels
    void paintMessage(QPainter *painter, const QRectF &plot) const;
    void paintCaption(QPainter *painter) const;
    QRectF captionRect(qreal width) const;

    QChart *m_chart = nullptr;
    QAbstractSeries *m_series = nullptr;
    Theme m_theme;
    QList<Marker> m_markers;
    QList<Label> m_labels;
    QString m_message;
    QString m_caption;
    QColor m_captionColour;
};

} // namespace appclacks::ui
