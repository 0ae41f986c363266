// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace appclacks::app {

/// `appclacks-desktop summary --file PATH [--format table|json|csv] [--zone-label NAME]`
int runSummaryCommand(const QStringList &arguments);

} // namespace appclacks::app
