// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace appclacks::core {

/// A profile of the legacy Appclacks CLI, with its token: import it, then store the token in the
/// keychain and forget it.
struct CliProfile
{
    QString name;
    QString organizationId;
    QString apiToken;
    QString apiEndpoint; ///< empty: the default https://api.appclacks.com
};

/// The legacy Appclacks CLI's set-up: `<user config dir>/appclacks/appclacks.yaml` with
/// `default-profile: NAME` and `profiles: {NAME: {organization-id: …, api-token: …}}`, and the
/// environment variables APPCLACKS_ORGANIZATION_ID, APPCLACKS_TOKEN, APPCLACKS_API_ENDPOINT and
/// APPCLACKS_PROFILE.
class AppclacksCliConfig final
{
public:
    struct Result
    {
        QList<CliProfile> profiles;
        QString defaultProfile;
        /// "FILE:LINE:COLUMN: reason" when the file could not be read or understood (nothing is
        /// imported then), "FILE: reason" when it could not be opened. Never holds a token.
        QString error;
        bool unreadable = false; ///< the file could not be opened or read at all (not a YAML problem)
    };

    /// `<user config dir>/appclacks/appclacks.yaml`, where the CLI keeps it: the folder is Go's
    /// os.UserConfigDir() (userConfigDir()), not Qt's. Empty, with `error` set, when the
    /// environment names no such folder.
    static QString defaultPath(QString *error = nullptr);
    /// The folder of defaultPath(), or the user's home when it cannot be determined or does not
    /// exist yet: where a file picker starts.
    static QString defaultFolder();

    static Result readFile(const QString &path);
    /// Reads the YAML as the CLI's Go YAML library does (yaml-cpp: flow and block styles, quoting,
    /// escapes, anchors and aliases, merge keys); unknown keys are ignored, duplicate profile
    /// names and keys that are not scalars are refused.
    static Result parse(const QByteArray &yaml, const QString &fileName = QString());

    /// The profile the environment describes (APPCLACKS_ORGANIZATION_ID and APPCLACKS_TOKEN,
    /// optionally APPCLACKS_API_ENDPOINT), named "environment"; nothing when they are not set.
    static QList<CliProfile> fromEnvironment(const QProcessEnvironment &environment);

    /// APPCLACKS_PROFILE, or the file's default-profile.
    static QString selectedProfile(const QProcessEnvironment &environment, const Result &file);

    /// `cli` as an Appclacks API profile; `existing` keeps its id and the settings the CLI has none of.
    static Profile toProfile(const CliProfile &cli, Profile existing = {});
};

} // namespace appclacks::core
