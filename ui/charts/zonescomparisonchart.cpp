// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/zonescomparisonchart.h"

#include "core/health/healthformat.h"
#include "core/health/healthstatistics.h"
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

// A p95 this many times the others' median is a zone-local problem, not noise.
constexpr double latencyFactor = 2.0;
// A success ratio this far under the others' median is a zone-local problem.
constexpr double successGap = 0.01;
constexpr double groupWidth = 0.8;

double median(std::vector<double> values)
{
    if (values.empty()) {
        return std::nan("");
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double successRatio(const core::ZoneHealth &zone)
{
    const double runs = zone.success + zone.failure;
    return zone.hasOutcomes && runs > 0 ? zone.success / runs : std::nan("");
}

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

void ZonesComparisonChart::setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot, const QString &checkKey)
{
    m_snapshot = std::move(snapshot);
    m_checkKey = checkKey;
    refresh();
}

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

QList<ZonesComparisonChart::Disagreement> ZonesComparisonChart::findDisagreements(const core::CheckHealth &check)
{
    QList<Disagreement> found;
    if (check.zones.size() < 2) {
        return found;
    }
    std::vector<core::ZoneStatistics> statistics;
    statistics.reserve(check.zones.size());
    for (const core::ZoneHealth &zone : check.zones) {
        statistics.push_back(core::ZoneStatistics::of(zone));
    }
    for (std::size_t i = 0; i < check.zones.size(); ++i) {
        // Compared with the median of the others, not of all: with two zones, a slow one would
        // otherwise pull the median halfway towards itself and never stand out.
        std::vector<double> otherLatencies;
        std::vector<double> otherRatios;
        for (std::size_t j = 0; j < check.zones.size(); ++j) {
            if (j == i) {
                continue;
            }
            if (statistics[j].p95.isValid() && std::isfinite(statistics[j].p95.value)) {
                otherLatencies.push_back(statistics[j].p95.value);
            }
            const double ratio = successRatio(check.zones[j]);
            if (!std::isnan(ratio)) {
                otherRatios.push_back(ratio);
            }
        }
        const QString zone = core::HealthFormat::zone(check.zones[i].zone);
        const core::QuantileEstimate &p95 = statistics[i].p95;
        const double latencyElsewhere = median(otherLatencies);
        if (p95.isValid() && latencyElsewhere > 0 && p95.value > latencyFactor * latencyElsewhere) {
            found.push_back({ check.zones[i].zone, Disagreement::Kind::Latency, p95.value, latencyElsewhere,
                tr("%1 disagrees: p95 %2 vs %3 elsewhere")
                    .arg(zone, core::HealthFormat::quantile(p95), core::HealthFormat::duration(latencyElsewhere)) });
        }
        const double ratio = successRatio(check.zones[i]);
        const double ratioElsewhere = median(otherRatios);
        if (!std::isnan(ratio) && !std::isnan(ratioElsewhere)
            && (ratioElsewhere - ratio >= successGap || (ratio < 1 && ratioElsewhere == 1))) {
            found.push_back({ check.zones[i].zone, Disagreement::Kind::Success, ratio, ratioElsewhere,
                tr("%1 disagrees: success %2 vs %3 elsewhere")
                    .arg(zone, core::HealthFormat::ratio(ratio), core::HealthFormat::ratio(ratioElsewhere)) });
        }
    }
    return found;
}

void ZonesComparisonChart::rebuild()
{
    clearChart();
    m_zoneLabels.clear();
    m_ratioLabels.clear();
    m_disagreements.clear();

    const core::CheckHealth *check = m_snapshot ? m_snapshot->check(m_checkKey) : nullptr;
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

    const ChartTheme &colours = theme();
    const QStringList zoneOrder = ChartTheme::zoneOrder(*m_snapshot);
    m_disagreements = findDisagreements(*check);
    QStringList disagreeing;
    for (const Disagreement &disagreement : std::as_const(m_disagreements)) {
        disagreeing << disagreement.zone;
    }

    std::vector<core::ZoneStatistics> statistics;
    double maximum = 0;
    for (const core::ZoneHealth &zone : check->zones) {
        statistics.push_back(core::ZoneStatistics::of(zone));
        for (const core::QuantileEstimate *estimate :
            { &statistics.back().p50, &statistics.back().p95, &statistics.back().p99 }) {
            maximum = std::max(maximum, barValue(*estimate));
        }
    }
    // Milliseconds until a quantile reaches a second: "180" reads better than "0.18".
    const bool milliseconds = maximum < 1;
    const double unit = milliseconds ? 1000 : 1;

    struct Quantile
    {
        QString name;
        double opacity;
        const core::QuantileEstimate core::ZoneStatistics::*member;
    };
    // Shades of the neutral slate, not a zone's colour: zones are told apart on the axis (with
    // their own colour as a swatch), so the bars' colour only tells the quantile.
    const std::array<Quantile, 3> quantiles { {
        { QStringLiteral("p50"), 0.35, &core::ZoneStatistics::p50 },
        { QStringLiteral("p95"), 0.65, &core::ZoneStatistics::p95 },
        { QStringLiteral("p99"), 1.0, &core::ZoneStatistics::p99 },
    } };
    const QColor hue = colours.neutral();
    auto *series = new QBarSeries;
    series->setBarWidth(groupWidth);
    QList<ChartAnnotations::Label> labels;
    const double barWidth = groupWidth / double(quantiles.size());
    bool anyQuantile = false;
    for (std::size_t k = 0; k < quantiles.size(); ++k) {
        auto *set = new QBarSet(quantiles[k].name);
        set->setColor(ChartTheme::blend(hue, colours.background(), quantiles[k].opacity));
        set->setPen(Qt::NoPen);
        QStringList toolTips;
        for (std::size_t i = 0; i < check->zones.size(); ++i) {
            const core::QuantileEstimate &estimate = statistics[i].*(quantiles[k].member);
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
        const QString ratio = core::HealthFormat::ratio(successRatio(zone));
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
                          .arg(category, ratioColour.name(), tr("%1 success").arg(ratio));
    }
    categoryAxis()->append(categories);
    valueAxis()->setTitleText(milliseconds ? tr("Latency (ms)") : tr("Latency (s)"));
    setNiceRange(valueAxis(), maximum * unit * 1.12, false);
    attachAxes(series);

    chart()->legend()->setVisible(true);
    annotations()->setSeries(series);
    annotations()->setLabels(labels);
    if (!anyQuantile) {
        setEmptyText(tr("This check exposes no latency histogram"));
    }

    if (!m_disagreements.isEmpty()) {
        QStringList lines;
        for (const Disagreement &disagreement : std::as_const(m_disagreements)) {
            lines << QStringLiteral("⚠ ") + disagreement.text;
        }
        setCaption(lines.join(QLatin1Char('\n')), colours.failing());
    } else if (check->zones.size() > 1) {
        setCaption(tr("The zones agree."), colours.secondaryText());
    }
}

} // namespace appclacks::ui
