// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QSizeF>
#include <QString>

class QPainter;
class QWidget;

namespace appclacks::ui {

/// What ChartExporter needs of a view to export it: a title that names what it shows, and a
/// way to paint itself at any size. The charts and the overview matrix implement it, each in
/// its own way; the exporter never asks which one it has.
class ExportableView
{
public:
    virtual ~ExportableView() = default;

    /// "api-gateway — latency, since the prober started — production", as plain text.
    virtual QString exportTitle() const = 0;
    /// Paints the view laid out at `size` (device-independent pixels), then restores its own
    /// layout before the event loop runs: the screen never shows the intermediate one.
    virtual void renderForExport(QPainter *painter, const QSizeF &size, bool transparent) = 0;
    /// The widget on screen, whose logical resolution text is laid out at.
    virtual const QWidget *exportedWidget() const = 0;
};

} // namespace appclacks::ui
