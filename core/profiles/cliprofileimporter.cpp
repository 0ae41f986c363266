// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/cliprofileimporter.h"

#include "core/profiles/profilestore.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(CliProfileImporter)
};

} // namespace

CliProfileImporter::CliProfileImporter(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

CliProfileImporter::~CliProfileImporter() = default;

void CliProfileImporter::start(const AppclacksCliConfig::Result &config)
{
    Q_ASSERT(!m_running);
    m_config = config;
    m_outcomes.clear();
    m_index = 0;
    m_running = true;
    // Always answer later, even for an empty file, so that callers connect before it comes.
    QTimer::singleShot(0, this, &CliProfileImporter::next);
}

void CliProfileImporter::next()
{
    const qsizetype total = m_config.profiles.size();
    Q_EMIT progress(int(m_index), int(total));
    if (m_index >= total) {
        m_running = false;
        Q_EMIT finished(m_outcomes);
        return;
    }
    const CliProfile &cli = m_config.profiles.at(m_index++);
    CliImportOutcome outcome;
    outcome.name = cli.name;
    outcome.organizationId = cli.organizationId;
    outcome.hadToken = !cli.apiToken.isEmpty();
    outcome.isDefault = cli.name == m_config.defaultProfile;

    ProfileStore store;
    const std::optional<Profile> existing = store.findByName(cli.name);
    outcome.updated = existing.has_value();
    const Profile profile = AppclacksCliConfig::toProfile(cli, existing.value_or(Profile {}));
    QString problem = profile.validationError();
    if (problem.isEmpty()) {
        problem = ProfileStore::writeBlockedReason();
    }
    if (!problem.isEmpty()) {
        outcome.status = CliImportOutcome::Status::Failed;
        outcome.message = problem;
        m_outcomes.append(outcome);
        QTimer::singleShot(0, this, &CliProfileImporter::next);
        return;
    }
    const Profile saved = store.save(profile);
    if (cli.apiToken.isEmpty() || !m_secrets) {
        m_outcomes.append(outcome);
        QTimer::singleShot(0, this, &CliProfileImporter::next);
        return;
    }
    // The importer may be gone (its window closed) before the keychain answers.
    QPointer<CliProfileImporter> self(this);
    m_secrets->write(saved.id, cli.apiToken, [self, outcome](const SecretResult &stored) mutable {
        if (!self) {
            return;
        }
        if (stored.location == SecretLocation::SessionMemory) {
            outcome.status = CliImportOutcome::Status::TokenKeptForSession;
            outcome.message = stored.message;
        } else if (stored.location == SecretLocation::PlaintextFile) {
            outcome.message = stored.message;
        }
        self->m_outcomes.append(outcome);
        self->next();
    });
}

QStringList CliProfileImporter::describe(const QList<CliImportOutcome> &outcomes)
{
    QStringList lines;
    for (const CliImportOutcome &outcome : outcomes) {
        QString name = QStringLiteral("“") + outcome.name + QStringLiteral("”");
        if (!outcome.organizationId.isEmpty()) {
            name += outcome.isDefault ? Text::tr(" (organization %1, the CLI's default)").arg(outcome.organizationId)
                                      : Text::tr(" (organization %1)").arg(outcome.organizationId);
        }
        switch (outcome.status) {
        case CliImportOutcome::Status::Imported: {
            const QString done
                = outcome.updated ? Text::tr("%1: updated").arg(name) : Text::tr("%1: imported").arg(name);
            if (!outcome.hadToken) {
                lines << Text::tr("%1, without a token (the file gives none).").arg(done);
            } else if (outcome.message.isEmpty()) {
                lines << Text::tr("%1, its token in the system keychain.").arg(done);
            } else {
                lines << done + QStringLiteral(". ") + outcome.message; // the plain-text file the user allowed
            }
            break;
        }
        case CliImportOutcome::Status::TokenKeptForSession:
            lines << Text::tr("%1: saved, but its token could not be stored: %2").arg(name, outcome.message);
            break;
        case CliImportOutcome::Status::Failed:
            lines << Text::tr("%1: not imported: %2").arg(name, outcome.message);
            break;
        }
    }
    return lines;
}

bool CliProfileImporter::allImported(const QList<CliImportOutcome> &outcomes)
{
    return std::all_of(outcomes.cbegin(), outcomes.cend(),
        [](const CliImportOutcome &outcome) { return outcome.status == CliImportOutcome::Status::Imported; });
}

} // namespace appclacks::core
