// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "ui/charts/chartwidget.h"

#include <QStringList>

#include <memory>

class QBarSet;

namespace appclacks::ui {

/// One check's successes and failures per zone as stacked bars, with the success ratio of
/// each zone above its bar.
class OutcomesChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomesChart)

public:
    explicit OutcomesChart(QWidget *parent = nullptr);
    ~OutcomesChart() override;

    /// The zones, one bar each, as the axis names them.
    QStringList zoneLabels() const { return m_zoneLabels; }
    /// "99.2%" above each bar, "—" for a zone without counters.
    QStringList ratioLabels() const { return m_ratioLabels; }
    /// Owned by the chart; null when there is nothing to draw.
    QBarSet *successSet() const { return m_successSet; }
    QBarSet *failureSet() const { return m_failureSet; }

protected:
    void rebuild() override;

private:
    QStringList m_zoneLabels;
    QStringList m_ratioLabels;
    QBarSet *m_successSet = nullptr;
    QBarSet *m_failureSet = nullptr;
};

} // namespace appclacks::ui
