// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/mainwindow.h"

#include "core/health/healthformat.h"
#include "core/health/healthreport.h"
#include "core/models/checkstablemodel.h"
#include "core/profiles/appclackscliconfig.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/settings/appsettings.h"
#include "core/sources/monitoringsession.h"
#include "ui/charts/charttheme.h"
#include "ui/checkdetailview.h"
#include "ui/checksfilterproxymodel.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/overviewmatrix.h"
#include "ui/stalebanner.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace appclacks::ui {

namespace {

enum SourceChoiceKind { ChooseNothing, ChooseDemo, ChooseFile, ChooseProfile, ChooseOpenFile, ChooseAddProfile };

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

core::ObservationWindow windowForIndex(int index)
{
    switch (index) {
    case 1:
        return { core::ObservationWindow::Kind::SinceAppStarted, 10 };
    case 2:
        return { core::ObservationWindow::Kind::LastScrapes, 10 };
    case 3:
        return { core::ObservationWindow::Kind::LastScrapes, 60 };
    default:
        return { core::ObservationWindow::Kind::SinceProberStarted, 10 };
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new core::MonitoringSession(this))
    , m_secrets(new core::SecretStore(this))
    , m_checksModel(new core::ChecksTableModel(this))
    , m_checksProxy(new ChecksFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Appclacks Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/com.appclacks.Desktop.svg")));
    setAcceptDrops(true);
    m_checksProxy->setSourceModel(m_checksModel);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createStatusBar();
    createTray();

    connect(m_session, &core::MonitoringSession::displayedChanged, this, &MainWindow::onDisplayedChanged);
    connect(m_session, &core::MonitoringSession::refreshStarted, this, &MainWindow::updateStatusBar);
    connect(m_session, &core::MonitoringSession::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(m_session, &core::MonitoringSession::sourceChanged, this, [this] {
        m_pages->setCurrentWidget(m_monitorPage);
        updateTitle();
        updateStatusBar();
    });

    const core::AppSettings settings;
    m_windowChoice->setCurrentIndex(settings.defaultWindow());
    m_session->setWindow(windowForIndex(settings.defaultWindow()));
    m_session->setRefreshInterval(settings.refreshIntervalSeconds());
    restoreWindowGeometry();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFileAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Metrics File…"), this);
    m_openFileAction->setObjectName(QStringLiteral("openFileAction"));
    m_openFileAction->setShortcut(QKeySequence::Open);
    connect(m_openFileAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Chart…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_exportAction->setToolTip(tr("Select a check to export its chart"));

    m_exportCsvAction = new QAction(tr("Export Checks as &CSV…"), this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsvAction->setEnabled(false);
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportChecksCsv);

    m_copyImageAction = new QAction(tr("&Copy Chart Image"), this);
    m_copyImageAction->setObjectName(QStringLiteral("copyImageAction"));
    m_copyImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyImageAction->setEnabled(false);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startDemoAction
        = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start the &Demo"), this);
    m_startDemoAction->setObjectName(QStringLiteral("startDemoAction"));
    m_startDemoAction->setStatusTip(tr("Scrape a built-in simulator of eight checks in three zones"));
    connect(m_startDemoAction, &QAction::triggered, this, [this] { startDemo(); });

    m_addProfileAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add a Profile…"), this);
    m_addProfileAction->setObjectName(QStringLiteral("addProfileAction"));
    connect(m_addProfileAction, &QAction::triggered, this, &MainWindow::addProfile);

    m_importCliAction = new QAction(tr("&Import Appclacks CLI Profiles…"), this);
    m_importCliAction->setObjectName(QStringLiteral("importCliAction"));
    connect(m_importCliAction, &QAction::triggered, this, &MainWindow::importCliProfiles);

    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshAction->setEnabled(false);
    connect(m_refreshAction, &QAction::triggered, m_session, &core::MonitoringSession::refreshNow);

    m_filterAction = new QAction(tr("&Filter Checks"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);

    m_overviewAction = new QAction(tr("&Overview of All Checks"), this);
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_overviewAction, &QAction::triggered, this, [this] { selectCheck(QString()); });

    m_fullScreenAction = new QAction(tr("&Full Screen"), this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_statusBarAction = new QAction(tr("&Status Bar"), this);
    m_statusBarAction->setObjectName(QStringLiteral("statusBarAction"));
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });

    m_preferencesAction
        = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(tr("&About Appclacks Desktop"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_startDemoAction);
    file->addAction(m_openFileAction);
    file->addAction(m_addProfileAction);
    file->addAction(m_importCliAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_copyImageAction);
    file->addAction(m_exportCsvAction);
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    view->addAction(m_filterAction);
    view->addAction(m_overviewAction);
    QMenu *colouring = view->addMenu(tr("Colour the Overview &By"));
    auto *metrics = new QActionGroup(colouring);
    QAction *byRatio = colouring->addAction(tr("&Success Ratio"));
    QAction *byP95 = colouring->addAction(tr("&p95 Latency"));
    for (QAction *choice : { byRatio, byP95 }) {
        choice->setCheckable(true);
        metrics->addAction(choice);
    }
    byRatio->setObjectName(QStringLiteral("overviewBySuccessAction"));
    byP95->setObjectName(QStringLiteral("overviewByP95Action"));
    byRatio->setChecked(true);
    connect(
        byRatio, &QAction::triggered, this, [this] { m_overview->setMetric(OverviewMatrix::Metric::SuccessRatio); });
    connect(byP95, &QAction::triggered, this, [this] { m_overview->setMetric(OverviewMatrix::Metric::P95); });
    view->addSeparator();
    view->addAction(m_statusBarAction);
    view->addAction(m_fullScreenAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_sourceChoice = new QComboBox(bar);
    m_sourceChoice->setObjectName(QStringLiteral("sourceChoice"));
    m_sourceChoice->setAccessibleName(tr("Source"));
    m_sourceChoice->setMinimumContentsLength(18);
    m_sourceChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_sourceChoice, &QComboBox::activated, this, &MainWindow::onSourceChosen);
    bar->addWidget(m_sourceChoice);
    bar->addAction(m_refreshAction);

    m_intervalChoice = new QComboBox(bar);
    m_intervalChoice->setObjectName(QStringLiteral("intervalChoice"));
    m_intervalChoice->setAccessibleName(tr("Refresh interval"));
    for (const int seconds : { 10, 30, 60, 300 }) {
        m_intervalChoice->addItem(
            seconds < 60 ? tr("every %n s", nullptr, seconds) : tr("every %n min", nullptr, seconds / 60), seconds);
    }
    m_intervalChoice->setCurrentIndex(1);
    connect(m_intervalChoice, &QComboBox::activated, this,
        [this] { m_session->setRefreshInterval(m_intervalChoice->currentData().toInt()); });
    bar->addWidget(m_intervalChoice);

    m_windowChoice = new QComboBox(bar);
    m_windowChoice->setObjectName(QStringLiteral("windowChoice"));
    m_windowChoice->setAccessibleName(tr("Observation window"));
    for (int index = 0; index < 4; ++index) {
        m_windowChoice->addItem(tr("window: %1").arg(windowForIndex(index).label()));
    }
    connect(m_windowChoice, &QComboBox::activated, this,
        [this](int index) { m_session->setWindow(windowForIndex(index)); });
    bar->addWidget(m_windowChoice);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("checksFilter"));
    m_filter->setPlaceholderText(tr("Filter checks…"));
    m_filter->setAccessibleName(tr("Filter checks"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, m_checksProxy, &ChecksFilterProxyModel::setFilterText);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    bar->addWidget(m_filter);
    rebuildSourceChoices();
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

    m_checksView = new QTableView(this);
    m_checksView->setObjectName(QStringLiteral("checksView"));
    m_checksView->setAccessibleName(tr("Checks"));
    m_checksView->setModel(m_checksProxy);
    m_checksView->setSortingEnabled(true);
    m_checksView->sortByColumn(core::ChecksTableModel::Status, Qt::AscendingOrder);
    m_checksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checksView->setAlternatingRowColors(true);
    m_checksView->setShowGrid(false);
    m_checksView->setWordWrap(false);
    m_checksView->verticalHeader()->hide();
    m_checksView->verticalHeader()->setDefaultSectionSize(m_checksView->fontMetrics().height() + 10);
    m_checksView->horizontalHeader()->setHighlightSections(false);
    m_checksView->horizontalHeader()->setStretchLastSection(false);
    for (const int hidden : { int(core::ChecksTableModel::Status), int(core::ChecksTableModel::Id),
             int(core::ChecksTableModel::Zones), int(core::ChecksTableModel::Success), int(core::ChecksTableModel::P50),
             int(core::ChecksTableModel::Mean) }) {
        m_checksView->setColumnHidden(hidden, true);
    }
    // Widths from the widest texts a column can hold: measuring thousands of rows on every
    // refresh would stall the window.
    const QFontMetrics metrics = m_checksView->fontMetrics();
    for (int column = 0; column < m_checksModel->columnCount(); ++column) {
        const QString header = m_checksModel->headerData(column, Qt::Horizontal).toString();
        const QString widest = column == core::ChecksTableModel::SuccessRatio ? QStringLiteral("100.0%")
            : column == core::ChecksTableModel::Failure || column == core::ChecksTableModel::Success
            ? QStringLiteral("1,000,000")
            : QStringLiteral("> 7.5 s");
        m_checksView->setColumnWidth(column,
            std::max(metrics.horizontalAdvance(header), metrics.horizontalAdvance(widest))
                + 2 * metrics.averageCharWidth() + 4);
    }
    m_checksView->horizontalHeader()->setSectionResizeMode(core::ChecksTableModel::Name, QHeaderView::Stretch);
    m_checksView->horizontalHeader()->setMinimumSectionSize(48);
    m_checksView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_checksView->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        // Every column can be shown; the default keeps the list narrow.
        QMenu menu(this);
        for (int column = 0; column < m_checksModel->columnCount(); ++column) {
            QAction *toggle = menu.addAction(m_checksModel->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!m_checksView->isColumnHidden(column));
            toggle->setEnabled(column != core::ChecksTableModel::Name);
            connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { m_checksView->setColumnHidden(column, !on); });
        }
        menu.exec(m_checksView->horizontalHeader()->mapToGlobal(at));
    });
    m_checksView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_checksView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_checksView->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        const QString key = index.data(core::CheckKeyRole).toString();
        core::AppSettings settings;
        QStringList muted = settings.mutedChecks();
        QMenu menu(this);
        QAction *mute = menu.addAction(tr("Mute Notifications for This Check"));
        mute->setCheckable(true);
        mute->setChecked(muted.contains(key));
        if (menu.exec(m_checksView->viewport()->mapToGlobal(at)) == mute) {
            if (mute->isChecked()) {
                muted.append(key);
            } else {
                muted.removeAll(key);
            }
            settings.setMutedChecks(muted);
        }
    });
    connect(
        m_checksView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);

    m_emptyChecks = new QLabel(this);
    m_emptyChecks->setObjectName(QStringLiteral("emptyChecks"));
    m_emptyChecks->setAlignment(Qt::AlignCenter);
    m_emptyChecks->setWordWrap(true);
    m_emptyChecks->setForegroundRole(QPalette::PlaceholderText);
    m_emptyChecks->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_checksView, 1);
    leftLayout->addWidget(m_emptyChecks, 1);

    m_overview = new OverviewMatrix(this);
    m_overview->setObjectName(QStringLiteral("overviewMatrix"));
    connect(m_overview, &OverviewMatrix::cellActivated, this, [this](const QString &key, const QString &zone) {
        selectCheck(key);
        m_detail->showZone(zone);
    });
    m_detail = new CheckDetailView(this);
    connect(m_exportAction, &QAction::triggered, m_detail, &CheckDetailView::exportCurrentChart);
    connect(m_copyImageAction, &QAction::triggered, m_detail, &CheckDetailView::copyCurrentChart);
    m_rightPages = new QStackedWidget(this);
    m_rightPages->setObjectName(QStringLiteral("rightPages"));
    m_rightPages->addWidget(m_overview);
    m_rightPages->addWidget(m_detail);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_rightPages);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({ 470, 730 });
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

