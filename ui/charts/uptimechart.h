// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/checktimeline.h"
#include "ui/charts/chartwidget.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

class QBarSet;

namespace appclacks::ui {

/// Every check's uptime over the last 24 hours, 7 days and 30 days (CheckTimelines::forSource),
/// as three bars per check on an axis that starts just below the lowest uptime, so that 99.5 %
/// and 99.9 % look different; each bar carries its figure.
class UptimeChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UptimeChart)

public:
    explicit UptimeChart(QWidget *parent = nullptr);
    ~UptimeChart() override;

    /// `names` maps a check's key to the name to show (the key itself when missing).
    void setTimelines(std::vector<core::CheckTimeline> timelines, const QHash<QString, QString> &names = {});

    /// The checks, in the order drawn.
    QStringList checkLabels() const { return m_checkLabels; }
    /// "99.95%" per bar, by period then check; "—" without outcomes.
    QList<QStringList> uptimeLabels() const { return m_uptimeLabels; }
    /// One set per period, 24 h first (owned by the chart).
    QList<QBarSet *> barSets() const { return m_sets; }

    /// "99.2%", "99.95%" (two decimals above 99 %, docs/UI.md); "—" for NaN.
    static QString uptimeText(double uptime);

protected:
    void rebuild() override;

private:
    std::vector<core::CheckTimeline> m_timelines;
    QHash<QString, QString> m_names;
    QStringList m_checkLabels;
    QList<QStringList> m_uptimeLabels;
    QList<QBarSet *> m_sets;
};

} // namespace appclacks::ui
