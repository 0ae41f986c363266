// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/chartexporter.h"

#include "ui/charts/chartwidget.h"
#include "ui/overviewmatrix.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QGraphicsScene>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

QSizeF layoutSize(const ChartExporter::Options &options)
{
    const qreal scale = options.scale > 0 ? options.scale : 1;
    return QSizeF(options.pixelSize) / scale;
}

} // namespace

QString ChartExporter::titleOf(const QWidget *widget)
{
    if (const auto *chart = qobject_cast<const ChartWidget *>(widget)) {
        return chart->title();
    }
    if (const auto *matrix = qobject_cast<const OverviewMatrix *>(widget)) {
        return matrix->title();
    }
    return widget ? widget->windowTitle() : QString();
}

void ChartExporter::render(QWidget *widget, QPainter *painter, const QSizeF &size, bool transparent)
{
    widget->ensurePolished();
    if (auto *chartWidget = qobject_cast<ChartWidget *>(widget)) {
        // The chart is laid out again at the export's size, in its own scene, and put back
        // before the event loop runs: the screen never shows the intermediate layout.
        QChart *chart = chartWidget->chart();
        chartWidget->layoutChart(size);
        const bool background = chart->isBackgroundVisible();
        if (transparent) {
            chart->setBackgroundVisible(false);
        }
        chart->scene()->render(
            painter, QRectF(QPointF(0, 0), size), QRectF(chart->scenePos(), size), Qt::IgnoreAspectRatio);
        chart->setBackgroundVisible(background);
        chartWidget->restoreLayout();
        return;
    }
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
}

QImage ChartExporter::toImage(QWidget *widget, const Options &options)
{
    if (!widget || options.pixelSize.isEmpty()) {
        return {};
    }
    const qreal scale = options.scale > 0 ? options.scale : 1;
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    // The screen's logical resolution: point sizes then turn into the same pixels as in the
    // layout QtCharts measured, and the device pixel ratio alone makes the image sharper.
    const int dotsPerMeter = int(std::lround(widget->logicalDpiX() / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    render(widget, &painter, layoutSize(options), options.transparentBackground);
    painter.end();
    return image;
}

bool ChartExporter::savePng(QWidget *widget, const QString &fileName, const Options &options, QString *errorString)
{
    const QImage image = toImage(widget, options);
    if (image.isNull()) {
        if (errorString) {
            *errorString = tr("Nothing to export at an empty size");
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
    writer.setText(QStringLiteral("Title"), titleOf(widget));
    writer.setText(QStringLiteral("Software"), QStringLiteral("Appclacks Desktop"));
    if (!writer.write(image) || !file.commit()) {
        if (errorString) {
            *errorString = writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString();
        }
        return false;
    }
    return true;
}

QByteArray ChartExporter::toSvg(QWidget *widget, const Options &options)
{
    if (!widget || options.pixelSize.isEmpty()) {
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.pixelSize);
    generator.setViewBox(QRect(QPoint(0, 0), options.pixelSize));
    // Text is laid out at the screen's logical resolution (see toImage()).
    generator.setResolution(widget->logicalDpiX());
    generator.setTitle(titleOf(widget));
    generator.setDescription(tr("Made with Appclacks Desktop"));
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(widget, &painter, QSizeF(options.pixelSize), options.transparentBackground);
    painter.end();
    return buffer.data();
}

bool ChartExporter::saveSvg(QWidget *widget, const QString &fileName, const Options &options, QString *errorString)
{
    const QByteArray svg = toSvg(widget, options);
    if (svg.isEmpty()) {
        if (errorString) {
            *errorString = tr("Nothing to export at an empty size");
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

void ChartExporter::copyToClipboard(QWidget *widget, const Options &options)
{
    const QImage image = toImage(widget, options);
    if (!image.isNull()) {
        QGuiApplication::clipboard()->setImage(image);
    }
}

} // namespace appclacks::ui
