// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/preferencesdialog.h"

#include "core/history/historyrecorder.h"
#include "core/profiles/secretstore.h"
#include "core/settings/appsettings.h"
#include "ui/theme/appstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>

namespace appclacks::ui {

PreferencesDialog::PreferencesDialog(core::SecretStore *secrets, core::HistoryRecorder *recorder, QWidget *parent)
    : QDialog(parent)
    , m_interval(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("Notify when a check starts failing or recovers"), this))
    , m_defaultRange(new QComboBox(this))
    , m_statusWindow(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_plaintextFallback(new QCheckBox(tr("Keep tokens in a plain-text file when no keychain is available"), this))
    , m_secrets(secrets)
    , m_retention(new QSpinBox(this))
    , m_historySize(new QLabel(this))
    , m_clearHistory(new QPushButton(tr("Clear History…"), this))
    , m_recorder(recorder)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const core::AppSettings settings;
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings.refreshIntervalSeconds());
    m_notifications->setChecked(settings.notificationsEnabled());
    m_defaultRange->setObjectName(QStringLiteral("defaultRange"));
    for (const core::TimeRange &preset : core::TimeRange::presets()) {
        m_defaultRange->addItem(preset.label(), preset.toText());
    }
    m_defaultRange->setCurrentIndex(std::max(0, m_defaultRange->findData(settings.defaultRange().toText())));
    m_statusWindow->setObjectName(QStringLiteral("statusWindow"));
    m_statusWindow->setRange(1, 60);
    m_statusWindow->setSuffix(tr(" min"));
    m_statusWindow->setValue(settings.statusWindowMinutes());
    m_statusWindow->setToolTip(tr("A check is failing now when it failed within this time"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_theme->findData(settings.theme()));

    m_plaintextFallback->setObjectName(QStringLiteral("plaintextFallback"));
    m_plaintextFallback->setToolTip(tr("The file is readable by you only, but anyone with access to your account "
                                       "can read the tokens. Unchecking deletes the file's tokens at once."));
    m_plaintextFallback->setChecked(m_secrets && m_secrets->plaintextFallbackAllowed());
    m_plaintextFallback->setEnabled(m_secrets != nullptr);

    m_retention->setObjectName(QStringLiteral("historyRetention"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings.historyRetentionDays());
    m_historySize->setObjectName(QStringLiteral("historySize"));
    m_clearHistory->setObjectName(QStringLiteral("clearHistory"));
    m_clearHistory->setEnabled(m_recorder != nullptr);
    if (m_recorder) {
        m_historySize->setText(tr("Measuring…"));
        m_historySize->setToolTip(QDir::toNativeSeparators(m_recorder->path()));
        // Measured on the history's thread: the dialog opens at once, the size follows.
        connect(m_recorder, &core::HistoryRecorder::sizeKnown, this,
            [this](qint64 bytes) { m_historySize->setText(tr("%1 on disk").arg(QLocale().formattedDataSize(bytes))); });
        connect(m_recorder, &core::HistoryRecorder::cleared, this, [this] { m_clearHistory->setEnabled(true); });
        connect(m_clearHistory, &QPushButton::clicked, this, &PreferencesDialog::clearHistory);
        m_recorder->measureSize();
    } else {
        m_historySize->setText(tr("No history is being kept"));
    }
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historySize, 1);
    historyRow->addWidget(m_clearHistory);

    auto *form = new QFormLayout;
    form->addRow(tr("&Refresh every:"), m_interval);
    form->addRow(QString(), m_notifications);
    form->addRow(tr("Default &range:"), m_defaultRange);
    form->addRow(tr("&Status looks back:"), m_statusWindow);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_plaintextFallback);
    form->addRow(tr("&Keep history for:"), m_retention);
    form->addRow(tr("History:"), historyRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    core::AppSettings settings;
    settings.setRefreshIntervalSeconds(m_interval->value());
    settings.setNotificationsEnabled(m_notifications->isChecked());
    settings.setDefaultRange(
        core::TimeRange::fromText(m_defaultRange->currentData().toString()).value_or(core::TimeRange::last(86400000)));
    settings.setStatusWindowMinutes(m_statusWindow->value());
    settings.setTheme(m_theme->currentData().toString());
    settings.setHistoryRetentionDays(m_retention->value());
    settings.sync();
    if (m_recorder) {
        m_recorder->setRetentionDays(m_retention->value());
    }
    // Unchecking revokes: the store deletes the plain-text copies of its service.
    if (m_secrets && m_plaintextFallback->isChecked() != m_secrets->plaintextFallbackAllowed()) {
        m_secrets->setPlaintextFallbackAllowed(m_plaintextFallback->isChecked());
    }
    applyTheme(settings.theme());
    QDialog::accept();
}

void PreferencesDialog::clearHistory()
{
    QMessageBox confirm(QMessageBox::Warning, tr("Clear History"), tr("Delete every scrape kept in the history?"),
        QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("Uptime, past latency and incidents can no longer be shown for the time before "
                                  "now. This cannot be undone."));
    QPushButton *clear = confirm.addButton(tr("Clear History"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != clear) {
        return;
    }
    m_clearHistory->setEnabled(false); // until the history's thread says it is done
    m_historySize->setText(tr("Clearing…"));
    m_recorder->clear();
}

void PreferencesDialog::applyTheme(const QString &theme)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (theme == QLatin1String("system")) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    // Fusion draws every control from the palette, so a chosen theme applies everywhere.
    QApplication::setStyle(new AppStyle);
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == QLatin1String("dark")) {
        const QColor window(0x2B, 0x2D, 0x30);
        const QColor base(0x1F, 0x20, 0x22);
        const QColor text(0xE6, 0xE6, 0xE6);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
        palette.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xC7));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7A, 0x7A, 0x7A));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7A, 0x7A, 0x7A));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7A, 0x7A, 0x7A));
    }
    QApplication::setPalette(palette);
}

} // namespace appclacks::ui
