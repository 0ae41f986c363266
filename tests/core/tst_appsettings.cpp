// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using appclacks::core::AppSettings;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
        QSettings().clear();
    }

    void identityIsReverseDns()
    {
        QCOMPARE(QCoreApplication::organizationName() + QLatin1Char('.') + QCoreApplication::applicationName(),
            QString::fromLatin1(appclacks::core::applicationId));
        QCOMPARE(QCoreApplication::applicationVersion(), appclacks::core::applicationVersion());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(QCoreApplication::applicationVersion())
                    .hasMatch());
    }

    void newFileGetsCurrentSchema()
    {
        QSettings().clear();
        const AppSettings settings;
        QCOMPARE(settings.schemaVersion(), AppSettings::currentSchemaVersion);
    }

    void geometryRoundTrips()
    {
        {
            AppSettings settings;
            settings.setMainWindowGeometry(QByteArray("geometry-bytes"));
            settings.setMainWindowState(QByteArray("state-bytes"));
            settings.sync();
        }
        const AppSettings reopened;
        QCOMPARE(reopened.mainWindowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(reopened.mainWindowState(), QByteArray("state-bytes"));
        QVERIFY(QSettings().fileName().contains(QStringLiteral("com.appclacks")));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
