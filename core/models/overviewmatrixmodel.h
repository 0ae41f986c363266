// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/models/healthroles.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace appclacks::core {

/// Every check × zone of a snapshot: rows are checks, worst first as the checks list sorts
/// them, columns are all the snapshot's zones. A cell holds the zone's success ratio or p95 over
/// the range, or its status now, and its shade on the metric's scale. Row headers carry StatusRole; the ui adds their
/// icons (ui/theme/statusiconproxymodel.h).
class OverviewMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewMatrixModel)

public:
    /// The range's success ratio or p95, or whether each zone fails now.
    enum class Metric { SuccessRatio, P95, StatusNow };
    Q_ENUM(Metric)

    explicit OverviewMatrixModel(QObject *parent = nullptr);
    ~OverviewMatrixModel() override;

    void setSnapshot(std::shared_ptr<const HealthSnapshot> snapshot);
    std::shared_ptr<const HealthSnapshot> snapshot() const { return m_snapshot; }
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }

    QString checkKey(int row) const;
    QString zone(int column) const;
    QStringList zones() const { return m_snapshot ? m_snapshot->zoneNames : QStringList(); }
    QModelIndex indexOf(const QString &checkKey, const QString &zone) const;

    /// How many classes the metric's scale has, and each one's legend text.
    static int shadeCount(Metric metric);
    static QString shadeLabel(Metric metric, int shade);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        const CheckHealth *check = nullptr;
        QString name; ///< on one line
    };

    const ZoneHealth *cell(int row, int column) const;
    int shadeOf(const ZoneHealth *zone) const;
    QString textOf(const ZoneHealth *zone) const;
    QString toolTipOf(const Row &row, const ZoneHealth *zone, int column) const;

    std::shared_ptr<const HealthSnapshot> m_snapshot;
    Metric m_metric = Metric::SuccessRatio;
    std::vector<Row> m_rows; ///< worst first
    std::vector<const ZoneHealth *> m_cells; ///< row-major, one per row × zone; null where not probed
};

} // namespace appclacks::core
