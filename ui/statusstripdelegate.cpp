// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/statusstripdelegate.h"

#include "core/health/healthformat.h"
#include "core/history/checktimeline.h"
#include "core/models/healthroles.h"
#include "ui/theme/theme.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <memory>

namespace appclacks::ui {

namespace {

constexpr int margin = 4;

std::shared_ptr<const core::CheckTimeline> timelineOf(const QModelIndex &index)
{
    return index.data(core::TimelineRole).value<std::shared_ptr<const core::CheckTimeline>>();
}

QRect stripArea(const QRect &cell)
{
    return cell.adjusted(margin, margin, -margin, -margin);
}

} // namespace

StatusStripDelegate::StatusStripDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

StatusStripDelegate::~StatusStripDelegate() = default;

QRectF StatusStripDelegate::cellRect(const QRect &rect, int cells, int cell)
{
    const double width = double(rect.width()) / std::max(1, cells);
    // A hairline gap between cells keeps neighbours of one colour countable.
    const double gap = width >= 4 ? 1 : 0;
    return QRectF(rect.left() + cell * width, rect.top(), width - gap, rect.height());
}

int StatusStripDelegate::cellAt(const QRect &rect, int cells, int x)
{
    if (cells <= 0 || rect.width() <= 0 || x < rect.left() || x > rect.right()) {
        return -1;
    }
    return std::clamp(int(double(x - rect.left()) * cells / rect.width()), 0, cells - 1);
}

void StatusStripDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style) {
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    }
    const auto timeline = timelineOf(index);
    if (!timeline || timeline->strip.empty()) {
        return;
    }
    const Theme theme = Theme::of(widget);
    const QRect area = stripArea(option.rect);
    const int cells = int(timeline->strip.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int cell = 0; cell < cells; ++cell) {
        const core::StateStep &step = timeline->strip[std::size_t(cell)];
        // No data is drawn faint, not absent: a gap in the prober's results is news too.
        const QColor colour = step.hasSamples ? theme.statusColor(step.status)
                                              : Theme::blend(theme.neutral(), theme.background(), 0.35);
        painter->fillRect(cellRect(area, cells, cell), colour);
    }
    painter->restore();
}

QSize StatusStripDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 30 * 4 + 2 * margin));
    return size;
}

bool StatusStripDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    const auto timeline = timelineOf(index);
    const int cells = timeline ? int(timeline->strip.size()) : 0;
    const int cell = cellAt(stripArea(option.rect), cells, event->pos().x());
    if (cell < 0) {
        QToolTip::hideText();
        return true;
    }
    const core::StateStep &step = timeline->strip[std::size_t(cell)];
    const QString when = tr("%1 – %2").arg(
        core::HealthFormat::moment(step.fromMs, step.toMs), core::HealthFormat::moment(step.toMs, step.toMs));
    const QString what = !step.hasSamples
        ? tr("no results")
        : tr("%1 passed, %2 failed")
              .arg(core::HealthFormat::count(step.success), core::HealthFormat::count(step.failure));
    QToolTip::showText(event->globalPos(), when + QLatin1Char('\n') + what, view);
    return true;
}

} // namespace appclacks::ui
