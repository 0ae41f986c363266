// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/profilecommand.h"

#include "app/command.h"
#include "app/commands/secretjob.h"
#include "core/profiles/appclackscliconfig.h"
#include "core/profiles/cliprofileimporter.h"
#include "core/profiles/connectiontest.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/scrapeconfig.h"
#include "core/profiles/secretstore.h"
#include "core/settings/appsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTextStream>

#include <optional>

namespace appclacks::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
};

// The keychain outcome, for the terminal: where the token went, or why it could not go there.
// A session-only secret dies with this process, so for the command line it is a failure.
int reportStored(QTextStream &out, QTextStream &err, const QString &profileName, const core::SecretResult &stored)
{
    if (stored.ok() && stored.location == core::SecretLocation::Keychain) {
        out << Text::tr("Token for “%1” stored in the system keychain.").arg(profileName) << "\n";
        return ExitOk;
    }
    if (stored.location == core::SecretLocation::PlaintextFile) {
        out << stored.message << "\n";
        return ExitOk;
    }
    err << Text::tr("The token for “%1” could not be stored: %2").arg(profileName, stored.message) << "\n";
    return ExitUnavailable;
}

QString readToken(QCommandLineParser &parser, bool &given)
{
    given = true;
    if (parser.isSet(QStringLiteral("token-stdin"))) {
        QTextStream in(stdin);
        return in.readLine().trimmed();
    }
    QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("APPCLACKS_TOKEN"));
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    given = false;
    return {};
}

int listProfiles(QTextStream &out)
{
    const QList<core::Profile> profiles = core::ProfileStore().profiles();
    if (profiles.isEmpty()) {
        out << Text::tr(
            "No profiles yet. Add one with `appclacks-desktop profile add NAME …` or import the Appclacks CLI's "
            "with `appclacks-desktop profile import-appclacks-yaml`.")
            << "\n";
        return ExitOk;
    }
    QList<QStringList> rows { { Text::tr("NAME"), Text::tr("KIND"), Text::tr("URL"), Text::tr("USER"), Text::tr("AUTH"),
        Text::tr("INTERVAL") } };
    for (const core::Profile &profile : profiles) {
        rows.append({ profile.name, core::endpointKindName(profile.kind),
            profile.metricsUrl().toString(QUrl::RemoveUserInfo), profile.username, core::authModeName(profile.authMode),
            QString::number(profile.refreshIntervalSeconds) + QStringLiteral(" s") });
    }
    QList<qsizetype> widths(rows.front().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row.at(i).leftJustified(widths[i] + 2);
        }
        out << line.trimmed() << "\n";
    }
    return ExitOk;
}

