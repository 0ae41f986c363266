// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "simulator/simulatedfleet.h"
#include "simulator/simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QTextStream>

#include <limits>
#include <optional>

using appclacks::simulator::FleetOptions;
using appclacks::simulator::SimulatedFleet;
using appclacks::simulator::SimulatorFaultParameters;
using appclacks::simulator::SimulatorServer;

namespace {

// sysexits, as appclacks-desktop uses them.
constexpr int exitUsage = 64;
constexpr int exitUnavailable = 69;
constexpr int exitIoError = 74;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "appclacks-simulator: " << message << "\nTry 'appclacks-simulator --help'.\n";
    err().flush();
    return exitUsage;
}

// "slow-first-byte" ↔ "SlowFirstByte", the enum's own name.
QString faultArgument(const char *key)
{
    QString name;
    for (const QChar c : QString::fromLatin1(key)) {
        if (c.isUpper() && !name.isEmpty()) {
            name += QLatin1Char('-');
        }
        name += c.toLower();
    }
    return name;
}

std::optional<SimulatorServer::Fault> faultFromArgument(const QString &argument)
{
    const QMetaEnum faults = QMetaEnum::fromType<SimulatorServer::Fault>();
    for (int i = 0; i < faults.keyCount(); ++i) {
        if (argument.compare(faultArgument(faults.key(i)), Qt::CaseInsensitive) == 0
            || argument.compare(QString::fromLatin1(faults.key(i)), Qt::CaseInsensitive) == 0) {
            return SimulatorServer::Fault(faults.value(i));
        }
    }
    return std::nullopt;
}

