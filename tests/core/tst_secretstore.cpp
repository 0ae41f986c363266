// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Runs twice from ctest: against a real, private Secret Service (scripts/with-keyring.sh starts
// gnome-keyring in its own D-Bus session), and with no D-Bus session at all, where the keychain
// must be reported missing and the secret kept for the session only.

#include "core/applicationidentity.h"
#include "core/profiles/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace appclacks::core;

namespace {

// A throw-away service name: even a mistaken run never touches the app's real entries.
const QString testService = QStringLiteral("appclacks-desktop-test");

SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&result](const SecretResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        qFatal("the secret store never answered, not even with its own timeout");
    }
    return *result;
}

bool expectKeychain()
{
    return qEnvironmentVariable("APPCLACKS_EXPECT_KEYCHAIN") == QLatin1String("1");
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyApplicationIdentity();
        QSettings().clear();
        if (expectKeychain()) {
            QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/with-keyring.sh");
        } else {
            QVERIFY2(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "the no-keychain run needs no D-Bus");
        }
    }

    void roundTrip()
    {
        SecretStore store(nullptr, testService);
        const QString profile = QStringLiteral("profile-round-trip");
        const SecretResult written
            = wait([&](auto done) { store.write(profile, QStringLiteral("first-token"), done); });
        if (!expectKeychain()) {
            QCOMPARE(written.error, SecretError::NoKeychain);
            QCOMPARE(written.location, SecretLocation::SessionMemory);
            QVERIFY(written.message.contains(QLatin1String("this session only")));
            QVERIFY(!written.message.contains(QLatin1String("first-token")));
            const SecretResult read = wait([&](auto done) { store.read(profile, done); });
            QVERIFY(read.ok());
            QCOMPARE(read.location, SecretLocation::SessionMemory);
            QCOMPARE(read.secret, QStringLiteral("first-token"));
            SecretStore freshSession(nullptr, testService);
            const SecretResult gone = wait([&](auto done) { freshSession.read(profile, done); });
            QCOMPARE(gone.error, SecretError::NoKeychain);
            return;
        }
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(written.location, SecretLocation::Keychain);

        // A second store object reads it back from the keychain itself, not from memory.
        SecretStore other(nullptr, testService);
        SecretResult read = wait([&](auto done) { other.read(profile, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.location, SecretLocation::Keychain);
        QCOMPARE(read.secret, QStringLiteral("first-token"));

        const SecretResult overwritten
            = wait([&](auto done) { store.write(profile, QStringLiteral("second-token"), done); });
        QVERIFY(overwritten.ok());
        read = wait([&](auto done) { other.read(profile, done); });
        QCOMPARE(read.secret, QStringLiteral("second-token"));

        const SecretResult removed = wait([&](auto done) { store.remove(profile, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        read = wait([&](auto done) { other.read(profile, done); });
        QCOMPARE(read.error, SecretError::NotFound);
        QVERIFY(read.secret.isEmpty());
    }

    void missingEntryIsNotFound()
    {
        SecretStore store(nullptr, testService);
        const SecretResult read = wait([&](auto done) { store.read(QStringLiteral("never-written"), done); });
        if (!expectKeychain()) {
            // Without a keychain, "missing" must not be mistaken for "not stored".
            QCOMPARE(read.error, SecretError::NoKeychain);
            QVERIFY(read.message.contains(QLatin1String("No system keychain")));
            return;
        }
        QCOMPARE(read.error, SecretError::NotFound);
        QVERIFY(read.message.contains(QLatin1String("No token")));
    }

    void plaintextOnlyAfterOptIn()
    {
        SecretStore store(nullptr, testService);
        QVERIFY(!store.plaintextFallbackAllowed());
        QVERIFY(!QFile::exists(store.plaintextFilePath()));
        if (expectKeychain()) {
            // With a working keychain the file is never used, opted in or not.
            store.setPlaintextFallbackAllowed(true);
            QVERIFY(wait([&](auto done) { store.write(QStringLiteral("p"), QStringLiteral("x"), done); }).ok());
            QVERIFY(!QFile::exists(store.plaintextFilePath()));
            wait([&](auto done) { store.remove(QStringLiteral("p"), done); });
            store.setPlaintextFallbackAllowed(false);
            return;
        }
        store.setPlaintextFallbackAllowed(true);
        const SecretResult written
            = wait([&](auto done) { store.write(QStringLiteral("p"), QStringLiteral("plain"), done); });
        QCOMPARE(written.location, SecretLocation::PlaintextFile);
        QVERIFY(QFile::exists(store.plaintextFilePath()));
        QCOMPARE(QFile::permissions(store.plaintextFilePath()) & 0x0077, QFileDevice::Permissions());
        SecretStore later(nullptr, testService);
        const SecretResult read = wait([&](auto done) { later.read(QStringLiteral("p"), done); });
        QCOMPARE(read.location, SecretLocation::PlaintextFile);
        QCOMPARE(read.secret, QStringLiteral("plain"));
        wait([&](auto done) { later.remove(QStringLiteral("p"), done); });
        QVERIFY(wait([&](auto done) { later.read(QStringLiteral("p"), done); }).secret.isEmpty());
        store.setPlaintextFallbackAllowed(false);
        QFile::remove(store.plaintextFilePath());
    }

    void timeoutAnswersWhenTheKeychainDoesNot()
    {
        SecretStore store(nullptr, testService);
        store.setTimeout(0); // the job cannot answer before a zero timer fires
        const SecretResult read = wait([&](auto done) { store.read(QStringLiteral("slow"), done); });
        QCOMPARE(read.error, SecretError::TimedOut);
        QVERIFY(read.message.contains(QLatin1String("did not answer")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
