// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/checksfilterproxymodel.h"

#include "core/health/healthformat.h"
#include "core/models/checkstablemodel.h"

#include <algorithm>

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
    if (role == Qt::AccessibleTextRole && index.column() == ChecksTableModel::Name) {
        // The icon alone says nothing to a screen reader: the name, then the status in words.
        return tr("%1, %2").arg(QSortFilterProxyModel::data(index, Qt::DisplayRole).toString(),
            index.siblingAtColumn(ChecksTableModel::Status).data(Qt::DisplayRole).toString());
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
    if (m_filterText.isEmpty()) {
        return true;
    }
    Q_UNUSED(sourceParent);
    // The model's rows are the snapshot's checks, in order.
    const auto *checks = qobject_cast<const ChecksTableModel *>(sourceModel());
    const auto snapshot = checks ? checks->snapshot() : nullptr;
    return snapshot && sourceRow >= 0 && std::size_t(sourceRow) < snapshot->checks.size()
        && matches(snapshot->checks[std::size_t(sourceRow)], m_filterText);
}

bool ChecksFilterProxyModel::matches(const core::CheckHealth &check, const QString &needle)
{
    const QString trimmed = needle.trimmed();
    if (trimmed.isEmpty()) {
        return true;
    }
    if (check.displayName().contains(trimmed, Qt::CaseInsensitive) || check.id.contains(trimmed, Qt::CaseInsensitive)) {
        return true;
    }
    // "us-west" finds the checks probed from us-west.
    return std::any_of(check.zones.begin(), check.zones.end(),
        [&trimmed](const core::ZoneHealth &zone) { return zone.zone.contains(trimmed, Qt::CaseInsensitive); });
}

} // namespace appclacks::ui
