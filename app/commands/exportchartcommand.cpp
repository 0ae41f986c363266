// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/exportchartcommand.h"

#include "app/command.h"
#include "app/commands/historycommand.h"
#include "app/commands/prometheusoptions.h"
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
#include <QDateTime>
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

// The range --last or --from and --to choose, ending at `newestMs` (the history's newest sample, or
// now for a server); without them, as the window's default range, the day up to `newestMs`.
// Titles read "api — latency, last 24 hours — demo": the label is the range in a sentence.
bool chooseRange(
    const QCommandLineParser &parser, std::int64_t newestMs, core::TimeWindow *window, QString *label, QString *error)
{
    const bool chosen = parser.isSet(QStringLiteral("last")) || parser.isSet(QStringLiteral("from"))
        || parser.isSet(QStringLiteral("to"));
    if (!chosen) {
        *window = { newestMs - defaultRangeMs, newestMs };
        *label = core::TimeRange::last(defaultRangeMs).phrase();
        return true;
    }
    const auto chosenWindow = HistoryOptions::chooseWindow(parser, newestMs, true, error);
    if (!chosenWindow) {
        return false;
    }
    *window = *chosenWindow;
    *label = parser.isSet(QStringLiteral("last")) ? core::TimeRange::last(window->toMs - window->fromMs).phrase()
                                                  : core::TimeRange::custom(window->fromMs, window->toMs).phrase();
    return true;
}

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
    if (!chooseRange(parser, source->lastMs, &input.window, &input.windowLabel, &input.error)) {
        input.exitCode = ExitUsage;
        return input;
    }
    auto snapshot = core::HistoryQueries::window(*input.store, *source, input.window, 1.0, &input.error);
    if (!snapshot) {
        input.exitCode = ExitDataError;
        return input;
    }
    input.snapshot = std::make_shared<const core::HealthSnapshot>(std::move(*snapshot));
    return input;
}

// What a Prometheus-compatible server gives the command: the range's snapshot, computed by its
// PromQL, and the endpoint to ask again for a check's course.
struct ServerInput
{
    std::optional<core::PrometheusEndpoint> endpoint;
    core::TimeWindow window;
    QString windowLabel;
    std::shared_ptr<const core::HealthSnapshot> snapshot;
    int exitCode = 0;
    QString error;
};

