// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

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
    return all;
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
    return kind == EndpointKind::AppclacksApi ? QStringLiteral("appclacks") : QStringLiteral("exposition");
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
    if (name == QLatin1String("appclacks")) {
        kind = EndpointKind::AppclacksApi;
        return true;
    }
    if (name == QLatin1String("exposition")) {
        kind = EndpointKind::ExpositionEndpoint;
        return true;
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
