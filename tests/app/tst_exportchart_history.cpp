// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// `export-chart` from the history, through the real executable: a generated day imported with
// `history import`, then every chart drawn from it into PNG and SVG files.

#include "tests/support/exportedfiles.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(APPCLACKS_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

constexpr int steps = 24 * 12;
constexpr qint64 stepMs = 5 * 60 * 1000;
constexpr std::array<double, 5> bounds { 0.05, 0.1, 0.25, 1, INFINITY };

// A day at five minutes of api and db in eu-west and us-east, five runs a step; api fails every
// run in us-east for steps [100, 120), and api's latency there climbs to a second meanwhile.
QByteArray generatedDay(qint64 start)
{
    struct Pair
    {
        QByteArray check;
        QByteArray zone;
        QByteArray series[3]; // buckets, sum and count, success and failure
        std::array<double, 5> buckets {};
        double sum = 0;
        double success = 0;
        double failure = 0;
    };
    std::vector<Pair> pairs;
    for (const char *check : { "api", "db" }) {
        for (const char *zone : { "eu-west", "us-east" }) {
            pairs.push_back({ check, zone, {}, {}, 0, 0, 0 });
        }
    }
    const auto number = [](double value) { return QByteArray::number(value, 'g', 17); };
    for (int step = 0; step < steps; ++step) {
        const qint64 time = start + step * stepMs;
        const QByteArray timestamp = QByteArray::number(time / 1000);
        for (Pair &pair : pairs) {
            const bool outage = pair.check == "api" && pair.zone == "us-east" && step >= 100 && step < 120;
            const double latency = outage ? 0.9 : 0.02 + 0.01 * (step % 7);
            for (int run = 0; run < 5; ++run) {
                for (std::size_t b = 0; b < bounds.size(); ++b) {
                    pair.buckets[b] += latency <= bounds[b] ? 1 : 0;
                }
                pair.sum += latency;
                (outage ? pair.failure : pair.success) += 1;
            }
            const QByteArray labels
                = "id=\"" + pair.check + "-id\",name=\"" + pair.check + "\",zone=\"" + pair.zone + "\"";
            for (std::size_t b = 0; b < bounds.size(); ++b) {
                const QByteArray le = std::isinf(bounds[b]) ? QByteArray("+Inf") : number(bounds[b]);
                pair.series[0] += "healthcheck_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"} "
                    + number(pair.buckets[b]) + ' ' + timestamp + '\n';
            }
            pair.series[1] += "healthcheck_duration_seconds_sum{" + labels + "} " + number(pair.sum) + ' ' + timestamp
                + '\n' + "healthcheck_duration_seconds_count{" + labels + "} " + number(pair.buckets.back()) + ' '
                + timestamp + '\n';
            pair.series[2] += "healthcheck_total{" + labels + ",status=\"success\"} " + number(pair.success) + ' '
                + timestamp + '\n' + "healthcheck_total{" + labels + ",status=\"failure\"} " + number(pair.failure)
                + ' ' + timestamp + '\n';
        }
    }
    // promtool's order: one metric family after the other, each series in time order.
    QByteArray out = "# TYPE healthcheck_duration_seconds histogram\n";
    for (const Pair &pair : pairs) {
        // Bucket by bucket: split the interleaved lines of one pair by their le.
        for (const double bound : bounds) {
            const QByteArray le = "le=\"" + (std::isinf(bound) ? QByteArray("+Inf") : number(bound)) + "\"";
            for (const QByteArray &line : pair.series[0].split('\n')) {
                if (line.contains(le)) {
                    out += line + '\n';
                }
            }
        }
        for (const char *suffix : { "_sum{", "_count{" }) {
            for (const QByteArray &line : pair.series[1].split('\n')) {
                if (line.contains(suffix)) {
                    out += line + '\n';
                }
            }
        }
    }
    out += "# TYPE healthcheck counter\n";
    for (const Pair &pair : pairs) {
        for (const char *status : { "\"success\"", "\"failure\"" }) {
            for (const QByteArray &line : pair.series[2].split('\n')) {
                if (line.contains(status)) {
                    out += line + '\n';
                }
            }
        }
    }
    return out + "# EOF\n";
}

bool isPng(const QString &fileName, QSize size)
{
    const QImage image(fileName);
    return !image.isNull() && image.size() == size;
}

} // namespace

using appclacks::tests::isSvg;

