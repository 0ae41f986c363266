// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/mainwindow.h"

#include "core/settings/appsettings.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace appclacks::ui {

namespace {

// Actions whose feature is not in this build are shown, disabled, with this tooltip: the user
// sees what is coming and nothing pretends to work.
QString notAvailableYet()
{
    return MainWindow::tr("Not available in this version yet");
}

QAction *makeUnavailable(QAction *action)
{
    action->setEnabled(false);
    action->setToolTip(notAvailableYet());
    action->setStatusTip(notAvailableYet());
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Appclacks Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/com.appclacks.Desktop.svg")));

    createActions();
    createMenus();

    m_welcomePage = new WelcomePage(this);
    m_welcomePage->addEntry(m_startDemoAction, tr("Watch simulated checks in three zones, failures included."));
    m_welcomePage->addEntry(m_openFileAction,
        tr("Load a saved exposition file, such as the output of "
           "“appclacks healthcheck metrics get”."));
    m_welcomePage->addEntry(m_addProfileAction, tr("Connect to the Appclacks API or a Cabourotte /metrics endpoint."));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcomePage);
    setCentralWidget(m_pages);

    statusBar()->showMessage(tr("No source open"));
    restoreWindowGeometry();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFileAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Metrics File…"), this);
    m_openFileAction->setObjectName(QStringLiteral("openFileAction"));
    m_openFileAction->setShortcut(QKeySequence::Open);
    makeUnavailable(m_openFileAction);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    makeUnavailable(m_exportAction);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startDemoAction
        = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start the &Demo"), this);
    m_startDemoAction->setObjectName(QStringLiteral("startDemoAction"));
    makeUnavailable(m_startDemoAction);

    m_addProfileAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add a Profile…"), this);
    m_addProfileAction->setObjectName(QStringLiteral("addProfileAction"));
    makeUnavailable(m_addProfileAction);

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
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_statusBarAction);
    view->addSeparator();
    view->addAction(m_fullScreenAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
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
