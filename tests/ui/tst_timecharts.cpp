// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The charts of a check over time (issue 11), drawn from CheckOverTime values built here: a day
// at five-minute steps in three zones with an outage, a gap in one zone and a gap in all.

#include "core/health/healthformat.h"
#include "core/history/checktimeline.h"
#include "core/models/incidentsmodel.h"
#include "tests/support/chartrendering.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/latencyovertimechart.h"
#include "ui/charts/outcomesovertimechart.h"
#include "ui/charts/statetimelinechart.h"
#include "ui/charts/uptimechart.h"
#include "ui/incidentslist.h"
#include "ui/theme/theme.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace appclacks;
using core::CheckOverTime;
using core::CheckStatus;
using core::StateStep;
using core::StepPoint;
using tests::darkPalette;
using tests::isSvg;
using tests::rendered;
using tests::sceneTexts;
using ui::ChartExporter;
using ui::LatencyOverTimeChart;
using ui::OutcomesOverTimeChart;
using ui::StateTimelineChart;
using ui::Theme;

namespace {

constexpr std::int64_t stepMs = 5 * 60 * 1000;
constexpr int dayOfSteps = 24 * 12;
const QStringList zoneNames { QStringLiteral("ap-south"), QStringLiteral("eu-west"), QStringLiteral("us-east") };

// The day's shape, step by step.
constexpr int outageFirst = 150; // us-east fails every run in [150, 170)
constexpr int outageEnd = 170;
constexpr int zoneGapFirst = 200; // ap-south has no samples in [200, 212)
constexpr int zoneGapEnd = 212;
constexpr int gapFirst = 230; // no zone has samples in [230, 236)
constexpr int gapEnd = 236;
constexpr int flakyStep = 60; // one failure in eu-west's 10 runs: 95 % of 20 runs all zones together
constexpr int runsPerStep = 5;

std::int64_t dayStart()
{
    return QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
}

core::QuantileEstimate estimate(double seconds)
{
    core::QuantileEstimate value;
    value.value = seconds;
    value.lowerBound = seconds / 2;
    value.upperBound = seconds * 2;
    return value;
}

StepPoint pointOf(std::int64_t from, bool samples, double success, double failure, double p50)
{
    StepPoint point;
    point.fromMs = from;
    point.toMs = from + stepMs;
    point.hasSamples = samples;
    point.hasOutcomes = samples;
    point.success = success;
    point.failure = failure;
    if (samples) {
        point.statistics.p50 = estimate(p50);
        point.statistics.p95 = estimate(p50 * 2.2);
        point.statistics.p99 = estimate(p50 * 3.6);
        point.statistics.successRatio = success / (success + failure);
    }
    return point;
}

// A day at five minutes, three zones: diurnal latency, us-east's outage, ap-south's gap, a gap
// in every zone, one flaky step, and an ongoing incident at the end.
std::shared_ptr<const CheckOverTime> sampleDay()
{
    auto day = std::make_shared<CheckOverTime>();
    day->key = QStringLiteral("8f2c01");
    day->name = QStringLiteral("api-gateway");
    day->stepMs = stepMs;
    day->range = { dayStart(), dayStart() + dayOfSteps * stepMs };
    for (const QString &zone : zoneNames) {
        day->zones.push_back(zone);
    }
    day->perZone.resize(3);
    day->states.resize(3);
    for (int step = 0; step < dayOfSteps; ++step) {
        const std::int64_t from = dayStart() + step * stepMs;
        double success = 0;
        double failure = 0;
        double worst = 0;
        bool any = false;
        for (int zone = 0; zone < 3; ++zone) {
            const bool samples
                = !(step >= gapFirst && step < gapEnd) && !(zone == 0 && step >= zoneGapFirst && step < zoneGapEnd);
            double failed = 0;
            if (zone == 2 && step >= outageFirst && step < outageEnd) {
                failed = runsPerStep;
            } else if (zone == 1 && (step == flakyStep || step >= dayOfSteps - 3)) {
                failed = 1;
            }
            const double base = 0.030 + 0.012 * zone + 0.010 * std::sin(step / 30.0);
            const double p50 = zone == 2 && failed > 0 ? 1.8 : base;
            const double ok = (zone == 1 && step == flakyStep ? 2 * runsPerStep : runsPerStep) - failed;
            day->perZone[std::size_t(zone)].push_back(
                pointOf(from, samples, samples ? ok : 0, samples ? failed : 0, p50));
            StateStep state;
            state.fromMs = from;
            state.toMs = from + stepMs;
            state.hasSamples = samples;
            state.success = samples ? ok : 0;
            state.failure = samples ? failed : 0;
            state.status = !samples ? CheckStatus::NoData
                : failed > 0        ? CheckStatus::GlobalOutage
                                    : CheckStatus::Passing;
            day->states[std::size_t(zone)].push_back(state);
            if (samples) {
                any = true;
                success += ok;
                failure += failed;
                worst = std::max(worst, p50);
            }
        }
        day->total.push_back(pointOf(from, any, success, failure, worst));
    }
    core::Incident outage;
    outage.startMs = dayStart() + outageFirst * stepMs;
    outage.endMs = dayStart() + outageEnd * stepMs;
    outage.zones = QStringList { QStringLiteral("us-east") };
    outage.failures = runsPerStep * (outageEnd - outageFirst);
    core::Incident flaky;
    flaky.startMs = dayStart() + flakyStep * stepMs;
    flaky.endMs = dayStart() + (flakyStep + 1) * stepMs;
    flaky.zones = QStringList { QStringLiteral("eu-west") };
    flaky.failures = 1;
    core::Incident ongoing;
    ongoing.startMs = dayStart() + (dayOfSteps - 3) * stepMs;
    ongoing.endMs = dayStart() + dayOfSteps * stepMs;
    ongoing.zones = QStringList { QStringLiteral("eu-west") };
    ongoing.failures = 3;
    ongoing.ongoing = true;
    day->incidents = { flaky, outage, ongoing };
    return day;
}

int distance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

// Pixels of a column inside the plot close to `colour`.
int pixelsNear(const QImage &image, int x, const QRectF &plot, QRgb colour, int tolerance = 40)
{
    int count = 0;
    for (int y = int(plot.top()) + 1; y < int(plot.bottom()); ++y) {
        if (distance(image.pixel(x, y), colour) <= tolerance) {
            ++count;
        }
    }
    return count;
}

int stepCentre(const ui::TimeChartWidget &chart, int step)
{
    return int(std::lround(chart.positionOf(dayStart() + step * stepMs + stepMs / 2)));
}

void sendMouse(QWidget *viewport, QEvent::Type type, QPointF position, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, position, viewport->mapToGlobal(position), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

QPointF inView(const ui::TimeChartWidget &chart, QPointF chartPosition)
{
    return chart.chartView()->mapFromScene(chart.chart()->mapToScene(chartPosition));
}

} // namespace

class TestTimeCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        // CMake runs this test with TZ=UTC: local-time ticks are then known in advance.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(dayStart()).time(), QTime(9, 0));
    }

    void timeTicksSuitTheRange()
    {
        const QFont font;
        const std::int64_t start = dayStart(); // 09:00
        // An hour on a wide plot: ticks every few minutes, at whole minutes.
        auto ticks = ui::TimeChartWidget::ticksFor(start, start + 3600 * 1000, 1000, font);
        QVERIFY(ticks.size() >= 4);
        for (const auto &tick : ticks) {
            QCOMPARE(tick.timeMs % (5 * 60 * 1000), 0);
            QVERIFY(tick.timeMs > start && tick.timeMs <= start + 3600 * 1000);
        }
        QCOMPARE(ticks.constLast().label, QStringLiteral("10:00"));
        // A day: whole hours, midnight named by its date.
        ticks = ui::TimeChartWidget::ticksFor(start, start + 24 * 3600 * 1000, 1000, font);
        QVERIFY(ticks.size() >= 4 && ticks.size() <= 13);
        bool midnight = false;
        for (const auto &tick : ticks) {
            QCOMPARE(tick.timeMs % (3600 * 1000), 0);
            midnight = midnight || tick.label == QStringLiteral("1 Dec");
        }
        QVERIFY(midnight);
        // A week: days, labelled by their date, no two alike.
        ticks = ui::TimeChartWidget::ticksFor(start, start + 7 * 24 * 3600 * 1000, 900, font);
        QVERIFY(ticks.size() >= 3);
        QSet<QString> labels;
        for (const auto &tick : ticks) {
            QVERIFY2(!labels.contains(tick.label), qPrintable(tick.label));
            labels.insert(tick.label);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(tick.timeMs).time(), QTime(0, 0));
        }
        // Two days on a wide plot: hours with the weekday, never a label twice.
        ticks = ui::TimeChartWidget::ticksFor(start, start + 2 * 24 * 3600 * 1000, 2400, font);
        labels.clear();
        for (const auto &tick : ticks) {
            QVERIFY2(!labels.contains(tick.label), qPrintable(tick.label));
            labels.insert(tick.label);
        }
        QVERIFY(labels.contains(QStringLiteral("Mon 12:00")));
        QVERIFY(ui::TimeChartWidget::ticksFor(start, start, 900, font).isEmpty());
    }

    void latencyLinesBreakAtGaps()
    {
        LatencyOverTimeChart chart;
        chart.setContext(QStringLiteral("last 24 hours"), QStringLiteral("demo"));
        chart.setOverTime(sampleDay());
        QVERIFY(!chart.isEmpty());
        QCOMPARE(chart.title(), QStringLiteral("api-gateway — latency over time, last 24 hours — demo"));
        // Three lines, each cut by the gap in every zone: two pieces each.
        QCOMPARE(chart.segments().size(), 6);
        for (QLineSeries *segment : chart.segments()) {
            for (const QPointF &point : segment->points()) {
                QVERIFY(point.x() < gapFirst || point.x() >= gapEnd);
            }
        }
        // The legend names p50, p95 and p99 once each.
        const QImage image = rendered(&chart);
        QStringList legend;
        for (QLegendMarker *marker : chart.chart()->legend()->markers()) {
            if (marker->isVisible()) {
                legend << marker->label();
            }
        }
        QCOMPARE(legend, (QStringList { QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99") }));

        const QRectF plot = chart.chart()->plotArea();
        const Theme theme = Theme::of(&chart);
        const QRgb p99 = chart.segments().at(4)->pen().color().rgb();
        // Where data is missing, no line crosses the plot; where it is, the p99 line does.
        const int gap = stepCentre(chart, (gapFirst + gapEnd) / 2);
        const int data = stepCentre(chart, 100);
        QCOMPARE(pixelsNear(image, gap, plot, p99), 0);
        QCOMPARE(pixelsNear(image, gap, plot, theme.neutral().rgb()), 0);
        QVERIFY(pixelsNear(image, data, plot, p99) > 0);
        // us-east's outage takes the worst latency to 1.8 s: the axis counts in seconds then.
        QCOMPARE(chart.unitFactor(), 1.0);
    }

    void latencyPerZoneAndLogScale()
    {
        LatencyOverTimeChart chart;
        chart.setOverTime(sampleDay());
        chart.setZoneMode(LatencyOverTimeChart::ZoneMode::PerZone, LatencyOverTimeChart::Quantile::P95);
        QCOMPARE(chart.title(), QStringLiteral("api-gateway — p95 latency over time by zone"));
        // ap-south is cut twice (its own gap and everyone's), the others once.
        QCOMPARE(chart.segments().size(), 3 + 2 + 2);
        const Theme theme = Theme::of(&chart);
        QCOMPARE(chart.segments().constFirst()->pen().color(), theme.zoneColor(zoneNames, QStringLiteral("ap-south")));
        QCOMPARE(chart.segments().constFirst()->points().at(10).y(),
            sampleDay()->perZone[0][10].statistics.p95.value * chart.unitFactor());

        chart.setScale(LatencyOverTimeChart::Scale::Logarithmic);
        const QImage image = rendered(&chart);
        QVERIFY(!image.isNull());
        QAbstractAxis *vertical = nullptr;
        for (QAbstractAxis *axis : chart.segments().constFirst()->attachedAxes()) {
            if (axis->orientation() == Qt::Vertical) {
                vertical = axis;
            }
        }
        QVERIFY(vertical);
        QCOMPARE(vertical->type(), QAbstractAxis::AxisTypeLogValue);
        // Every decade from 0.01 s to 10 s is labelled, the lowest included.
        const QStringList texts = sceneTexts(chart);
        for (const QString &decade :
            { QStringLiteral("0.01"), QStringLiteral("0.1"), QStringLiteral("1"), QStringLiteral("10") }) {
            QVERIFY2(texts.contains(decade), qPrintable(texts.join(QLatin1Char('|'))));
        }
        // On the log axis, a step ten times slower sits a decade higher: 1.8 s vs ~0.1 s stays readable.
        const QRectF plot = chart.chart()->plotArea();
        const QRgb usEast = theme.zoneColor(zoneNames, QStringLiteral("us-east")).rgb();
        QVERIFY(pixelsNear(image, stepCentre(chart, (outageFirst + outageEnd) / 2), plot, usEast) > 0);
    }

    void latencyEmptyStates()
    {
        LatencyOverTimeChart chart;
        QVERIFY(chart.isEmpty());
        QCOMPARE(chart.emptyText(), QStringLiteral("Select a check to see its latency over time"));
        auto nothing = std::make_shared<CheckOverTime>();
        nothing->name = QStringLiteral("idle");
        nothing->stepMs = stepMs;
        nothing->range = { dayStart(), dayStart() + 12 * stepMs };
        for (int step = 0; step < 12; ++step) {
            nothing->total.push_back(pointOf(dayStart() + step * stepMs, false, 0, 0, 0));
        }
        chart.setOverTime(nothing);
        QCOMPARE(chart.emptyText(), QStringLiteral("No latency was recorded for this check in this range"));
        QVERIFY(chart.segments().isEmpty());
        QVERIFY(!rendered(&chart).isNull());
    }

    // Issue 11: "Failures per s..." was all a narrow over-time chart said of its bars. At 800 px
    // wide and any height the window gives it, the axis titles are whole or left out, never cut;
    // the unit stays in the legend.
    void outcomesAxisTitlesAreNeverCut_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("unitOnTheAxis");
        QTest::newRow("800 x 500") << 500 << true;
        QTest::newRow("800 x 300") << 300 << true;
        QTest::newRow("800 x 200") << 200 << false;
        QTest::newRow("800 x 140") << 140 << false;
        QTest::newRow("800 x 100 (the window's least)") << 100 << false;
    }

    void outcomesAxisTitlesAreNeverCut()
    {
        QFETCH(int, height);
        QFETCH(bool, unitOnTheAxis);
        OutcomesOverTimeChart chart;
        chart.setContext(QStringLiteral("last 24 hours"), QStringLiteral("demo"));
        chart.setOverTime(sampleDay());
        chart.resize(800, height);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString perStep = QStringLiteral("Failures per 5 min");
        QTRY_COMPARE(chart.chart()->plotArea().width() > 0, true);
        const QString failures = chart.failureAxis()->titleText();
        const QString ratio = chart.ratioAxis()->titleText();
        QVERIFY2(
            QStringList({ perStep, QStringLiteral("Failures"), QString() }).contains(failures), qPrintable(failures));
        QVERIFY2(QStringList({ QStringLiteral("Success ratio"), QStringLiteral("Success"), QString() }).contains(ratio),
            qPrintable(ratio));
        if (unitOnTheAxis) {
            QCOMPARE(failures, perStep);
            QCOMPARE(ratio, QStringLiteral("Success ratio"));
        }
        // The titles shown are the whole texts: QtCharts' cut ("Failures per s...") shows neither.
        const QStringList texts = sceneTexts(chart);
        for (const QString &title : { failures, ratio }) {
            if (!title.isEmpty()) {
                QVERIFY2(texts.contains(title), qPrintable(texts.join(QLatin1String(" | "))));
            }
        }
        for (const QString &text : texts) {
            const bool cut = text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026));
            QVERIFY2(!cut || !(text.startsWith(QLatin1String("Fail")) || text.startsWith(QLatin1String("Succ"))),
                qPrintable(text));
        }
        // The legend says what the bars count, whatever the axis has room for.
        QCOMPARE(chart.failureSet()->label(), perStep);
        QVERIFY(texts.contains(perStep));
    }

    void outcomesShowAFivePercentFailure()
    {
        OutcomesOverTimeChart chart;
        chart.setOverTime(sampleDay());
        QVERIFY(chart.failureSet());
        QCOMPARE(chart.failureSet()->count(), dayOfSteps);
        QCOMPARE(chart.failureSet()->at(outageFirst), double(runsPerStep));
        QCOMPARE(chart.failureSet()->at(flakyStep), 1.0);
        QCOMPARE(chart.failureSet()->at(10), 0.0);
        // The ratio line breaks where no zone ran.
        QCOMPARE(chart.ratioSegments().size(), 2);
        // A step at 5 % failures stands out: its ratio (95 %) sits well below the top of the ratio axis.
        double flaky = -1;
        for (QLineSeries *segment : chart.ratioSegments()) {
            for (const QPointF &point : segment->points()) {
                if (int(point.x()) == flakyStep) {
                    flaky = point.y();
                }
            }
        }
        QCOMPARE(flaky, 95.0);
        QVERIFY(chart.ratioAxis()->max() > 100 && chart.ratioAxis()->max() < 102);
        // The outage's worst step (10 of 15 runs succeeded) is on the axis too.
        QVERIFY2(chart.ratioAxis()->min() <= 200.0 / 3 && chart.ratioAxis()->min() >= 50,
            qPrintable(QString::number(chart.ratioAxis()->min())));

        const QImage image = rendered(&chart);
        const QRectF plot = chart.chart()->plotArea();
        const Theme theme = Theme::of(&chart);
        // The outage's bars are the failing colour; a good step has none.
        QVERIFY(pixelsNear(image, stepCentre(chart, outageFirst + 5), plot, theme.failing().rgb(), 10) > 10);
        QCOMPARE(pixelsNear(image, stepCentre(chart, 20), plot, theme.failing().rgb(), 10), 0);
        // The success ratio line dips where runs failed.
        const QPointF top = chart.chart()->mapToPosition(QPointF(flakyStep, 100), chart.ratioSegments().constFirst());
        const QPointF dip = chart.chart()->mapToPosition(QPointF(flakyStep, flaky), chart.ratioSegments().constFirst());
        QVERIFY2(dip.y() - top.y() > plot.height() / 10, qPrintable(QString::number(dip.y() - top.y())));
        QVERIFY(chart.caption().contains(QStringLiteral("runs failed")));
        // The ratio axis reads in percent, once.
        QVERIFY2(
            sceneTexts(chart).contains(QStringLiteral("100%")), qPrintable(sceneTexts(chart).join(QLatin1Char('|'))));
    }

    void timelineCellsAreTheStatusColours()
    {
        StateTimelineChart chart;
        chart.setOverTime(sampleDay());
        QCOMPARE(chart.rowLabels(), zoneNames);
        const QImage image = rendered(&chart);
        const Theme theme = Theme::of(&chart);
        const auto at = [&](int row, int step) {
            return image.pixel(stepCentre(chart, step), int(chart.rowRect(row).center().y()));
        };
        QCOMPARE(at(2, outageFirst + 3), chart.cellColour(CheckStatus::GlobalOutage).rgb());
        QCOMPARE(chart.cellColour(CheckStatus::GlobalOutage), theme.failing());
        QCOMPARE(at(2, 20), theme.passing().rgb());
        QCOMPARE(at(1, outageFirst + 3), theme.passing().rgb());
        QCOMPARE(at(0, zoneGapFirst + 3), chart.cellColour(CheckStatus::NoData).rgb());
        QCOMPARE(at(1, (gapFirst + gapEnd) / 2), chart.cellColour(CheckStatus::NoData).rgb());
        QVERIFY(chart.cellColour(CheckStatus::NoData) != theme.passing());
        // Between two rows, the background shows.
        const int between = int((chart.rowRect(0).bottom() + chart.rowRect(1).top()) / 2);
        QCOMPARE(image.pixel(stepCentre(chart, 20), between), theme.background().rgb());

        // The tooltip names the zone, the step's time and the counts.
        const QPointF cell(stepCentre(chart, outageFirst), chart.rowRect(2).center().y());
        const QString tip = chart.toolTipAt(inView(chart, cell).toPoint());
        QVERIFY2(tip.startsWith(QStringLiteral("us-east · 30 Nov 21:30 – 21:35")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("failing: 5 of 5 runs failed")), qPrintable(tip));
    }

    void tooltipsNameTheStep()
    {
        LatencyOverTimeChart latency;
        latency.setOverTime(sampleDay());
        rendered(&latency);
        const QRectF plot = latency.chart()->plotArea();
        QString tip = latency.toolTipAt(inView(latency, QPointF(stepCentre(latency, 0), plot.center().y())).toPoint());
        QVERIFY2(tip.startsWith(QStringLiteral("30 Nov 09:00 – 09:05\np50 ")), qPrintable(tip));
        tip = latency.toolTipAt(inView(latency, QPointF(stepCentre(latency, gapFirst), plot.center().y())).toPoint());
        QVERIFY2(tip.endsWith(QStringLiteral("no samples")), qPrintable(tip));
        // Outside the plot: nothing.
        QVERIFY(latency.toolTipAt(inView(latency, QPointF(2, 2)).toPoint()).isEmpty());

        OutcomesOverTimeChart outcomes;
        outcomes.setOverTime(sampleDay());
        rendered(&outcomes);
        tip = outcomes.toolTipAt(
            inView(outcomes, QPointF(stepCentre(outcomes, outageFirst), outcomes.chart()->plotArea().center().y()))
                .toPoint());
        QVERIFY2(tip.contains(QStringLiteral("5 of 15 runs failed")), qPrintable(tip));
    }

    void dragZoomsIntoWholeSteps()
    {
        LatencyOverTimeChart chart;
        chart.resize(1000, 600);
        chart.setOverTime(sampleDay());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTRY_VERIFY(chart.chart()->plotArea().width() > 500);
        QSignalSpy selected(&chart, &ui::TimeChartWidget::rangeSelected);
        QWidget *viewport = chart.chartView()->viewport();
        const qreal y = chart.chart()->plotArea().center().y();
        // From inside step 100 to inside step 120.
        const QPointF from = inView(chart, QPointF(chart.positionOf(dayStart() + 100 * stepMs + stepMs / 3), y));
        const QPointF to = inView(chart, QPointF(chart.positionOf(dayStart() + 120 * stepMs + stepMs / 2), y));
        sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toLongLong(), dayStart() + 100 * stepMs);
        QCOMPARE(selected.at(0).at(1).toLongLong(), dayStart() + 121 * stepMs);

        // Right to left gives the same kind of range; a click is no zoom.
        sendMouse(viewport, QEvent::MouseButtonPress, to, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, from, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.at(1).at(0).toLongLong(), dayStart() + 100 * stepMs);
        sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, from + QPointF(2, 0), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(selected.size(), 2);

        // Every time chart zooms the same way; a drag past the end stops at the range's end.
        StateTimelineChart timeline;
        timeline.resize(1000, 400);
        timeline.setOverTime(sampleDay());
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QSignalSpy timelineSelected(&timeline, &ui::TimeChartWidget::rangeSelected);
        const QRectF plot = timeline.chart()->plotArea();
        const QPointF start
            = inView(timeline, QPointF(timeline.positionOf(dayStart() + 280 * stepMs + stepMs / 3), plot.center().y()));
        const QPointF beyond = inView(timeline, QPointF(plot.right() + 40, plot.center().y()));
        sendMouse(timeline.chartView()->viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        sendMouse(timeline.chartView()->viewport(), QEvent::MouseButtonRelease, beyond, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(timelineSelected.size(), 1);
        QCOMPARE(timelineSelected.at(0).at(0).toLongLong(), dayStart() + 280 * stepMs);
        QCOMPARE(timelineSelected.at(0).at(1).toLongLong(), dayStart() + dayOfSteps * stepMs);

        // Zoom can be turned off.
        chart.setZoomEnabled(false);
        sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(selected.size(), 2);
    }

    // Hovering one chart moves the tracker of another chart of the same check, as Grafana's
    // shared crosshair does, once the two are connected.
    void trackersLinkAcrossCharts()
    {
        LatencyOverTimeChart latency;
        StateTimelineChart timeline;
        for (ui::TimeChartWidget *chart :
            { static_cast<ui::TimeChartWidget *>(&latency), static_cast<ui::TimeChartWidget *>(&timeline) }) {
            chart->resize(900, 400);
            chart->setOverTime(sampleDay());
            chart->show();
            QVERIFY(QTest::qWaitForWindowExposed(chart));
        }
        ui::TimeChartWidget::linkTrackers({ &latency, &timeline });
        QSignalSpy moved(&latency, &ui::TimeChartWidget::trackerMoved);
        const QPointF over
            = inView(latency, QPointF(stepCentre(latency, 42), latency.chart()->plotArea().center().y()));
        sendMouse(latency.chartView()->viewport(), QEvent::MouseMove, over, Qt::NoButton, Qt::NoButton);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).toLongLong(), dayStart() + 42 * stepMs + stepMs / 2);
        QVERIFY(latency.isTrackerVisible());
        QVERIFY(timeline.isTrackerVisible());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(latency.chartView()->viewport(), &leave);
        QVERIFY(!latency.isTrackerVisible());
        QVERIFY(!timeline.isTrackerVisible());
        // The tracker never reaches an exported image.
        timeline.showTrackerAt(dayStart() + 42 * stepMs);
        QVERIFY(timeline.isTrackerVisible());
        const QImage withTracker = rendered(&timeline);
        QVERIFY(timeline.isTrackerVisible());
        timeline.hideTracker();
        QCOMPARE(withTracker, rendered(&timeline));
    }

    void incidentsList()
    {
        ui::IncidentsList list;
        QCOMPARE(list.emptyText(), QStringLiteral("No incidents in this range"));
        list.setIncidents(sampleDay()->incidents);
        QVERIFY(list.emptyText().isEmpty());
        QTableView *view = list.view();
        QCOMPARE(view->model()->rowCount(), 3);
        // Newest first; the ongoing one says so.
        QCOMPARE(view->model()->index(0, core::IncidentsModel::End).data().toString(), QStringLiteral("ongoing"));
        QCOMPARE(
            view->model()->index(1, core::IncidentsModel::Duration).data().toString(), QStringLiteral("1 h 40 min"));
        QCOMPARE(view->model()->index(1, core::IncidentsModel::Zones).data().toString(), QStringLiteral("us-east"));
        QCOMPARE(view->model()->index(1, core::IncidentsModel::Failures).data().toString(), QStringLiteral("100"));
        // Sorting by duration puts the longest first when descending.
        view->sortByColumn(core::IncidentsModel::Duration, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, core::IncidentsModel::Zones).data().toString(), QStringLiteral("us-east"));
        QSignalSpy activated(&list, &ui::IncidentsList::incidentActivated);
        Q_EMIT view->activated(view->model()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), dayStart() + outageFirst * stepMs);
        list.setIncidents({});
        QCOMPARE(list.emptyText(), QStringLiteral("No incidents in this range"));
    }

    void uptimeChart()
    {
        ui::UptimeChart chart;
        QCOMPARE(chart.emptyText(), QStringLiteral("No check has history in the last 30 days"));
        std::vector<core::CheckTimeline> timelines(3);
        timelines[0].key = QStringLiteral("b-key");
        timelines[0].uptime = { 1.0, 0.9995, 0.998 };
        timelines[1].key = QStringLiteral("a-key");
        timelines[1].uptime = { 0.95, 0.97, std::nan("") };
        timelines[2].key = QStringLiteral("c-key");
        timelines[2].uptime = { 0.999, 0.999, 0.999 };
        chart.setTimelines(timelines, { { QStringLiteral("b-key"), QStringLiteral("billing") } });
        QCOMPARE(chart.checkLabels(),
            (QStringList { QStringLiteral("a-key"), QStringLiteral("billing"), QStringLiteral("c-key") }));
        QCOMPARE(chart.uptimeLabels().at(0),
            (QStringList { QStringLiteral("95.0%"), QStringLiteral("100.0%"), QStringLiteral("99.90%") }));
        QCOMPARE(chart.uptimeLabels().at(2).at(0), QStringLiteral("—"));
        QCOMPARE(chart.barSets().size(), 3);
        QCOMPARE(ui::UptimeChart::uptimeText(0.99951), QStringLiteral("99.95%"));
        QCOMPARE(ui::UptimeChart::uptimeText(0.973), QStringLiteral("97.3%"));
        // Never rounded up to a promise not kept.
        QCOMPARE(ui::UptimeChart::uptimeText(0.99996), QStringLiteral("99.99%"));
        QCOMPARE(ui::UptimeChart::uptimeText(1.0), QStringLiteral("100.0%"));
        QCOMPARE(ui::UptimeChart::uptimeText(0.98999), QStringLiteral("98.9%"));
        QVERIFY(!rendered(&chart).isNull());
    }

    void exportsPngAndSvg()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        LatencyOverTimeChart latency;
        OutcomesOverTimeChart outcomes;
        StateTimelineChart timeline;
        ui::UptimeChart uptime;
        std::vector<core::CheckTimeline> timelines(1);
        timelines[0].key = QStringLiteral("api");
        timelines[0].uptime = { 0.99, 0.995, 0.999 };
        uptime.setTimelines(timelines);
        const std::array<ui::ChartWidget *, 4> charts { &latency, &outcomes, &timeline, &uptime };
        for (ui::ChartWidget *chart : charts) {
            if (auto *timed = qobject_cast<ui::TimeChartWidget *>(chart)) {
                timed->setContext(QStringLiteral("last 24 hours"), QStringLiteral("demo"));
                timed->setOverTime(sampleDay());
            }
            ChartExporter::Options options;
            options.pixelSize = QSize(900, 500);
            const QString base = directory.filePath(chart->objectName());
            QString error;
            QVERIFY2(ChartExporter::savePng(chart, base + QStringLiteral(".png"), options, &error), qPrintable(error));
            QVERIFY2(ChartExporter::saveSvg(chart, base + QStringLiteral(".svg"), options, &error), qPrintable(error));
            const QImage png(base + QStringLiteral(".png"));
            QCOMPARE(png.size(), options.pixelSize);
            QCOMPARE(png.text(QStringLiteral("Title")), chart->exportTitle());
            QVERIFY(isSvg(base + QStringLiteral(".svg")));
        }
        QVERIFY(latency.exportTitle().startsWith(QStringLiteral("api-gateway — latency over time")));
    }

    // Every new chart in light and dark on a realistic day. APPCLACKS_CHART_SHOTS_DIR keeps them.
    void screenshots()
    {
        const tests::ShotsFolder shots;
        QVERIFY(shots.isValid());
        const QString directory = shots.path();
        for (const bool dark : { false, true }) {
            const QString suffix = dark ? QStringLiteral("-dark") : QString();
            LatencyOverTimeChart latency;
            OutcomesOverTimeChart outcomes;
            StateTimelineChart timeline;
            ui::IncidentsList incidents;
            const std::array<ui::TimeChartWidget *, 3> charts { &latency, &outcomes, &timeline };
            for (ui::TimeChartWidget *chart : charts) {
                if (dark) {
                    chart->setPalette(darkPalette());
                }
                chart->setContext(QStringLiteral("last 24 hours"), QStringLiteral("demo"));
                chart->setOverTime(sampleDay());
            }
            ChartExporter::Options options;
            options.pixelSize = QSize(1000, 520);
            const auto save = [&](ui::ExportableView *view, const QString &name) {
                QString error;
                const QString file = directory + QLatin1Char('/') + name + suffix + QStringLiteral(".png");
                QVERIFY2(ChartExporter::savePng(view, file, options, &error), qPrintable(error));
            };
            save(&latency, QStringLiteral("latency-over-time"));
            latency.setZoneMode(LatencyOverTimeChart::ZoneMode::PerZone, LatencyOverTimeChart::Quantile::P95);
            save(&latency, QStringLiteral("latency-over-time-zones"));
            latency.setScale(LatencyOverTimeChart::Scale::Logarithmic);
            save(&latency, QStringLiteral("latency-over-time-zones-log"));
            save(&outcomes, QStringLiteral("outcomes-over-time"));
            options.pixelSize = QSize(1000, 300);
            save(&timeline, QStringLiteral("state-timeline"));
            options.pixelSize = QSize(560, 360);
            save(&latency, QStringLiteral("latency-over-time-narrow"));
            save(&outcomes, QStringLiteral("outcomes-over-time-narrow"));
            if (dark) {
                incidents.setPalette(darkPalette());
            }
            incidents.setIncidents(sampleDay()->incidents);
            incidents.resize(700, 200);
            QVERIFY(incidents.grab().save(directory + QStringLiteral("/incidents") + suffix + QStringLiteral(".png")));
            ui::UptimeChart uptime;
            if (dark) {
                uptime.setPalette(darkPalette());
            }
            std::vector<core::CheckTimeline> timelines(4);
            const std::array<const char *, 4> keys { "api-gateway", "checkout", "dns-corp", "legacy-ftp" };
            const std::array<std::array<double, 3>, 4> uptimes { { { 0.9993, 0.9981, 0.9990 }, { 0.97, 0.991, 0.995 },
                { 1, 1, 0.99995 }, { 0.42, 0.80, 0.93 } } };
            for (std::size_t i = 0; i < keys.size(); ++i) {
                timelines[i].key = QString::fromLatin1(keys[i]);
                timelines[i].uptime = uptimes[i];
            }
            uptime.setContext({}, QStringLiteral("demo"));
            uptime.setTimelines(timelines);
            options.pixelSize = QSize(1000, 520);
            save(&uptime, QStringLiteral("uptime"));
        }
    }
};

QTEST_MAIN(TestTimeCharts)

#include "tst_timecharts.moc"
