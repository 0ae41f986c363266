// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/sources/sourcespec.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace appclacks::core {

/// The one place that knows the keys and types of the application's settings. Read on the GUI
/// thread; values handed to workers are copies.
class AppSettings final
{
public:
    /// Bumped whenever a key is renamed or its meaning changes; migrate() carries old files forward.
    static constexpr int currentSchemaVersion = 1;

    AppSettings();

    int schemaVersion() const;

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    QStringList mutedChecks() const; ///< check keys whose notifications the user silenced
    void setMutedChecks(const QStringList &keys);
    /// "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);
    /// 0 since the prober started, 1 since the app started, 2 last 10 scrapes.
    int defaultWindow() const;
    void setDefaultWindow(int window);
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);
    /// The source the window had open last, reopened at the next start; never holds a secret.
    SourceSpec lastSource() const;
    void setLastSource(const SourceSpec &spec);

    void sync();

private:
    void migrate();

    QSettings m_settings;
};

} // namespace appclacks::core
