// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/desktopnotifier.h"

#include "core/applicationidentity.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

namespace appclacks::ui {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "appclacks.ui.notifications", QtInfoMsg)

const QString notificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString notificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString notificationsInterface = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default");

// A service that does not answer within this is as good as absent; the call is asynchronous,
// so the window never waits for it.
constexpr int callTimeoutMs = 10000;

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        return;
    }
    m_bus.connect(notificationsService, notificationsPath, notificationsInterface, QStringLiteral("ActionInvoked"),
        this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(notificationsService, notificationsPath, notificationsInterface, QStringLiteral("NotificationClosed"),
        this, SLOT(onNotificationClosed(uint, uint)));
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body, Urgency urgency)
{
    if (!m_bus.isConnected()) {
        reportUnavailable(
            m_bus.lastError().isValid() ? m_bus.lastError().message() : tr("there is no D-Bus session bus"));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        notificationsService, notificationsPath, notificationsInterface, QStringLiteral("Notify"));
    // The desktop entry lets the server show the application's name and icon and group its
    // notifications; the urgency is a byte, as the specification types it.
    const QString appId = QString::fromLatin1(core::applicationId);
    const QVariantMap hints {
        { QStringLiteral("urgency"), QVariant::fromValue(static_cast<uchar>(urgency)) },
        { QStringLiteral("desktop-entry"), appId },
    };
    call << QString::fromLatin1(core::productName) << m_ids.value(key) << appId << summary << body
         << QStringList { defaultAction, tr("Show") } << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            reportUnavailable(reply.error().message());
            return;
        }
        m_ids.insert(key, reply.value());
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (actionKey != defaultAction) {
        return;
    }
    if (const QString key = keyOf(id); !key.isNull()) {
        Q_EMIT activated(key);
    }
}

void DesktopNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    // A closed notification cannot be replaced any more: the next one of its check is new.
    if (const QString key = keyOf(id); !key.isNull()) {
        m_ids.remove(key);
    }
}

void DesktopNotifier::reportUnavailable(const QString &reason)
{
    if (m_reportedUnavailable) {
        return;
    }
    m_reportedUnavailable = true;
    qCWarning(lcNotify, "no desktop notification service: %s", qUtf8Printable(reason));
    Q_EMIT unavailable(reason);
}

QString DesktopNotifier::keyOf(uint id) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == id) {
            return it.key();
        }
    }
    return {};
}

} // namespace appclacks::ui
