// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace appclacks::core {

/// What a profile points at: the Appclacks API, an exposition endpoint such as Cabourotte's
/// (both scraped), or a server answering Prometheus's HTTP query API (Prometheus, Thanos, Mimir,
/// VictoriaMetrics), which is queried instead.
enum class EndpointKind { AppclacksApi, ExpositionEndpoint, PrometheusServer };

enum class AuthMode { None, Basic, Bearer };

/// The part of a profile a validation problem is about, so that a form shows it beside its field.
enum class ProfileField {
    Name,
    Url,
    Username,
    RefreshInterval,
    ZoneLabel,
    ClientCertificate,
    Tenant,
    LabelMatchers,
    NameLabel,
    IdLabel,
};

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
    /// The API base for Appclacks, the full metrics URL for an exposition endpoint, the query API's
    /// base for a Prometheus server (with its path prefix: `https://mimir.example/prometheus`).
    QUrl url = defaultAppclacksUrl();
    QString username; ///< organization ID for Appclacks, the Basic user name otherwise
    AuthMode authMode = AuthMode::Basic;
    QString zoneLabel = QStringLiteral("zone");
    QString caFile; ///< PEM bundle trusted in addition to the system's
    QString clientCertificateFile;
    QString clientKeyFile;
    int refreshIntervalSeconds = 30;

    // A Prometheus server's own fields (EndpointKind::PrometheusServer); the other kinds keep the
    // defaults.
    QString tenant; ///< sent as X-Scope-OrgID (Mimir, Cortex) when not empty
    QString labelMatchers; ///< as typed: `job="cabourotte", env="prod"` (LabelMatchers::parse)
    QString nameLabel = QStringLiteral("name"); ///< the label holding a check's name
    QString idLabel = QStringLiteral("id"); ///< the label holding a check's id; empty: none (Cabourotte)

    static QUrl defaultAppclacksUrl() { return QUrl(QStringLiteral("https://api.appclacks.com")); }

    /// The URL a scrape requests: `{base}/api/v1/metrics/healthchecks` for the Appclacks API.
    /// For a Prometheus server, its base URL (nothing is scraped: PrometheusEndpoint::fromProfile()
    /// and its apiUrl() give the query API's URLs under it).
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

private:
    void prometheusProblems(QList<ProfileProblem> &all) const;
};

QString endpointKindName(EndpointKind kind); ///< "appclacks", "exposition" or "prometheus"
QString authModeName(AuthMode mode); ///< "none", "basic" or "bearer"
bool endpointKindFromName(const QString &name, EndpointKind &kind);
bool authModeFromName(const QString &name, AuthMode &mode);

} // namespace appclacks::core
