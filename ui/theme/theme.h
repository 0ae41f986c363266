// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QMargins>
#include <QPalette>
#include <QStringList>

#include <array>

class QWidget;

namespace appclacks::ui {

/// The colours and marks of docs/UI.md, derived from a palette and a font so that charts
/// follow the window in light and dark themes, on screen and in exported images alike.
class Theme final
{
public:
    explicit Theme(const QPalette &palette = {}, const QFont &font = {});

    /// The theme of a widget as it is shown: its palette and font.
    static Theme of(const QWidget *widget);

    bool isDark() const { return m_dark; }
    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor secondaryText() const { return m_secondaryText; }
    QColor gridLine() const { return m_gridLine; }
    QColor axisLine() const { return m_axisLine; }
    QColor highlight() const { return m_highlight; }
    /// Bars that stand for no zone in particular (all zones together): a quiet slate blue.
    QColor neutral() const;

    QFont titleFont() const;
    QFont labelFont() const;
    QFont smallFont() const;

    QColor passing() const;
    QColor partial() const;
    QColor failing() const;
    QColor statusColor(core::CheckStatus status) const;

    /// Zone colour number `index` (docs/UI.md: blue, sky, purple, plum, graphite), never a
    /// status hue; past the fifth the hues repeat in a darker (light theme) or lighter (dark
    /// theme) shade so that ten zones still differ.
    QColor zoneColor(int index) const;
    /// The colour of `zone` among `zoneOrder` (a snapshot's zoneNames); unknown zones are grey.
    QColor zoneColor(const QStringList &zoneOrder, const QString &zone) const;

    /// ● passing, ◐ failing in one zone, ✖ failing in two or more, ○ no results yet.
    static QString statusGlyph(core::CheckStatus status);
    /// The glyph's shape drawn in its status colour, crisp at any size and independent of fonts.
    QIcon statusIcon(core::CheckStatus status) const;
    /// statusIcon() of every core::CheckStatus, by its value.
    std::array<QIcon, 4> statusIcons() const;

    /// The bars of p50, p95 and p99 (`rank` 0, 1, 2): shades of the neutral slate, p99 the
    /// strongest, each at least 3:1 against the background (WCAG's figure for graphics) in
    /// light and dark themes.
    QColor quantileColor(int rank) const;

    /// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);

    /// `over` painted at `opacity` on `under`, as an opaque colour.
    static QColor blend(const QColor &over, const QColor &under, double opacity);

    /// Room around a chart's content: enough for the last axis label, no wasted border.
    static QMargins chartMargins() { return QMargins(14, 8, 18, 10); }

private:
    QFont m_font;
    QColor m_background;
    QColor m_text;
    QColor m_secondaryText;
    QColor m_gridLine;
    QColor m_axisLine;
    QColor m_highlight;
    bool m_dark = false;
};

} // namespace appclacks::ui
