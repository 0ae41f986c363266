// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/checksfilterproxymodel.h"

#include "core/health/healthformat.h"
#include "core/models/checkstablemodel.h"

namespace appclacks::ui {

using core::ChecksTableModel;

ChecksFilterProxyModel::ChecksFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(core::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ChecksFilterProxyModel::setStatusIcons(const std::array<QIcon, 4> &icons)
{
    m_statusIcons = icons;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, ChecksTableModel::Status), index(rowCount() - 1, ChecksTableModel::Status),
            { Qt::DecorationRole });
    }
}

void ChecksFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    invalidateRowsFilter();
}

QVariant ChecksFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == ChecksTableModel::Name && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const auto problems
            = core::HistogramProblems::fromInt(QSortFilterProxyModel::data(index, core::ProblemsRole).toInt());
        if (problems) {
            // A histogram that is not what it should be is flagged where the eye already is.
            return role == Qt::DisplayRole
                ? QVariant(QSortFilterProxyModel::data(index, role).toString() + QStringLiteral("  ⚠"))
                : QVariant(core::HealthFormat::toolTip(core::HealthFormat::problems(problems)));
        }
    }
    if (role == Qt::DecorationRole && index.column() == ChecksTableModel::Name) {
        const int status = QSortFilterProxyModel::data(index, core::StatusRole).toInt();
        if (status >= 0 && status < int(m_statusIcons.size())) {
            return m_statusIcons[std::size_t(status)];
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ChecksFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The default order, precomputed on the worker: an integer comparison per pair, which keeps
    // re-sorting ten thousand checks on a refresh within a frame.
    if (left.column() == ChecksTableModel::Status) {
        if (const auto *checks = qobject_cast<const ChecksTableModel *>(sourceModel())) {
            return checks->worstFirstRank(left.row()) < checks->worstFirstRank(right.row());
        }
    }
    const QVariant a = left.data(core::SortRole);
    const QVariant b = right.data(core::SortRole);
    // Missing values ("—") sort after every number, whichever the direction.
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() != b.isValid()) {
            return (sortOrder() == Qt::AscendingOrder) == a.isValid();
        }
    } else if (QVariant::compare(a, b) != QPartialOrdering::Equivalent) {
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
    // Ties by name, so that equal statuses read alphabetically.
    const QModelIndex leftName = left.siblingAtColumn(ChecksTableModel::Name);
    const QModelIndex rightName = right.siblingAtColumn(ChecksTableModel::Name);
    return leftName.data(core::SortRole).toString() < rightName.data(core::SortRole).toString();
}

bool ChecksFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString &needle = m_filterText;
    if (needle.isEmpty()) {
        return true;
    }
    const QAbstractItemModel *model = sourceModel();
    for (const int column : { int(ChecksTableModel::Name), int(ChecksTableModel::Id) }) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace appclacks::ui
