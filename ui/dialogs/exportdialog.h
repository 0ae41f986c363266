// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ui/charts/chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace appclacks::ui {

class ExportableView;

/// Where and how to export a chart: PNG (size, scale, transparent background) or SVG. Remembers
/// the last size and folder, as docs/UI.md asks.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(const QString &suggestedName, QWidget *parent = nullptr);

    /// The whole path: folder() and the file's name.
    QString fileName() const;
    QString folder() const;
    bool isSvg() const;
    ChartExporter::Options options() const;

    void accept() override;

private:
    void browse();
    void syncSuffix();

    QLineEdit *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QCheckBox *m_transparent = nullptr;
};

/// Exports `chart` after asking where; shows what went wrong if it could not be written.
/// Returns the saved file's path, or empty when nothing was saved.
QString exportChartInteractively(ExportableView *chart, const QString &suggestedName, QWidget *parent);

} // namespace appclacks::ui
