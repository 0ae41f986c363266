// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace appclacks::ui {

/// Desktop notifications through the freedesktop notification service
/// (org.freedesktop.Notifications on the session bus), for desktops without a system tray such
/// as GNOME without its tray extension. Every call is asynchronous, so a missing or hung service
/// never blocks the window: a missing one is reported once through unavailable().
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Shows a notification; one with the same `key` (a check's key) replaces the previous one
    /// of that key still on screen instead of piling up beside it.
    void notify(const QString &key, const QString &summary, const QString &body, Urgency urgency);

    /// The server's id of the notification last shown for `key`, 0 when none is known.
    uint notificationId(const QString &key) const { return m_ids.value(key); }

Q_SIGNALS:
    /// The user clicked the notification shown for `key` (its default action).
    void activated(const QString &key);
    /// No notification service answered: said once per notifier, with the bus's reason.
    void unavailable(const QString &reason);

private Q_SLOTS:
    // Slots by signature: QDBusConnection::connect() matches D-Bus signals to them by name.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void reportUnavailable(const QString &reason);
    QString keyOf(uint id) const;

    QDBusConnection m_bus;
    QHash<QString, uint> m_ids;
    bool m_reportedUnavailable = false;
};

} // namespace appclacks::ui
