// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/zonescomparisonchart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartannotations.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace appclacks::ui {

namespace {

constexpr double groupWidth = 0.8;

// What a bar of a quantile shows: the estimate, or the last finite bound when the quantile lies
// beyond it (the label then says "> 10 s"); nothing when PromQL has no answer.
double barValue(const core::QuantileEstimate &estimate)
{
    return estimate.isValid() && std::isfinite(estimate.value) ? estimate.value : 0;
}

} // namespace

ZonesComparisonChart::ZonesComparisonChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("zonesComparisonChart"));
    setAccessibleName(tr("Zones compared"));
    refresh();
}

ZonesComparisonChart::~ZonesComparisonChart() = default;

QList<QBarSet *> ZonesComparisonChart::barSets() const
{
    const auto series = chart()->series();
    for (QAbstractSeries *item : series) {
        if (auto *bars = qobject_cast<QBarSeries *>(item)) {
            return bars->barSets();
        }
    }
    return {};
}

void ZonesComparisonChart::rebuild()
{
    clearChart();
    m_zoneLabels.clear();
    m_ratioLabels.clear();

    const core::CheckHealth *check = this->check();
    if (!check) {
        setTitle({}, tr("Zones"));
        setEmptyText(tr("Select a check to compare its zones"));
        return;
    }
    setTitle(displayName(*check), tr("zones"));
    if (check->zones.empty()) {
        setEmptyText(tr("This check has no results yet"));
        return;
    }

    const Theme &colours = theme();
    const QStringList zoneOrder = snapshot()->zoneNames;
    QStringList disagreeing;
    for (const core::ZoneDisagreement &disagreement : check->disagreements) {
        disagreeing << disagreement.zone;
    }

    double maximum = 0;
    for (const core::ZoneHealth &zone : check->zones) {
        for (const core::QuantileEstimate *estimate :
            { &zone.statistics.p50, &zone.statistics.p95, &zone.statistics.p99 }) {
            maximum = std::max(maximum, barValue(*estimate));
        }
    }
    // Milliseconds until a quantile reaches a second: "180" reads better than "0.18".
    const bool milliseconds = maximum < 1;
    const double unit = milliseconds ? 1000 : 1;

    struct Quantile
    {
        QString name;
        const core::QuantileEstimate core::ZoneStatistics::*member;
    };
    // Shades of the neutral slate, not a zone's colour: zones are told apart on the axis (with
    // their own colour as a swatch), so the bars' colour only tells the quantile.
    const std::array<Quantile, 3> quantiles { {
        { QStringLiteral("p50"), &core::ZoneStatistics::p50 },
        { QStringLiteral("p95"), &core::ZoneStatistics::p95 },
        { QStringLiteral("p99"), &core::ZoneStatistics::p99 },
    } };
    auto *series = new QBarSeries;
    series->setBarWidth(groupWidth);
    QList<ChartAnnotations::Label> labels;
    const double barWidth = groupWidth / double(quantiles.size());
    bool anyQuantile = false;
    for (std::size_t k = 0; k < quantiles.size(); ++k) {
        auto *set = new QBarSet(quantiles[k].name);
        set->setColor(colours.quantileColor(int(k)));
        set->setPen(Qt::NoPen);
        QStringList toolTips;
        for (std::size_t i = 0; i < check->zones.size(); ++i) {
            const core::QuantileEstimate &estimate = check->zones[i].statistics.*(quantiles[k].member);
            anyQuantile = anyQuantile || estimate.isValid();
            set->append(barValue(estimate) * unit);
            toolTips << tr("%1 · %2 %3")
                            .arg(core::HealthFormat::zone(check->zones[i].zone), quantiles[k].name,
                                core::HealthFormat::quantileBounds(estimate));
            if (estimate.isValid()) {
                const double x = double(i) - groupWidth / 2 + barWidth * (double(k) + 0.5);
                labels.push_back({ QPointF(x, barValue(estimate) * unit), core::HealthFormat::quantile(estimate),
                    colours.secondaryText(), false, barWidth });
            }
        }
        connect(set, &QBarSet::hovered, set, [toolTips](bool status, int index) {
            if (status && index >= 0 && index < toolTips.size()) {
                QToolTip::showText(QCursor::pos(), toolTips[index]);
            } else {
                QToolTip::hideText();
            }
        });
        series->append(set);
    }
    chart()->addSeries(series);

    // Each zone's name and success ratio under its group; a disagreeing zone in the failing
    // colour with a warning sign, so that it stands out in grey too.
    QStringList categories;
    for (const core::ZoneHealth &zone : check->zones) {
        const QString name = core::HealthFormat::zone(zone.zone);
        const QString ratio = core::HealthFormat::ratio(zone.statistics.successRatio);
        m_zoneLabels << name;
        m_ratioLabels << ratio;
        // The zone's own colour as a swatch: the same zone reads the same in every chart.
        QString category
            = QStringLiteral("<span style=\"color:%1\">■</span> ").arg(colours.zoneColor(zoneOrder, zone.zone).name())
            + chartText(name);
        if (disagreeing.contains(zone.zone)) {
            category += QStringLiteral(" <span style=\"color:%1\">⚠</span>").arg(colours.failing().name());
        }
        const QColor ratioColour = zone.failure > 0 ? colours.failing() : colours.secondaryText();
        categories << QStringLiteral("<div align=\"center\">%1<br><span style=\"color:%2\">%3</span></div>")
                          .arg(category, ratioColour.name(), ratio);
    }
    categoryAxis()->append(categories);
    // The word once, on the axis: under each zone "100.0% success" was cut in narrow windows.
    categoryAxis()->setTitleText(tr("Zone and success ratio"));
    valueAxis()->setTitleText(milliseconds ? tr("Latency (ms)") : tr("Latency (s)"));
    setNiceRange(valueAxis(), maximum * unit * 1.12, false);
    attachAxes(series);

    chart()->legend()->setVisible(true);
    annotations()->setSeries(series);
    annotations()->setLabels(labels);
    if (!anyQuantile) {
        setEmptyText(tr("This check exposes no latency histogram"));
    }

    if (!check->disagreements.empty()) {
        QStringList lines;
        for (const core::ZoneDisagreement &disagreement : check->disagreements) {
            lines << QStringLiteral("⚠ ") + core::HealthFormat::disagreement(disagreement);
        }
        setCaption(lines.join(QLatin1Char('\n')), colours.failing());
    } else if (check->zones.size() > 1) {
        setCaption(tr("The zones agree."), colours.secondaryText());
    }
}

} // namespace appclacks::ui
