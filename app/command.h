// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/util/exitcode.h"

#include <QString>
#include <QStringList>

namespace appclacks::app {

using core::ExitCode;
using core::ExitCredentialsRejected;
using core::ExitDataError;
using core::ExitIoError;
using core::ExitOk;
using core::ExitUnavailable;
using core::ExitUsage;

/// A headless sub-command such as `parse`: it runs under QCoreApplication and needs no display.
struct Command
{
    QString name;
    QString synopsis; ///< The usage line shown by `appclacks-desktop --help`.
    const char *summary = nullptr; ///< Untranslated (QT_TRANSLATE_NOOP in context "main").
    /// Runs with the arguments after the command name; the QCoreApplication already exists.
    int (*run)(const QStringList &arguments) = nullptr;
    /// Draws with widgets: runs under QApplication, offscreen when there is no display.
    bool needsWidgets = false;
};

} // namespace appclacks::app
