// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "ui/dialogs/aboutdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using appclacks::ui::AboutDialog;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
    }

    void namesVersionsLicenceAndWhereToReport()
    {
        AboutDialog dialog;
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(label);
        const QString text = label->text();
        QVERIFY2(text.contains(QStringLiteral("Version ") + appclacks::core::applicationVersion()), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
        // A real version number, not an empty string from a build that lost the definition.
        QVERIFY2(QRegularExpression(QStringLiteral("QtKeychain \\d+\\.\\d+")).match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0")));
        QVERIFY(text.contains(QStringLiteral("Apache License 2.0")));
        QVERIFY(text.contains(QStringLiteral("contributors")));
        QVERIFY(text.contains(QStringLiteral("href=\"%1\"").arg(AboutDialog::bugReportUrl())));
        QVERIFY(AboutDialog::bugReportUrl().startsWith(QStringLiteral("https://")));
        QVERIFY(label->openExternalLinks());
    }

    void copiesVersionDetailsForAProblemReport()
    {
        AboutDialog dialog;
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyVersionDetails"));
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, AboutDialog::versionDetails());
        const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("Appclacks Desktop ") + appclacks::core::applicationVersion());
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("QtKeychain ")));
        QVERIFY2(lines.at(3).contains(QGuiApplication::platformName()), qPrintable(lines.at(3)));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
