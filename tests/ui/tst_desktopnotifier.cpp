// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/health/failurewatch.h"
#include "core/settings/appsettings.h"
#include "ui/desktopnotifier.h"
#include "ui/traynotifier.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>

using appclacks::ui::DesktopNotifier;
using appclacks::ui::TrayNotifier;

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");

struct ReceivedNotification
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint id = 0;
};

} // namespace

/// A notification service of the test's own: it owns org.freedesktop.Notifications on the
/// private bus through a connection of its own (so every call really crosses the bus daemon),
/// records what it is sent and emits the signals a real server emits.
class RecordingNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(RecordingNotificationServer)

public:
    RecordingNotificationServer()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("recording-server")))
    { }
    ~RecordingNotificationServer() override
    {
        m_bus.unregisterService(serviceName);
        QDBusConnection::disconnectFromBus(QStringLiteral("recording-server"));
    }

    bool start()
    {
        return m_bus.registerObject(objectPath, this, QDBusConnection::ExportAllSlots)
            && m_bus.registerService(serviceName);
    }

    void invokeAction(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(objectPath, serviceName, QStringLiteral("ActionInvoked"));
        signal << id << action;
        m_bus.send(signal);
    }

    QList<ReceivedNotification> received;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        received.append({ appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id });
        return id;
    }
    QStringList GetCapabilities() { return { QStringLiteral("actions"), QStringLiteral("body") }; }
    void CloseNotification(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(objectPath, serviceName, QStringLiteral("NotificationClosed"));
        signal << id << 3U;
        m_bus.send(signal);
    }

