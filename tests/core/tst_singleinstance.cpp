// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Issue 13, two instances: a second start hands its arguments to the running one over a local
// socket. Two real processes (this executable runs itself as the second start), with server
// names in a temporary folder so that no test meets the user's real instance.

#include "core/platform/singleinstance.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using appclacks::core::SingleInstance;

namespace {

const char secondaryVariable[] = "APPCLACKS_TEST_SECOND_START";
enum SecondaryExit { ExitSecondary = 10, ExitPrimary = 11, ExitFailed = 12 };

int runSecondStart(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SingleInstance instance(qEnvironmentVariable(secondaryVariable));
    switch (instance.start(app.arguments().mid(1), 5000)) {
    case SingleInstance::Role::Secondary:
        return ExitSecondary;
    case SingleInstance::Role::Primary:
        return ExitPrimary;
    case SingleInstance::Role::Failed:
        break;
    }
    return ExitFailed;
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private:
    // Starts this executable as a second start against `serverName`; returns its exit code.
    int secondStart(const QString &serverName, const QStringList &arguments, const QString &workingDirectory)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(secondaryVariable), serverName);
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(workingDirectory);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QCoreApplication::applicationFilePath(), arguments);
        if (!finished.wait(20000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void secondStartHandsItsArgumentsToTheFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = dir.filePath(QStringLiteral("instance"));
        SingleInstance first(name);
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        const QStringList arguments { QStringLiteral("--file"), QStringLiteral("metrics ✓.prom") };
        QCOMPARE(secondStart(name, arguments, dir.path()), int(ExitSecondary));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.constFirst().at(0).toStringList(), arguments);
        QCOMPARE(QDir(received.constFirst().at(1).toString()).canonicalPath(), QDir(dir.path()).canonicalPath());

        // Again: the first keeps listening for every later start.
        QCOMPARE(secondStart(name, { QStringLiteral("--demo") }, dir.path()), int(ExitSecondary));
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received.at(1).at(0).toStringList(), QStringList { QStringLiteral("--demo") });
    }

    void firstStartIsPrimary()
    {
        QTemporaryDir dir;
        QCOMPARE(secondStart(dir.filePath(QStringLiteral("instance")), {}, dir.path()), int(ExitPrimary));
    }

    void staleSocketOfACrashedInstanceIsReplaced()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("instance"));
        QFile stale(name); // what a crash leaves: a path that nobody answers on
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance first(name);
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        QCOMPARE(secondStart(name, { QStringLiteral("x") }, dir.path()), int(ExitSecondary));
        QTRY_COMPARE(received.size(), 1);
    }

    void malformedMessagesAreRefused()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("instance"));
        SingleInstance first(name);
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        const QList<QByteArray> payloads { QByteArray("\xff\xff\xff\xff", 4) + QByteArray(64, 'x'),
            QByteArray("\x00\x00\x00\x05", 4) + "{nope", QByteArray("\x00\x00\x00\x02", 4) + "[]" };
        for (const QByteArray &payload : payloads) {
            QLocalSocket socket;
            socket.connectToServer(name);
            QTRY_COMPARE(socket.state(), QLocalSocket::ConnectedState);
            socket.write(payload);
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
        }
        QCOMPARE(received.size(), 0);
        // And it still serves a well-formed start.
        QCOMPARE(secondStart(name, { QStringLiteral("ok") }, dir.path()), int(ExitSecondary));
        QTRY_COMPARE(received.size(), 1);
    }

    void defaultNameIsPrivateToTheUser()
    {
        const QString name = SingleInstance::defaultServerName();
        QVERIFY(name.contains(QLatin1String("com.appclacks.Desktop")));
#ifdef Q_OS_UNIX
        QVERIFY2(name.startsWith(QLatin1Char('/')), qPrintable(name)); // in the runtime folder, not /tmp
#endif
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(secondaryVariable)) {
        return runSecondStart(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
