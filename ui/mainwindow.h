// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/profiles/profile.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace appclacks::core {
class ChecksTableModel;
class MonitoringSession;
class SecretStore;
} // namespace appclacks::core

namespace appclacks::ui {

class CheckDetailView;
class ChecksFilterProxyModel;
class OverviewMatrix;
class StaleBanner;
class WelcomePage;

/// The application window: the checks of one source on the left, the selected check (or the
/// overview of every check × zone) on the right, honest about stale data.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo(std::uint64_t seed = 1);
    void openFile(const QString &path);
    void openProfile(const core::Profile &profile);
    /// Later runs reopen the last profile; returns false when there is none to reopen.
    bool reopenLastProfile();

    core::MonitoringSession *session() const { return m_session; }
    void selectCheck(const QString &checkKey);
    QString selectedCheck() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createStatusBar();
    void createTray();
    void restoreWindowGeometry();
    void saveWindowGeometry() const;
    void showAbout();
    void chooseFile();
    void addProfile();
    void importCliProfiles();
    void rebuildSourceChoices();
    void onSourceChosen(int index);
    void onDisplayedChanged(std::shared_ptr<const core::HealthSnapshot> snapshot);
    void onSelectionChanged();
    void onRefreshFinished();
    void updateStatusBar();
    void updateTitle();
    void updateTray();
    void notifyChanges(const core::HealthSnapshot &latest);
    void showPreferences();
    void exportChecksCsv();

    core::MonitoringSession *m_session = nullptr;
    core::SecretStore *m_secrets = nullptr;
    core::ChecksTableModel *m_checksModel = nullptr;
    ChecksFilterProxyModel *m_checksProxy = nullptr;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_monitorPage = nullptr;
    StaleBanner *m_staleBanner = nullptr;
    QTableView *m_checksView = nullptr;
    QLabel *m_emptyChecks = nullptr;
    QStackedWidget *m_rightPages = nullptr;
    OverviewMatrix *m_overview = nullptr;
    CheckDetailView *m_detail = nullptr;

    QComboBox *m_sourceChoice = nullptr;
    QComboBox *m_intervalChoice = nullptr;
    QComboBox *m_windowChoice = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer *m_statusTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QAction *m_openFileAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startDemoAction = nullptr;
    QAction *m_addProfileAction = nullptr;
    QAction *m_importCliAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QString m_selectedKey;
    std::shared_ptr<const core::HealthSnapshot> m_lastNotified; // the latest snapshot notifications were computed on
    QHash<QString, bool> m_failing; // check key → failing at the last refresh
    qint64 m_iconsPalette = 0; // palette the status icons were drawn for
};

} // namespace appclacks::ui
