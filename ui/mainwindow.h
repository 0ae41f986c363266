// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace appclacks::ui {

class WelcomePage;

/// The application window: menus, the welcome state and, as sources arrive, the checks views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreWindowGeometry();
    void saveWindowGeometry() const;
    void showAbout();

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;

    QAction *m_openFileAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startDemoAction = nullptr;
    QAction *m_addProfileAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace appclacks::ui
