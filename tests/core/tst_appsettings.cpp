// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/profiles/profilestore.h"
#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using appclacks::core::AppSettings;
using appclacks::core::Profile;
using appclacks::core::ProfileStore;

namespace {

const char muteWorkerVariable[] = "APPCLACKS_TEST_MUTE_WORKER";
constexpr int mutesPerWorker = 40;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

QStringList backupsOf(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({ info.fileName() + QStringLiteral(".corrupt-*") }, QDir::Files);
}

void removeBackups(const QString &path)
{
    for (const QString &name : backupsOf(path)) {
        QFile::remove(QFileInfo(path).dir().filePath(name));
    }
}

// The child process of twoInstancesMuteChecksWithoutLosingAny: mutes its own keys one by one.
int runMuteWorker(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    appclacks::core::applyApplicationIdentity();
    const QString prefix = qEnvironmentVariable(muteWorkerVariable);
    for (int i = 0; i < mutesPerWorker; ++i) {
        AppSettings settings; // a fresh object each time, as a window muting from a menu would
        if (!settings.setCheckMuted(prefix + QString::number(i), true)) {
            return 1;
        }
    }
    return 0;
}

} // namespace

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
        QSettings().clear();
        m_path = QSettings().fileName();
    }

    void init()
    {
        QFile::remove(m_path);
        removeBackups(m_path);
        AppSettings::resetFileCheck();
        QSettings().clear();
        QSettings().sync();
    }

    void cleanupTestCase()
    {
        QDir().rmdir(m_path); // unreadableSettingsFileIsReadOnly may leave a folder there
        removeBackups(m_path);
        AppSettings::resetFileCheck();
    }

    void identityIsReverseDns()
    {
        QCOMPARE(QCoreApplication::organizationName() + QLatin1Char('.') + QCoreApplication::applicationName(),
            QString::fromLatin1(appclacks::core::applicationId));
        QCOMPARE(QCoreApplication::applicationVersion(), appclacks::core::applicationVersion());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(QCoreApplication::applicationVersion())
                    .hasMatch());
    }

    void newFileGetsCurrentSchema()
    {
        const AppSettings settings;
        QCOMPARE(settings.schemaVersion(), AppSettings::currentSchemaVersion);
        QVERIFY(AppSettings::checkFile().problem.isEmpty());
    }

    void geometryRoundTrips()
    {
        {
            AppSettings settings;
            settings.setMainWindowGeometry(QByteArray("geometry-bytes"));
            settings.setMainWindowState(QByteArray("state-bytes"));
            settings.sync();
        }
        const AppSettings reopened;
        QCOMPARE(reopened.mainWindowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(reopened.mainWindowState(), QByteArray("state-bytes"));
        QVERIFY(QSettings().fileName().contains(QStringLiteral("com.appclacks")));
    }

    // Issue 13: a damaged file is detected, copied beside itself, reported once, and its
    // profiles do not vanish.
    void corruptSettingsFileIsBackedUpAndReportedOnce()
    {
        const QByteArray damaged = "[General]\nschemaVersion=1\n[unterminated section\nbroken\n"
                                   "[profiles]\np1\\name=production\np1\\kind=appclacks\np1\\username=org-1\n";
        writeFile(m_path, damaged);
        AppSettings::resetFileCheck();
        const auto check = AppSettings::checkFile();
        QVERIFY2(check.problem.contains(QLatin1String("damaged")), qPrintable(check.problem));
        QVERIFY(!check.readOnly);
        QVERIFY(!check.backupPath.isEmpty());
        QCOMPARE(backupsOf(m_path).size(), 1);
        QFile backup(check.backupPath);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), damaged);
        QVERIFY(check.problem.contains(check.backupPath));

        // The profile survived, and can be saved again.
        const auto found = ProfileStore().find(QStringLiteral("production"));
        QVERIFY(found);
        QCOMPARE(found->username, QStringLiteral("org-1"));

        // Reported once: the next start finds a clean file and no new copy is made.
        AppSettings::resetFileCheck();
        QVERIFY2(AppSettings::checkFile().problem.isEmpty(), qPrintable(AppSettings::checkFile().problem));
        QCOMPARE(backupsOf(m_path).size(), 1);
        QVERIFY(ProfileStore().find(QStringLiteral("production")));
    }

    void unreadableSettingsFileIsReadOnly()
    {
        // A folder where the file should be: unreadable even for root, unlike a chmod 000 file.
        QFile::remove(m_path);
        QVERIFY(QDir().mkpath(m_path));
        AppSettings::resetFileCheck();
        const auto check = AppSettings::checkFile();
        QVERIFY(check.readOnly);
        QVERIFY2(check.problem.contains(QLatin1String("cannot be read")), qPrintable(check.problem));
        QVERIFY(!ProfileStore::writeBlockedReason().isEmpty());
        Profile profile;
        profile.name = QStringLiteral("lost");
        profile.username = QStringLiteral("org");
        ProfileStore().save(profile);
        QVERIFY(QFileInfo(m_path).isDir());
        QVERIFY(QDir().rmdir(m_path));
    }

    void newerSchemaIsRefusedReadOnly()
    {
        const QByteArray newer = "[General]\nschemaVersion=99\n[appearance]\ntheme=dark\n[profiles]\n"
                                 "p1\\name=future\np1\\username=org-9\n";
        writeFile(m_path, newer);
        AppSettings::resetFileCheck();
        AppSettings settings;
        QVERIFY(settings.isReadOnly());
        const auto check = AppSettings::checkFile();
        QVERIFY2(check.problem.contains(QLatin1String("newer version")), qPrintable(check.problem));
        QVERIFY(check.problem.contains(QLatin1String("99")));
        QCOMPARE(settings.schemaVersion(), 99);
        QCOMPARE(settings.theme(), QStringLiteral("dark")); // still read
        settings.setTheme(QStringLiteral("light"));
        settings.sync();
        QVERIFY(!settings.setCheckMuted(QStringLiteral("check"), true));
        Profile profile;
        profile.name = QStringLiteral("added");
        profile.username = QStringLiteral("org");
        ProfileStore().save(profile);
        QVERIFY(!ProfileStore().remove(QStringLiteral("p1")));
        // Never downgraded, never changed.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
    }

    // Issue 13: read-modify-write of settings lists is safe across processes.
    void twoInstancesMuteChecksWithoutLosingAny()
    {
        AppSettings().setCheckMuted(QStringLiteral("before"), true);
        QList<QProcess *> workers;
        for (const QString &prefix : { QStringLiteral("a-"), QStringLiteral("b-") }) {
            auto *worker = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(muteWorkerVariable), prefix);
            worker->setProcessEnvironment(environment);
            worker->setProcessChannelMode(QProcess::ForwardedChannels);
            workers << worker;
        }
        for (QProcess *worker : std::as_const(workers)) {
            worker->start(QCoreApplication::applicationFilePath(), {});
        }
        for (QProcess *worker : std::as_const(workers)) {
            QSignalSpy finished(worker, &QProcess::finished);
            QVERIFY(worker->state() == QProcess::NotRunning || finished.wait(60000));
            QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
            QCOMPARE(worker->exitCode(), 0);
        }
        qDeleteAll(workers);
        QSettings().sync();
        const QStringList muted = AppSettings().mutedChecks();
        QCOMPARE(muted.size(), 1 + 2 * mutesPerWorker);
        QVERIFY(muted.contains(QStringLiteral("before")));
        QVERIFY(muted.contains(QStringLiteral("a-0")) && muted.contains(QStringLiteral("b-39")));
        AppSettings settings;
        QVERIFY(settings.setCheckMuted(QStringLiteral("a-0"), false));
        QVERIFY(!AppSettings().mutedChecks().contains(QStringLiteral("a-0")));
    }

private:
    QString m_path;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(muteWorkerVariable)) {
        return runMuteWorker(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestAppSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appsettings.moc"
