// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QObject>

#include <memory>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace appclacks::core {
class FailureWatch;
}

namespace appclacks::ui {

/// The system tray's icon (the worst status, shaped as in the list), its menu, and the
/// notifications when a check starts failing or recovers — the news comes from core's
/// FailureWatch, muted checks and the Preferences switch respected. Without a system tray
/// there is no icon and no notification.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    /// `window` is shown from the tray; `refresh` and `quit` go in its menu.
    TrayNotifier(QWidget *window, QAction *refresh, QAction *quit, QObject *parent = nullptr);
    ~TrayNotifier() override;

    /// The displayed snapshot: the icon and the tooltip follow it.
    void setSnapshot(const std::shared_ptr<const core::HealthSnapshot> &snapshot);
    /// A new good refresh: its failure transitions become notifications.
    void observe(const std::shared_ptr<const core::HealthSnapshot> &latest);

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    core::FailureWatch *failureWatch() const { return m_watch; }

private:
    void showWindow();
    void notify(const QString &title, const QString &message, bool failing);

    QWidget *m_window = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    core::FailureWatch *m_watch = nullptr;
};

} // namespace appclacks::ui
