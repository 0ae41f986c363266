// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace appclacks::app {

/// `appclacks-desktop export-chart SOURCE --chart histogram|counters|zones|overview
/// [--check ID_OR_NAME] [--zone ZONE] --output FILE.png|FILE.svg [--size WxH]`: the window's
/// charts, drawn by the same code, without showing a window (works with no display).
int runExportChartCommand(const QStringList &arguments);

} // namespace appclacks::app
