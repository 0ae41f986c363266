// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheusendpoint.h"

#include "core/profiles/labelmatchers.h"
#include "core/scrape/httpsecurity.h"

namespace appclacks::core {

std::optional<QString> PrometheusEndpoint::validate() const
{
    const QUrl &url = baseUrl;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return tr("“%1” is not an http:// or https:// URL.").arg(HttpSecurity::describeUrl(url));
    }
    if (!url.userInfo().isEmpty()) {
        return tr("The URL must not contain a user name or password; use the profile's credentials instead.");
    }
    if (url.hasQuery() || url.hasFragment()) {
        return tr("The URL of a Prometheus server takes no query or fragment: give its base, such as "
                  "https://prometheus.example:9090 or https://mimir.example/prometheus.");
    }
    const std::pair<const QString *, const char *> labels[] = {
        { &nameLabel, QT_TR_NOOP("name") },
        { &idLabel, QT_TR_NOOP("id") },
        { &zoneLabel, QT_TR_NOOP("zone") },
    };
    for (const auto &[label, role] : labels) {
        // The id label may be empty (checks told apart by name); the others are needed.
        const bool optional = label == &idLabel;
        if ((!optional || !label->isEmpty()) && !LabelMatchers::isValidLabelName(*label)) {
            return tr("The %1 label “%2” is not a label name (letters, digits and _, not starting with a digit).")
                .arg(tr(role), *label);
        }
    }
    if (LabelMatchers::Result matchers = LabelMatchers::parse(extraMatchers); !matchers.error.isEmpty()) {
        return matchers.error;
    }
    return std::nullopt;
}

QUrl PrometheusEndpoint::apiUrl(const QString &path) const
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    return url;
}

QString PrometheusEndpoint::displayName() const
{
    return profileName.isEmpty() ? HttpSecurity::describeUrl(baseUrl) : profileName;
}

PrometheusEndpoint PrometheusEndpoint::fromProfile(const Profile &profile, const QString &secret)
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = profile.url;
    endpoint.profileName = profile.name;
    endpoint.authMode = profile.authMode;
    // What the form hides for the mode chosen is not sent: no user name without Basic, no
    // secret without a mode that signs in.
    endpoint.username = profile.authMode == AuthMode::Basic ? profile.username : QString();
    endpoint.secret = profile.authMode == AuthMode::None ? QString() : secret;
    endpoint.caFile = profile.caFile;
    endpoint.clientCertificateFile = profile.clientCertificateFile;
    endpoint.clientKeyFile = profile.clientKeyFile;
    endpoint.tenant = profile.tenant;
    endpoint.extraMatchers = profile.labelMatchers;
    endpoint.nameLabel = profile.nameLabel;
    endpoint.idLabel = profile.idLabel;
    endpoint.zoneLabel = profile.zoneLabel;
    return endpoint;
}

} // namespace appclacks::core
