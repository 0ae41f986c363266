// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QAction;
class QKeySequence;
class QMenu;
class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace appclacks::ui {

/// The Help menu's keyboard-shortcuts page. It reads the shortcuts from the menu bar it is given
/// rather than from a list of its own, so it cannot drift from the window: an action added to a
/// menu with a shortcut shows up here, grouped under its menu, in menu order.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    /// For keys that belong to no menu action (a list's or a chart's own keys), under @p group.
    void addShortcut(const QString &group, const QString &description, const QKeySequence &keys);

    /// The text shown for an action: its menu text without mnemonic ampersands or a trailing
    /// ellipsis ("&Export Chart…" reads "Export Chart").
    [[nodiscard]] static QString describe(const QAction *action);

private:
    void addMenu(const QString &group, const QMenu *menu);
    QTreeWidgetItem *groupItem(const QString &group);

    QTreeWidget *m_tree = nullptr;
};

} // namespace appclacks::ui
