// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace appclacks::core {

/// Why a secret could not be read or written, told apart because the user's next step differs.
enum class SecretError {
    None,
    NoKeychain, ///< no Secret Service / keychain reachable (e.g. "Cannot autolaunch D-Bus")
    AccessDenied, ///< the keychain refused, or the user declined its prompt
    NotFound, ///< no secret stored for this profile
    TimedOut, ///< the keychain did not answer in time
    Other,
};

/// Where a secret came from or went to.
enum class SecretLocation { Keychain, SessionMemory, PlaintextFile };

enum class SecretOperation { Read, Write, Remove };

struct SecretResult
{
    QString secret; ///< never logged, never shown
    SecretError error = SecretError::None;
    SecretLocation location = SecretLocation::Keychain;
    QString message; ///< for a person: what happened and what it means; never contains the secret

    bool ok() const { return error == SecretError::None; }
};

/// Tokens and passwords, one entry per profile id, in the operating system's keychain through
/// QtKeychain's asynchronous jobs with a timeout of our own, so a stuck keychain never freezes
/// the window. When the keychain is missing or refuses, a secret lives in memory for this
/// session only; a plain-text file (0600) is used only while the user has opted in.
///
/// The plain-text copy's life cycle: written only when the keychain cannot take a secret and
/// the opt-in is on; read only when the keychain cannot answer (never on "not found", so a stale
/// copy cannot come back); deleted as soon as the keychain holds the secret, when the profile's
/// secret is removed (opt-in or not), and whole when the opt-in is revoked.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr, const QString &service = QStringLiteral("appclacks-desktop"));
    ~SecretStore() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// `done` runs once, on this object's thread, after the keychain answered or timed out.
    void read(const QString &profileId, Callback done);
    void write(const QString &profileId, const QString &secret, Callback done);
    void remove(const QString &profileId, Callback done);

    /// The Preferences checkbox. true: the user accepted the warning, and secrets that the
    /// keychain cannot take go to a file that only they can read. false (the default) revokes
    /// it: the file's secrets of this service are deleted at once (this store keeps them in
    /// memory for the rest of the session, so nothing stops working until the app quits).
    /// Returns false when the file could not be cleaned; the opt-in is off either way.
    bool setPlaintextFallbackAllowed(bool allowed);
    bool plaintextFallbackAllowed() const;
    QString plaintextFilePath() const;
    /// Whether the plain-text file holds a secret for this profile (for tests and Preferences).
    bool hasPlaintextCopy(const QString &profileId) const;

    /// The fallback policy, in one place: where an operation that the keychain answered with
    /// `error` goes next. Keychain means "nowhere else": the keychain's answer stands.
    static SecretLocation fallbackFor(SecretOperation operation, SecretError error, bool plaintextAllowed);

private:
    using Operation = SecretOperation;
    void runJob(Operation operation, const QString &profileId, const QString &secret, Callback done);
    void finishWithFallback(Operation operation, const QString &profileId, const QString &secret, SecretResult result,
        const Callback &done);
    bool readPlaintext(const QString &profileId, QString &secret) const;
    bool writePlaintext(const QString &profileId, const QString &secret, QString &error) const;
    bool removePlaintext(const QString &profileId) const;

    QString m_service;
    int m_timeoutMs = 10000;
    QHash<QString, QString> m_sessionSecrets; // profile id → secret kept for this session only
};

} // namespace appclacks::core
