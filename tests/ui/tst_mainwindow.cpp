// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/sources/monitoringsession.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
        }
    }
    return texts;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
        QSettings().clear();
    }

    void titleAndMenus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Appclacks Desktop"));
        QCOMPARE(menuTitles(window),
            (QStringList { QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help") }));

        const auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        const QStringList fileEntries = actionTexts(file);
        QVERIFY(fileEntries.contains(QStringLiteral("&Open Metrics File…")));
        QVERIFY(fileEntries.contains(QStringLiteral("&Export Chart…")));
        QCOMPARE(fileEntries.constLast(), QStringLiteral("&Quit"));

        const auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QVERIFY(actionTexts(help).contains(QStringLiteral("&About Appclacks Desktop")));
        QVERIFY(!actionTexts(window.findChild<QMenu *>(QStringLiteral("viewMenu"))).isEmpty());
    }

    void welcomeOffersTheThreeWaysIn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());

        QStringList texts;
        const auto buttons = welcome->findChildren<QCommandLinkButton *>();
        for (const QCommandLinkButton *button : buttons) {
            texts << button->text();
            QVERIFY2(button->isEnabled(), qPrintable(button->text())); // every way in works
        }
        QCOMPARE(texts,
            (QStringList { QStringLiteral("Start the Demo"), QStringLiteral("Open Metrics File…"),
                QStringLiteral("Add a Profile…"), QStringLiteral("Import Appclacks CLI Profiles…") }));
    }

    void welcomeDemoButtonStartsTheDemo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCommandLinkButton *button = nullptr;
        for (QCommandLinkButton *candidate : window.findChildren<QCommandLinkButton *>()) {
            if (candidate->text() == QStringLiteral("Start the Demo")) {
                button = candidate;
            }
        }
        QVERIFY(button);
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.session()->sourceType(), appclacks::core::MonitoringSession::SourceType::Demo);
        QVERIFY(displayed.wait(10000));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("checksView"))->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    }

    void geometryIsRemembered()
    {
        QSettings().clear();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.size(), QSize(777, 555));
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
