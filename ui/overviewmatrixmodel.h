// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthstatistics.h"
#include "core/models/checkstablemodel.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace appclacks::ui {

/// Every check × zone of a snapshot: rows are checks, worst first as the checks list sorts
/// them, columns are all the snapshot's zones. A cell holds the zone's success ratio or p95 and
/// its shade on the metric's scale. Besides the status icons of the row headers it needs
/// nothing of QtGui, so it can move to core/models with the other health models.
class OverviewMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewMatrixModel)

public:
    enum class Metric { SuccessRatio, P95 };
    Q_ENUM(Metric)

    enum Role {
        ZoneRole = core::ProblemsRole + 1, ///< the zone's name, on every cell
        ShadeRole, ///< the value's class on the metric's scale, 0 (best) to shadeCount - 1; -1 no value
        HasZoneRole, ///< false where the check is not probed from this zone
    };

    explicit OverviewMatrixModel(QObject *parent = nullptr);
    ~OverviewMatrixModel() override;

    void setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot);
    std::shared_ptr<const core::HealthSnapshot> snapshot() const { return m_snapshot; }
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    /// Icons of ● ◐ ✖ ○ by CheckStatus, for the row headers.
    void setStatusIcons(const std::array<QIcon, 4> &icons);

    QString checkKey(int row) const;
    QString zone(int column) const;
    QStringList zones() const { return m_zones; }
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
    struct Cell
    {
        const core::ZoneHealth *zone = nullptr;
        core::ZoneStatistics statistics;
    };
    struct Row
    {
        const core::CheckHealth *check = nullptr;
        core::CheckStatus status = core::CheckStatus::NoData;
        QString name;
        std::vector<Cell> cells; ///< one per column
    };

    int shadeOf(const Cell &cell) const;
    QString textOf(const Cell &cell) const;
    QString toolTipOf(const Row &row, const Cell &cell, int column) const;

    std::shared_ptr<const core::HealthSnapshot> m_snapshot;
    Metric m_metric = Metric::SuccessRatio;
    QStringList m_zones;
    std::vector<Row> m_rows;
    std::array<QIcon, 4> m_statusIcons;
};

} // namespace appclacks::ui
