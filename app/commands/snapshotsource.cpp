// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/snapshotsource.h"

#include "app/command.h"
#include "app/commands/secretjob.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/scrape/httpscraper.h"
#include "core/scrape/snapshotbuilder.h"
#include "core/simulator/simulatorserver.h"
#include "core/sources/metricsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

#include <optional>

namespace appclacks::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SnapshotSource", text);
}

const QStringList sourceNames { QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("url"),
    QStringLiteral("profile") };

SnapshotSource::Loaded failed(int exitCode, const QString &error)
{
    return { nullptr, exitCode, error };
}

// One scrape through the same HTTP path as the window, waited for here.
SnapshotSource::Loaded scrapeOnce(
    core::ScrapeRequest request, const core::HealthOptions &options, const QString &sourceName, int timeoutMs)
{
    request.deadlineMs = timeoutMs;
    request.inactivityMs = std::min(timeoutMs, request.inactivityMs);
    QNetworkAccessManager network;
    core::HttpScraper scraper(&network);
    QEventLoop loop;
    std::optional<core::ScrapeResponse> answer;
    QObject::connect(&scraper, &core::HttpScraper::finished, &loop, [&](const core::ScrapeResponse &result) {
        answer = result;
        loop.quit();
    });
    scraper.start(request);
    if (!answer) { // a refused request (bad URL, insecure credentials) finishes within start()
        loop.exec();
    }
    const core::ScrapeResponse &response = *answer;
    if (!response.ok()) {
        return failed(core::exitCodeFor(response.error), response.message);
    }
    core::SnapshotBuilder::Input input;
    input.body = response.body;
    input.format = response.format;
    input.options = options;
    input.source = sourceName;
    input.scrapedAt = response.startedAt;
    const core::BuiltSnapshot built = core::SnapshotBuilder::build(input);
    if (!built.snapshot) {
        return failed(ExitDataError, request.url.toString(QUrl::RemoveUserInfo) + QLatin1Char(':') + built.error);
    }
    return { built.snapshot, ExitOk, {} };
}

} // namespace

QList<QCommandLineOption> SnapshotSource::options()
{
    return {
        QCommandLineOption(QStringLiteral("demo"),
            tr("Start the built-in simulator on a free loopback port and scrape "
               "it over HTTP, as a real profile is scraped.")),
        QCommandLineOption(QStringLiteral("seed"), tr("With --demo: the simulated fleet's seed (default 1)."),
            QStringLiteral("n"), QStringLiteral("1")),
        QCommandLineOption(
            QStringLiteral("file"), tr("A saved exposition file, or - for standard input."), QStringLiteral("path")),
        QCommandLineOption(QStringLiteral("url"),
            tr("Scrape this URL; Basic credentials come from APPCLACKS_ORGANIZATION_ID and "
               "APPCLACKS_TOKEN when both are set."),
            QStringLiteral("url")),
        QCommandLineOption(
            QStringLiteral("profile"), tr("Scrape a saved profile (see `profile list`)."), QStringLiteral("name")),
        QCommandLineOption(
            QStringLiteral("ca-file"), tr("With --url: also trust the CAs in this PEM file."), QStringLiteral("pem")),
        QCommandLineOption(QStringLiteral("timeout"),
            tr("With --url or --profile: give up after this many seconds "
               "(default 10)."),
            QStringLiteral("seconds"), QStringLiteral("10")),
        QCommandLineOption(QStringLiteral("zone-label"),
            tr("The label that names the zone (default: zone, or the "
               "profile's)."),
            QStringLiteral("name")),
    };
}

QString SnapshotSource::synopsis()
{
    return QStringLiteral("--demo [--seed N] | --file PATH | --profile NAME | --url URL [--ca-file PEM] [--timeout S]");
}

