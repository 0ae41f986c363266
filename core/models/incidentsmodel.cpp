// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/incidentsmodel.h"

#include "core/health/healthformat.h"
#include "core/models/healthroles.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace appclacks::core {

IncidentsModel::IncidentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

IncidentsModel::~IncidentsModel() = default;

void IncidentsModel::setIncidents(std::vector<Incident> incidents)
{
    // The latest incident is what a person on call looks for first.
    std::stable_sort(
        incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) { return a.startMs > b.startMs; });
    beginResetModel();
    m_incidents = std::move(incidents);
    endResetModel();
}

const Incident &IncidentsModel::incidentAt(int row) const
{
    return m_incidents.at(std::size_t(row));
}

int IncidentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Incident &incident = m_incidents[std::size_t(index.row())];
    QStringList zones;
    for (const QString &zone : incident.zones) {
        zones << HealthFormat::zone(zone);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Start:
            return timeText(incident.startMs);
        case End:
            return incident.ongoing ? tr("ongoing") : timeText(incident.endMs);
        case Duration:
            return incident.ongoing ? tr("%1 so far").arg(durationText(incident.durationMs()))
                                    : durationText(incident.durationMs());
        case Zones:
            return zones.join(QStringLiteral(", "));
        case Failures:
            return HealthFormat::count(incident.failures);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Start:
            return timeText(incident.startMs, true);
        case End:
            return incident.ongoing ? tr("Still failing; last failure at %1").arg(timeText(incident.endMs, true))
                                    : timeText(incident.endMs, true);
        case Zones:
            return HealthFormat::toolTip(zones.join(QStringLiteral(", ")));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((index.column() == Duration || index.column() == Failures ? Qt::AlignRight : Qt::AlignLeft)
                | Qt::AlignVCenter));
    case SortRole:
        switch (Column(index.column())) {
        case Start:
            return qint64(incident.startMs);
        case End:
            return qint64(incident.endMs);
        case Duration:
            return qint64(incident.durationMs());
        case Zones:
            return zones.join(QStringLiteral(", "));
        case Failures:
            return incident.failures;
        case ColumnCount:
            break;
        }
        break;
    case StatusRole:
        return int(incident.zones.size() > 1 ? CheckStatus::GlobalOutage : CheckStatus::PartialOutage);
    default:
        break;
    }
    return {};
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        // Over the numbers, the header sits where they do.
        return QVariant::fromValue(Qt::Alignment(
            (section == Duration || section == Failures ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Duration:
        return tr("Duration");
    case Zones:
        return tr("Zones");
    case Failures:
        return tr("Failures");
    case ColumnCount:
        break;
    }
    return {};
}

QString IncidentsModel::durationText(std::int64_t durationMs)
{
    const std::int64_t seconds = std::max<std::int64_t>(0, (durationMs + 500) / 1000);
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 24 * 60) {
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    const std::int64_t hours = (minutes + 30) / 60;
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString IncidentsModel::timeText(std::int64_t timeMs, bool seconds)
{
    const QLocale locale;
    // Some locales' short format (C's among them) has seconds: the list shows minutes, the
    // tooltip seconds.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    if (seconds) {
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    }
    return locale.toString(QDateTime::fromMSecsSinceEpoch(timeMs), QStringLiteral("d MMM ") + time);
}

} // namespace appclacks::core
