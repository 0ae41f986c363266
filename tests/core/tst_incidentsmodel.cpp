// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The incidents table's model: rows, texts, sorting values, under QAbstractItemModelTester.

#include "core/history/checktimeline.h"
#include "core/models/healthroles.h"
#include "core/models/incidentsmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using appclacks::core::Incident;
using appclacks::core::IncidentsModel;

namespace {

std::int64_t at(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 1), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

Incident incident(std::int64_t start, std::int64_t end, QStringList zones, double failures, bool ongoing = false)
{
    Incident value;
    value.startMs = start;
    value.endMs = end;
    value.zones = std::move(zones);
    value.failures = failures;
    value.ongoing = ongoing;
    return value;
}

} // namespace

class TestIncidentsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void rowsNewestFirst()
    {
        IncidentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(IncidentsModel::ColumnCount));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setIncidents({ incident(at(2, 0), at(2, 38), { QStringLiteral("us-east") }, 12),
            incident(at(14, 2), at(14, 40), { QStringLiteral("eu-west"), QStringLiteral("us-east") }, 1234, true),
            incident(at(9, 0), at(9, 0) + 45 * 1000, { QString() }, 1) });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, IncidentsModel::Start), QStringLiteral("1 Dec 14:02"));
        QCOMPARE(text(0, IncidentsModel::End), QStringLiteral("ongoing"));
        QCOMPARE(text(0, IncidentsModel::Duration), QStringLiteral("38 min so far"));
        QCOMPARE(text(0, IncidentsModel::Zones), QStringLiteral("eu-west, us-east"));
        QCOMPARE(text(0, IncidentsModel::Failures), QStringLiteral("1234"));
        QCOMPARE(text(1, IncidentsModel::Start), QStringLiteral("1 Dec 09:00"));
        QCOMPARE(text(1, IncidentsModel::Duration), QStringLiteral("45 s"));
        // A check without zones: the zone reads as every other view writes it.
        QCOMPARE(text(1, IncidentsModel::Zones), QStringLiteral("—"));
        QCOMPARE(text(2, IncidentsModel::End), QStringLiteral("1 Dec 02:38"));
        QCOMPARE(model.index(0, IncidentsModel::End).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Still failing; last failure at 1 Dec 14:40:00"));
        QCOMPARE(
            model.index(2, IncidentsModel::Duration).data(appclacks::core::SortRole).toLongLong(), 38 * 60 * 1000LL);
        QCOMPARE(model.index(0, IncidentsModel::Failures).data(appclacks::core::SortRole).toDouble(), 1234.0);
        QCOMPARE(model.incidentAt(2).startMs, at(2, 0));
        QCOMPARE(model.headerData(IncidentsModel::Zones, Qt::Horizontal).toString(), QStringLiteral("Zones"));
        QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
        model.setIncidents({});
        QCOMPARE(model.rowCount(), 0);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(59 * 1000) << QStringLiteral("59 s");
        QTest::newRow("minute") << qint64(60 * 1000) << QStringLiteral("1 min");
        QTest::newRow("minutes") << qint64(38 * 60 * 1000 + 10 * 1000) << QStringLiteral("38 min");
        QTest::newRow("hours") << qint64((2 * 60 + 5) * 60 * 1000) << QStringLiteral("2 h 05 min");
        QTest::newRow("days") << qint64((3 * 24 + 4) * 3600 * 1000LL) << QStringLiteral("3 d 4 h");
        QTest::newRow("negative") << qint64(-5000) << QStringLiteral("0 s");
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(IncidentsModel::durationText(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestIncidentsModel)

#include "tst_incidentsmodel.moc"
