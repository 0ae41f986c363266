// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "ui/charts/chartwidget.h"

#include <QList>
#include <QStringList>

#include <memory>

class QBarSet;

namespace appclacks::ui {

/// One check's zones compared: p50, p95 and p99 of each zone side by side, each zone's success
/// ratio, and the zones that disagree with the others.
class ZonesComparisonChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonesComparisonChart)

public:
    explicit ZonesComparisonChart(QWidget *parent = nullptr);
    ~ZonesComparisonChart() override;

    QStringList zoneLabels() const { return m_zoneLabels; }
    QStringList ratioLabels() const { return m_ratioLabels; }
    /// p50, p95 and p99 in that order (owned by the chart).
    QList<QBarSet *> barSets() const;

protected:
    void rebuild() override;

private:
    QStringList m_zoneLabels;
    QStringList m_ratioLabels;
};

} // namespace appclacks::ui
