// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/uptimechart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartannotations.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace appclacks::ui {

UptimeChart::UptimeChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("uptimeChart"));
    setAccessibleName(tr("Uptime per check"));
    refresh();
}

UptimeChart::~UptimeChart() = default;

void UptimeChart::setTimelines(std::vector<core::CheckTimeline> timelines, const QHash<QString, QString> &names)
{
    m_timelines = std::move(timelines);
    m_names = names;
    refresh();
}

QString UptimeChart::uptimeText(double uptime)
{
    if (std::isnan(uptime)) {
        return QStringLiteral("—");
    }
    const double percent = uptime * 100;
    // 99.95 % and 99.9 % are different promises; 97.3 % needs no second decimal.
    const int decimals = percent > 99 && percent < 100 ? 2 : 1;
    // Rounded down: 99.996 % is not "100.00%", a promise it did not keep.
    const double scale = std::pow(10.0, decimals);
    return QLocale().toString(std::floor(percent * scale + 1e-9) / scale, 'f', decimals) + QLatin1Char('%');
}

void UptimeChart::rebuild()
{
    clearChart();
    m_checkLabels.clear();
    m_uptimeLabels.clear();
    m_sets.clear();
    setTitle({}, tr("Uptime over 24 hours, 7 days and 30 days"));
    if (m_timelines.empty()) {
        setEmptyText(tr("No check has history in the last 30 days"));
        return;
    }
    std::vector<const core::CheckTimeline *> order;
    for (const core::CheckTimeline &timeline : m_timelines) {
        order.push_back(&timeline);
    }
    const auto nameOf
        = [this](const core::CheckTimeline *timeline) { return m_names.value(timeline->key, timeline->key); };
    std::sort(order.begin(), order.end(), [&](const core::CheckTimeline *a, const core::CheckTimeline *b) {
        return QString::localeAwareCompare(nameOf(a), nameOf(b)) < 0;
    });

    const Theme &colours = theme();
    const QStringList periods { tr("24 hours"), tr("7 days"), tr("30 days") };
    // One hue in three strengths: periods are not zones, and status colours mean status only.
    const std::array<QColor, 3> fills { colours.neutral(), Theme::blend(colours.neutral(), colours.background(), 0.62),
        Theme::blend(colours.neutral(), colours.background(), 0.35) };
    double lowest = 1;
    for (const core::CheckTimeline *timeline : order) {
        for (const double uptime : timeline->uptime) {
            if (!std::isnan(uptime)) {
                lowest = std::min(lowest, uptime);
            }
        }
        m_checkLabels << nameOf(timeline);
    }
    const double lowestPercent = lowest * 100;
    const double grain = lowestPercent >= 99 ? 0.5 : lowestPercent >= 90 ? 1 : lowestPercent >= 50 ? 5 : 10;
    const double bottom = std::clamp(std::floor((lowestPercent - grain / 2) / grain) * grain, 0.0, 99.5);

    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    QList<ChartAnnotations::Label> labels;
    const double barWidth = 0.8 / 3;
    for (int period = 0; period < 3; ++period) {
        auto *set = new QBarSet(periods[period]);
        set->setColor(fills[std::size_t(period)]);
        set->setPen(Qt::NoPen);
        QStringList texts;
        QStringList tips;
        for (int row = 0; row < qsizetype(order.size()); ++row) {
            const double uptime = order[std::size_t(row)]->uptime[std::size_t(period)];
            const double value = std::isnan(uptime) ? bottom : uptime * 100;
            set->append(value);
            texts << uptimeText(uptime);
            tips << tr("%1 · uptime over %2: %3").arg(m_checkLabels[row], periods[period], texts.constLast());
            labels.push_back({ QPointF(row + (period - 1) * barWidth, value), texts.constLast(),
                uptime < 0.99 ? colours.failing() : colours.text(), false, barWidth * 1.05 });
        }
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool status, int index) {
            if (status && index >= 0 && index < tips.size()) {
                QToolTip::showText(QCursor::pos(), core::HealthFormat::toolTip(tips[index]));
            } else {
                QToolTip::hideText();
            }
        });
        series->append(set);
        m_sets << set;
        m_uptimeLabels << texts;
    }
    chart()->addSeries(series);
    QStringList categories;
    for (const QString &label : std::as_const(m_checkLabels)) {
        categories << chartText(label);
    }
    categoryAxis()->append(categories);
    valueAxis()->setTitleText(tr("Uptime"));
    attachAxes(series);
    const double span = 100 - bottom;
    valueAxis()->setRange(bottom, 100 + span * 0.08);
    valueAxis()->setTickType(QValueAxis::TicksDynamic);
    valueAxis()->setTickAnchor(100);
    const double tick = span <= 1 ? 0.25
        : span <= 2.5             ? 0.5
        : span <= 5               ? 1
        : span <= 12              ? 2
        : span <= 25              ? 5
        : span <= 50              ? 10
                                  : 20;
    valueAxis()->setTickInterval(tick);
    // Localized labels (ChartStyle) keep what follows the number as it is: "%%" would stay double.
    valueAxis()->setLabelFormat(tick < 1 ? QStringLiteral("%.2f%") : QStringLiteral("%.0f%"));
    chart()->legend()->setVisible(true);
    annotations()->setSeries(series);
    annotations()->setLabels(labels);
    if (bottom > 0) {
        setCaption(tr("The axis starts at %1 so that small differences show.").arg(uptimeText(bottom / 100)));
    }
}

} // namespace appclacks::ui
