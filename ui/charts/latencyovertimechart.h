// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ui/charts/timechartwidget.h"

#include <QList>

class QLineSeries;
class QLogValueAxis;

namespace appclacks::ui {

/// One check's latency over the range: p50, p95 and p99 of all zones together as three lines
/// (p50 thin, p95 medium, p99 bold), or one quantile per zone in the zone's colour; on a
/// linear or a logarithmic axis. A step without samples breaks the line: nothing is drawn
/// through missing data.
class LatencyOverTimeChart final : public TimeChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyOverTimeChart)

public:
    enum class ZoneMode { AllZones, PerZone };
    Q_ENUM(ZoneMode)
    enum class Quantile { P50, P95, P99 };
    Q_ENUM(Quantile)
    enum class Scale { Linear, Logarithmic };
    Q_ENUM(Scale)

    explicit LatencyOverTimeChart(QWidget *parent = nullptr);
    ~LatencyOverTimeChart() override;

    /// PerZone draws `quantile` for every zone; AllZones ignores it.
    void setZoneMode(ZoneMode mode, Quantile quantile = Quantile::P95);
    void setScale(Scale scale);
    ZoneMode zoneMode() const { return m_zoneMode; }
    Quantile quantile() const { return m_quantile; }
    Scale scale() const { return m_scale; }

    /// The line segments drawn, several per line where data is missing (owned by the chart).
    QList<QLineSeries *> segments() const { return m_segments; }
    /// Milliseconds or seconds: what the value axis counts in (its factor from seconds).
    double unitFactor() const { return m_unitFactor; }

protected:
    void rebuild() override;
    QString toolTipForStep(int step, const QPointF &position) const override;

private:
    struct Line
    {
        QString name;
        QColor colour;
        qreal width = 2;
        qreal opacity = 1;
        std::vector<double> seconds; ///< per step; NaN where there is nothing to draw
    };
    std::vector<Line> linesToDraw() const;

    QLogValueAxis *m_logAxis = nullptr; ///< owned by the chart
    ZoneMode m_zoneMode = ZoneMode::AllZones;
    Quantile m_quantile = Quantile::P95;
    Scale m_scale = Scale::Linear;
    QList<QLineSeries *> m_segments;
    double m_unitFactor = 1000;
};

} // namespace appclacks::ui
