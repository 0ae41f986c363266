// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/incidentslist.h"

#include "core/models/healthroles.h"
#include "core/models/incidentsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>

namespace appclacks::ui {

IncidentsList::IncidentsList(QWidget *parent)
    : QWidget(parent)
    , m_model(new core::IncidentsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("incidentsList"));
    setAccessibleName(tr("Incidents"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(core::SortRole);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("incidentsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(core::IncidentsModel::Start, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The zones take what is left: they are the longest text and the one worth reading whole.
    m_view->horizontalHeader()->setSectionResizeMode(core::IncidentsModel::Zones, QHeaderView::Stretch);

    m_empty = new QLabel(tr("No incidents in this range"), this);
    m_empty->setObjectName(QStringLiteral("incidentsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const core::Incident &incident = m_model->incidentAt(m_proxy->mapToSource(index).row());
        Q_EMIT incidentActivated(incident.startMs, incident.endMs);
    });
}

IncidentsList::~IncidentsList() = default;

void IncidentsList::setIncidents(std::vector<core::Incident> incidents)
{
    m_model->setIncidents(std::move(incidents));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

QString IncidentsList::emptyText() const
{
    return m_model->rowCount() > 0 ? QString() : m_empty->text();
}

} // namespace appclacks::ui
