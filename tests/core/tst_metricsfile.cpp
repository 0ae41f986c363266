// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/metricsfile.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

    void missingFileIsAnIoError()
    {
        const auto loaded = MetricsFile::load(QStringLiteral("/nonexistent/metrics.prom"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.failure, MetricsFile::Failure::Io);
        QVERIFY(loaded.message.startsWith(QStringLiteral("/nonexistent/metrics.prom: ")));
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
