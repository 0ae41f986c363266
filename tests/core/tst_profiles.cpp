// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/platform/userconfigdir.h"
#include "core/profiles/appclackscliconfig.h"
#include "core/profiles/connectiontest.h"
#include "core/profiles/labelmatchers.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/scrapeconfig.h"
#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/promqlqueries.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace appclacks::core;

class TestProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyApplicationIdentity();
    }
    void init() { QSettings().clear(); }

    void appclacksMetricsUrl()
    {
        Profile profile;
        QCOMPARE(profile.metricsUrl(), QUrl(QStringLiteral("https://api.appclacks.com/api/v1/metrics/healthchecks")));
        profile.url = QUrl(QStringLiteral("https://eu.example.net/base/"));
        QCOMPARE(profile.metricsUrl(), QUrl(QStringLiteral("https://eu.example.net/base/api/v1/metrics/healthchecks")));
        profile.kind = EndpointKind::ExpositionEndpoint;
        profile.url = QUrl(QStringLiteral("http://prober:9013/metrics"));
        QCOMPARE(profile.metricsUrl(), profile.url);
    }

    void validation()
    {
        Profile profile;
        profile.name = QStringLiteral("production");
        QVERIFY(profile.validationError().contains(QLatin1String("organization ID")));
        profile.username = QStringLiteral("org-1");
        QVERIFY(profile.validationError().isEmpty());
        profile.url = QUrl(QStringLiteral("ftp://example.org"));
        QVERIFY(!profile.validationError().isEmpty());
        profile.url = Profile::defaultAppclacksUrl();
        profile.refreshIntervalSeconds = 1;
        QVERIFY(profile.validationError().contains(QLatin1String("interval")));
    }

    // Issue 13: a token pasted inside a URL is refused, in every URL, and never stored.
    void tokenInUrlUserInfoIsRefused_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QString>("url");
        QTest::newRow("appclacks user and token")
            << EndpointKind::AppclacksApi << QStringLiteral("https://org-1:sekret-token@api.appclacks.com");
        QTest::newRow("exposition token only")
            << EndpointKind::ExpositionEndpoint << QStringLiteral("https://:sekret-token@prober:9013/metrics");
        QTest::newRow("exposition user only")
            << EndpointKind::ExpositionEndpoint << QStringLiteral("http://sekret-token@prober:9013/metrics");
    }

    void tokenInUrlUserInfoIsRefused()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QString, url);
        Profile profile;
        profile.name = QStringLiteral("pasted");
        profile.kind = kind;
        profile.username = QStringLiteral("org-1");
        profile.url = QUrl(url);
        const QString problem = profile.validationError();
        QVERIFY2(problem.contains(QLatin1String("token field")), qPrintable(problem));
        QVERIFY(!problem.contains(QLatin1String("sekret-token")));

        // Even a caller that skips validation never gets the user info into the settings file.
        const Profile saved = ProfileStore().save(profile);
        QSettings settings;
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("sekret-token")), qPrintable(key));
        }
        QVERIFY(ProfileStore().find(saved.id)->url.userInfo().isEmpty());
    }

    void organizationIdWithColonIsRefused()
    {
        Profile profile;
        profile.name = QStringLiteral("colon");
        profile.username = QStringLiteral("org:1");
        QVERIFY2(profile.validationError().contains(QStringLiteral("“:”")), qPrintable(profile.validationError()));
        profile.kind = EndpointKind::ExpositionEndpoint;
        profile.url = QUrl(QStringLiteral("https://prober:9013/metrics"));
        QVERIFY(!profile.validationError().isEmpty());
        profile.authMode = AuthMode::Bearer; // the user name is not sent with a bearer token
        QVERIFY(profile.validationError().isEmpty());
    }

    void storeRoundTripsWithoutSecrets()
    {
        ProfileStore store;
        Profile profile;
        profile.name = QStringLiteral("cabourotte");
        profile.kind = EndpointKind::ExpositionEndpoint;
        profile.url = QUrl(QStringLiteral("https://prober.internal:9013/metrics"));
        profile.username = QStringLiteral("monitor");
        profile.authMode = AuthMode::Bearer;
        profile.zoneLabel = QStringLiteral("region");
        profile.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
        profile.refreshIntervalSeconds = 15;
        const Profile saved = store.save(profile);
        QVERIFY(!saved.id.isEmpty());

        const auto found = store.find(QStringLiteral("cabourotte"));
        QVERIFY(found);
        QCOMPARE(*found, saved);
        QCOMPARE(store.find(saved.id)->name, profile.name);
        QCOMPARE(store.profiles().size(), 1);

        // The settings file holds no secret-looking key at all.
        const QStringList keys = QSettings().allKeys();
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive)
                    && !key.contains(QLatin1String("secret"), Qt::CaseInsensitive)
                    && !key.contains(QLatin1String("password"), Qt::CaseInsensitive),
                qPrintable(key));
        }

        store.setLastUsedProfileId(saved.id);
        QCOMPARE(store.lastUsedProfileId(), saved.id);
        QVERIFY(store.remove(saved.id));
        QVERIFY(store.lastUsedProfileId().isEmpty());
        QVERIFY(!store.find(QStringLiteral("cabourotte")));
        QVERIFY(!store.remove(saved.id));
    }

    void cliYaml()
    {
        const QByteArray yaml = "# written by appclacks login\n"
                                "default-profile: prod\n"
                                "profiles:\n"
                                "  prod:\n"
                                "    organization-id: 9b7c5f1e-0000-4000-8000-000000000001\n"
                                "    api-token: \"tok:en with spaces\"\n"
                                "  staging:\n"
                                "    organization-id: 'org-staging' # quoted\n"
                                "    api-token: plain-token\n"
                                "    api-endpoint: https://staging.api.appclacks.com\n"
                                "other-setting: true\n";
        const auto result = AppclacksCliConfig::parse(yaml);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.defaultProfile, QStringLiteral("prod"));
        QCOMPARE(result.profiles.size(), 2);
        QCOMPARE(result.profiles[0].name, QStringLiteral("prod"));
        QCOMPARE(result.profiles[0].organizationId, QStringLiteral("9b7c5f1e-0000-4000-8000-000000000001"));
        QCOMPARE(result.profiles[0].apiToken, QStringLiteral("tok:en with spaces"));
        QCOMPARE(result.profiles[1].organizationId, QStringLiteral("org-staging"));
        QCOMPARE(result.profiles[1].apiEndpoint, QStringLiteral("https://staging.api.appclacks.com"));
    }

    void cliYamlErrorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::newRow("not a mapping") << QByteArray("profiles:\n  prod: nope\n") << "appclacks.yaml:2:";
        // A line without a colon continues the plain scalar above it ("a profiles"), in YAML as in
        // Go's library: a colon-less line inside a mapping of mappings is the error.
        QTest::newRow("no colon") << QByteArray("profiles:\n  p:\n    organization-id: o\n  stray\n")
                                  << "appclacks.yaml:4:";
        QTest::newRow("no organization") << QByteArray("profiles:\n  p:\n    api-token: x\n") << "no organization-id";
    }

    void cliYamlErrorsSayWhere()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        const auto result = AppclacksCliConfig::parse(yaml);
        QVERIFY2(result.error.contains(where), qPrintable(result.error));
        QVERIFY(result.profiles.isEmpty());
        QVERIFY(!result.error.contains(QLatin1String("abc"))); // a token never reaches a message
    }

    // Issue 14: a name that exists is an update, never a second profile of that name.
    void sameNameUpdatesInsteadOfDuplicating()
    {
        ProfileStore store;
        Profile first;
        first.name = QStringLiteral("production");
        first.username = QStringLiteral("org-1");
        const Profile saved = store.save(first);

        Profile again; // as the form or `profile add` makes it: no id, the same name
        again.name = QStringLiteral("production");
        again.username = QStringLiteral("org-2");
        const Profile updated = store.save(again);
        QCOMPARE(updated.id, saved.id); // the same keychain entry, too
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.findByName(QStringLiteral("production"))->username, QStringLiteral("org-2"));

        // Renaming another profile onto that name is refused, not merged.
        Profile other;
        other.name = QStringLiteral("staging");
        other.username = QStringLiteral("org-3");
        other = store.save(other);
        QVERIFY(store.nameConflict(other).isEmpty());
        other.name = QStringLiteral("production");
        QVERIFY(store.nameConflict(other).contains(QLatin1String("production")));
        store.save(other);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.find(other.id)->name, QStringLiteral("staging"));
        QCOMPARE(store.findByName(QStringLiteral("production"))->id, saved.id);
    }

    // Issue 14: a URL typed without a scheme is https://, said so, never http://.
    void urlWithoutSchemeIsHttps_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("assumed");
        QTest::newRow("host") << "api.example.com"
                              << "https://api.example.com" << true;
        QTest::newRow("host and port") << "prober:9013/metrics"
                                       << "https://prober:9013/metrics" << true;
        QTest::newRow("localhost and port") << "localhost:9013"
                                            << "https://localhost:9013" << true;
        QTest::newRow("spaces") << "  api.example.com/base  "
                                << "https://api.example.com/base" << true;
        QTest::newRow("http kept") << "http://127.0.0.1:9013/metrics"
                                   << "http://127.0.0.1:9013/metrics" << false;
        QTest::newRow("https kept") << "https://api.appclacks.com"
                                    << "https://api.appclacks.com" << false;
        QTest::newRow("ftp kept, then refused") << "ftp://example.org"
                                                << "ftp://example.org" << false;
    }

    void urlWithoutSchemeIsHttps()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QFETCH(bool, assumed);
        bool schemeAssumed = !assumed;
        QCOMPARE(Profile::urlFromUserInput(typed, &schemeAssumed), QUrl(url));
        QCOMPARE(schemeAssumed, assumed);
    }

    void problemsNameTheirField()
    {
        Profile profile;
        profile.name = QStringLiteral(" ");
        profile.url = QUrl(QStringLiteral("https://org:tok@api.example.com"));
        profile.refreshIntervalSeconds = 1;
        profile.zoneLabel.clear();
        const QList<ProfileProblem> problems = profile.problems();
        QList<ProfileField> fields;
        for (const ProfileProblem &problem : problems) {
            fields << problem.field;
            QVERIFY(!problem.message.contains(QLatin1String("tok@")));
        }
        QCOMPARE(fields,
            (QList<ProfileField> { ProfileField::Name, ProfileField::Url, ProfileField::Username,
                ProfileField::RefreshInterval, ProfileField::ZoneLabel }));
        QCOMPARE(profile.validationError(), problems.constFirst().message);
    }

    // Issue 12: a Prometheus-compatible server, its fields stored and read back.
    void prometheusProfileRoundTrips()
    {
        Profile profile;
        profile.name = QStringLiteral("mimir");
        profile.kind = EndpointKind::PrometheusServer;
        profile.url = QUrl(QStringLiteral("https://mimir.example/prometheus"));
        profile.authMode = AuthMode::Bearer;
        profile.caFile = QStringLiteral("/etc/ssl/mimir-ca.pem");
        profile.clientCertificateFile = QStringLiteral("/home/me/client.pem");
        profile.clientKeyFile = QStringLiteral("/home/me/client.key");
        profile.tenant = QStringLiteral("team-a|team-b");
        profile.labelMatchers = QStringLiteral("job=\"cabourotte\", env=~\"prod|staging\"");
        profile.nameLabel = QStringLiteral("check_name");
        profile.idLabel = QStringLiteral("check_id");
        profile.zoneLabel = QStringLiteral("region");
        profile.refreshIntervalSeconds = 60;
        QVERIFY2(profile.problems().isEmpty(), qPrintable(profile.validationError()));
        const Profile saved = ProfileStore().save(profile);
        const auto found = ProfileStore().find(QStringLiteral("mimir"));
        QVERIFY(found);
        QCOMPARE(*found, saved);
        QCOMPARE(found->kind, EndpointKind::PrometheusServer);
        QCOMPARE(QSettings().value(QStringLiteral("profiles/%1/kind").arg(saved.id)).toString(),
            QStringLiteral("prometheus"));
        QCOMPARE(found->metricsUrl(), profile.url); // nothing is scraped from it

        // Every field of the stored profile reaches the endpoint the API client takes.
        const QString secret = QStringLiteral("token from the keychain");
        const PrometheusEndpoint bearer = PrometheusEndpoint::fromProfile(*found, secret);
        QCOMPARE(bearer.baseUrl, QUrl(QStringLiteral("https://mimir.example/prometheus")));
        QCOMPARE(bearer.profileName, QStringLiteral("mimir"));
        QCOMPARE(bearer.authMode, AuthMode::Bearer);
        QCOMPARE(bearer.secret, secret);
        QVERIFY(bearer.username.isEmpty());
        QCOMPARE(bearer.caFile, QStringLiteral("/etc/ssl/mimir-ca.pem"));
        QCOMPARE(bearer.clientCertificateFile, QStringLiteral("/home/me/client.pem"));
        QCOMPARE(bearer.clientKeyFile, QStringLiteral("/home/me/client.key"));
        QCOMPARE(bearer.tenant, QStringLiteral("team-a|team-b"));
        QCOMPARE(bearer.extraMatchers, QStringLiteral("job=\"cabourotte\", env=~\"prod|staging\""));
        QCOMPARE(bearer.nameLabel, QStringLiteral("check_name"));
        QCOMPARE(bearer.idLabel, QStringLiteral("check_id"));
        QCOMPARE(bearer.zoneLabel, QStringLiteral("region"));
        QCOMPARE(bearer.timeoutMs, PrometheusEndpoint().timeoutMs);
        QVERIFY(!bearer.validate());
        // The path prefix stays under every endpoint, with or without a trailing slash.
        QCOMPARE(bearer.apiUrl(QStringLiteral("/api/v1/status/buildinfo")),
            QUrl(QStringLiteral("https://mimir.example/prometheus/api/v1/status/buildinfo")));
        Profile other = *found;
        other.url = QUrl(QStringLiteral("https://mimir.example:8443/prometheus/"));
        QCOMPARE(PrometheusEndpoint::fromProfile(other, secret).apiUrl(QStringLiteral("/api/v1/query")),
            QUrl(QStringLiteral("https://mimir.example:8443/prometheus/api/v1/query")));
        // The matchers and label names are the queries' own.
        QString error;
        const auto promql = PromqlQueries::forEndpoint(bearer, &error);
        QVERIFY2(promql, qPrintable(error));
        QCOMPARE(promql->outcomes(60000, { QStringLiteral("web") }),
            QStringLiteral("sum by (check_name, check_id, region, status) (increase(healthcheck_total{"
                           "job=\"cabourotte\",env=~\"prod|staging\",check_id=\"web\"}[1m]))"));
        // Basic: the user name with the password.
        other.authMode = AuthMode::Basic;
        other.username = QStringLiteral("reader");
        const PrometheusEndpoint basic = PrometheusEndpoint::fromProfile(other, secret);
        QCOMPARE(basic.authMode, AuthMode::Basic);
        QCOMPARE(basic.username, QStringLiteral("reader"));
        QCOMPARE(basic.secret, secret);
        // None: nothing of the keychain's, nor a leftover user name, goes out.
        other.authMode = AuthMode::None;
        const PrometheusEndpoint none = PrometheusEndpoint::fromProfile(other, secret);
        QCOMPARE(none.authMode, AuthMode::None);
        QVERIFY(none.secret.isEmpty() && none.username.isEmpty());
        EndpointKind kind = EndpointKind::AppclacksApi;
        QVERIFY(endpointKindFromName(QStringLiteral("prometheus"), kind));
        QCOMPARE(kind, EndpointKind::PrometheusServer);
    }

    // A settings file written before the Prometheus kind reads back with its defaults.
    void olderSettingsReadWithDefaults()
    {
        {
            QSettings settings;
            settings.beginGroup(QStringLiteral("profiles/1b2c3d4e-0000-4000-8000-000000000001"));
            settings.setValue(QStringLiteral("name"), QStringLiteral("cabourotte"));
            settings.setValue(QStringLiteral("kind"), QStringLiteral("exposition"));
            settings.setValue(QStringLiteral("url"), QStringLiteral("http://prober:9013/metrics"));
            settings.setValue(QStringLiteral("auth"), QStringLiteral("none"));
            settings.setValue(QStringLiteral("zoneLabel"), QStringLiteral("zone"));
            settings.setValue(QStringLiteral("refreshInterval"), 30);
            settings.endGroup();
        }
        const auto found = ProfileStore().find(QStringLiteral("cabourotte"));
        QVERIFY(found);
        QCOMPARE(found->kind, EndpointKind::ExpositionEndpoint);
        QVERIFY(found->tenant.isEmpty());
        QVERIFY(found->labelMatchers.isEmpty());
        QCOMPARE(found->nameLabel, QStringLiteral("name"));
        QCOMPARE(found->idLabel, QStringLiteral("id"));
        QCOMPARE(found->zoneLabel, QStringLiteral("zone"));
        QVERIFY(found->problems().isEmpty());
        // Turned into a Prometheus profile, it is valid as it stands.
        Profile prometheus = *found;
        prometheus.kind = EndpointKind::PrometheusServer;
        QVERIFY2(prometheus.problems().isEmpty(), qPrintable(prometheus.validationError()));
    }

    void labelMatchersParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << QStringLiteral("   ") << QString();
        QTest::newRow("one") << QStringLiteral("job=\"cabourotte\"") << QStringLiteral("job=\"cabourotte\"");
        QTest::newRow("every operator") << QStringLiteral("  a = \"1\" ,b!=\"2\",c=~\"x.*\",  d!~'y|z', ")
                                        << QStringLiteral("a=\"1\", b!=\"2\", c=~\"x.*\", d!~\"y|z\"");
        QTest::newRow("braces") << QStringLiteral("{job=\"cabourotte\", env=\"prod\"}")
                                << QStringLiteral("job=\"cabourotte\", env=\"prod\"");
        QTest::newRow("braces, spaces, every quote, trailing comma")
            << QStringLiteral(" { job = \"x\" , env=~'prod|staging', dc!=`a\\b`, team!~\"ops\", } ")
            << QStringLiteral("job=\"x\", env=~\"prod|staging\", dc!=\"a\\\\b\", team!~\"ops\"");
        QTest::newRow("escapes") << QStringLiteral("path=\"C:\\\\probes\\t\\\"x\\\"\", e=\"\\u00e9\\xc3\\xa9\\101\"")
                                 << QStringLiteral("path=\"C:\\\\probes\\t\\\"x\\\"\", e=\"ééA\"");
        QTest::newRow("backticks are raw") << QStringLiteral("re=~`\\d+`") << QStringLiteral("re=~\"\\\\d+\"");
        QTest::newRow("single quotes") << QStringLiteral("q='it\\'s'") << QStringLiteral("q=\"it's\"");
        QTest::newRow("underscores and digits") << QStringLiteral("_x9=\"\"") << QStringLiteral("_x9=\"\"");
    }

    void labelMatchersParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        const LabelMatchers::Result result = LabelMatchers::parse(text);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(LabelMatchers::format(result.matchers), formatted);
        // What format() writes reads back the same.
        const LabelMatchers::Result again = LabelMatchers::parse(formatted);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.matchers, result.matchers);
    }

    void labelMatchersSayWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("no operator") << QStringLiteral("job=\"a\", env \"prod\"")
                                     << QStringLiteral("matcher 2, column 14") << QStringLiteral("=, !=, =~ or !~");
        QTest::newRow("unquoted") << QStringLiteral("job=cabourotte") << QStringLiteral("matcher 1, column 5")
                                  << QStringLiteral("quoted");
        QTest::newRow("unterminated") << QStringLiteral("job=\"a\", env=\"prod")
                                      << QStringLiteral("matcher 2, column 14") << QStringLiteral("no closing");
        QTest::newRow("no comma") << QStringLiteral("job=\"a\" env=\"b\"") << QStringLiteral("matcher 1, column 9")
                                  << QStringLiteral("“,”");
        QTest::newRow("bad name") << QStringLiteral("9job=\"a\"") << QStringLiteral("matcher 1, column 1")
                                  << QStringLiteral("label name");
        QTest::newRow("dash in name") << QStringLiteral("my-label=\"a\"") << QStringLiteral("matcher 1, column 3")
                                      << QStringLiteral("=, !=, =~ or !~");
        QTest::newRow("bad escape") << QStringLiteral("job=\"a\\qb\"") << QStringLiteral("matcher 1, column 7")
                                    << QStringLiteral("\\q");
        QTest::newRow("short hex") << QStringLiteral("job=\"\\x4\"") << QStringLiteral("matcher 1, column 6")
                                   << QStringLiteral("hexadecimal");
        QTest::newRow("bad regex") << QStringLiteral("zone=~\"eu-(west\"") << QStringLiteral("matcher 1, column 7")
                                   << QStringLiteral("regular expression");
        QTest::newRow("unclosed brace") << QStringLiteral("{job=\"a\"") << QStringLiteral("column 9")
                                        << QStringLiteral("“}”");
        QTest::newRow("after brace") << QStringLiteral("{job=\"a\"} x") << QStringLiteral("column 11")
                                     << QStringLiteral("follow");
        QTest::newRow("double comma") << QStringLiteral("job=\"a\",,") << QStringLiteral("matcher 2, column 9")
                                      << QStringLiteral("label name");
        QTest::newRow("no value") << QStringLiteral("job=") << QStringLiteral("matcher 1, column 5")
                                  << QStringLiteral("quoted");
        QTest::newRow("bad operator") << QStringLiteral("a==\"b\"") << QStringLiteral("matcher 1, column 3")
                                      << QStringLiteral("quoted");
        // What would end the selector and start another expression is refused where it starts.
        QTest::newRow("injection") << QStringLiteral("job=\"a\"} or up{x=\"y\"")
                                   << QStringLiteral("matcher 1, column 8") << QStringLiteral("“,”");
        QTest::newRow("metric selector") << QStringLiteral("up{job=\"a\"}") << QStringLiteral("matcher 1, column 3")
                                         << QStringLiteral("=, !=, =~ or !~");
    }

    void labelMatchersSayWhere()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const LabelMatchers::Result result = LabelMatchers::parse(text);
        QVERIFY(result.matchers.isEmpty());
        QVERIFY2(result.error.contains(where), qPrintable(result.error));
        QVERIFY2(result.error.contains(what), qPrintable(result.error));
    }

    // A profile that cannot be used is not sent anywhere: 64, and what to fix. The answer comes
    // later, never from within start().
    void connectionTestRefusesAnUnusableProfile()
    {
        Profile profile;
        profile.name = QStringLiteral("broken");
        profile.kind = EndpointKind::PrometheusServer;
        profile.authMode = AuthMode::None;
        profile.url = QUrl(QStringLiteral("https://prometheus.example"));
        profile.labelMatchers = QStringLiteral("job=cabourotte");
        QNetworkAccessManager network;
        ConnectionTest test(nullptr, &network);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start(profile);
        QVERIFY(test.isRunning());
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(5000));
        const auto result = finished.constFirst().constFirst().value<ConnectionTestResult>();
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.message.startsWith(QStringLiteral("“broken” cannot be tested as it is: Label matcher 1, "
                                                          "column 5")),
            qPrintable(result.message));
        QVERIFY(!test.isRunning());

        // Cancelled: no answer at all.
        test.start(profile);
        test.cancel();
        QVERIFY(!finished.wait(300));
        QCOMPARE(finished.size(), 1);
    }

    // The PromQL string literal every matcher and selector is written with.
    void quoting()
    {
        QCOMPARE(LabelMatchers::quote(QStringLiteral("plain")), QStringLiteral("\"plain\""));
        QCOMPARE(LabelMatchers::quote(QStringLiteral("a\"b\\c\nd")), QStringLiteral("\"a\\\"b\\\\c\\nd\""));
        QCOMPARE(LabelMatchers::quote(QString(QChar(1))), QStringLiteral("\"\\x01\""));
        QCOMPARE(LabelMatchers::quote(QStringLiteral("zürich")), QStringLiteral("\"zürich\""));
        const LabelMatcher matcher { QStringLiteral("id"), LabelMatcher::Op::RegexNoMatch, QStringLiteral("a\"b") };
        QCOMPARE(matcher.toPromql(), QStringLiteral("id!~\"a\\\"b\""));
    }

    void prometheusProblemsNameTheirField()
    {
        Profile profile;
        profile.name = QStringLiteral("thanos");
        profile.kind = EndpointKind::PrometheusServer;
        profile.url = QUrl(QStringLiteral("https://thanos.example/?x=1"));
        profile.authMode = AuthMode::None;
        profile.tenant = QStringLiteral("team a");
        profile.labelMatchers = QStringLiteral("job=");
        profile.nameLabel = QStringLiteral("check-name");
        profile.idLabel = QStringLiteral("1d");
        profile.zoneLabel = QStringLiteral("zone.name");
        QList<ProfileField> fields;
        for (const ProfileProblem &problem : profile.problems()) {
            fields << problem.field;
        }
        QCOMPARE(fields,
            (QList<ProfileField> { ProfileField::Url, ProfileField::Tenant, ProfileField::LabelMatchers,
                ProfileField::NameLabel, ProfileField::IdLabel, ProfileField::ZoneLabel }));

        profile.url = QUrl(QStringLiteral("https://thanos.example/"));
        profile.tenant = QStringLiteral("team-a");
        profile.labelMatchers.clear();
        profile.nameLabel = QStringLiteral("name");
        profile.idLabel = QStringLiteral("name");
        profile.zoneLabel = QStringLiteral("name");
        fields.clear();
        for (const ProfileProblem &problem : profile.problems()) {
            fields << problem.field;
        }
        QCOMPARE(fields, (QList<ProfileField> { ProfileField::IdLabel, ProfileField::ZoneLabel }));
        // No id label (Cabourotte's series have none): checks are told apart by name.
        profile.idLabel.clear();
        profile.zoneLabel = QStringLiteral("zone");
        QVERIFY2(profile.problems().isEmpty(), qPrintable(profile.validationError()));
        QVERIFY(PrometheusEndpoint::fromProfile(profile, {}).idLabel.isEmpty());
        QVERIFY(!PrometheusEndpoint::fromProfile(profile, {}).validate());
        profile.idLabel = QStringLiteral("name");
        profile.zoneLabel = QStringLiteral("name");
        // The other kinds are not held to Prometheus's label names.
        profile.kind = EndpointKind::ExpositionEndpoint;
        QVERIFY(profile.problems().isEmpty());
    }

    // Issue 12: the scrape job the Appclacks docs describe; promtool's check is in tst_commandline.
    void scrapeConfigForAppclacks()
    {
        Profile profile;
        profile.name = QStringLiteral("Production EU");
        profile.username = QStringLiteral("9b7c5f1e-0000-4000-8000-000000000001");
        QCOMPARE(ScrapeConfig::jobName(profile), QStringLiteral("production-eu"));
        const QString yaml = ScrapeConfig::write(profile);
        QVERIFY2(yaml.contains(QLatin1String("job_name: \"production-eu\"")), qPrintable(yaml));
        QVERIFY(yaml.contains(QLatin1String("scheme: https\n")));
        QVERIFY(yaml.contains(QLatin1String("metrics_path: \"/api/v1/metrics/healthchecks\"")));
        QVERIFY(yaml.contains(QLatin1String("username: \"9b7c5f1e-0000-4000-8000-000000000001\"")));
        QVERIFY(yaml.contains(QLatin1String("password_file: \"secrets/production-eu.password\"")));
        QVERIFY(yaml.contains(QLatin1String("- \"api.appclacks.com\"")));
        QVERIFY(!yaml.contains(QLatin1String("tls_config")));
        QVERIFY(yaml.startsWith(QLatin1String("  # "))); // indented as the job, to paste as one block

        const Profile prometheus = ScrapeConfig::prometheusProfileFor(profile);
        QCOMPARE(prometheus.kind, EndpointKind::PrometheusServer);
        QCOMPARE(prometheus.url, QUrl(QStringLiteral("http://localhost:9090")));
        QCOMPARE(prometheus.labelMatchers, QStringLiteral("job=\"production-eu\""));
        QCOMPARE(prometheus.authMode, AuthMode::None);
        QVERIFY2(prometheus.problems().isEmpty(), qPrintable(prometheus.validationError()));
        QVERIFY(ScrapeConfig::write(prometheus).isEmpty());
    }

    void scrapeConfigForExposition()
    {
        Profile profile;
        profile.name = QStringLiteral("été: \"prober\"\n# not a comment");
        profile.kind = EndpointKind::ExpositionEndpoint;
        profile.url = QUrl(QStringLiteral("https://[::1]:9013/probe/metrics?target=a&target=b"));
        profile.authMode = AuthMode::Bearer;
        profile.caFile = QStringLiteral("/etc/ssl/ca.pem");
        profile.clientCertificateFile = QStringLiteral("/etc/ssl/client.pem");
        profile.clientKeyFile = QStringLiteral("/etc/ssl/client.key");
        profile.refreshIntervalSeconds = 5;
        QCOMPARE(ScrapeConfig::jobName(profile), QStringLiteral("t-prober-not-a-comment"));
        const QString yaml = ScrapeConfig::write(profile);
        QVERIFY2(yaml.contains(QLatin1String("metrics_path: \"/probe/metrics\"")), qPrintable(yaml));
        QVERIFY2(
            yaml.contains(QLatin1String("      \"target\":\n        - \"a\"\n        - \"b\"\n")), qPrintable(yaml));
        QVERIFY(yaml.contains(QLatin1String("- \"[::1]:9013\"")));
        QVERIFY(yaml.contains(QLatin1String("type: Bearer")));
        QVERIFY(yaml.contains(QLatin1String("credentials_file: \"secrets/t-prober-not-a-comment.token\"")));
        QVERIFY(yaml.contains(QLatin1String("ca_file: \"/etc/ssl/ca.pem\"")));
        QVERIFY(yaml.contains(QLatin1String("cert_file: \"/etc/ssl/client.pem\"")));
        QVERIFY(yaml.contains(QLatin1String("key_file: \"/etc/ssl/client.key\"")));
        QVERIFY(yaml.contains(QLatin1String("scrape_interval: 5s\n    scrape_timeout: 5s\n")));
        // The name's newline stays inside the comment: every line is a comment or the job's.
        for (const QString &line : yaml.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QVERIFY2(line.startsWith(QLatin1String("  ")), qPrintable(line));
        }
    }

    // Issue 14: appclacks.yaml as the CLI's Go YAML library reads it (yaml-cpp).
    void cliYamlUnderstoodLikeGo_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("flow map") << QByteArray("profiles: {prod: {organization-id: org-1, api-token: t1}}\n")
                                  << "org-1"
                                  << "t1"
                                  << "";
        QTest::newRow("flow map over lines")
            << QByteArray("profiles: {\n  prod: {organization-id: \"org-1\",\n    api-token: 't1'}\n}\n") << "org-1"
            << "t1"
            << "";
        QTest::newRow("double-quoted escapes") << QByteArray(
            "profiles:\n  prod:\n    organization-id: \"org\\u002d1\"\n    api-token: \"a\\\"b\\\\c\\td\"\n")
                                               << "org-1"
                                               << "a\"b\\c\td"
                                               << "";
        QTest::newRow("single-quoted quote") << QByteArray("profiles:\n  prod:\n    organization-id: 'o''1'\n"
                                                           "    api-token: 'x # not a comment'\n")
                                             << "o'1"
                                             << "x # not a comment"
                                             << "";
        QTest::newRow("plain with comment")
            << QByteArray("profiles:\n  prod:\n    organization-id: org-1 # the main one\n    api-token: t:1\n")
            << "org-1"
            << "t:1"
            << "";
        QTest::newRow("number stays text") << QByteArray("profiles:\n  prod:\n    organization-id: 0012\n"
                                                         "    api-token: 1e3\n")
                                           << "0012"
                                           << "1e3"
                                           << "";
        QTest::newRow("null token") << QByteArray("profiles:\n  prod:\n    organization-id: o\n    api-token: ~\n")
                                    << "o"
                                    << ""
                                    << "";
        QTest::newRow("anchor and alias")
            << QByteArray("common: &org org-9\nprofiles:\n  prod:\n    organization-id: *org\n    api-token: t\n")
            << "org-9"
            << "t"
            << "";
        QTest::newRow("merge key") << QByteArray("base: &base {organization-id: org-5, api-endpoint: "
                                                 "https://eu.example.net}\n"
                                                 "profiles:\n  prod:\n    <<: *base\n    api-token: t5\n")
                                   << "org-5"
                                   << "t5"
                                   << "https://eu.example.net";
        QTest::newRow("merge key, explicit wins") << QByteArray(
            "base: &base {organization-id: org-5}\nprofiles:\n  prod:\n    <<: *base\n"
            "    organization-id: org-6\n") << "org-6"
                                                  << ""
                                                  << "";
        QTest::newRow("literal block") << QByteArray("profiles:\n  prod:\n    organization-id: o\n"
                                                     "    api-token: |-\n      multi\n")
                                       << "o"
                                       << "multi"
                                       << "";
        QTest::newRow("document markers and BOM")
            << QByteArray("\xEF\xBB\xBF---\nprofiles:\n  prod:\n    organization-id: o\n...\n") << "o"
            << ""
            << "";
    }

    void cliYamlUnderstoodLikeGo()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, organization);
        QFETCH(QString, token);
        QFETCH(QString, endpoint);
        const auto result = AppclacksCliConfig::parse(yaml);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.profiles.size(), 1);
        QCOMPARE(result.profiles[0].name, QStringLiteral("prod"));
        QCOMPARE(result.profiles[0].organizationId, organization);
        QCOMPARE(result.profiles[0].apiToken, token);
        QCOMPARE(result.profiles[0].apiEndpoint, endpoint);
    }

    void cliYamlBadFileSaysLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unclosed flow map")
            << QByteArray("profiles: {prod: {organization-id: o, api-token: sekret}\n") << "appclacks.yaml:2:1:"
            << "end of map flow not found";
        QTest::newRow("bad escape") << QByteArray("profiles:\n  p:\n    api-token: \"ab\\qsekret\"\n")
                                    << "appclacks.yaml:3:"
                                    << "unknown escape character";
        QTest::newRow("unterminated flow sequence")
            << QByteArray("profiles:\n  p:\n    organization-id: [sekret\n") << "appclacks.yaml:"
            << "end of";
        QTest::newRow("profile not a mapping") << QByteArray("profiles:\n  prod: nope\n") << "appclacks.yaml:2:9:"
                                               << "must be a mapping";
        QTest::newRow("profiles a list") << QByteArray("profiles:\n  - prod\n") << "appclacks.yaml:2:3:"
                                         << "mapping of profile names";
        QTest::newRow("token a list") << QByteArray("profiles:\n  p:\n    organization-id: o\n    api-token: [a]\n")
                                      << "appclacks.yaml:4:16:"
                                      << "'api-token' must be a text value";
        QTest::newRow("name twice") << QByteArray(
            "profiles:\n  p:\n    organization-id: o\n  p:\n    organization-id: o2\n")
                                    << "appclacks.yaml:4:3:"
                                    << "given twice";
        QTest::newRow("no organization") << QByteArray("profiles:\n  p:\n    api-token: sekret\n")
                                         << "appclacks.yaml:2:3:"
                                         << "no organization-id";
        QTest::newRow("tab indentation") << QByteArray("profiles:\n\tp:\n") << "appclacks.yaml:2:"
                                         << "";
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << "appclacks.yaml:1:1:"
                                       << "mapping of settings";
    }

    void cliYamlBadFileSaysLineAndColumn()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        const auto result = AppclacksCliConfig::parse(yaml);
        QVERIFY2(result.error.startsWith(where), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(result.profiles.isEmpty());
        QVERIFY2(!result.error.contains(QLatin1String("sekret")), qPrintable(result.error));
    }

    void cliYamlFileErrors()
    {
        QTemporaryDir dir;
        const auto missing = AppclacksCliConfig::readFile(dir.filePath(QStringLiteral("none.yaml")));
        QVERIFY(missing.unreadable);
        QVERIFY(missing.error.startsWith(dir.filePath(QStringLiteral("none.yaml")) + QStringLiteral(": ")));
        const QString bad = dir.filePath(QStringLiteral("appclacks.yaml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("profiles:\n  p: {organization-id: o\n");
        file.close();
        const auto parsed = AppclacksCliConfig::readFile(bad);
        QVERIFY(!parsed.unreadable);
        QVERIFY2(parsed.error.startsWith(bad + QStringLiteral(":3:")), qPrintable(parsed.error));
    }

    // Issue 14: the CLI's folder is Go's os.UserConfigDir(), not Qt's GenericConfigLocation.
    void userConfigDirFollowsGo_data()
    {
        QTest::addColumn<ConfigDirRules>("rules");
        QTest::addColumn<QString>("environment"); // NAME=VALUE|…
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("fails");
        QTest::newRow("linux, XDG_CONFIG_HOME set")
            << ConfigDirRules::Unix << "HOME=/home/ada|XDG_CONFIG_HOME=/srv/conf"
            << "/srv/conf" << false;
        QTest::newRow("linux, XDG_CONFIG_HOME unset") << ConfigDirRules::Unix << "HOME=/home/ada"
                                                      << "/home/ada/.config" << false;
        QTest::newRow("linux, XDG_CONFIG_HOME empty") << ConfigDirRules::Unix << "HOME=/home/ada|XDG_CONFIG_HOME="
                                                      << "/home/ada/.config" << false;
        QTest::newRow("linux, XDG_CONFIG_HOME relative")
            << ConfigDirRules::Unix << "HOME=/home/ada|XDG_CONFIG_HOME=conf"
            << "" << true;
        QTest::newRow("linux, nothing") << ConfigDirRules::Unix << ""
                                        << "" << true;
        QTest::newRow("macos") << ConfigDirRules::MacOS << "HOME=/Users/ada|XDG_CONFIG_HOME=/ignored"
                               << "/Users/ada/Library/Application Support" << false;
        QTest::newRow("windows") << ConfigDirRules::Windows << "AppData=C:\\Users\\ada\\AppData\\Roaming|HOME=/ignored"
                                 << "C:/Users/ada/AppData/Roaming" << false;
        QTest::newRow("windows, no AppData") << ConfigDirRules::Windows << "HOME=/x"
                                             << "" << true;
    }

    void userConfigDirFollowsGo()
    {
        QFETCH(ConfigDirRules, rules);
        QFETCH(QString, environment);
        QFETCH(QString, folder);
        QFETCH(bool, fails);
        QProcessEnvironment variables;
        const QStringList variablesList = environment.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &variable : variablesList) {
            const qsizetype equals = variable.indexOf(QLatin1Char('='));
            variables.insert(variable.left(equals), variable.mid(equals + 1));
        }
        QString error;
        QCOMPARE(userConfigDir(variables, rules, &error), folder);
        QCOMPARE(!error.isEmpty(), fails);
    }

    void cliDefaultPathIsInTheGoFolder()
    {
        // This process's own environment, by the rules of the platform it runs on.
        const QString folder = userConfigDir();
        QVERIFY(!folder.isEmpty());
        QCOMPARE(AppclacksCliConfig::defaultPath(), folder + QStringLiteral("/appclacks/appclacks.yaml"));
        if (currentConfigDirRules() == ConfigDirRules::Unix && qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")) {
            QCOMPARE(folder, QDir::homePath() + QStringLiteral("/.config"));
        }
    }

    void cliEnvironment()
    {
        QProcessEnvironment environment;
        QVERIFY(AppclacksCliConfig::fromEnvironment(environment).isEmpty());
        environment.insert(QStringLiteral("APPCLACKS_ORGANIZATION_ID"), QStringLiteral("org"));
        environment.insert(QStringLiteral("APPCLACKS_TOKEN"), QStringLiteral("t"));
        environment.insert(QStringLiteral("APPCLACKS_API_ENDPOINT"), QStringLiteral("https://api.example"));
        environment.insert(QStringLiteral("APPCLACKS_PROFILE"), QStringLiteral("staging"));
        const auto profiles = AppclacksCliConfig::fromEnvironment(environment);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles[0].apiEndpoint, QStringLiteral("https://api.example"));
        AppclacksCliConfig::Result file;
        file.defaultProfile = QStringLiteral("prod");
        QCOMPARE(AppclacksCliConfig::selectedProfile(environment, file), QStringLiteral("staging"));
        QCOMPARE(AppclacksCliConfig::selectedProfile(QProcessEnvironment(), file), QStringLiteral("prod"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