int addProfile(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The profile's name."));
    const QList<QCommandLineOption> options {
        { QStringLiteral("kind"),
            Text::tr("appclacks (default), exposition, or prometheus for a Prometheus-compatible server "
                     "(Prometheus, Thanos, Mimir, VictoriaMetrics)."),
            QStringLiteral("kind"), QStringLiteral("appclacks") },
        { QStringLiteral("url"),
            Text::tr("API base (default https://api.appclacks.com), metrics URL, or the Prometheus server's base URL "
                     "with its path prefix (https://mimir.example/prometheus)."),
            QStringLiteral("url") },
        { QStringLiteral("user"), Text::tr("Organization ID (Appclacks) or Basic user name."), QStringLiteral("name") },
        { QStringLiteral("auth"), Text::tr("none, basic or bearer (default basic; none for --kind prometheus)."),
            QStringLiteral("mode") },
        { QStringLiteral("zone-label"), Text::tr("The label naming the zone (default zone)."), QStringLiteral("name"),
            QStringLiteral("zone") },
        { QStringLiteral("tenant"),
            Text::tr("Prometheus server: the tenant sent as X-Scope-OrgID (Mimir, Cortex); several joined by |."),
            QStringLiteral("id") },
        { QStringLiteral("match"),
            Text::tr("Prometheus server: label matchers added to every query, as in PromQL: 'job=\"cabourotte\"'. "
                     "Repeat for more."),
            QStringLiteral("matchers") },
        { QStringLiteral("name-label"), Text::tr("Prometheus server: the label holding a check's name (default name)."),
            QStringLiteral("name"), QStringLiteral("name") },
        { QStringLiteral("id-label"), Text::tr("Prometheus server: the label holding a check's id (default id)."),
            QStringLiteral("name"), QStringLiteral("id") },
        { QStringLiteral("ca-file"), Text::tr("Also trust the CAs in this PEM file."), QStringLiteral("pem") },
        { QStringLiteral("client-cert"), Text::tr("Client certificate (PEM)."), QStringLiteral("pem") },
        { QStringLiteral("client-key"), Text::tr("Client certificate's key (PEM)."), QStringLiteral("pem") },
        { QStringLiteral("interval"), Text::tr("Refresh interval in seconds (default 30)."), QStringLiteral("seconds"),
            QStringLiteral("30") },
        { QStringLiteral("token-stdin"),
            Text::tr("Read the token or password from the first line of standard input "
                     "(otherwise from APPCLACKS_TOKEN; never from the command line).") },
    };
    parser.addOptions(options);
    if (!parser.parse(QStringList { QStringLiteral("appclacks-desktop profile add") } + arguments)) {
        err << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("main", "usage: %1\n")
                   .arg(QStringLiteral(
                       "appclacks-desktop profile add NAME [--kind K] [--url URL] [--user ID] [--auth MODE] …"));
        return ExitUsage;
    }
    core::Profile profile;
    profile.name = parser.positionalArguments().constFirst();
    if (!core::endpointKindFromName(parser.value(QStringLiteral("kind")), profile.kind)) {
        err << Text::tr("--kind is appclacks, exposition or prometheus") << "\n";
        return ExitUsage;
    }
    const bool prometheus = profile.kind == core::EndpointKind::PrometheusServer;
    // Most Prometheus servers answer without signing in; the scraped kinds default to Basic.
    const QString auth = parser.isSet(QStringLiteral("auth")) ? parser.value(QStringLiteral("auth"))
        : prometheus                                          ? QStringLiteral("none")
                                                              : QStringLiteral("basic");
    if (!core::authModeFromName(auth, profile.authMode)) {
        err << Text::tr("--auth is none, basic or bearer") << "\n";
        return ExitUsage;
    }
    const QStringList prometheusOnly { QStringLiteral("tenant"), QStringLiteral("match"), QStringLiteral("name-label"),
        QStringLiteral("id-label") };
    for (const QString &option : prometheusOnly) {
        if (!prometheus && parser.isSet(option)) {
            err << Text::tr("--%1 is for --kind prometheus").arg(option) << "\n";
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("url"))) {
        profile.url = core::Profile::urlFromUserInput(parser.value(QStringLiteral("url")));
    } else if (profile.kind != core::EndpointKind::AppclacksApi) {
        err << (prometheus ? Text::tr("a Prometheus server needs --url (its base, such as http://localhost:9090)")
                           : Text::tr("an exposition endpoint needs --url"))
            << "\n";
        return ExitUsage;
    }
    profile.username = parser.value(QStringLiteral("user"));
    profile.zoneLabel = parser.value(QStringLiteral("zone-label"));
    profile.caFile = parser.value(QStringLiteral("ca-file"));
    profile.clientCertificateFile = parser.value(QStringLiteral("client-cert"));
    profile.clientKeyFile = parser.value(QStringLiteral("client-key"));
    profile.refreshIntervalSeconds = parser.value(QStringLiteral("interval")).toInt();
    if (prometheus) {
        profile.tenant = parser.value(QStringLiteral("tenant"));
        profile.labelMatchers = parser.values(QStringLiteral("match")).join(QStringLiteral(", "));
        profile.nameLabel = parser.value(QStringLiteral("name-label"));
        profile.idLabel = parser.value(QStringLiteral("id-label"));
    }
    if (const QString problem = profile.validationError(); !problem.isEmpty()) {
        err << problem << "\n";
        return ExitUsage;
    }
    if (const QString blocked = core::ProfileStore::writeBlockedReason(); !blocked.isEmpty()) {
        err << blocked << "\n";
        return ExitIoError;
    }
    core::ProfileStore store;
    // Adding a name again updates that profile (ProfileStore::save keeps its id and keychain entry).
    const bool existed = store.findByName(profile.name).has_value();
    bool tokenGiven = false;
    const QString token = readToken(parser, tokenGiven);
    if (profile.authMode != core::AuthMode::None && !tokenGiven) {
        err << Text::tr("give the token with --token-stdin or APPCLACKS_TOKEN") << "\n";
        return ExitUsage;
    }
    if (profile.authMode != core::AuthMode::None && token.isEmpty()) {
        // Stored, it would go out as "Basic b64(org:)" or "Bearer ": a request that can only fail.
        err << Text::tr("the token read from standard input is empty; nothing was saved") << "\n";
        return ExitUsage;
    }
    profile = store.save(profile);
    out << (existed ? Text::tr("Profile “%1” updated.") : Text::tr("Profile “%1” saved.")).arg(profile.name) << "\n";
    if (profile.authMode == core::AuthMode::None) {
        return ExitOk;
    }
    const core::SecretResult stored
        = waitForSecretJob([&](core::SecretStore &secrets, core::SecretStore::Callback done) {
              secrets.write(profile.id, token, std::move(done));
          });
    return reportStored(out, err, profile.name, stored);
}

