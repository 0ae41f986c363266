// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/zonestablemodel.h"

#include "core/health/healthformat.h"
#include "core/models/statisticcolumns.h"

#include <algorithm>

namespace appclacks::core {

namespace {

StatisticColumns::Statistic statisticOf(int column)
{
    return StatisticColumns::Statistic(column - ZonesTableModel::Success);
}

} // namespace

ZonesTableModel::ZonesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ZonesTableModel::~ZonesTableModel() = default;

void ZonesTableModel::setCheck(std::shared_ptr<const HealthSnapshot> snapshot, const QString &checkKey)
{
    const CheckHealth *check = snapshot ? snapshot->check(checkKey) : nullptr;
    const auto zonesOf = [](const CheckHealth *of) {
        return of ? std::span<const ZoneHealth>(of->zones) : std::span<const ZoneHealth>();
    };
    const auto before = zonesOf(m_check);
    const auto after = zonesOf(check);
    const bool sameZones = checkKey == m_checkKey
        && std::equal(before.begin(), before.end(), after.begin(), after.end(),
            [](const ZoneHealth &a, const ZoneHealth &b) { return a.zone == b.zone; });
    if (sameZones) {
        m_snapshot = std::move(snapshot);
        m_check = check;
        if (!after.empty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(after.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_check = check;
    m_checkKey = checkKey;
    endResetModel();
}

int ZonesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_check ? 0 : int(m_check->zones.size());
}

int ZonesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZonesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ZoneHealth &zone = m_check->zones[std::size_t(index.row())];
    switch (role) {
    case CheckKeyRole:
        return m_checkKey;
    case ZoneRole:
        return zone.zone;
    case ProblemsRole:
        return int(zone.problems.toInt());
    default:
        break;
    }
    if (index.column() != Zone) {
        return StatisticColumns::data(statisticOf(index.column()), zone, role, m_snapshot->thresholdSeconds);
    }
    switch (role) {
    case Qt::DisplayRole:
        return HealthFormat::zone(zone.zone);
    case SortRole:
        return zone.zone;
    case Qt::ToolTipRole:
        return zone.problems ? HealthFormat::toolTip(HealthFormat::problems(zone.problems)) : QVariant();
    default:
        return {};
    }
}

QVariant ZonesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == Zone) {
        return tr("Zone");
    }
    return StatisticColumns::header(
        statisticOf(section), m_snapshot ? m_snapshot->thresholdSeconds : HealthOptions().latencyThresholdSeconds);
}

} // namespace appclacks::core
