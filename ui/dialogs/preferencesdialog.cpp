// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/preferencesdialog.h"

#include "core/profiles/secretstore.h"
#include "core/settings/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>

namespace appclacks::ui {

PreferencesDialog::PreferencesDialog(core::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_interval(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("Notify when a check starts failing or recovers"), this))
    , m_window(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_plaintextFallback(new QCheckBox(tr("Keep tokens in a plain-text file when no keychain is available"), this))
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const core::AppSettings settings;
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings.refreshIntervalSeconds());
    m_notifications->setChecked(settings.notificationsEnabled());
    m_window->addItems({ tr("Since the prober started"), tr("Since the app started"), tr("Last 10 scrapes") });
    m_window->setCurrentIndex(settings.defaultWindow());
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_theme->findData(settings.theme()));

    m_plaintextFallback->setObjectName(QStringLiteral("plaintextFallback"));
    m_plaintextFallback->setToolTip(tr("The file is readable by you only, but anyone with access to your account "
                                       "can read the tokens. Unchecking deletes the file's tokens at once."));
    m_plaintextFallback->setChecked(m_secrets && m_secrets->plaintextFallbackAllowed());
    m_plaintextFallback->setEnabled(m_secrets != nullptr);

    auto *form = new QFormLayout;
    form->addRow(tr("&Refresh every:"), m_interval);
    form->addRow(QString(), m_notifications);
    form->addRow(tr("Default &window:"), m_window);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_plaintextFallback);
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
    settings.setDefaultWindow(m_window->currentIndex());
    settings.setTheme(m_theme->currentData().toString());
    settings.sync();
    // Unchecking revokes: the store deletes the plain-text copies of its service.
    if (m_secrets && m_plaintextFallback->isChecked() != m_secrets->plaintextFallbackAllowed()) {
        m_secrets->setPlaintextFallbackAllowed(m_plaintextFallback->isChecked());
    }
    applyTheme(settings.theme());
    QDialog::accept();
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
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
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
