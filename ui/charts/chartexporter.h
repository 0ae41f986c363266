// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

class QPainter;
class QWidget;

namespace appclacks::ui {

class ExportableView;

/// Renders a view (a chart, the overview matrix) to PNG, SVG or the clipboard at a chosen size,
/// with the same code that paints it on screen. Needs no visible window: it works under
/// QT_QPA_PLATFORM=offscreen, which `export-chart` relies on.
class ChartExporter final
{
public:
    struct Options
    {
        QSize pixelSize { 1200, 800 }; ///< of the image; for SVG, of the picture in CSS pixels
        qreal scale = 1; ///< device pixels per layout pixel: 2 lays out 600×400 at 1200×800
        bool transparentBackground = false;
    };

    /// The image of `widget` laid out at pixelSize / scale; null when the size is empty.
    static QImage toImage(ExportableView *view, const Options &options);
    static bool savePng(
        ExportableView *view, const QString &fileName, const Options &options, QString *errorString = nullptr);

    /// A standalone SVG document of `widget` at options.pixelSize (scale does not apply).
    static QByteArray toSvg(ExportableView *view, const Options &options);
    static bool saveSvg(
        ExportableView *view, const QString &fileName, const Options &options, QString *errorString = nullptr);

    /// Puts the image on the clipboard, as "Copy image" does.
    static void copyToClipboard(ExportableView *view, const Options &options);

    /// Paints a plain widget at `size`: what ExportableView::renderForExport() does for views
    /// that are ordinary widgets.
    static void renderWidget(QWidget *widget, QPainter *painter, const QSizeF &size, bool transparent);
};

} // namespace appclacks::ui
