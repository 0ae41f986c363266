// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "appclacks.core.secrets", QtInfoMsg)

namespace appclacks::core {

namespace {

const auto plaintextOptInKey = QStringLiteral("secrets/plaintextFallbackAllowed");

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

SecretResult resultFromJob(const QKeychain::Job &job)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.error = SecretError::NotFound;
        result.message = Text::tr("No token is stored for this profile yet.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.error = SecretError::AccessDenied;
        result.message = Text::tr("The system keychain refused access: %1").arg(job.errorString());
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = SecretError::NoKeychain;
        result.message = Text::tr("No system keychain is available: %1").arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 has no isAvailable(): a missing Secret Service shows up as an OtherError
    // such as "Cannot autolaunch D-Bus without X11 $DISPLAY".
    const QString text = job.errorString();
    if (text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("org.freedesktop.secrets")) || text.contains(QLatin1String("ServiceUnknown"))) {
        result.error = SecretError::NoKeychain;
        result.message = Text::tr("No system keychain is available: %1").arg(text);
    } else {
        result.error = SecretError::Other;
        result.message = Text::tr("The system keychain failed: %1").arg(text);
    }
    return result;
}

} // namespace

SecretStore::SecretStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{ }

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &profileId, Callback done)
{
    if (const auto it = m_sessionSecrets.constFind(profileId); it != m_sessionSecrets.constEnd()) {
        SecretResult result;
        result.secret = *it;
        result.location = SecretLocation::SessionMemory;
        QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
        return;
    }
    runJob(Operation::Read, profileId, {}, std::move(done));
}

void SecretStore::write(const QString &profileId, const QString &secret, Callback done)
{
    runJob(Operation::Write, profileId, secret, std::move(done));
}

void SecretStore::remove(const QString &profileId, Callback done)
{
    m_sessionSecrets.remove(profileId);
    runJob(Operation::Remove, profileId, {}, std::move(done));
}

void SecretStore::runJob(Operation operation, const QString &profileId, const QString &secret, Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(profileId);
    job->setInsecureFallback(false); // QtKeychain's own plain-text fallback is never wanted

    // Whichever comes first, the job's answer or our timeout, completes the request.
    auto completed = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [=, this] {
        timer->deleteLater();
        if (*completed) {
            return;
        }
        *completed = true;
        SecretResult result;
        result.error = SecretError::TimedOut;
        result.message = Text::tr("The system keychain did not answer within %n seconds.", nullptr, m_timeoutMs / 1000);
        finishWithFallback(operation, profileId, secret, result, done);
    });
    // The timeout's handler keeps a copy of the callback; the job's handler takes the original.
    connect(job, &QKeychain::Job::finished, this, [=, this, done = std::move(done)](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (*completed) {
            return;
        }
        *completed = true;
        SecretResult result = resultFromJob(*finished);
        if (result.ok() && operation == Operation::Read) {
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        }
        if (result.ok() && operation == Operation::Write) {
            m_sessionSecrets.remove(profileId);
        }
        finishWithFallback(operation, profileId, secret, result, done);
    });
    timer->start(m_timeoutMs);
    job->start();
}

SecretLocation SecretStore::fallbackFor(SecretOperation operation, SecretError error, bool plaintextAllowed)
{
    // "Not found" is an answer, not a failure to answer: a read that fell back on it could bring
    // back a token the user has since replaced or removed.
    const bool keychainUnusable = error == SecretError::NoKeychain || error == SecretError::TimedOut
        || error == SecretError::AccessDenied || error == SecretError::Other;
    switch (operation) {
    case SecretOperation::Read:
        return keychainUnusable && plaintextAllowed ? SecretLocation::PlaintextFile : SecretLocation::Keychain;
    case SecretOperation::Write:
        if (error == SecretError::None) {
            return SecretLocation::Keychain;
        }
        // A refusal, the user's included, sends a secret to the file only when they opted in.
        return plaintextAllowed ? SecretLocation::PlaintextFile : SecretLocation::SessionMemory;
    case SecretOperation::Remove:
        return SecretLocation::Keychain;
    }
    return SecretLocation::Keychain;
}

