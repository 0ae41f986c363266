// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/outcomeschart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartannotations.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QPercentBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace appclacks::ui {

namespace {

double ratioOf(const core::ZoneHealth &zone)
{
    const double runs = zone.success + zone.failure;
    return zone.hasOutcomes && runs > 0 ? zone.success / runs : std::nan("");
}

void showToolTips(QBarSet *set, const QStringList &toolTips)
{
    QObject::connect(set, &QBarSet::hovered, set, [toolTips](bool status, int index) {
        if (status && index >= 0 && index < toolTips.size()) {
            QToolTip::showText(QCursor::pos(), toolTips[index]);
        } else {
            QToolTip::hideText();
        }
    });
}

} // namespace

OutcomesChart::OutcomesChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("outcomesChart"));
    setAccessibleName(tr("Successes and failures per zone"));
    refresh();
}

OutcomesChart::~OutcomesChart() = default;

void OutcomesChart::rebuild()
{
    clearChart();
    m_zoneLabels.clear();
    m_ratioLabels.clear();
    m_successSet = nullptr;
    m_failureSet = nullptr;

    const core::CheckHealth *check = this->check();
    if (!check) {
        setTitle({}, tr("Success and failure"));
        setEmptyText(tr("Select a check to see its successes and failures"));
        return;
    }
    setTitle(displayName(*check), tr("success and failure"));
    const bool anyOutcome = std::any_of(
        check->zones.begin(), check->zones.end(), [](const core::ZoneHealth &zone) { return zone.hasOutcomes; });
    if (!anyOutcome) {
        setEmptyText(tr("This check exposes no success or failure counters"));
        return;
    }

    const Theme &colours = theme();
    m_successSet = new QBarSet(tr("Success"));
    m_successSet->setColor(colours.passing());
    m_successSet->setPen(Qt::NoPen);
    m_failureSet = new QBarSet(tr("Failure"));
    m_failureSet->setColor(colours.failing());
    m_failureSet->setPen(Qt::NoPen);

    QStringList successTips;
    QStringList failureTips;
    QList<ChartAnnotations::Label> labels;
    for (const core::ZoneHealth &zone : check->zones) {
        const QString name = core::HealthFormat::zone(zone.zone);
        const double ratio = ratioOf(zone);
        const double runs = zone.success + zone.failure;
        m_zoneLabels << name;
        m_ratioLabels << core::HealthFormat::ratio(ratio);
        m_successSet->append(zone.hasOutcomes ? zone.success : 0);
        m_failureSet->append(zone.hasOutcomes ? zone.failure : 0);
        successTips << tr("%1 · %2 of %3 runs succeeded (%4)", nullptr, core::HealthFormat::pluralCount(runs))
                           .arg(name, core::HealthFormat::count(zone.success), core::HealthFormat::count(runs),
                               core::HealthFormat::ratio(ratio));
        failureTips << tr("%1 · %2 of %3 runs failed", nullptr, core::HealthFormat::pluralCount(runs))
                           .arg(name, core::HealthFormat::count(zone.failure), core::HealthFormat::count(runs));
        const bool failing = zone.failure > 0;
        labels.push_back({ QPointF(double(m_zoneLabels.size() - 1), zone.hasOutcomes && runs > 0 ? 100 : 0),
            m_ratioLabels.constLast(), failing ? colours.failing() : colours.text(), failing, 0 });
    }
    showToolTips(m_successSet, successTips);
    showToolTips(m_failureSet, failureTips);

    // Shares of the runs, not counts: on a count axis 5 % of failures next to 95 % of
    // successes was a sliver nobody saw; on a ratio axis every bar is as tall as its zone's
    // runs, and its failing part is its failure ratio.
    auto *series = new QPercentBarSeries;
    // A lone bar as wide as the plot reads as a block, not as a bar.
    series->setBarWidth(check->zones.size() == 1 ? 0.3 : check->zones.size() == 2 ? 0.45 : 0.6);
    series->append(m_successSet);
    series->append(m_failureSet);
    chart()->addSeries(series);

    QStringList categories;
    for (const QString &label : std::as_const(m_zoneLabels)) {
        categories << chartText(label);
    }
    categoryAxis()->append(categories);
    categoryAxis()->setTitleText(tr("Zone"));
    valueAxis()->setTitleText(tr("Share of runs (%)"));
    // Head room above 100 % for the ratio labels; ticks every 20 %, never at 120 %.
    valueAxis()->setRange(0, 112);
    valueAxis()->setTickType(QValueAxis::TicksDynamic);
    valueAxis()->setTickAnchor(0);
    valueAxis()->setTickInterval(20);
    valueAxis()->setLabelFormat(QStringLiteral("%.0f"));
    attachAxes(series);

    chart()->legend()->setVisible(true);
    annotations()->setSeries(series);
    annotations()->setLabels(labels);

    const core::ZoneHealth &total = check->total;
    if (check->zones.size() > 1 && total.hasOutcomes) {
        const double ratio = ratioOf(total);
        setCaption(tr("All zones: %1 of %2 runs succeeded, %3 failed", nullptr,
                       core::HealthFormat::pluralCount(total.success + total.failure))
                       .arg(core::HealthFormat::ratio(ratio), core::HealthFormat::count(total.success + total.failure),
                           core::HealthFormat::count(total.failure)),
            total.failure > 0 ? colours.failing() : colours.secondaryText());
    }
}

} // namespace appclacks::ui
