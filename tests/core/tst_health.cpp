// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositionparser.h"
#include "core/exposition/prometheusnumber.h"
#include "core/health/healthformat.h"
#include "core/health/healthsnapshot.h"
#include "core/health/healthstatistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <limits>

using namespace appclacks::core;

Q_DECLARE_METATYPE(std::vector<appclacks::core::Bucket>)

namespace {

const QString dataDir = QStringLiteral(APPCLACKS_TEST_DATA_DIR);
constexpr double inf = std::numeric_limits<double>::infinity();

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

HealthSnapshot snapshotOf(const QByteArray &text, const HealthOptions &options = {})
{
    const auto result = ExpositionParser().parse(text, ExpositionParser::detectFormat(text));
    if (!result.ok()) {
        qFatal("test input refused: %s", qPrintable(result.error.toString()));
    }
    return HealthSnapshot::fromDocument(*result.document, options);
}

double jsonNumber(const QJsonValue &value)
{
    if (value.isString()) {
        const QByteArray text = value.toString().toLatin1();
        return parsePrometheusFloat(std::string_view(text.constData(), std::size_t(text.size()))).value;
    }
    return value.toDouble();
}

// Bit-exact comparison: PromQL's answers are compared as numbers, not "close enough".
bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// An Appclacks-style exposition for one check across zones, buckets in the default layout.
QByteArray appclacksCheck(const QString &id, const QString &name, const QList<QPair<QString, QList<int>>> &zones,
    const QList<QPair<int, int>> &outcomes)
{
    static const QStringList bounds { QStringLiteral("0.1"), QStringLiteral("0.5"), QStringLiteral("1"),
        QStringLiteral("+Inf") };
    QByteArray text;
    for (qsizetype z = 0; z < zones.size(); ++z) {
        const auto &[zone, counts] = zones.at(z);
        for (qsizetype b = 0; b < bounds.size(); ++b) {
            text += QStringLiteral(
                "healthcheck_duration_seconds_bucket{id=\"%1\", le=\"%2\", name=\"%3\", zone=\"%4\"} %5\n")
                        .arg(id, bounds.at(b), name, zone)
                        .arg(counts.at(b))
                        .toUtf8();
        }
        text += QStringLiteral("healthcheck_total{id=\"%1\", name=\"%2\", status=\"success\", zone=\"%3\"} %4\n")
                    .arg(id, name, zone)
                    .arg(outcomes.at(z).first)
                    .toUtf8();
        text += QStringLiteral("healthcheck_total{id=\"%1\", name=\"%2\", status=\"failure\", zone=\"%3\"} %4\n")
                    .arg(id, name, zone)
                    .arg(outcomes.at(z).second)
                    .toUtf8();
    }
    return text;
}

} // namespace

class TestHealth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void duplicateSeriesAreRefusedNeverDoubleCounted_data();
    void duplicateSeriesAreRefusedNeverDoubleCounted();
    void negativeOrNaNCountersAreFlagged_data();
    void negativeOrNaNCountersAreFlagged();
    void nonNumericLeIsFlagged();
    void quantileMatchesPromQL_data();
    void quantileMatchesPromQL();
    void quantileIsBucketHonest();
    void shareAtOrBelowThreshold();

    void appclacksDocsSample();
    void cabourotteStyle();
    void otherExportersHaveNoChecks_data();
    void otherExportersHaveNoChecks();
    void zoneLabelIsConfigurable();
    void histogramProblems_data();
    void histogramProblems();
    void totalSumsBucketsByLe();
    void outageRule_data();
    void outageRule();
    void increaseFollowsCounterResets();
    void increaseReportsSeriesThatComeAndGo();

    void durationsReadAsUiSays_data();
    void durationsReadAsUiSays();
    void quantileText();
};

