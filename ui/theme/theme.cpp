// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/theme/theme.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace appclacks::ui {

namespace {

// docs/UI.md's zone palette: colour-blind safe and sharing no hue with a status (Okabe & Ito's
// orange, green and vermilion mean status and nothing else, so a zone never reads as failing).
constexpr std::array<QRgb, 5> zonePalette { 0xff0072b2, 0xff56b4e9, 0xffcc79a7, 0xff7f3c8d, 0xff4d4d4d };
// Graphite disappears on a dark background; there it is a light grey.
constexpr QRgb darkGraphite = 0xffb4b4b4;

constexpr QRgb passingRgb = 0xff009e73;
constexpr QRgb partialRgb = 0xffe69f00;
constexpr QRgb failingRgb = 0xffd55e00;

// On a dark background the same hues read better a little lighter (docs/UI.md).
QColor forBackground(QRgb rgb, bool dark)
{
    const QColor colour = QColor::fromRgb(rgb);
    return dark ? colour.lighter(125) : colour;
}

} // namespace

Theme::Theme(const QPalette &palette, const QFont &font)
    : m_font(font)
{
    // Charts sit on the view background (Base), like lists and tables do, so that they read as
    // content rather than as part of the window frame.
    m_background = palette.color(QPalette::Active, QPalette::Base);
    m_text = palette.color(QPalette::Active, QPalette::Text);
    m_dark = m_background.lightnessF() < 0.5;
    m_secondaryText = blend(m_text, m_background, 0.68);
    m_gridLine = blend(m_text, m_background, m_dark ? 0.16 : 0.10);
    m_axisLine = blend(m_text, m_background, 0.35);
    m_highlight = palette.color(QPalette::Active, QPalette::Highlight);
}

Theme Theme::of(const QWidget *widget)
{
    return widget ? Theme(widget->palette(), widget->font()) : Theme();
}

QFont Theme::titleFont() const
{
    QFont font = m_font;
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont Theme::labelFont() const
{
    QFont font = m_font;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    return font;
}

QFont Theme::smallFont() const
{
    QFont font = m_font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QColor Theme::neutral() const
{
    return m_dark ? QColor::fromRgb(0xff8ea7c0) : QColor::fromRgb(0xff5b7691);
}

QColor Theme::passing() const
{
    return forBackground(passingRgb, m_dark);
}

QColor Theme::partial() const
{
    return forBackground(partialRgb, m_dark);
}

QColor Theme::failing() const
{
    return forBackground(failingRgb, m_dark);
}

QColor Theme::statusColor(core::CheckStatus status) const
{
    switch (status) {
    case core::CheckStatus::Passing:
        return passing();
    case core::CheckStatus::PartialOutage:
        return partial();
    case core::CheckStatus::GlobalOutage:
        return failing();
    case core::CheckStatus::NoData:
        break;
    }
    return m_secondaryText;
}

QColor Theme::zoneColor(int index) const
{
    if (index < 0) {
        return m_secondaryText;
    }
    const auto size = int(zonePalette.size());
    const QRgb rgb = zonePalette[std::size_t(index % size)];
    QColor colour = m_dark && rgb == zonePalette.back() ? QColor::fromRgb(darkGraphite) : forBackground(rgb, m_dark);
    // Past the fifth zone the hues come back in another shade, still clear of the status hues.
    if ((index / size) % 2 == 1) {
        colour = m_dark ? colour.lighter(130) : colour.darker(135);
    }
    return colour;
}

QColor Theme::zoneColor(const QStringList &zoneOrder, const QString &zone) const
{
    return zoneColor(int(zoneOrder.indexOf(zone)));
}

QString Theme::statusGlyph(core::CheckStatus status)
{
    switch (status) {
    case core::CheckStatus::Passing:
        return QStringLiteral("●");
    case core::CheckStatus::PartialOutage:
        return QStringLiteral("◐");
    case core::CheckStatus::GlobalOutage:
        return QStringLiteral("✖");
    case core::CheckStatus::NoData:
        break;
    }
    return QStringLiteral("○");
}

QIcon Theme::statusIcon(core::CheckStatus status) const
{
    const QColor colour = statusColor(status);
    QIcon icon;
    for (const int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        const QRectF circle = QRectF(2, 2, 12, 12).adjusted(0.75, 0.75, -0.75, -0.75);
        painter.scale(unit, unit);
        switch (status) {
        case core::CheckStatus::Passing:
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(circle);
            break;
        case core::CheckStatus::PartialOutage: {
            painter.setPen(QPen(colour, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(circle);
            QPainterPath half;
            half.moveTo(circle.center());
            half.arcTo(circle, 90, 180);
            half.closeSubpath();
            painter.fillPath(half, colour);
            break;
        }
        case core::CheckStatus::GlobalOutage:
            painter.setPen(QPen(colour, 3.2, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(3.5, 3.5), QPointF(12.5, 12.5));
            painter.drawLine(QPointF(12.5, 3.5), QPointF(3.5, 12.5));
            break;
        case core::CheckStatus::NoData:
            painter.setPen(QPen(colour, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(circle);
            break;
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

std::array<QIcon, 4> Theme::statusIcons() const
{
    return { statusIcon(core::CheckStatus::NoData), statusIcon(core::CheckStatus::Passing),
        statusIcon(core::CheckStatus::PartialOutage), statusIcon(core::CheckStatus::GlobalOutage) };
}

QColor Theme::quantileColor(int rank) const
{
    // From the background towards the text through the slate: p50 the lightest of the three on
    // a light background (the darkest on a dark one), yet never faint.
    static constexpr std::array<QRgb, 3> light { 0xff7b90a6, 0xff4e6680, 0xff263a50 };
    static constexpr std::array<QRgb, 3> dark { 0xff73869b, 0xffa3b6ca, 0xffd5e0eb };
    const std::size_t index = std::size_t(std::clamp(rank, 0, 2));
    return QColor::fromRgb(m_dark ? dark[index] : light[index]);
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &colour) {
        auto channel
            = [](double value) { return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor Theme::blend(const QColor &over, const QColor &under, double opacity)
{
    const double a = std::clamp(opacity, 0.0, 1.0);
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
        float(over.greenF() * a + under.greenF() * (1 - a)), float(over.blueF() * a + under.blueF() * (1 - a)));
}

} // namespace appclacks::ui
