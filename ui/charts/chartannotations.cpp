// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/chartannotations.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace appclacks::ui {

namespace {

// Above every item QtCharts creates (its highest z is the legend's and the "top most" one).
constexpr qreal annotationsZValue = 100;
constexpr qreal captionBottomPadding = 6;

} // namespace

ChartAnnotations::ChartAnnotations(QChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    setZValue(annotationsZValue);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

ChartAnnotations::~ChartAnnotations() = default;

void ChartAnnotations::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void ChartAnnotations::setSeries(QAbstractSeries *series)
{
    m_series = series;
    update();
}

void ChartAnnotations::setMarkers(QList<Marker> markers)
{
    m_markers = std::move(markers);
    update();
}

void ChartAnnotations::setLabels(QList<Label> labels)
{
    m_labels = std::move(labels);
    update();
}

void ChartAnnotations::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void ChartAnnotations::setCaption(const QString &caption, const QColor &colour)
{
    m_caption = caption;
    m_captionColour = colour;
    update();
}

void ChartAnnotations::clear()
{
    m_series = nullptr;
    m_markers.clear();
    m_labels.clear();
    m_message.clear();
    m_caption.clear();
    update();
}

QRectF ChartAnnotations::captionRect(qreal width) const
{
    if (m_caption.isEmpty()) {
        return {};
    }
    const QMarginsF margins = m_chart->margins();
    const qreal available = std::max<qreal>(50, width - margins.left() - margins.right());
    const QFontMetricsF metrics(m_theme.labelFont());
    const QRectF text = metrics.boundingRect(QRectF(0, 0, available, 1e6), Qt::TextWordWrap, m_caption);
    return QRectF(margins.left(), 0, available, text.height());
}

qreal ChartAnnotations::captionHeight(qreal width) const
{
    const QRectF rect = captionRect(width);
    return rect.isNull() ? 0 : rect.height() + captionBottomPadding;
}

void ChartAnnotations::relayout()
{
    prepareGeometryChange();
    update();
}

QRectF ChartAnnotations::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_chart->size());
}

void ChartAnnotations::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF plot = m_chart->plotArea();
    if (m_series && plot.isValid()) {
        paintLabels(painter, plot);
        paintMarkers(painter, plot);
    }
    if (!m_message.isEmpty()) {
        paintMessage(painter, plot);
    }
    if (!m_caption.isEmpty()) {
        paintCaption(painter);
    }
    painter->restore();
}

