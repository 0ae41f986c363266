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

// A copy in the plain-text file as an earlier session (keychain down, opt-in on) left it.
void plantPlaintextCopy(const SecretStore &store, const QString &profileId, const QString &secret)
{
    QSettings file(store.plaintextFilePath(), QSettings::IniFormat);
    file.setValue(testService + QLatin1Char('/') + profileId, secret);
    file.sync();
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

    // Issue 13, the plain-text fallback's life cycle, one test per rule.
    void plaintextFallbackPolicy_data()
    {
        QTest::addColumn<SecretOperation>("operation");
        QTest::addColumn<SecretError>("error");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<SecretLocation>("expected");
        QTest::newRow("read ok") << SecretOperation::Read << SecretError::None << true << SecretLocation::Keychain;
        QTest::newRow("read not found never falls back")
            << SecretOperation::Read << SecretError::NotFound << true << SecretLocation::Keychain;
        QTest::newRow("read no keychain, opted in")
            << SecretOperation::Read << SecretError::NoKeychain << true << SecretLocation::PlaintextFile;
        QTest::newRow("read no keychain, not opted in")
            << SecretOperation::Read << SecretError::NoKeychain << false << SecretLocation::Keychain;
        QTest::newRow("read timed out, opted in")
            << SecretOperation::Read << SecretError::TimedOut << true << SecretLocation::PlaintextFile;
        QTest::newRow("write denied, not opted in")
            << SecretOperation::Write << SecretError::AccessDenied << false << SecretLocation::SessionMemory;
        QTest::newRow("write denied, opted in")
            << SecretOperation::Write << SecretError::AccessDenied << true << SecretLocation::PlaintextFile;
        QTest::newRow("write no keychain, not opted in")
            << SecretOperation::Write << SecretError::NoKeychain << false << SecretLocation::SessionMemory;
        QTest::newRow("write ok, opted in")
            << SecretOperation::Write << SecretError::None << true << SecretLocation::Keychain;
        QTest::newRow("remove") << SecretOperation::Remove << SecretError::NoKeychain << true
                                << SecretLocation::Keychain;
    }

    void plaintextFallbackPolicy()
    {
        QFETCH(SecretOperation, operation);
        QFETCH(SecretError, error);
        QFETCH(bool, allowed);
        QFETCH(SecretLocation, expected);
        QCOMPARE(SecretStore::fallbackFor(operation, error, allowed), expected);
    }

    void plaintextCopyDeletedOnceTheKeychainHoldsIt()
    {
        SecretStore store(nullptr, testService);
        QVERIFY(store.setPlaintextFallbackAllowed(true));
        const QString profile = QStringLiteral("moved-to-keychain");
        plantPlaintextCopy(store, profile, QStringLiteral("old-plain"));
        QVERIFY(store.hasPlaintextCopy(profile));
        const SecretResult written = wait([&](auto done) { store.write(profile, QStringLiteral("new-secret"), done); });
        if (expectKeychain()) {
            QVERIFY2(written.ok(), qPrintable(written.message));
            QCOMPARE(written.location, SecretLocation::Keychain);
            QVERIFY2(!store.hasPlaintextCopy(profile), "the keychain holds the secret: the file copy must go");
            wait([&](auto done) { store.remove(profile, done); });
        } else {
            // No keychain, opted in: the file holds the new secret, not the old one.
            QCOMPARE(written.location, SecretLocation::PlaintextFile);
            SecretStore later(nullptr, testService);
            QCOMPARE(wait([&](auto done) { later.read(profile, done); }).secret, QStringLiteral("new-secret"));
        }
        store.setPlaintextFallbackAllowed(false);
        QVERIFY(!store.hasPlaintextCopy(profile));
    }

    void notFoundNeverFallsBackToPlaintext()
    {
        if (!expectKeychain()) {
            QSKIP("needs a keychain that answers “not found”");
        }
        SecretStore store(nullptr, testService);
        QVERIFY(store.setPlaintextFallbackAllowed(true));
        const QString profile = QStringLiteral("stale-copy");
        plantPlaintextCopy(store, profile, QStringLiteral("stale-token"));
        const SecretResult read = wait([&](auto done) { store.read(profile, done); });
        QCOMPARE(read.error, SecretError::NotFound);
        QVERIFY(read.secret.isEmpty());
        store.setPlaintextFallbackAllowed(false);
    }

    void revokingTheOptInDeletesThePlaintextCopy()
    {
        SecretStore store(nullptr, testService);
        QVERIFY(store.setPlaintextFallbackAllowed(true));
        const QString profile = QStringLiteral("revoked");
        plantPlaintextCopy(store, profile, QStringLiteral("revoked-secret"));
        plantPlaintextCopy(store, QStringLiteral("revoked-too"), QStringLiteral("other-secret"));
        QVERIFY(QFile::exists(store.plaintextFilePath()));
        QVERIFY(store.setPlaintextFallbackAllowed(false));
        QVERIFY(!store.plaintextFallbackAllowed());
        QVERIFY(!store.hasPlaintextCopy(profile));
        QVERIFY(!QFile::exists(store.plaintextFilePath()));
        // The running session keeps what it had, from memory.
        const SecretResult read = wait([&](auto done) { store.read(profile, done); });
        QCOMPARE(read.location, SecretLocation::SessionMemory);
        QCOMPARE(read.secret, QStringLiteral("revoked-secret"));
        // A new session finds nothing on disk.
        SecretStore later(nullptr, testService);
        QVERIFY(wait([&](auto done) { later.read(profile, done); }).secret.isEmpty());
    }

    void removeCleansThePlaintextCopyWithoutOptIn()
    {
        SecretStore store(nullptr, testService);
        QVERIFY(!store.plaintextFallbackAllowed());
        const QString profile = QStringLiteral("removed");
        plantPlaintextCopy(store, profile, QStringLiteral("left-behind"));
        wait([&](auto done) { store.remove(profile, done); });
        QVERIFY2(!store.hasPlaintextCopy(profile), "remove left the secret in the plain-text file");
        QFile::remove(store.plaintextFilePath());
    }

    void writeWithoutOptInNeverGoesToPlaintext()
    {
        SecretStore store(nullptr, testService);
        QVERIFY(!store.plaintextFallbackAllowed());
        const QString profile = QStringLiteral("no-opt-in");
        plantPlaintextCopy(store, profile, QStringLiteral("older-plain"));
        const SecretResult written = wait([&](auto done) { store.write(profile, QStringLiteral("newer"), done); });
        QVERIFY(written.location != SecretLocation::PlaintextFile);
        QVERIFY2(!store.hasPlaintextCopy(profile), "a stale plain-text copy outlived a newer write");
        if (!expectKeychain()) {
            QCOMPARE(written.location, SecretLocation::SessionMemory);
        }
        wait([&](auto done) { store.remove(profile, done); });
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
