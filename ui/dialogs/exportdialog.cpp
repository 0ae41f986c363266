// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace appclacks::ui {

namespace {

const auto folderKey = QStringLiteral("export/folder");
const auto widthKey = QStringLiteral("export/width");
const auto heightKey = QStringLiteral("export/height");
const auto scaleKey = QStringLiteral("export/scale");
const auto transparentKey = QStringLiteral("export/transparent");
const auto formatKey = QStringLiteral("export/format");

} // namespace

ExportDialog::ExportDialog(const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Chart"));
    const QSettings settings;
    const QString folder
        = settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->setCurrentIndex(settings.value(formatKey).toString() == QLatin1String("svg") ? 1 : 0);
    // The folder on a line of its own: a whole path in one field showed its end, the file's
    // name, and hid where it would go.
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setText(QDir::toNativeSeparators(QDir::cleanPath(folder)));
    m_folder->setCursorPosition(0);
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setMinimumWidth(m_folder->fontMetrics().averageCharWidth() * 44);
    m_name->setObjectName(QStringLiteral("exportFileName"));
    m_name->setText(suggestedName + QLatin1Char('.') + m_format->currentData().toString());
    m_name->setAccessibleName(tr("File name"));
    for (QSpinBox *box : { m_width, m_height }) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(settings.value(widthKey, 1200).toInt());
    m_height->setValue(settings.value(heightKey, 700).toInt());
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale->addItem(tr("1× (standard)"), 1.0);
    m_scale->addItem(tr("2× (high density)"), 2.0);
    m_scale->setCurrentIndex(settings.value(scaleKey, 1.0).toDouble() > 1.5 ? 1 : 0);
    m_transparent->setChecked(settings.value(transparentKey, false).toBool());

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::syncSuffix);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_folder, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Folder:"), pathRow);
    form->addRow(tr("File name:"), m_name);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(QString(), m_transparent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    syncSuffix();
}

QString ExportDialog::fileName() const
{
    return QDir(folder()).filePath(m_name->text().trimmed());
}

QString ExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

bool ExportDialog::isSvg() const
{
    return m_format->currentData().toString() == QLatin1String("svg");
}

ChartExporter::Options ExportDialog::options() const
{
    ChartExporter::Options options;
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->currentData().toDouble();
    options.transparentBackground = m_transparent->isChecked();
    return options;
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), fileName(), isSvg() ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (!chosen.isEmpty()) {
        const QFileInfo info(chosen);
        m_folder->setText(QDir::toNativeSeparators(info.absolutePath()));
        m_folder->setCursorPosition(0);
        m_name->setText(info.fileName());
        syncSuffix();
    }
}

void ExportDialog::syncSuffix()
{
    const bool svg = isSvg();
    m_scale->setEnabled(!svg);
    m_transparent->setEnabled(!svg);
    const QFileInfo info(m_name->text().trimmed());
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        m_name->setText(info.completeBaseName() + QLatin1Char('.') + suffix);
    }
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(fileName()).absolutePath());
    settings.setValue(widthKey, m_width->value());
    settings.setValue(heightKey, m_height->value());
    settings.setValue(scaleKey, m_scale->currentData().toDouble());
    settings.setValue(transparentKey, m_transparent->isChecked());
    settings.setValue(formatKey, m_format->currentData().toString());
    QDialog::accept();
}

QString exportChartInteractively(ExportableView *chart, const QString &suggestedName, QWidget *parent)
{
    ExportDialog dialog(suggestedName, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    QString error;
    const bool saved = dialog.isSvg() ? ChartExporter::saveSvg(chart, dialog.fileName(), dialog.options(), &error)
                                      : ChartExporter::savePng(chart, dialog.fileName(), dialog.options(), &error);
    if (!saved) {
        QMessageBox::warning(parent, ExportDialog::tr("Export Chart"),
            ExportDialog::tr("The chart could not be saved to %1: %2").arg(dialog.fileName(), error));
        return {};
    }
    return dialog.fileName();
}

} // namespace appclacks::ui
