// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/sourcechooser.h"

#include "core/profiles/profilestore.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/dialogs/profilesdialog.h"

#include <QFileDialog>
#include <QMessageBox>

namespace appclacks::ui {

namespace {

// What an entry of the list does besides naming a source.
enum Entry { SourceEntry, OpenFileEntry, AddProfileEntry, ManageProfilesEntry };
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
    addItem(tr("Manage profiles…"));
    setItemData(count() - 1, ManageProfilesEntry, entryRole);

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
    case ManageProfilesEntry:
        rebuild();
        manageProfiles();
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
    // The form saves the profile and its token itself, showing that it is busy while the
    // keychain answers; the window goes on meanwhile (open(), not exec()).
    auto *dialog = new ProfileDialog(m_secrets, core::Profile {}, ProfileDialog::Mode::Add, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        rebuild();
        Q_EMIT sourceChosen(core::SourceSpec::fromProfile(dialog->savedProfile().id));
    });
    dialog->open();
}

ProfilesDialog *SourceChooser::manageProfiles()
{
    if (m_profilesDialog) {
        m_profilesDialog->raise();
        m_profilesDialog->activateWindow();
        return m_profilesDialog;
    }
    auto *dialog = new ProfilesDialog(m_secrets, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profilesDialog = dialog;
    if (m_current.kind == core::SourceKind::Profile) {
        dialog->selectProfile(m_current.profile);
    }
    connect(dialog, &ProfilesDialog::profilesChanged, this, &SourceChooser::rebuild);
    dialog->show();
    return dialog;
}

void SourceChooser::importCliProfiles()
{
    manageProfiles()->chooseImportFile();
}

} // namespace appclacks::ui
