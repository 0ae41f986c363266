// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
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
#include "ui/checkdetailview.h"
#include "ui/checksfilterproxymodel.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/mainwindow.h"
#include "ui/stalebanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

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
bool showWithTheDemo(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    QSignalSpy displayed(window.session(), &appclacks::core::MonitoringSession::displayedChanged);
    window.open(appclacks::core::SourceSpec::demo());
    return displayed.wait(10000);
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
        QCOMPARE(window.windowTitle(), QStringLiteral("Appclacks Desktop"));
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
        QVERIFY(displayed.wait(10000));
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

        checks->selectRow(0);
        QCOMPARE(detail->latencyChart()->checkKey(), QStringLiteral("api-gateway"));
        QVERIFY(detail->headerText().contains(QStringLiteral("failing"), Qt::CaseInsensitive));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
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
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("updatedLabel"))->text().contains(QStringLiteral("HTTP 500")));

        demoServerOf(window).setFault(appclacks::simulator::SimulatorServer::Fault::None);
        banner->findChild<QPushButton *>(QStringLiteral("staleBannerRetry"))->click();
        QVERIFY(displayed.wait(10000));
        QTRY_VERIFY(!banner->isVisible());
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

        // An error quoting a hostile Content-Type, in the status bar and the stale banner.
        appclacks::simulator::SimulatorFaultParameters html;
        html.fixedBody = "x 1\n";
        html.fixedContentType = "<b>x</b>";
        demoServerOf(window).setFault(appclacks::simulator::SimulatorServer::Fault::FixedBody, html);
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->status().stale, 10000);
        QTRY_VERIFY(
            window.findChild<QLabel *>(QStringLiteral("updatedLabel"))->text().contains(QLatin1String("<b>x</b>")));
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
            QVERIFY(displayed.wait(10000));
            window.session()->refreshNow();
            QVERIFY(displayed.wait(10000));
        }
        appclacks::core::HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(appclacks::core::HistoryStore::Access::ReadOnly, &error), qPrintable(error));
        const auto source = store.source(QStringLiteral("demo"), &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(source->scrapes >= 2);
        QVERIFY(source->samples > 100); // eight checks in three zones, every series
        QVERIFY(source->lastMs > source->firstMs);
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
