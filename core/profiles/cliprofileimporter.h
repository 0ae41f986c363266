// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/appclackscliconfig.h"
#include "core/profiles/secretstore.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace appclacks::core {

/// What became of one profile of the CLI's file.
struct CliImportOutcome
{
    enum class Status {
        Imported, ///< saved, its token (if any) in the keychain or the opted-in plain-text file
        TokenKeptForSession, ///< saved, but the keychain refused its token: kept in memory only
        Failed, ///< not saved (invalid, or profiles cannot be written)
    };
    QString name;
    QString organizationId;
    bool hadToken = false; ///< the file gave a token for it
    Status status = Status::Imported;
    bool updated = false; ///< a profile of that name existed and was updated, not duplicated
    bool isDefault = false; ///< the CLI's default-profile
    QString message; ///< for a person, when something went wrong; never holds the token
};

/// Imports the Appclacks CLI's profiles: each one saved in the ProfileStore (a name that exists
/// is updated) and its token written to the keychain, one after the other, without waiting on
/// the keychain. The window and the command line both import through this class, so both report
/// the same per-profile outcome. Use on the thread that owns `secrets`.
class CliProfileImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProfileImporter)

public:
    explicit CliProfileImporter(SecretStore *secrets, QObject *parent = nullptr);
    ~CliProfileImporter() override;

    /// Starts importing; `finished` follows once, after the last keychain answer.
    void start(const AppclacksCliConfig::Result &config);
    bool isRunning() const { return m_running; }

    /// One line per profile, for a person: "“production” (organization org-1): imported, its token
    /// in the system keychain."
    static QStringList describe(const QList<CliImportOutcome> &outcomes);
    static bool allImported(const QList<CliImportOutcome> &outcomes);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QList<appclacks::core::CliImportOutcome> &outcomes);

private:
    void next();

    QPointer<SecretStore> m_secrets;
    AppclacksCliConfig::Result m_config;
    QList<CliImportOutcome> m_outcomes;
    qsizetype m_index = 0;
    bool m_running = false;
};

} // namespace appclacks::core
