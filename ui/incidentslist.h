// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/checktimeline.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace appclacks::core {
class IncidentsModel;
}

namespace appclacks::ui {

/// A check's incidents in the range as a table (core::IncidentsModel): start, end ("ongoing"
/// while it lasts), duration, zones and failures, newest first and sortable by every column;
/// "No incidents in this range" when there are none.
class IncidentsList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsList)

public:
    explicit IncidentsList(QWidget *parent = nullptr);
    ~IncidentsList() override;

    void setIncidents(std::vector<core::Incident> incidents);

    core::IncidentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The text shown instead of the table when it is empty.
    QString emptyText() const;

Q_SIGNALS:
    /// The user activated an incident (double click, Enter): (from, to] to zoom into.
    void incidentActivated(qint64 fromMs, qint64 toMs);

private:
    core::IncidentsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace appclacks::ui
