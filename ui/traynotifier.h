// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace appclacks::core {
class FailureWatch;
}

namespace appclacks::ui {

class DesktopNotifier;

/// The system tray's icon (the worst status, shaped as in the list), its menu, and the
/// notifications when a check starts failing or recovers — the news comes from core's
/// FailureWatch, muted checks and the Preferences switch respected. Without a system tray
/// (GNOME without its extension) there is no icon, and on Linux the notifications go to the
/// freedesktop notification service instead, one per check, clicking one raises the window.
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
    /// Null with a tray, and on systems other than Linux.
    DesktopNotifier *desktopNotifier() const { return m_desktop; }

Q_SIGNALS:
    /// Notifications cannot be shown (no notification service answered): said once.
    void notificationsUnavailable(const QString &message);

private:
    void showWindow();
    void notify(const QStringList &checks, const QStringList &keys, bool failing);

    QWidget *m_window = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    core::FailureWatch *m_watch = nullptr;
};

} // namespace appclacks::ui
