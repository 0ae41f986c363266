// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// ui_bench [--checks N] [--zones Z] [--refreshes R] [--switches S]
// The window on a source of N checks × Z zones (default 2,500 × 4 = 10,000 pairs), offscreen:
// 1. the longest GUI-thread stall during each refresh, measured by a probe timer that should
//    fire every millisecond (every gap beyond that is time the event loop was blocked);
// 2. the time to switch the selected check and redraw the window.

#include "core/sources/monitoringsession.h"
#include "simulator/expositiongenerator.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace appclacks;

namespace {

// Runs the event loop until `done` or the deadline; the window keeps working meanwhile.
bool waitFor(const bool &done, int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return done;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    simulator::GeneratorOptions options;
    options.checks = 2500;
    options.zones = 4;
    int refreshes = 5;
    int switches = 30;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--checks") == 0) {
            options.checks = std::atoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--zones") == 0) {
            options.zones = std::atoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--refreshes") == 0) {
            refreshes = std::max(1, std::atoi(argv[i + 1]));
        } else if (std::strcmp(argv[i], "--switches") == 0) {
            switches = std::max(1, std::atoi(argv[i + 1]));
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.prom"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(simulator::ExpositionGenerator::generate(options)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 74;
    }
    file.close();

    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    bool finished = false;
    QObject::connect(
        window.session(), &core::MonitoringSession::statusChanged, [&finished](const core::SessionStatus &status) {
            finished = finished || (!status.opening && !status.refreshing && status.lastScrape.time.isValid());
        });

    // The probe: the longest gap between two of its ticks is the longest stall.
    QElapsedTimer sinceTick;
    double longestGapMs = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longestGapMs = std::max(longestGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });

    window.open(core::SourceSpec::file(path));
    if (!waitFor(finished, 60000)) {
        std::fprintf(stderr, "the file never loaded\n");
        return 1;
    }
    std::vector<double> stalls;
    for (int i = 0; i < refreshes; ++i) {
        finished = false;
        QCoreApplication::processEvents();
        longestGapMs = 0;
        sinceTick.start();
        probe.start();
        window.session()->refreshNow();
        waitFor(finished, 60000);
        // Let the window finish drawing what the refresh changed.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 200) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        probe.stop();
        stalls.push_back(longestGapMs);
    }

    auto *checks = window.findChild<QTableView *>(QStringLiteral("checksView"));
    std::vector<double> switchMs;
    for (int i = 0; i < switches; ++i) {
        QElapsedTimer timer;
        timer.start();
        checks->selectRow((i * 37) % checks->model()->rowCount());
        window.repaint(); // the whole window, synchronously: what the user waits for
        switchMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    int pairs = 0;
    for (const core::CheckHealth &check : window.session()->displayed()->checks) {
        pairs += int(check.zones.size());
    }
    std::printf(
        "{\"bench\":\"ui\",\"pairs\":%d,\"refreshes\":%d,\"max_gui_stall_ms\":%.1f,\"median_gui_stall_ms\":%.1f,"
        "\"switches\":%d,\"median_switch_ms\":%.1f,\"max_switch_ms\":%.1f}\n",
        pairs, refreshes, *std::max_element(stalls.begin(), stalls.end()), median(stalls), switches, median(switchMs),
        *std::max_element(switchMs.begin(), switchMs.end()));
    return 0;
}