// `withTimelines`: status now, uptime and strips too (the overview's colours, the uptime chart).
ServerInput loadFromServer(const QCommandLineParser &parser, bool withTimelines, QTextStream &err)
{
    ServerInput input;
    input.endpoint = PrometheusOptions::chosenEndpoint(parser, &input.error, &input.exitCode);
    if (!input.endpoint) {
        return input;
    }
    if (!chooseRange(parser, QDateTime::currentMSecsSinceEpoch(), &input.window, &input.windowLabel, &input.error)) {
        input.exitCode = ExitUsage;
        return input;
    }
    core::PrometheusRangeRequest request;
    request.window = input.window;
    request.nowMs = input.window.toMs;
    request.withTimelines = withTimelines;
    PrometheusOptions::Read read = PrometheusOptions::read(*input.endpoint, request);
    for (const QString &warning : std::as_const(read.warnings)) {
        err << Text::tr("warning: %1").arg(warning) << "\n";
    }
    input.snapshot = std::move(read.snapshot);
    input.exitCode = read.exitCode;
    input.error = read.error;
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

// A check over the range, for the over-time charts, from the history or the server; on failure,
// `error` and `exitCode` say why.
std::shared_ptr<const core::CheckOverTime> checkOverTime(const HistoryInput &history, const ServerInput &server,
    const core::CheckHealth &check, QTextStream &err, QString *error, int *exitCode)
{
    *exitCode = ExitDataError;
    if (server.endpoint) {
        const core::TimeWindow &range = server.window;
        core::PrometheusCheckRequest request;
        request.range = range;
        request.stepMs = core::CheckTimelines::stepFor(range, stepsPerChart);
        request.nowMs = range.toMs;
        // By id, or by name for a prober without ids; the charts show its name either way.
        request.checkId = check.id;
        request.checkName = check.name;
        PrometheusOptions::ReadCheck read = PrometheusOptions::readExactly(*server.endpoint, request);
        for (const QString &warning : std::as_const(read.warnings)) {
            err << Text::tr("warning: %1").arg(warning) << "\n";
        }
        *error = read.error;
        *exitCode = read.exitCode;
        return read.overTime;
    }
    const std::int64_t step = core::CheckTimelines::stepFor(history.window, stepsPerChart);
    auto overTime = core::CheckTimelines::forCheck(
        *history.store, history.source, check.key, step, timelineOptions(history), error);
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
    parser.addOptions(PrometheusOptions::options());
    const QCommandLineOption chartOption(QStringLiteral("chart"),
        Text::tr("histogram, counters, zones or overview; from the history or a Prometheus-compatible server also "
                 "latency-over-time, outcomes-over-time, timeline or uptime."),
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
                                  "--history-file PATH [--source NAME] | --prometheus URL [--match SELECTOR] … | "
                                  "--profile PROMETHEUS-PROFILE) --chart "
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
    // A server keeps the history itself: its charts are drawn over a range, as the history's are.
    const bool fromServer = PrometheusOptions::isSet(parser) || PrometheusOptions::namesServerProfile(parser);
    const QStringList quantiles { QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99") };
    QString problem;
    if (!snapshotCharts.contains(chart) && !historyCharts.contains(chart)) {
        problem = chart.isEmpty() ? Text::tr("--chart: choose the chart to draw")
                                  : Text::tr("--chart: no chart “%1”").arg(chart);
    } else if (historyCharts.contains(chart) && !fromHistory && !fromServer) {
        problem = Text::tr("--chart %1 is drawn over time: add --history, --history-file PATH or --prometheus URL")
                      .arg(chart);
    } else if (parser.isSet(quantileOption) && !quantiles.contains(parser.value(quantileOption))) {
        problem = Text::tr("--quantile: p50, p95 or p99");
    } else if (output.isEmpty() || (!svg && !output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))) {
        problem = Text::tr("--output: a file name ending in .png or .svg");
    } else if (!size.hasMatch()) {
        problem = Text::tr("--size: width x height in pixels, such as 1200x700");
    } else if (!fromHistory && parser.isSet(HistoryOptions::source())) {
        problem = Text::tr("--source chooses from the history: add --history");
    } else if (!fromHistory && !fromServer
        && (parser.isSet(QStringLiteral("last")) || parser.isSet(QStringLiteral("from"))
            || parser.isSet(QStringLiteral("to")))) {
        problem = Text::tr("--last, --from and --to choose a range of the history or of a Prometheus-compatible "
                           "server: add --history or --prometheus URL");
    } else if (fromHistory && PrometheusOptions::isSet(parser)) {
        problem = Text::tr("either the history or a Prometheus-compatible server, not both");
    }
    if ((fromHistory || PrometheusOptions::isSet(parser)) && problem.isEmpty()) {
        // --ca-file, --timeout and --zone-label are a server's too.
        const QStringList serverOptions { QStringLiteral("ca-file"), QStringLiteral("timeout"),
            QStringLiteral("zone-label") };
        for (const QCommandLineOption &option : core::SourceSpec::commandLineOptions()) {
            const bool serversToo = !fromHistory && serverOptions.contains(option.names().constFirst());
            // Options with a default value count only when given.
            if (parser.isSet(option) && option.defaultValues().isEmpty() && !serversToo) {
                problem = fromHistory ? Text::tr("either a source or the history, not both")
                                      : Text::tr("either a source or a Prometheus-compatible server, not both");
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
    ServerInput server;
    if (fromServer) {
        server = loadFromServer(parser, chart == QLatin1String("overview") || chart == QLatin1String("uptime"), err);
        if (!server.snapshot) {
            err << server.error << "\n";
            if (server.exitCode == ExitUsage) {
                err << usage;
            }
            return server.exitCode;
        }
        snapshot = server.snapshot;
        windowLabel = server.windowLabel;
        // As in the window: a server's figures are its PromQL's, and the title says whose.
        sourceLabel = Text::tr("PromQL on %1").arg(snapshot->computedBy);
    } else if (fromHistory) {
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
        std::optional<std::vector<core::CheckTimeline>> timelines;
        if (server.endpoint) {
            // The server's uptime queries came with the snapshot, one timeline per check.
            timelines.emplace();
            for (const core::CheckHealth &check : snapshot->checks) {
                if (check.timeline) {
                    timelines->push_back(*check.timeline);
                }
            }
        } else {
            QString error;
            timelines
                = core::CheckTimelines::forSource(*history.store, history.source, timelineOptions(history), &error);
            if (!timelines) {
                err << error << "\n";
                return ExitDataError;
            }
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
            int exitCode = ExitDataError;
            const auto overTime = checkOverTime(history, server, *check, err, &error, &exitCode);
            if (!overTime) {
                err << error << "\n";
                return exitCode;
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
