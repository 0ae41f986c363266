// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QProxyStyle>

namespace appclacks::ui {

/// Fusion as the chosen light and dark themes draw it, with two things Fusion gets wrong on a
/// dark palette: an unchecked box or radio button whose outline is darker than a dark window
/// (it vanishes), and dialog buttons whose dark icons vanish on dark buttons (they go).
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    /// Takes ownership of `base` (Fusion when null).
    explicit AppStyle(QStyle *base = nullptr);
    ~AppStyle() override;

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
        QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace appclacks::ui
