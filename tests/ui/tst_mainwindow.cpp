// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "core/history/checktimeline.h"
#include "core/history/historyqueries.h"
#include "core/history/historyrecorder.h"
#include "core/history/historystore.h"
#include "core/models/checkstablemodel.h"
#include "core/profiles/secretstore.h"
#include "core/settings/appsettings.h"
#include "core/sources/monitoringsession.h"
#include "core/sources/snapshotloader.h"
#include "simulator/demolauncher.h"
#include "simulator/simulatorserver.h"
#include "tests/support/menuactions.h"
#include "ui/charts/latencyhistogramchart.h"
#include "ui/charts/latencyovertimechart.h"
#include "ui/checkdetailview.h"
#include "ui/checksfilterproxymodel.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/incidentslist.h"
#include "ui/mainwindow.h"
#include "ui/overviewmatrix.h"
#include "ui/stalebanner.h"
#include "ui/theme/theme.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

using appclacks::tests::actionTexts;
using appclacks::ui::MainWindow;

namespace {

appclacks::simulator::SimulatorServer &demoServerOf(const MainWindow &window)
{
    auto *demo = dynamic_cast<appclacks::simulator::SimulatedDemo *>(window.session()->demoServer());
    if (!demo) {
        qFatal("the demo is not open");
    }
    return demo->server();
}

// Shows the window and opens the demo in it: whether the demo's first snapshot reached it.
/// The demo's checks are keyed by their ids: the one named `name`.
const appclacks::core::CheckHealth *checkNamed(const appclacks::core::HealthSnapshot &snapshot, const QString &name)
{
    for (const appclacks::core::CheckHealth &check : snapshot.checks) {
        if (check.name == name) {
            return &check;
        }
    }
    return nullptr;
}

// The demo seeds a generated day of history before its first figures: about a second in a
// release build, up to nine under ASan on a busy machine.
constexpr int demoShownWithinMs = 30000;

bool showWithTheDemo(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
    window.open(appclacks::core::SourceSpec::demo());
    return displayed.wait(demoShownWithinMs);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appclacks::core::applyApplicationIdentity();
        QSettings().clear();
    }

