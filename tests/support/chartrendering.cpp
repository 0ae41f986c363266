// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/chartrendering.h"

#include "ui/charts/chartexporter.h"
#include "ui/charts/chartwidget.h"

#include <QChart>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLocale>

namespace appclacks::tests {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

QImage rendered(ui::ExportableView *view, QSize size)
{
    ui::ChartExporter::Options options;
    options.pixelSize = size;
    return ui::ChartExporter::toImage(view, options).convertToFormat(QImage::Format_ARGB32);
}

qsizetype pixelsUnlike(const QImage &image, QRgb background)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    qsizetype count = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (line[x] != background) {
                ++count;
            }
        }
    }
    return count;
}

QStringList sceneTexts(const ui::ChartWidget &chart)
{
    QStringList texts;
    const auto items = chart.chart()->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
            texts << text->toPlainText();
        }
    }
    return texts;
}

ShotsFolder::ShotsFolder()
{
    m_path = qEnvironmentVariable("APPCLACKS_CHART_SHOTS_DIR");
    if (m_path.isEmpty() && m_scratch.isValid()) {
        m_path = m_scratch.path();
    }
    if (!m_path.isEmpty() && !QDir().mkpath(m_path)) {
        m_path.clear();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

ShotsFolder::~ShotsFolder()
{
    QLocale::setDefault(QLocale::c());
}

} // namespace appclacks::tests
