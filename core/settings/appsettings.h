// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QSettings>

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

    void sync();

private:
    void migrate();

    QSettings m_settings;
};

} // namespace appclacks::core
