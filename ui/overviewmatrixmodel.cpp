// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/overviewmatrixmodel.h"

#include "core/health/healthformat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>

namespace appclacks::ui {

namespace {

// Upper bounds of the p95 classes, on the default bucket bounds so that a class never splits a
// bucket the quantile was interpolated in.
constexpr std::array<double, 4> latencyClasses { 0.1, 0.25, 1, 2.5 };

double successRatio(const core::ZoneHealth &zone)
{
    const double runs = zone.success + zone.failure;
    return zone.hasOutcomes && runs > 0 ? zone.success / runs : std::nan("");
}

QString statusText(core::CheckStatus status)
{
    switch (status) {
    case core::CheckStatus::Passing:
        return OverviewMatrixModel::tr("Passing");
    case core::CheckStatus::PartialOutage:
        return OverviewMatrixModel::tr("Failing in one zone");
    case core::CheckStatus::GlobalOutage:
        return OverviewMatrixModel::tr("Failing in two or more zones");
    case core::CheckStatus::NoData:
        break;
    }
    return OverviewMatrixModel::tr("No results yet");
}

} // namespace

OverviewMatrixModel::OverviewMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

OverviewMatrixModel::~OverviewMatrixModel() = default;

void OverviewMatrixModel::setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    m_zones.clear();
    if (m_snapshot) {
        std::set<QString> zones;
        for (const core::CheckHealth &check : m_snapshot->checks) {
            for (const core::ZoneHealth &zone : check.zones) {
                zones.insert(zone.zone);
            }
        }
        m_zones = QStringList(zones.begin(), zones.end());
        m_rows.reserve(m_snapshot->checks.size());
        for (const core::CheckHealth &check : m_snapshot->checks) {
            Row row;
            row.check = &check;
            row.status = check.status();
            row.name = check.name.isEmpty() ? check.key : check.name;
            // One line per row: a name with a line break (it happens, label values are free text)
            // would make its row taller than the others.
            row.name.replace(QLatin1Char('\n'), QLatin1Char(' '));
            row.cells.resize(std::size_t(m_zones.size()));
            for (const core::ZoneHealth &zone : check.zones) {
                Cell &cell = row.cells[std::size_t(m_zones.indexOf(zone.zone))];
                cell.zone = &zone;
                cell.statistics = core::ZoneStatistics::of(zone);
            }
            m_rows.push_back(std::move(row));
        }
        // Worst first, then by name: the order of the checks list.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            const int rankA = core::ChecksTableModel::statusRank(a.status);
            const int rankB = core::ChecksTableModel::statusRank(b.status);
            if (rankA != rankB) {
                return rankA < rankB;
            }
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.check->key < b.check->key;
        });
    }
    endResetModel();
}

void OverviewMatrixModel::setMetric(Metric metric)
{
    if (metric == m_metric) {
        return;
    }
    m_metric = metric;
    if (!m_rows.empty() && !m_zones.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

void OverviewMatrixModel::setStatusIcons(const std::array<QIcon, 4> &icons)
{
    m_statusIcons = icons;
    if (!m_rows.empty()) {
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

QString OverviewMatrixModel::checkKey(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].check->key : QString();
}

QString OverviewMatrixModel::zone(int column) const
{
    return column >= 0 && column < m_zones.size() ? m_zones[column] : QString();
}

QModelIndex OverviewMatrixModel::indexOf(const QString &checkKey, const QString &zone) const
{
    const auto column = int(m_zones.indexOf(zone));
    if (column < 0) {
        return {};
    }
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].check->key == checkKey) {
            return index(int(row), column);
        }
    }
    return {};
}

int OverviewMatrixModel::shadeCount(Metric metric)
{
    return metric == Metric::SuccessRatio ? 4 : int(latencyClasses.size()) + 1;
}

QString OverviewMatrixModel::shadeLabel(Metric metric, int shade)
{
    if (metric == Metric::SuccessRatio) {
        switch (shade) {
        case 0:
            return core::HealthFormat::ratio(1);
        case 1:
            return tr("99–100%");
        case 2:
            return tr("90–99%");
        case 3:
            return tr("< 90%");
        default:
            return tr("no counters");
        }
    }
    if (shade < 0 || shade > int(latencyClasses.size())) {
        return tr("no histogram");
    }
    const double lower = shade == 0 ? 0 : latencyClasses[std::size_t(shade - 1)];
    const double upper = shade == int(latencyClasses.size()) ? std::numeric_limits<double>::infinity()
                                                             : latencyClasses[std::size_t(shade)];
    return core::HealthFormat::bucketRange(lower, upper, shade == 0);
}

