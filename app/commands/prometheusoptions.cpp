// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/prometheusoptions.h"

#include "app/command.h"
#include "core/profiles/profilestore.h"
#include "core/sources/sourceresolver.h"
#include "core/sources/sourcespec.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace appclacks::app::PrometheusOptions {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusOptions)
};

const QString prometheusOption = QStringLiteral("prometheus");
const QString matchOption = QStringLiteral("match");
const QString tenantOption = QStringLiteral("tenant");
const QString nameLabelOption = QStringLiteral("name-label");
const QString idLabelOption = QStringLiteral("id-label");

} // namespace

QList<QCommandLineOption> options()
{
    return {
        QCommandLineOption(prometheusOption,
            Text::tr("Read the window's figures from this Prometheus-compatible server (Prometheus, Thanos, Mimir, "
                     "VictoriaMetrics), computed by its PromQL; a path prefix such as /prometheus is kept. "
                     "Credentials come from APPCLACKS_PROMETHEUS_USER and APPCLACKS_PROMETHEUS_PASSWORD (Basic) or "
                     "APPCLACKS_PROMETHEUS_TOKEN (Bearer)."),
            QStringLiteral("url")),
        QCommandLineOption(matchOption,
            Text::tr("With --prometheus: label matchers every query gets, such as 'job=\"cabourotte\"'."),
            QStringLiteral("selector")),
        QCommandLineOption(tenantOption,
            Text::tr("With --prometheus: the tenant sent as X-Scope-OrgID (Mimir, Cortex)."), QStringLiteral("id")),
        QCommandLineOption(nameLabelOption,
            Text::tr("With --prometheus: the label that names the check (default name)."), QStringLiteral("label"),
            QStringLiteral("name")),
        QCommandLineOption(idLabelOption,
            Text::tr("With --prometheus: the label that holds the check's id (default id; empty for none)."),
            QStringLiteral("label"), QStringLiteral("id")),
    };
}

QList<QCommandLineOption> connectionOptions()
{
    return {
        QCommandLineOption(QStringLiteral("profile"),
            Text::tr("A saved profile of the kind Prometheus-compatible server (see `profile list`)."),
            QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("ca-file"),
            Text::tr("With --prometheus: also trust the CAs in this PEM file."), QStringLiteral("pem")),
        QCommandLineOption(QStringLiteral("timeout"),
            Text::tr("With --prometheus: give up on a query after this many seconds (default 60)."),
            QStringLiteral("seconds")),
        QCommandLineOption(QStringLiteral("zone-label"),
            Text::tr("With --prometheus: the label that names the zone (default zone)."), QStringLiteral("name")),
    };
}

std::optional<core::PrometheusEndpoint> chosenEndpoint(const QCommandLineParser &parser, QString *error, int *exitCode)
{
    *exitCode = ExitUsage;
    if (isSet(parser)) {
        return endpoint(parser, error);
    }
    return profileEndpoint(parser.value(QStringLiteral("profile")), error, exitCode);
}

ReadCheck readExactly(const core::PrometheusEndpoint &endpoint, const core::PrometheusCheckRequest &request)
{
    core::PrometheusOverTime reader(endpoint);
    core::PrometheusCheckAnswer answer;
    QEventLoop loop;
    QObject::connect(&reader, &core::PrometheusOverTime::finished, &loop,
        [&answer, &loop](const core::PrometheusCheckAnswer &received) {
            answer = received;
            loop.quit();
        });
    reader.read(request);
    loop.exec();
    ReadCheck read;
    read.warnings = answer.warnings;
    if (!answer.overTime) {
        read.exitCode = answer.failure.exitCode();
        read.error = answer.failure.message;
        return read;
    }
    if (answer.overTime->zones.empty()) {
        read.exitCode = ExitDataError;
        read.error = Text::tr("%1 has no check %2 in this window")
                         .arg(endpoint.displayName(), request.checkId.isEmpty() ? request.checkName : request.checkId);
        return read;
    }
    read.overTime = answer.overTime;
    return read;
}

ReadCheck readCheck(
    const core::PrometheusEndpoint &endpoint, const QString &check, core::PrometheusCheckRequest request)
{
    ReadCheck read;
    // By id first; a name only when no check has that id.
    for (const bool byId : { true, false }) {
        request.checkId = byId ? check : QString();
        request.checkName = check;
        const QStringList warnings = read.warnings;
        read = readExactly(endpoint, request);
        read.warnings = warnings + read.warnings;
        if (read.overTime || read.exitCode != ExitDataError) {
            return read;
        }
    }
    return read;
}