void ChartAnnotations::paintMarkers(QPainter *painter, const QRectF &plot) const
{
    if (m_markers.isEmpty()) {
        return;
    }
    const QFont font = m_theme.smallFont();
    const QFontMetricsF metrics(font, painter->device());
    const qreal rowHeight = metrics.height() + 4;

    struct Placed
    {
        qreal x;
        QRectF box;
        Qt::PenStyle style;
        QString text;
    };
    std::vector<Placed> placed;
    for (const Marker &marker : m_markers) {
        const qreal x = m_chart->mapToPosition(QPointF(marker.x, 0), m_series).x();
        const qreal width = metrics.horizontalAdvance(marker.label) + 10;
        QRectF box(x - width / 2, 0, width, rowHeight);
        if (box.left() < plot.left()) {
            box.moveLeft(plot.left());
        }
        if (box.right() > plot.right()) {
            box.moveRight(plot.right());
        }
        placed.push_back({ x, box, marker.style, marker.label });
    }
    // Labels that would overlap go one row down, so that close quantiles (p95 and p99 often
    // share a bucket) stay readable; each line stops at its own label.
    std::vector<std::vector<QRectF>> rows;
    for (Placed &item : placed) {
        std::size_t row = 0;
        for (; row < rows.size(); ++row) {
            const bool free = std::none_of(rows[row].begin(), rows[row].end(), [&item](const QRectF &other) {
                return other.left() - 4 < item.box.right() && item.box.left() < other.right() + 4;
            });
            if (free) {
                break;
            }
        }
        if (row == rows.size()) {
            rows.emplace_back();
        }
        item.box.moveTop(plot.top() + 1 + qreal(row) * (rowHeight + 3));
        rows[row].push_back(item.box);
    }

    QColor lineColour = m_theme.text();
    lineColour.setAlphaF(0.85f);
    QColor halo = m_theme.background();
    halo.setAlphaF(0.7f);
    for (const Placed &item : placed) {
        // A halo of the background under the line: over a bar of about the text's lightness
        // (light bars in the dark theme) the line stays seen.
        const QLineF line(QPointF(item.x, plot.bottom()), QPointF(item.x, item.box.bottom()));
        QPen under(halo, 3.5);
        under.setCapStyle(Qt::FlatCap);
        painter->setPen(under);
        painter->drawLine(line);
        QPen pen(lineColour, 1.25, item.style);
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawLine(line);
    }
    painter->setFont(font);
    QColor fill = m_theme.background();
    fill.setAlphaF(0.92f);
    for (const Placed &item : placed) {
        painter->setPen(QPen(m_theme.axisLine(), 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(item.box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setPen(m_theme.text());
        painter->drawText(item.box, Qt::AlignCenter, item.text);
    }
}

QList<QPair<QRectF, QString>> ChartAnnotations::placedLabels() const
{
    QList<QPair<QRectF, QString>> placed;
    for (const auto &[box, index] : placeLabels()) {
        placed.push_back({ box, m_labels[index].text });
    }
    return placed;
}

QList<QPair<QRectF, qsizetype>> ChartAnnotations::placeLabels() const
{
    QList<QPair<QRectF, qsizetype>> placed;
    if (!m_series || !m_chart->plotArea().isValid()) {
        return placed;
    }
    for (qsizetype index = 0; index < m_labels.size(); ++index) {
        const Label &label = m_labels[index];
        QFont font = m_theme.smallFont();
        font.setBold(label.bold);
        const QFontMetricsF metrics(font);
        const QPointF anchor = m_chart->mapToPosition(label.anchor, m_series);
        const qreal width = metrics.horizontalAdvance(label.text);
        if (label.maxWidth > 0) {
            const QPointF right = m_chart->mapToPosition(label.anchor + QPointF(label.maxWidth, 0), m_series);
            if (width > right.x() - anchor.x()) {
                continue;
            }
        }
        const QRectF box(anchor.x() - width / 2 - 2, anchor.y() - metrics.height() - 2, width + 4, metrics.height());
        // Neighbouring bars of about the same height put their labels side by side: one that
        // would overlap another is left out, never drawn over it (the tooltip still has it).
        const bool overlaps = std::any_of(placed.begin(), placed.end(),
            [&box](const QPair<QRectF, qsizetype> &other) { return other.first.intersects(box); });
        if (!overlaps) {
            placed.push_back({ box, index });
        }
    }
    return placed;
}

void ChartAnnotations::paintLabels(QPainter *painter, const QRectF &plot) const
{
    Q_UNUSED(plot);
    for (const auto &[box, index] : placeLabels()) {
        const Label &label = m_labels[index];
        QFont font = m_theme.smallFont();
        font.setBold(label.bold);
        painter->setFont(font);
        painter->setPen(label.colour.isValid() ? label.colour : m_theme.text());
        painter->drawText(box, Qt::AlignCenter, label.text);
    }
}

void ChartAnnotations::paintMessage(QPainter *painter, const QRectF &plot) const
{
    QRectF area = plot;
    if (!area.isValid() || area.width() < 100 || area.height() < 40) {
        const QMarginsF margins = m_chart->margins();
        area = boundingRect().marginsRemoved(margins);
    }
    QFont font = m_theme.labelFont();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter->setFont(font);
    painter->setPen(m_theme.secondaryText());
    painter->drawText(area.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

void ChartAnnotations::paintCaption(QPainter *painter) const
{
    const QRectF bounds = boundingRect();
    QRectF rect = captionRect(bounds.width());
    rect.moveBottom(bounds.bottom() - captionBottomPadding);
    painter->setFont(m_theme.labelFont());
    painter->setPen(m_captionColour.isValid() ? m_captionColour : m_theme.secondaryText());
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption);
}

} // namespace appclacks::ui
