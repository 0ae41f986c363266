// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/platform/userconfigdir.h"

#include <QCoreApplication>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(UserConfigDir)
};

QString failed(QString *error, const QString &reason)
{
    if (error) {
        *error = reason;
    }
    return {};
}

} // namespace

ConfigDirRules currentConfigDirRules()
{
#if defined(Q_OS_WIN)
    return ConfigDirRules::Windows;
#elif defined(Q_OS_DARWIN)
    return ConfigDirRules::MacOS;
#else
    return ConfigDirRules::Unix;
#endif
}

QString userConfigDir(const QProcessEnvironment &environment, ConfigDirRules rules, QString *error)
{
    if (error) {
        error->clear();
    }
    // The same checks, in the same order, as Go's os.UserConfigDir (src/os/file.go). Go 1.19
    // (Debian 12's) takes a relative $XDG_CONFIG_HOME as it is; later releases refuse it, as the
    // XDG specification says to: the CLI, built with a current Go, refuses it too.
    switch (rules) {
    case ConfigDirRules::Windows: {
        const QString appData = environment.value(QStringLiteral("AppData"));
        if (appData.isEmpty()) {
            return failed(error, Text::tr("%AppData% is not defined"));
        }
        // Qt's paths use "/" on every platform; this runs on any of them (the tests check Windows' rules).
        return QString(appData).replace(QLatin1Char('\\'), QLatin1Char('/'));
    }
    case ConfigDirRules::MacOS: {
        const QString home = environment.value(QStringLiteral("HOME"));
        if (home.isEmpty()) {
            return failed(error, Text::tr("$HOME is not defined"));
        }
        return home + QStringLiteral("/Library/Application Support");
    }
    case ConfigDirRules::Unix:
        break;
    }
    QString xdg = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty()) {
        if (!xdg.startsWith(QLatin1Char('/'))) {
            return failed(error, Text::tr("path in $XDG_CONFIG_HOME is relative"));
        }
        return xdg;
    }
    const QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty()) {
        return failed(error, Text::tr("neither $XDG_CONFIG_HOME nor $HOME are defined"));
    }
    return home + QStringLiteral("/.config");
}

} // namespace appclacks::core
