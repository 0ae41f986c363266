// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs appclacks-desktop with no display at all: the headless paths must not need one.
Run runApp(const QStringList &arguments, const QByteArray &standardInput = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(APPCLACKS_EXECUTABLE), arguments);
    if (!standardInput.isNull()) {
        process.write(standardInput);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = runApp({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("appclacks-desktop " APPCLACKS_VERSION));
    }

    void help()
    {
        const Run run = runApp({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("appclacks-desktop [OPTIONS]")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--version")));
    }

    void unknownOptionIsAUsageError()
    {
        const Run run = runApp({ QStringLiteral("--no-such-option") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runApp({ QStringLiteral("frobnicate") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown command: frobnicate")), qPrintable(run.err));
    }

    void helpListsTheParseCommand()
    {
        const Run run = runApp({ QStringLiteral("--help") });
        QVERIFY2(run.out.contains(QStringLiteral("parse FILE|- [--format json|text|stats]")), qPrintable(run.out));
    }

    void parseStats()
    {
        const Run run
            = runApp({ QStringLiteral("parse"), QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom"),
                QStringLiteral("--format"), QStringLiteral("stats") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.value(QLatin1String("families")).toInt(), 4);
        QCOMPARE(stats.value(QLatin1String("samples")).toInt(), 49);
        QCOMPARE(stats.value(QLatin1String("labels")).toInt(), 103);
        QVERIFY(stats.value(QLatin1String("value_sum")).toDouble() > 0);
    }

    void parseJsonFromStandardInput()
    {
        const Run run = runApp({ QStringLiteral("parse"), QStringLiteral("-") },
            QByteArrayLiteral("# TYPE up gauge\nup{job=\"a\"} 1 1700000000000\n"));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray families
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("families")).toArray();
        QCOMPARE(families.size(), 1);
        const QJsonObject sample = families.at(0).toObject().value(QLatin1String("samples")).toArray().at(0).toObject();
        QCOMPARE(sample.value(QLatin1String("labels")).toObject().value(QLatin1String("job")).toString(),
            QStringLiteral("a"));
        QCOMPARE(sample.value(QLatin1String("timestamp_ms")).toDouble(), 1700000000000.0);
    }

    void parseTextIsCanonical()
    {
        const Run run = runApp(
            { QStringLiteral("parse"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("text") },
            QByteArrayLiteral("m { a = \"x\\\\y\" , } 1e6\n"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("m{a=\"x\\\\y\"} 1e+06\n"));
    }

    void badInputExits65WithPosition()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ok 1\nbroken{a=\"1\" 2\n");
        file.close();
        const Run run = runApp({ QStringLiteral("parse"), path });
        QCOMPARE(run.exitCode, 65);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(path + QStringLiteral(":2:14: expected ',' or '}'")), qPrintable(run.err));
    }

    void missingFileIsAnIoError()
    {
        const Run run = runApp({ QStringLiteral("parse"), QStringLiteral("/nonexistent/metrics.prom") });
        QCOMPARE(run.exitCode, 74);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/metrics.prom")));
    }

    void windowWithoutDisplaySaysSo()
    {
        const Run run = runApp({});
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("No display")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
