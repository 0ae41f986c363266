// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace appclacks::core {
class ZonesTableModel;
struct CheckOverTime;
} // namespace appclacks::core

namespace appclacks::ui {

class ChartWidget;
class IncidentsList;
class LatencyHistogramChart;
class LatencyOverTimeChart;
class OutcomesChart;
class OutcomesOverTimeChart;
class StateTimelineChart;
class ZonesComparisonChart;

/// The right side for the selected check: a header that says what is wrong and since when, then
/// Latency, Success and Zones tabs over the range, and Over Time and Timeline tabs (the check's
/// course, its state per zone and its incidents, from the history), each a chart that can be
/// exported.
class CheckDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckDetailView)

public:
    explicit CheckDetailView(QWidget *parent = nullptr);
    ~CheckDetailView() override;

    void setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot, const QString &checkKey);
    void setContext(const QString &windowLabel, const QString &sourceLabel);
    /// The check over the range, from the history (MonitoringSession::checkOverTimeChanged).
    void setOverTime(std::shared_ptr<const core::CheckOverTime> overTime);
    /// Shows the latency of one zone (from the overview matrix).
    void showZone(const QString &zone);

    QString checkKey() const { return m_checkKey; }
    /// The chart of the current tab, for export and copy.
    ChartWidget *currentChart() const;
    QString currentChartName() const;
    LatencyHistogramChart *latencyChart() const { return m_latency; }
    QString headerText() const;

    LatencyOverTimeChart *latencyOverTimeChart() const { return m_latencyOverTime; }
    StateTimelineChart *timelineChart() const { return m_timeline; }
    IncidentsList *incidentsList() const { return m_incidents; }

public Q_SLOTS:
    void exportCurrentChart();
    void copyCurrentChart();

Q_SIGNALS:
    /// The user dragged across a time chart, or opened an incident: show (from, to].
    void rangeSelected(qint64 fromMs, qint64 toMs);

Q_SIGNALS:
    /// The current chart was exported to `path`.
    void chartSaved(const QString &path);

private:
    void updateHeader();
    void updateZoneChoices();
    void applyZoneChoice();
    void applyOverTimeChoice();

    std::shared_ptr<const core::HealthSnapshot> m_snapshot;
    std::shared_ptr<const core::CheckOverTime> m_overTime;
    QString m_checkKey;
    QLabel *m_header = nullptr;
    QLabel *m_problems = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_zoneChoice = nullptr;
    QCheckBox *m_cumulative = nullptr;
    LatencyHistogramChart *m_latency = nullptr;
    OutcomesChart *m_outcomes = nullptr;
    ZonesComparisonChart *m_zones = nullptr;
    QTableView *m_zonesTable = nullptr;
    QComboBox *m_overTimeChoice = nullptr;
    QCheckBox *m_logScale = nullptr;
    LatencyOverTimeChart *m_latencyOverTime = nullptr;
    OutcomesOverTimeChart *m_outcomesOverTime = nullptr;
    StateTimelineChart *m_timeline = nullptr;
    IncidentsList *m_incidents = nullptr;
    QLabel *m_overTimeNote = nullptr;
    core::ZonesTableModel *m_zonesModel = nullptr;
};

} // namespace appclacks::ui
