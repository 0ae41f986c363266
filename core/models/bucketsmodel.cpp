// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/models/bucketsmodel.h"

#include "core/health/healthformat.h"
#include "core/models/checkstablemodel.h"

#include <algorithm>

namespace appclacks::core {

BucketsModel::BucketsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BucketsModel::~BucketsModel() = default;

void BucketsModel::setHistogram(
    std::shared_ptr<const HealthSnapshot> snapshot, const QString &checkKey, const QString &zone)
{
    std::vector<Bucket> buckets;
    if (const CheckHealth *check = snapshot ? snapshot->check(checkKey) : nullptr) {
        const ZoneHealth *source = zone.isNull() ? &check->total : check->zone(zone);
        if (source) {
            buckets = source->buckets;
        }
    }
    const bool sameLayout = buckets.size() == m_buckets.size()
        && std::equal(buckets.begin(), buckets.end(), m_buckets.begin(),
            [](const Bucket &a, const Bucket &b) { return a.upperBound == b.upperBound; });
    if (sameLayout) {
        m_snapshot = std::move(snapshot);
        m_buckets = std::move(buckets);
        m_counts = Histogram::perBucketCounts(m_buckets);
        if (!m_buckets.empty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_buckets.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_buckets = std::move(buckets);
    m_counts = Histogram::perBucketCounts(m_buckets);
    endResetModel();
}

int BucketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int BucketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BucketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = std::size_t(index.row());
    const Bucket &bucket = m_buckets[row];
    const double lower = row == 0 ? 0.0 : m_buckets[row - 1].upperBound;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Range:
            return HealthFormat::bucketRange(lower, bucket.upperBound, row == 0);
        case UpperBound:
            return std::isinf(bucket.upperBound) ? QStringLiteral("+Inf") : HealthFormat::duration(bucket.upperBound);
        case Count:
            return HealthFormat::count(m_counts[row]);
        case Cumulative:
            return HealthFormat::count(bucket.count);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Range:
        case UpperBound:
            return bucket.upperBound;
        case Count:
            return m_counts[row];
        case Cumulative:
            return bucket.count;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Range ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        break;
    }
    return {};
}

QVariant BucketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Range:
        return tr("Latency");
    case UpperBound:
        return tr("le");
    case Count:
        return tr("Observations");
    case Cumulative:
        return tr("Cumulative");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace appclacks::core
