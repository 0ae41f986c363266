// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace appclacks::core {

/// Where a Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics) answers its
/// HTTP query API, how to authenticate, and which of its series are health checks. Copied by value
/// into PrometheusApi. `secret` is never logged and never part of a message.
struct PrometheusEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusEndpoint)

public:
    /// `https://host:9090`, or with a path prefix: `https://mimir.example/prometheus`; the API's
    /// paths (`/api/v1/query`…) are appended to it.
    QUrl baseUrl;
    QString profileName; ///< names the profile in messages; the host when empty
    AuthMode authMode = AuthMode::None;
    QString username; ///< Basic only
    QString secret; ///< Basic's password or Bearer's token
    QString caFile;
    QString clientCertificateFile;
    QString clientKeyFile;
    /// Sent as `X-Scope-OrgID` when not empty (Mimir, Cortex, Loki's tenants).
    QString tenant;
    /// Extra matchers every query's selectors get, as text: `job="cabourotte", env=~"prod.*"`
    /// (braces optional), as LabelMatchers::parse() reads it.
    QString extraMatchers;
    /// The labels carrying a check's name, its id and the zone it is probed from. An empty
    /// id label means checks are told apart by name alone (Cabourotte has no id).
    QString nameLabel = QStringLiteral("name");
    QString idLabel = QStringLiteral("id");
    QString zoneLabel = QStringLiteral("zone");
    int timeoutMs = 60000; ///< one request, from sending to the body's last byte
    qint64 maxBodyBytes = 256ll * 1024 * 1024; ///< a larger answer is refused, not read

    /// Nothing when the endpoint is usable; otherwise what is wrong, naming the field. Checks the
    /// URL (http or https, no user info, no query), the label names and the matchers.
    std::optional<QString> validate() const;
    /// The API's URL for `path` ("/api/v1/query"), after the base URL's own path.
    QUrl apiUrl(const QString &path) const;
    /// The host (or profile name) a message names.
    QString displayName() const;

    /// Everything a Prometheus profile says (base URL with its prefix, authentication with
    /// `secret` from the keychain, TLS files, tenant, matchers, label names), for the API client.
    static PrometheusEndpoint fromProfile(const Profile &profile, const QString &secret);
};

} // namespace appclacks::core
