// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"

#include <QCoreApplication>

namespace appclacks::core {

void applyApplicationIdentity()
{
    // Organization "com.appclacks" + application "Desktop" reads as com.appclacks.Desktop in
    // every QSettings backend (macOS derives the plist name from the domain instead).
    QCoreApplication::setOrganizationName(QStringLiteral("com.appclacks"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("appclacks.com"));
    QCoreApplication::setApplicationName(QStringLiteral("Desktop"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(APPCLACKS_VERSION);
}

} // namespace appclacks::core
