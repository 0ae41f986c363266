// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/sourcechooser.h"

#include "core/profiles/appclackscliconfig.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "ui/dialogs/profiledialog.h"

#include <QFileDialog>
#include <QMessageBox>

namespace appclacks::ui {

namespace {

// What an entry of the list does besides naming a source.
enum Entry { SourceEntry, OpenFileEntry, AddProfileEntry };
constexpr int entryRole = Qt::UserRole + 1;
constexpr int specRole = Qt::UserRole + 2;

} // namespace

SourceChooser::SourceChooser(core::SecretStore *secrets, QWidget *parent)
    : QComboBox(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("sourceChoice"));
    setAccessibleName(tr("Source"));
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this, &SourceChooser::onActivated);
    rebuild();
}

SourceChooser::~SourceChooser() = default;

void SourceChooser::setCurrentSource(const core::SourceSpec &spec, const QString &name)
{
    m_current = spec;
    m_currentName = name;
    rebuild();
}

void SourceChooser::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    const auto addSource = [this](const QString &text, const core::SourceSpec &spec) {
        addItem(text);
        setItemData(count() - 1, SourceEntry, entryRole);
        setItemData(count() - 1, spec.toVariant(), specRole);
    };
    addSource(tr("No source"), {});
    addSource(tr("Demo"), core::SourceSpec::demo(m_current.kind == core::SourceKind::Demo ? m_current.seed : 1));
    for (const core::Profile &profile : core::ProfileStore().profiles()) {
        addSource(profile.name, core::SourceSpec::fromProfile(profile.id));
    }
    if (m_current.kind == core::SourceKind::File || m_current.kind == core::SourceKind::Url) {
        addSource(m_currentName, m_current);
    }
    insertSeparator(count());
    addItem(tr("Open a metrics file…"));
    setItemData(count() - 1, OpenFileEntry, entryRole);
    addItem(tr("Add a profile…"));
    setItemData(count() - 1, AddProfileEntry, entryRole);

    // The current profile may be named by name or id: look it up once, not per entry.
    const QString currentProfileId = m_current.kind == core::SourceKind::Profile
        ? core::ProfileStore().find(m_current.profile).value_or(core::Profile {}).id
        : QString();
    int current = 0;
    for (int index = 0; index < count(); ++index) {
        if (itemData(index, entryRole).toInt() != SourceEntry) {
            continue;
        }
        const core::SourceSpec spec = core::SourceSpec::fromVariant(itemData(index, specRole).toMap());
        const bool sameProfile = spec.kind == core::SourceKind::Profile && spec.profile == currentProfileId;
        if (spec.kind == m_current.kind && (sameProfile || spec.kind != core::SourceKind::Profile)) {
            current = index;
            break;
        }
    }
    setCurrentIndex(current);
}

void SourceChooser::onActivated(int index)
{
    switch (itemData(index, entryRole).toInt()) {
    case OpenFileEntry:
        rebuild();
        chooseFile();
        return;
    case AddProfileEntry:
        rebuild();
        addProfile();
        return;
    default:
        Q_EMIT sourceChosen(core::SourceSpec::fromVariant(itemData(index, specRole).toMap()));
        return;
    }
}

void SourceChooser::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Metrics File"), QString(), tr("Metrics files (*.prom *.txt *.metrics *.om);;All files (*)"));
    if (!path.isEmpty()) {
        Q_EMIT sourceChosen(core::SourceSpec::file(path));
    }
}

void SourceChooser::addProfile()
{
    // Nothing would be saved: say why before the user fills the form in.
    if (const QString blocked = core::ProfileStore::writeBlockedReason(); !blocked.isEmpty()) {
        QMessageBox::warning(this, tr("Add a Profile"), tr("Profiles cannot be saved: %1").arg(blocked));
        return;
    }
    ProfileDialog dialog(core::Profile {}, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const core::Profile profile = core::ProfileStore().save(dialog.profile());
    rebuild();
    const QString secret = dialog.secret();
    if (profile.authMode == core::AuthMode::None || secret.isEmpty()) {
        Q_EMIT sourceChosen(core::SourceSpec::fromProfile(profile.id));
        return;
    }
    saveSecretThenOpen(profile, secret);
}

// The keychain answers asynchronously; the window stays responsive meanwhile.
void SourceChooser::saveSecretThenOpen(const core::Profile &profile, const QString &secret)
{
    m_secrets->write(profile.id, secret, [this, profile, secret](const core::SecretResult &result) {
        if (!result.ok() && result.location == core::SecretLocation::SessionMemory) {
            // The keychain is missing or refused: the token lives for this session only, unless
            // the user, warned, chooses a file that only they can read.
            const auto answer = QMessageBox::warning(this, tr("Add a Profile"),
                tr("%1\n\nYou can instead keep the token in a plain-text file that only your user account can "
                   "read (%2). Anyone with access to your account, or to a backup of it, could read the token. "
                   "Store it there?")
                    .arg(result.message, m_secrets->plaintextFilePath()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer == QMessageBox::Yes) {
                m_secrets->setPlaintextFallbackAllowed(true);
                m_secrets->write(profile.id, secret, [](const core::SecretResult &) {});
            }
        }
        Q_EMIT sourceChosen(core::SourceSpec::fromProfile(profile.id));
    });
}

void SourceChooser::importCliProfiles()
{
    const QString path = core::AppclacksCliConfig::defaultPath();
    const auto config = core::AppclacksCliConfig::readFile(path);
    if (!config.error.isEmpty()) {
        QMessageBox::information(
            this, tr("Import Appclacks CLI Profiles"), tr("No profiles could be read: %1").arg(config.error));
        return;
    }
    core::ProfileStore store;
    QStringList imported;
    for (const core::CliProfile &cli : config.profiles) {
        core::Profile profile
            = core::AppclacksCliConfig::toProfile(cli, store.find(cli.name).value_or(core::Profile {}));
        profile = store.save(profile);
        imported << profile.name;
        if (!cli.apiToken.isEmpty()) {
            m_secrets->write(profile.id, cli.apiToken, [](const core::SecretResult &) {});
        }
    }
    rebuild();
    QMessageBox::information(this, tr("Import Appclacks CLI Profiles"),
        imported.isEmpty() ? tr("%1 holds no profiles.").arg(path)
                           : tr("Imported: %1.").arg(imported.join(QStringLiteral(", "))));
}

} // namespace appclacks::ui