QStringList faultArguments()
{
    const QMetaEnum faults = QMetaEnum::fromType<SimulatorServer::Fault>();
    QStringList names;
    for (int i = 0; i < faults.keyCount(); ++i) {
        names.append(faultArgument(faults.key(i)));
    }
    return names;
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appclacks-simulator"));
    QCoreApplication::setApplicationVersion(appclacks::core::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves simulated health-check metrics on 127.0.0.1, as Appclacks' API "
                       "(/api/v1/metrics/healthchecks, Basic auth) and as Cabourotte (/metrics), until interrupted.\n"
                       "Without --checks or --zones it serves the demo scenario: 8 checks × 3 zones, one failing in "
                       "one zone, one failing everywhere, one slow."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString port = QStringLiteral("port");
    const QString tls = QStringLiteral("tls");
    const QString cert = QStringLiteral("cert");
    const QString key = QStringLiteral("key");
    const QString flavour = QStringLiteral("flavour");
    const QString checks = QStringLiteral("checks");
    const QString zones = QStringLiteral("zones");
    const QString seed = QStringLiteral("seed");
    const QString interval = QStringLiteral("interval");
    const QString timeScale = QStringLiteral("time-scale");
    const QString fault = QStringLiteral("fault");
    const QString retryAfter = QStringLiteral("retry-after");
    const QString delay = QStringLiteral("delay-ms");
    const QString trickle = QStringLiteral("trickle-ms");
    const QString redirect = QStringLiteral("redirect-url");
    const QString size = QStringLiteral("size");
    const QString organizationId = QStringLiteral("organization-id");
    const QString apiToken = QStringLiteral("api-token");
    const QString bearer = QStringLiteral("bearer-token");
    const QString zoneLabel = QStringLiteral("zone-label");
    parser.addOptions({
        { port, QStringLiteral("Port on 127.0.0.1; 0 picks a free one (default 9013)."), QStringLiteral("PORT"),
            QStringLiteral("9013") },
        { tls, QStringLiteral("Serve HTTPS; needs --cert and --key.") },
        { cert, QStringLiteral("PEM certificate (chain) for --tls."), QStringLiteral("FILE") },
        { key, QStringLiteral("PEM private key (RSA or EC, unencrypted) for --tls."), QStringLiteral("FILE") },
        { flavour, QStringLiteral("URL to print first: appclacks or cabourotte (both are served)."),
            QStringLiteral("NAME"), QStringLiteral("appclacks") },
        { checks, QStringLiteral("Number of checks."), QStringLiteral("N") },
        { zones, QStringLiteral("Number of zones (eu-west, eu-east, us-west, …)."), QStringLiteral("N") },
        { seed, QStringLiteral("Seed of names, ids and latencies (default 1)."), QStringLiteral("N"),
            QStringLiteral("1") },
        { interval, QStringLiteral("Seconds between two probes of a check (default 30)."), QStringLiteral("S"),
            QStringLiteral("30") },
        { timeScale, QStringLiteral("Simulated seconds per real second (default 30)."), QStringLiteral("X"),
            QStringLiteral("30") },
        { fault, QStringLiteral("Misbehave: %1.").arg(faultArguments().join(QStringLiteral(", "))),
            QStringLiteral("NAME") },
        { retryAfter, QStringLiteral("Retry-After of too-many-requests (default 30)."), QStringLiteral("S"),
            QStringLiteral("30") },
        { delay, QStringLiteral("Delay of slow-first-byte (default 3000)."), QStringLiteral("MS"),
            QStringLiteral("3000") },
        { trickle, QStringLiteral("Interval between two bytes of trickle (default 250)."), QStringLiteral("MS"),
            QStringLiteral("250") },
        { redirect, QStringLiteral("Target of redirect-to-other-port (default: this path on port + 1)."),
            QStringLiteral("URL") },
        { size,
            QStringLiteral("Bytes of oversized-body (default 80 MiB), or of gzip-bomb once decompressed "
                           "(default 1 GiB)."),
            QStringLiteral("BYTES") },
        { organizationId,
            QStringLiteral("Basic user of the Appclacks path (default: $APPCLACKS_ORGANIZATION_ID, or generated)."),
            QStringLiteral("ID") },
        { apiToken, QStringLiteral("Basic password of the Appclacks path (default: $APPCLACKS_TOKEN, or generated)."),
            QStringLiteral("TOKEN") },
        { bearer, QStringLiteral("Bearer token required on /metrics (default: none)."), QStringLiteral("TOKEN") },
        { zoneLabel, QStringLiteral("Zone label of /metrics (default: none, one prober)."), QStringLiteral("LABEL") },
    });
    parser.process(application);
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }

    const auto portValue = integerOption(parser, port, 0, 65535);
    const auto seedValue = integerOption(parser, seed, 0, std::numeric_limits<qint64>::max());
    const auto intervalValue = integerOption(parser, interval, 1, 86400);
    if (!portValue || !seedValue || !intervalValue) {
        return usageError(QStringLiteral("--port, --seed and --interval take whole numbers in range"));
    }
    bool ok = false;
    const double scale = parser.value(timeScale).toDouble(&ok);
    if (!ok || scale < 0) {
        return usageError(QStringLiteral("--time-scale takes a number, 0 or more"));
    }
    const QString flavourName = parser.value(flavour).toLower();
    if (flavourName != QLatin1String("appclacks") && flavourName != QLatin1String("cabourotte")) {
        return usageError(QStringLiteral("--flavour is appclacks or cabourotte"));
    }

    // The demo unless the fleet's shape is asked for; a custom fleet starts an hour into its life.
    std::optional<SimulatedFleet> fleet;
    if (parser.isSet(checks) || parser.isSet(zones)) {
        FleetOptions options;
        const auto checkCount = parser.isSet(checks) ? integerOption(parser, checks, 0, 1'000'000) : 8;
        const auto zoneCount = parser.isSet(zones) ? integerOption(parser, zones, 1, 1000) : 3;
        if (!checkCount || !zoneCount) {
            return usageError(QStringLiteral("--checks takes 0 to 1000000, --zones 1 to 1000"));
        }
        options.checks = int(*checkCount);
        options.zones = int(*zoneCount);
        options.seed = std::uint64_t(*seedValue);
        options.intervalSeconds = int(*intervalValue);
        fleet.emplace(options);
        fleet->advance(3600);
    } else {
        fleet.emplace(SimulatedFleet::demoScenario(std::uint64_t(*seedValue)));
    }
    SimulatorServer server(std::move(*fleet));

    if (parser.isSet(tls)) {
        if (!parser.isSet(cert) || !parser.isSet(key)) {
            return usageError(QStringLiteral("--tls needs --cert FILE and --key FILE"));
        }
        QString error;
        const QSslConfiguration configuration
            = SimulatorServer::tlsConfiguration(parser.value(cert), parser.value(key), &error);
        if (configuration.isNull()) {
            err() << "appclacks-simulator: " << error << '\n';
            return exitIoError;
        }
        server.setTls(configuration);
    } else if (parser.isSet(cert) || parser.isSet(key)) {
        return usageError(QStringLiteral("--cert and --key only make sense with --tls"));
    }

    QString organization = parser.value(organizationId);
    QString token = parser.value(apiToken);
    if (organization.isEmpty()) {
        organization = qEnvironmentVariable("APPCLACKS_ORGANIZATION_ID");
    }
    if (token.isEmpty()) {
        token = qEnvironmentVariable("APPCLACKS_TOKEN");
    }
    const bool generatedCredentials = organization.isEmpty() && token.isEmpty();
    if (!generatedCredentials) {
        if (organization.isEmpty() || token.isEmpty()) {
            return usageError(QStringLiteral("give both the organization ID and the API token, or neither"));
        }
        server.setBasicCredentials(organization, token);
    }
    server.setBearerToken(parser.value(bearer));
    server.setCabourotteLabels(parser.value(zoneLabel));
    server.setTimeScale(scale);

    if (parser.isSet(fault)) {
        const auto chosen = faultFromArgument(parser.value(fault));
        if (!chosen) {
            return usageError(QStringLiteral("unknown fault '%1'; one of: %2")
                                  .arg(parser.value(fault), faultArguments().join(QStringLiteral(", "))));
        }
        SimulatorFaultParameters parameters;
        const auto retry = integerOption(parser, retryAfter, 0, 86400);
        const auto delayValue = integerOption(parser, delay, 0, 3'600'000);
        const auto trickleValue = integerOption(parser, trickle, 1, 3'600'000);
        if (!retry || !delayValue || !trickleValue) {
            return usageError(QStringLiteral("--retry-after, --delay-ms and --trickle-ms take whole numbers"));
        }
        parameters.retryAfterSeconds = int(*retry);
        parameters.firstByteDelayMs = int(*delayValue);
        parameters.trickleIntervalMs = int(*trickleValue);
        if (parser.isSet(redirect)) {
            parameters.redirectUrl = QUrl(parser.value(redirect), QUrl::StrictMode);
            if (!parameters.redirectUrl.isValid() || parameters.redirectUrl.isRelative()) {
                return usageError(QStringLiteral("--redirect-url takes an absolute URL"));
            }
        }
        if (parser.isSet(size)) {
            const auto bytes = integerOption(parser, size, 0, qint64(1) << 40);
            if (!bytes) {
                return usageError(QStringLiteral("--size takes a number of bytes"));
            }
            parameters.oversizedBytes = *bytes;
            parameters.bombBytes = std::max<qint64>(1, *bytes);
        }
        server.setFault(*chosen, parameters);
    }

    if (!server.listen(quint16(*portValue))) {
        err() << "appclacks-simulator: cannot listen on 127.0.0.1:" << *portValue << ": " << server.errorString()
              << '\n';
        return exitUnavailable;
    }

    const SimulatedFleet &served = server.fleet();
    out() << "appclacks-simulator: " << served.checkCount() << " checks × " << served.zones().size() << " zones, seed "
          << *seedValue << ", " << scale << " simulated seconds per second\n";
    const QString appclacksLine = QStringLiteral("  Appclacks API: %1\n").arg(server.appclacksUrl().toString());
    const QString cabourotteLine = QStringLiteral("  Cabourotte:    %1\n").arg(server.cabourotteUrl().toString());
    out() << (flavourName == QLatin1String("appclacks") ? appclacksLine + cabourotteLine
                                                        : cabourotteLine + appclacksLine);
    // Secrets the user gave are theirs and never echoed; generated ones are useless unless shown.
    out() << "  APPCLACKS_ORGANIZATION_ID=" << server.organizationId() << '\n'
          << "  APPCLACKS_TOKEN=" << (generatedCredentials ? server.apiToken() : QStringLiteral("<secret>")) << '\n';
    if (parser.isSet(fault)) {
        out() << "  fault: "
              << faultArgument(QMetaEnum::fromType<SimulatorServer::Fault>().valueToKey(int(server.fault()))) << '\n';
    }
    out() << "Press Ctrl+C to stop.\n";
    out().flush();
    return application.exec();
}
