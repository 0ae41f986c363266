// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "tests/support/exportedfiles.h"

#include <QImage>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace appclacks::ui {
class ChartWidget;
class ExportableView;
} // namespace appclacks::ui

namespace appclacks::tests {

/// Breeze Dark's main colours: a dark theme whatever the platform's.
QPalette darkPalette();

/// Renders like an export does, in ARGB32. The chart keeps that layout afterwards while it is
/// not shown, so that its positions speak of the image's pixels.
QImage rendered(ui::ExportableView *view, QSize size = QSize(1200, 700));

/// The pixels of `image` that are not `background`.
qsizetype pixelsUnlike(const QImage &image, QRgb background);

/// Every visible text of the chart's scene: axis labels and titles, the title, the legend. A text
/// QtCharts had to shorten reads as shortened here.
QStringList sceneTexts(const ui::ChartWidget &chart);

/// Where a test's pictures go: APPCLACKS_CHART_SHOTS_DIR keeps them to look at, otherwise a
/// temporary folder. While it lives, numbers read as in US English (thousands separators as
/// most people see them), whatever the machine's locale.
class ShotsFolder final
{
    Q_DISABLE_COPY_MOVE(ShotsFolder)

public:
    ShotsFolder();
    ~ShotsFolder();

    /// False when the folder could not be made.
    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_scratch;
    QString m_path;
};

} // namespace appclacks::tests
