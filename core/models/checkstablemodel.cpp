// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/checkstablemodel.h"

#include "core/health/healthformat.h"
#include "core/history/checktimeline.h"
#include "core/models/statisticcolumns.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace appclacks::core {

namespace {

StatisticColumns::Statistic statisticOf(int column)
{
    return StatisticColumns::Statistic(column - ChecksTableModel::Success);
}

bool isStatistic(int column)
{
    return column >= ChecksTableModel::Success && column <= ChecksTableModel::Mean;
}

double uptimeOf(const CheckHealth &check, int column)
{
    return check.timeline ? check.timeline->uptime[std::size_t(column - ChecksTableModel::Uptime24h)] : std::nan("");
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

std::int64_t ChecksTableModel::nowMs() const
{
    return m_snapshot && m_snapshot->scrapedAt.isValid() ? m_snapshot->scrapedAt.toMSecsSinceEpoch() : 0;
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
    case TimelineRole:
        return QVariant::fromValue(check.timeline);
    default:
        break;
    }
    if (isStatistic(column)) {
        return StatisticColumns::data(statisticOf(column), check.total, role, m_snapshot->thresholdSeconds);
    }
    switch (role) {
    case Qt::TextAlignmentRole:
        return column == Zones || (column >= Uptime24h && column <= Uptime30d)
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case Status:
            return HealthFormat::statusNow(check, nowMs());
        case Uptime24h:
        case Uptime7d:
        case Uptime30d:
            return HealthFormat::ratio(uptimeOf(check, column));
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
        case Uptime24h:
        case Uptime7d:
        case Uptime30d: {
            const double uptime = uptimeOf(check, column);
            return std::isnan(uptime) ? QVariant() : QVariant(uptime);
        }
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Status || column == Name) {
            QStringList lines { HealthFormat::statusNow(check, nowMs()) };
            if (const QString last = HealthFormat::lastFailure(check, nowMs()); !last.isEmpty()) {
                lines << last;
            }
            if (check.problems) {
                lines << HealthFormat::problems(check.problems);
            }
            return HealthFormat::toolTip(lines.join(QLatin1Char('\n')));
        }
        if (column >= Uptime24h && column <= Uptime30d) {
            return tr("Share of successful probes over the last %1").arg(headerData(column, Qt::Horizontal).toString());
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == Name) {
            // The status is an icon on screen: screen readers hear it as words.
            return QString(check.displayName() + QStringLiteral(", ") + HealthFormat::statusNow(check, nowMs()));
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
    case Uptime24h:
        return tr("24 h");
    case Uptime7d:
        return tr("7 d");
    case Uptime30d:
        return tr("30 d");
    case Strip:
        return tr("Recent");
    case ColumnCount:
        return {};
    default:
        return StatisticColumns::header(
            statisticOf(section), m_snapshot ? m_snapshot->thresholdSeconds : HealthOptions().latencyThresholdSeconds);
    }
}

} // namespace appclacks::core
