// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace appclacks::core {

/// Whose rules userConfigDir() follows; the default is the platform this runs on.
enum class ConfigDirRules { Unix, MacOS, Windows };

ConfigDirRules currentConfigDirRules();

/// The folder Go's os.UserConfigDir() returns, where Go programs such as the Appclacks CLI keep
/// their settings: $XDG_CONFIG_HOME (absolute) or $HOME/.config on Linux and other Unixes,
/// $HOME/Library/Application Support on macOS, %AppData% on Windows. QStandardPaths answers
/// differently on macOS and Windows, so the CLI's file would be looked for in the wrong place.
/// Empty, with `error` set, when the environment does not say (Go returns an error then).
QString userConfigDir(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    ConfigDirRules rules = currentConfigDirRules(), QString *error = nullptr);

} // namespace appclacks::core