class TestExportChartHistory final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_history;

    QStringList history(const QStringList &more) const
    {
        return QStringList { QStringLiteral("export-chart"), QStringLiteral("--history-file"), m_history } + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_history = m_dir.filePath(QStringLiteral("history.sqlite"));
        const QString input = m_dir.filePath(QStringLiteral("day.txt"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const qint64 start = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        file.write(generatedDay(start));
        file.close();
        const Run imported = runApp({ QStringLiteral("history"), QStringLiteral("import"), input,
            QStringLiteral("--source"), QStringLiteral("lab"), QStringLiteral("--history-file"), m_history });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    // The window's own charts, over a range of the history (needs no CheckTimelines).
    void snapshotChartsFromTheHistory()
    {
        const QString png = m_dir.filePath(QStringLiteral("histogram.png"));
        Run run = runApp(history({ QStringLiteral("--chart"), QStringLiteral("histogram"), QStringLiteral("--check"),
            QStringLiteral("api"), QStringLiteral("--last"), QStringLiteral("6h"), QStringLiteral("--output"), png,
            QStringLiteral("--size"), QStringLiteral("640x400") }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(isPng(png, QSize(640, 400)));
        QVERIFY2(run.out.contains(QStringLiteral("api — latency")) && run.out.contains(QStringLiteral("last 6 hours"))
                && run.out.contains(QStringLiteral("— lab")),
            qPrintable(run.out));

        const QString svg = m_dir.filePath(QStringLiteral("overview.svg"));
        run = runApp(
            history({ QStringLiteral("--chart"), QStringLiteral("overview"), QStringLiteral("--output"), svg }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(isSvg(svg));
        // The default range is the day up to the newest sample.
        QVERIFY2(run.out.contains(QStringLiteral("last 24 hours")), qPrintable(run.out));
    }

    void refusesBadRequests()
    {
        const QString png = m_dir.filePath(QStringLiteral("refused.png"));
        // A history chart without the history.
        Run run = runApp({ QStringLiteral("export-chart"), QStringLiteral("--demo"), QStringLiteral("--chart"),
            QStringLiteral("timeline"), QStringLiteral("--output"), png });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--history")), qPrintable(run.err));
        // A source and the history at once.
        run = runApp(history({ QStringLiteral("--demo"), QStringLiteral("--chart"), QStringLiteral("histogram"),
            QStringLiteral("--output"), png }));
        QCOMPARE(run.exitCode, 2);
        // A source the history does not have: the error names the ones it has.
        run = runApp(history({ QStringLiteral("--source"), QStringLiteral("nope"), QStringLiteral("--chart"),
            QStringLiteral("histogram"), QStringLiteral("--output"), png }));
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(QStringLiteral("lab")), qPrintable(run.err));
        // A window that is no window.
        run = runApp(history({ QStringLiteral("--last"), QStringLiteral("soon"), QStringLiteral("--chart"),
            QStringLiteral("histogram"), QStringLiteral("--output"), png }));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--last")), qPrintable(run.err));
        run = runApp(history({ QStringLiteral("--quantile"), QStringLiteral("p42"), QStringLiteral("--chart"),
            QStringLiteral("latency-over-time"), QStringLiteral("--output"), png }));
        QCOMPARE(run.exitCode, 2);
        // --last without the history.
        run = runApp(
            { QStringLiteral("export-chart"), QStringLiteral("--demo"), QStringLiteral("--last"), QStringLiteral("1h"),
                QStringLiteral("--chart"), QStringLiteral("histogram"), QStringLiteral("--output"), png });
        QCOMPARE(run.exitCode, 2);
        // A history file that is not there.
        run = runApp({ QStringLiteral("export-chart"), QStringLiteral("--history-file"),
            m_dir.filePath(QStringLiteral("missing/history.sqlite")), QStringLiteral("--chart"),
            QStringLiteral("histogram"), QStringLiteral("--output"), png });
        QVERIFY(run.exitCode == 74 || run.exitCode == 65);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(png));
    }

    void historyCharts_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("title");
        const QStringList check { QStringLiteral("--check"), QStringLiteral("api") };
        QTest::newRow("latency") << (QStringList { QStringLiteral("--chart"), QStringLiteral("latency-over-time") }
            + check) << QStringLiteral("api — latency over time, last 24 hours — lab");
        QTest::newRow("latency per zone, log")
            << (QStringList { QStringLiteral("--chart"), QStringLiteral("latency-over-time"),
                    QStringLiteral("--quantile"), QStringLiteral("p95"), QStringLiteral("--log") }
                   + check)
            << QStringLiteral("api — p95 latency over time by zone");
        QTest::newRow("outcomes") << (QStringList { QStringLiteral("--chart"), QStringLiteral("outcomes-over-time"),
                                          QStringLiteral("--last"), QStringLiteral("6h") }
            + check) << QStringLiteral("api — failures and success ratio over time, last 6 hours — lab");
        QTest::newRow("timeline") << (QStringList { QStringLiteral("--chart"), QStringLiteral("timeline"),
                                          QStringLiteral("--from"), QStringLiteral("2026-11-30T12:00:00Z"),
                                          QStringLiteral("--to"), QStringLiteral("2026-11-30T20:00:00Z") }
            + check) << QStringLiteral("api — state per zone over time");
        // Without --check: the check that failed most.
        QTest::newRow("timeline, worst check") << QStringList { QStringLiteral("--chart"), QStringLiteral("timeline") }
                                               << QStringLiteral("api — state per zone over time");
        QTest::newRow("uptime") << QStringList { QStringLiteral("--chart"), QStringLiteral("uptime") }
                                << QStringLiteral("Uptime over 24 hours, 7 days and 30 days — lab");
    }

    void historyCharts()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, title);
        const QString png = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
        const QString svg = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".svg"));
        const Run drawn = runApp(history(options
            + QStringList { QStringLiteral("--output"), png, QStringLiteral("--size"), QStringLiteral("900x500") }));
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QVERIFY(isPng(png, QSize(900, 500)));
        QVERIFY2(drawn.out.contains(title), qPrintable(drawn.out));
        const Run vector = runApp(history(options + QStringList { QStringLiteral("--output"), svg }));
        QVERIFY2(vector.exitCode == 0, qPrintable(vector.err));
        QVERIFY(isSvg(svg));
    }

    void historyChartOfAnUnknownCheck()
    {
        const Run run = runApp(
            history({ QStringLiteral("--chart"), QStringLiteral("latency-over-time"), QStringLiteral("--check"),
                QStringLiteral("nope"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("nope.png")) }));
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(QStringLiteral("nope")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestExportChartHistory)

#include "tst_exportchart_history.moc"
