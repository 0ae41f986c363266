// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QAction;
class QCommandLinkButton;
class QVBoxLayout;

namespace appclacks::ui {

/// What a first run shows: the ways to get data into the window, each a button bound to the
/// window's action so that its enabled state and tooltip stay the action's.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Adds a big button that triggers `action`; `description` is the second line under its text.
    QCommandLinkButton *addEntry(QAction *action, const QString &description);

private:
    QVBoxLayout *m_entries = nullptr;
};

} // namespace appclacks::ui
