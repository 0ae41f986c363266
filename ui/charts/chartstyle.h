// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ui/theme/theme.h"

class QAbstractAxis;
class QChart;

/// The theme applied to QtCharts objects: kept beside the other QChart code, so that a port to
/// Qt Graphs stays inside ui/charts.
namespace appclacks::ui::ChartStyle {

/// Background, title, legend and margins of a chart; no animation, shadow or gradient.
void apply(const Theme &theme, QChart *chart);
/// Labels, line and faint grid of an axis.
void apply(const Theme &theme, QAbstractAxis *axis);

} // namespace appclacks::ui::ChartStyle
