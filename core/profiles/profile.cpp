// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/profile.h"

#include "core/profiles/labelmatchers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

// Mimir's rule for a tenant ID (Cortex and Thanos's receive accept the same), with "|" between
// the tenants of a federated query.
QString tenantProblem(const QString &tenant)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9!_.*'()-]+$"));
    const QStringList tenants = tenant.split(QLatin1Char('|'));
    for (const QString &one : tenants) {
        if (one.isEmpty() || !allowed.match(one).hasMatch() || one == QLatin1String(".")
            || one == QLatin1String("..")) {
            return Text::tr("A tenant is made of letters, digits and ! - _ . * ' ( ), several joined by “|”; "
                            "“%1” is not.")
                .arg(one);
        }
        if (one.size() > 150) {
            return Text::tr("A tenant is at most 150 characters long.");
        }
    }
    return {};
}

} // namespace

QUrl Profile::metricsUrl() const
{
    if (kind != EndpointKind::AppclacksApi) {
        return url;
    }
    QUrl metrics = url;
    QString path = metrics.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    metrics.setPath(path + QStringLiteral("/api/v1/metrics/healthchecks"));
    return metrics;
}

QString Profile::validationError() const
{
    const QList<ProfileProblem> all = problems();
    return all.isEmpty() ? QString() : all.constFirst().message;
}

QList<ProfileProblem> Profile::problems() const
{
    QList<ProfileProblem> all;
    const auto add = [&all](ProfileField field, const QString &message) { all.append({ field, message }); };
    if (name.trimmed().isEmpty()) {
        add(ProfileField::Name, Text::tr("The profile needs a name."));
    }
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        add(ProfileField::Url, Text::tr("The URL must be an http:// or https:// address with a host name."));
    } else if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        // A token pasted into the URL would be saved in the settings file and shown by
        // `profile list`: refuse it, and never repeat the URL in the message.
        add(ProfileField::Url,
            Text::tr("The URL must not contain a user name or token (“user:token@”). Remove it and put the "
                     "organization ID or user name in its field and the token in the token field."));
    }
    if (authMode == AuthMode::Basic && username.isEmpty()) {
        add(ProfileField::Username,
            kind == EndpointKind::AppclacksApi ? Text::tr("The Appclacks API needs the organization ID.")
                                               : Text::tr("Basic authentication needs a user name."));
    } else if (authMode == AuthMode::Basic && username.contains(QLatin1Char(':'))) {
        // Basic authentication sends "user:password": a colon in the user would move the split.
        add(ProfileField::Username,
            kind == EndpointKind::AppclacksApi ? Text::tr("The organization ID cannot contain “:”.")
                                               : Text::tr("The Basic user name cannot contain “:”."));
    }
    if (refreshIntervalSeconds < 5 || refreshIntervalSeconds > 24 * 3600) {
        add(ProfileField::RefreshInterval, Text::tr("The refresh interval must be between 5 seconds and one day."));
    }
    if (zoneLabel.isEmpty()) {
        add(ProfileField::ZoneLabel, Text::tr("The zone label cannot be empty."));
    }
    if (!clientCertificateFile.isEmpty() && clientKeyFile.isEmpty()) {
        add(ProfileField::ClientCertificate, Text::tr("A client certificate needs its private key file."));
    }
    if (kind == EndpointKind::PrometheusServer) {
        prometheusProblems(all);
    }
    return all;
}

void Profile::prometheusProblems(QList<ProfileProblem> &all) const
{
    const auto add = [&all](ProfileField field, const QString &message) { all.append({ field, message }); };
    if (url.hasQuery() || url.hasFragment()) {
        // The endpoints go under the base: "…/prometheus?x=1" + "/api/v1/query" means nothing.
        add(ProfileField::Url,
            Text::tr("The server's URL is a base such as https://mimir.example/prometheus, without “?” or “#”."));
    }
    if (!tenant.isEmpty()) {
        if (const QString problem = tenantProblem(tenant); !problem.isEmpty()) {
            add(ProfileField::Tenant, problem);
        }
    }
    if (const LabelMatchers::Result matchers = LabelMatchers::parse(labelMatchers); !matchers.error.isEmpty()) {
        add(ProfileField::LabelMatchers, matchers.error);
    }
    const auto checkLabel = [&add](ProfileField field, const QString &label, const QString &what) {
        if (!LabelMatchers::isValidLabelName(label)) {
            add(field,
                Text::tr("The %1 label must be a Prometheus label name: letters, digits and “_”, not starting with "
                         "a digit.")
                    .arg(what));
            return false;
        }
        return true;
    };
    const bool nameOk = checkLabel(ProfileField::NameLabel, nameLabel, Text::tr("check name"));
    // No id label: checks are told apart by name (Cabourotte's series have no id).
    const bool idOk = idLabel.isEmpty() || checkLabel(ProfileField::IdLabel, idLabel, Text::tr("check ID"));
    // An empty zone label has its own problem above.
    const bool zoneOk = zoneLabel.isEmpty() || checkLabel(ProfileField::ZoneLabel, zoneLabel, Text::tr("zone"));
    if (nameOk && idOk && nameLabel == idLabel) {
        add(ProfileField::IdLabel, Text::tr("The check ID and the check name need two different labels."));
    }
    if (zoneOk && !zoneLabel.isEmpty() && (zoneLabel == nameLabel || zoneLabel == idLabel)) {
        add(ProfileField::ZoneLabel, Text::tr("The zone needs a label of its own, not the check's name or ID label."));
    }
}

QUrl Profile::urlFromUserInput(const QString &text, bool *schemeAssumed)
{
    const QString trimmed = text.trimmed();
    // "scheme://" is what says a scheme was typed: "host:9013/metrics" has a colon but no scheme.
    static const QRegularExpression withScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    const bool assumed = !trimmed.isEmpty() && !withScheme.match(trimmed).hasMatch();
    if (schemeAssumed) {
        *schemeAssumed = assumed;
    }
    return QUrl(assumed ? QStringLiteral("https://") + trimmed : trimmed, QUrl::TolerantMode);
}

QString endpointKindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::AppclacksApi:
        return QStringLiteral("appclacks");
    case EndpointKind::ExpositionEndpoint:
        return QStringLiteral("exposition");
    case EndpointKind::PrometheusServer:
        return QStringLiteral("prometheus");
    }
    return QStringLiteral("appclacks");
}

QString authModeName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::None:
        return QStringLiteral("none");
    case AuthMode::Basic:
        return QStringLiteral("basic");
    case AuthMode::Bearer:
        return QStringLiteral("bearer");
    }
    return QStringLiteral("none");
}

bool endpointKindFromName(const QString &name, EndpointKind &kind)
{
    for (const EndpointKind candidate :
        { EndpointKind::AppclacksApi, EndpointKind::ExpositionEndpoint, EndpointKind::PrometheusServer }) {
        if (endpointKindName(candidate) == name) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

bool authModeFromName(const QString &name, AuthMode &mode)
{
    for (const AuthMode candidate : { AuthMode::None, AuthMode::Basic, AuthMode::Bearer }) {
        if (authModeName(candidate) == name) {
            mode = candidate;
            return true;
        }
    }
    return false;
}

} // namespace appclacks::core
