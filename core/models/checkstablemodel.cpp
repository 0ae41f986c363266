// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/checkstablemodel.h"

#include "core/health/healthformat.h"

#include <algorithm>

namespace appclacks::core {

namespace {

QString statusText(CheckStatus status, int failingZones)
{
    switch (status) {
    case CheckStatus::Passing:
        return ChecksTableModel::tr("Passing");
    case CheckStatus::PartialOutage:
        return ChecksTableModel::tr("Failing in 1 zone");
    case CheckStatus::GlobalOutage:
        return failingZones > 1 ? ChecksTableModel::tr("Failing in %n zones", nullptr, failingZones)
                                : ChecksTableModel::tr("Failing");
    case CheckStatus::NoData:
        return ChecksTableModel::tr("No results yet");
    }
    return {};
}

QVariant rawQuantile(const QuantileEstimate &estimate)
{
    return estimate.isValid() ? QVariant(estimate.value) : QVariant();
}

QVariant rawNumber(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

} // namespace

ChecksTableModel::ChecksTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ChecksTableModel::~ChecksTableModel() = default;

int ChecksTableModel::statusRank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::GlobalOutage:
        return 0;
    case CheckStatus::PartialOutage:
        return 1;
    case CheckStatus::Passing:
        return 2;
    case CheckStatus::NoData:
        return 3;
    }
    return 3;
}

void ChecksTableModel::setSnapshot(std::shared_ptr<const HealthSnapshot> snapshot)
{
    std::vector<Row> rows;
    if (snapshot) {
        rows.reserve(snapshot->checks.size());
        for (const CheckHealth &check : snapshot->checks) {
            rows.push_back({ &check, check.status(), ZoneStatistics::of(check.total) });
        }
    }
    const bool sameChecks = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const Row &a, const Row &b) { return a.check->key == b.check->key; });
    if (sameChecks) {
        m_snapshot = std::move(snapshot);
        m_rows = std::move(rows);
        if (!m_rows.empty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows = std::move(rows);
    endResetModel();
}

int ChecksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ChecksTableModel::rowOf(const QString &key) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].check->key == key) {
            return int(row);
        }
    }
    return -1;
}

QVariant ChecksTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    const CheckHealth &check = *row.check;
    const ZoneStatistics &total = row.total;
    const auto column = Column(index.column());

    switch (role) {
    case CheckKeyRole:
        return check.key;
    case StatusRole:
        return int(row.status);
    case ProblemsRole:
        return int(check.problems.toInt());
    case Qt::TextAlignmentRole:
        return column >= Zones ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case Status:
            return statusText(row.status, check.failingZoneCount());
        case Name:
            return check.name.isEmpty() ? check.key : check.name;
        case Id:
            return check.id;
        case Zones:
            return int(check.zones.size());
        case Success:
            return check.total.hasOutcomes ? HealthFormat::count(check.total.success) : QStringLiteral("—");
        case Failure:
            return check.total.hasOutcomes ? HealthFormat::count(check.total.failure) : QStringLiteral("—");
        case SuccessRatio:
            return HealthFormat::ratio(total.successRatio);
        case P50:
            return HealthFormat::quantile(total.p50);
        case P95:
            return HealthFormat::quantile(total.p95);
        case P99:
            return HealthFormat::quantile(total.p99);
        case Mean:
            return HealthFormat::duration(total.meanSeconds);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Status:
            return statusRank(row.status);
        case Name:
            return (check.name.isEmpty() ? check.key : check.name).toLower();
        case Id:
            return check.id;
        case Zones:
            return int(check.zones.size());
        case Success:
            return check.total.success;
        case Failure:
            return check.total.failure;
        case SuccessRatio:
            return rawNumber(total.successRatio);
        case P50:
            return rawQuantile(total.p50);
        case P95:
            return rawQuantile(total.p95);
        case P99:
            return rawQuantile(total.p99);
        case Mean:
            return rawNumber(total.meanSeconds);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case P50:
            return tr("p50 %1").arg(HealthFormat::quantileBounds(total.p50));
        case P95:
            return tr("p95 %1").arg(HealthFormat::quantileBounds(total.p95));
        case P99:
            return tr("p99 %1").arg(HealthFormat::quantileBounds(total.p99));
        case Status:
            if (check.problems) {
                return QString(statusText(row.status, check.failingZoneCount()) + QLatin1Char('\n')
                    + describeProblems(check.problems));
            }
            return statusText(row.status, check.failingZoneCount());
        case Mean:
            return std::isnan(total.meanSeconds) ? tr("The source exposes no _sum and _count for this check")
                                                 : QVariant();
        default:
            break;
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
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace appclacks::core
