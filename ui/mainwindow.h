// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/history/rangehistory.h"
#include "core/sources/monitoringsession.h"
#include "core/sources/sourcespec.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace appclacks::ui {

class CheckDetailView;
class ChecksPane;
class OverviewMatrix;
class RangePicker;
class SessionStatusBar;
class SourceChooser;
class StaleBanner;
class TrayNotifier;
class WelcomePage;

/// The application window: the checks of one source on the left, the selected check (or the
/// overview of every check × zone) on the right, honest about stale data. Wiring only: the
/// session computes, the panes show.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Records every scrape into `historyFile` (core::HistoryStore::defaultPath() when empty).
    explicit MainWindow(const QString &historyFile = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a source; the choice is remembered for the next start (docs/DESIGN.md, sources).
    void open(const core::SourceSpec &spec);
    /// Later runs reopen the last profile or file; returns false when there is none to reopen.
    bool reopenLastSource();

    core::MonitoringSession *session() const { return m_session; }
    /// Shows every figure over `range`, remembered for the open source (as the range picker does).
    void setRange(const core::TimeRange &range);
    /// Zooms into (from, to] (a drag on a time chart, an incident); Zoom Back returns.
    void zoomTo(qint64 fromMs, qint64 toMs);
    void selectCheck(const QString &checkKey);
    QString selectedCheck() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void restoreWindowGeometry();
    void saveWindowGeometry() const;
    void onStatusChanged(const core::SessionStatus &status);
    void onDisplayedChanged(const std::shared_ptr<const core::HealthSnapshot> &snapshot);
    void onSelectionChanged(const QString &checkKey);
    void updateEmptyText();
    /// Shows `range` in the picker and the session, remembered for the source.
    void applyRange(const core::TimeRange &range);
    void applyFilter(const QString &text);
    /// Shows `seconds` in the toolbar's interval choice, adding it when it is not a preset.
    void showInterval(int seconds);
    static QString intervalText(int seconds);
    /// What the banner names when nothing could be read: "fleet.prom", "production".
    static QString sourceSubject(const core::SessionStatus &status);
    void showPreferences();
    void exportChecksCsv();

    core::MonitoringSession *m_session = nullptr;
    core::HistoryRecorder *m_recorder = nullptr;
    core::SessionStatus m_status;
    core::RangeHistory m_zoom;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_monitorPage = nullptr;
    StaleBanner *m_staleBanner = nullptr;
    ChecksPane *m_checks = nullptr;
    QStackedWidget *m_rightPages = nullptr;
    OverviewMatrix *m_overview = nullptr;
    CheckDetailView *m_detail = nullptr;
    SourceChooser *m_sourceChooser = nullptr;
    SessionStatusBar *m_statusBar = nullptr;
    TrayNotifier *m_tray = nullptr;

    QComboBox *m_intervalChoice = nullptr;
    RangePicker *m_rangePicker = nullptr;
    QLineEdit *m_filter = nullptr;

    QAction *m_openFileAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startDemoAction = nullptr;
    QAction *m_addProfileAction = nullptr;
    QAction *m_importCliAction = nullptr;
    QAction *m_manageProfilesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_zoomBackAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_preferencesAction = nullptr;
};

} // namespace appclacks::ui
