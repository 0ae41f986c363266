// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace appclacks::core {

/// What a profile points at: the Appclacks API, or an exposition endpoint such as Cabourotte's.
enum class EndpointKind { AppclacksApi, ExpositionEndpoint };

enum class AuthMode { None, Basic, Bearer };

/// The part of a profile a validation problem is about, so that a form shows it beside its field.
enum class ProfileField { Name, Url, Username, RefreshInterval, ZoneLabel, ClientCertificate };

struct ProfileProblem
{
    ProfileField field;
    QString message; ///< for a person; never repeats a URL (it may hold a pasted token)
};

/// A place the user scrapes, with everything but its secret: tokens and passwords live in the
/// keychain under the profile's id (SecretStore), never here.
struct Profile
{
    QString id; ///< stable, generated; names the keychain entry
    QString name; ///< what the user calls it: "production"
    EndpointKind kind = EndpointKind::AppclacksApi;
    QUrl url = defaultAppclacksUrl(); ///< the API base for Appclacks, the full metrics URL otherwise
    QString username; ///< organization ID for Appclacks, the Basic user name otherwise
    AuthMode authMode = AuthMode::Basic;
    QString zoneLabel = QStringLiteral("zone");
    QString caFile; ///< PEM bundle trusted in addition to the system's
    QString clientCertificateFile;
    QString clientKeyFile;
    int refreshIntervalSeconds = 30;

    static QUrl defaultAppclacksUrl() { return QUrl(QStringLiteral("https://api.appclacks.com")); }

    /// The URL a scrape requests: `{base}/api/v1/metrics/healthchecks` for the Appclacks API.
    QUrl metricsUrl() const;

    /// Empty when the profile can be used; otherwise what to fix, for a person (the first problem).
    QString validationError() const;
    /// Every problem, each with the field it concerns; empty when the profile can be used.
    QList<ProfileProblem> problems() const;

    /// A URL as a person types it. Without a scheme ("api.example.com", "prober:9013/metrics"),
    /// https:// is assumed, never http:// (over which credentials are refused); `schemeAssumed`
    /// says so, for the form to show it.
    static QUrl urlFromUserInput(const QString &text, bool *schemeAssumed = nullptr);

    friend bool operator==(const Profile &, const Profile &) = default;
};

QString endpointKindName(EndpointKind kind); ///< "appclacks" or "exposition"
QString authModeName(AuthMode mode); ///< "none", "basic" or "bearer"
bool endpointKindFromName(const QString &name, EndpointKind &kind);
bool authModeFromName(const QString &name, AuthMode &mode);

} // namespace appclacks::core
