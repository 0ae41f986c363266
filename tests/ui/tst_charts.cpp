// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositionparser.h"
#include "core/health/healthformat.h"
#include "core/health/healthsnapshot.h"
#include "core/health/healthstatistics.h"
#include "core/health/histogram.h"
#include "simulator/expositiongenerator.h"
#include "tests/support/chartrendering.h"
#include "ui/charts/chartannotations.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/latencyhistogramchart.h"
#include "ui/charts/outcomeschart.h"
#include "ui/charts/zonescomparisonchart.h"
#include "ui/overviewmatrix.h"
#include "ui/theme/theme.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QPercentBarSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <array>
#include <cmath>
#include <memory>
#include <vector>

using namespace appclacks;
using core::HealthSnapshot;
using tests::darkPalette;
using tests::pixelsUnlike;
using ui::ChartExporter;
using ui::LatencyHistogramChart;
using ui::OutcomesChart;
using ui::OverviewMatrix;
using ui::Theme;
using ui::ZonesComparisonChart;

namespace {

using Snapshot = std::shared_ptr<const HealthSnapshot>;

const QString windowLabel = QStringLiteral("since the prober started");
const QString sourceLabel = QStringLiteral("demo");

QByteArray readCorpus(const QString &name)
{
    QFile file(QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

Snapshot snapshotOf(const QByteArray &text)
{
    const auto result = core::ExpositionParser().parse(text, core::ExpositionParser::detectFormat(text));
    if (!result.ok()) {
        qFatal("test input refused: %s", qPrintable(result.error.toString()));
    }
    return std::make_shared<const HealthSnapshot>(HealthSnapshot::fromDocument(*result.document));
}

Snapshot generated(int checks, int zones, std::uint64_t seed = 7)
{
    simulator::GeneratorOptions options;
    options.checks = checks;
    options.zones = zones;
    options.seed = seed;
    return snapshotOf(simulator::ExpositionGenerator::generate(options));
}

constexpr std::array<const char *, 14> defaultBounds { "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "0.75",
    "1", "2.5", "5", "7.5", "10", "+Inf" };

// One check × zone in Appclacks' format from observations per bucket (not cumulative).
QByteArray zoneSeries(const QByteArray &id, const QByteArray &name, const QByteArray &zone,
    const std::array<int, 14> &perBucket, int failures)
{
    QByteArray text;
    const QByteArray labels = "id=\"" + id + "\", name=\"" + name + "\", zone=\"" + zone + "\"";
    int cumulative = 0;
    for (std::size_t i = 0; i < perBucket.size(); ++i) {
        cumulative += perBucket[i];
        text += "healthcheck_duration_seconds_bucket{" + labels + ", le=\"" + defaultBounds[i] + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    text += "healthcheck_duration_seconds_count{" + labels + "} " + QByteArray::number(cumulative) + '\n';
    text += "healthcheck_total{" + labels + ", status=\"success\"} " + QByteArray::number(cumulative - failures) + '\n';
    text += "healthcheck_total{" + labels + ", status=\"failure\"} " + QByteArray::number(failures) + '\n';
    return text;
}

// docs/UI.md's sketch as data: api-gateway slow in us-west, checkout failing there, dns-corp fast
// everywhere, legacy-ftp failing everywhere beyond the last bucket.
Snapshot demoSnapshot()
{
    QByteArray text;
    text += zoneSeries("8f2c01", "api-gateway", "eu-east", { 0, 0, 20, 310, 590, 60, 12, 4, 2, 1, 1, 0, 0, 0 }, 0);
    text += zoneSeries("8f2c01", "api-gateway", "eu-west", { 0, 0, 35, 420, 470, 50, 15, 6, 2, 1, 0, 0, 0, 0 }, 2);
    text += zoneSeries("8f2c01", "api-gateway", "us-west", { 0, 0, 0, 5, 80, 230, 260, 140, 110, 120, 50, 4, 1, 0 }, 3);
    text += zoneSeries("a7d402", "checkout", "eu-east", { 0, 0, 0, 2, 30, 400, 420, 90, 40, 12, 4, 1, 1, 0 }, 0);
    text += zoneSeries("a7d402", "checkout", "eu-west", { 0, 0, 0, 4, 40, 380, 450, 80, 30, 10, 5, 1, 0, 0 }, 0);
    text += zoneSeries("a7d402", "checkout", "us-west", { 0, 0, 0, 1, 20, 310, 470, 110, 60, 20, 6, 2, 1, 0 }, 31);
    text += zoneSeries("c0ffee", "dns-corp", "eu-east", { 700, 260, 38, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0);
    text += zoneSeries("c0ffee", "dns-corp", "eu-west", { 760, 220, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0);
    text += zoneSeries("c0ffee", "dns-corp", "us-west", { 420, 480, 90, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0);
    text += zoneSeries("f7p003", "legacy-ftp", "eu-east", { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 118 }, 120);
    text += zoneSeries("f7p003", "legacy-ftp", "eu-west", { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 120 }, 120);
    text += zoneSeries("f7p003", "legacy-ftp", "us-west", { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 116 }, 120);
    return snapshotOf(text);
}

QList<double> valuesOf(const QBarSet *set)
{
    QList<double> values;
    for (int i = 0; i < set->count(); ++i) {
        values << set->at(i);
    }
    return values;
}

QList<double> toList(const std::vector<double> &values)
{
    return QList<double>(values.begin(), values.end());
}

QList<double> cumulativeCounts(const std::vector<core::Bucket> &buckets)
{
    QList<double> values;
    for (const core::Bucket &bucket : buckets) {
        values << bucket.count;
    }
    return values;
}

// Where a quantile should sit, worked out here rather than taken from the chart: bucket i spans
// [i, i + 1] and the value is placed linearly between the bucket's bounds.
double expectedPosition(const core::QuantileEstimate &estimate, const std::vector<core::Bucket> &buckets)
{
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (estimate.beyondLastFiniteBucket) {
            return double(buckets.size()) - 0.5;
        }
        if (estimate.value <= buckets[i].upperBound) {
            const double lower = i == 0 ? 0 : buckets[i - 1].upperBound;
            return double(i) + (estimate.value - lower) / (buckets[i].upperBound - lower);
        }
    }
    return -1;
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void themeColours()
    {
        const Theme light { QPalette(Qt::white), QFont() };
        QVERIFY(!light.isDark());
        QCOMPARE(light.zoneColor(0), QColor(QStringLiteral("#0072B2")));
        QCOMPARE(light.zoneColor(1), QColor(QStringLiteral("#56B4E9")));
        QCOMPARE(light.zoneColor(4), QColor(QStringLiteral("#4D4D4D")));
        QVERIFY(light.zoneColor(5) != light.zoneColor(0));
        QCOMPARE(light.passing(), QColor(QStringLiteral("#009E73")));
        QCOMPARE(light.partial(), QColor(QStringLiteral("#E69F00")));
        QCOMPARE(light.failing(), QColor(QStringLiteral("#D55E00")));

        const Theme dark(darkPalette(), QFont());
        QVERIFY(dark.isDark());
        QVERIFY(dark.failing().lightnessF() > light.failing().lightnessF());
        QCOMPARE(dark.failing().hue(), light.failing().hue());

        QCOMPARE(Theme::statusGlyph(core::CheckStatus::Passing), QStringLiteral("●"));
        QCOMPARE(Theme::statusGlyph(core::CheckStatus::PartialOutage), QStringLiteral("◐"));
        QCOMPARE(Theme::statusGlyph(core::CheckStatus::GlobalOutage), QStringLiteral("✖"));
        QVERIFY(!light.statusIcon(core::CheckStatus::GlobalOutage).isNull());

        // A zone keeps its colour across the checks of a snapshot, even where zones are missing.
        const QStringList order = demoSnapshot()->zoneNames;
        QCOMPARE(
            order, (QStringList { QStringLiteral("eu-east"), QStringLiteral("eu-west"), QStringLiteral("us-west") }));
        QCOMPARE(light.zoneColor(order, QStringLiteral("us-west")), light.zoneColor(2));
    }

    // Issue 11: us-west was drawn in the passing green while failing. A zone's colour never
    // shares a hue with a status, in either theme, and ten zones stay apart.
    void zoneColoursNeverReuseAStatusHue()
    {
        for (const Theme &theme : { Theme(QPalette(Qt::white), QFont()), Theme(darkPalette(), QFont()) }) {
            const QList<QColor> statuses { theme.passing(), theme.partial(), theme.failing() };
            QList<QColor> seen;
            for (int index = 0; index < 10; ++index) {
                const QColor zone = theme.zoneColor(index);
                QVERIFY2(!seen.contains(zone), qPrintable(zone.name()));
                seen << zone;
                if (zone.hsvSaturationF() < 0.15) {
                    continue; // a grey has no hue to mistake
                }
                for (const QColor &status : statuses) {
                    const int distance = std::abs(zone.hsvHue() - status.hsvHue());
                    QVERIFY2(std::min(distance, 360 - distance) >= 30,
                        qPrintable(zone.name() + QStringLiteral(" looks like ") + status.name()));
                }
            }
            // Graphite stays visible on a dark background.
            QVERIFY(std::abs(theme.zoneColor(4).lightnessF() - theme.background().lightnessF()) > 0.3);
        }
    }

    void histogramOfTheDocsSample()
    {
        const Snapshot snapshot = snapshotOf(readCorpus(QStringLiteral("appclacks_docs_sample.prom")));
        const QString key = QStringLiteral("cc145703-af98-4c0b-96da-8e06dc934fc7");
        LatencyHistogramChart chart;
        chart.setContext(windowLabel, sourceLabel);
        chart.setSnapshot(snapshot, key);

        const QStringList expected { QStringLiteral("≤ 5 ms"), QStringLiteral("5–10 ms"), QStringLiteral("10–25 ms"),
            QStringLiteral("25–50 ms"), QStringLiteral("50–100 ms"), QStringLiteral("100–250 ms"),
            QStringLiteral("250–500 ms"), QStringLiteral("500–750 ms"), QStringLiteral("750 ms–1 s"),
            QStringLiteral("1–2.5 s"), QStringLiteral("2.5–5 s"), QStringLiteral("5–7.5 s"), QStringLiteral("7.5–10 s"),
            QStringLiteral("> 10 s") };
        QCOMPARE(chart.bucketLabels(), expected);
        // Issue 11: the axis is labelled at the buckets' boundaries, horizontally, where there
        // is room for every one of them.
        chart.layoutChart(QSizeF(1400, 600));
        const QStringList boundaries { QStringLiteral("5 ms"), QStringLiteral("10 ms"), QStringLiteral("25 ms"),
            QStringLiteral("50 ms"), QStringLiteral("100 ms"), QStringLiteral("250 ms"), QStringLiteral("500 ms"),
            QStringLiteral("750 ms"), QStringLiteral("1 s"), QStringLiteral("2.5 s"), QStringLiteral("5 s"),
            QStringLiteral("7.5 s"), QStringLiteral("10 s"), QStringLiteral("> 10 s") };
        QCOMPARE(chart.axisLabels(), boundaries);
        QCOMPARE(chart.latencyAxis()->labelsAngle(), 0);
        QVERIFY(chart.latencyAxis()->isVisible());
        QCOMPARE(chart.latencyAxis()->endValue(QStringLiteral("5 ms")), 0.5); // between buckets 0 and 1
        QCOMPARE(chart.latencyAxis()->endValue(QStringLiteral("> 10 s")), 13.0); // under the last bar

        QCOMPARE(chart.barSets().size(), 1);
        QCOMPARE(valuesOf(chart.barSets().front()), (QList<double> { 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
        QVERIFY(!chart.chart()->legend()->isVisible());

        // All three observations are in (50 ms, 100 ms], the fifth bucket: PromQL interpolates
        // p50 at 75 ms, halfway through it.
        const auto markers = chart.quantileMarkers();
        QCOMPARE(markers.size(), 3);
        QCOMPARE(markers[0].label, QStringLiteral("p50 75 ms"));
        QCOMPARE(markers[0].position, 4.5);
        QCOMPARE(markers[1].position, 4.95);
        QCOMPARE(markers[2].position, 4.99);
        QCOMPARE(chart.annotations()->markers().size(), 3);
        QCOMPARE(chart.annotations()->markers()[0].x, 4.0); // the category axis centres bucket i on i

        QVERIFY(chart.title().contains(QStringLiteral("mcorbin-blog")));
        QVERIFY(chart.title().contains(windowLabel));
        QVERIFY(chart.title().contains(sourceLabel));
        QCOMPARE(chart.title(), QStringLiteral("mcorbin-blog — latency, since the prober started — demo"));
        QCOMPARE(chart.chart()->title(), chart.title());
        QVERIFY(chart.emptyText().isEmpty());

        chart.setCumulative(true);
        QCOMPARE(valuesOf(chart.barSets().front()), (QList<double> { 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }));
        QVERIFY(chart.title().contains(QStringLiteral("cumulative latency")));
        chart.layoutChart(QSizeF(1400, 600));
        QVERIFY2(chart.axisLabels().contains(QStringLiteral("≤ 250 ms")), qPrintable(chart.axisLabels().join(u'|')));
        QCOMPARE(chart.latencyAxis()->endValue(QStringLiteral("≤ 250 ms")), 5.0); // under its bar
        QCOMPARE(chart.quantileMarkers().size(), 3);
    }

    // Issue 11: in a narrow window the boundary labels stay horizontal and never overlap; some
    // are left out, the last one never.
    void histogramAxisLabelsNeverOverlap()
    {
        const Snapshot snapshot = demoSnapshot();
        LatencyHistogramChart chart;
        chart.setSnapshot(snapshot, QStringLiteral("8f2c01"));
        for (const bool cumulative : { false, true }) {
            chart.setCumulative(cumulative);
            for (const qreal width : { 1200.0, 700.0, 480.0, 340.0 }) {
                chart.layoutChart(QSizeF(width, 360));
                QCategoryAxis *axis = chart.latencyAxis();
                const QStringList labels = chart.axisLabels();
                QVERIFY(labels.size() >= 3);
                QCOMPARE(labels.constLast(), cumulative ? QStringLiteral("all") : QStringLiteral("> 10 s"));
                QCOMPARE(axis->labelsAngle(), 0);
                const QFontMetricsF metrics(axis->labelsFont());
                QAbstractSeries *series = chart.chart()->series().constFirst();
                qreal previousRight = -1e9;
                for (const QString &label : labels) {
                    const qreal x = chart.chart()->mapToPosition(QPointF(axis->endValue(label), 0), series).x();
                    const qreal half = metrics.horizontalAdvance(label) / 2;
                    QVERIFY2(x - half > previousRight, qPrintable(QStringLiteral("%1 at %2 px").arg(label).arg(width)));
                    previousRight = x + half;
                }
            }
        }
    }

    void histogramOfCabourotte()
    {
        const Snapshot snapshot = snapshotOf(readCorpus(QStringLiteral("cabourotte_style.prom")));
        const core::CheckHealth *check = snapshot->check(QStringLiteral("api-gateway"));
        QVERIFY(check);
        LatencyHistogramChart chart;
        chart.setSnapshot(snapshot, QStringLiteral("api-gateway"));
        QCOMPARE(chart.bucketLabels().size(), int(check->total.buckets.size()));
        QCOMPARE(valuesOf(chart.barSets().front()), (QList<double> { 0, 0, 4, 47, 67, 2, 0, 0, 0, 1, 0, 0, 0, 1 }));
        QCOMPARE(valuesOf(chart.barSets().front()), toList(core::Histogram::perBucketCounts(check->total.buckets)));

        const auto markers = chart.quantileMarkers();
        QCOMPARE(markers.size(), 3);
        const std::array<double, 3> quantiles { 0.5, 0.95, 0.99 };
        for (std::size_t i = 0; i < quantiles.size(); ++i) {
            const core::QuantileEstimate estimate = core::Histogram::quantile(quantiles[i], check->total.buckets);
            QCOMPARE(markers[qsizetype(i)].quantile, quantiles[i]);
            QCOMPARE(markers[qsizetype(i)].estimate.value, estimate.value);
            QVERIFY(qFuzzyCompare(markers[qsizetype(i)].position, expectedPosition(estimate, check->total.buckets)));
        }
        // p99: rank 120.78 of 122 lands in (1 s, 2.5 s], the tenth bucket, 78% of the way.
        QVERIFY(qFuzzyCompare(markers[2].position, 9.78));
        QVERIFY(markers[2].label.startsWith(QStringLiteral("p99 2.17 s")));

        chart.setCumulative(true);
        QCOMPARE(valuesOf(chart.barSets().front()), cumulativeCounts(check->total.buckets));

        // A quantile beyond the last finite bucket sits inside "> 10 s" and says so.
        const Snapshot demo = demoSnapshot();
        chart.setCumulative(false);
        chart.setSnapshot(demo, QStringLiteral("f7p003"));
        const auto beyond = chart.quantileMarkers();
        QCOMPARE(beyond.size(), 3);
        QCOMPARE(beyond[0].label, QStringLiteral("p50 > 10 s"));
        QCOMPARE(beyond[0].position, 13.5);
        QCOMPARE(chart.annotations()->markers().size(), 1);
        QCOMPARE(chart.annotations()->markers()[0].label, QStringLiteral("p50/p95/p99 > 10 s"));
    }

    void histogramEmptyStates()
    {
        LatencyHistogramChart chart;
        QVERIFY(!chart.emptyText().isEmpty()); // nothing selected yet

        const Snapshot counters
            = snapshotOf(QByteArrayLiteral("healthcheck_total{name=\"ping\",status=\"success\"} "
                                           "5\nhealthcheck_total{name=\"ping\",status=\"failure\"} 0\n"));
        chart.setSnapshot(counters, QStringLiteral("ping"));
        QCOMPARE(chart.emptyText(), QStringLiteral("This check exposes no latency histogram"));
        QVERIFY(chart.barSets().isEmpty());
        QVERIFY(chart.title().startsWith(QStringLiteral("ping — latency")));

        chart.setSnapshot(demoSnapshot(), QStringLiteral("8f2c01"));
        QVERIFY(chart.emptyText().isEmpty());
        chart.setZoneMode(LatencyHistogramChart::ZoneMode::SingleZone, QStringLiteral("ap-south"));
        QVERIFY(chart.emptyText().contains(QStringLiteral("ap-south")));
    }

    void histogramZonesSideBySide()
    {
        const Snapshot snapshot = generated(6, 3);
        const core::CheckHealth &check = snapshot->checks.front();
        QCOMPARE(check.zones.size(), std::size_t(3));
        const QStringList order = snapshot->zoneNames;

        LatencyHistogramChart chart;
        chart.setContext(windowLabel, sourceLabel);
        chart.setSnapshot(snapshot, check.key);
        chart.setZoneMode(LatencyHistogramChart::ZoneMode::ZonesSideBySide);
        const Theme theme = Theme::of(&chart);
        const auto sets = chart.barSets();
        QCOMPARE(sets.size(), 3);
        for (std::size_t z = 0; z < check.zones.size(); ++z) {
            const core::ZoneHealth &zone = check.zones[z];
            QCOMPARE(sets[qsizetype(z)]->label(), zone.zone);
            QCOMPARE(sets[qsizetype(z)]->color(), theme.zoneColor(order, zone.zone));
            QCOMPARE(valuesOf(sets[qsizetype(z)]), toList(core::Histogram::perBucketCounts(zone.buckets)));
        }
        // The legend lists the zones in the bars' order, in their colours.
        QVERIFY(chart.chart()->legend()->isVisible());
        const auto legendMarkers = chart.chart()->legend()->markers();
        QCOMPARE(legendMarkers.size(), 3);
        for (qsizetype i = 0; i < legendMarkers.size(); ++i) {
            QCOMPARE(legendMarkers[i]->label(), check.zones[std::size_t(i)].zone);
            QCOMPARE(legendMarkers[i]->brush().color(), theme.zoneColor(order, check.zones[std::size_t(i)].zone));
        }
        // Markers are the quantiles of all zones together.
        const auto markers = chart.quantileMarkers();
        QCOMPARE(markers.size(), 3);
        QCOMPARE(markers[1].estimate.value, core::Histogram::quantile(0.95, check.total.buckets).value);
        QVERIFY(!chart.caption().isEmpty());

        chart.setCumulative(true);
        QCOMPARE(valuesOf(chart.barSets()[1]), cumulativeCounts(check.zones[1].buckets));

        // One zone: its own bars, its own colour, its own quantiles.
        chart.setCumulative(false);
        const core::ZoneHealth &second = check.zones[1];
        chart.setZoneMode(LatencyHistogramChart::ZoneMode::SingleZone, second.zone);
        QCOMPARE(chart.barSets().size(), 1);
        QCOMPARE(chart.barSets().front()->color(), theme.zoneColor(order, second.zone));
        QCOMPARE(valuesOf(chart.barSets().front()), toList(core::Histogram::perBucketCounts(second.buckets)));
        QCOMPARE(chart.quantileMarkers()[1].estimate.value, core::Histogram::quantile(0.95, second.buckets).value);
        QVERIFY(chart.title().contains(QStringLiteral(" in ") + second.zone));

        chart.setZoneMode(LatencyHistogramChart::ZoneMode::AllZones);
        QCOMPARE(valuesOf(chart.barSets().front()), toList(core::Histogram::perBucketCounts(check.total.buckets)));
    }

    void outcomesPerZone()
    {
        const Snapshot cabourotte = snapshotOf(readCorpus(QStringLiteral("cabourotte_style.prom")));
        OutcomesChart chart;
        chart.setContext(windowLabel, sourceLabel);
        chart.setSnapshot(cabourotte, QStringLiteral("api-gateway"));
        QCOMPARE(chart.zoneLabels(), QStringList { QStringLiteral("—") });
        QCOMPARE(valuesOf(chart.successSet()), QList<double> { 119 });
        QCOMPARE(valuesOf(chart.failureSet()), QList<double> { 3 });
        QCOMPARE(chart.ratioLabels(), QStringList { QStringLiteral("97.5%") });
        QCOMPARE(chart.title(), QStringLiteral("api-gateway — success and failure, since the prober started — demo"));
        const Theme theme = Theme::of(&chart);
        QCOMPARE(chart.successSet()->color(), theme.passing());
        QCOMPARE(chart.failureSet()->color(), theme.failing());

        const Snapshot snapshot = generated(8, 4);
        for (const core::CheckHealth &check : snapshot->checks) {
            chart.setSnapshot(snapshot, check.key);
            QCOMPARE(chart.zoneLabels().size(), qsizetype(check.zones.size()));
            for (std::size_t z = 0; z < check.zones.size(); ++z) {
                const core::ZoneHealth &zone = check.zones[z];
                QCOMPARE(chart.zoneLabels()[qsizetype(z)], zone.zone);
                QCOMPARE(chart.successSet()->at(qsizetype(z)), zone.success);
                QCOMPARE(chart.failureSet()->at(qsizetype(z)), zone.failure);
                QCOMPARE(chart.ratioLabels()[qsizetype(z)],
                    core::HealthFormat::ratio(zone.success / (zone.success + zone.failure)));
            }
        }

        const Snapshot counters = snapshotOf(readCorpus(QStringLiteral("appclacks_docs_sample.prom")));
        chart.setSnapshot(counters, QStringLiteral("cc145703-af98-4c0b-96da-8e06dc934fc7"));
        QCOMPARE(chart.ratioLabels(), QStringList { QStringLiteral("100.0%") });
        QVERIFY(chart.emptyText().isEmpty());
    }

    // Issue 11: 5 % of failures in a zone with many more runs than another was a sliver. On
    // the ratio axis the failing part of a bar is its failure ratio of the plot's height.
    void outcomesMakeAFewFailuresVisible()
    {
        QByteArray text;
        text += zoneSeries("b1", "busy", "eu-east", { 0, 0, 0, 0, 9500, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0);
        text += zoneSeries("b1", "busy", "us-west", { 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 5);
        OutcomesChart chart;
        chart.setSnapshot(snapshotOf(text), QStringLiteral("b1"));
        chart.layoutChart(QSizeF(700, 420));
        QAbstractSeries *series = chart.chart()->series().constFirst();
        QVERIFY(qobject_cast<const QPercentBarSeries *>(series));
        const qreal top = chart.chart()->mapToPosition(QPointF(1, 100), series).y();
        const qreal failing = chart.chart()->mapToPosition(QPointF(1, 95), series).y();
        QVERIFY2(failing - top >= 10, qPrintable(QString::number(failing - top))); // pixels of failures
        QCOMPARE(chart.ratioLabels(), (QStringList { QStringLiteral("100.0%"), QStringLiteral("95.0%") }));
    }

    // Issue 11: the bars of p50, p95 and p99 stand out from the background and from each other
    // in both themes; the legend's swatches are not 6 px specks; value labels never overlap.
    void zonesQuantilesReadInBothThemes()
    {
        for (const Theme &theme : { Theme(QPalette(Qt::white), QFont()), Theme(darkPalette(), QFont()) }) {
            for (int rank = 0; rank < 3; ++rank) {
                QVERIFY2(Theme::contrastRatio(theme.quantileColor(rank), theme.background()) >= 3.0,
                    qPrintable(theme.quantileColor(rank).name()));
            }
            QVERIFY(Theme::contrastRatio(theme.quantileColor(0), theme.quantileColor(1)) >= 1.4);
            QVERIFY(Theme::contrastRatio(theme.quantileColor(1), theme.quantileColor(2)) >= 1.4);
        }
        ZonesComparisonChart chart;
        chart.setPalette(darkPalette());
        const Snapshot snapshot = generated(6, 6);
        for (const core::CheckHealth &check : snapshot->checks) {
            chart.setSnapshot(snapshot, check.key);
            const Theme theme = Theme::of(&chart);
            const auto sets = chart.barSets();
            QCOMPARE(sets.size(), 3);
            for (qsizetype k = 0; k < sets.size(); ++k) {
                QCOMPARE(sets[k]->color(), theme.quantileColor(int(k)));
            }
            const auto markers = chart.chart()->legend()->markers();
            QCOMPARE(markers.size(), 3);
            for (const QLegendMarker *marker : markers) {
                QVERIFY(marker->pen().widthF() >= 4);
                QCOMPARE(marker->pen().color(), marker->brush().color());
            }
            for (const QSizeF size : { QSizeF(1000, 560), QSizeF(420, 300) }) {
                chart.layoutChart(size);
                const auto placed = chart.annotations()->placedLabels();
                for (qsizetype i = 0; i < placed.size(); ++i) {
                    for (qsizetype j = i + 1; j < placed.size(); ++j) {
                        QVERIFY2(!placed[i].first.intersects(placed[j].first),
                            qPrintable(placed[i].second + QStringLiteral(" over ") + placed[j].second));
                    }
                }
            }
        }
    }

    void zonesFlagTheOneThatDisagrees()
    {
        const Snapshot snapshot = demoSnapshot();
        ZonesComparisonChart chart;
        chart.setContext(windowLabel, sourceLabel);
        chart.setSnapshot(snapshot, QStringLiteral("8f2c01"));
        QCOMPARE(chart.zoneLabels(),
            (QStringList { QStringLiteral("eu-east"), QStringLiteral("eu-west"), QStringLiteral("us-west") }));
        const auto sets = chart.barSets();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets[0]->label(), QStringLiteral("p50"));
        QCOMPARE(sets[2]->label(), QStringLiteral("p99"));
        const core::CheckHealth *check = snapshot->check(QStringLiteral("8f2c01"));
        const core::ZoneStatistics &west = check->zones[2].statistics;
        // Below a second everywhere? No: us-west's p99 is above, so the axis is in seconds.
        QCOMPARE(sets[1]->at(2), west.p95.value);

        // Found by core when the snapshot was built; the chart only says it.
        const auto &disagreements = check->disagreements;
        QCOMPARE(disagreements.size(), std::size_t(1));
        QCOMPARE(disagreements[0].zone, QStringLiteral("us-west"));
        QCOMPARE(disagreements[0].kind, core::ZoneDisagreement::Kind::Latency);
        QVERIFY2(chart.caption().contains(QStringLiteral("us-west disagrees: p95 ")), qPrintable(chart.caption()));
        QVERIFY(chart.caption().contains(QStringLiteral(" elsewhere")));
        QCOMPARE(chart.title(), QStringLiteral("api-gateway — zones, since the prober started — demo"));

        // checkout fails only in us-west: its success ratio disagrees, its latency does not.
        chart.setSnapshot(snapshot, QStringLiteral("a7d402"));
        const auto &checkout = snapshot->check(QStringLiteral("a7d402"))->disagreements;
        QCOMPARE(checkout.size(), std::size_t(1));
        QCOMPARE(checkout[0].kind, core::ZoneDisagreement::Kind::Success);
        QVERIFY2(
            chart.caption().contains(QStringLiteral("us-west disagrees: success 96.")), qPrintable(chart.caption()));

        // dns-corp and legacy-ftp behave the same everywhere (badly, for the latter).
        chart.setSnapshot(snapshot, QStringLiteral("c0ffee"));
        QVERIFY(snapshot->check(QStringLiteral("c0ffee"))->disagreements.empty());
        QVERIFY(!chart.caption().contains(QStringLiteral("disagrees")));
        chart.setSnapshot(snapshot, QStringLiteral("f7p003"));
        QVERIFY(snapshot->check(QStringLiteral("f7p003"))->disagreements.empty());
        QCOMPARE(chart.ratioLabels(), QStringList(3, QStringLiteral("0.0%")));

        // With two zones, the slow one still stands out against the other.
        QByteArray two;
        two += zoneSeries("b1", "search", "eu-west", { 0, 0, 0, 50, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0);
        two += zoneSeries("b1", "search", "us-west", { 0, 0, 0, 0, 0, 0, 50, 50, 0, 0, 0, 0, 0, 0 }, 0);
        const Snapshot pair = snapshotOf(two);
        const auto &found = pair->checks.front().disagreements;
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].zone, QStringLiteral("us-west"));
    }

    void overviewMatrix()
    {
        const Snapshot snapshot = generated(12, 4);
        OverviewMatrix matrix;
        matrix.setContext(windowLabel, sourceLabel);
        matrix.setSnapshot(snapshot);
        matrix.resize(900, 640);
        matrix.show();
        QVERIFY(QTest::qWaitForWindowExposed(&matrix));

        QTableView *view = matrix.view();
        QCOMPARE(view->model()->rowCount(), int(snapshot->checks.size()));
        QCOMPARE(view->model()->columnCount(), int(snapshot->zoneNames.size()));
        QCOMPARE(view->model()->columnCount(), 4);
        QVERIFY(matrix.title().contains(windowLabel));

        // Worst first, as the checks list.
        int previousRank = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const auto status
                = core::CheckStatus(view->model()->headerData(row, Qt::Vertical, core::StatusRole).toInt());
            const int rank = core::severityOf(status);
            QVERIFY(rank >= previousRank);
            previousRank = rank;
        }

        const QModelIndex cell = view->model()->index(2, 1);
        const core::CheckHealth *check = snapshot->check(matrix.model()->checkKey(2));
        QVERIFY(check);
        const core::ZoneHealth *zone = check->zone(matrix.model()->zone(1));
        QVERIFY(zone);
        QCOMPARE(cell.data().toString(), core::HealthFormat::ratio(zone->success / (zone->success + zone->failure)));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(check->name));
        QVERIFY(!cell.data(Qt::AccessibleTextRole).toString().isEmpty());
        QVERIFY(!matrix.accessibleName().isEmpty());
        QVERIFY(!view->accessibleName().isEmpty());

        QSignalSpy activated(&matrix, &OverviewMatrix::cellActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), check->key);
        QCOMPARE(activated.at(0).at(1).toString(), zone->zone);

        // The keyboard gets there too: arrows move between cells, Enter opens one.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex(), view->model()->index(1, 1));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), matrix.model()->checkKey(1));
        QCOMPARE(activated.at(1).at(1).toString(), matrix.model()->zone(1));
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(activated.size(), 3);

        matrix.setMetric(OverviewMatrix::Metric::P95);
        QCOMPARE(cell.data().toString(), core::HealthFormat::quantile(zone->statistics.p95));
        QVERIFY(matrix.title().contains(QStringLiteral("p95")));
    }

    void overviewMatrixMissingZones()
    {
        // A check probed from fewer zones than the others leaves empty, inert cells.
        QByteArray text;
        text += zoneSeries("a1", "everywhere", "eu-west", { 0, 0, 0, 50, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0);
        text += zoneSeries("a1", "everywhere", "us-west", { 0, 0, 0, 50, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0);
        text += zoneSeries("b2", "europe-only", "eu-west", { 0, 0, 0, 50, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 5);
        OverviewMatrix matrix;
        matrix.setSnapshot(snapshotOf(text));
        QCOMPARE(matrix.model()->rowCount(), 2);
        QCOMPARE(matrix.model()->checkKey(0), QStringLiteral("b2")); // failing, so first
        const QModelIndex missing = matrix.model()->indexOf(QStringLiteral("b2"), QStringLiteral("us-west"));
        QVERIFY(missing.isValid());
        QCOMPARE(matrix.model()->flags(missing), Qt::NoItemFlags);
        QSignalSpy activated(&matrix, &OverviewMatrix::cellActivated);
        matrix.resize(600, 300);
        matrix.show();
        QVERIFY(QTest::qWaitForWindowExposed(&matrix));
        QTest::mouseClick(matrix.view()->viewport(), Qt::LeftButton, {}, matrix.view()->visualRect(missing).center());
        QCOMPARE(activated.size(), 0);
    }

    void exportPng()
    {
        LatencyHistogramChart chart;
        chart.setContext(windowLabel, sourceLabel);
        chart.setSnapshot(demoSnapshot(), QStringLiteral("8f2c01"));
        chart.setZoneMode(LatencyHistogramChart::ZoneMode::ZonesSideBySide);

        ChartExporter::Options options;
        options.pixelSize = QSize(900, 560);
        const QImage image = ChartExporter::toImage(&chart, options);
        QCOMPARE(image.size(), QSize(900, 560));
        const QRgb background = Theme::of(&chart).background().rgba();
        QCOMPARE(image.pixel(0, 0), background);
        const qsizetype drawn = pixelsUnlike(image, background);
        QVERIFY2(drawn > 900 * 560 / 50, qPrintable(QString::number(drawn)));

        // Twice the pixels, the same layout.
        options.scale = 2;
        options.pixelSize = QSize(1800, 1120);
        const QImage sharp = ChartExporter::toImage(&chart, options);
        QCOMPARE(sharp.size(), QSize(1800, 1120));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(pixelsUnlike(sharp, background) > drawn * 3);

        options.scale = 1;
        options.pixelSize = QSize(640, 400);
        options.transparentBackground = true;
        const QImage clear = ChartExporter::toImage(&chart, options);
        QCOMPARE(qAlpha(clear.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(clear.pixel(639, 399)), 0);
        QVERIFY(pixelsUnlike(clear, qRgba(0, 0, 0, 0)) > 640 * 400 / 50);

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("histogram.png"));
        options.transparentBackground = false;
        QString error;
        QVERIFY2(ChartExporter::savePng(&chart, path, options, &error), qPrintable(error));
        const QImage saved(path);
        QCOMPARE(saved.size(), QSize(640, 400));
        QVERIFY(
            !ChartExporter::savePng(&chart, directory.filePath(QStringLiteral("missing/dir/x.png")), options, &error));
        QVERIFY(!error.isEmpty());

        // The overview matrix, never shown, exports the same way.
        OverviewMatrix matrix;
        matrix.setContext(windowLabel, sourceLabel);
        matrix.setSnapshot(demoSnapshot());
        options.pixelSize = QSize(700, 320);
        const QImage overview = ChartExporter::toImage(&matrix, options);
        QCOMPARE(overview.size(), QSize(700, 320));
        QVERIFY(pixelsUnlike(overview, overview.pixel(0, 0)) > 700 * 320 / 50);
    }

    void exportKeepsTheScreenLayout()
    {
        OutcomesChart chart;
        chart.setSnapshot(demoSnapshot(), QStringLiteral("a7d402"));
        chart.resize(700, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QRectF plotBefore = chart.chart()->plotArea();
        ChartExporter::Options options;
        options.pixelSize = QSize(1400, 900);
        QCOMPARE(ChartExporter::toImage(&chart, options).size(), QSize(1400, 900));
        QCOMPARE(chart.chart()->plotArea(), plotBefore);
        QCOMPARE(chart.chart()->size(), QSizeF(chart.chartView()->size()));
    }

    void exportSvg()
    {
        ZonesComparisonChart chart;
        chart.setContext(windowLabel, sourceLabel);
        chart.setSnapshot(demoSnapshot(), QStringLiteral("8f2c01"));
        ChartExporter::Options options;
        options.pixelSize = QSize(960, 600);
        const QByteArray svg = ChartExporter::toSvg(&chart, options);
        QVERIFY(!svg.isEmpty());

        QXmlStreamReader xml(svg);
        bool sawSvg = false;
        QString title;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("svg")) {
                sawSvg = true;
                QVERIFY(xml.attributes().hasAttribute(QStringLiteral("width")));
                QVERIFY(xml.attributes().hasAttribute(QStringLiteral("height")));
                QCOMPARE(xml.attributes().value(QStringLiteral("viewBox")).toString(), QStringLiteral("0 0 960 600"));
            } else if (xml.name() == QLatin1String("title")) {
                title = xml.readElementText();
            } else if (xml.name() == QLatin1String("text")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QCOMPARE(title, chart.title());
        // The picture itself carries the title, the axes' labels and the legend, as text.
        QVERIFY2(text.contains(QStringLiteral("api-gateway")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("demo")));
        QVERIFY(text.contains(QStringLiteral("p95")));
        QVERIFY(text.contains(QStringLiteral("us-west")));

        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("zones.svg"));
        QString error;
        QVERIFY2(ChartExporter::saveSvg(&chart, path, options, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), svg);
    }

    void copyToClipboard()
    {
        LatencyHistogramChart chart;
        chart.setSnapshot(demoSnapshot(), QStringLiteral("c0ffee"));
        ChartExporter::Options options;
        options.pixelSize = QSize(500, 300);
        ChartExporter::copyToClipboard(&chart, options);
        QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(500, 300));
    }

    void darkTheme()
    {
        LatencyHistogramChart chart;
        chart.setPalette(darkPalette());
        chart.setSnapshot(demoSnapshot(), QStringLiteral("8f2c01"));
        const Theme theme = Theme::of(&chart);
        QVERIFY(theme.isDark());
        QCOMPARE(chart.chart()->backgroundBrush().color(), theme.background());
        QCOMPARE(chart.chart()->titleBrush().color(), theme.text());
        ChartExporter::Options options;
        options.pixelSize = QSize(400, 300);
        QCOMPARE(ChartExporter::toImage(&chart, options).pixel(0, 0), theme.background().rgba());
    }

    // Every chart in light and dark renders to a PNG file. APPCLACKS_CHART_SHOTS_DIR=/tmp/chart-shots
    // keeps the pictures to look at; otherwise they go to a temporary folder.
    void screenshots()
    {
        const tests::ShotsFolder shots;
        QVERIFY(shots.isValid());
        const QString directory = shots.path();
        const Snapshot demo = demoSnapshot();
        const Snapshot generatedSnapshot = generated(14, 4, 3);
        ChartExporter::Options options;
        options.pixelSize = QSize(800, 500);
        auto save = [&](appclacks::ui::ExportableView *widget, const QString &name) {
            QString error;
            const QString file = directory + QLatin1Char('/') + name + QStringLiteral(".png");
            QVERIFY2(ChartExporter::savePng(widget, file, options, &error), qPrintable(error));
            QCOMPARE(QImage(file).size(), options.pixelSize);
        };
        for (const bool dark : { false, true }) {
            const QString suffix = dark ? QStringLiteral("-dark") : QString();
            LatencyHistogramChart histogram;
            if (dark) {
                histogram.setPalette(darkPalette());
            }
            histogram.setContext(windowLabel, sourceLabel);
            histogram.setSnapshot(demo, QStringLiteral("8f2c01"));
            save(&histogram, QStringLiteral("histogram-all") + suffix);
            histogram.setZoneMode(LatencyHistogramChart::ZoneMode::ZonesSideBySide);
            save(&histogram, QStringLiteral("histogram-zones") + suffix);
            if (dark) {
                continue;
            }
            histogram.setZoneMode(LatencyHistogramChart::ZoneMode::SingleZone, QStringLiteral("us-west"));
            save(&histogram, QStringLiteral("histogram-us-west"));
            histogram.setZoneMode(LatencyHistogramChart::ZoneMode::AllZones);
            histogram.setCumulative(true);
            save(&histogram, QStringLiteral("histogram-cumulative"));
            histogram.setCumulative(false);
            histogram.setSnapshot(demo, QStringLiteral("f7p003"));
            save(&histogram, QStringLiteral("histogram-beyond"));
            histogram.setSnapshot(
                snapshotOf(readCorpus(QStringLiteral("cabourotte_style.prom"))), QStringLiteral("api-gateway"));
            save(&histogram, QStringLiteral("histogram-cabourotte"));
            histogram.setSnapshot(generatedSnapshot, generatedSnapshot->checks[3].key);
            histogram.setZoneMode(LatencyHistogramChart::ZoneMode::ZonesSideBySide);
            save(&histogram, QStringLiteral("histogram-generated"));
            const Snapshot counters
                = snapshotOf(QByteArrayLiteral("healthcheck_total{name=\"ping\",status=\"success\"} 5\n"));
            histogram.setSnapshot(counters, QStringLiteral("ping"));
            save(&histogram, QStringLiteral("histogram-empty"));
        }
        for (const bool dark : { false, true }) {
            const QString suffix = dark ? QStringLiteral("-dark") : QString();
            OutcomesChart outcomes;
            ZonesComparisonChart zones;
            OverviewMatrix matrix;
            if (dark) {
                outcomes.setPalette(darkPalette());
                zones.setPalette(darkPalette());
                matrix.setPalette(darkPalette());
            }
            outcomes.setContext(windowLabel, sourceLabel);
            outcomes.setSnapshot(demo, QStringLiteral("a7d402"));
            save(&outcomes, QStringLiteral("outcomes") + suffix);
            zones.setContext(windowLabel, sourceLabel);
            zones.setSnapshot(demo, QStringLiteral("8f2c01"));
            save(&zones, QStringLiteral("zones") + suffix);
            QString error;
            QVERIFY2(ChartExporter::saveSvg(&zones,
                         directory + QStringLiteral("/zones") + suffix + QStringLiteral(".svg"), options, &error),
                qPrintable(error));
            matrix.setContext(windowLabel, sourceLabel);
            matrix.setSnapshot(demo);
            save(&matrix, QStringLiteral("overview") + suffix);
            if (dark) {
                continue;
            }
            zones.setSnapshot(demo, QStringLiteral("a7d402"));
            save(&zones, QStringLiteral("zones-checkout"));
            zones.setSnapshot(demo, QStringLiteral("c0ffee"));
            save(&zones, QStringLiteral("zones-dns"));
            outcomes.setSnapshot(generatedSnapshot, generatedSnapshot->checks[5].key);
            save(&outcomes, QStringLiteral("outcomes-generated"));
            matrix.setSnapshot(generatedSnapshot);
            save(&matrix, QStringLiteral("overview-generated"));
            matrix.setMetric(OverviewMatrix::Metric::P95);
            save(&matrix, QStringLiteral("overview-generated-p95"));
        }
        options.pixelSize = QSize(1200, 700);
        LatencyHistogramChart wide;
        wide.setContext(windowLabel, sourceLabel);
        wide.setSnapshot(demo, QStringLiteral("8f2c01"));
        save(&wide, QStringLiteral("histogram-1200"));
        options.pixelSize = QSize(1600, 1000);
        options.scale = 2;
        save(&wide, QStringLiteral("histogram-hidpi"));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
