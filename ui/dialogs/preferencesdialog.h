// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace appclacks::core {
class SecretStore;
}

namespace appclacks::ui {

/// Refresh interval, notifications, default window and theme, saved in AppSettings on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// `secrets`: the session's store, whose plain-text fallback the dialog switches; may be null.
    explicit PreferencesDialog(core::SecretStore *secrets, QWidget *parent = nullptr);

    void accept() override;

    /// Light, dark or the system's palette, for the whole application.
    static void applyTheme(const QString &theme);

private:
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_notifications = nullptr;
    QComboBox *m_window = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_plaintextFallback = nullptr;
    core::SecretStore *m_secrets = nullptr;
};

} // namespace appclacks::ui
