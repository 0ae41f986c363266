// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace appclacks::app {

/// `appclacks-desktop profile list | add NAME … | remove NAME | test NAME | scrape-config NAME | import-appclacks-yaml
/// [FILE]`
int runProfileCommand(const QStringList &arguments);

} // namespace appclacks::app
