// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/metricsfile.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <bit>

using namespace appclacks::core;

namespace {

// A file just over the 64 MiB network cap: two samples around a long run of blank lines, so
// that only a reader that really reads to the end sees the second one.
QString writeLargeFile(const QTemporaryDir &dir)
{
    QString path = dir.filePath(QStringLiteral("large.prom"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write("first 1\n");
    const QByteArray blanks(1024 * 1024, '\n');
    for (int i = 0; i < 65; ++i) {
        file.write(blanks);
    }
    file.write("last{at=\"the end\"} 2\n");
    return path;
}

} // namespace

class TestMetricsFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void localFilesHaveNoCap()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeLargeFile(dir);
        QVERIFY(QFileInfo(path).size() > ParseLimits().maxBodyBytes);

        const auto loaded = MetricsFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.document->samples().size(), std::size_t(2));
        std::string_view at;
        QVERIFY(loaded.document->findLabel(loaded.document->samples()[1], "at", at));
        QCOMPARE(at, std::string_view("the end"));
    }

    void aCapCanBeSet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeLargeFile(dir);
        ParseLimits capped = ParseLimits::localFile();
        capped.maxBodyBytes = 64ll * 1024 * 1024;
        const auto refused = MetricsFile::load(path, capped);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.failure, MetricsFile::Failure::Data);
        QVERIFY2(refused.message.startsWith(path + QStringLiteral(": file too large: ")), qPrintable(refused.message));
        QVERIFY2(refused.message.endsWith(QStringLiteral("the limit is 67108864")), qPrintable(refused.message));
    }

    void readAllReadsEverythingAndStopsPastTheCap_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << 0 << qint64(ParseLimits::unlimited) << 0;
        QTest::newRow("small") << 100 << qint64(ParseLimits::unlimited) << 100;
        QTest::newRow("several growths") << 5 * 1024 * 1024 + 3 << qint64(ParseLimits::unlimited)
                                         << 5 * 1024 * 1024 + 3;
        QTest::newRow("at the cap") << 1000 << qint64(1000) << 1000;
        QTest::newRow("past the cap") << 5000 << qint64(1000) << 1001;
    }

    void readAllReadsEverythingAndStopsPastTheCap()
    {
        QFETCH(int, size);
        QFETCH(qint64, maxBytes);
        QFETCH(int, expected);
        QByteArray data(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i) {
            data[i] = char('a' + i % 26);
        }
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const QByteArray read = MetricsFile::readAll(buffer, maxBytes);
        QCOMPARE(read.size(), expected);
        QVERIFY(read == data.left(expected));
    }

    // count() reads a file a window at a time: the same figures as the document load() builds,
    // the same refusals with the same messages, in both formats, also when families come back.
    void countAgreesWithLoad_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("# TYPE a counter\na_total{x=\"1\"} 3\nb{y=\"\\n\"} 0.5\n");
        QTest::newRow("openmetrics") << QByteArray("# TYPE a counter\na_total{x=\"1\"} 3 # {t=\"z\"} 1\n# EOF\n");
        QTest::newRow("openmetrics without the last newline") << QByteArray("a 1\n# EOF");
        QTest::newRow("missing EOF is text") << QByteArray("a 1\n# EOF\nb 2\n");
        QTest::newRow("families come back") << QByteArray("a 1e16\nb 1\na -1e16\nb 1\n");
        QTest::newRow("bad line") << QByteArray("a 1\nb{x=\"1\" 2\n");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFm 1\n");
        QTest::newRow("empty") << QByteArray();
        QByteArray large;
        for (int i = 0; i < 40000; ++i) {
            large += "check_duration_seconds{name=\"n" + QByteArray::number(i % 97) + "\",zone=\"z"
                + QByteArray::number(i % 4) + "\"} " + QByteArray::number(i * 0.37) + "\n";
        }
        QTest::newRow("several windows") << large;
    }

    void countAgreesWithLoad()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("m.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        file.close();
        const auto loaded = MetricsFile::load(path);
        const auto counted = MetricsFile::count(path);
        QCOMPARE(counted.failure, loaded.failure);
        QCOMPARE(counted.message, loaded.message);
        if (loaded.ok()) {
            const ExpositionCounts want = loaded.document->counts();
            QCOMPARE(counted.counts.families, want.families);
            QCOMPARE(counted.counts.samples, want.samples);
            QCOMPARE(counted.counts.labels, want.labels);
            QCOMPARE(
                std::bit_cast<std::uint64_t>(counted.counts.valueSum), std::bit_cast<std::uint64_t>(want.valueSum));
        }
    }

    void missingFileIsAnIoError()
    {
        const auto loaded = MetricsFile::load(QStringLiteral("/nonexistent/metrics.prom"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.failure, MetricsFile::Failure::Io);
        QVERIFY(loaded.message.startsWith(QStringLiteral("/nonexistent/metrics.prom: ")));
        const auto counted = MetricsFile::count(QStringLiteral("/nonexistent/metrics.prom"));
        QCOMPARE(counted.failure, MetricsFile::Failure::Io);
        QCOMPARE(counted.message, loaded.message);
    }

    void byteOrderMarkNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("bom.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFm 1\n");
        file.close();
        const auto loaded = MetricsFile::load(path);
        QCOMPARE(loaded.failure, MetricsFile::Failure::Data);
        QVERIFY2(loaded.message.startsWith(path + QStringLiteral(":1:1: byte order mark")), qPrintable(loaded.message));
    }
};

QTEST_GUILESS_MAIN(TestMetricsFile)
#include "tst_metricsfile.moc"
