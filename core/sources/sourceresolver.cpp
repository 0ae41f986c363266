// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/sourceresolver.h"

#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/util/exitcode.h"

#include <QFileInfo>
#include <QPointer>
#include <QProcessEnvironment>

namespace appclacks::core {

namespace {

// TEMPORARY until PrometheusEndpoint::fromProfile lands from the profile branch.
PrometheusEndpoint prometheusEndpointOf(const Profile &profile, const QString &secret)
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = profile.url;
    endpoint.profileName = profile.name;
    endpoint.authMode = profile.authMode;
    endpoint.username = profile.username;
    endpoint.secret = secret;
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

} // namespace

namespace {

class ResolverText final
{
    Q_DECLARE_TR_FUNCTIONS(SourceResolver)
};

Resolution failure(int exitCode, const QString &error)
{
    return { std::nullopt, exitCode, error };
}

void applyTimeout(ScrapeRequest &request, int timeoutMs)
{
    request.deadlineMs = timeoutMs;
    request.inactivityMs = std::min(timeoutMs, request.inactivityMs);
}

} // namespace

SourceResolver::SourceResolver(DemoLauncher demoLauncher, QObject *parent)
    : QObject(parent)
    , m_demoLauncher(std::move(demoLauncher))
    , m_secrets(new SecretStore(this))
{ }

SourceResolver::~SourceResolver() = default;

void SourceResolver::cancel()
{
    ++m_generation;
}

void SourceResolver::resolve(const SourceSpec &spec, const Callback &done)
{
    const quint64 generation = ++m_generation;
    ResolvedSource source;
    source.spec = spec;
    if (!spec.zoneLabel.isEmpty()) {
        source.options.zoneLabel = spec.zoneLabel;
    }

    switch (spec.kind) {
    case SourceKind::None:
        done(failure(ExitUsage, ResolverText::tr("No source chosen.")));
        return;

    case SourceKind::File:
        source.name
            = spec.path == QLatin1String("-") ? ResolverText::tr("standard input") : QFileInfo(spec.path).fileName();
        done({ std::move(source), ExitOk, {} });
        return;

    case SourceKind::Demo: {
        QString error = ResolverText::tr("this build has no demo");
        std::unique_ptr<DemoServer> server
            = m_demoLauncher ? m_demoLauncher({ spec.seed, m_demoTimeScale }, &error) : nullptr;
        if (!server) {
            done(failure(ExitUnavailable, ResolverText::tr("Cannot start the demo server: %1").arg(error)));
            return;
        }
        source.name = ResolverText::tr("demo");
        source.request = server->scrapeRequest();
        source.request->profileName = source.name;
        applyTimeout(*source.request, spec.timeoutMs);
        source.demo = std::move(server);
        done({ std::move(source), ExitOk, {} });
        return;
    }

    case SourceKind::Url: {
        ScrapeRequest request;
        request.url = spec.url;
        request.profileName = spec.url.host();
        request.caFile = spec.caFile;
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString organization = environment.value(QStringLiteral("APPCLACKS_ORGANIZATION_ID"));
        const QString token = environment.value(QStringLiteral("APPCLACKS_TOKEN"));
        if (!organization.isEmpty() && !token.isEmpty()) {
            request.authMode = AuthMode::Basic;
            request.username = organization;
            request.secret = token;
        }
        applyTimeout(request, spec.timeoutMs);
        source.name = spec.url.toString(QUrl::RemoveUserInfo);
        source.request = std::move(request);
        done({ std::move(source), ExitOk, {} });
        return;
    }

    case SourceKind::Profile:
        break;
    }

    const auto profile = ProfileStore().find(spec.profile);
    if (!profile) {
        done(failure(ExitUsage,
            ResolverText::tr("No profile named “%1” (see `appclacks-desktop profile list`).").arg(spec.profile)));
        return;
    }
    source.name = profile->name;
    source.refreshSeconds = profile->refreshIntervalSeconds;
    if (spec.zoneLabel.isEmpty()) {
        source.options.zoneLabel = profile->zoneLabel;
    }
    const auto finish = [source, profile = *profile, spec, done](const QString &secret) {
        ResolvedSource resolved = source;
        if (profile.kind == EndpointKind::PrometheusServer) {
            resolved.prometheus = prometheusEndpointOf(profile, secret);
            done({ std::move(resolved), ExitOk, {} });
            return;
        }
        resolved.request = ScrapeRequest::forProfile(profile, secret);
        applyTimeout(*resolved.request, spec.timeoutMs);
        done({ std::move(resolved), ExitOk, {} });
    };
    if (profile->authMode == AuthMode::None) {
        finish(QString());
        return;
    }
    QPointer<SourceResolver> guard(this);
    m_secrets->read(profile->id, [guard, generation, finish, done, name = profile->name](const SecretResult &result) {
        if (!guard || guard->m_generation != generation) {
            return; // a newer source was chosen meanwhile
        }
        if (!result.ok()) {
            done(failure(ExitCredentialsRejected,
                ResolverText::tr("The token of “%1” is not available: %2").arg(name, result.message)));
            return;
        }
        finish(result.secret);
    });
}

} // namespace appclacks::core