    void titleAndMenus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QGuiApplication::applicationDisplayName());
        QCOMPARE(actionTexts(window.menuBar()),
            (QStringList { QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help") }));

        const auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        const QStringList fileEntries = actionTexts(file);
        QVERIFY(fileEntries.contains(QStringLiteral("&Open Metrics File…")));
        QVERIFY(fileEntries.contains(QStringLiteral("&Export Chart…")));
        QCOMPARE(fileEntries.constLast(), QStringLiteral("&Quit"));

        const auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QVERIFY(actionTexts(help).contains(QStringLiteral("&About Appclacks Desktop")));
        QVERIFY(!actionTexts(window.findChild<QMenu *>(QStringLiteral("viewMenu"))).isEmpty());
    }

    // Issue 14: profiles are managed in the window, from the File menu and the source list.
    void manageProfilesFromTheMenuAndTheSourceList()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(actionTexts(file).contains(QStringLiteral("&Manage Profiles…")));
        auto *manage = window.findChild<QAction *>(QStringLiteral("manageProfilesAction"));
        QVERIFY(manage);
        manage->trigger();
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QWidget *>(QStringLiteral("profilesDialog"))) && dialog->isVisible());
        manage->trigger(); // raised again, never a second one
        QCOMPARE(window.findChildren<QWidget *>(QStringLiteral("profilesDialog")).size(), 1);
        dialog->close();

        auto *sources = window.findChild<QComboBox *>(QStringLiteral("sourceChoice"));
        QVERIFY(sources);
        QVERIFY(sources->findText(QStringLiteral("Manage profiles…")) >= 0);
    }

    void welcomeOffersTheThreeWaysIn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());

        QStringList texts;
        const auto buttons = welcome->findChildren<QCommandLinkButton *>();
        for (const QCommandLinkButton *button : buttons) {
            texts << button->text();
            QVERIFY2(button->isEnabled(), qPrintable(button->text())); // every way in works
        }
        QCOMPARE(texts,
            (QStringList { QStringLiteral("Start the Demo"), QStringLiteral("Open Metrics File…"),
                QStringLiteral("Add a Profile…"), QStringLiteral("Import Appclacks CLI Profiles…") }));
    }

    void welcomeDemoButtonStartsTheDemo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCommandLinkButton *button = nullptr;
        for (QCommandLinkButton *candidate : window.findChildren<QCommandLinkButton *>()) {
            if (candidate->text() == QStringLiteral("Start the Demo")) {
                button = candidate;
            }
        }
        QVERIFY(button);
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.session()->status().spec.kind, appclacks::core::SourceKind::Demo);
        QVERIFY(displayed.wait(demoShownWithinMs));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("checksView"))->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    }

    void fileLoadsAndSelectionDrivesTheCharts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        window.open(
            appclacks::core::SourceSpec::file(QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom")));
        QVERIFY(displayed.wait(10000));
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        QVERIFY(checks && checks->isVisible());
        QCOMPARE(checks->model()->rowCount(), 2);
        // Worst first: api-gateway failed, dns-corp did not.
        QCOMPARE(checks->model()->index(0, appclacks::core::ChecksTableModel::Name).data().toString(),
            QStringLiteral("api-gateway"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("overviewMatrix"))->isVisible());

        checks->setFocus();
        checks->selectRow(1);
        QCOMPARE(window.selectedCheck(), QStringLiteral("dns-corp"));
        auto *detail = window.findChild<appclacks::ui::CheckDetailView *>(QStringLiteral("checkDetailView"));
        QVERIFY(detail && detail->isVisible());
        QCOMPARE(detail->checkKey(), QStringLiteral("dns-corp"));
        QCOMPARE(detail->latencyChart()->checkKey(), QStringLiteral("dns-corp"));
        QVERIFY(detail->headerText().contains(QStringLiteral("dns-corp")));
        QVERIFY(detail->latencyChart()->title().contains(QStringLiteral("dns-corp")));
        // Issue 11: a file is named by its base name, not its whole path.
        QVERIFY2(detail->latencyChart()->title().endsWith(QStringLiteral(" — cabourotte_style.prom")),
            qPrintable(detail->latencyChart()->title()));
        QVERIFY(!detail->latencyChart()->title().contains(QStringLiteral(APPCLACKS_TEST_DATA_DIR)));
        QCOMPARE(window.windowTitle(), QStringLiteral("cabourotte_style.prom"));

        checks->selectRow(0);
        QCOMPARE(detail->latencyChart()->checkKey(), QStringLiteral("api-gateway"));
        QVERIFY(detail->headerText().contains(QStringLiteral("failing"), Qt::CaseInsensitive));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    }

    // Issue 11: a selection rebuilds only the tab on screen (rebuilding the others cost every
    // selection a few milliseconds of the GUI thread); a tab shown later shows the check
    // selected now, and an exported hidden chart is drawn first.
    void hiddenTabsAreDrawnWhenShownWithTheCurrentCheck()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        window.open(
            appclacks::core::SourceSpec::file(QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom")));
        QVERIFY(displayed.wait(10000));
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("checkTabs"));
        auto *detail = window.findChild<appclacks::ui::CheckDetailView *>(QStringLiteral("checkDetailView"));
        auto *outcomes = window.findChild<appclacks::ui::ChartWidget *>(QStringLiteral("outcomesChart"));
        QVERIFY(checks && tabs && detail && outcomes);
        window.selectCheck(QStringLiteral("dns-corp"));
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(detail->latencyChart()->title().contains(QStringLiteral("dns-corp")));
        QVERIFY(!detail->latencyChart()->isStale());
        QVERIFY(outcomes->isStale()); // behind the Latency tab: not rebuilt
        QCOMPARE(outcomes->checkKey(), QStringLiteral("dns-corp")); // but it has its data

        tabs->setCurrentWidget(outcomes);
        QVERIFY(!outcomes->isStale());
        QVERIFY2(outcomes->title().contains(QStringLiteral("dns-corp")), qPrintable(outcomes->title()));

        // Another check while Success is shown: the Latency tab waits, then shows that check.
        window.selectCheck(QStringLiteral("api-gateway"));
        QVERIFY2(outcomes->title().contains(QStringLiteral("api-gateway")), qPrintable(outcomes->title()));
        QVERIFY(detail->latencyChart()->isStale());
        QVERIFY(detail->latencyChart()->title().contains(QStringLiteral("dns-corp")));
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        detail->latencyChart()->renderForExport(&painter, QSizeF(400, 300), false);
        painter.end();
        QVERIFY(!detail->latencyChart()->isStale());
        QVERIFY(detail->latencyChart()->title().contains(QStringLiteral("api-gateway")));
        window.selectCheck(QStringLiteral("dns-corp"));
        QVERIFY(detail->latencyChart()->isStale());
        tabs->setCurrentIndex(0);
        QVERIFY(!detail->latencyChart()->isStale());
        QVERIFY(detail->latencyChart()->title().contains(QStringLiteral("dns-corp")));
    }

    void filterNarrowsTheChecks()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        const int all = checks->model()->rowCount();
        QVERIFY(all >= 8);
        window.findChild<QAction *>(QStringLiteral("filterAction"))->trigger(); // Ctrl+F
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("checksFilter"));
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("CHECK"));
        QCOMPARE(checks->model()->rowCount(), 1);
        QCOMPARE(checks->model()->index(0, appclacks::core::ChecksTableModel::Name).data().toString(),
            QStringLiteral("checkout"));
        filter->clear();
        QCOMPARE(checks->model()->rowCount(), all);
    }

    void failedScrapeShowsTheStaleBannerAndKeepsTheData()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        const auto before = window.session()->displayed();
        auto *banner = window.findChild<appclacks::ui::StaleBanner *>(QStringLiteral("staleBanner"));
        QVERIFY(banner && !banner->isVisible());

        demoServerOf(window).setFault(appclacks::simulator::SimulatorServer::Fault::ServerError);
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger(); // Ctrl+R
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->status().stale, 10000);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Showing data from")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("HTTP 500")));
        QCOMPARE(window.session()->displayed(), before); // the last good data stays on screen
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("checksView"))->model()->rowCount(),
            int(before->checks.size()));
        // Issue 11: said once, in the banner; not again in the status bar.
        QVERIFY(
            !window.findChild<QLabel *>(QStringLiteral("updatedLabel"))->text().contains(QStringLiteral("HTTP 500")));

        demoServerOf(window).setFault(appclacks::simulator::SimulatorServer::Fault::None);
        banner->findChild<QPushButton *>(QStringLiteral("staleBannerRetry"))->click();
        QVERIFY(displayed.wait(10000));
        QTRY_VERIFY(!banner->isVisible());
    }

    // Issue 11: every figure follows the range; the strip's cells are the history's steps.
    void rangeAndStripFollowTheHistory()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        appclacks::core::MonitoringSession *session = window.session();
        QSignalSpy displayed(session, &appclacks::core::MonitoringSession::displayedChanged);
        window.setRange(appclacks::core::TimeRange::last(24 * 3600 * 1000));
        QTRY_VERIFY_WITH_TIMEOUT(
            session->displayed()->rangeToMs - session->displayed()->rangeFromMs == 86400000, 15000);
        const auto day = session->displayed();
        const appclacks::core::CheckHealth *auth = checkNamed(*day, QStringLiteral("auth-service"));
        QVERIFY(auth);
        QVERIFY(auth->total.failure > 0); // its global outage, 16 h ago
        auto *view = window.findChild<QTableView *>(QStringLiteral("checksView"));
        const auto rowOf = [view](const QString &key) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, 0).data(appclacks::core::CheckKeyRole).toString() == key) {
                    return row;
                }
            }
            return -1;
        };
        const QString authKey = auth->key;
        const auto failureCell = [&] {
            return view->model()
                ->index(rowOf(authKey), appclacks::core::ChecksTableModel::Failure)
                .data(appclacks::core::SortRole)
                .toDouble();
        };
        QCOMPARE(failureCell(), auth->total.failure);

        // The last hour holds none of it: the list says so.
        window.setRange(appclacks::core::TimeRange::last(3600 * 1000));
        QTRY_VERIFY_WITH_TIMEOUT(session->displayed()->rangeToMs - session->displayed()->rangeFromMs == 3600000, 15000);
        QCOMPARE(failureCell(), 0.0);

        // The strip of a check failing now ends failing, and each cell is the history's step.
        const auto shown = session->displayed();
        const appclacks::core::CheckHealth *checkout = checkNamed(*shown, QStringLiteral("checkout"));
        QVERIFY(checkout && checkout->timeline);
        QVERIFY(checkout->status != appclacks::core::CheckStatus::Passing);
        const std::vector<appclacks::core::StateStep> &strip = checkout->timeline->strip;
        QCOMPARE(strip.size(), std::size_t(30));
        QVERIFY(strip.back().failure > 0);
        const std::int64_t stepMs = strip.front().toMs - strip.front().fromMs;
        appclacks::core::HistoryStore store(session->historyPath());
        QString error;
        QVERIFY2(store.open(appclacks::core::HistoryStore::Access::ReadOnly, &error), qPrintable(error));
        const auto source = store.source(QStringLiteral("demo"), &error);
        QVERIFY(source);
        const auto steps = appclacks::core::HistoryQueries::steps(store, *source, QStringLiteral("checkout"),
            std::nullopt, { strip.front().fromMs, strip.back().toMs }, stepMs, 1.0, &error);
        QVERIFY2(steps, qPrintable(error));
        QCOMPARE(steps->size(), strip.size());
        for (std::size_t cell = 0; cell < strip.size(); ++cell) {
            QCOMPARE(strip[cell].success, (*steps)[cell].success);
            QCOMPARE(strip[cell].failure, (*steps)[cell].failure);
        }
        // The row's strip cell hands the delegate the same timeline.
        const auto fromModel = view->model()
                                   ->index(rowOf(checkout->key), appclacks::core::ChecksTableModel::Strip)
                                   .data(appclacks::core::TimelineRole)
                                   .value<std::shared_ptr<const appclacks::core::CheckTimeline>>();
        QCOMPARE(fromModel.get(), checkout->timeline.get());
    }

    // Issue 11: a drag on a time chart zooms the window's range; Zoom Back and Reset Zoom return.
    void zoomFromAChartAndBack()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        appclacks::core::MonitoringSession *session = window.session();
        const appclacks::core::TimeRange day = appclacks::core::TimeRange::last(24 * 3600 * 1000);
        window.setRange(day);
        QTRY_VERIFY_WITH_TIMEOUT(session->displayed()->rangeToMs > 0, 15000);
        const appclacks::core::CheckHealth *named = checkNamed(*session->displayed(), QStringLiteral("auth-service"));
        QVERIFY(named);
        const QString authKey = named->key;
        window.selectCheck(authKey);
        auto *detail = window.findChild<appclacks::ui::CheckDetailView *>(QStringLiteral("checkDetailView"));
        QTRY_VERIFY_WITH_TIMEOUT(detail->latencyOverTimeChart()->overTime(), 15000);
        QAction *back = window.findChild<QAction *>(QStringLiteral("zoomBackAction"));
        QAction *reset = window.findChild<QAction *>(QStringLiteral("resetZoomAction"));
        QVERIFY(!back->isEnabled() && !reset->isEnabled());

        const std::int64_t to = session->latest()->scrapedAt.toMSecsSinceEpoch() - 16 * 3600 * 1000;
        const std::int64_t from = to - 3600 * 1000;
        Q_EMIT detail->latencyOverTimeChart()->rangeSelected(from, to);
        QCOMPARE(session->range(), appclacks::core::TimeRange::custom(from, to));
        QTRY_VERIFY_WITH_TIMEOUT(session->displayed()->rangeFromMs == from, 15000);
        // The hour of auth-service's global outage: failures in every zone.
        const appclacks::core::CheckHealth *auth = session->displayed()->check(authKey);
        QVERIFY(auth && auth->total.failure > 0);
        QVERIFY(back->isEnabled() && reset->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(detail->latencyOverTimeChart()->overTime()
                && detail->latencyOverTimeChart()->overTime()->range.fromMs == from,
            15000);

        // An incident opens its own stretch; Back returns to the hour, Reset to the day.
        Q_EMIT detail->incidentsList()->incidentActivated(from + 60000, to - 60000);
        QCOMPARE(session->range(), appclacks::core::TimeRange::custom(from + 60000, to - 60000));
        back->trigger();
        QCOMPARE(session->range(), appclacks::core::TimeRange::custom(from, to));
        reset->trigger();
        QCOMPARE(session->range(), day);
        QVERIFY(!back->isEnabled() && !reset->isEnabled());
    }

    // Issue 13: text a server controls (check names, zones, a Content-Type quoted in an error)
    // never reaches a label or a tooltip as markup.
    void serverTextIsNeverRichText()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        // The prober's counters: a range of the history would still hold the demo's checks.
        window.setRange(appclacks::core::TimeRange::sinceProberStarted());

        appclacks::simulator::SimulatorFaultParameters parameters;
        parameters.fixedBody = "healthcheck_total{id=\"<img src=x>\",name=\"<img src=x>\",zone=\"<i>z</i>\","
                               "status=\"failure\"} 1\n"
                               "healthcheck_duration_seconds_bucket{id=\"b\",name=\"<b>bold</b>\",zone=\"eu\","
                               "le=\"fast\"} 1\n"
                               "healthcheck_total{id=\"b\",name=\"<b>bold</b>\",zone=\"eu\",status=\"success\"} 1\n";
        demoServerOf(window).setFault(appclacks::simulator::SimulatorServer::Fault::FixedBody, parameters);
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session()->displayed() && window.session()->displayed()->checks.size() == 2, 10000);
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        QTRY_COMPARE(checks->model()->rowCount(), 2);
        checks->setFocus();
        checks->selectRow(0);
        const auto labelsArePlain = [&window]() -> QString {
            for (const QLabel *label : window.findChildren<QLabel *>()) {
                const QString text = label->text();
                const bool plain = label->textFormat() == Qt::PlainText
                    || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text));
                if (!plain
                    && (text.contains(QLatin1String("<img")) || text.contains(QLatin1String("<b>bold"))
                        || text.contains(QLatin1String("<i>z")) || text.contains(QLatin1String("<b>x")))) {
                    return label->objectName() + QStringLiteral(": ") + text;
                }
            }
            return QString();
        };
        QString offender = labelsArePlain();
        QVERIFY2(offender.isEmpty(), qPrintable(offender));
        checks->selectRow(1);
        offender = labelsArePlain();
        QVERIFY2(offender.isEmpty(), qPrintable(offender));

        const auto toolTipsAreSafe = [](const QAbstractItemModel *model) -> QString {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                    if (Qt::mightBeRichText(tip)
                        && (tip.contains(QLatin1String("<img")) || tip.contains(QLatin1String("<b>bold")))) {
                        return tip;
                    }
                }
                QString header = model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString();
                if (Qt::mightBeRichText(header) && header.contains(QLatin1String("<img"))) {
                    return header;
                }
            }
            return QString();
        };
        int models = 0;
        for (const QTableView *view : window.findChildren<QTableView *>()) {
            if (view->model() && view->model()->rowCount() > 0) {
                ++models;
                const QString tip = toolTipsAreSafe(view->model());
                QVERIFY2(tip.isEmpty(), qPrintable(view->objectName() + QStringLiteral(": ") + tip));
            }
        }
        QVERIFY(models >= 2); // the checks list and the overview at least

        // An error quoting a hostile Content-Type, in the stale banner (said there only).
        appclacks::simulator::SimulatorFaultParameters html;
        html.fixedBody = "x 1\n";
        html.fixedContentType = "<b>x</b>";
        demoServerOf(window).setFault(appclacks::simulator::SimulatorServer::Fault::FixedBody, html);
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->status().stale, 10000);
        QTRY_VERIFY(
            window.findChild<QLabel *>(QStringLiteral("staleBannerText"))->text().contains(QLatin1String("<b>x</b>")));
        offender = labelsArePlain();
        QVERIFY2(offender.isEmpty(), qPrintable(offender));
        const QString statusTip = window.findChild<QLabel *>(QStringLiteral("updatedLabel"))->toolTip();
        QVERIFY2(!Qt::mightBeRichText(statusTip) || !statusTip.contains(QLatin1String("<b>x")), qPrintable(statusTip));
    }

    // Issue 10: the window records every scrape of a scraped source into its history file, on the
    // history's thread; closing packs what it holds.
    void windowRecordsItsScrapesInTheHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            MainWindow window(path);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
            window.open(appclacks::core::SourceSpec::demo());
            QVERIFY(displayed.wait(demoShownWithinMs));
            window.session()->refreshNow();
            QVERIFY(displayed.wait(10000));
            // The demo keeps its made-up day and its live scrapes in a history of its own.
            const QString demoHistory = window.session()->historyPath();
            QVERIFY(!demoHistory.isEmpty() && demoHistory != path);
            appclacks::core::HistoryStore store(demoHistory);
            QString error;
            QVERIFY2(store.open(appclacks::core::HistoryStore::Access::ReadOnly, &error), qPrintable(error));
            const auto source = store.source(QStringLiteral("demo"), &error);
            QVERIFY2(source, qPrintable(error));
            QVERIFY(source->scrapes >= 2);
            QVERIFY(source->samples > 100); // eight checks in three zones, every series
            QVERIFY(source->lastMs - source->firstMs >= 24LL * 3600 * 1000); // the day, then live
        }
        // The user's own history never receives the demo.
        appclacks::core::HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(appclacks::core::HistoryStore::Access::ReadOnly, &error), qPrintable(error));
        QVERIFY(!store.source(QStringLiteral("demo"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Issue 10: Preferences shows the history's size (measured on its thread) and clears it after
    // asking.
    void preferencesMeasureAndClearTheHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        appclacks::core::HistoryRecorder recorder(path);
        appclacks::core::ScrapeRecord failed;
        failed.source = QStringLiteral("demo");
        failed.timeMs = 1000;
        failed.error = QStringLiteral("refused");
        recorder.record(failed);
        QVERIFY(recorder.waitForCommitted());
        appclacks::core::SecretStore secrets(nullptr, QStringLiteral("appclacks-desktop-test-preferences"));
        appclacks::ui::PreferencesDialog dialog(&secrets, &recorder);
        auto *size = dialog.findChild<QLabel *>(QStringLiteral("historySize"));
        QVERIFY(size);
        QTRY_VERIFY2(size->text().contains(QLatin1String("on disk")), qPrintable(size->text()));
        auto *retention = dialog.findChild<QSpinBox *>(QStringLiteral("historyRetention"));
        QCOMPARE(retention->value(), appclacks::core::AppSettings().historyRetentionDays());

        // Cancel first: nothing is cleared.
        const auto answer = [](const QString &button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *candidate : box->buttons()) {
                    if (candidate->text() == button
                        || (button == QLatin1String("Cancel")
                            && box->buttonRole(candidate) == QMessageBox::RejectRole)) {
                        candidate->click();
                        return;
                    }
                }
                QFAIL("no such button");
            });
        };
        QSignalSpy cleared(&recorder, &appclacks::core::HistoryRecorder::cleared);
        answer(QStringLiteral("Cancel"));
        dialog.findChild<QPushButton *>(QStringLiteral("clearHistory"))->click();
        QVERIFY(recorder.waitForCommitted());
        QCOMPARE(cleared.count(), 0);
        {
            appclacks::core::HistoryStore store(path);
            QString error;
            QVERIFY(store.open(appclacks::core::HistoryStore::Access::ReadOnly, &error));
            QCOMPARE(store.sources(&error)->size(), std::size_t(1));
        }
        answer(QStringLiteral("Clear History"));
        dialog.findChild<QPushButton *>(QStringLiteral("clearHistory"))->click();
        QVERIFY(cleared.wait(10000));
        QTRY_VERIFY(size->text().contains(QLatin1String("on disk")));
        appclacks::core::HistoryStore store(path);
        QString error;
        QVERIFY(store.open(appclacks::core::HistoryStore::Access::ReadOnly, &error));
        QVERIFY(store.sources(&error)->empty());
    }

    // Issue 13: a damaged settings file is said at window start, in the status bar.
    void settingsProblemIsShownAtStart()
    {
        const QString path = QSettings().fileName();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[General]\nschemaVersion=1\n[unterminated section\nbroken\n");
        file.close();
        appclacks::core::AppSettings::resetFileCheck();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("damaged")),
                qPrintable(window.statusBar()->currentMessage()));
        }
        appclacks::core::AppSettings::resetFileCheck(); // the file was written back clean
        QVERIFY(appclacks::core::AppSettings::checkFile().problem.isEmpty());
    }

    // Issue 13: the Preferences checkbox switches the session store's plain-text fallback.
    void preferencesSwitchThePlaintextFallback()
    {
        appclacks::core::SecretStore secrets(nullptr, QStringLiteral("appclacks-desktop-test-preferences"));
        secrets.setPlaintextFallbackAllowed(false);
        for (const bool allowed : { true, false }) {
            appclacks::ui::PreferencesDialog dialog(&secrets);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("plaintextFallback"));
            QVERIFY(box);
            QCOMPARE(box->isChecked(), !allowed);
            box->setChecked(allowed);
            dialog.accept();
            QCOMPARE(secrets.plaintextFallbackAllowed(), allowed);
        }
    }

    void histogramWarningsShowInTheList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken-histogram.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("healthcheck_duration_seconds_bucket{name=\"no-inf\",le=\"1\"} 3\n"
                   "healthcheck_total{name=\"no-inf\",status=\"success\"} 3\n");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        window.open(appclacks::core::SourceSpec::file(path));
        QVERIFY(displayed.wait(10000));
        const QModelIndex name = window.findChild<QTableView *>(QStringLiteral("checksView"))
                                     ->model()
                                     ->index(0, appclacks::core::ChecksTableModel::Name);
        QVERIFY2(name.data().toString().endsWith(QStringLiteral("⚠")), qPrintable(name.data().toString()));
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No +Inf bucket")));
        QCOMPARE(name.siblingAtColumn(appclacks::core::ChecksTableModel::P95).data().toString(), QStringLiteral("—"));
    }

    void geometryIsRemembered()
    {
        QSettings().clear();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.size(), QSize(777, 555));
    }

    // The list's proxy sorts worst first and filters on name, id and zone-less checks alike;
    // under the tester through sorting, filtering and a refresh with other checks.
    void checksFilterProxyPassesTheModelTester()
    {
        appclacks::core::ChecksTableModel checks;
        appclacks::ui::ChecksFilterProxyModel proxy;
        proxy.setSourceModel(&checks);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto load = [](const QString &file) {
            return appclacks::core::SnapshotLoader::loadBlocking(
                appclacks::core::SourceSpec::file(QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/") + file), {},
                nullptr)
                .built.latest;
        };
        checks.setSnapshot(load(QStringLiteral("cabourotte_style.prom")));
        proxy.sort(appclacks::core::ChecksTableModel::Status, Qt::AscendingOrder);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.index(0, appclacks::core::ChecksTableModel::Name).data(appclacks::core::CheckKeyRole).toString(),
            QStringLiteral("api-gateway")); // failing, so first
        proxy.setFilterText(QStringLiteral("DNS"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        proxy.sort(appclacks::core::ChecksTableModel::P95, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 2);
        checks.setSnapshot(load(QStringLiteral("appclacks_docs_sample.prom")));
        QVERIFY(proxy.rowCount() >= 1);
        checks.setSnapshot(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }

    // Issue 11: the platform appends the application's name to a title; the window's own title
    // names the source only, so that the name is said once.
    void titleSaysTheApplicationOnce()
    {
        const QString previous = QGuiApplication::applicationDisplayName();
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Appclacks Desktop"));
        const auto restore = qScopeGuard([previous] { QGuiApplication::setApplicationDisplayName(previous); });
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Appclacks Desktop"));
        QVERIFY(showWithTheDemo(window));
        QCOMPARE(window.windowTitle(), QStringLiteral("demo"));
    }

    // Issue 11: nothing to refresh or filter until a source is open; Refresh is a button, on
    // the platform's key as well as Ctrl+R; no two actions share a shortcut.
    void toolbarAndShortcuts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *interval = window.findChild<QComboBox *>(QStringLiteral("intervalChoice"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("checksFilter"));
        QVERIFY(!interval->isEnabled());
        QVERIFY(!filter->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());

        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(refresh->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
            QVERIFY(refresh->shortcuts().contains(key));
        }
        auto *button = window.findChild<QToolButton *>(QStringLiteral("refreshButton"));
        QVERIFY(button);
        QVERIFY(!button->autoRaise());
        QVERIFY(!button->icon().isNull());

        QMap<QKeySequence, QString> owners;
        const auto actions = window.findChildren<QAction *>();
        for (const QAction *action : actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!owners.contains(key),
                    qPrintable(key.toString() + QStringLiteral(": ") + owners.value(key) + QStringLiteral(" and ")
                        + action->text()));
                owners.insert(key, action->text());
            }
        }
        QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));

        QVERIFY(showWithTheDemo(window));
        QVERIFY(interval->isEnabled());
        QVERIFY(filter->isEnabled());
    }

    // Issue 11: one interval. The demo keeps it (no silent 10 s), the toolbar's choice is what
    // Preferences shows, OK in Preferences sets what the toolbar shows, and one choice pauses.
    void oneRefreshInterval()
    {
        appclacks::core::AppSettings().setRefreshIntervalSeconds(30);
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        auto *interval = window.findChild<QComboBox *>(QStringLiteral("intervalChoice"));
        QCOMPARE(window.session()->refreshInterval(), 30);
        QCOMPARE(interval->currentData().toInt(), 30);

        const int minute = interval->findData(60);
        QVERIFY(minute >= 0);
        interval->setCurrentIndex(minute);
        Q_EMIT interval->activated(minute);
        QCOMPARE(window.session()->refreshInterval(), 60);
        QCOMPARE(appclacks::core::AppSettings().refreshIntervalSeconds(), 60);

        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *seconds = dialog->findChild<QSpinBox *>(QStringLiteral("refreshInterval"));
            QVERIFY(seconds);
            QCOMPARE(seconds->value(), 60); // the toolbar's choice
            seconds->setValue(45);
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QCOMPARE(window.session()->refreshInterval(), 45);
        QCOMPARE(interval->currentData().toInt(), 45); // shown as it is, not as another preset
        QCOMPARE(interval->currentText(), QStringLiteral("every 45 s"));

        const int paused = interval->findData(0);
        QVERIFY(paused >= 0);
        interval->setCurrentIndex(paused);
        Q_EMIT interval->activated(paused);
        QCOMPARE(window.session()->refreshInterval(), 0);
        QVERIFY(!window.session()->status().nextRefresh.isValid());
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("updatedLabel"))->text().contains(QStringLiteral("paused")),
            qPrintable(window.findChild<QLabel *>(QStringLiteral("updatedLabel"))->text()));
        QCOMPARE(appclacks::core::AppSettings().refreshIntervalSeconds(), 45); // a pause is for now only
        // Refresh still refreshes, and the pause holds after it.
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QVERIFY(displayed.wait(10000));
        QVERIFY(!window.session()->status().nextRefresh.isValid());
        // Out of the pause, the next refresh is scheduled at once.
        const int halfMinute = interval->findData(30);
        interval->setCurrentIndex(halfMinute);
        Q_EMIT interval->activated(halfMinute);
        QTRY_VERIFY(window.session()->status().nextRefresh.isValid());
        appclacks::core::AppSettings().setRefreshIntervalSeconds(30);
    }

    // Issue 11: a new source that fails shows its error and nothing of the old one.
    void aFailingSourceShowsNothingOfThePreviousOne()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        QVERIFY(checks->model()->rowCount() >= 8);
        checks->selectRow(0);
        QVERIFY(!window.selectedCheck().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("healthcheck_total{name=\"a\",status=\"success\"} not-a-number\n");
        file.close();
        window.open(appclacks::core::SourceSpec::file(path));
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.session()->status().error.isEmpty() && !window.session()->status().refreshing, 10000);
        QCOMPARE(checks->model()->rowCount(), 0);
        QVERIFY(window.selectedCheck().isEmpty());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("countsLabel"))->text().isEmpty());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("demo")));
        auto *banner = window.findChild<appclacks::ui::StaleBanner *>(QStringLiteral("staleBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Could not read broken.prom: ")), qPrintable(banner->text()));
        // Said once: the list and the status bar do not repeat it.
        const QString error = window.session()->status().error;
        const auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyChecks"));
        QVERIFY(empty->isVisible());
        QVERIFY2(!empty->text().contains(error), qPrintable(empty->text()));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("updatedLabel"))->text().contains(error));
        auto *overview = window.findChild<appclacks::ui::OverviewMatrix *>(QStringLiteral("overviewMatrix"));
        QCOMPARE(overview->model()->rowCount(), 0);
    }

    // Issue 11: a source without health-check metrics says which metrics a check is made of.
    void aSourceWithoutChecksNamesTheMetrics()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# TYPE up gauge\nup 1\n");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.open(appclacks::core::SourceSpec::file(path));
        auto *banner = window.findChild<appclacks::ui::StaleBanner *>(QStringLiteral("staleBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().startsWith(QStringLiteral("Could not read node.prom: ")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("healthcheck_total")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("healthcheck_duration_seconds")));
    }

    // Issue 11: Esc clears the filter; zones match; "no check matches" rather than a blank
    // list; the overview and the status bar's count follow it; Home and End go to the ends.
    void filterFollowedEverywhere()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("checksFilter"));
        auto *overview = window.findChild<appclacks::ui::OverviewMatrix *>(QStringLiteral("overviewMatrix"));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        const auto snapshot = window.session()->displayed();
        const int all = checks->model()->rowCount();

        int inUsWest = 0;
        for (const auto &check : snapshot->checks) {
            inUsWest += std::any_of(check.zones.begin(), check.zones.end(),
                            [](const auto &zone) { return zone.zone == QLatin1String("us-west"); })
                ? 1
                : 0;
        }
        QVERIFY(inUsWest > 0);
        filter->setText(QStringLiteral("US-WEST"));
        QCOMPARE(checks->model()->rowCount(), inUsWest);
        QCOMPARE(overview->shownChecks(), inUsWest);
        QVERIFY2(counts->text().startsWith(QStringLiteral("%1 of %2 checks").arg(inUsWest).arg(all)),
            qPrintable(counts->text()));

        filter->setText(QStringLiteral("checkout"));
        QCOMPARE(checks->model()->rowCount(), 1);
        QCOMPARE(overview->shownChecks(), 1);
        QVERIFY2(counts->text().startsWith(QStringLiteral("1 of %1 checks").arg(all)), qPrintable(counts->text()));

        filter->setText(QStringLiteral("no-such-check"));
        const auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyChecks"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No check matches “no-such-check”."));
        QCOMPARE(overview->shownChecks(), 0);

        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(checks->model()->rowCount(), all);
        QVERIFY(!empty->isVisible());
        QCOMPARE(overview->shownChecks(), all);
        QVERIFY(counts->text().startsWith(QStringLiteral("%1 checks").arg(all)));

        checks->setFocus();
        checks->selectRow(1);
        QTest::keyClick(checks, Qt::Key_End);
        QCOMPARE(
            window.selectedCheck(), checks->model()->index(all - 1, 0).data(appclacks::core::CheckKeyRole).toString());
        QTest::keyClick(checks, Qt::Key_Home);
        QCOMPARE(window.selectedCheck(), checks->model()->index(0, 0).data(appclacks::core::CheckKeyRole).toString());
    }

    // Issue 11: status in words for screen readers, not only as an icon; the id only where asked.
    void statusInWordsAndNoIdInTheHeader()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
        window.open(appclacks::core::SourceSpec::file(
            QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/appclacks_docs_sample.prom")));
        QVERIFY(displayed.wait(10000));
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        const QModelIndex name = checks->model()->index(0, appclacks::core::ChecksTableModel::Name);
        const QString spoken = name.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(name.data().toString() + QStringLiteral(", ")), qPrintable(spoken));
        QVERIFY2(spoken.endsWith(QStringLiteral("Passing")) || spoken.contains(QStringLiteral("Failing")),
            qPrintable(spoken));
        checks->selectRow(0);
        auto *detail = window.findChild<appclacks::ui::CheckDetailView *>(QStringLiteral("checkDetailView"));
        QVERIFY(!detail->headerText().contains(QStringLiteral("cc145703")));
        QVERIFY(!detail->headerText().contains(QStringLiteral("id ")));
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("checkHeader"))->toolTip().contains(QStringLiteral("cc145703")));
    }

    // Issue 11: in a narrow window the check names keep their room; the toolbar's controls go
    // to the overflow menu rather than vanish.
    void narrowWindow()
    {
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        window.resize(800, 500);
        QTRY_COMPARE(window.size(), QSize(800, 500));
        auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
        const int nameWidth = checks->columnWidth(appclacks::core::ChecksTableModel::Name);
        QVERIFY2(nameWidth >= 18 * checks->fontMetrics().averageCharWidth(), qPrintable(QString::number(nameWidth)));

        window.resize(460, 500);
        QTRY_COMPARE(window.width(), std::max(460, window.minimumSizeHint().width()));
        QVERIFY2(window.width() < 500, qPrintable(QString::number(window.width())));
        QVERIFY(checks->viewport()->width() >= 11 * checks->fontMetrics().averageCharWidth());
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("checksFilter"));
        auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QTRY_VERIFY(filter->isVisible() || (extension && extension->isVisible()));
    }

    // Issue 11: the export dialog shows the folder on its own line; after saving, the status
    // bar says where, with a link that opens the folder; the Export button fits its arrow.
    void exportSaysWhere()
    {
        QTemporaryDir dir;
        QSettings().setValue(QStringLiteral("export/folder"), dir.path());
        {
            appclacks::ui::ExportDialog dialog(QStringLiteral("api-gateway-latency"));
            auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("exportFolder"));
            QVERIFY(folder);
            QCOMPARE(QDir::fromNativeSeparators(folder->text()), QDir::cleanPath(dir.path()));
            QCOMPARE(dialog.fileName(), QDir(dir.path()).filePath(QStringLiteral("api-gateway-latency.png")));
        }
        MainWindow window;
        QVERIFY(showWithTheDemo(window));
        auto *detail = window.findChild<appclacks::ui::CheckDetailView *>(QStringLiteral("checkDetailView"));
        const QString saved = QDir(dir.path()).filePath(QStringLiteral("chart.png"));
        Q_EMIT detail->chartSaved(saved);
        auto *label = window.findChild<QLabel *>(QStringLiteral("savedLabel"));
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("chart.png")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QUrl::fromLocalFile(QDir::cleanPath(dir.path())).toString(QUrl::FullyEncoded)),
            qPrintable(label->text()));
        QVERIFY(label->openExternalLinks());

        auto *button = window.findChild<QPushButton *>(QStringLiteral("exportChartButton"));
        QVERIFY(button && button->menu());
        const int indicator = button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        QVERIFY(button->sizeHint().width() >= button->fontMetrics().horizontalAdvance(button->text()) + indicator);
    }

    // Issue 11: in the dark theme an unchecked box is seen and dialog buttons carry no dark icons.
    void darkThemeControlsHaveContrast()
    {
        appclacks::ui::PreferencesDialog::applyTheme(QStringLiteral("dark"));
        const auto restore
            = qScopeGuard([] { appclacks::ui::PreferencesDialog::applyTheme(QStringLiteral("system")); });
        QCOMPARE(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 0);
        QCheckBox box(QStringLiteral("Cumulative"));
        box.resize(box.sizeHint());
        const QImage image = box.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        const QColor window = box.palette().color(QPalette::Window);
        double best = 1;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x) {
                best = std::max(best, appclacks::ui::Theme::contrastRatio(image.pixelColor(x, y), window));
            }
        }
        QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
