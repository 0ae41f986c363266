// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/models/healthroles.h"

#include <QAbstractTableModel>

#include <memory>

namespace appclacks::core {

/// One row per zone of one check: outcomes, success ratio, p50/p95/p99, mean, observations and
/// the share within the latency threshold, read off the snapshot's statistics.
class ZonesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonesTableModel)

public:
    enum Column {
        Zone,
        Success,
        Failure,
        SuccessRatio,
        P50,
        P95,
        P99,
        Mean,
        Observations,
        WithinThreshold,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ZonesTableModel(QObject *parent = nullptr);
    ~ZonesTableModel() override;

    /// Shows `checkKey` of `snapshot`; rows stay in place when the zones did not change.
    void setCheck(std::shared_ptr<const HealthSnapshot> snapshot, const QString &checkKey);
    QString checkKey() const { return m_checkKey; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const HealthSnapshot> m_snapshot;
    const CheckHealth *m_check = nullptr; ///< in m_snapshot
    QString m_checkKey;
};

} // namespace appclacks::core
