// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/profiles/appclackscliconfig.h"
#include "core/profiles/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
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
        QTest::newRow("no colon") << QByteArray("default-profile: a\nprofiles\n") << "appclacks.yaml:2:";
        QTest::newRow("unterminated") << QByteArray("profiles:\n  p:\n    api-token: \"abc\n") << "appclacks.yaml:3:";
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
        QVERIFY(AppclacksCliConfig::defaultPath().endsWith(QLatin1String("/appclacks/appclacks.yaml")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
