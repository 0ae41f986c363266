// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/overviewmatrixmodel.h"

#include "core/health/healthformat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace appclacks::core {

namespace {

// Upper bounds of the p95 classes, on the default bucket bounds so that a class never splits a
// bucket the quantile was interpolated in.
constexpr std::array<double, 4> latencyClasses { 0.1, 0.25, 1, 2.5 };

} // namespace

OverviewMatrixModel::OverviewMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

OverviewMatrixModel::~OverviewMatrixModel() = default;

void OverviewMatrixModel::setSnapshot(std::shared_ptr<const HealthSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    m_cells.clear();
    if (m_snapshot) {
        const QStringList &zones = m_snapshot->zoneNames;
        m_rows.reserve(m_snapshot->checks.size());
        m_cells.assign(m_snapshot->checks.size() * std::size_t(zones.size()), nullptr);
        // Worst first, then by name: the order of the checks list, decided on the worker.
        for (const std::uint32_t index : m_snapshot->worstFirst) {
            const CheckHealth &check = m_snapshot->checks[index];
            Row row;
            row.check = &check;
            row.name = check.displayName();
            // One line per row: a name with a line break (it happens, label values are free text)
            // would make its row taller than the others.
            row.name.replace(QLatin1Char('\n'), QLatin1Char(' '));
            const std::size_t first = m_rows.size() * std::size_t(zones.size());
            auto column = zones.cbegin();
            for (const ZoneHealth &zone : check.zones) { // both sorted by zone name
                column = std::lower_bound(column, zones.cend(), zone.zone);
                m_cells[first + std::size_t(column - zones.cbegin())] = &zone;
            }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

const ZoneHealth *OverviewMatrixModel::cell(int row, int column) const
{
    return m_cells[std::size_t(row) * std::size_t(columnCount()) + std::size_t(column)];
}

void OverviewMatrixModel::setMetric(Metric metric)
{
    if (metric == m_metric) {
        return;
    }
    m_metric = metric;
    if (!m_rows.empty() && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QString OverviewMatrixModel::checkKey(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].check->key : QString();
}

QString OverviewMatrixModel::zone(int column) const
{
    return column >= 0 && column < columnCount() ? m_snapshot->zoneNames[column] : QString();
}

QModelIndex OverviewMatrixModel::indexOf(const QString &checkKey, const QString &zone) const
{
    const auto column = m_snapshot ? int(m_snapshot->zoneNames.indexOf(zone)) : -1;
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
    switch (metric) {
    case Metric::SuccessRatio:
        return 4;
    case Metric::StatusNow:
        return 2;
    case Metric::P95:
        break;
    }
    return int(latencyClasses.size()) + 1;
}

QString OverviewMatrixModel::shadeLabel(Metric metric, int shade)
{
    if (metric == Metric::StatusNow) {
        switch (shade) {
        case 0:
            return tr("passing");
        case 1:
            return tr("failing");
        default:
            return tr("no results yet");
        }
    }
    if (metric == Metric::SuccessRatio) {
        switch (shade) {
        case 0:
            return HealthFormat::ratio(1);
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
    return HealthFormat::bucketRange(lower, upper, shade == 0);
}

int OverviewMatrixModel::shadeOf(const ZoneHealth *zone) const
{
    if (!zone) {
        return -1;
    }
    if (m_metric == Metric::StatusNow) {
        return !zone->hasOutcomes ? -1 : zone->failingNow ? 1 : 0;
    }
    if (m_metric == Metric::SuccessRatio) {
        const double ratio = zone->statistics.successRatio;
        if (std::isnan(ratio)) {
            return -1;
        }
        if (zone->failure <= 0) {
            return 0;
        }
        return ratio >= 0.99 ? 1 : ratio >= 0.9 ? 2 : 3;
    }
    const QuantileEstimate &p95 = zone->statistics.p95;
    if (!p95.isValid()) {
        return -1;
    }
    if (p95.beyondLastFiniteBucket) {
        return int(latencyClasses.size());
    }
    const auto above = std::lower_bound(latencyClasses.begin(), latencyClasses.end(), p95.value);
    return int(above - latencyClasses.begin());
}

QString OverviewMatrixModel::textOf(const ZoneHealth *zone) const
{
    if (!zone) {
        return {};
    }
    switch (m_metric) {
    case Metric::SuccessRatio:
        return HealthFormat::ratio(zone->statistics.successRatio);
    case Metric::P95:
        return HealthFormat::quantile(zone->statistics.p95);
    case Metric::StatusNow:
        break;
    }
    return shadeLabel(Metric::StatusNow, shadeOf(zone));
}

QString OverviewMatrixModel::toolTipOf(const Row &row, const ZoneHealth *zone, int column) const
{
    const QString where = tr("%1 in %2").arg(row.name, HealthFormat::zone(this->zone(column)));
    if (!zone) {
        return tr("%1: not probed from this zone").arg(where);
    }
    const QString success = zone->hasOutcomes
        ? tr("Success %1 (%2 of %3 runs)", nullptr, HealthFormat::pluralCount(zone->success + zone->failure))
              .arg(HealthFormat::ratio(zone->statistics.successRatio), HealthFormat::count(zone->success),
                  HealthFormat::count(zone->success + zone->failure))
        : tr("No success or failure counters");
    const QString latency = tr("p95 %1").arg(HealthFormat::quantileBounds(zone->statistics.p95));
    return where + QLatin1Char('\n') + success + QLatin1Char('\n') + latency;
}

int OverviewMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->zoneNames.size());
}

QVariant OverviewMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    const ZoneHealth *zone = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return textOf(zone);
    case Qt::ToolTipRole:
        return HealthFormat::toolTip(toolTipOf(row, zone, index.column()));
    case Qt::AccessibleTextRole:
        return zone ? tr("%1, %2: %3").arg(row.name, HealthFormat::zone(this->zone(index.column())), textOf(zone))
                    : tr("%1, %2: not probed").arg(row.name, HealthFormat::zone(this->zone(index.column())));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case CheckKeyRole:
        return row.check->key;
    case StatusRole:
        return int(row.check->status);
    case ProblemsRole:
        return zone ? int(zone->problems.toInt()) : 0;
    case SortRole:
        if (!zone) {
            return {};
        }
        if (m_metric == Metric::StatusNow) {
            return shadeOf(zone);
        }
        if (m_metric == Metric::SuccessRatio) {
            const double ratio = zone->statistics.successRatio;
            return std::isnan(ratio) ? QVariant() : QVariant(ratio);
        }
        return zone->statistics.p95.isValid() ? QVariant(zone->statistics.p95.value) : QVariant();
    case ZoneRole:
        return this->zone(index.column());
    case ShadeRole:
        return shadeOf(zone);
    case HasZoneRole:
        return zone != nullptr;
    default:
        break;
    }
    return {};
}

QVariant OverviewMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) {
            return {};
        }
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return HealthFormat::zone(zone(section));
        case ZoneRole:
            return zone(section);
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
    case Qt::ToolTipRole:
        return HealthFormat::toolTip(tr("%1: %2").arg(row.name, HealthFormat::status(*row.check)));
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(row.name, HealthFormat::status(*row.check));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case CheckKeyRole:
        return row.check->key;
    case StatusRole:
        return int(row.check->status);
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
    return cell(index.row(), index.column()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace appclacks::core
