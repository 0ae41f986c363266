// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthstatistics.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace appclacks::core {

/// Custom roles shared by the health models.
enum HealthRole {
    SortRole = Qt::UserRole + 1, ///< the raw number (or status rank) a column sorts by
    CheckKeyRole, ///< the check's key (id, or name), on every column
    StatusRole, ///< CheckStatus as int, on every column
    ProblemsRole, ///< HistogramProblems as int, on every column
};

/// One row per check: status, name, id, zones, success, failure, success ratio, p50/p95/p99 and
/// mean over all zones. A new snapshot with the same checks only changes data, so selections and
/// scroll positions survive refreshes.
class ChecksTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksTableModel)

public:
    enum Column { Status, Name, Id, Zones, Success, Failure, SuccessRatio, P50, P95, P99, Mean, ColumnCount };
    Q_ENUM(Column)

    explicit ChecksTableModel(QObject *parent = nullptr);
    ~ChecksTableModel() override;

    void setSnapshot(std::shared_ptr<const HealthSnapshot> snapshot);
    std::shared_ptr<const HealthSnapshot> snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of the check with this key, or -1.
    int rowOf(const QString &key) const;

    /// Sort rank of a status: global outages first, as the checks list shows them by default.
    static int statusRank(CheckStatus status);

private:
    struct Row
    {
        const CheckHealth *check = nullptr;
        CheckStatus status = CheckStatus::NoData;
        ZoneStatistics total;
    };

    std::shared_ptr<const HealthSnapshot> m_snapshot;
    std::vector<Row> m_rows;
};

} // namespace appclacks::core