void TestHealth::quantileMatchesPromQL_data()
{
    QTest::addColumn<std::vector<Bucket>>("buckets");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    // Each reference value was computed by Prometheus 2.42's promtool (`test rules`) on the same
    // buckets: tests/tools/gen_quantile_references.sh, see tests/data/health/README.md.
    QFile file(dataDir + QStringLiteral("/health/quantile_references.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray references = QJsonDocument::fromJson(file.readAll()).array();
    QSet<QString> cases;
    for (const auto &value : references) {
        const QJsonObject reference = value.toObject();
        std::vector<Bucket> buckets;
        for (const auto &bucketValue : reference.value(QLatin1String("buckets")).toArray()) {
            const QJsonObject bucket = bucketValue.toObject();
            const QByteArray le = bucket.value(QLatin1String("le")).toString().toLatin1();
            const ParsedNumber bound = parsePrometheusFloat(std::string_view(le.constData(), std::size_t(le.size())));
            if (bound.error != NumberError::None) {
                continue; // PromQL skips a bucket whose le is not a number, and so does the snapshot
            }
            buckets.push_back({ bound.value, jsonNumber(bucket.value(QLatin1String("count"))) });
        }
        const QJsonValue expected = reference.value(QLatin1String("expected"));
        const QString caseName = reference.value(QLatin1String("case")).toString();
        cases.insert(caseName);
        const double q = reference.value(QLatin1String("q")).toDouble();
        // PromQL returns no sample at all for no series; for us that is "no quantile" (NaN).
        const double want = expected.isNull() ? std::nan("") : jsonNumber(expected);
        QTest::addRow("%s q=%g", qPrintable(caseName), q) << buckets << q << want;
    }
    QVERIFY(cases.size() >= 30);
}

void TestHealth::quantileMatchesPromQL()
{
    QFETCH(std::vector<Bucket>, buckets);
    QFETCH(double, q);
    QFETCH(double, expected);
    const double actual = Histogram::quantile(q, buckets).value;
    QVERIFY2(sameNumber(actual, expected),
        qPrintable(QStringLiteral("got %1, PromQL says %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void TestHealth::quantileIsBucketHonest()
{
    const std::vector<Bucket> buckets { { 0.25, 10 }, { 0.5, 90 }, { 10, 95 }, { inf, 100 } };
    const QuantileEstimate p50 = Histogram::quantile(0.5, buckets);
    QCOMPARE(p50.lowerBound, 0.25);
    QCOMPARE(p50.upperBound, 0.5);
    QVERIFY(!p50.beyondLastFiniteBucket);
    QCOMPARE(p50.value, 0.25 + 0.25 * (40.0 / 80.0));

    const QuantileEstimate p99 = Histogram::quantile(0.99, buckets);
    QVERIFY(p99.beyondLastFiniteBucket);
    QCOMPARE(p99.value, 10.0); // what PromQL returns: the highest finite bound
    QCOMPARE(HealthFormat::quantile(p99), QStringLiteral("> 10 s"));
    QCOMPARE(HealthFormat::quantileBounds(p99), QStringLiteral("more than 10 s (beyond the last bucket)"));
    QCOMPARE(HealthFormat::quantileBounds(p50), QStringLiteral("between 250 ms and 500 ms"));

    const QuantileEstimate first = Histogram::quantile(0.05, buckets);
    QCOMPARE(first.lowerBound, 0.0); // the first bucket starts at 0 when its bound is positive
    QCOMPARE(first.upperBound, 0.25);
}

void TestHealth::shareAtOrBelowThreshold()
{
    const std::vector<Bucket> buckets { { 0.1, 20 }, { 0.5, 60 }, { 1, 80 }, { inf, 100 } };
    const ThresholdShare exact = Histogram::shareAtOrBelow(0.5, buckets);
    QVERIFY(exact.exact);
    QCOMPARE(exact.share, 0.6);

    const ThresholdShare interpolated = Histogram::shareAtOrBelow(0.3, buckets);
    QVERIFY(!interpolated.exact);
    QCOMPARE(interpolated.share, 0.4); // halfway from 20 to 60 observations

    const ThresholdShare first = Histogram::shareAtOrBelow(0.05, buckets);
    QCOMPARE(first.share, 0.1);

    const ThresholdShare beyond = Histogram::shareAtOrBelow(5, buckets);
    QVERIFY(!beyond.exact);
    QCOMPARE(beyond.share, 0.8); // only what is certain: the share at the last finite bound

    QVERIFY(std::isnan(Histogram::shareAtOrBelow(0.5, std::vector<Bucket> { { 0.5, 3 } }).share));
}

void TestHealth::appclacksDocsSample()
{
    const HealthSnapshot snapshot
        = snapshotOf(readFile(dataDir + QStringLiteral("/corpus/appclacks_docs_sample.prom")));
    QCOMPARE(snapshot.checks.size(), std::size_t(1));
    const CheckHealth &check = snapshot.checks.front();
    QCOMPARE(check.key, QStringLiteral("cc145703-af98-4c0b-96da-8e06dc934fc7"));
    QCOMPARE(check.id, check.key);
    QCOMPARE(check.name, QStringLiteral("mcorbin-blog"));
    QCOMPARE(check.zones.size(), std::size_t(1));
    const ZoneHealth &zone = check.zones.front();
    QCOMPARE(zone.zone, QStringLiteral("fr-par-1"));
    // `le` comes in string order in the file; buckets are sorted numerically with +Inf last.
    QCOMPARE(zone.buckets.size(), std::size_t(14));
    for (std::size_t i = 1; i < zone.buckets.size(); ++i) {
        QVERIFY(zone.buckets[i - 1].upperBound < zone.buckets[i].upperBound);
    }
    QCOMPARE(zone.buckets[9].upperBound, 2.5);
    QCOMPARE(zone.buckets.back().upperBound, inf);
    QVERIFY(!zone.sum && !zone.count); // the documented sample has neither
    QVERIFY(zone.hasOutcomes);
    QCOMPARE(zone.success, 3.0);
    QCOMPARE(zone.failure, 0.0);
    QVERIFY(!zone.problems);
    QCOMPARE(check.status, CheckStatus::Passing);

    const ZoneStatistics statistics = (check.total).statistics;
    QCOMPARE(statistics.p50.value, 0.05 + 0.05 * 0.5); // three observations in (50 ms, 100 ms]
    QCOMPARE(statistics.successRatio, 1.0);
    QVERIFY(std::isnan(statistics.meanSeconds));
    QCOMPARE(statistics.observations, 3.0);
}

void TestHealth::cabourotteStyle()
{
    const HealthSnapshot snapshot = snapshotOf(readFile(dataDir + QStringLiteral("/corpus/cabourotte_style.prom")));
    QCOMPARE(snapshot.checks.size(), std::size_t(2));
    QCOMPARE(snapshot.otherFamilies, 2); // Cabourotte's own HTTP histogram and result_chan_size
    const CheckHealth &api = snapshot.checks[0];
    QCOMPARE(api.key, QStringLiteral("api-gateway")); // no id label: the name is the key
    QVERIFY(api.id.isEmpty());
    QCOMPARE(api.zones.size(), std::size_t(1));
    QVERIFY(api.zones.front().zone.isEmpty());
    QCOMPARE(HealthFormat::zone(api.zones.front().zone), QStringLiteral("—"));
    QCOMPARE(*api.zones.front().sum, 19.734);
    QCOMPARE(*api.zones.front().count, 122.0);
    QCOMPARE(api.zones.front().success, 119.0);
    QCOMPARE(api.zones.front().failure, 3.0);
    QCOMPARE(api.status, CheckStatus::GlobalOutage); // its only zone failed
    const ZoneStatistics statistics = (api.total).statistics;
    QCOMPARE(statistics.meanSeconds, 19.734 / 122);
    QCOMPARE(statistics.successRatio, 119.0 / 122.0);
    QCOMPARE(snapshot.checks[1].key, QStringLiteral("dns-corp"));
    QCOMPARE(snapshot.checks[1].status, CheckStatus::Passing);
}

void TestHealth::otherExportersHaveNoChecks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("families");
    QTest::newRow("prometheus") << "prometheus_self_metrics.prom" << 169;
    QTest::newRow("blackbox exporter") << "blackbox_exporter_metrics.prom" << 44;
    QTest::newRow("blackbox probe") << "blackbox_probe_success.prom" << 13;
}

void TestHealth::otherExportersHaveNoChecks()
{
    QFETCH(QString, file);
    QFETCH(int, families);
    const HealthSnapshot snapshot = snapshotOf(readFile(dataDir + QStringLiteral("/corpus/") + file));
    QVERIFY(snapshot.checks.empty());
    QCOMPARE(snapshot.otherFamilies, families);
}

void TestHealth::zoneLabelIsConfigurable()
{
    const QByteArray text = "healthcheck_total{name=\"web\",region=\"eu\",status=\"success\"} 5\n"
                            "healthcheck_total{name=\"web\",region=\"us\",status=\"success\"} 7\n"
                            "healthcheck_total{name=\"web\",region=\"us\",status=\"failure\"} 1\n";
    const HealthSnapshot byDefault = snapshotOf(text);
    QCOMPARE(byDefault.checks.front().zones.size(), std::size_t(1)); // no `zone` label: one zone "—"
    QCOMPARE(byDefault.checks.front().extraLabels.size(), 1);
    QCOMPARE(byDefault.checks.front().extraLabels.front().first, QStringLiteral("region"));

    HealthOptions options;
    options.zoneLabel = QStringLiteral("region");
    const HealthSnapshot byRegion = snapshotOf(text, options);
    const CheckHealth &check = byRegion.checks.front();
    QCOMPARE(check.zones.size(), std::size_t(2));
    QCOMPARE(check.zones[0].zone, QStringLiteral("eu"));
    QCOMPARE(check.zones[1].failure, 1.0);
    QCOMPARE(check.total.success, 12.0);
    QCOMPARE(check.status, CheckStatus::PartialOutage);
}

void TestHealth::histogramProblems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("problem");
    QTest::newRow("no +Inf") << QByteArray("healthcheck_duration_seconds_bucket{name=\"a\",le=\"1\"} 1\n")
                             << int(HistogramProblem::MissingInfBucket);
    QTest::newRow("non-monotonic") << QByteArray("healthcheck_duration_seconds_bucket{name=\"a\",le=\"1\"} 5\n"
                                                 "healthcheck_duration_seconds_bucket{name=\"a\",le=\"2\"} 3\n"
                                                 "healthcheck_duration_seconds_bucket{name=\"a\",le=\"+Inf\"} 5\n")
                                   << int(HistogramProblem::NonMonotonic);
    QTest::newRow("count mismatch") << QByteArray("healthcheck_duration_seconds_bucket{name=\"a\",le=\"+Inf\"} 5\n"
                                                  "healthcheck_duration_seconds_count{name=\"a\"} 6\n")
                                    << int(HistogramProblem::CountMismatch);
    QTest::newRow("negative") << QByteArray("healthcheck_duration_seconds_bucket{name=\"a\",le=\"1\"} -1\n"
                                            "healthcheck_duration_seconds_bucket{name=\"a\",le=\"+Inf\"} 5\n")
                              << int(HistogramProblem::NegativeOrNaNCount);
    QTest::newRow("NaN") << QByteArray("healthcheck_duration_seconds_bucket{name=\"a\",le=\"1\"} NaN\n"
                                       "healthcheck_duration_seconds_bucket{name=\"a\",le=\"+Inf\"} 5\n")
                         << int(HistogramProblem::NegativeOrNaNCount);
    QTest::newRow("layouts differ") << QByteArray(
        "healthcheck_duration_seconds_bucket{name=\"a\",le=\"1\",zone=\"x\"} 1\n"
        "healthcheck_duration_seconds_bucket{name=\"a\",le=\"+Inf\",zone=\"x\"} 2\n"
        "healthcheck_duration_seconds_bucket{name=\"a\",le=\"2\",zone=\"y\"} 1\n"
        "healthcheck_duration_seconds_bucket{name=\"a\",le=\"+Inf\",zone=\"y\"} 2\n")
                                    << int(HistogramProblem::LayoutDiffersAcrossZones);
}

void TestHealth::histogramProblems()
{
    QFETCH(QByteArray, text);
    QFETCH(int, problem);
    const HealthSnapshot snapshot = snapshotOf(text);
    QCOMPARE(snapshot.checks.size(), std::size_t(1));
    const CheckHealth &check = snapshot.checks.front();
    QVERIFY2(check.problems.testFlag(HistogramProblem(problem)), qPrintable(HealthFormat::problems(check.problems)));
    QVERIFY(!HealthFormat::problems(check.problems).isEmpty());
    // Never a crash and never an invented number: the statistics are what PromQL would say.
    const ZoneStatistics statistics = (check.total).statistics;
    if (problem == int(HistogramProblem::MissingInfBucket)) {
        QVERIFY(!statistics.p50.isValid());
    }
}

void TestHealth::totalSumsBucketsByLe()
{
    const HealthSnapshot snapshot = snapshotOf(appclacksCheck(QStringLiteral("c1"), QStringLiteral("shop"),
        { { QStringLiteral("eu-west"), { 1, 5, 9, 10 } }, { QStringLiteral("us-west"), { 0, 2, 2, 4 } } },
        { { 10, 0 }, { 3, 1 } }));
    const CheckHealth &check = snapshot.checks.front();
    QCOMPARE(check.zones.size(), std::size_t(2));
    const std::vector<Bucket> expected { { 0.1, 1 }, { 0.5, 7 }, { 1, 11 }, { inf, 14 } };
    QCOMPARE(check.total.buckets, expected);
    QCOMPARE(check.total.success, 13.0);
    QCOMPARE(check.total.failure, 1.0);
    QVERIFY(!check.total.sum); // the zones expose no _sum: neither does the total
}

void TestHealth::outageRule_data()
{
    QTest::addColumn<QList<int>>("failures");
    QTest::addColumn<int>("status");
    QTest::newRow("passing") << QList<int> { 0, 0, 0 } << int(CheckStatus::Passing);
    QTest::newRow("one zone") << QList<int> { 0, 4, 0 } << int(CheckStatus::PartialOutage);
    QTest::newRow("two zones") << QList<int> { 2, 4, 0 } << int(CheckStatus::GlobalOutage);
    QTest::newRow("all zones") << QList<int> { 1, 1, 1 } << int(CheckStatus::GlobalOutage);
    QTest::newRow("single-zone prober") << QList<int> { 3 } << int(CheckStatus::GlobalOutage);
}

void TestHealth::outageRule()
{
    QFETCH(QList<int>, failures);
    QFETCH(int, status);
    QList<QPair<QString, QList<int>>> zones;
    QList<QPair<int, int>> outcomes;
    for (qsizetype i = 0; i < failures.size(); ++i) {
        zones.append({ QStringLiteral("zone-%1").arg(i), { 1, 1, 1, 1 } });
        outcomes.append({ 10, failures.at(i) });
    }
    const HealthSnapshot snapshot
        = snapshotOf(appclacksCheck(QStringLiteral("c"), QStringLiteral("n"), zones, outcomes));
    QCOMPARE(int(snapshot.checks.front().status), status);
}

void TestHealth::increaseFollowsCounterResets()
{
    const HealthSnapshot older = snapshotOf(appclacksCheck(QStringLiteral("c1"), QStringLiteral("shop"),
        { { QStringLiteral("eu-west"), { 10, 50, 90, 100 } }, { QStringLiteral("us-west"), { 5, 6, 7, 8 } } },
        { { 95, 5 }, { 8, 0 } }));
    // eu-west advanced; us-west's prober restarted: its counters are lower than before.
    const HealthSnapshot newer = snapshotOf(appclacksCheck(QStringLiteral("c1"), QStringLiteral("shop"),
        { { QStringLiteral("eu-west"), { 12, 60, 100, 111 } }, { QStringLiteral("us-west"), { 1, 2, 2, 3 } } },
        { { 105, 6 }, { 2, 1 } }));
    WindowChanges changes;
    const HealthSnapshot window = increaseBetween(older, newer, &changes);
    const CheckHealth &check = window.checks.front();
    const std::vector<Bucket> euWest { { 0.1, 2 }, { 0.5, 10 }, { 1, 10 }, { inf, 11 } };
    QCOMPARE(check.zones[0].buckets, euWest);
    QCOMPARE(check.zones[0].success, 10.0);
    QCOMPARE(check.zones[0].failure, 1.0);
    const std::vector<Bucket> usWest { { 0.1, 1 }, { 0.5, 2 }, { 1, 2 }, { inf, 3 } }; // reset: the new values
    QCOMPARE(check.zones[1].buckets, usWest);
    QCOMPARE(check.zones[1].success, 2.0);
    QCOMPARE(check.zones[1].failure, 1.0);
    QCOMPARE(changes.counterResets, QStringList { QStringLiteral("c1 / us-west") });
    // Failing in both zones during the window: a global outage, although eu-west mostly passed.
    QCOMPARE(check.status, CheckStatus::GlobalOutage);
    const std::vector<Bucket> total { { 0.1, 3 }, { 0.5, 12 }, { 1, 12 }, { inf, 14 } };
    QCOMPARE(check.total.buckets, total); // the window's histogram, summed over zones
    QCOMPARE((check.total).statistics.p50.value, 0.1 + 0.4 * (4.0 / 9.0));
}

void TestHealth::increaseReportsSeriesThatComeAndGo()
{
    const HealthSnapshot older = snapshotOf(appclacksCheck(QStringLiteral("gone"), QStringLiteral("old"),
                                                { { QStringLiteral("eu"), { 1, 1, 1, 1 } } }, { { 1, 0 } })
        + appclacksCheck(
            QStringLiteral("kept"), QStringLiteral("web"), { { QStringLiteral("eu"), { 1, 2, 3, 4 } } }, { { 4, 0 } }));
    const HealthSnapshot newer = snapshotOf(appclacksCheck(QStringLiteral("kept"), QStringLiteral("web"),
        { { QStringLiteral("eu"), { 2, 3, 4, 5 } }, { QStringLiteral("us"), { 1, 1, 2, 2 } } },
        { { 5, 0 }, { 2, 0 } }));
    WindowChanges changes;
    const HealthSnapshot window = increaseBetween(older, newer, &changes);
    QCOMPARE(changes.disappeared, QStringList { QStringLiteral("gone / eu") });
    QCOMPARE(changes.appeared, QStringList { QStringLiteral("kept / us") });
    QVERIFY(changes.counterResets.isEmpty());
    QCOMPARE(window.checks.size(), std::size_t(1));
    const CheckHealth &kept = window.checks.front();
    QCOMPARE(kept.zones[0].success, 1.0);
    QCOMPARE(kept.zones[1].success, 2.0); // a new series counts from zero
    QCOMPARE(kept.total.buckets.back().count, 1.0 + 2.0);
}

void TestHealth::durationsReadAsUiSays_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("sub-millisecond") << 0.0005 << "0.5 ms";
    QTest::newRow("8 ms") << 0.008 << "8 ms";
    QTest::newRow("2.5 ms") << 0.0025 << "2.5 ms";
    QTest::newRow("180 ms") << 0.18 << "180 ms";
    QTest::newRow("rounded ms") << 0.1804 << "180 ms";
    QTest::newRow("1.4 s") << 1.4 << "1.4 s";
    QTest::newRow("2.25 s") << 2.25 << "2.25 s";
    QTest::newRow("one second") << 0.9999 << "1 s";
    QTest::newRow("12.5 s") << 12.5 << "12.5 s";
    QTest::newRow("10 s") << 10.0 << "10 s";
}

void TestHealth::durationsReadAsUiSays()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(HealthFormat::duration(seconds), text);
}

void TestHealth::quantileText()
{
    QCOMPARE(HealthFormat::ratio(0.992), QStringLiteral("99.2%"));
    QCOMPARE(HealthFormat::ratio(0.99966), QStringLiteral("99.9%")); // never "100.0%" with a failure
    QCOMPARE(HealthFormat::ratio(1.0), QStringLiteral("100.0%"));
    QCOMPARE(HealthFormat::ratio(std::nan("")), QStringLiteral("—"));
    QCOMPARE(HealthFormat::bucketRange(0.1, 0.25, false), QStringLiteral("100–250 ms"));
    QCOMPARE(HealthFormat::bucketRange(0.5, 1, false), QStringLiteral("500 ms–1 s"));
    QCOMPARE(HealthFormat::bucketRange(0, 0.005, true), QStringLiteral("≤ 5 ms"));
    QCOMPARE(HealthFormat::bucketRange(10, inf, false), QStringLiteral("> 10 s"));
    QCOMPARE(HealthFormat::count(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(HealthFormat::quantile(QuantileEstimate {}), QStringLiteral("—"));
}

QTEST_GUILESS_MAIN(TestHealth)
// Issue 13: a series exposed twice refuses the exposition (as Prometheus refuses a scrape with
// duplicate series) and names it; without an error to report, the duplicate is never added.
void TestHealth::duplicateSeriesAreRefusedNeverDoubleCounted_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("series");
    QTest::newRow("bucket") << QByteArray("healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"1\"} 3\n"
                                          "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"+Inf\"} 4\n"
                                          "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"1\"} 3\n")
                            << QStringLiteral("healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"1\"}");
    // Bounds are checked against the first series' list while a series follows it (fromDocument).
    QTest::newRow("bucket of a series following another's bounds")
        << QByteArray("healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"1\"} 3\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"+Inf\"} 4\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"1\"} 3\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"+Inf\"} 4\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"1\"} 3\n")
        << QStringLiteral("healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"1\"}");
    QTest::newRow("bucket of a series straying from another's bounds")
        << QByteArray("healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"1\"} 3\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"+Inf\"} 4\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"1\"} 3\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"2\"} 4\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"+Inf\"} 4\n"
                      "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"2\"} 4\n")
        << QStringLiteral("healthcheck_duration_seconds_bucket{id=\"a\",zone=\"y\",le=\"2\"}");
    QTest::newRow("sum") << QByteArray("healthcheck_duration_seconds_sum{id=\"a\",zone=\"z\"} 3\n"
                                       "healthcheck_duration_seconds_sum{id=\"a\",zone=\"z\"} 3\n")
                         << QStringLiteral("healthcheck_duration_seconds_sum{id=\"a\",zone=\"z\"}");
    QTest::newRow("count") << QByteArray("healthcheck_duration_seconds_count{id=\"a\",zone=\"z\"} 3\n"
                                         "healthcheck_duration_seconds_count{id=\"a\",zone=\"z\"} 3\n")
                           << QStringLiteral("healthcheck_duration_seconds_count{id=\"a\",zone=\"z\"}");
    QTest::newRow("total") << QByteArray("healthcheck_total{id=\"a\",zone=\"z\",status=\"failure\"} 2\n"
                                         "healthcheck_total{id=\"a\",zone=\"z\",status=\"failure\"} 2\n")
                           << QStringLiteral("healthcheck_total{id=\"a\",zone=\"z\",status=\"failure\"}");
}

void TestHealth::duplicateSeriesAreRefusedNeverDoubleCounted()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, series);
    const auto parsed = ExpositionParser().parse(text, ExpositionFormat::Text004);
    QVERIFY(parsed.ok());
    QString error;
    const HealthSnapshot refused = HealthSnapshot::fromDocument(*parsed.document, {}, &error);
    QVERIFY2(error.contains(series), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("more than once")));
    QVERIFY(refused.checks.empty());

    const HealthSnapshot kept = HealthSnapshot::fromDocument(*parsed.document);
    QCOMPARE(kept.ignoredSamples, 1);
    const ZoneHealth &zone = kept.checks.at(0).zones.at(0);
    QCOMPARE(zone.failure, QTest::currentDataTag() == QByteArray("total") ? 2.0 : 0.0);
    if (!zone.buckets.empty()) {
        QCOMPARE(zone.buckets.front().count, 3.0); // not 6
    }
    if (zone.sum) {
        QCOMPARE(*zone.sum, 3.0);
    }

    // The same series in another zone, or with another le, is no duplicate.
    const auto distinct
        = ExpositionParser().parse(QByteArray("healthcheck_total{id=\"a\",zone=\"z\",status=\"failure\"} 2\n"
                                              "healthcheck_total{id=\"a\",zone=\"y\",status=\"failure\"} 2\n"
                                              "healthcheck_total{id=\"a\",zone=\"y\",status=\"success\"} 2\n"),
            ExpositionFormat::Text004);
    QString none;
    QCOMPARE(HealthSnapshot::fromDocument(*distinct.document, {}, &none).checks.size(), std::size_t(1));
    QVERIFY(none.isEmpty());
}

