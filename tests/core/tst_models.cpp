// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositionparser.h"
#include "core/health/healthsnapshot.h"
#include "core/models/bucketsmodel.h"
#include "core/models/checkstablemodel.h"
#include "core/models/overviewmatrixmodel.h"
#include "core/models/zonestablemodel.h"
#include "simulator/expositiongenerator.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace appclacks::core;
using namespace appclacks::simulator;

namespace {

const QString dataDir = QStringLiteral(APPCLACKS_TEST_DATA_DIR);

std::shared_ptr<const HealthSnapshot> snapshotOf(const QByteArray &text)
{
    const auto result = ExpositionParser().parse(text, ExpositionFormat::Text004);
    if (!result.ok()) {
        qFatal("test input refused: %s", qPrintable(result.error.toString()));
    }
    return std::make_shared<const HealthSnapshot>(HealthSnapshot::fromDocument(*result.document));
}

std::shared_ptr<const HealthSnapshot> corpusSnapshot(const QString &file)
{
    QFile input(dataDir + QStringLiteral("/corpus/") + file);
    if (!input.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file));
    }
    return snapshotOf(input.readAll());
}

std::shared_ptr<const HealthSnapshot> generated(int checks, int zones, std::uint64_t seed)
{
    GeneratorOptions options;
    options.checks = checks;
    options.zones = zones;
    options.seed = seed;
    return snapshotOf(ExpositionGenerator::generate(options));
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void checksModelShowsEveryCheck();
    void checksModelKeepsRowsOnRefresh();
    void checksModelResetsWhenChecksChange();
    void checksModelTooltipsAreBucketHonest();
    void zonesModel();
    void bucketsModel();
    void modelsPassTheTesterOnEveryCorpusFile_data();
    void modelsPassTheTesterOnEveryCorpusFile();
    void overviewModelIsWorstFirstWithEveryZone();
    void zonesTableReadsThePrecomputedStatistics();
    void bothModelsWordTheStatusAlike();
    void zonesTableNamesTheSnapshotsThreshold();
};