bool SnapshotSource::validate(const QCommandLineParser &parser, QString &error)
{
    int given = 0;
    for (const QString &name : sourceNames) {
        given += parser.isSet(name) ? 1 : 0;
    }
    if (given != 1) {
        error = tr("give exactly one source: %1").arg(synopsis());
        return false;
    }
    bool ok = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600) {
        error = tr("--timeout takes a number of seconds between 0 and 3600");
        return false;
    }
    bool seedOk = false;
    parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        error = tr("--seed takes a non-negative integer");
        return false;
    }
    if (parser.isSet(QStringLiteral("ca-file")) && !parser.isSet(QStringLiteral("url"))) {
        error = tr("--ca-file goes with --url (a profile has its own CA file)");
        return false;
    }
    return true;
}

SnapshotSource::Loaded SnapshotSource::load(const QCommandLineParser &parser)
{
    core::HealthOptions options;
    if (parser.isSet(QStringLiteral("zone-label"))) {
        options.zoneLabel = parser.value(QStringLiteral("zone-label"));
    }
    const int timeoutMs = int(parser.value(QStringLiteral("timeout")).toDouble() * 1000);

    if (parser.isSet(QStringLiteral("demo"))) {
        const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong();
        // The simulator makes up credentials for this run; it is scraped through the real HTTP path.
        core::SimulatorServer simulator(core::SimulatedFleet::demoScenario(seed));
        if (!simulator.listen()) {
            return failed(ExitUnavailable, tr("Cannot start the demo server: %1").arg(simulator.errorString()));
        }
        return scrapeOnce(simulator.appclacksScrapeRequest(tr("demo")), options, tr("demo"), timeoutMs);
    }

    if (parser.isSet(QStringLiteral("file"))) {
        const QString path = parser.value(QStringLiteral("file"));
        const auto file = core::MetricsFile::load(path);
        if (!file.ok()) {
            return failed(file.failure == core::MetricsFile::Failure::Io ? ExitIoError : ExitDataError, file.message);
        }
        core::HealthSnapshot snapshot = core::HealthSnapshot::fromDocument(*file.document, options);
        snapshot.source = path == QLatin1String("-") ? QStringLiteral("stdin") : QFileInfo(path).absoluteFilePath();
        snapshot.scrapedAt = file.modified;
        return { std::make_shared<const core::HealthSnapshot>(std::move(snapshot)), ExitOk, {} };
    }

    if (parser.isSet(QStringLiteral("url"))) {
        core::ScrapeRequest request;
        request.url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
        request.profileName = request.url.host();
        request.caFile = parser.value(QStringLiteral("ca-file"));
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString organization = environment.value(QStringLiteral("APPCLACKS_ORGANIZATION_ID"));
        const QString token = environment.value(QStringLiteral("APPCLACKS_TOKEN"));
        if (!organization.isEmpty() && !token.isEmpty()) {
            request.authMode = core::AuthMode::Basic;
            request.username = organization;
            request.secret = token;
        }
        return scrapeOnce(request, options, request.url.toString(QUrl::RemoveUserInfo), timeoutMs);
    }

    const QString name = parser.value(QStringLiteral("profile"));
    const auto profile = core::ProfileStore().find(name);
    if (!profile) {
        return failed(ExitUsage, tr("No profile named “%1” (see `appclacks-desktop profile list`).").arg(name));
    }
    QString secret;
    if (profile->authMode != core::AuthMode::None) {
        const core::SecretResult stored = waitForSecretJob(
            [&](core::SecretStore &secrets, core::SecretStore::Callback done) { secrets.read(profile->id, done); });
        if (!stored.ok()) {
            return failed(
                ExitCredentialsRejected, tr("No token for profile “%1”: %2").arg(profile->name, stored.message));
        }
        secret = stored.secret;
    }
    const core::ScrapeRequest request = core::ScrapeRequest::forProfile(*profile, secret);
    if (!parser.isSet(QStringLiteral("zone-label"))) {
        options.zoneLabel = profile->zoneLabel;
    }
    return scrapeOnce(request, options, profile->name, timeoutMs);
}

} // namespace appclacks::app
