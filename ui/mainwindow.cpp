// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/mainwindow.h"

#include "core/health/healthreport.h"
#include "core/history/historyrecorder.h"
#include "core/profiles/profilestore.h"
#include "core/settings/appsettings.h"
#include "simulator/demolauncher.h"
#include "ui/charts/chartwidget.h"
#include "ui/checkdetailview.h"
#include "ui/checkspane.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/overviewmatrix.h"
#include "ui/rangepicker.h"
#include "ui/sessionstatusbar.h"
#include "ui/sourcechooser.h"
#include "ui/stalebanner.h"
#include "ui/traynotifier.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace appclacks::ui {

namespace {

// The platform appends the application's display name to a window's title ("demo — Appclacks
// Desktop"): the title names the source only, or the application while nothing is open.
QString titleFor(const QString &sourceName)
{
    return sourceName.isEmpty() ? QGuiApplication::applicationDisplayName() : sourceName;
}

constexpr int pausedInterval = 0;

QAction *makeAction(
    QObject *parent, const char *name, const QString &icon, const QString &text, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon::fromTheme(icon), text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(const QString &historyFile, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new core::MonitoringSession(simulator::demoLauncher(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(titleFor(QString()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/com.appclacks.Desktop.svg")));
    setAcceptDrops(true);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    m_statusBar = new SessionStatusBar(statusBar(), this);
    connect(m_statusBar, &SessionStatusBar::cancelRequested, m_session, &core::MonitoringSession::cancelRefresh);
    // A damaged or newer settings file is said at start (checkFile() checks once per process),
    // without a modal box in the way.
    if (const QString problem = core::AppSettings::checkFile().problem; !problem.isEmpty()) {
        statusBar()->showMessage(problem, 60000);
    }
    m_tray = new TrayNotifier(this, m_refreshAction, m_quitAction, this);
    // After the settings file was checked: reading the retention must not come first.
    m_recorder = new core::HistoryRecorder(historyFile.isEmpty() ? core::HistoryStore::defaultPath() : historyFile,
        core::AppSettings().historyRetentionDays(), this);
    m_session->setRecorder(m_recorder);
    connect(m_tray, &TrayNotifier::notificationsUnavailable, this,
        [this](const QString &message) { statusBar()->showMessage(message, 30000); });

    connect(m_session, &core::MonitoringSession::statusChanged, this, &MainWindow::onStatusChanged);
    connect(m_session, &core::MonitoringSession::displayedChanged, this, &MainWindow::onDisplayedChanged);
    connect(m_session, &core::MonitoringSession::refreshed, m_tray, &TrayNotifier::observe);
    connect(m_session, &core::MonitoringSession::checkOverTimeChanged, m_detail, &CheckDetailView::setOverTime);
    connect(m_detail, &CheckDetailView::rangeSelected, this, &MainWindow::zoomTo);
    // Said once, in the status bar: the history is kept anyway by the process that writes it.
    connect(m_recorder, &core::HistoryRecorder::opened, this, [this](bool, const QString &notice) {
        if (!notice.isEmpty()) {
            statusBar()->showMessage(notice, 60000);
        }
    });
    connect(m_recorder, &core::HistoryRecorder::failed, this,
        [this](const QString &error) { statusBar()->showMessage(tr("History: %1").arg(error), 60000); });

    const core::AppSettings settings;
    m_session->setStatusWindowMinutes(settings.statusWindowMinutes());
    m_session->setRefreshInterval(settings.refreshIntervalSeconds());
    m_intervalChoice->setCurrentIndex(std::max(0, m_intervalChoice->findData(settings.refreshIntervalSeconds())));
    restoreWindowGeometry();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFileAction = makeAction(
        this, "openFileAction", QStringLiteral("document-open"), tr("&Open Metrics File…"), QKeySequence::Open);
    m_exportAction = makeAction(this, "exportAction", QStringLiteral("document-export"), tr("&Export Chart…"),
        QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_exportAction->setToolTip(tr("Select a check to export its chart"));
    m_exportCsvAction = makeAction(this, "exportCsvAction", {}, tr("Export Checks as &CSV…"));
    m_exportCsvAction->setEnabled(false);
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportChecksCsv);
    m_copyImageAction = makeAction(
        this, "copyImageAction", {}, tr("&Copy Chart Image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyImageAction->setEnabled(false);
    m_quitAction = makeAction(this, "quitAction", QStringLiteral("application-exit"), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_startDemoAction
        = makeAction(this, "startDemoAction", QStringLiteral("media-playback-start"), tr("Start the &Demo"));
    m_startDemoAction->setStatusTip(tr("Scrape a built-in simulator of eight checks in three zones"));
    connect(m_startDemoAction, &QAction::triggered, this, [this] { open(core::SourceSpec::demo()); });
    m_addProfileAction = makeAction(this, "addProfileAction", QStringLiteral("list-add"), tr("&Add a Profile…"));
    m_importCliAction = makeAction(this, "importCliAction", {}, tr("&Import Appclacks CLI Profiles…"));
    m_manageProfilesAction = makeAction(this, "manageProfilesAction", {}, tr("&Manage Profiles…"));
    m_refreshAction = makeAction(this, "refreshAction", {}, tr("&Refresh"));
    // The platform's refresh key (F5 on Linux and Windows) and Ctrl+R, each bound once.
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    for (const QKeySequence &key : { QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) }) {
        if (!refreshKeys.contains(key)) {
            refreshKeys << key;
        }
    }
    m_refreshAction->setShortcuts(refreshKeys);
    // Without an icon theme (a bare X session) the toolbar would show a caption, not a button.
    m_refreshAction->setIcon(QIcon::fromTheme(
        QStringLiteral("view-refresh"), QApplication::style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refreshAction->setEnabled(false);
    connect(m_refreshAction, &QAction::triggered, m_session, &core::MonitoringSession::refreshNow);
    m_filterAction = makeAction(this, "filterAction", {}, tr("&Filter Checks"), QKeySequence::Find);
    m_overviewAction
        = makeAction(this, "overviewAction", {}, tr("&Overview of All Checks"), QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_overviewAction, &QAction::triggered, this, [this] { selectCheck(QString()); });
    m_zoomBackAction = makeAction(this, "zoomBackAction", QStringLiteral("zoom-previous"), tr("Zoom &Back"),
        QKeySequence(Qt::ALT | Qt::Key_Left));
    m_zoomBackAction->setEnabled(false);
    connect(m_zoomBackAction, &QAction::triggered, this, [this] {
        if (m_zoom.back()) {
            applyRange(m_zoom.current());
        }
    });
    m_resetZoomAction = makeAction(this, "resetZoomAction", QStringLiteral("zoom-original"), tr("&Reset Zoom"),
        QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetZoomAction->setEnabled(false);
    connect(m_resetZoomAction, &QAction::triggered, this, [this] {
        m_zoom.reset();
        applyRange(m_zoom.current());
    });
    m_preferencesAction = makeAction(this, "preferencesAction", QStringLiteral("preferences-system"),
        tr("&Preferences…"), QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions(
        { m_startDemoAction, m_openFileAction, m_addProfileAction, m_manageProfilesAction, m_importCliAction });
    file->addSeparator();
    file->addActions({ m_exportAction, m_copyImageAction, m_exportCsvAction });
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({ m_refreshAction, m_filterAction, m_overviewAction });
    view->addSeparator();
    QAction *customRange = view->addAction(tr("&Custom Range…"));
    customRange->setObjectName(QStringLiteral("customRangeMenuAction"));
    connect(customRange, &QAction::triggered, this, [this] { m_rangePicker->chooseCustomRange(); });
    view->addActions({ m_zoomBackAction, m_resetZoomAction });
    QMenu *colouring = view->addMenu(tr("Colour the Overview &By"));
    auto *metrics = new QActionGroup(colouring);
    QAction *byRatio = colouring->addAction(tr("&Success Ratio"));
    QAction *byP95 = colouring->addAction(tr("&p95 Latency"));
    QAction *byNow = colouring->addAction(tr("Status &Now"));
    byRatio->setObjectName(QStringLiteral("overviewBySuccessAction"));
    byP95->setObjectName(QStringLiteral("overviewByP95Action"));
    byNow->setObjectName(QStringLiteral("overviewByStatusNowAction"));
    for (QAction *choice : { byRatio, byP95, byNow }) {
        choice->setCheckable(true);
        metrics->addAction(choice);
    }
    byRatio->setChecked(true);
    connect(
        byRatio, &QAction::triggered, this, [this] { m_overview->setMetric(OverviewMatrix::Metric::SuccessRatio); });
    connect(byP95, &QAction::triggered, this, [this] { m_overview->setMetric(OverviewMatrix::Metric::P95); });
    connect(byNow, &QAction::triggered, this, [this] { m_overview->setMetric(OverviewMatrix::Metric::StatusNow); });
    view->addSeparator();
    QAction *statusBarAction = view->addAction(tr("&Status Bar"));
    statusBarAction->setObjectName(QStringLiteral("statusBarAction"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")),
        tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(menuBar(), this).exec(); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    QAction *about = help->addAction(tr("&About Appclacks Desktop"), this, [this] { AboutDialog(this).exec(); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_sourceChooser = new SourceChooser(m_session->secrets(), bar);
    connect(m_sourceChooser, &SourceChooser::sourceChosen, this, &MainWindow::open);
    connect(m_openFileAction, &QAction::triggered, m_sourceChooser, &SourceChooser::chooseFile);
    connect(m_addProfileAction, &QAction::triggered, m_sourceChooser, &SourceChooser::addProfile);
    connect(m_importCliAction, &QAction::triggered, m_sourceChooser, &SourceChooser::importCliProfiles);
    connect(m_manageProfilesAction, &QAction::triggered, m_sourceChooser, &SourceChooser::manageProfiles);
    bar->addWidget(m_sourceChooser);
    bar->addAction(m_refreshAction);
    if (auto *refreshButton = qobject_cast<QToolButton *>(bar->widgetForAction(m_refreshAction))) {
        // Raised, so that it reads as a button next to the combo boxes rather than as a caption.
        refreshButton->setObjectName(QStringLiteral("refreshButton"));
        refreshButton->setAutoRaise(false);
    }

    m_intervalChoice = new QComboBox(bar);
    m_intervalChoice->setObjectName(QStringLiteral("intervalChoice"));
    m_intervalChoice->setAccessibleName(tr("Refresh interval"));
    m_intervalChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int seconds : { 10, 30, 60, 300, pausedInterval }) {
        m_intervalChoice->addItem(intervalText(seconds), seconds);
    }
    connect(m_intervalChoice, &QComboBox::activated, this, [this] {
        const int seconds = m_intervalChoice->currentData().toInt();
        m_session->setRefreshInterval(seconds);
        // One interval: what the toolbar sets is what Preferences shows and the next start uses.
        // A pause is for now only; the next start refreshes again.
        if (seconds != pausedInterval) {
            core::AppSettings().setRefreshIntervalSeconds(seconds);
        }
    });
    bar->addWidget(m_intervalChoice);

    m_rangePicker = new RangePicker(bar);
    connect(m_rangePicker, &RangePicker::rangeChosen, this, &MainWindow::setRange);
    bar->addWidget(m_rangePicker);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("checksFilter"));
    m_filter->setPlaceholderText(tr("Filter checks…"));
    m_filter->setAccessibleName(tr("Filter checks"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_filter->installEventFilter(this); // Esc clears it
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    bar->addWidget(m_filter);
}

void MainWindow::createCentralArea()
{
    m_welcomePage = new WelcomePage(this);
    m_welcomePage->addEntry(m_startDemoAction, tr("Watch simulated checks in three zones, failures included."));
    m_welcomePage->addEntry(m_openFileAction,
        tr("Load a saved exposition file, such as the output of "
           "“appclacks healthcheck metrics get”. You can also drop it here."));
    m_welcomePage->addEntry(m_addProfileAction, tr("Connect to the Appclacks API or a Cabourotte /metrics endpoint."));
    m_welcomePage->addEntry(m_importCliAction, tr("Use the profiles of the Appclacks command-line tool."));

    m_checks = new ChecksPane(this);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_checks, &ChecksPane::selectionChanged, this, &MainWindow::onSelectionChanged);
    m_checks->setQueryProvider([this](const QString &checkKey) { return m_session->promqlFor(checkKey); });

    m_overview = new OverviewMatrix(this);
    m_overview->setObjectName(QStringLiteral("overviewMatrix"));
    connect(m_overview, &OverviewMatrix::cellActivated, this, [this](const QString &key, const QString &zone) {
        selectCheck(key);
        m_detail->showZone(zone);
    });
    m_detail = new CheckDetailView(this);
    connect(m_exportAction, &QAction::triggered, m_detail, &CheckDetailView::exportCurrentChart);
    connect(
        m_detail, &CheckDetailView::chartSaved, this, [this](const QString &path) { m_statusBar->showSaved(path); });
    connect(m_copyImageAction, &QAction::triggered, m_detail, &CheckDetailView::copyCurrentChart);
    m_rightPages = new QStackedWidget(this);
    m_rightPages->setObjectName(QStringLiteral("rightPages"));
    m_rightPages->addWidget(m_overview);
    m_rightPages->addWidget(m_detail);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_checks);
    splitter->addWidget(m_rightPages);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({ 520, 680 });
    splitter->setChildrenCollapsible(false);

    m_staleBanner = new StaleBanner(this);
    connect(m_staleBanner, &StaleBanner::retryRequested, m_session, &core::MonitoringSession::refreshNow);

    m_monitorPage = new QWidget(this);
    auto *monitorLayout = new QVBoxLayout(m_monitorPage);
    monitorLayout->setContentsMargins(0, 0, 0, 0);
    monitorLayout->setSpacing(0);
    monitorLayout->addWidget(m_staleBanner);
    monitorLayout->addWidget(splitter, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_monitorPage);
    setCentralWidget(m_pages);
}

void MainWindow::open(const core::SourceSpec &spec)
{
    if (!spec.isValid()) {
        m_session->close();
        onStatusChanged(m_session->status());
        onDisplayedChanged(nullptr);
        return;
    }
    core::AppSettings settings;
    settings.setLastSource(spec);
    const core::TimeRange range = settings.rangeFor(spec.settingsKey());
    m_zoom.setBase(range);
    m_rangePicker->setRange(range);
    m_session->setRange(range);
    m_zoomBackAction->setEnabled(false);
    m_resetZoomAction->setEnabled(false);
    m_session->open(spec);
}

bool MainWindow::reopenLastSource()
{
    const core::SourceSpec last = core::AppSettings().lastSource();
    const bool reopenable = (last.kind == core::SourceKind::Profile && core::ProfileStore().find(last.profile))
        || (last.kind == core::SourceKind::File && QFileInfo::exists(last.path));
    if (reopenable) {
        open(last);
    }
    return reopenable;
}

QString MainWindow::intervalText(int seconds)
{
    if (seconds <= 0) {
        return tr("paused");
    }
    return seconds < 60 || seconds % 60 != 0 ? tr("every %n s", nullptr, seconds)
                                             : tr("every %n min", nullptr, seconds / 60);
}

void MainWindow::showInterval(int seconds)
{
    int index = m_intervalChoice->findData(seconds);
    if (index < 0) {
        // Set in Preferences or by a profile: shown as it is, among the presets, never as another.
        index = 0;
        while (index < m_intervalChoice->count() && m_intervalChoice->itemData(index).toInt() != pausedInterval
            && m_intervalChoice->itemData(index).toInt() < seconds) {
            ++index;
        }
        m_intervalChoice->insertItem(index, intervalText(seconds), seconds);
    }
    m_intervalChoice->setCurrentIndex(index);
}

void MainWindow::onStatusChanged(const core::SessionStatus &status)
{
    const bool sourceChanged = !(status.spec == m_status.spec) || status.sourceName != m_status.sourceName;
    m_status = status;
    if (sourceChanged) {
        m_sourceChooser->setCurrentSource(status.spec, status.sourceName);
        setWindowTitle(titleFor(status.sourceName));
        m_pages->setCurrentWidget(status.isOpen() ? m_monitorPage : static_cast<QWidget *>(m_welcomePage));
    }
    showInterval(status.refreshIntervalSeconds);
    m_refreshAction->setEnabled(status.isOpen() && !status.opening);
    m_rangePicker->setEnabled(status.isOpen());
    m_rangePicker->setHistoryAvailable(status.hasHistory);
    // Nothing to refresh or filter until a source is open.
    m_intervalChoice->setEnabled(status.isOpen());
    m_filter->setEnabled(status.isOpen());
    m_filterAction->setEnabled(status.isOpen());
    if (!status.refreshing && !status.error.isEmpty() && (status.stale || !m_session->displayed())) {
        m_staleBanner->showStale(status.lastGoodTime, status.error, sourceSubject(status));
    } else if (!status.refreshing) {
        m_staleBanner->hide();
    }
    m_statusBar->setStatus(status);
    updateEmptyText();
}

QString MainWindow::sourceSubject(const core::SessionStatus &status)
{
    if (!status.sourceName.isEmpty()) {
        return status.sourceName;
    }
    switch (status.spec.kind) {
    case core::SourceKind::File:
        return QFileInfo(status.spec.path).fileName();
    case core::SourceKind::Profile:
        return status.spec.profile;
    case core::SourceKind::Url:
        return status.spec.url.host();
    default:
        return {};
    }
}

void MainWindow::applyFilter(const QString &text)
{
    m_checks->setFilterText(text);
    m_overview->setFilterText(text);
    m_statusBar->setFilterText(text);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onDisplayedChanged(const std::shared_ptr<const core::HealthSnapshot> &snapshot)
{
    const QString windowLabel = snapshot ? m_session->range().phraseFor(*snapshot) : QString();
    // A server's figures are its PromQL's: every chart title, and so every export, says whose.
    const QString sourceLabel = snapshot && !snapshot->computedBy.isEmpty()
        ? tr("PromQL on %1").arg(snapshot->computedBy)
        : m_status.sourceName;
    m_checks->setSnapshot(snapshot);
    m_overview->setContext(windowLabel, sourceLabel);
    m_overview->setSnapshot(snapshot);
    m_detail->setContext(windowLabel, sourceLabel);
    if (!m_checks->selectedCheck().isEmpty()) {
        m_detail->setSnapshot(snapshot, m_checks->selectedCheck());
    }
    m_exportCsvAction->setEnabled(snapshot && !snapshot->checks.empty());
    m_tray->setSnapshot(snapshot);
    m_statusBar->setSnapshot(snapshot);
    updateEmptyText();
}

void MainWindow::updateEmptyText()
{
    const auto snapshot = m_session->displayed();
    if (snapshot && !snapshot->computedBy.isEmpty()) {
        // The server was asked for health-check series: the banner names the selector it used.
        m_checks->setEmptyText(tr("No health checks on this server in this range."));
    } else if (snapshot) {
        // Say what a check is made of, so that a wrong endpoint is recognised as one.
        m_checks->setEmptyText(tr("No health checks in this source.\nIt holds %Ln metric families, none of them "
                                  "healthcheck_total or healthcheck_duration_seconds, the metrics Appclacks and "
                                  "Cabourotte expose for their checks.",
            nullptr, snapshot->otherFamilies));
    } else if (!m_status.error.isEmpty()) {
        m_checks->setEmptyText(tr("Nothing to show.")); // the banner above says why, once
    } else {
        m_checks->setEmptyText(tr("Waiting for the first scrape…"));
    }
}

void MainWindow::selectCheck(const QString &checkKey)
{
    m_checks->selectCheck(checkKey);
}

QString MainWindow::selectedCheck() const
{
    return m_checks->selectedCheck();
}

void MainWindow::onSelectionChanged(const QString &checkKey)
{
    if (checkKey.isEmpty()) {
        m_session->setFocusedCheck(QString());
        m_rightPages->setCurrentWidget(m_overview);
    } else {
        // The course over time first: the history's thread computes it while the charts are set.
        m_session->setFocusedCheck(checkKey);
        m_detail->setSnapshot(m_session->displayed(), checkKey);
        m_rightPages->setCurrentWidget(m_detail);
    }
    m_exportAction->setEnabled(!checkKey.isEmpty());
    m_copyImageAction->setEnabled(!checkKey.isEmpty());
}

void MainWindow::setRange(const core::TimeRange &range)
{
    m_zoom.setBase(range);
    applyRange(range);
}

void MainWindow::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs) {
        return;
    }
    m_zoom.push(core::TimeRange::custom(fromMs, toMs));
    applyRange(m_zoom.current());
}

void MainWindow::applyRange(const core::TimeRange &range)
{
    core::AppSettings().setRangeFor(m_status.spec.settingsKey(), range);
    m_rangePicker->setRange(range);
    m_session->setRange(range);
    m_zoomBackAction->setEnabled(m_zoom.canGoBack());
    m_resetZoomAction->setEnabled(m_zoom.canGoBack());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_session->secrets(), m_recorder, this);
    if (dialog.exec() == QDialog::Accepted) {
        const core::AppSettings settings;
        // The session publishes its status: the toolbar then shows the interval it now uses.
        m_session->setRefreshInterval(settings.refreshIntervalSeconds());
        m_session->setStatusWindowMinutes(settings.statusWindowMinutes());
        onDisplayedChanged(m_session->displayed()); // charts and icons follow a changed theme
    }
}

void MainWindow::exportChecksCsv()
{
    const auto snapshot = m_session->displayed();
    if (!snapshot) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Checks as CSV"), QStringLiteral("checks.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(core::HealthReport::toCsv(*snapshot)) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export Checks as CSV"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_statusBar->showSaved(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        open(core::SourceSpec::file(urls.constFirst().toLocalFile()));
        event->acceptProposedAction();
    }
}

void MainWindow::restoreWindowGeometry()
{
    const core::AppSettings settings;
    if (restoreGeometry(settings.mainWindowGeometry())) {
        restoreState(settings.mainWindowState());
        return;
    }
    // First run: a comfortable size that still fits a small laptop screen.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(QSize(1200, 760).boundedTo(available.size() * 0.9));
    move(available.center() - rect().center());
}

void MainWindow::saveWindowGeometry() const
{
    core::AppSettings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowGeometry();
    event->accept();
}

} // namespace appclacks::ui
