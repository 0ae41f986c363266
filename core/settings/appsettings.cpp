// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/settings/appsettings.h"

#include <algorithm>

namespace appclacks::core {

namespace {
const auto schemaVersionKey = QStringLiteral("schemaVersion");
const auto mainWindowGeometryKey = QStringLiteral("mainWindow/geometry");
const auto mainWindowStateKey = QStringLiteral("mainWindow/state");
const auto notificationsKey = QStringLiteral("notifications/enabled");
const auto mutedChecksKey = QStringLiteral("notifications/mutedChecks");
const auto themeKey = QStringLiteral("appearance/theme");
const auto defaultWindowKey = QStringLiteral("view/defaultWindow");
const auto refreshIntervalKey = QStringLiteral("refresh/intervalSeconds");
} // namespace

AppSettings::AppSettings()
{
    migrate();
}

int AppSettings::schemaVersion() const
{
    return m_settings.value(schemaVersionKey, 0).toInt();
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(mainWindowGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(mainWindowGeometryKey, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(mainWindowStateKey).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(mainWindowStateKey, state);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings.value(notificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_settings.setValue(notificationsKey, enabled);
}

QStringList AppSettings::mutedChecks() const
{
    return m_settings.value(mutedChecksKey).toStringList();
}

void AppSettings::setMutedChecks(const QStringList &keys)
{
    m_settings.setValue(mutedChecksKey, keys);
}

QString AppSettings::theme() const
{
    const QString theme = m_settings.value(themeKey, QStringLiteral("system")).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings.setValue(themeKey, theme);
}

int AppSettings::defaultWindow() const
{
    return std::clamp(m_settings.value(defaultWindowKey, 0).toInt(), 0, 2);
}

void AppSettings::setDefaultWindow(int window)
{
    m_settings.setValue(defaultWindowKey, window);
}

SourceSpec AppSettings::lastSource() const
{
    const QVariant stored = m_settings.value(QStringLiteral("lastSource"));
    if (stored.isValid()) {
        return SourceSpec::fromVariant(stored.toMap());
    }
    // Before the source was kept whole, only the last profile was.
    const QString profile = m_settings.value(QStringLiteral("lastUsedProfile")).toString();
    return profile.isEmpty() ? SourceSpec() : SourceSpec::fromProfile(profile);
}

void AppSettings::setLastSource(const SourceSpec &spec)
{
    const QVariantMap map = spec.toVariant();
    if (map.isEmpty()) {
        return; // standard input, or nothing: keep what can be reopened
    }
    m_settings.setValue(QStringLiteral("lastSource"), map);
}

int AppSettings::refreshIntervalSeconds() const
{
    return std::clamp(m_settings.value(refreshIntervalKey, 30).toInt(), 5, 3600);
}

void AppSettings::setRefreshIntervalSeconds(int seconds)
{
    m_settings.setValue(refreshIntervalKey, seconds);
}

void AppSettings::sync()
{
    m_settings.sync();
}

void AppSettings::migrate()
{
    const int version = schemaVersion();
    if (version >= currentSchemaVersion) {
        return;
    }
    // Version 0 is "no file yet": nothing to carry over. Later versions add their steps here,
    // one `if (version < N)` block each, so a file of any age walks forward.
    m_settings.setValue(schemaVersionKey, currentSchemaVersion);
}

} // namespace appclacks::core