int removeProfile(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1) {
        err << QCoreApplication::translate("main", "usage: %1\n")
                   .arg(QStringLiteral("appclacks-desktop profile remove NAME"));
        return ExitUsage;
    }
    core::ProfileStore store;
    const auto profile = store.find(arguments.constFirst());
    if (!profile) {
        err << Text::tr("No profile named “%1”.").arg(arguments.constFirst()) << "\n";
        return ExitUsage;
    }
    if (const QString blocked = core::ProfileStore::writeBlockedReason(); !blocked.isEmpty()) {
        err << blocked << "\n";
        return ExitIoError;
    }
    const core::SecretResult removed
        = waitForSecretJob([&](core::SecretStore &secrets, core::SecretStore::Callback done) {
              secrets.remove(profile->id, std::move(done));
          });
    store.remove(profile->id);
    out << Text::tr("Profile “%1” removed.").arg(profile->name) << "\n";
    if (!removed.ok()) {
        err << Text::tr("Its token could not be removed from the keychain: %1").arg(removed.message) << "\n";
        return ExitUnavailable;
    }
    return ExitOk;
}

// The profile `profile VERB NAME` names; otherwise nothing, the usage (or --help's text) printed
// and `status` the exit code.
std::optional<core::Profile> namedProfile(const QStringList &arguments, const QString &verb, const QString &help,
    QTextStream &out, QTextStream &err, int &status)
{
    if (arguments.size() != 1 || arguments.constFirst().startsWith(QLatin1Char('-'))) {
        const bool helpAsked = arguments.size() == 1
            && (arguments.constFirst() == QLatin1String("--help") || arguments.constFirst() == QLatin1String("-h"));
        (helpAsked ? out : err) << QCoreApplication::translate("main", "usage: %1\n")
                                       .arg(QStringLiteral("appclacks-desktop profile %1 NAME").arg(verb));
        if (helpAsked) {
            out << help << "\n";
        }
        status = helpAsked ? ExitOk : ExitUsage;
        return std::nullopt;
    }
    auto profile = core::ProfileStore().find(arguments.constFirst());
    if (!profile) {
        err << Text::tr("No profile named “%1”.").arg(arguments.constFirst()) << "\n";
        status = ExitUsage;
    }
    return profile;
}

int printScrapeConfig(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    int status = ExitOk;
    const auto profile = namedProfile(arguments, QStringLiteral("scrape-config"),
        Text::tr("Prints a Prometheus scrape job that scrapes what the profile NAME scrapes, ready to paste "
                 "under scrape_configs: in prometheus.yml. Its token or password is never printed: the "
                 "job reads it from the file it names."),
        out, err, status);
    if (!profile) {
        return status;
    }
    if (!core::ScrapeConfig::canWrite(*profile)) {
        err << Text::tr("“%1” is a Prometheus server, which is queried, not scraped: a scrape job comes from an "
                        "Appclacks or exposition profile.")
                   .arg(profile->name)
            << "\n";
        return ExitUsage;
    }
    out << core::ScrapeConfig::write(*profile);
    return ExitOk;
}

