// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "app/command.h"

#include <span>

namespace appclacks::app {

/// The headless commands this build has, in the order --help lists them.
std::span<const Command> commands();

/// Chooses between a headless command (QCoreApplication) and the window (QApplication) and runs it.
int runApplication(int argc, char *argv[]);

} // namespace appclacks::app
