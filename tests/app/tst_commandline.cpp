// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs appclacks-desktop with no display at all: the headless paths must not need one.
Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(APPCLACKS_EXECUTABLE), arguments);
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

    void windowWithoutDisplaySaysSo()
    {
        const Run run = runApp({});
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("No display")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
