// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/sources/sourcespec.h"

#include <QComboBox>
#include <QPointer>

namespace appclacks::core {
class SecretStore;
struct Profile;
} // namespace appclacks::core

namespace appclacks::ui {

class ProfilesDialog;

/// The one place the window chooses a source: the toolbar's list (no source, the demo, each
/// profile, the open file), and the ways to add one — open a metrics file, add a profile (its
/// token to the keychain, never blocking the window), import the Appclacks CLI's profiles.
/// Every choice ends as one `sourceChosen` with a core::SourceSpec.
class SourceChooser final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceChooser)

public:
    /// `secrets` is the store the session reads tokens from, so that a token kept in memory
    /// (no keychain) is found when the new profile opens.
    explicit SourceChooser(core::SecretStore *secrets, QWidget *parent = nullptr);
    ~SourceChooser() override;

    /// Shows `spec` as the current choice (it may come from elsewhere: the command line, a drop).
    void setCurrentSource(const core::SourceSpec &spec, const QString &name);

public Q_SLOTS:
    void chooseFile();
    void addProfile();
    /// Opens the profiles dialog (or raises it), which it returns.
    ProfilesDialog *manageProfiles();
    /// The profiles dialog, asking for the Appclacks CLI's file.
    void importCliProfiles();

Q_SIGNALS:
    /// A source to open; kind None closes the current one.
    void sourceChosen(const appclacks::core::SourceSpec &spec);

private:
    void rebuild();
    void onActivated(int index);

    core::SecretStore *m_secrets = nullptr;
    core::SourceSpec m_current;
    QString m_currentName;
    QPointer<ProfilesDialog> m_profilesDialog;
};

} // namespace appclacks::ui
