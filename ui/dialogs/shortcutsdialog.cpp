// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace appclacks::ui {

namespace {

enum Column { DescriptionColumn, KeysColumn };

// Without mnemonics: "&&" is a literal ampersand, a lone "&" marks the mnemonic.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    return plain;
}

// Every binding of the action, as the platform writes it (⌘F on macOS, Ctrl+F elsewhere).
QString keysText(const QList<QKeySequence> &sequences)
{
    QStringList texts;
    for (const QKeySequence &sequence : sequences) {
        if (!sequence.isEmpty()) {
            texts << sequence.toString(QKeySequence::NativeText);
        }
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->header()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    if (menuBar) {
        for (const QAction *entry : menuBar->actions()) {
            if (const QMenu *menu = entry->menu()) {
                addMenu(withoutMnemonic(menu->title()), menu);
            }
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(460, 420);
}

void ShortcutsDialog::addShortcut(const QString &group, const QString &description, const QKeySequence &keys)
{
    auto *item = new QTreeWidgetItem(groupItem(group), { description, keysText({ keys }) });
    item->setTextAlignment(KeysColumn, Qt::AlignRight | Qt::AlignVCenter);
}

QString ShortcutsDialog::describe(const QAction *action)
{
    QString text = withoutMnemonic(action->text()).trimmed();
    for (const QString &ellipsis : { QStringLiteral("…"), QStringLiteral("...") }) {
        if (text.endsWith(ellipsis)) {
            text.chop(ellipsis.size());
        }
    }
    return text.trimmed();
}

void ShortcutsDialog::addMenu(const QString &group, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        // A submenu's actions are listed under the top-level menu the user opens first.
        if (const QMenu *submenu = action->menu()) {
            addMenu(group, submenu);
            continue;
        }
        const QList<QKeySequence> shortcuts = action->shortcuts();
        if (keysText(shortcuts).isEmpty()) {
            continue;
        }
        auto *item = new QTreeWidgetItem(groupItem(group), { describe(action), keysText(shortcuts) });
        item->setTextAlignment(KeysColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QTreeWidgetItem *ShortcutsDialog::groupItem(const QString &group)
{
    for (int index = 0; index < m_tree->topLevelItemCount(); ++index) {
        QTreeWidgetItem *item = m_tree->topLevelItem(index);
        if (item->text(DescriptionColumn) == group) {
            return item;
        }
    }
    auto *item = new QTreeWidgetItem(m_tree, { group });
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(DescriptionColumn);
    bold.setBold(true);
    item->setFont(DescriptionColumn, bold);
    item->setExpanded(true);
    return item;
}

} // namespace appclacks::ui
