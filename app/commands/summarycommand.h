// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace appclacks::app {

/// `appclacks-desktop summary SOURCE [--format table|json|csv]`
int runSummaryCommand(const QStringList &arguments);

} // namespace appclacks::app
