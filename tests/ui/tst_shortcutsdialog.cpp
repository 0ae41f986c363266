// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "tests/support/menuactions.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using appclacks::ui::ShortcutsDialog;

namespace {

// group → [(description, keys)], in the order shown.
using Rows = QList<std::pair<QString, QList<std::pair<QString, QString>>>>;

Rows rowsOf(const ShortcutsDialog &dialog)
{
    const auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    Rows rows;
    if (!tree) {
        return rows;
    }
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        QList<std::pair<QString, QString>> entries;
        for (int e = 0; e < group->childCount(); ++e) {
            entries.append({ group->child(e)->text(0), group->child(e)->text(1) });
        }
        rows.append({ group->text(0), entries });
    }
    return rows;
}

QString native(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

class TestShortcutsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
        QSettings().clear();
    }

    void describe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mnemonic and ellipsis") << QStringLiteral("&Export Chart…") << QStringLiteral("Export Chart");
        QTest::newRow("ascii ellipsis") << QStringLiteral("&Preferences...") << QStringLiteral("Preferences");
        QTest::newRow("mnemonic inside") << QStringLiteral("About &Qt") << QStringLiteral("About Qt");
        QTest::newRow("literal ampersand")
            << QStringLiteral("Success && &Failure") << QStringLiteral("Success & Failure");
        QTest::newRow("plain") << QStringLiteral("Refresh") << QStringLiteral("Refresh");
    }

    void describe()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QAction action(text);
        QCOMPARE(ShortcutsDialog::describe(&action), expected);
    }

    void listsMenuShortcutsGroupedInMenuOrder()
    {
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Open…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        file->addAction(QStringLiteral("No shortcut"));
        file->addSeparator();
        QAction *disabled = file->addAction(QStringLiteral("&Export…"));
        disabled->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        disabled->setEnabled(false); // listed all the same: the key exists, it works when enabled
        QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
        view->addAction(QStringLiteral("Find"))
            ->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F3) });
        QMenu *sub = view->addMenu(QStringLiteral("&Zoom"));
        sub->addAction(QStringLiteral("Zoom &In"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
        window.menuBar()->addMenu(QStringLiteral("&Empty"))->addAction(QStringLiteral("Nothing"));

        ShortcutsDialog dialog(window.menuBar());
        dialog.addShortcut(
            QStringLiteral("Checks list"), QStringLiteral("Open the selected check"), QKeySequence(Qt::Key_Return));

        const Rows expected {
            { QStringLiteral("File"),
                { { QStringLiteral("Open"), native(QKeySequence(Qt::CTRL | Qt::Key_O)) },
                    { QStringLiteral("Export"), native(QKeySequence(Qt::CTRL | Qt::Key_E)) } } },
            { QStringLiteral("View"),
                { { QStringLiteral("Find"),
                      native(QKeySequence(Qt::CTRL | Qt::Key_F)) + QStringLiteral(", ")
                          + native(QKeySequence(Qt::Key_F3)) },
                    { QStringLiteral("Zoom In"), native(QKeySequence(Qt::CTRL | Qt::Key_Plus)) } } },
            { QStringLiteral("Checks list"),
                { { QStringLiteral("Open the selected check"), native(QKeySequence(Qt::Key_Return)) } } },
        };
        QCOMPARE(rowsOf(dialog), expected);
    }

    // The real window: every action of its menus that has a shortcut is on the page, so the page
    // cannot fall behind when an action is added.
    void coversEveryShortcutOfTheMainWindow()
    {
        appclacks::ui::MainWindow window;
        ShortcutsDialog dialog(window.menuBar());
        const Rows rows = rowsOf(dialog);
        QStringList shown;
        for (const auto &group : rows) {
            for (const auto &entry : group.second) {
                shown << entry.first;
            }
        }
        int withShortcut = 0;
        for (const QAction *action : appclacks::tests::commandActions(window.menuBar())) {
            if (!action->shortcut().isEmpty()) {
                ++withShortcut;
                QVERIFY2(
                    shown.contains(ShortcutsDialog::describe(action)), qPrintable(ShortcutsDialog::describe(action)));
            }
        }
        QCOMPARE(shown.size(), withShortcut);
        // The window has shortcuts today (Open, Export, Refresh…): an empty page would be a bug.
        // (Standard keys such as QKeySequence::Quit depend on the platform: none offscreen.)
        QVERIFY(withShortcut >= 5);
        QVERIFY(shown.contains(QStringLiteral("Open Metrics File")));
        QVERIFY(shown.contains(QStringLiteral("Refresh")));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
