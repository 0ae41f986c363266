// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace appclacks::app {

/// Exit codes follow sysexits.h, as ../shared/DESIGN.md lays down.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,
    ExitDataError = 65,
    ExitUnavailable = 69,
    ExitIoError = 74,
    ExitCredentialsRejected = 77,
};

/// A headless sub-command such as `parse`: it runs under QCoreApplication and needs no display.
struct Command
{
    QString name;
    QString synopsis; ///< The usage line shown by `appclacks-desktop --help`.
    QString summary;
    /// Runs with the arguments after the command name; the QCoreApplication already exists.
    int (*run)(const QStringList &arguments) = nullptr;
    /// Draws with widgets: runs under QApplication, offscreen when there is no display.
    bool needsWidgets = false;
};

} // namespace appclacks::app