// Issue 13: NaN or negative counters are flagged on the check and said in words.
void TestHealth::negativeOrNaNCountersAreFlagged_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("NaN success") << QByteArray("healthcheck_total{id=\"a\",zone=\"z\",status=\"success\"} NaN\n");
    QTest::newRow("negative failure") << QByteArray("healthcheck_total{id=\"a\",zone=\"z\",status=\"failure\"} -2\n");
    QTest::newRow("negative bucket") << QByteArray(
        "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"+Inf\"} -1\n");
    QTest::newRow("NaN _count") << QByteArray("healthcheck_duration_seconds_count{id=\"a\",zone=\"z\"} NaN\n");
}

void TestHealth::negativeOrNaNCountersAreFlagged()
{
    QFETCH(QByteArray, text);
    const HealthSnapshot snapshot = snapshotOf(text);
    QCOMPARE(snapshot.checks.size(), std::size_t(1));
    const CheckHealth &check = snapshot.checks.front();
    QVERIFY(check.problems
        & (HistogramProblems(HistogramProblem::NegativeOrNaNCount) | HistogramProblem::NegativeOrNaNOutcome));
    QVERIFY(check.zones.front().problems == check.problems);
    QVERIFY(!HealthFormat::problems(check.problems).isEmpty());
}

// Issue 13: a bucket whose le is not a number is left out as PromQL does, and the check says so.
void TestHealth::nonNumericLeIsFlagged()
{
    const HealthSnapshot snapshot
        = snapshotOf("healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"fast\"} 1\n"
                     "healthcheck_duration_seconds_bucket{id=\"a\",zone=\"z\",le=\"+Inf\"} 2\n");
    const CheckHealth &check = snapshot.checks.at(0);
    QVERIFY(check.problems & HistogramProblem::NonNumericBound);
    QCOMPARE(check.zones.at(0).buckets.size(), std::size_t(1));
    QVERIFY(HealthFormat::problems(check.problems).contains(QLatin1String("le is not a number")));
}

#include "tst_health.moc"
