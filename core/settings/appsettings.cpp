// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/settings/appsettings.h"

namespace appclacks::core {

namespace {
const auto schemaVersionKey = QStringLiteral("schemaVersion");
const auto mainWindowGeometryKey = QStringLiteral("mainWindow/geometry");
const auto mainWindowStateKey = QStringLiteral("mainWindow/state");
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
