// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/overviewmatrixdelegate.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace appclacks::ui {

namespace {

double relativeLuminance(const QColor &colour)
{
    auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

} // namespace

OverviewMatrixDelegate::OverviewMatrixDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

OverviewMatrixDelegate::~OverviewMatrixDelegate() = default;

QColor OverviewMatrixDelegate::shadeColour(const Theme &theme, core::OverviewMatrixModel::Metric metric, int shade)
{
    const QColor background = theme.background();
    if (shade < 0) {
        return Theme::blend(theme.text(), background, 0.05);
    }
    if (metric == core::OverviewMatrixModel::Metric::StatusNow) {
        return shade == 0 ? Theme::blend(theme.passing(), background, 0.22)
                          : Theme::blend(theme.failing(), background, 0.9);
    }
    if (metric == core::OverviewMatrixModel::Metric::SuccessRatio) {
        // Healthy cells stay quiet; the eye goes to the failing ones.
        switch (shade) {
        case 0:
            return Theme::blend(theme.passing(), background, 0.22);
        case 1:
            return Theme::blend(theme.partial(), background, 0.5);
        case 2:
            return Theme::blend(theme.failing(), background, 0.55);
        default:
            return Theme::blend(theme.failing(), background, 0.9);
        }
    }
    // A single-hue sequential scale, more ink is slower. A steel blue that is none of the zones'
    // colours: the columns are zones.
    static constexpr std::array<double, 5> opacity { 0.08, 0.24, 0.44, 0.68, 0.92 };
    const auto index = std::size_t(std::min(shade, int(opacity.size()) - 1));
    const QColor ink = theme.isDark() ? QColor::fromRgb(0xff6fa8dc) : QColor::fromRgb(0xff1f5f8b);
    return Theme::blend(ink, background, opacity[index]);
}

void OverviewMatrixDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(option.rect).adjusted(2, 2, -2, -2);
    const bool hasZone = index.data(core::HasZoneRole).toBool();
    if (hasZone) {
        const QColor fill = shadeColour(m_theme, m_metric, index.data(core::ShadeRole).toInt());
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(tile, 3, 3);
        // Black or white, whichever contrasts more with the tile (WCAG's relative luminance:
        // white wins below about 0.18).
        painter->setPen(relativeLuminance(fill) < 0.18 ? QColor(Qt::white) : QColor(Qt::black));
        painter->setFont(option.font);
        const QString text = option.fontMetrics.elidedText(
            index.data(Qt::DisplayRole).toString(), Qt::ElideRight, int(tile.width()) - 6);
        painter->drawText(tile, Qt::AlignCenter, text);
    } else {
        painter->setPen(QPen(m_theme.gridLine(), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
    if (option.state & (QStyle::State_HasFocus | QStyle::State_Selected)) {
        painter->setPen(QPen(m_theme.highlight(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile.adjusted(1, 1, -1, -1), 3, 3);
    } else if (hasZone && (option.state & QStyle::State_MouseOver)) {
        painter->setPen(QPen(m_theme.axisLine(), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
    painter->restore();
}

QSize OverviewMatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    return QSize(option.fontMetrics.horizontalAdvance(text) + 28, option.fontMetrics.height() + 14);
}

} // namespace appclacks::ui
