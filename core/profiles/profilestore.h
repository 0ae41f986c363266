// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QList>

#include <optional>

namespace appclacks::core {

/// Profiles kept in the application's QSettings, under "profiles/<id>/…". Secrets are never
/// written here. Use on the GUI thread; hand copies to workers.
class ProfileStore final
{
public:
    QList<Profile> profiles() const; ///< sorted by name
    std::optional<Profile> find(const QString &nameOrId) const;
    std::optional<Profile> findByName(const QString &name) const;

    /// Adds or replaces (by id). A profile without an id whose name exists updates that profile
    /// (a name is never stored twice); otherwise a new id is generated. Returns the stored profile.
    /// Writes nothing while writeBlockedReason() or nameConflict() is not empty: check them first.
    Profile save(Profile profile);
    /// Empty unless another profile (another id) already has `profile`'s name: a rename onto an
    /// existing name, which would make two profiles of one name.
    QString nameConflict(const Profile &profile) const;
    bool remove(const QString &id);
    /// Empty when profiles can be saved; otherwise why not (AppSettings::checkFile()).
    static QString writeBlockedReason();

    QString lastUsedProfileId() const;
    void setLastUsedProfileId(const QString &id);
};

} // namespace appclacks::core