void SecretStore::finishWithFallback(
    Operation operation, const QString &profileId, const QString &secret, SecretResult result, const Callback &done)
{
    if (!result.ok()) {
        qCInfo(lcSecrets) << "keychain" << (operation == Operation::Read ? "read" : "write/remove") << "for profile"
                          << profileId << "failed:" << result.message; // the secret itself never goes to a log
    }
    const SecretLocation fallback = fallbackFor(operation, result.error, plaintextFallbackAllowed());
    switch (operation) {
    case Operation::Read:
        if (result.ok()) {
            removePlaintext(profileId); // the keychain holds it: a copy on disk is only a risk
        } else if (fallback == SecretLocation::PlaintextFile) {
            QString stored;
            if (readPlaintext(profileId, stored)) {
                result = {};
                result.secret = stored;
                result.location = SecretLocation::PlaintextFile;
            }
        }
        break;
    case Operation::Write:
        if (fallback == SecretLocation::PlaintextFile) {
            QString fileError;
            if (writePlaintext(profileId, secret, fileError)) {
                result.location = SecretLocation::PlaintextFile;
                result.message += QLatin1Char(' ')
                    + Text::tr("The token was saved in %1, readable only by you, as you allowed.")
                          .arg(plaintextFilePath());
                break;
            }
        }
        // Wherever the new secret went, an older copy on disk is now stale.
        removePlaintext(profileId);
        if (!result.ok()) {
            m_sessionSecrets.insert(profileId, secret);
            result.location = SecretLocation::SessionMemory;
            result.message += QLatin1Char(' ') + Text::tr("The token is kept in memory for this session only.");
        }
        break;
    case Operation::Remove:
        removePlaintext(profileId); // opted in or not: a removed secret leaves nothing behind
        if (result.error == SecretError::NotFound) {
            result = {}; // removing what is not there is not a failure
        }
        break;
    }
    done(result);
}

bool SecretStore::setPlaintextFallbackAllowed(bool allowed)
{
    QSettings settings;
    settings.setValue(plaintextOptInKey, allowed);
    settings.sync();
    if (allowed || !QFile::exists(plaintextFilePath())) {
        return true;
    }
    // Revoked: the secrets leave the disk now. This session keeps them in memory, so that a
    // window that is scraping goes on until the user stores the token again or quits.
    QSettings file(plaintextFilePath(), QSettings::IniFormat);
    file.beginGroup(m_service);
    const QStringList ids = file.childKeys();
    for (const QString &id : ids) {
        const QString stored = file.value(id).toString();
        if (!stored.isEmpty() && !m_sessionSecrets.contains(id)) {
            m_sessionSecrets.insert(id, stored);
        }
    }
    file.remove(QString()); // the whole group
    file.endGroup();
    const bool empty = file.allKeys().isEmpty();
    file.sync();
    if (file.status() != QSettings::NoError) {
        return false;
    }
    return empty ? QFile::remove(plaintextFilePath()) : true;
}

bool SecretStore::plaintextFallbackAllowed() const
{
    return QSettings().value(plaintextOptInKey, false).toBool();
}

QString SecretStore::plaintextFilePath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/plaintext-secrets.ini");
}

bool SecretStore::hasPlaintextCopy(const QString &profileId) const
{
    QString stored;
    return readPlaintext(profileId, stored);
}

bool SecretStore::removePlaintext(const QString &profileId) const
{
    if (!hasPlaintextCopy(profileId)) {
        return true;
    }
    QString error;
    return writePlaintext(profileId, QString(), error);
}

bool SecretStore::readPlaintext(const QString &profileId, QString &secret) const
{
    if (!QFile::exists(plaintextFilePath())) {
        return false;
    }
    const QSettings file(plaintextFilePath(), QSettings::IniFormat);
    secret = file.value(m_service + QLatin1Char('/') + profileId).toString();
    return !secret.isEmpty();
}

bool SecretStore::writePlaintext(const QString &profileId, const QString &secret, QString &error) const
{
    const QString path = plaintextFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        error = Text::tr("could not create the folder %1").arg(folder);
        return false;
    }
    // Create the file with owner-only permissions before anything is written to it.
    if (!QFile::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly)) {
            error = create.errorString();
            return false;
        }
        create.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSettings file(path, QSettings::IniFormat);
    const QString key = m_service + QLatin1Char('/') + profileId;
    if (secret.isEmpty()) {
        file.remove(key);
    } else {
        file.setValue(key, secret);
    }
    file.sync();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.status() != QSettings::NoError) {
        error = Text::tr("could not write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace appclacks::core
