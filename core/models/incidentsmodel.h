// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/checktimeline.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace appclacks::core {

/// One row per incident of a check (CheckOverTime::incidents), newest first: start, end
/// ("ongoing" while it lasts), duration, the zones that failed and how many probes failed.
class IncidentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsModel)

public:
    enum Column { Start, End, Duration, Zones, Failures, ColumnCount };
    Q_ENUM(Column)

    explicit IncidentsModel(QObject *parent = nullptr);
    ~IncidentsModel() override;

    /// The incidents as CheckTimelines gives them (oldest first); shown newest first.
    void setIncidents(std::vector<Incident> incidents);
    const std::vector<Incident> &incidents() const { return m_incidents; }
    /// The incident shown on `row`.
    const Incident &incidentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "45 s", "38 min", "2 h 05 min", "3 d 4 h": how long, as the list reads it.
    static QString durationText(std::int64_t durationMs);
    /// "1 Dec 14:02" in the user's locale and time zone; with seconds for `seconds`.
    static QString timeText(std::int64_t timeMs, bool seconds = false);

private:
    std::vector<Incident> m_incidents; ///< newest first
};

} // namespace appclacks::core