private:
    QDBusConnection m_bus;
    uint m_lastId = 100;
};

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
        QSettings().clear();
        // The freedesktop path is the one without a tray; offscreen has none.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        m_haveBus = QDBusConnection::sessionBus().isConnected();
    }

    void notifySendsSummaryBodyHintsAndReplaces()
    {
        requireBus();
        RecordingNotificationServer server;
        QVERIFY(server.start());
        DesktopNotifier notifier;
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);

        notifier.notify(QStringLiteral("check:api"), QStringLiteral("Check failing"),
            QStringLiteral("api started failing."), DesktopNotifier::Urgency::Critical);
        QTRY_COMPARE(server.received.size(), 1);
        const ReceivedNotification first = server.received.constFirst();
        QCOMPARE(first.appName, QStringLiteral("Appclacks Desktop"));
        QCOMPARE(first.appIcon, QStringLiteral("com.appclacks.Desktop"));
        QCOMPARE(first.replacesId, 0U);
        QCOMPARE(first.summary, QStringLiteral("Check failing"));
        QCOMPARE(first.body, QStringLiteral("api started failing."));
        QCOMPARE(first.actions.size(), 2);
        QCOMPARE(first.actions.constFirst(), QStringLiteral("default"));
        QCOMPARE(first.expireTimeout, -1);
        // The specification types urgency as a byte: a server reading it as such must find 2.
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(
            first.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("com.appclacks.Desktop"));
        QTRY_COMPARE(notifier.notificationId(QStringLiteral("check:api")), first.id);

        // The same check again replaces its notification; another check gets one of its own.
        notifier.notify(QStringLiteral("check:api"), QStringLiteral("Check recovered"),
            QStringLiteral("api passes again."), DesktopNotifier::Urgency::Normal);
        notifier.notify(QStringLiteral("check:db"), QStringLiteral("Check failing"),
            QStringLiteral("db started failing."), DesktopNotifier::Urgency::Critical);
        QTRY_COMPARE(server.received.size(), 3);
        QCOMPARE(server.received.at(1).replacesId, first.id);
        QCOMPARE(server.received.at(1).hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(server.received.at(2).replacesId, 0U);
        QVERIFY(server.received.at(2).id != first.id);

        // Once the user closed it, the check's next notification is a new one.
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("check:db")) != 0);
        server.CloseNotification(first.id);
        QTRY_COMPARE(notifier.notificationId(QStringLiteral("check:api")), 0U);
        QCOMPARE(unavailable.size(), 0);
    }

    void clickingTheNotificationRaisesTheWindow()
    {
        requireBus();
        appclacks::core::AppSettings().setNotificationsEnabled(true);
        RecordingNotificationServer server;
        QVERIFY(server.start());
        QWidget window;
        window.setWindowTitle(QStringLiteral("Appclacks Desktop"));
        QAction refresh(QStringLiteral("Refresh"));
        QAction quit(QStringLiteral("Quit"));
        TrayNotifier tray(&window, &refresh, &quit);
        QVERIFY(!tray.trayIcon());
        QVERIFY(tray.desktopNotifier());

        Q_EMIT tray.failureWatch()->startedFailing({ QStringLiteral("api-gateway") }, { QStringLiteral("8f2c") });
        QTRY_COMPARE(server.received.size(), 1);
        const ReceivedNotification failing = server.received.constFirst();
        QCOMPARE(failing.summary, QStringLiteral("Check failing"));
        QCOMPARE(failing.body, QStringLiteral("api-gateway started failing."));
        QCOMPARE(failing.hints.value(QStringLiteral("urgency")).toInt(), 2);

        // The user clicks it while the window is hidden: the window comes back, active.
        QVERIFY(!window.isVisible());
        QTRY_VERIFY(tray.desktopNotifier()->notificationId(QStringLiteral("check:8f2c")) == failing.id);
        server.invokeAction(failing.id, QStringLiteral("default"));
        QTRY_VERIFY(window.isVisible());
        QTRY_VERIFY(window.isActiveWindow());

        // Its recovery replaces it, at normal urgency; many at once make a single notification.
        Q_EMIT tray.failureWatch()->recovered({ QStringLiteral("api-gateway") }, { QStringLiteral("8f2c") });
        QTRY_COMPARE(server.received.size(), 2);
        QCOMPARE(server.received.at(1).replacesId, failing.id);
        QCOMPARE(server.received.at(1).body, QStringLiteral("api-gateway passes again."));
        QCOMPARE(server.received.at(1).hints.value(QStringLiteral("urgency")).toInt(), 1);
        const QStringList five { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
            QStringLiteral("e") };
        Q_EMIT tray.failureWatch()->startedFailing(five, five);
        QTRY_COMPARE(server.received.size(), 3);
        QCOMPARE(server.received.at(2).summary, QStringLiteral("5 checks started failing"));
        QCOMPARE(server.received.at(2).body, QStringLiteral("a, b, c, d, e"));

        // An action on somebody else's notification id is not ours to follow.
        window.hide();
        server.invokeAction(9999, QStringLiteral("default"));
        server.invokeAction(failing.id, QStringLiteral("other"));
        Q_EMIT tray.failureWatch()->recovered({ QStringLiteral("x") }, { QStringLiteral("x") });
        QTRY_COMPARE(server.received.size(), 4); // the signals before it have been delivered
        QVERIFY(!window.isVisible());

        // The Preferences switch silences them.
        appclacks::core::AppSettings().setNotificationsEnabled(false);
        Q_EMIT tray.failureWatch()->startedFailing({ QStringLiteral("db") }, { QStringLiteral("db") });
        appclacks::core::AppSettings().setNotificationsEnabled(true);
        Q_EMIT tray.failureWatch()->startedFailing({ QStringLiteral("web") }, { QStringLiteral("web") });
        QTRY_COMPARE(server.received.size(), 5);
        QCOMPARE(server.received.at(4).body, QStringLiteral("web started failing."));
    }

    void noServiceNeitherBlocksNorCrashes()
    {
        // On the private bus no one owns the name (and nothing can be activated); without a bus,
        // there is nothing to connect to. Either way: said once, and the caller never waits.
        if (m_haveBus) {
            QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(serviceName));
        }
        QWidget window;
        QAction refresh(QStringLiteral("Refresh"));
        QAction quit(QStringLiteral("Quit"));
        TrayNotifier tray(&window, &refresh, &quit);
        QVERIFY(tray.desktopNotifier());
        QSignalSpy unavailable(&tray, &TrayNotifier::notificationsUnavailable);

        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 3; ++i) {
            Q_EMIT tray.failureWatch()->startedFailing({ QStringLiteral("api") }, { QStringLiteral("api") });
        }
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY(
            unavailable.constFirst().constFirst().toString().startsWith(QStringLiteral("No desktop notifications")));
        // The two other calls fail as well, and say nothing more.
        QVERIFY(!unavailable.wait(1000));
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(tray.desktopNotifier()->notificationId(QStringLiteral("check:api")), 0U);
    }

private:
    void requireBus()
    {
        if (!m_haveBus) {
            QSKIP("no session bus in this run (tst_desktopnotifier_nobus)");
        }
    }

    bool m_haveBus = false;
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
