// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/traynotifier.h"

#include "core/health/failurewatch.h"
#include "core/settings/appsettings.h"
#include "ui/theme/theme.h"

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
    connect(m_watch, &core::FailureWatch::startedFailing, this, [this](const QStringList &checks) {
        notify(tr("Check failing"), tr("%1 started failing.").arg(checks.join(QStringLiteral(", "))), true);
    });
    connect(m_watch, &core::FailureWatch::recovered, this, [this](const QStringList &checks) {
        notify(tr("Check recovered"), tr("%1 passes again.").arg(checks.join(QStringLiteral(", "))), false);
    });
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
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

void TrayNotifier::notify(const QString &title, const QString &message, bool failing)
{
    if (!m_tray || !core::AppSettings().notificationsEnabled()) {
        return;
    }
    m_tray->showMessage(title, message, failing ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace appclacks::ui
