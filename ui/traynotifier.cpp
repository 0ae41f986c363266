// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/traynotifier.h"

#include "core/health/failurewatch.h"
#include "core/settings/appsettings.h"
#include "ui/theme/theme.h"

#ifdef APPCLACKS_HAVE_DESKTOP_NOTIFICATIONS
#include "ui/desktopnotifier.h"
#endif

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace appclacks::ui {

TrayNotifier::TrayNotifier(QWidget *window, QAction *refresh, QAction *quit, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_watch(new core::FailureWatch(this))
{
    connect(m_watch, &core::FailureWatch::startedFailing, this,
        [this](const QStringList &checks, const QStringList &keys) { notify(checks, keys, true); });
    connect(m_watch, &core::FailureWatch::recovered, this,
        [this](const QStringList &checks, const QStringList &keys) { notify(checks, keys, false); });
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
#ifdef APPCLACKS_HAVE_DESKTOP_NOTIFICATIONS
        m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
        connect(m_desktop, &DesktopNotifier::activated, this, &TrayNotifier::showWindow);
        connect(m_desktop, &DesktopNotifier::unavailable, this, [this](const QString &reason) {
            Q_EMIT notificationsUnavailable(
                tr("No desktop notifications: no notification service answered (%1).").arg(reason));
        });
#endif
        return;
    }
    m_tray = new QSystemTrayIcon(window->windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show Window"), this, &TrayNotifier::showWindow);
    menu->addAction(refresh);
    menu->addSeparator();
    menu->addAction(quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showWindow();
        }
    });
    m_tray->setToolTip(tr("Appclacks Desktop"));
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayNotifier::setSnapshot(const std::shared_ptr<const core::HealthSnapshot> &snapshot)
{
    if (!m_tray) {
        return;
    }
    const core::CheckStatus worst
        = snapshot && !snapshot->checks.empty() ? snapshot->worstStatus : core::CheckStatus::Passing;
    const int failing = snapshot ? snapshot->failingChecks : 0;
    m_tray->setIcon(Theme::of(m_window).statusIcon(worst));
    switch (worst) {
    case core::CheckStatus::GlobalOutage:
        m_tray->setToolTip(tr("Appclacks Desktop: outage — %1 failing").arg(failing));
        break;
    case core::CheckStatus::PartialOutage:
        m_tray->setToolTip(tr("Appclacks Desktop: partial outage — %1 failing").arg(failing));
        break;
    case core::CheckStatus::NoData:
        m_tray->setToolTip(tr("Appclacks Desktop: no results yet"));
        break;
    case core::CheckStatus::Passing:
        m_tray->setToolTip(tr("Appclacks Desktop: all checks passing"));
        break;
    }
}

void TrayNotifier::observe(const std::shared_ptr<const core::HealthSnapshot> &latest)
{
    // Settings are read on the GUI thread, once per refresh: a mute takes effect at the next one.
    m_watch->setMuted(core::AppSettings().mutedChecks());
    m_watch->observe(latest);
}

void TrayNotifier::notify(const QStringList &checks, const QStringList &keys, bool failing)
{
    if (!core::AppSettings().notificationsEnabled() || checks.isEmpty()) {
        return;
    }
    const auto n = int(checks.size());
    const auto title = [failing](int count) {
        return failing ? tr("Check failing", nullptr, count) : tr("Check recovered", nullptr, count);
    };
    const auto message = [failing](const QString &names, int count) {
        return failing ? tr("%1 started failing.", nullptr, count).arg(names)
                       : tr("%1 passes again.", nullptr, count).arg(names);
    };
    const QString names = checks.join(QStringLiteral(", "));
    if (m_tray) {
        // The tray shows one message at a time: every check in it.
        m_tray->showMessage(
            title(n), message(names, n), failing ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
#ifdef APPCLACKS_HAVE_DESKTOP_NOTIFICATIONS
    if (!m_desktop) {
        return;
    }
    const auto urgency = failing ? DesktopNotifier::Urgency::Critical : DesktopNotifier::Urgency::Normal;
    // One notification per check, so that its recovery replaces its failure; many at once (a
    // network outage) would bury the desktop, so past a few they become one.
    constexpr int mostSeparate = 3;
    if (n > mostSeparate) {
        m_desktop->notify(QStringLiteral("several"),
            failing ? tr("%n checks started failing", nullptr, n) : tr("%n checks pass again", nullptr, n), names,
            urgency);
        return;
    }
    for (int i = 0; i < n; ++i) {
        m_desktop->notify(
            QLatin1String("check:") + keys.value(i, checks.at(i)), title(1), message(checks.at(i), 1), urgency);
    }
#endif
}

} // namespace appclacks::ui
