// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// range_bench [--pairs N] [--days D] [--interval S] [--switches S] [--selections C] [--keep DIR]
// The window on a live source of N pairs (default 1,000) whose history holds D days (default 7)
// of scrapes every 30 s, offscreen, as issue 11 measures it:
// 1. switching the range 24 h → 7 d (and back, S times): the longest GUI-thread stall while the
//    range is read, measured by a probe timer that should fire every millisecond, and the time
//    until the list shows the new range;
// 2. selecting a check with the details on "Over Time" under 7 d (C times; the tab drawn first): the time until its
//    latency chart is drawn for the range, and the longest stall meanwhile.
// The history is generated with bench/fleetgenerator (the same fleet as history_bench and
// timeline_bench); --keep DIR keeps it (the port its source is named after, and the last scrape
// the source serves) for the next run.

#include "benchstore.h"
#include "core/history/historystore.h"
#include "core/sources/monitoringsession.h"
#include "simulator/simulatorserver.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace appclacks;

namespace {

constexpr std::int64_t dayMs = 24 * 3600 * 1000LL;

// Runs the event loop until `done()` or the deadline; the window keeps working meanwhile.
template <typename Done> bool waitFor(const Done &done, int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return done();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double maximum(const std::vector<double> &values)
{
    return *std::max_element(values.begin(), values.end());
}

// The probe: the longest gap between two of its ticks is the longest stall of the GUI thread.
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestMs = std::max(m_longestMs, double(m_sinceTick.nsecsElapsed()) / 1e6);
            m_sinceTick.restart();
        });
    }
    void start()
    {
        QCoreApplication::processEvents();
        m_longestMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longestMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings and history stay untouched
    bench::FleetOptions fleet;
    fleet.interval = 30;
    fleet.past = true;
    int switches = 3;
    int selections = 5;
    const bool parsed = bench::parseFleetOptions(argc, argv, fleet,
        "range_bench [--pairs N] [--days D] [--interval S] [--switches S] [--selections C] [--keep DIR]",
        [&](const char *argument, const std::function<const char *()> &value) {
            if (std::strcmp(argument, "--switches") == 0) {
                switches = std::max(1, std::atoi(value()));
            } else if (std::strcmp(argument, "--selections") == 0) {
                selections = std::max(1, std::atoi(value()));
            } else {
                return false;
            }
            return true;
        });
    if (!parsed) {
        return 2;
    }
    QTemporaryDir temporary;
    const QString work = bench::workDirectory(fleet, temporary);
    if (work.isEmpty()) {
        return 1;
    }
    const QString historyPath = work + QStringLiteral("/range.sqlite");
    const QString portPath = work + QStringLiteral("/port");
    const QString bodyPath = work + QStringLiteral("/last.prom");

    // The live source: the fleet's last scrape, served as it is. Its history is named after the
    // URL, so a kept history needs the same port again.
    simulator::SimulatorServer server;
    QFile portFile(portPath);
    QFile bodyFile(bodyPath);
    quint16 keptPort = 0;
    if (!fleet.keep.isEmpty() && QFileInfo::exists(historyPath) && portFile.open(QIODevice::ReadOnly)) {
        keptPort = quint16(portFile.readAll().trimmed().toUInt());
        portFile.close();
    }
    const bool reuse = keptPort != 0 && bodyFile.exists() && server.listen(keptPort);
    if (!reuse && !server.listen()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QUrl url = server.cabourotteUrl();
    simulator::SimulatorFaultParameters body;
    if (reuse) {
        if (!bodyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(bodyPath));
            return 1;
        }
        body.fixedBody = bodyFile.readAll();
    } else {
        // The history ends now, and the source carries on from its last scrape.
        QFile::remove(historyPath);
        fleet.source = url.authority() + url.path();
        fleet.startMs = QDateTime::currentMSecsSinceEpoch() - (fleet.scrapes() - 1) * fleet.interval * 1000LL;
        QString error;
        core::HistoryStore store(historyPath);
        if (!store.open(core::HistoryStore::Access::ReadWrite, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const auto written
            = bench::writeFleet(store, fleet, [&](const bench::FleetGenerator &generator, std::int64_t, bool last) {
                  if (last) {
                      body.fixedBody = bench::expositionOf(generator.pairs(), std::size_t(fleet.pairs));
                  }
                  return true;
              });
        if (!written || !store.compactAll(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (portFile.open(QIODevice::WriteOnly)) {
            portFile.write(QByteArray::number(server.port()));
            portFile.close();
        }
        if (bodyFile.open(QIODevice::WriteOnly)) {
            bodyFile.write(body.fixedBody);
            bodyFile.close();
        }
    }
    server.setFault(simulator::SimulatorServer::Fault::FixedBody, body);

    ui::MainWindow window(historyPath);
    window.resize(1280, 800);
    window.show();
    core::MonitoringSession *session = window.session();
    const auto shows = [session](std::int64_t lengthMs) {
        const auto displayed = session->displayed();
        return displayed && !displayed->checks.empty() && displayed->checks.front().timeline
            && displayed->rangeToMs - displayed->rangeFromMs == lengthMs;
    };
    QElapsedTimer opening;
    opening.start();
    window.setRange(core::TimeRange::last(dayMs));
    window.open(core::SourceSpec::fromUrl(url));
    if (!waitFor([&] { return shows(dayMs); }, 300000)) {
        std::fprintf(stderr, "the source never showed its last 24 hours\n");
        return 1;
    }
    const double firstShownMs = double(opening.elapsed());
    session->setRefreshInterval(0); // paused: only the switches below read the history

    // 1. The range, 24 h → 7 d and back.
    StallProbe probe;
    std::vector<double> switchStalls;
    std::vector<double> switchShownMs;
    for (int i = 0; i < switches; ++i) {
        for (const std::int64_t lengthMs : { 7 * dayMs, dayMs }) {
            probe.start();
            QElapsedTimer shown;
            shown.start();
            window.setRange(core::TimeRange::last(lengthMs));
            if (!waitFor([&] { return shows(lengthMs); }, 120000)) {
                std::fprintf(stderr, "the range never showed\n");
                return 1;
            }
            const double shownMs = double(shown.nsecsElapsed()) / 1e6;
            waitFor([] { return false; }, 100); // the window draws what changed
            const double stall = probe.stop();
            if (lengthMs == 7 * dayMs) {
                switchStalls.push_back(stall);
                switchShownMs.push_back(shownMs);
            }
        }
    }

    // 2. A check's week, on the details' "Over Time" tab.
    window.setRange(core::TimeRange::last(7 * dayMs));
    waitFor([&] { return shows(7 * dayMs); }, 120000);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("checkTabs"));
    auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
    if (!tabs || !checks || checks->model()->rowCount() == 0) {
        std::fprintf(stderr, "no details or no checks\n");
        return 1;
    }
    // The tab is drawn before the first check is selected, as it is for a user, who clicks it
    // first: its first drawing (fonts, the charts' first layout, about 20-60 ms) is told apart.
    // Selected in the same breath, the first selection's chart waited behind it.
    QElapsedTimer tabShown;
    tabShown.start();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->tabText(tab).remove(QLatin1Char('&')) == QStringLiteral("Over Time")) {
            tabs->setCurrentIndex(tab);
        }
    }
    QCoreApplication::processEvents();
    window.repaint();
    const double tabShownMs = double(tabShown.nsecsElapsed()) / 1e6;
    waitFor([] { return false; }, 100);
    std::fprintf(stderr, "the Over Time tab first drawn in %.0f ms\n", tabShownMs);
    std::shared_ptr<const core::CheckOverTime> overTime;
    QObject::connect(session, &core::MonitoringSession::checkOverTimeChanged,
        [&overTime](const std::shared_ptr<const core::CheckOverTime> &value) { overTime = value; });
    std::vector<double> chartMs;
    std::vector<double> chartStalls;
    std::vector<double> chartDataMs; // until the check's week reached the GUI thread
    for (int i = 0; i < selections; ++i) {
        const int row = (i * 37 + 11) % checks->model()->rowCount();
        overTime.reset();
        probe.start();
        QElapsedTimer drawn;
        drawn.start();
        checks->selectRow(row);
        if (!waitFor([&] { return overTime && overTime->range.toMs - overTime->range.fromMs == 7 * dayMs; }, 60000)) {
            std::fprintf(stderr, "the check's week never came\n");
            return 1;
        }
        const double dataMs = double(drawn.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents(); // the chart takes it
        window.repaint(); // and draws it, synchronously: what the user waits for
        chartMs.push_back(double(drawn.nsecsElapsed()) / 1e6);
        chartDataMs.push_back(dataMs);
        waitFor([] { return false; }, 100);
        chartStalls.push_back(probe.stop());
    }
    std::fprintf(stderr, "each selection:");
    for (std::size_t i = 0; i < chartMs.size(); ++i) {
        std::fprintf(stderr, " %.0f ms (data %.0f, stall %.0f)", chartMs[i], chartDataMs[i], chartStalls[i]);
    }
    std::fprintf(stderr, "\n");
    std::printf("range switch 24 h -> 7 d: longest GUI stall %.1f ms (median %.1f), shown after %.0f ms (median)\n",
        maximum(switchStalls), median(switchStalls), median(switchShownMs));
    std::printf("a check's 7-day latency chart: drawn %.1f ms after selection (median; max %.1f; its data there "
                "after %.1f ms), longest stall %.1f ms\n",
        median(chartMs), maximum(chartMs), median(chartDataMs), maximum(chartStalls));
    std::printf("{\"bench\":\"range\",\"pairs\":%d,\"days\":%d,\"first_shown_ms\":%.0f,\"switches\":%d,"
                "\"switch_max_gui_stall_ms\":%.1f,\"switch_median_gui_stall_ms\":%.1f,\"switch_median_shown_ms\":%.0f,"
                "\"selections\":%d,\"chart_median_ms\":%.1f,\"chart_max_ms\":%.1f,\"chart_median_data_ms\":%.1f,"
                "\"chart_max_gui_stall_ms\":%.1f,\"tab_first_drawn_ms\":%.1f}\n",
        fleet.pairs, fleet.days, firstShownMs, switches, maximum(switchStalls), median(switchStalls),
        median(switchShownMs), selections, median(chartMs), maximum(chartMs), median(chartDataMs), maximum(chartStalls),
        tabShownMs);
    return 0;
}
