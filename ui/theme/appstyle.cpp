// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/theme/appstyle.h"

#include "ui/theme/theme.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace appclacks::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")))
{ }

AppStyle::~AppStyle() = default;

void AppStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!indicator || !isDark(option->palette)) {
        return;
    }
    // Fusion outlines the box with the window colour made darker: on a dark window, nearly the
    // colour around it. An outline halfway to the text is seen (about 4:1 on #2B2D30).
    const QPalette::ColorGroup group = option->state & State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QColor outline = Theme::blend(
        option->palette.color(group, QPalette::Text), option->palette.color(group, QPalette::Window), 0.55);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton) {
        painter->drawEllipse(rect);
    } else {
        painter->drawRoundedRect(rect, 1, 1);
    }
    painter->restore();
}

int AppStyle::styleHint(
    StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const
{
    // The standard buttons' icons are dark drawings: on the dark theme's buttons they are
    // smudges. Words alone read in both themes.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons) {
        return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace appclacks::ui
