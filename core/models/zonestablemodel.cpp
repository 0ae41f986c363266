// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/zonestablemodel.h"

#include "core/health/healthformat.h"
#include "core/models/checkstablemodel.h"

#include <algorithm>

namespace appclacks::core {

ZonesTableModel::ZonesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ZonesTableModel::~ZonesTableModel() = default;

void ZonesTableModel::setCheck(std::shared_ptr<const HealthSnapshot> snapshot, const QString &checkKey)
{
    std::vector<Row> rows;
    const CheckHealth *check = snapshot ? snapshot->check(checkKey) : nullptr;
    if (check) {
        for (const ZoneHealth &zone : check->zones) {
            rows.push_back({ &zone, ZoneStatistics::of(zone) });
        }
    }
    const bool sameZones = checkKey == m_checkKey && rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const Row &a, const Row &b) { return a.zone->zone == b.zone->zone; });
    if (sameZones) {
        m_snapshot = std::move(snapshot);
        m_rows = std::move(rows);
        if (!m_rows.empty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_checkKey = checkKey;
    m_rows = std::move(rows);
    endResetModel();
}

int ZonesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const Row &row = m_rows[std::size_t(index.row())];
    const ZoneHealth &zone = *row.zone;
    const ZoneStatistics &statistics = row.statistics;
    const auto column = Column(index.column());
    auto raw = [](double value) { return std::isnan(value) ? QVariant() : QVariant(value); };

    switch (role) {
    case CheckKeyRole:
        return m_checkKey;
    case ProblemsRole:
        return int(zone.problems.toInt());
    case Qt::TextAlignmentRole:
        return column == Zone ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
        switch (column) {
        case Zone:
            return HealthFormat::zone(zone.zone);
        case Success:
            return zone.hasOutcomes ? HealthFormat::count(zone.success) : QStringLiteral("—");
        case Failure:
            return zone.hasOutcomes ? HealthFormat::count(zone.failure) : QStringLiteral("—");
        case SuccessRatio:
            return HealthFormat::ratio(statistics.successRatio);
        case P50:
            return HealthFormat::quantile(statistics.p50);
        case P95:
            return HealthFormat::quantile(statistics.p95);
        case P99:
            return HealthFormat::quantile(statistics.p99);
        case Mean:
            return HealthFormat::duration(statistics.meanSeconds);
        case Observations:
            return HealthFormat::count(statistics.observations);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Zone:
            return zone.zone;
        case Success:
            return zone.success;
        case Failure:
            return zone.failure;
        case SuccessRatio:
            return raw(statistics.successRatio);
        case P50:
            return statistics.p50.isValid() ? QVariant(statistics.p50.value) : QVariant();
        case P95:
            return statistics.p95.isValid() ? QVariant(statistics.p95.value) : QVariant();
        case P99:
            return statistics.p99.isValid() ? QVariant(statistics.p99.value) : QVariant();
        case Mean:
            return raw(statistics.meanSeconds);
        case Observations:
            return raw(statistics.observations);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case P50:
            return HealthFormat::quantileBounds(statistics.p50);
        case P95:
            return HealthFormat::quantileBounds(statistics.p95);
        case P99:
            return HealthFormat::quantileBounds(statistics.p99);
        case Zone:
            return zone.problems ? describeProblems(zone.problems) : QVariant();
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ZonesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Zone:
        return tr("Zone");
    case Success:
        return tr("Success");
    case Failure:
        return tr("Failure");
    case SuccessRatio:
        return tr("Success ratio");
    case P50:
        return tr("p50");
    case P95:
        return tr("p95");
    case P99:
        return tr("p99");
    case Mean:
        return tr("Mean");
    case Observations:
        return tr("Observations");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace appclacks::core
