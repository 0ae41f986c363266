// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "tests/support/menuactions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace appclacks::tests {

QStringList actionTexts(const QWidget *menuOrBar)
{
    QStringList texts;
    if (!menuOrBar) {
        return texts;
    }
    for (const QAction *action : menuOrBar->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
        }
    }
    return texts;
}

QList<const QAction *> commandActions(const QMenuBar *bar)
{
    QList<const QAction *> commands;
    const auto walk = [&commands, bar](const auto &self, const QWidget *menu) -> void {
        for (const QAction *action : menu->actions()) {
            if (action->menu()) {
                self(self, action->menu());
            } else if (!action->isSeparator() && menu != bar) {
                commands << action;
            }
        }
    };
    walk(walk, bar);
    return commands;
}

} // namespace appclacks::tests
