// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/exportchartcommand.h"

#include "app/command.h"
#include "app/commands/historycommand.h"
#include "app/commands/snapshotsource.h"
#include "core/history/checktimeline.h"
#include "core/history/historyqueries.h"
#include "core/history/timerange.h"
#include "core/sources/monitoringsession.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/latencyhistogramchart.h"
#include "ui/charts/latencyovertimechart.h"
#include "ui/charts/outcomeschart.h"
#include "ui/charts/outcomesovertimechart.h"
#include "ui/charts/statetimelinechart.h"
#include "ui/charts/uptimechart.h"
#include "ui/charts/zonescomparisonchart.h"
#include "ui/overviewmatrix.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>
#include <optional>

namespace appclacks::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ExportChartCommand)
};

// By id or name; without one, the check that most needs looking at (the list's first row).
const core::CheckHealth *findCheck(const core::HealthSnapshot &snapshot, const QString &wanted)
{
    const core::CheckHealth *worst = nullptr;
    for (const core::CheckHealth &check : snapshot.checks) {
        if (!wanted.isEmpty() && (check.key == wanted || check.id == wanted || check.name == wanted)) {
            return &check;
        }
        if (wanted.isEmpty() && (!worst || check.severity < worst->severity)) {
            worst = &check;
        }
    }
    return worst;
}

// The charts drawn from the history alone (a check over time, every check's uptime).
const QStringList historyCharts { QStringLiteral("latency-over-time"), QStringLiteral("outcomes-over-time"),
    QStringLiteral("timeline"), QStringLiteral("uptime") };
const QStringList snapshotCharts { QStringLiteral("histogram"), QStringLiteral("counters"), QStringLiteral("zones"),
    QStringLiteral("overview") };

constexpr std::int64_t defaultRangeMs = 24LL * 3600 * 1000;

// What the history gives the command: the source, the range and the snapshot over it.
struct HistoryInput
{
    std::unique_ptr<core::HistoryStore> store;
    core::HistoryStore::SourceInfo source;
    core::TimeWindow window;
    QString windowLabel;
    std::shared_ptr<const core::HealthSnapshot> snapshot;
    int exitCode = 0;
    QString error;
};

// Titles read "api — latency, last 24 hours — demo": the range in the middle of a sentence.
HistoryInput loadHistory(const QCommandLineParser &parser)
{
    HistoryInput input;
    input.exitCode = ExitOk;
    input.store = HistoryOptions::openForReading(parser, &input.error, &input.exitCode);
    if (!input.store) {
        return input;
    }
    const auto source = HistoryOptions::chooseSource(*input.store, parser, &input.error);
    if (!source) {
        input.exitCode = ExitDataError;
        return input;
    }
    input.source = *source;
    if (source->lastMs == 0) {
        input.error = Text::tr("the history has no samples of %1").arg(source->name);
        input.exitCode = ExitDataError;
        return input;
    }
    const bool chosen = parser.isSet(QStringLiteral("last")) || parser.isSet(QStringLiteral("from"))
        || parser.isSet(QStringLiteral("to"));
    if (!chosen) {
        // As the window's default range: the day up to the newest sample.
        input.window = { source->lastMs - defaultRangeMs, source->lastMs };
        input.windowLabel = core::TimeRange::last(defaultRangeMs).phrase();
    } else {
        const auto window = HistoryOptions::chooseWindow(parser, source->lastMs, true, &input.error);
        if (!window) {
            input.exitCode = ExitUsage;
            return input;
        }
        input.window = *window;
        input.windowLabel = parser.isSet(QStringLiteral("last"))
            ? core::TimeRange::last(window->toMs - window->fromMs).phrase()
            : core::TimeRange::custom(window->fromMs, window->toMs).phrase();
    }
    auto snapshot = core::HistoryQueries::window(*input.store, *source, input.window, 1.0, &input.error);
    if (!snapshot) {
        input.exitCode = ExitDataError;
        return input;
    }
    input.snapshot = std::make_shared<const core::HealthSnapshot>(std::move(*snapshot));
    return input;
}

// About this many steps across the range: a line still reads as a line, cells stay a few pixels wide.
constexpr int stepsPerChart = 240;

core::TimelineOptions timelineOptions(const HistoryInput &input)
{
    core::TimelineOptions options;
    options.nowMs = input.source.lastMs;
    options.range = input.window;
    return options;
}

// A check over the range, for the over-time charts; on failure, `error` says why.
std::shared_ptr<const core::CheckOverTime> checkOverTime(
    const HistoryInput &input, const core::CheckHealth &check, QString *error)
{
    const std::int64_t step = core::CheckTimelines::stepFor(input.window, stepsPerChart);
    auto overTime
        = core::CheckTimelines::forCheck(*input.store, input.source, check.key, step, timelineOptions(input), error);
    if (!overTime) {
        return nullptr;
    }
    return std::make_shared<const core::CheckOverTime>(std::move(*overTime));
}

} // namespace

int runExportChartCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Draw one of the window's charts into a PNG or SVG file, without a window."));
    parser.addHelpOption();
    parser.addOptions(core::SourceSpec::commandLineOptions());
    const QCommandLineOption historyOption(QStringLiteral("history"),
        Text::tr("Read the history instead of a source (the default history file, or --history-file)."));
    parser.addOption(historyOption);
    parser.addOption(HistoryOptions::historyFile());
    parser.addOption(HistoryOptions::source());
    parser.addOptions(HistoryOptions::window());
    const QCommandLineOption chartOption(QStringLiteral("chart"),
        Text::tr("histogram, counters, zones or overview; from the history also latency-over-time, "
                 "outcomes-over-time, timeline or uptime."),
        QStringLiteral("chart"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
        Text::tr("The check, by id or name (default: the one "
                 "failing most)."),
        QStringLiteral("id-or-name"));
    const QCommandLineOption zoneOption(
        QStringLiteral("zone"), Text::tr("With --chart histogram: one zone only."), QStringLiteral("zone"));
    const QCommandLineOption quantileOption(QStringLiteral("quantile"),
        Text::tr("With --chart latency-over-time: p50, p95 or p99 of each zone, one line per zone "
                 "(default: p50, p95 and p99 of all zones together)."),
        QStringLiteral("quantile"));
    const QCommandLineOption logOption(
        QStringLiteral("log"), Text::tr("With --chart latency-over-time: a logarithmic latency axis."));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), Text::tr("FILE.png or FILE.svg."), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        Text::tr("Width x height in pixels (default 1200x700)."), QStringLiteral("WxH"), QStringLiteral("1200x700"));
    parser.addOptions({ chartOption, checkOption, zoneOption, quantileOption, logOption, outputOption, sizeOption });

    QTextStream err(stderr);
    const QString usage
        = QCoreApplication::translate("main", "usage: %1\n")
              .arg(QStringLiteral("appclacks-desktop export-chart (SOURCE | --history [--source NAME] | "
                                  "--history-file PATH [--source NAME]) --chart "
                                  "histogram|counters|zones|overview|latency-over-time|outcomes-over-time|timeline|"
                                  "uptime [--last DURATION | --from T --to T] [--check ID_OR_NAME] [--zone ZONE] "
                                  "[--quantile p50|p95|p99] [--log] --output FILE.png|FILE.svg [--size WxH]"));
    if (!parser.parse(QStringList { QStringLiteral("appclacks-desktop export-chart") } + arguments)) {
        err << parser.errorText() << "\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QString chart = parser.value(chartOption);
    const QString output = parser.value(outputOption);
    const auto size = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(sizeOption));
    const bool svg = output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const bool fromHistory = parser.isSet(historyOption) || parser.isSet(HistoryOptions::historyFile());
    const QStringList quantiles { QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99") };
    QString problem;
    if (!snapshotCharts.contains(chart) && !historyCharts.contains(chart)) {
        problem = chart.isEmpty() ? Text::tr("--chart: choose the chart to draw")
                                  : Text::tr("--chart: no chart “%1”").arg(chart);
    } else if (historyCharts.contains(chart) && !fromHistory) {
        problem = Text::tr("--chart %1 is drawn from the history: add --history or --history-file PATH").arg(chart);
    } else if (parser.isSet(quantileOption) && !quantiles.contains(parser.value(quantileOption))) {
        problem = Text::tr("--quantile: p50, p95 or p99");
    } else if (output.isEmpty() || (!svg && !output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))) {
        problem = Text::tr("--output: a file name ending in .png or .svg");
    } else if (!size.hasMatch()) {
        problem = Text::tr("--size: width x height in pixels, such as 1200x700");
    } else if (!fromHistory
        && (parser.isSet(HistoryOptions::source()) || parser.isSet(QStringLiteral("last"))
            || parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))) {
        problem = Text::tr("--source, --last, --from and --to choose from the history: add --history");
    }
    if (fromHistory && problem.isEmpty()) {
        for (const QCommandLineOption &option : core::SourceSpec::commandLineOptions()) {
            // Options with a default value count only when given.
            if (parser.isSet(option) && option.defaultValues().isEmpty()) {
                problem = Text::tr("either a source or the history, not both");
            }
        }
    }
    if (!problem.isEmpty()) {
        err << problem << "\n" << usage;
        return ExitUsage;
    }

    std::shared_ptr<const core::HealthSnapshot> snapshot;
    QString windowLabel;
    QString sourceLabel;
    HistoryInput history;
    if (fromHistory) {
        history = loadHistory(parser);
        if (!history.snapshot) {
            err << history.error << "\n";
            if (history.exitCode == ExitUsage) {
                err << usage;
            }
            return history.exitCode;
        }
        snapshot = history.snapshot;
        windowLabel = history.windowLabel;
        sourceLabel = history.source.name;
    } else {
        QString sourceError;
        const auto spec = SnapshotSource::specFrom(parser, sourceError);
        if (!spec) {
            if (!sourceError.isEmpty()) {
                err << sourceError << "\n";
            }
            err << usage;
            return ExitUsage;
        }
        const SnapshotSource::Loaded loaded = SnapshotSource::load(*spec);
        if (!loaded.snapshot) {
            err << loaded.error << "\n";
            return loaded.exitCode;
        }
        snapshot = loaded.snapshot;
        windowLabel = core::TimeRange::sinceProberStarted().phrase();
        sourceLabel = snapshot->source;
    }

    std::unique_ptr<QWidget> widget;
    ui::ExportableView *view = nullptr;
    if (chart == QLatin1String("overview")) {
        auto matrix = std::make_unique<ui::OverviewMatrix>();
        matrix->setContext(windowLabel, sourceLabel);
        matrix->setSnapshot(snapshot);
        view = matrix.get();
        widget = std::move(matrix);
    } else if (chart == QLatin1String("uptime")) {
        QString error;
        auto timelines
            = core::CheckTimelines::forSource(*history.store, history.source, timelineOptions(history), &error);
        if (!timelines) {
            err << error << "\n";
            return ExitDataError;
        }
        QHash<QString, QString> names;
        for (const core::CheckHealth &check : snapshot->checks) {
            if (!check.name.isEmpty()) {
                names.insert(check.key, check.name);
            }
        }
        auto uptime = std::make_unique<ui::UptimeChart>();
        uptime->setContext({}, sourceLabel);
        uptime->setTimelines(std::move(*timelines), names);
        view = uptime.get();
        widget = std::move(uptime);
    } else {
        const core::CheckHealth *check = findCheck(*snapshot, parser.value(checkOption));
        if (!check) {
            err << (parser.isSet(checkOption) ? Text::tr("No check “%1” in this source.").arg(parser.value(checkOption))
                                              : Text::tr("This source has no health checks to draw."))
                << "\n";
            return ExitDataError;
        }
        if (parser.isSet(zoneOption) && !check->zone(parser.value(zoneOption))) {
            err << Text::tr("The check has no zone “%1”.").arg(parser.value(zoneOption)) << "\n";
            return ExitDataError;
        }
        if (chart == QLatin1String("histogram")) {
            auto histogram = std::make_unique<ui::LatencyHistogramChart>();
            histogram->setContext(windowLabel, sourceLabel);
            histogram->setSnapshot(snapshot, check->key);
            if (parser.isSet(zoneOption)) {
                histogram->setZoneMode(ui::LatencyHistogramChart::ZoneMode::SingleZone, parser.value(zoneOption));
            }
            view = histogram.get();
            widget = std::move(histogram);
        } else if (chart == QLatin1String("counters")) {
            auto outcomes = std::make_unique<ui::OutcomesChart>();
            outcomes->setContext(windowLabel, sourceLabel);
            outcomes->setSnapshot(snapshot, check->key);
            view = outcomes.get();
            widget = std::move(outcomes);
        } else if (chart == QLatin1String("zones")) {
            auto zones = std::make_unique<ui::ZonesComparisonChart>();
            zones->setContext(windowLabel, sourceLabel);
            zones->setSnapshot(snapshot, check->key);
            view = zones.get();
            widget = std::move(zones);
        } else {
            QString error;
            const auto overTime = checkOverTime(history, *check, &error);
            if (!overTime) {
                err << error << "\n";
                return ExitDataError;
            }
            std::unique_ptr<ui::TimeChartWidget> timeChart;
            if (chart == QLatin1String("latency-over-time")) {
                auto latency = std::make_unique<ui::LatencyOverTimeChart>();
                if (parser.isSet(quantileOption)) {
                    const auto quantile
                        = ui::LatencyOverTimeChart::Quantile(quantiles.indexOf(parser.value(quantileOption)));
                    latency->setZoneMode(ui::LatencyOverTimeChart::ZoneMode::PerZone, quantile);
                }
                if (parser.isSet(logOption)) {
                    latency->setScale(ui::LatencyOverTimeChart::Scale::Logarithmic);
                }
                timeChart = std::move(latency);
            } else if (chart == QLatin1String("outcomes-over-time")) {
                timeChart = std::make_unique<ui::OutcomesOverTimeChart>();
            } else {
                timeChart = std::make_unique<ui::StateTimelineChart>();
            }
            timeChart->setContext(windowLabel, sourceLabel);
            timeChart->setOverTime(overTime);
            view = timeChart.get();
            widget = std::move(timeChart);
        }
    }

    ui::ChartExporter::Options options;
    options.pixelSize = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    QString error;
    const bool saved = svg ? ui::ChartExporter::saveSvg(view, output, options, &error)
                           : ui::ChartExporter::savePng(view, output, options, &error);
    if (!saved) {
        err << output << ": " << error << "\n";
        return ExitIoError;
    }
    QTextStream(stdout) << Text::tr("Wrote %1 (%2).").arg(output, view->exportTitle()) << "\n";
    return ExitOk;
}

} // namespace appclacks::app