int testProfile(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    int status = ExitOk;
    const auto profile = namedProfile(arguments, QStringLiteral("test"),
        Text::tr("Connects once with the profile NAME and its token from the keychain, and says what answered: for "
                 "a Prometheus-compatible server, its name and version from /api/v1/status/buildinfo; otherwise, the "
                 "checks and zones of one scrape. Exit status: 0 answered, 77 credentials rejected, 69 unreachable "
                 "or too slow, 65 not the answer expected, 64 a profile that cannot be used as it is."),
        out, err, status);
    if (!profile) {
        return status;
    }
    // The Profiles dialog's test, waited for: the same request, the same sentence.
    core::SecretStore secrets;
    QNetworkAccessManager network;
    core::ConnectionTest test(&secrets, &network);
    std::optional<core::ConnectionTestResult> result;
    QEventLoop loop;
    QObject::connect(&test, &core::ConnectionTest::finished, &loop, [&](const core::ConnectionTestResult &answer) {
        result = answer;
        loop.quit();
    });
    test.start(*profile);
    loop.exec(); // finished() never comes from within start()
    (result->ok() ? out : err) << result->message << "\n";
    return result->exitCode;
}

int importAppclacksYaml(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() > 1) {
        err << QCoreApplication::translate("main", "usage: %1\n")
                   .arg(QStringLiteral("appclacks-desktop profile import-appclacks-yaml [FILE]"));
        return ExitUsage;
    }
    QString path = arguments.isEmpty() ? QString() : arguments.constFirst();
    if (path.isEmpty()) {
        QString folderError;
        path = core::AppclacksCliConfig::defaultPath(&folderError);
        if (path.isEmpty()) {
            err << Text::tr("The Appclacks CLI's configuration folder is unknown (%1): name the file.").arg(folderError)
                << "\n";
            return ExitUsage;
        }
    }
    const auto config = core::AppclacksCliConfig::readFile(path);
    if (!config.error.isEmpty()) {
        err << config.error << "\n";
        return config.unreadable ? ExitIoError : ExitDataError;
    }
    if (config.profiles.isEmpty()) {
        out << Text::tr("%1 holds no profiles.").arg(path) << "\n";
        return ExitOk;
    }
    if (const QString blocked = core::ProfileStore::writeBlockedReason(); !blocked.isEmpty()) {
        err << blocked << "\n";
        return ExitIoError;
    }
    // The window's import, waited for: the same outcomes, one line per profile.
    core::SecretStore secrets;
    core::CliProfileImporter importer(&secrets);
    QList<core::CliImportOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(
        &importer, &core::CliProfileImporter::finished, &loop, [&](const QList<core::CliImportOutcome> &finished) {
            outcomes = finished;
            loop.quit();
        });
    importer.start(config);
    loop.exec();
    int status = ExitOk;
    const QStringList lines = core::CliProfileImporter::describe(outcomes);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        switch (outcomes.at(i).status) {
        case core::CliImportOutcome::Status::Imported:
            out << lines.at(i) << "\n";
            break;
        case core::CliImportOutcome::Status::TokenKeptForSession:
            // A session-only token dies with this process: for the command line it is lost.
            err << lines.at(i) << "\n";
            status = std::max(status, int(ExitUnavailable));
            break;
        case core::CliImportOutcome::Status::Failed:
            err << lines.at(i) << "\n";
            status = std::max(status, int(ExitDataError));
            break;
        }
    }
    return status;
}

} // namespace

int runProfileCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // A damaged, unreadable or newer settings file is dealt with (and logged on stderr, once)
    // before any profile is touched.
    core::AppSettings::checkFile();
    const QString usage = QCoreApplication::translate("main", "usage: %1\n")
                              .arg(QStringLiteral("appclacks-desktop profile list | add NAME … | remove NAME | "
                                                  "test NAME | scrape-config NAME | import-appclacks-yaml [FILE]"));
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help")
        || arguments.constFirst() == QLatin1String("-h")) {
        (arguments.isEmpty() ? err : out) << usage;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString &verb = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("list") && rest.isEmpty()) {
        return listProfiles(out);
    }
    if (verb == QLatin1String("add")) {
        return addProfile(rest, out, err);
    }
    if (verb == QLatin1String("remove")) {
        return removeProfile(rest, out, err);
    }
    if (verb == QLatin1String("scrape-config")) {
        return printScrapeConfig(rest, out, err);
    }
    if (verb == QLatin1String("test")) {
        return testProfile(rest, out, err);
    }
    if (verb == QLatin1String("import-appclacks-yaml")) {
        return importAppclacksYaml(rest, out, err);
    }
    err << usage;
    return ExitUsage;
}

} // namespace appclacks::app
