// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QStringList>

class QAction;
class QWidget;
class QMenuBar;

namespace appclacks::tests {

/// The texts of a menu's or a menu bar's own actions, in order, separators left out.
QStringList actionTexts(const QWidget *menuOrBar);

/// Every action that does something, below a menu bar, in menu order (submenus where they stand):
/// neither separators nor the entries that open a submenu.
QList<const QAction *> commandActions(const QMenuBar *bar);

} // namespace appclacks::tests
