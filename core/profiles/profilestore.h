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

    /// Adds or replaces (by id); generates an id for a new profile. Returns the stored profile.
    /// Writes nothing while writeBlockedReason() is not empty: check it first.
    Profile save(Profile profile);
    bool remove(const QString &id);
    /// Empty when profiles can be saved; otherwise why not (AppSettings::checkFile()).
    static QString writeBlockedReason();

    QString lastUsedProfileId() const;
    void setLastUsedProfileId(const QString &id);
};

} // namespace appclacks::core