QString synopsis()
{
    return QStringLiteral("--prometheus URL [--match SELECTOR] [--tenant ID] [--name-label L] [--id-label L] "
                          "[--zone-label L] [--ca-file PEM] [--timeout S]");
}

bool isSet(const QCommandLineParser &parser)
{
    return parser.isSet(prometheusOption);
}

bool namesServerProfile(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile"))) {
        return false;
    }
    const auto profile = core::ProfileStore().find(parser.value(QStringLiteral("profile")));
    return profile && profile->kind == core::EndpointKind::PrometheusServer;
}

std::optional<core::PrometheusEndpoint> endpoint(const QCommandLineParser &parser, QString *error)
{
    core::PrometheusEndpoint endpoint;
    endpoint.baseUrl = QUrl::fromUserInput(parser.value(prometheusOption));
    endpoint.extraMatchers = parser.value(matchOption);
    endpoint.tenant = parser.value(tenantOption);
    endpoint.nameLabel = parser.value(nameLabelOption);
    endpoint.idLabel = parser.value(idLabelOption);
    if (parser.isSet(QStringLiteral("zone-label"))) {
        endpoint.zoneLabel = parser.value(QStringLiteral("zone-label"));
    }
    endpoint.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto timeoutMs = core::SourceSpec::timeoutMsFrom(parser.value(QStringLiteral("timeout")), error);
        if (!timeoutMs) {
            return std::nullopt;
        }
        endpoint.timeoutMs = *timeoutMs;
    }
    const QString user = qEnvironmentVariable("APPCLACKS_PROMETHEUS_USER");
    const QString password = qEnvironmentVariable("APPCLACKS_PROMETHEUS_PASSWORD");
    const QString token = qEnvironmentVariable("APPCLACKS_PROMETHEUS_TOKEN");
    if (!token.isEmpty() && !(user.isEmpty() && password.isEmpty())) {
        *error = Text::tr("set APPCLACKS_PROMETHEUS_TOKEN or APPCLACKS_PROMETHEUS_USER and "
                          "APPCLACKS_PROMETHEUS_PASSWORD, not both");
        return std::nullopt;
    }
    if (!token.isEmpty()) {
        endpoint.authMode = core::AuthMode::Bearer;
        endpoint.secret = token;
    } else if (!user.isEmpty() || !password.isEmpty()) {
        endpoint.authMode = core::AuthMode::Basic;
        endpoint.username = user;
        endpoint.secret = password;
    }
    if (const auto problem = endpoint.validate()) {
        *error = QStringLiteral("--prometheus: ") + *problem;
        return std::nullopt;
    }
    return endpoint;
}

std::optional<core::PrometheusEndpoint> profileEndpoint(const QString &name, QString *error, int *exitCode)
{
    core::SourceResolver resolver({});
    std::optional<core::Resolution> resolved;
    QEventLoop loop;
    resolver.resolve(core::SourceSpec::fromProfile(name), [&](const core::Resolution &answer) {
        resolved = answer;
        loop.quit();
    });
    if (!resolved) {
        loop.exec();
    }
    if (!resolved->source) {
        *error = resolved->error;
        *exitCode = resolved->exitCode;
        return std::nullopt;
    }
    if (!resolved->source->prometheus) {
        *error = Text::tr("“%1” is not a Prometheus-compatible server: its window is read from the history "
                          "(--history --source %1)")
                     .arg(name);
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return resolved->source->prometheus;
}

Read read(const core::PrometheusEndpoint &endpoint, const core::PrometheusRangeRequest &request)
{
    core::PrometheusSnapshots snapshots(endpoint);
    core::PrometheusRangeAnswer answer;
    QEventLoop loop;
    QObject::connect(&snapshots, &core::PrometheusSnapshots::finished, &loop,
        [&answer, &loop](const core::PrometheusRangeAnswer &received) {
            answer = received;
            loop.quit();
        });
    snapshots.read(request);
    loop.exec();

    Read read;
    read.warnings = answer.warnings;
    if (!answer.snapshot) {
        read.exitCode = answer.failure.exitCode();
        read.error = answer.failure.message;
        return read;
    }
    if (answer.snapshot->checks.empty()) {
        QString error;
        const auto promql = core::PromqlQueries::forEndpoint(endpoint, &error);
        read.exitCode = ExitDataError;
        read.error = Text::tr("%1 has no health-check series matching %2 in this window")
                         .arg(snapshots.server(), promql ? promql->outcomeSeriesSelector() : QString());
        return read;
    }
    read.snapshot = answer.snapshot;
    return read;
}

} // namespace appclacks::app::PrometheusOptions