int OverviewMatrixModel::shadeOf(const Cell &cell) const
{
    if (!cell.zone) {
        return -1;
    }
    if (m_metric == Metric::SuccessRatio) {
        const double ratio = successRatio(*cell.zone);
        if (std::isnan(ratio)) {
            return -1;
        }
        if (cell.zone->failure <= 0) {
            return 0;
        }
        return ratio >= 0.99 ? 1 : ratio >= 0.9 ? 2 : 3;
    }
    const core::QuantileEstimate &p95 = cell.statistics.p95;
    if (!p95.isValid()) {
        return -1;
    }
    if (p95.beyondLastFiniteBucket) {
        return int(latencyClasses.size());
    }
    const auto above = std::lower_bound(latencyClasses.begin(), latencyClasses.end(), p95.value);
    return int(above - latencyClasses.begin());
}

QString OverviewMatrixModel::textOf(const Cell &cell) const
{
    if (!cell.zone) {
        return {};
    }
    return m_metric == Metric::SuccessRatio ? core::HealthFormat::ratio(successRatio(*cell.zone))
                                            : core::HealthFormat::quantile(cell.statistics.p95);
}

QString OverviewMatrixModel::toolTipOf(const Row &row, const Cell &cell, int column) const
{
    const QString where = tr("%1 in %2").arg(row.name, core::HealthFormat::zone(m_zones[column]));
    if (!cell.zone) {
        return tr("%1: not probed from this zone").arg(where);
    }
    const core::ZoneHealth &zone = *cell.zone;
    const QString success = zone.hasOutcomes
        ? tr("Success %1 (%2 of %3 runs)")
              .arg(core::HealthFormat::ratio(successRatio(zone)), core::HealthFormat::count(zone.success),
                  core::HealthFormat::count(zone.success + zone.failure))
        : tr("No success or failure counters");
    const QString latency = tr("p95 %1").arg(core::HealthFormat::quantileBounds(cell.statistics.p95));
    return where + QLatin1Char('\n') + success + QLatin1Char('\n') + latency;
}

int OverviewMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

QVariant OverviewMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    const Cell &cell = row.cells[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return textOf(cell);
    case Qt::ToolTipRole:
        return toolTipOf(row, cell, index.column());
    case Qt::AccessibleTextRole:
        return cell.zone
            ? tr("%1, %2: %3").arg(row.name, core::HealthFormat::zone(m_zones[index.column()]), textOf(cell))
            : tr("%1, %2: not probed").arg(row.name, core::HealthFormat::zone(m_zones[index.column()]));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case core::CheckKeyRole:
        return row.check->key;
    case core::StatusRole:
        return int(row.status);
    case core::ProblemsRole:
        return cell.zone ? int(cell.zone->problems.toInt()) : 0;
    case core::SortRole:
        if (!cell.zone) {
            return {};
        }
        if (m_metric == Metric::SuccessRatio) {
            const double ratio = successRatio(*cell.zone);
            return std::isnan(ratio) ? QVariant() : QVariant(ratio);
        }
        return cell.statistics.p95.isValid() ? QVariant(cell.statistics.p95.value) : QVariant();
    case ZoneRole:
        return m_zones[index.column()];
    case ShadeRole:
        return shadeOf(cell);
    case HasZoneRole:
        return cell.zone != nullptr;
    default:
        break;
    }
    return {};
}

QVariant OverviewMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_zones.size()) {
            return {};
        }
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return core::HealthFormat::zone(m_zones[section]);
        case ZoneRole:
            return m_zones[section];
        default:
            return QAbstractTableModel::headerData(section, orientation, role);
        }
    }
    if (section < 0 || section >= rowCount()) {
        return {};
    }
    const Row &row = m_rows[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return row.name;
    case Qt::DecorationRole: {
        const auto status = std::size_t(row.status);
        return status < m_statusIcons.size() && !m_statusIcons[status].isNull() ? QVariant(m_statusIcons[status])
                                                                                : QVariant();
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(row.name, statusText(row.status));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case core::CheckKeyRole:
        return row.check->key;
    case core::StatusRole:
        return int(row.status);
    default:
        break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags OverviewMatrixModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    const Cell &cell = m_rows[std::size_t(index.row())].cells[std::size_t(index.column())];
    return cell.zone ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace appclacks::ui