void MainWindow::createStatusBar()
{
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_updatedLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_updatedLabel->setText(tr("No source open"));
    // "Updated 12 s ago", "next in 18 s": the words move with the clock.
    m_statusTimer = new QTimer(this);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    m_statusTimer->start(1000);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Window"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_refreshAction);
    menu->addSeparator();
    menu->addAction(m_quitAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->setToolTip(tr("Appclacks Desktop"));
    m_tray->show();
}

void MainWindow::rebuildSourceChoices()
{
    m_sourceChoice->clear();
    m_sourceChoice->addItem(tr("No source"), ChooseNothing);
    m_sourceChoice->addItem(tr("Demo"), ChooseDemo);
    const QList<core::Profile> profiles = core::ProfileStore().profiles();
    for (const core::Profile &profile : profiles) {
        m_sourceChoice->addItem(profile.name, ChooseProfile);
        m_sourceChoice->setItemData(m_sourceChoice->count() - 1, profile.id, Qt::UserRole + 1);
    }
    if (m_session->sourceType() == core::MonitoringSession::SourceType::File) {
        m_sourceChoice->addItem(m_session->sourceName(), ChooseFile);
    }
    m_sourceChoice->insertSeparator(m_sourceChoice->count());
    m_sourceChoice->addItem(tr("Open a metrics file…"), ChooseOpenFile);
    m_sourceChoice->addItem(tr("Add a profile…"), ChooseAddProfile);
    int current = 0;
    switch (m_session->sourceType()) {
    case core::MonitoringSession::SourceType::Demo:
        current = 1;
        break;
    case core::MonitoringSession::SourceType::File:
        current = m_sourceChoice->findData(ChooseFile);
        break;
    case core::MonitoringSession::SourceType::Profile:
        current = m_sourceChoice->findText(m_session->sourceName());
        break;
    case core::MonitoringSession::SourceType::None:
        break;
    }
    m_sourceChoice->setCurrentIndex(std::max(0, current));
}

void MainWindow::onSourceChosen(int index)
{
    switch (m_sourceChoice->itemData(index).toInt()) {
    case ChooseDemo:
        startDemo();
        return;
    case ChooseProfile:
        if (const auto profile
            = core::ProfileStore().find(m_sourceChoice->itemData(index, Qt::UserRole + 1).toString())) {
            openProfile(*profile);
        }
        return;
    case ChooseOpenFile:
        rebuildSourceChoices();
        chooseFile();
        return;
    case ChooseAddProfile:
        rebuildSourceChoices();
        addProfile();
        return;
    case ChooseNothing:
        m_session->close();
        m_checksModel->setSnapshot(nullptr);
        m_pages->setCurrentWidget(m_welcomePage);
        updateTitle();
        updateStatusBar();
        return;
    default:
        return;
    }
}

void MainWindow::startDemo(std::uint64_t seed)
{
    m_session->openDemo(seed);
    m_intervalChoice->setCurrentIndex(m_intervalChoice->findData(m_session->refreshInterval()));
    rebuildSourceChoices();
}

void MainWindow::openFile(const QString &path)
{
    m_session->openFile(path);
    rebuildSourceChoices();
}

void MainWindow::openProfile(const core::Profile &profile)
{
    core::ProfileStore().setLastUsedProfileId(profile.id);
    if (profile.authMode == core::AuthMode::None) {
        m_session->openProfile(profile, QString());
        rebuildSourceChoices();
        return;
    }
    // The keychain answers asynchronously; the window stays responsive meanwhile.
    statusBar()->showMessage(tr("Reading the token of “%1” from the keychain…").arg(profile.name));
    m_secrets->read(profile.id, [this, profile](const core::SecretResult &result) {
        statusBar()->clearMessage();
        if (!result.ok()) {
            QMessageBox::warning(this, tr("Open Profile"),
                tr("The token of “%1” is not available: %2").arg(profile.name, result.message));
            return;
        }
        m_session->openProfile(profile, result.secret);
        m_intervalChoice->setCurrentIndex(std::max(0, m_intervalChoice->findData(profile.refreshIntervalSeconds)));
        rebuildSourceChoices();
    });
}

bool MainWindow::reopenLastProfile()
{
    const core::ProfileStore store;
    const auto profile = store.find(store.lastUsedProfileId());
    if (!profile) {
        return false;
    }
    openProfile(*profile);
    return true;
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Metrics File"), QString(), tr("Metrics files (*.prom *.txt *.metrics *.om);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::addProfile()
{
    ProfileDialog dialog(core::Profile {}, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const core::Profile profile = core::ProfileStore().save(dialog.profile());
    const QString secret = dialog.secret();
    rebuildSourceChoices();
    if (profile.authMode == core::AuthMode::None || secret.isEmpty()) {
        openProfile(profile);
        return;
    }
    m_secrets->write(profile.id, secret, [this, profile, secret](const core::SecretResult &result) {
        if (!result.ok() && result.location == core::SecretLocation::SessionMemory) {
            // The keychain is missing or refused: the token lives for this session only, unless
            // the user, warned, chooses a file that only they can read.
            const auto answer = QMessageBox::warning(this, tr("Add a Profile"),
                tr("%1\n\nYou can instead keep the token in a plain-text file that only your user account can "
                   "read (%2). Anyone with access to your account, or to a backup of it, could read the token. "
                   "Store it there?")
                    .arg(result.message, m_secrets->plaintextFilePath()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer == QMessageBox::Yes) {
                m_secrets->setPlaintextFallbackAllowed(true);
                m_secrets->write(profile.id, secret, [](const core::SecretResult &) {});
            }
        }
        core::ProfileStore().setLastUsedProfileId(profile.id);
        m_session->openProfile(profile, secret);
        rebuildSourceChoices();
    });
}

void MainWindow::importCliProfiles()
{
    const QString path = core::AppclacksCliConfig::defaultPath();
    const auto config = core::AppclacksCliConfig::readFile(path);
    if (!config.error.isEmpty()) {
        QMessageBox::information(
            this, tr("Import Appclacks CLI Profiles"), tr("No profiles could be read: %1").arg(config.error));
        return;
    }
    core::ProfileStore store;
    QStringList imported;
    for (const core::CliProfile &cli : config.profiles) {
        core::Profile profile
            = core::AppclacksCliConfig::toProfile(cli, store.find(cli.name).value_or(core::Profile {}));
        profile = store.save(profile);
        imported << profile.name;
        if (!cli.apiToken.isEmpty()) {
            m_secrets->write(profile.id, cli.apiToken, [](const core::SecretResult &) {});
        }
    }
    rebuildSourceChoices();
    QMessageBox::information(this, tr("Import Appclacks CLI Profiles"),
        imported.isEmpty() ? tr("%1 holds no profiles.").arg(path)
                           : tr("Imported: %1.").arg(imported.join(QStringLiteral(", "))));
}

void MainWindow::onDisplayedChanged(std::shared_ptr<const core::HealthSnapshot> snapshot)
{
    const QString windowLabel = m_session->window().label();
    const QString sourceLabel = m_session->sourceName();
    if (m_iconsPalette != palette().cacheKey()) { // icons follow the theme, once per change
        m_iconsPalette = palette().cacheKey();
        const ChartTheme theme = ChartTheme::of(this);
        m_checksProxy->setStatusIcons({ theme.statusIcon(core::CheckStatus::NoData),
            theme.statusIcon(core::CheckStatus::Passing), theme.statusIcon(core::CheckStatus::PartialOutage),
            theme.statusIcon(core::CheckStatus::GlobalOutage) });
    }
    m_checksModel->setSnapshot(snapshot);
    const bool empty = !snapshot || snapshot->checks.empty();
    m_checksView->setVisible(!empty);
    m_emptyChecks->setVisible(empty);
    if (empty) {
        m_emptyChecks->setText(snapshot
                ? tr("No checks in this source yet.\nIt holds %1 other metric families.").arg(snapshot->otherFamilies)
                : tr("Waiting for the first scrape…"));
    }
    m_overview->setContext(windowLabel, sourceLabel);
    m_overview->setSnapshot(snapshot);
    m_detail->setContext(windowLabel, sourceLabel);
    if (!m_selectedKey.isEmpty()) {
        m_detail->setSnapshot(snapshot, m_selectedKey);
    }
    m_exportCsvAction->setEnabled(!empty);
    if (const auto latest = m_session->latest(); latest && latest != m_lastNotified) {
        notifyChanges(*latest);
        m_lastNotified = latest;
    }
    updateTray();
    updateStatusBar();
}

void MainWindow::selectCheck(const QString &checkKey)
{
    if (checkKey.isEmpty()) {
        m_checksView->clearSelection();
        return;
    }
    const int row = m_checksModel->rowOf(checkKey);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_checksProxy->mapFromSource(m_checksModel->index(row, core::ChecksTableModel::Name));
    m_checksView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_checksView->scrollTo(index);
}

QString MainWindow::selectedCheck() const
{
    return m_selectedKey;
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_checksView->selectionModel()->selectedRows();
    m_selectedKey = rows.isEmpty() ? QString() : rows.constFirst().data(core::CheckKeyRole).toString();
    if (m_selectedKey.isEmpty()) {
        m_rightPages->setCurrentWidget(m_overview);
    } else {
        m_detail->setSnapshot(m_session->displayed(), m_selectedKey);
        m_rightPages->setCurrentWidget(m_detail);
    }
    m_exportAction->setEnabled(!m_selectedKey.isEmpty());
    m_copyImageAction->setEnabled(!m_selectedKey.isEmpty());
}

void MainWindow::onRefreshFinished()
{
    if (m_session->isStale() || (!m_session->displayed() && !m_session->lastError().isEmpty())) {
        m_staleBanner->showStale(m_session->lastGoodTime(), m_session->lastError());
        if (!m_session->displayed()) {
            m_emptyChecks->setText(m_session->lastError());
            m_emptyChecks->show();
            m_checksView->hide();
        }
    } else {
        m_staleBanner->hide();
    }
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_refreshAction->setEnabled(m_session->sourceType() != core::MonitoringSession::SourceType::None);
    if (m_session->sourceType() == core::MonitoringSession::SourceType::None) {
        m_updatedLabel->setText(tr("No source open"));
        m_countsLabel->clear();
        return;
    }
    QStringList parts;
    const QDateTime good = m_session->lastGoodTime();
    if (m_session->isRefreshing()) {
        parts << tr("Refreshing…");
    } else if (good.isValid()) {
        parts << tr("Updated %1 ago").arg(StaleBanner::ageText(good.secsTo(QDateTime::currentDateTimeUtc())));
    }
    const core::ScrapeMetadata scrape = m_session->lastScrape();
    if (scrape.time.isValid() && scrape.error == core::ScrapeError::None) {
        parts << tr("%1 ms").arg(scrape.durationMs) << sizeText(scrape.bytes);
    }
    const QDateTime next = m_session->nextScrapeTime();
    if (next.isValid()) {
        parts << tr("next in %1").arg(StaleBanner::ageText(QDateTime::currentDateTimeUtc().secsTo(next)));
    }
    if (!m_session->lastError().isEmpty()) {
        parts << tr("last error: %1").arg(m_session->lastError());
    }
    m_updatedLabel->setText(parts.join(QStringLiteral(" · ")));
    m_updatedLabel->setToolTip(m_session->lastError());

    const auto snapshot = m_session->displayed();
    if (snapshot) {
        int failing = 0;
        for (const core::CheckHealth &check : snapshot->checks) {
            failing += check.failingZoneCount() > 0 ? 1 : 0;
        }
        m_countsLabel->setText(
            (snapshot->checks.size() == 1 ? tr("1 check") : tr("%1 checks").arg(snapshot->checks.size()))
            + QStringLiteral(" · ") + tr("%n failing", nullptr, failing));
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString source = m_session->sourceName();
    setWindowTitle(source.isEmpty() ? tr("Appclacks Desktop") : tr("Appclacks Desktop — %1").arg(source));
}

void MainWindow::updateTray()
{
    if (!m_tray) {
        return;
    }
    const auto snapshot = m_session->displayed();
    core::CheckStatus worst = core::CheckStatus::Passing;
    int failing = 0;
    if (snapshot) {
        for (const core::CheckHealth &check : snapshot->checks) {
            const core::CheckStatus status = check.status();
            if (core::ChecksTableModel::statusRank(status) < core::ChecksTableModel::statusRank(worst)) {
                worst = status;
            }
            failing += check.failingZoneCount() > 0 ? 1 : 0;
        }
    }
    m_tray->setIcon(ChartTheme::of(this).statusIcon(worst));
    switch (worst) {
    case core::CheckStatus::GlobalOutage:
        m_tray->setToolTip(tr("Appclacks Desktop: outage — %1 failing").arg(failing));
        break;
    case core::CheckStatus::PartialOutage:
        m_tray->setToolTip(tr("Appclacks Desktop: partial outage — %1 failing").arg(failing));
        break;
    default:
        m_tray->setToolTip(tr("Appclacks Desktop: all checks passing"));
        break;
    }
}

void MainWindow::notifyChanges(const core::HealthSnapshot &latest)
{
    // A check starts failing when its failure counter rose since the previous scrape, and
    // recovers when it stops rising. The first snapshot only sets the baseline.
    QHash<QString, bool> failingNow;
    QStringList started;
    QStringList recovered;
    const bool baseline = !m_lastNotified;
    QHash<QString, double> failuresBefore; // by key: a linear lookup per check would be quadratic
    if (m_lastNotified) {
        failuresBefore.reserve(qsizetype(m_lastNotified->checks.size()));
        for (const core::CheckHealth &check : m_lastNotified->checks) {
            failuresBefore.insert(check.key, check.total.failure);
        }
    }
    for (const core::CheckHealth &check : latest.checks) {
        const auto before = failuresBefore.constFind(check.key);
        const bool rising = before != failuresBefore.constEnd() && check.total.failure > *before;
        failingNow.insert(check.key, rising);
        const QString name = check.name.isEmpty() ? check.key : check.name;
        if (rising && !m_failing.value(check.key)) {
            started << name;
        } else if (!rising && m_failing.value(check.key)) {
            recovered << name;
        }
    }
    m_failing = failingNow;
    const core::AppSettings settings;
    if (baseline || !m_tray || !settings.notificationsEnabled()) {
        return;
    }
    const QStringList muted = settings.mutedChecks();
    auto audible = [&muted, &latest](const QStringList &names) {
        QStringList kept;
        for (const QString &name : names) {
            bool silenced = false;
            for (const core::CheckHealth &check : latest.checks) {
                if ((check.name == name || check.key == name) && muted.contains(check.key)) {
                    silenced = true;
                }
            }
            if (!silenced) {
                kept << name;
            }
        }
        return kept;
    };
    if (const QStringList names = audible(started); !names.isEmpty()) {
        m_tray->showMessage(tr("Check failing"), tr("%1 started failing.").arg(names.join(QStringLiteral(", "))),
            QSystemTrayIcon::Warning);
    }
    if (const QStringList names = audible(recovered); !names.isEmpty()) {
        m_tray->showMessage(tr("Check recovered"), tr("%1 passes again.").arg(names.join(QStringLiteral(", "))),
            QSystemTrayIcon::Information);
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        const core::AppSettings settings;
        m_session->setRefreshInterval(settings.refreshIntervalSeconds());
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
    }
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
        openFile(urls.constFirst().toLocalFile());
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
    const QSize size = QSize(1200, 760).boundedTo(available.size() * 0.9);
    resize(size);
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

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace appclacks::ui
