// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/chartexporter.h"

#include "ui/charts/exportableview.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLayout>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>

namespace appclacks::ui {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
};

QSizeF layoutSize(const ChartExporter::Options &options)
{
    const qreal scale = options.scale > 0 ? options.scale : 1;
    return QSizeF(options.pixelSize) / scale;
}

} // namespace

void ChartExporter::renderWidget(QWidget *widget, QPainter *painter, const QSizeF &size, bool transparent)
{
    widget->ensurePolished();
    const QSize previous = widget->size();
    widget->resize(size.toSize());
    if (QLayout *layout = widget->layout()) {
        layout->activate();
    }
    QWidget::RenderFlags flags = QWidget::DrawChildren;
    if (!transparent) {
        flags |= QWidget::DrawWindowBackground;
    }
    widget->render(painter, QPoint(), QRegion(), flags);
    widget->resize(previous);
    if (QLayout *layout = widget->layout()) {
        layout->activate();
    }
}

QImage ChartExporter::toImage(ExportableView *view, const Options &options)
{
    if (!view || options.pixelSize.isEmpty()) {
        return {};
    }
    const qreal scale = options.scale > 0 ? options.scale : 1;
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    // The screen's logical resolution: point sizes then turn into the same pixels as in the
    // layout QtCharts measured, and the device pixel ratio alone makes the image sharper.
    const int dotsPerMeter = int(std::lround(view->exportedWidget()->logicalDpiX() / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    view->renderForExport(&painter, layoutSize(options), options.transparentBackground);
    painter.end();
    return image;
}

bool ChartExporter::savePng(ExportableView *view, const QString &fileName, const Options &options, QString *errorString)
{
    const QImage image = toImage(view, options);
    if (image.isNull()) {
        if (errorString) {
            *errorString = Text::tr("Nothing to export at an empty size");
        }
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString) {
            *errorString = file.errorString();
        }
        return false;
    }
    QImageWriter writer(&file, "png");
    writer.setText(QStringLiteral("Title"), view->exportTitle());
    writer.setText(QStringLiteral("Software"), QStringLiteral("Appclacks Desktop"));
    if (!writer.write(image) || !file.commit()) {
        if (errorString) {
            *errorString = writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString();
        }
        return false;
    }
    return true;
}

QByteArray ChartExporter::toSvg(ExportableView *view, const Options &options)
{
    if (!view || options.pixelSize.isEmpty()) {
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.pixelSize);
    generator.setViewBox(QRect(QPoint(0, 0), options.pixelSize));
    // Text is laid out at the screen's logical resolution (see toImage()).
    generator.setResolution(view->exportedWidget()->logicalDpiX());
    generator.setTitle(view->exportTitle());
    generator.setDescription(Text::tr("Made with Appclacks Desktop"));
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view->renderForExport(&painter, QSizeF(options.pixelSize), options.transparentBackground);
    painter.end();
    return buffer.data();
}

bool ChartExporter::saveSvg(ExportableView *view, const QString &fileName, const Options &options, QString *errorString)
{
    const QByteArray svg = toSvg(view, options);
    if (svg.isEmpty()) {
        if (errorString) {
            *errorString = Text::tr("Nothing to export at an empty size");
        }
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit()) {
        if (errorString) {
            *errorString = file.errorString();
        }
        return false;
    }
    return true;
}

void ChartExporter::copyToClipboard(ExportableView *view, const Options &options)
{
    const QImage image = toImage(view, options);
    if (!image.isNull()) {
        QGuiApplication::clipboard()->setImage(image);
    }
}

} // namespace appclacks::ui
