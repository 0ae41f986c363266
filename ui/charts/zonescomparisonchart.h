// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "ui/charts/chartwidget.h"

#include <QList>
#include <QStringList>

#include <memory>

class QBarSet;

namespace appclacks::ui {

/// One check's zones compared: p50, p95 and p99 of each zone side by side, each zone's success
/// ratio, and the zones that disagree with the others.
class ZonesComparisonChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonesComparisonChart)

public:
    /// A zone that does not behave like the others.
    struct Disagreement
    {
        enum class Kind { Latency, Success };
        QString zone;
        Kind kind = Kind::Latency;
        double value = 0; ///< the zone's p95 in seconds, or its success ratio
        double elsewhere = 0; ///< the median of the other zones' values
        QString text; ///< "us-west disagrees: p95 1.4 s vs 180 ms elsewhere"
    };

    explicit ZonesComparisonChart(QWidget *parent = nullptr);
    ~ZonesComparisonChart() override;

    void setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot, const QString &checkKey);
    QString checkKey() const { return m_checkKey; }

    QStringList zoneLabels() const { return m_zoneLabels; }
    QStringList ratioLabels() const { return m_ratioLabels; }
    /// p50, p95 and p99 in that order (owned by the chart).
    QList<QBarSet *> barSets() const;
    QList<Disagreement> disagreements() const { return m_disagreements; }

    /// A zone disagrees when its p95 is more than twice the median of the other zones' p95, or
    /// when its success ratio is a point or more below theirs (or it fails where they never do).
    static QList<Disagreement> findDisagreements(const core::CheckHealth &check);

protected:
    void rebuild() override;

private:
    std::shared_ptr<const core::HealthSnapshot> m_snapshot;
    QString m_checkKey;
    QStringList m_zoneLabels;
    QStringList m_ratioLabels;
    QList<Disagreement> m_disagreements;
};

} // namespace appclacks::ui
