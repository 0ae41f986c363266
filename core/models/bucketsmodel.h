// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace appclacks::core {

/// The latency histogram of one check in one zone, or of all its zones together: one row per
/// bucket with its range, the observations in it and the running total. What charts draw.
class BucketsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketsModel)

public:
    enum Column { Range, UpperBound, Count, Cumulative, ColumnCount };
    Q_ENUM(Column)

    explicit BucketsModel(QObject *parent = nullptr);
    ~BucketsModel() override;

    /// `zone` is a zone name, or a null QString for the check's total over all zones.
    void setHistogram(std::shared_ptr<const HealthSnapshot> snapshot, const QString &checkKey, const QString &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const HealthSnapshot> m_snapshot;
    std::vector<Bucket> m_buckets;
    std::vector<double> m_counts;
};

} // namespace appclacks::core
