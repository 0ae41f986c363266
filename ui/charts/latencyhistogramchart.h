// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "ui/charts/chartwidget.h"

#include <QList>
#include <QStringList>

#include <memory>

class QBarSet;

class QCategoryAxis;

namespace appclacks::ui {

/// One check's latency histogram: a bar per bucket labelled by its range, for all zones
/// together, one zone, or every zone side by side in its colour, with p50/p95/p99 marked.
class LatencyHistogramChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyHistogramChart)

public:
    enum class ZoneMode { AllZones, SingleZone, ZonesSideBySide };
    Q_ENUM(ZoneMode)

    /// A quantile as marked. `position` counts buckets from the left edge of the first one:
    /// bucket i spans [i, i + 1], and the marker sits where PromQL's interpolation puts it.
    struct QuantileMarker
    {
        double quantile = 0;
        QString label; ///< "p95 180 ms"
        core::QuantileEstimate estimate;
        double position = 0;
    };

    explicit LatencyHistogramChart(QWidget *parent = nullptr);
    ~LatencyHistogramChart() override;

    /// `zone` is the zone SingleZone shows; the other modes ignore it.
    void setZoneMode(ZoneMode mode, const QString &zone = {});
    /// Bars of observations at or under each bucket's upper bound instead of in each bucket.
    void setCumulative(bool cumulative);

    ZoneMode zoneMode() const { return m_zoneMode; }
    QString zone() const { return m_zone; }
    bool isCumulative() const { return m_cumulative; }

    /// The buckets as tooltips name them, one per bucket ("≤ 5 ms", "100–250 ms", "> 10 s").
    QStringList bucketLabels() const { return m_bucketLabels; }
    /// The horizontal axis's labels as shown at the chart's size: bucket boundaries ("5 ms",
    /// "10 ms", … "> 10 s"), or in cumulative mode one per bar ("≤ 250 ms"), every other one
    /// left out where they would not fit side by side.
    QStringList axisLabels() const;
    /// The axis that carries them (bucket i centred on i, as on a category axis).
    QCategoryAxis *latencyAxis() const { return m_latencyAxis; }
    /// The bar sets: one, or one per zone side by side (owned by the chart).
    QList<QBarSet *> barSets() const;
    QList<QuantileMarker> quantileMarkers() const { return m_markers; }

protected:
    void rebuild() override;
    void adaptToSize(const QSizeF &size) override;

private:
    ZoneMode m_zoneMode = ZoneMode::AllZones;
    QString m_zone;
    bool m_cumulative = false;

    struct AxisLabel
    {
        double position = 0;
        QString text;
    };
    void placeAxisLabels(qreal width);

    QCategoryAxis *m_latencyAxis = nullptr; ///< owned by the chart
    QList<AxisLabel> m_axisCandidates;
    qreal m_placedForWidth = -1;
    QStringList m_bucketLabels;
    QList<QuantileMarker> m_markers;
};

} // namespace appclacks::ui