void TestModels::checksModelShowsEveryCheck()
{
    ChecksTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(corpusSnapshot(QStringLiteral("cabourotte_style.prom")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ChecksTableModel::ColumnCount));
    QCOMPARE(model.headerData(ChecksTableModel::P95, Qt::Horizontal).toString(), QStringLiteral("p95"));
    QCOMPARE(cell(model, 0, ChecksTableModel::Name), QStringLiteral("api-gateway"));
    QCOMPARE(cell(model, 0, ChecksTableModel::Status), QStringLiteral("Failing"));
    QCOMPARE(cell(model, 0, ChecksTableModel::Failure), QStringLiteral("3"));
    QCOMPARE(cell(model, 0, ChecksTableModel::SuccessRatio), QStringLiteral("97.5%"));
    QCOMPARE(cell(model, 0, ChecksTableModel::Mean), QStringLiteral("162 ms"));
    QCOMPARE(model.data(model.index(0, ChecksTableModel::Status), StatusRole).toInt(), int(CheckStatus::GlobalOutage));
    // The status sorts worst first, by the order the worker computed: failing api-gateway, then dns-corp.
    QCOMPARE(model.data(model.index(0, ChecksTableModel::Status), SortRole).toInt(), 0);
    QCOMPARE(model.data(model.index(1, ChecksTableModel::Status), SortRole).toInt(), 1);
    QCOMPARE(model.worstFirstRank(1), 1);
    QCOMPARE(model.snapshot()->checks[1].severity, severityOf(CheckStatus::Passing));
    QCOMPARE(model.data(model.index(1, ChecksTableModel::Name), CheckKeyRole).toString(), QStringLiteral("dns-corp"));
    QCOMPARE(model.rowOf(QStringLiteral("dns-corp")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

void TestModels::checksModelKeepsRowsOnRefresh()
{
    ChecksTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(generated(50, 3, 1));
    const QPersistentModelIndex selected = model.index(17, ChecksTableModel::Name);
    const QString selectedKey = model.data(selected, CheckKeyRole).toString();

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // Same checks, other counters: what every refresh of a live source looks like.
    model.setSnapshot(generated(50, 3, 1));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 17);
    QCOMPARE(model.data(selected, CheckKeyRole).toString(), selectedKey);
}

void TestModels::checksModelResetsWhenChecksChange()
{
    ChecksTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(generated(20, 2, 1));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(generated(21, 2, 1));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 21);
    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::checksModelTooltipsAreBucketHonest()
{
    ChecksTableModel model;
    model.setSnapshot(snapshotOf("healthcheck_duration_seconds_bucket{name=\"slow\",le=\"0.5\"} 1\n"
                                 "healthcheck_duration_seconds_bucket{name=\"slow\",le=\"10\"} 2\n"
                                 "healthcheck_duration_seconds_bucket{name=\"slow\",le=\"+Inf\"} 100\n"));
    QCOMPARE(cell(model, 0, ChecksTableModel::P95), QStringLiteral("> 10 s"));
    QCOMPARE(cell(model, 0, ChecksTableModel::P95, Qt::ToolTipRole),
        QStringLiteral("p95 more than 10 s (beyond the last bucket)"));
    QCOMPARE(cell(model, 0, ChecksTableModel::Status), QStringLiteral("No results yet"));
    QCOMPARE(model.data(model.index(0, ChecksTableModel::P95), SortRole).toDouble(), 10.0);
    QVERIFY(!model.data(model.index(0, ChecksTableModel::Mean), SortRole).isValid());
}

void TestModels::zonesModel()
{
    const auto snapshot = generated(5, 3, 7);
    const QString key = snapshot->checks[2].key;
    ZonesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCheck(snapshot, key);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, ZonesTableModel::Zone), QStringLiteral("fr-par-1"));
    const ZoneHealth &zone = snapshot->checks[2].zones[0];
    QCOMPARE(model.data(model.index(0, ZonesTableModel::Observations), SortRole).toDouble(), *zone.count);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setCheck(generated(5, 3, 7), key);
    QCOMPARE(resets.count(), 0); // same check, same zones
    model.setCheck(snapshot, snapshot->checks[3].key);
    QCOMPARE(resets.count(), 1);
    model.setCheck(snapshot, QStringLiteral("no such check"));
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::bucketsModel()
{
    const auto snapshot = corpusSnapshot(QStringLiteral("appclacks_docs_sample.prom"));
    BucketsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistogram(snapshot, QStringLiteral("cc145703-af98-4c0b-96da-8e06dc934fc7"), QString());
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(cell(model, 0, BucketsModel::Range), QStringLiteral("≤ 5 ms"));
    QCOMPARE(cell(model, 4, BucketsModel::Range), QStringLiteral("50–100 ms"));
    QCOMPARE(cell(model, 4, BucketsModel::Count), QStringLiteral("3"));
    QCOMPARE(cell(model, 5, BucketsModel::Count), QStringLiteral("0"));
    QCOMPARE(cell(model, 5, BucketsModel::Cumulative), QStringLiteral("3"));
    QCOMPARE(cell(model, 13, BucketsModel::Range), QStringLiteral("> 10 s"));
    QCOMPARE(cell(model, 13, BucketsModel::UpperBound), QStringLiteral("+Inf"));

    model.setHistogram(snapshot, QStringLiteral("cc145703-af98-4c0b-96da-8e06dc934fc7"), QStringLiteral("fr-par-1"));
    QCOMPARE(model.rowCount(), 14);
    model.setHistogram(snapshot, QStringLiteral("cc145703-af98-4c0b-96da-8e06dc934fc7"), QStringLiteral("us-west"));
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::modelsPassTheTesterOnEveryCorpusFile_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : { "appclacks_docs_sample.prom", "cabourotte_style.prom", "prometheus_self_metrics.prom",
             "blackbox_exporter_metrics.prom", "blackbox_probe_success.prom" }) {
        QTest::newRow(file) << QString::fromLatin1(file);
    }
}

