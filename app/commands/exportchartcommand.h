// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace appclacks::app {

/// `appclacks-desktop export-chart (SOURCE | --history [--source NAME] | --history-file PATH)
/// --chart histogram|counters|zones|overview|latency-over-time|outcomes-over-time|timeline|uptime
/// [--last D | --from T --to T] [--check ID_OR_NAME] [--zone ZONE] [--quantile pXX] [--log]
/// --output FILE.png|FILE.svg [--size WxH]`: the window's charts, drawn by the same code, without
/// showing a window (works with no display). From the history, the charts cover the range
/// (default: the last 24 hours up to the newest sample).
int runExportChartCommand(const QStringList &arguments);

} // namespace appclacks::app
