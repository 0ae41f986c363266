// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/health/healthformat.h"
#include "core/platform/translations.h"
#include "core/sources/monitoringsession.h"
#include "core/sources/sourcespec.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using appclacks::ui::MainWindow;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

bool anyLabelSays(const QWidget &root, const QString &text)
{
    const auto labels = root.findChildren<QLabel *>();
    return std::any_of(
        labels.begin(), labels.end(), [&text](const QLabel *label) { return label->text().contains(text); });
}

void removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

/// The window in French, as a user with LANGUAGE=fr sees it: translated strings, plurals and
/// numbers in the French way, Qt's own strings from qtbase_fr.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
        QSettings().clear();
    }

    void init()
    {
        removeTranslators();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(appclacks::core::installTranslations(QLocale(QLocale::French, QLocale::France)), QStringLiteral("fr"));
    }

    void mainWindowInFrench()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitles(window),
            (QStringList { QStringLiteral("&Fichier"), QStringLiteral("&Affichage"), QStringLiteral("Aid&e") }));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("refreshAction"))->text(), QStringLiteral("Ac&tualiser"));
        QVERIFY(anyLabelSays(window, QStringLiteral("Bienvenue dans Appclacks Desktop")));

        // On the demo: the columns, the status bar's counts with their plural, and the status
        // words are French; the checks' and zones' names stay as the data has them.
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        window.open(appclacks::core::SourceSpec::demo());
        QVERIFY(displayed.wait(30000)); // the demo seeds a day of history first: seconds under ASan
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        QVERIFY(checks);
        QTRY_VERIFY(checks->model()->rowCount() > 1);
        QStringList headers;
        for (int column = 0; column < checks->model()->columnCount(); ++column) {
            headers << checks->model()->headerData(column, Qt::Horizontal).toString();
        }
        QVERIFY2(headers.contains(QStringLiteral("Contrôle")), qPrintable(headers.join(QLatin1Char('|'))));
        QVERIFY(headers.contains(QStringLiteral("Taux de réussite")));
        const auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        QVERIFY(counts);
        const int checkCount = checks->model()->rowCount();
        QTRY_VERIFY2(
            counts->text().startsWith(QStringLiteral("%1 contrôles · ").arg(checkCount)), qPrintable(counts->text()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("démo")));
        const QString names = window.session()->displayed()->checks.front().displayName();
        QVERIFY(!names.isEmpty());
        bool nameShown = false;
        for (int row = 0; row < checks->model()->rowCount(); ++row) {
            for (int column = 0; column < checks->model()->columnCount(); ++column) {
                nameShown = nameShown || checks->model()->index(row, column).data().toString() == names;
            }
        }
        QVERIFY2(nameShown, qPrintable(names));
    }

    void pluralsAndNumbersFollowTheLanguage()
    {
        const char *context = "appclacks::ui::SessionStatusBar";
        QCOMPARE(QCoreApplication::translate(context, "%Ln checks", nullptr, 1), QStringLiteral("1 contrôle"));
        QCOMPARE(QCoreApplication::translate(context, "%Ln checks", nullptr, 2), QStringLiteral("2 contrôles"));
        // Thousands separated and decimal commas as QLocale has them for French.
        QCOMPARE(QCoreApplication::translate(context, "%Ln checks", nullptr, 1234),
            QLocale().toString(1234) + QStringLiteral(" contrôles"));
        QVERIFY(QLocale().toString(1234) != QStringLiteral("1234"));
        QCOMPARE(appclacks::core::HealthFormat::ratio(0.992), QStringLiteral("99,2\u202f%"));
        QCOMPARE(appclacks::core::HealthFormat::duration(1.4), QStringLiteral("1,4 s"));
        QCOMPARE(appclacks::core::HealthFormat::count(1234567), QLocale().toString(1234567));
        // French punctuation: a non-breaking space before the colon.
        QCOMPARE(QCoreApplication::translate("appclacks::ui::MainWindow", "History: %1"),
            QStringLiteral("Historique\u00a0: %1"));
    }

    void qtsOwnStringsInFrench()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_fr.qm");
        if (!QFile::exists(qtbase)) {
            QSKIP("Qt's French translation is not installed (Debian: qt6-translations-l10n)");
        }
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
    }

    void englishHasItsPluralsAndIsTheFallback()
    {
        removeTranslators();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(appclacks::core::installTranslations(QLocale(QLocale::English)), QStringLiteral("en"));
        const char *context = "appclacks::ui::SessionStatusBar";
        QCOMPARE(QCoreApplication::translate(context, "%Ln checks", nullptr, 1), QStringLiteral("1 check"));
        QCOMPARE(QCoreApplication::translate(context, "%Ln checks", nullptr, 3), QStringLiteral("3 checks"));
        QCOMPARE(QCoreApplication::translate("appclacks::ui::TrayNotifier", "%n checks started failing", nullptr, 1),
            QStringLiteral("1 check started failing"));
        // A language without a translation gets English.
        removeTranslators();
        QCOMPARE(appclacks::core::installTranslations(QLocale(QLocale::German)), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context, "%Ln checks", nullptr, 1), QStringLiteral("1 check"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