void TestModels::modelsPassTheTesterOnEveryCorpusFile()
{
    QFETCH(QString, file);
    const auto snapshot = corpusSnapshot(file);
    ChecksTableModel checks;
    ZonesTableModel zones;
    BucketsModel buckets;
    OverviewMatrixModel overview;
    QAbstractItemModelTester checksTester(&checks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester zonesTester(&zones, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester bucketsTester(&buckets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester overviewTester(&overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    overview.setSnapshot(snapshot);
    QCOMPARE(overview.rowCount(), int(snapshot->checks.size()));
    overview.setMetric(OverviewMatrixModel::Metric::P95);
    checks.setSnapshot(snapshot);
    QCOMPARE(checks.rowCount(), int(snapshot->checks.size()));
    for (const CheckHealth &check : snapshot->checks) {
        zones.setCheck(snapshot, check.key);
        QCOMPARE(zones.rowCount(), int(check.zones.size()));
        buckets.setHistogram(snapshot, check.key, QString());
        QCOMPARE(buckets.rowCount(), int(check.total.buckets.size()));
        for (int row = 0; row < checks.rowCount(); ++row) {
            for (int column = 0; column < checks.columnCount(); ++column) {
                // The strip is drawn from TimelineRole; a file has no timeline.
                QVERIFY(!cell(checks, row, column).isNull() || column == ChecksTableModel::Id
                    || column == ChecksTableModel::Strip);
            }
        }
    }
}

void TestModels::overviewModelIsWorstFirstWithEveryZone()
{
    OverviewMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto snapshot = generated(40, 3, 7);
    model.setSnapshot(snapshot);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.zones(), snapshot->zoneNames);
    int previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const CheckHealth *check = snapshot->check(model.checkKey(row));
        QVERIFY(check);
        QVERIFY(check->severity >= previous);
        previous = check->severity;
        QCOMPARE(model.headerData(row, Qt::Vertical, StatusRole).toInt(), int(check->status));
        for (int column = 0; column < model.columnCount(); ++column) {
            const ZoneHealth *zone = check->zone(model.zone(column));
            const QModelIndex index = model.index(row, column);
            QCOMPARE(index.data(HasZoneRole).toBool(), zone != nullptr);
            QCOMPARE(index.data(ZoneRole).toString(), model.zone(column));
            if (zone) {
                // The cell shows what the worker computed, not a figure of its own.
                QCOMPARE(index.data(SortRole).toDouble(), zone->statistics.successRatio);
            }
        }
    }
    QCOMPARE(model.indexOf(model.checkKey(5), model.zone(2)), model.index(5, 2));
    QVERIFY(!model.indexOf(QStringLiteral("no such check"), model.zone(0)).isValid());
    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestModels::zonesTableReadsThePrecomputedStatistics()
{
    ZonesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto snapshot = corpusSnapshot(QStringLiteral("appclacks_docs_sample.prom"));
    const CheckHealth &check = snapshot->checks.front();
    model.setCheck(snapshot, check.key);
    QCOMPARE(model.rowCount(), int(check.zones.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const ZoneStatistics &statistics = check.zones[std::size_t(row)].statistics;
        QCOMPARE(model.index(row, ZonesTableModel::P95).data(SortRole).toDouble(), statistics.p95.value);
        QCOMPARE(model.index(row, ZonesTableModel::WithinThreshold).data(SortRole).toDouble(),
            statistics.withinThreshold.share);
    }
    QCOMPARE(model.headerData(ZonesTableModel::WithinThreshold, Qt::Horizontal).toString(), QStringLiteral("≤ 1 s"));
}

void TestModels::bothModelsWordTheStatusAlike()
{
    const auto snapshot = generated(40, 3, 7);
    ChecksTableModel checks;
    checks.setSnapshot(snapshot);
    OverviewMatrixModel overview;
    overview.setSnapshot(snapshot);
    QSet<QString> wordings;
    for (int row = 0; row < overview.rowCount(); ++row) {
        const QString key = overview.checkKey(row);
        const QString status = cell(checks, checks.rowOf(key), ChecksTableModel::Status);
        wordings.insert(status);
        QCOMPARE(overview.headerData(row, Qt::Vertical, Qt::AccessibleTextRole).toString(),
            overview.headerData(row, Qt::Vertical).toString() + QStringLiteral(": ") + status);
    }
    // The fleet has passing and failing checks, so more than one wording was compared.
    QVERIFY2(wordings.size() > 1, qPrintable(QStringList(wordings.values()).join(QLatin1String(", "))));
}

void TestModels::zonesTableNamesTheSnapshotsThreshold()
{
    const auto result = ExpositionParser().parse("healthcheck_duration_seconds_bucket{name=\"a\",le=\"0.25\"} 1\n"
                                                 "healthcheck_duration_seconds_bucket{name=\"a\",le=\"+Inf\"} 4\n",
        ExpositionFormat::Text004);
    QVERIFY(result.ok());
    HealthOptions options;
    options.latencyThresholdSeconds = 0.25;
    const auto snapshot
        = std::make_shared<const HealthSnapshot>(HealthSnapshot::fromDocument(*result.document, options));
    ZonesTableModel zones;
    zones.setCheck(snapshot, snapshot->checks.front().key);
    QCOMPARE(zones.headerData(ZonesTableModel::WithinThreshold, Qt::Horizontal).toString(), QStringLiteral("≤ 250 ms"));
    QCOMPARE(cell(zones, 0, ZonesTableModel::WithinThreshold), QStringLiteral("25.0%"));
    QCOMPARE(cell(zones, 0, ZonesTableModel::WithinThreshold, Qt::ToolTipRole),
        QStringLiteral("Share of runs that took 250 ms or less"));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
