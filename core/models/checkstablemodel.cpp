// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/checkstablemodel.h"

#include "core/health/healthformat.h"
#include "core/models/statisticcolumns.h"

#include <algorithm>

namespace appclacks::core {

namespace {

StatisticColumns::Statistic statisticOf(int column)
{
    return StatisticColumns::Statistic(column - ChecksTableModel::Success);
}

} // namespace

ChecksTableModel::ChecksTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ChecksTableModel::~ChecksTableModel() = default;

void ChecksTableModel::setSnapshot(std::shared_ptr<const HealthSnapshot> snapshot)
{
    const auto keysOf = [](const std::shared_ptr<const HealthSnapshot> &of) {
        return of ? std::span<const CheckHealth>(of->checks) : std::span<const CheckHealth>();
    };
    const auto before = keysOf(m_snapshot);
    const auto after = keysOf(snapshot);
    const bool sameChecks = std::equal(before.begin(), before.end(), after.begin(), after.end(),
        [](const CheckHealth &a, const CheckHealth &b) { return a.key == b.key; });
    std::vector<int> rank(after.size());
    if (snapshot) {
        for (std::size_t position = 0; position < snapshot->worstFirst.size(); ++position) {
            rank[snapshot->worstFirst[position]] = int(position);
        }
    }
    if (sameChecks) {
        m_snapshot = std::move(snapshot);
        m_rank = std::move(rank);
        if (!after.empty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(after.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rank = std::move(rank);
    endResetModel();
}

int ChecksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->checks.size());
}

int ChecksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ChecksTableModel::rowOf(const QString &key) const
{
    if (!m_snapshot) {
        return -1;
    }
    const auto &checks = m_snapshot->checks;
    const auto found
        = std::find_if(checks.begin(), checks.end(), [&key](const CheckHealth &check) { return check.key == key; });
    return found == checks.end() ? -1 : int(found - checks.begin());
}

QVariant ChecksTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CheckHealth &check = m_snapshot->checks[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case CheckKeyRole:
        return check.key;
    case StatusRole:
        return int(check.status);
    case ProblemsRole:
        return int(check.problems.toInt());
    default:
        break;
    }
    if (column >= Success) {
        return StatisticColumns::data(statisticOf(column), check.total, role, m_snapshot->thresholdSeconds);
    }
    switch (role) {
    case Qt::TextAlignmentRole:
        return column == Zones ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case Status:
            return HealthFormat::status(check);
        case Name:
            return check.displayName();
        case Id:
            return check.id;
        case Zones:
            return int(check.zones.size());
        default:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Status:
            return m_rank[std::size_t(index.row())];
        case Name:
            return check.displayName().toLower();
        case Id:
            return check.id;
        case Zones:
            return int(check.zones.size());
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Status) {
            return HealthFormat::toolTip(check.problems
                    ? QString(HealthFormat::status(check) + QLatin1Char('\n') + HealthFormat::problems(check.problems))
                    : HealthFormat::status(check));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ChecksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Status:
        return tr("Status");
    case Name:
        return tr("Check");
    case Id:
        return tr("ID");
    case Zones:
        return tr("Zones");
    case ColumnCount:
        return {};
    default:
        return StatisticColumns::header(
            statisticOf(section), m_snapshot ? m_snapshot->thresholdSeconds : HealthOptions().latencyThresholdSeconds);
    }
}

} // namespace appclacks::core
