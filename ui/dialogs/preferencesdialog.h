// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QComboBox;
class QSpinBox;

namespace appclacks::core {
class HistoryRecorder;
class SecretStore;
} // namespace appclacks::core

namespace appclacks::ui {

/// Refresh interval, notifications, default window, theme and how long the history is kept,
/// saved in AppSettings on OK; the history's size, and a button that clears it.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// `secrets`: the session's store, whose plain-text fallback the dialog switches; may be null.
    /// `recorder`: the window's history, measured and cleared from here; may be null.
    explicit PreferencesDialog(
        core::SecretStore *secrets, core::HistoryRecorder *recorder = nullptr, QWidget *parent = nullptr);

    void accept() override;

    /// Light, dark or the system's palette, for the whole application.
    static void applyTheme(const QString &theme);

private:
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_notifications = nullptr;
    QComboBox *m_defaultRange = nullptr;
    QSpinBox *m_statusWindow = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_plaintextFallback = nullptr;
    core::SecretStore *m_secrets = nullptr;
    QSpinBox *m_retention = nullptr;
    QLabel *m_historySize = nullptr;
    QPushButton *m_clearHistory = nullptr;
    core::HistoryRecorder *m_recorder = nullptr;

    void clearHistory();
};

} // namespace appclacks::ui
