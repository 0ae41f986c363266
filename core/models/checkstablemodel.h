// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/models/healthroles.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace appclacks::core {

/// One row per check: status (now, and since when), name, id, zones, success, failure, success
/// ratio, p50/p95/p99 and mean over all zones in the range, uptime over 24 h, 7 d and 30 d, and the
/// recent steps' status strip, read off the snapshot's statistics and timelines. A new snapshot with the same checks
/// only changes data, so selections and scroll positions survive refreshes.
class ChecksTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksTableModel)

public:
    enum Column {
        Status,
        Name,
        Id,
        Zones,
        Success,
        Failure,
        SuccessRatio,
        P50,
        P95,
        P99,
        Mean,
        Uptime24h,
        Uptime7d,
        Uptime30d,
        Strip,
        ColumnCount
    };
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
    /// Where the row's check stands worst first (severity, then name): what the Status column
    /// sorts by, without a QVariant per comparison.
    int worstFirstRank(int row) const { return m_rank[std::size_t(row)]; }

private:
    /// When the snapshot was taken: what "failing since … (38 min)" counts to.
    std::int64_t nowMs() const;

    std::shared_ptr<const HealthSnapshot> m_snapshot;
    std::vector<int> m_rank; ///< by row: its position in the snapshot's worstFirst
};

} // namespace appclacks::core
