// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// timecharts_bench [--days D] [--step-minutes M] [--zones Z] [--runs R]
// The charts of a check over time (issue 11) on D days (default 7) at M-minute steps (default 5:
// 2,016 steps a week, eight times what the window asks for) in Z zones (default 5), every 50th
// step without samples so that lines break: for each chart, the time to take the data
// (setOverTime: series, axes, ticks) and to draw it at 1200 × 700, offscreen. Median of R runs.

#include "core/history/checktimeline.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/latencyovertimechart.h"
#include "ui/charts/outcomesovertimechart.h"
#include "ui/charts/statetimelinechart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

using namespace appclacks;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

std::shared_ptr<const core::CheckOverTime> generated(int days, int stepMinutes, int zones)
{
    auto overTime = std::make_shared<core::CheckOverTime>();
    overTime->key = QStringLiteral("bench");
    overTime->name = QStringLiteral("bench");
    overTime->stepMs = std::int64_t(stepMinutes) * 60 * 1000;
    const std::int64_t start = 1796029200000;
    const int steps = days * 24 * 60 / stepMinutes;
    overTime->range = { start, start + steps * overTime->stepMs };
    overTime->perZone.resize(std::size_t(zones));
    overTime->states.resize(std::size_t(zones));
    for (int zone = 0; zone < zones; ++zone) {
        overTime->zones.push_back(QStringLiteral("zone-%1").arg(zone));
    }
    for (int step = 0; step < steps; ++step) {
        const std::int64_t from = start + step * overTime->stepMs;
        core::StepPoint total;
        total.fromMs = from;
        total.toMs = from + overTime->stepMs;
        for (int zone = 0; zone < zones; ++zone) {
            core::StepPoint point = total;
            point.hasSamples = step % 50 != 7;
            point.hasOutcomes = point.hasSamples;
            point.failure = point.hasSamples && step % 97 < 3 ? 2 : 0;
            point.success = point.hasSamples ? 10 - point.failure : 0;
            const double p50 = 0.03 + 0.01 * zone + 0.01 * std::sin(step / 40.0);
            point.statistics.p50.value = p50;
            point.statistics.p95.value = p50 * 2;
            point.statistics.p99.value = p50 * 3;
            overTime->perZone[std::size_t(zone)].push_back(point);
            core::StateStep state;
            state.fromMs = point.fromMs;
            state.toMs = point.toMs;
            state.hasSamples = point.hasSamples;
            state.success = point.success;
            state.failure = point.failure;
            state.status = !point.hasSamples ? core::CheckStatus::NoData
                : point.failure > 0          ? core::CheckStatus::GlobalOutage
                                             : core::CheckStatus::Passing;
            overTime->states[std::size_t(zone)].push_back(state);
            total.hasSamples = total.hasSamples || point.hasSamples;
            total.hasOutcomes = total.hasSamples;
            total.success += point.success;
            total.failure += point.failure;
            total.statistics = point.statistics;
        }
        overTime->total.push_back(total);
    }
    return overTime;
}

struct Figures
{
    double setMs = 0;
    double drawMs = 0;
};

Figures measure(ui::TimeChartWidget &chart, const std::shared_ptr<const core::CheckOverTime> &data, int runs)
{
    std::vector<double> sets;
    std::vector<double> draws;
    ui::ChartExporter::Options options;
    options.pixelSize = QSize(1200, 700);
    for (int run = 0; run < runs; ++run) {
        chart.setOverTime(nullptr);
        QElapsedTimer clock;
        clock.start();
        chart.setOverTime(data);
        sets.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        const QImage image = ui::ChartExporter::toImage(&chart, options);
        draws.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (image.isNull()) {
            std::fprintf(stderr, "nothing drawn\n");
        }
    }
    return { median(sets), median(draws) };
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    int days = 7;
    int stepMinutes = 5;
    int zones = 5;
    int runs = 9;
    for (int i = 1; i + 1 < argc; i += 2) {
        const int value = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--days") == 0) {
            days = std::max(1, value);
        } else if (std::strcmp(argv[i], "--step-minutes") == 0) {
            stepMinutes = std::max(1, value);
        } else if (std::strcmp(argv[i], "--zones") == 0) {
            zones = std::max(1, value);
        } else if (std::strcmp(argv[i], "--runs") == 0) {
            runs = std::max(1, value);
        }
    }
    const auto data = generated(days, stepMinutes, zones);
    ui::LatencyOverTimeChart latency;
    ui::LatencyOverTimeChart latencyZones;
    latencyZones.setZoneMode(ui::LatencyOverTimeChart::ZoneMode::PerZone);
    ui::OutcomesOverTimeChart outcomes;
    ui::StateTimelineChart timeline;
    const Figures all = measure(latency, data, runs);
    const Figures perZone = measure(latencyZones, data, runs);
    const Figures failures = measure(outcomes, data, runs);
    const Figures states = measure(timeline, data, runs);
    std::printf("latency (all zones): set %.1f ms, draw %.1f ms\n", all.setMs, all.drawMs);
    std::printf("latency (per zone):  set %.1f ms, draw %.1f ms\n", perZone.setMs, perZone.drawMs);
    std::printf("outcomes:            set %.1f ms, draw %.1f ms\n", failures.setMs, failures.drawMs);
    std::printf("state timeline:      set %.1f ms, draw %.1f ms\n", states.setMs, states.drawMs);
    std::printf("{\"days\":%d,\"step_minutes\":%d,\"zones\":%d,\"steps\":%zu,"
                "\"latency_set_ms\":%.1f,\"latency_draw_ms\":%.1f,\"latency_zones_set_ms\":%.1f,"
                "\"latency_zones_draw_ms\":%.1f,\"outcomes_set_ms\":%.1f,\"outcomes_draw_ms\":%.1f,"
                "\"timeline_set_ms\":%.1f,\"timeline_draw_ms\":%.1f}\n",
        days, stepMinutes, zones, data->total.size(), all.setMs, all.drawMs, perZone.setMs, perZone.drawMs,
        failures.setMs, failures.drawMs, states.setMs, states.drawMs);
    return 0;
}
