// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/historycommand.h"

#include "app/command.h"
#include "app/commands/prometheusoptions.h"
#include "app/commands/snapshotsource.h"
#include "core/exposition/prometheusnumber.h"
#include "core/history/historyrecorder.h"
#include "core/history/openmetricsbackfill.h"
#include "core/history/timerange.h"
#include "core/prometheus/prometheuscopy.h"
#include "core/prometheus/rangequeryplan.h"
#include "core/scrape/scrapescheduler.h"
#include "core/sources/snapshotloader.h"
#include "core/sources/sourceresolver.h"
#include "core/util/csvwriter.h"
#include "core/util/jsonwriter.h"
#include "simulator/demolauncher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace appclacks::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

QString rfc3339(std::int64_t timeMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    return time.toString(timeMs % 1000 ? Qt::ISODateWithMs : Qt::ISODate);
}

bool writeOut(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) == std::size_t(bytes.size())
        && std::fflush(stdout) == 0;
}

// Parses `arguments` for `name`; returns an exit code when the command should stop here.
std::optional<int> parseOrExit(
    QCommandLineParser &parser, const QString &name, const QStringList &arguments, const QString &usage)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("appclacks-desktop ") + name } + arguments)) {
        QTextStream(stderr) << parser.errorText() << "\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

// `history import --prometheus URL … | --profile NAME` over a window: the server's raw samples,
// copied slice by slice into a temporary file (memory stays one slice's), then imported as a file
// is, in one transaction: a copy that fails leaves the history as it was.
int importFromServer(const QCommandLineParser &parser, const QString &usage)
{
    QTextStream err(stderr);
    QString error;
    int exitCode = ExitUsage;
    const auto endpoint = PrometheusOptions::chosenEndpoint(parser, &error, &exitCode);
    if (!endpoint) {
        err << error << "\n";
        return exitCode;
    }
    const auto window = HistoryOptions::chooseWindow(parser, QDateTime::currentMSecsSinceEpoch(), true, &error);
    if (!window) {
        err << error << "\n" << usage;
        return ExitUsage;
    }
    const QString source = parser.isSet(HistoryOptions::source()) ? parser.value(HistoryOptions::source())
        : parser.isSet(QStringLiteral("profile"))                 ? parser.value(QStringLiteral("profile"))
                                                                  : endpoint->baseUrl.authority();
    QTemporaryFile copied;
    if (!copied.open()) {
        err << Text::tr("No temporary file for the copy: %1").arg(copied.errorString()) << "\n";
        return ExitIoError;
    }
    core::PrometheusCopy copy(*endpoint);
    core::PrometheusCopyResult result;
    QEventLoop loop;
    QObject::connect(&copy, &core::PrometheusCopy::finished, &loop, [&](const core::PrometheusCopyResult &answer) {
        result = answer;
        loop.quit();
    });
    copy.copy(*window, &copied);
    loop.exec();
    for (const QString &warning : std::as_const(result.warnings)) {
        err << Text::tr("warning: %1").arg(warning) << "\n";
    }
    if (!result.ok()) {
        err << result.failure.message << "\n";
        return result.failure.exitCode();
    }
    if (result.samples == 0) {
        err << Text::tr("%1 has no health-check samples matching %2 in this window")
                   .arg(endpoint->displayName(), copy.seriesSelector())
            << "\n";
        return ExitDataError;
    }
    core::HistoryStore store(HistoryOptions::path(parser));
    if (!store.open(core::HistoryStore::Access::ReadWrite, &error) || !store.isWritable()) {
        err << (error.isEmpty() ? store.notice() : error) << "\n";
        return ExitUnavailable;
    }
    copied.seek(0);
    const auto imported
        = core::OpenMetricsBackfill::import(copied, endpoint->displayName(), store, source, endpoint->zoneLabel);
    if (!imported.ok) {
        err << imported.error << "\n";
        return ExitDataError;
    }
    err << Text::tr("Copied %n sample(s) of %1 series from %2 into source %3", nullptr,
        int(std::min<qint64>(imported.samples, INT_MAX)))
               .arg(result.series)
               .arg(endpoint->displayName(), source)
        << "\n";
    return ExitOk;
}

int runImport(const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: appclacks-desktop history import FILE|- [--source NAME] "
                                         "[--zone-label LABEL] [--history-file PATH]\n"
                                         "       appclacks-desktop history import (%1 | --profile PROMETHEUS-PROFILE) "
                                         "(--last D | --from T --to T) [--source NAME] [--history-file PATH]\n")
                              .arg(PrometheusOptions::synopsis());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Import the OpenMetrics text that promtool's create-blocks-from "
                 "openmetrics reads (timestamps in seconds, # EOF last) into the history; or copy a window of a "
                 "Prometheus-compatible server's health-check samples into it, for offline use."));
    parser.addOption(HistoryOptions::historyFile());
    parser.addOption(HistoryOptions::source());
    const QCommandLineOption zoneLabel(QStringLiteral("zone-label"), Text::tr("The label that names the zone."),
        QStringLiteral("label"), QStringLiteral("zone"));
    parser.addOption(zoneLabel);
    parser.addOptions(HistoryOptions::window());
    parser.addOptions(PrometheusOptions::options());
    for (const QCommandLineOption &option : PrometheusOptions::connectionOptions()) {
        if (option.names().constFirst() != zoneLabel.names().constFirst()) { // one --zone-label for both
            parser.addOption(option);
        }
    }
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The file to import, or - for standard input."));
    if (const auto exit = parseOrExit(parser, QStringLiteral("history import"), arguments, usage)) {
        return *exit;
    }
    const bool fromServer = PrometheusOptions::isSet(parser) || parser.isSet(QStringLiteral("profile"));
    if (fromServer && parser.positionalArguments().isEmpty()) {
        return importFromServer(parser, usage);
    }
    const bool windowGiven = parser.isSet(QStringLiteral("last")) || parser.isSet(QStringLiteral("from"))
        || parser.isSet(QStringLiteral("to"));
    if (parser.positionalArguments().size() != 1 || fromServer || windowGiven) {
        QTextStream(stderr) << usage;
        return ExitUsage;
    }
    const QString fileName = parser.positionalArguments().first();
    QFile input;
    const bool standardInput = fileName == QLatin1String("-");
    const bool opened = standardInput ? input.open(stdin, QIODevice::ReadOnly)
                                      : (input.setFileName(fileName), input.open(QIODevice::ReadOnly));
    if (!opened) {
        QTextStream(stderr) << fileName << ": " << input.errorString() << "\n";
        return ExitIoError;
    }
    const QString source = parser.isSet(HistoryOptions::source())
        ? parser.value(HistoryOptions::source())
        : (standardInput ? QStringLiteral("stdin") : QFileInfo(fileName).completeBaseName());
    core::HistoryStore store(HistoryOptions::path(parser));
    QString error;
    if (!store.open(core::HistoryStore::Access::ReadWrite, &error) || !store.isWritable()) {
        QTextStream(stderr) << (error.isEmpty() ? store.notice() : error) << "\n";
        return ExitUnavailable;
    }
    const auto result = core::OpenMetricsBackfill::import(
        input, standardInput ? QStringLiteral("<stdin>") : fileName, store, source, parser.value(zoneLabel));
    if (!result.ok) {
        QTextStream(stderr) << result.error << "\n";
        return ExitDataError;
    }
    QTextStream(stderr) << Text::tr(
        "Imported %n sample(s) into source %1", nullptr, int(std::min<qint64>(result.samples, INT_MAX)))
                               .arg(source)
                        << (result.skipped ? Text::tr(" (%1 samples of other metrics left out)").arg(result.skipped)
                                           : QString())
                        << "\n";
    return ExitOk;
}

int runExport(const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: appclacks-desktop history export [--source NAME] [--from T] [--to T] "
                                         "[--history-file PATH | --demo [--seed N]] --format openmetrics\n");
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write the history as the OpenMetrics text promtool's "
                                              "create-blocks-from openmetrics reads."));
    parser.addOption(HistoryOptions::historyFile());
    parser.addOptions(HistoryOptions::demo());
    parser.addOption(HistoryOptions::source());
    parser.addOptions(HistoryOptions::window());
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("Output: openmetrics."),
        QStringLiteral("format"), QStringLiteral("openmetrics"));
    parser.addOption(format);
    if (const auto exit = parseOrExit(parser, QStringLiteral("history export"), arguments, usage)) {
        return *exit;
    }
    if (parser.value(format) != QLatin1String("openmetrics") || !parser.positionalArguments().isEmpty()
        || parser.isSet(QStringLiteral("last"))) {
        QTextStream(stderr) << usage;
        return ExitUsage;
    }
    QString error;
    int exitCode = ExitOk;
    const std::optional<HistoryOptions::OpenedHistory> history = HistoryOptions::open(parser, &error, &exitCode);
    if (!history) {
        QTextStream(stderr) << error << "\n";
        return exitCode;
    }
    const std::unique_ptr<core::HistoryStore> &store = history->store;
    std::vector<core::HistoryStore::SourceInfo> sources;
    if (parser.isSet(HistoryOptions::source())) {
        const auto chosen = HistoryOptions::chooseSource(*store, parser, &error);
        if (!chosen) {
            QTextStream(stderr) << error << "\n";
            return ExitDataError;
        }
        sources.push_back(*chosen);
    } else if (const auto all = store->sources(&error)) {
        sources = *all;
    } else {
        QTextStream(stderr) << error << "\n";
        return ExitIoError;
    }
    std::optional<core::TimeWindow> window;
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        window
            = core::TimeWindow { std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max() };
        for (const auto &[name, bound] : { std::pair { QStringLiteral("from"), &window->fromMs },
                 std::pair { QStringLiteral("to"), &window->toMs } }) {
            if (!parser.isSet(name)) {
                continue;
            }
            const auto time = core::parseTimeMs(parser.value(name));
            if (!time) {
                QTextStream(stderr)
                    << Text::tr("--%1: \"%2\" is neither RFC 3339 nor Unix seconds\n").arg(name, parser.value(name));
                return ExitUsage;
            }
            *bound = *time;
        }
    }
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly)) {
        return ExitIoError;
    }
    if (!core::OpenMetricsBackfill::exportTo(output, *store, sources, window, &error)) {
        QTextStream(stderr) << error << "\n";
        return ExitIoError;
    }
    return output.flush() ? ExitOk : ExitIoError;
}

int runInfo(const QStringList &arguments)
{
    const QString usage
        = QStringLiteral("usage: appclacks-desktop history info [--history-file PATH | --demo [--seed N]] "
                         "[--format text|json]\n");
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Per source: series, samples, first and last time; for the file: "
                                              "bytes on disk and bytes per sample."));
    parser.addOption(HistoryOptions::historyFile());
    parser.addOptions(HistoryOptions::demo());
    const QCommandLineOption format(
        QStringLiteral("format"), Text::tr("Output: text or json."), QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (const auto exit = parseOrExit(parser, QStringLiteral("history info"), arguments, usage)) {
        return *exit;
    }
    if (!QStringList { QStringLiteral("text"), QStringLiteral("json") }.contains(parser.value(format))
        || !parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << usage;
        return ExitUsage;
    }
    QString error;
    int exitCode = ExitOk;
    const std::optional<HistoryOptions::OpenedHistory> history = HistoryOptions::open(parser, &error, &exitCode);
    if (!history) {
        QTextStream(stderr) << error << "\n";
        return exitCode;
    }
    const std::unique_ptr<core::HistoryStore> &store = history->store;
    const auto sources = store->sources(&error);
    if (!sources) {
        QTextStream(stderr) << error << "\n";
        return ExitIoError;
    }
    qint64 samples = 0;
    for (const auto &source : *sources) {
        samples += source.samples;
    }
    const qint64 bytes = store->bytesOnDisk();
    const std::optional<double> perSample
        = samples ? std::optional<double>(double(bytes) / double(samples)) : std::nullopt;
    if (parser.value(format) == QLatin1String("json")) {
        core::JsonWriter json;
        json.beginObject().key("file").value(QDir::toNativeSeparators(store->path()));
        json.key("bytes").value(std::int64_t(bytes)).key("samples").value(std::int64_t(samples));
        json.key("bytes_per_sample").value(perSample);
        json.key("sources").beginArray();
        for (const auto &source : *sources) {
            json.beginObject().key("name").value(source.name);
            json.key("series").value(std::int64_t(source.series)).key("samples").value(std::int64_t(source.samples));
            json.key("first");
            source.samples ? json.value(rfc3339(source.firstMs)) : json.null();
            json.key("last");
            source.samples ? json.value(rfc3339(source.lastMs)) : json.null();
            json.key("scrapes").value(std::int64_t(source.scrapes));
            json.key("failed_scrapes").value(std::int64_t(source.failedScrapes));
            json.endObject();
        }
        json.endArray().endObject();
        json.text() += '\n';
        return writeOut(QByteArray::fromStdString(json.text())) ? ExitOk : ExitIoError;
    }
    QString text = Text::tr("%1: %2 bytes, %3 samples%4\n")
                       .arg(QDir::toNativeSeparators(store->path()))
                       .arg(bytes)
                       .arg(samples)
                       .arg(perSample ? Text::tr(", %1 bytes per sample").arg(*perSample, 0, 'f', 3) : QString());
    for (const auto &source : *sources) {
        text += Text::tr("  %1: %2 series, %3 samples, %4 to %5, %6 scrapes (%7 failed)\n")
                    .arg(source.name)
                    .arg(source.series)
                    .arg(source.samples)
                    .arg(source.samples ? rfc3339(source.firstMs) : QStringLiteral("—"))
                    .arg(source.samples ? rfc3339(source.lastMs) : QStringLiteral("—"))
                    .arg(source.scrapes)
                    .arg(source.failedScrapes);
    }
    return writeOut(text.toUtf8()) ? ExitOk : ExitIoError;
}

int runQuery(const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: appclacks-desktop history query --check ID_OR_NAME [--zone ZONE] "
                                         "[--source NAME] (--last DURATION | --from T --to T) --step DURATION "
                                         "[--history-file PATH | --demo [--seed N]] --format json|csv\n"
                                         "       appclacks-desktop history query --check ID_OR_NAME [--zone ZONE] "
                                         "(--prometheus URL [--match SELECTOR] … | --profile PROMETHEUS-PROFILE) "
                                         "(--last DURATION | --from T --to T) --step DURATION --format json|csv\n");
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("A check's outcomes and latency quantiles step by step over a window."));
    parser.addOption(HistoryOptions::historyFile());
    parser.addOptions(HistoryOptions::demo());
    parser.addOption(HistoryOptions::source());
    parser.addOptions(HistoryOptions::window());
    const QCommandLineOption check(
        QStringLiteral("check"), Text::tr("The check's id or name."), QStringLiteral("check"));
    const QCommandLineOption zone(
        QStringLiteral("zone"), Text::tr("One zone; all zones together without it."), QStringLiteral("zone"));
    const QCommandLineOption step(
        QStringLiteral("step"), Text::tr("The step, such as 1m or 1h."), QStringLiteral("duration"));
    const QCommandLineOption format(
        QStringLiteral("format"), Text::tr("Output: json or csv."), QStringLiteral("format"), QStringLiteral("json"));
    parser.addOptions({ check, zone, step, format });
    parser.addOptions(PrometheusOptions::options());
    parser.addOptions(PrometheusOptions::connectionOptions());
    if (const auto exit = parseOrExit(parser, QStringLiteral("history query"), arguments, usage)) {
        return *exit;
    }
    const auto stepMs = core::parseDurationMs(parser.value(step));
    if (!parser.isSet(check) || !stepMs || !parser.positionalArguments().isEmpty()
        || !QStringList { QStringLiteral("json"), QStringLiteral("csv") }.contains(parser.value(format))) {
        QTextStream(stderr) << usage;
        return ExitUsage;
    }
    const std::optional<QString> zoneName
        = parser.isSet(zone) ? std::optional<QString>(parser.value(zone)) : std::nullopt;
    QString error;
    int exitCode = ExitOk;
    std::optional<std::vector<core::StepPoint>> points;
    if (PrometheusOptions::isSet(parser) || parser.isSet(QStringLiteral("profile"))) {
        // The server computes each step (PromQL's increase() over it); the same output follows.
        const auto endpoint = PrometheusOptions::chosenEndpoint(parser, &error, &exitCode);
        if (!endpoint) {
            QTextStream(stderr) << error << "\n";
            return exitCode;
        }
        const auto window = HistoryOptions::chooseWindow(parser, QDateTime::currentMSecsSinceEpoch(), true, &error);
        if (!window || (window->toMs - window->fromMs) / *stepMs > core::RangeQueryPlan::maxPointsPerSeries) {
            QTextStream(stderr) << (window ? Text::tr("--step: more than 11,000 steps, Prometheus's limit; choose a "
                                                      "longer step")
                                           : error)
                                << "\n"
                                << usage;
            return ExitUsage;
        }
        core::PrometheusCheckRequest request;
        request.range = *window;
        request.stepMs = *stepMs;
        request.nowMs = window->toMs;
        const PrometheusOptions::ReadCheck read = PrometheusOptions::readCheck(*endpoint, parser.value(check), request);
        for (const QString &warning : read.warnings) {
            QTextStream(stderr) << Text::tr("warning: %1").arg(warning) << "\n";
        }
        if (!read.overTime) {
            QTextStream(stderr) << read.error << "\n";
            return read.exitCode;
        }
        if (!zoneName) {
            points = read.overTime->total;
        } else {
            const auto found = std::find(read.overTime->zones.begin(), read.overTime->zones.end(), *zoneName);
            if (found == read.overTime->zones.end()) {
                QTextStream(stderr)
                    << Text::tr("%1 has no zone %2 for %3").arg(endpoint->displayName(), *zoneName, parser.value(check))
                    << "\n";
                return ExitDataError;
            }
            points = read.overTime->perZone[std::size_t(found - read.overTime->zones.begin())];
        }
    } else {
        const std::optional<HistoryOptions::OpenedHistory> history = HistoryOptions::open(parser, &error, &exitCode);
        if (!history) {
            QTextStream(stderr) << error << "\n";
            return exitCode;
        }
        const std::unique_ptr<core::HistoryStore> &store = history->store;
        const auto source = HistoryOptions::chooseSource(*store, parser, &error);
        if (!source) {
            QTextStream(stderr) << error << "\n";
            return ExitDataError;
        }
        const auto window = HistoryOptions::chooseWindow(parser, source->lastMs, true, &error);
        if (!window) {
            QTextStream(stderr) << error << "\n" << usage;
            return ExitUsage;
        }
        if ((window->toMs - window->fromMs) / *stepMs > 100000) {
            QTextStream(stderr) << Text::tr("--step: more than 100,000 steps; choose a longer step\n");
            return ExitUsage;
        }
        points = core::HistoryQueries::steps(
            *store, *source, parser.value(check), zoneName, *window, *stepMs, 1.0, &error);
        if (!points) {
            QTextStream(stderr) << error << "\n";
            return ExitDataError;
        }
    }
    const auto quantile = [](const core::QuantileEstimate &estimate) {
        return estimate.isValid() ? std::optional<double>(estimate.value) : std::nullopt;
    };
    if (parser.value(format) == QLatin1String("json")) {
        core::JsonWriter json;
        json.beginObject().key("check").value(parser.value(check)).key("zone");
        zoneName ? json.value(*zoneName) : json.null();
        json.key("step_seconds").value(double(*stepMs) / 1000.0);
        json.key("points").beginArray();
        for (const core::StepPoint &point : *points) {
            json.beginObject().key("from").value(rfc3339(point.fromMs)).key("to").value(rfc3339(point.toMs));
            json.key("success").value(point.success).key("failure").value(point.failure);
            json.key("success_ratio")
                .value(std::isnan(point.statistics.successRatio) || !point.hasSamples
                        ? std::nullopt
                        : std::optional<double>(point.statistics.successRatio));
            json.key("p50_seconds").value(point.hasSamples ? quantile(point.statistics.p50) : std::nullopt);
            json.key("p90_seconds").value(point.hasSamples ? quantile(point.statistics.p90) : std::nullopt);
            json.key("p95_seconds").value(point.hasSamples ? quantile(point.statistics.p95) : std::nullopt);
            json.key("p99_seconds").value(point.hasSamples ? quantile(point.statistics.p99) : std::nullopt);
            json.key("mean_seconds")
                .value(point.hasSamples && !std::isnan(point.statistics.meanSeconds)
                        ? std::optional<double>(point.statistics.meanSeconds)
                        : std::nullopt);
            json.endObject();
        }
        json.endArray().endObject();
        json.text() += '\n';
        return writeOut(QByteArray::fromStdString(json.text())) ? ExitOk : ExitIoError;
    }
    QString csv = QStringLiteral(
        "from,to,success,failure,success_ratio,p50_seconds,p90_seconds,p95_seconds,p99_seconds,mean_seconds\n");
    const auto number = [](std::optional<double> value) {
        return value && std::isfinite(*value) ? QString::fromStdString(core::formatPrometheusFloat(*value)) : QString();
    };
    for (const core::StepPoint &point : *points) {
        const bool has = point.hasSamples;
        csv += QStringList { rfc3339(point.fromMs), rfc3339(point.toMs), number(point.success), number(point.failure),
            number(has && !std::isnan(point.statistics.successRatio)
                    ? std::optional<double>(point.statistics.successRatio)
                    : std::nullopt),
            number(has ? quantile(point.statistics.p50) : std::nullopt),
            number(has ? quantile(point.statistics.p90) : std::nullopt),
            number(has ? quantile(point.statistics.p95) : std::nullopt),
            number(has ? quantile(point.statistics.p99) : std::nullopt),
            number(has && !std::isnan(point.statistics.meanSeconds)
                    ? std::optional<double>(point.statistics.meanSeconds)
                    : std::nullopt) }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return writeOut(csv.toUtf8()) ? ExitOk : ExitIoError;
}

std::atomic<int> stopSignal { 0 };

extern "C" void onStopSignal(int signal)
{
    stopSignal.store(signal);
}

} // namespace

QCommandLineOption HistoryOptions::historyFile()
{
    return QCommandLineOption(QStringLiteral("history-file"),
        // Not the path itself: the help (and the man page made from it) reads the same everywhere.
        Text::tr("The history file (default: history.sqlite in the application's data folder, "
                 "~/.local/share/com.appclacks/Desktop on Linux)."),
        QStringLiteral("path"));
}

QList<QCommandLineOption> HistoryOptions::window()
{
    return {
        QCommandLineOption(QStringLiteral("last"),
            Text::tr("The window: this long, up to the source's newest sample (90s, 15m, 1h, 24h, 7d, 30d)."),
            QStringLiteral("duration")),
        QCommandLineOption(
            QStringLiteral("from"), Text::tr("The window's start: RFC 3339 or Unix seconds."), QStringLiteral("time")),
        QCommandLineOption(
            QStringLiteral("to"), Text::tr("The window's end: RFC 3339 or Unix seconds."), QStringLiteral("time")),
    };
}

QCommandLineOption HistoryOptions::source()
{
    return QCommandLineOption(QStringLiteral("source"),
        Text::tr("The source in the history: a profile's name, demo, or an import's name."), QStringLiteral("name"));
}

QList<QCommandLineOption> HistoryOptions::demo()
{
    return {
        QCommandLineOption(QStringLiteral("demo"),
            Text::tr("Read the demo's generated day from a temporary history instead of the history file.")),
        QCommandLineOption(QStringLiteral("seed"), Text::tr("With --demo: the simulated fleet's seed (default 1)."),
            QStringLiteral("n"), QStringLiteral("1")),
    };
}

QString HistoryOptions::path(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("history-file")) ? parser.value(QStringLiteral("history-file"))
                                                        : core::HistoryStore::defaultPath();
}

std::unique_ptr<core::DemoHistory> HistoryOptions::seededDemo(
    const QCommandLineParser &parser, QString *error, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("demo"))) {
        return nullptr;
    }
    bool numeric = true;
    const std::uint64_t seed
        = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&numeric) : 1;
    if (!numeric) {
        *error
            = Text::tr("--seed: \"%1\" is not a whole number of 0 or more").arg(parser.value(QStringLiteral("seed")));
        *exitCode = ExitUsage;
        return nullptr;
    }
    if (parser.isSet(QStringLiteral("history-file"))) {
        *error = Text::tr("--demo reads the demo's own history; leave out --history-file");
        *exitCode = ExitUsage;
        return nullptr;
    }
    auto demo = std::make_unique<core::DemoHistory>();
    if (!demo->seedBlocking(
            simulator::SimulatedDemo::historySeeder(seed), QDateTime::currentMSecsSinceEpoch(), error)) {
        *exitCode = ExitIoError;
        return nullptr;
    }
    return demo;
}

std::optional<HistoryOptions::OpenedHistory> HistoryOptions::open(
    const QCommandLineParser &parser, QString *error, int *exitCode)
{
    OpenedHistory history;
    history.demo = seededDemo(parser, error, exitCode);
    if (!history.demo && *exitCode != ExitOk) {
        return std::nullopt;
    }
    history.store = openForReading(parser, error, exitCode, history.demo.get());
    if (!history.store) {
        return std::nullopt;
    }
    return history;
}

std::unique_ptr<core::HistoryStore> HistoryOptions::openForReading(
    const QCommandLineParser &parser, QString *error, int *exitCode, const core::DemoHistory *demo)
{
    auto store = std::make_unique<core::HistoryStore>(demo ? demo->path() : path(parser));
    if (!store->open(core::HistoryStore::Access::ReadOnly, error)) {
        *exitCode = QFileInfo::exists(store->path()) ? ExitDataError : ExitIoError;
        return nullptr;
    }
    return store;
}

std::optional<core::HistoryStore::SourceInfo> HistoryOptions::chooseSource(
    const core::HistoryStore &store, const QCommandLineParser &parser, QString *error)
{
    const auto sources = store.sources(error);
    if (!sources) {
        return std::nullopt;
    }
    QStringList names;
    for (const auto &source : *sources) {
        names << source.name;
    }
    if (parser.isSet(QStringLiteral("source"))) {
        const QString wanted = parser.value(QStringLiteral("source"));
        for (const auto &source : *sources) {
            if (source.name == wanted) {
                return source;
            }
        }
        *error = names.isEmpty()
            ? Text::tr("the history has no source %1; it is empty").arg(wanted)
            : Text::tr("the history has no source %1; it has: %2").arg(wanted, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (sources->size() == 1) {
        return sources->front();
    }
    *error = names.isEmpty() ? Text::tr("the history is empty")
                             : Text::tr("the history has several sources; choose one with --source: %1")
                                   .arg(names.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<core::TimeWindow> HistoryOptions::chooseWindow(
    const QCommandLineParser &parser, std::int64_t newestMs, bool required, QString *error)
{
    const bool last = parser.isSet(QStringLiteral("last"));
    const bool from = parser.isSet(QStringLiteral("from"));
    const bool to = parser.isSet(QStringLiteral("to"));
    if (last && !from && !to) {
        const auto duration = core::parseDurationMs(parser.value(QStringLiteral("last")));
        if (!duration) {
            *error = Text::tr("--last: \"%1\" is not a duration such as 15m, 24h or 7d")
                         .arg(parser.value(QStringLiteral("last")));
            return std::nullopt;
        }
        return core::TimeWindow { newestMs - *duration, newestMs };
    }
    if (from && to && !last) {
        const auto start = core::parseTimeMs(parser.value(QStringLiteral("from")));
        const auto end = core::parseTimeMs(parser.value(QStringLiteral("to")));
        if (!start || !end || *end <= *start) {
            *error = Text::tr("--from and --to: two times (RFC 3339 or Unix seconds), the first before the second");
            return std::nullopt;
        }
        return core::TimeWindow { *start, *end };
    }
    if (!required && !last && !from && !to) {
        return core::TimeWindow { std::numeric_limits<std::int64_t>::min(), newestMs };
    }
    *error = Text::tr("choose the window with --last DURATION, or with --from T and --to T");
    return std::nullopt;
}

int runHistoryCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("import")) {
        return runImport(rest);
    }
    if (sub == QLatin1String("export")) {
        return runExport(rest);
    }
    if (sub == QLatin1String("info")) {
        return runInfo(rest);
    }
    if (sub == QLatin1String("query")) {
        return runQuery(rest);
    }
    QTextStream out(sub == QLatin1String("--help") || sub == QLatin1String("-h") ? stdout : stderr);
    out << Text::tr("usage: appclacks-desktop history import|export|info|query … (each takes --help)\n"
                    "  import FILE|-        read promtool's OpenMetrics backfill input into the history\n"
                    "  import --prometheus URL|--profile NAME --last D\n"
                    "                       copy a window of a Prometheus-compatible server into it\n"
                    "  export               write it back in that format\n"
                    "  info                 sources, series, samples and bytes per sample\n"
                    "  query --check C …    a check's figures step by step\n");
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? ExitOk : ExitUsage;
}

int runCollectCommand(const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: appclacks-desktop collect ") + core::SourceSpec::commandLineSynopsis()
        + QStringLiteral(" [--every SECONDS] [--history-file PATH]\n");
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Scrape a source on an interval and keep every scrape in the history, "
                                              "until SIGINT or SIGTERM."));
    parser.addOptions(core::SourceSpec::commandLineOptions());
    parser.addOption(HistoryOptions::historyFile());
    const QCommandLineOption every(QStringLiteral("every"), Text::tr("Seconds between scrapes (default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOption(every);
    if (const auto exit = parseOrExit(parser, QStringLiteral("collect"), arguments, usage)) {
        return *exit;
    }
    bool numeric = false;
    const int seconds = parser.value(every).toInt(&numeric);
    QString sourceError;
    const auto spec = SnapshotSource::specFrom(parser, sourceError);
    if (!spec || !numeric || seconds < 1 || seconds > core::ScrapeScheduler::maxIntervalSeconds
        || !parser.positionalArguments().isEmpty() || spec->kind == core::SourceKind::File) {
        QTextStream err(stderr);
        if (!sourceError.isEmpty()) {
            err << sourceError << "\n";
        } else if (spec && spec->kind == core::SourceKind::File) {
            err << Text::tr(
                "collect scrapes a server; a file is not a scrape in time (import it with history import)\n");
        }
        err << usage;
        return ExitUsage;
    }

    // Before anything starts: a signal during start-up still stops cleanly.
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);

    core::HistoryRecorder recorder(HistoryOptions::path(parser));
    QTextStream err(stderr);
    int exitCode = ExitOk;
    QObject::connect(&recorder, &core::HistoryRecorder::opened, [&](bool writable, const QString &notice) {
        if (!writable) {
            err << notice << "\n";
            err.flush();
            exitCode = ExitUnavailable;
            QCoreApplication::exit(ExitUnavailable);
        }
    });
    QObject::connect(&recorder, &core::HistoryRecorder::failed, [&](const QString &error) {
        err << error << "\n";
        err.flush();
    });

    core::SourceResolver resolver(simulator::demoLauncher());
    QNetworkAccessManager network;
    core::ScrapeScheduler scheduler(&network);
    std::optional<core::ResolvedSource> resolved;
    resolver.resolve(*spec, [&](const core::Resolution &resolution) {
        if (!resolution.source) {
            err << resolution.error << "\n";
            err.flush();
            exitCode = resolution.exitCode;
            QCoreApplication::exit(resolution.exitCode);
            return;
        }
        resolved = resolution.source;
        scheduler.setSource(*resolved, seconds);
        scheduler.start();
    });
    QObject::connect(&scheduler, &core::ScrapeScheduler::scrapeFinished, [&](const core::LoadResult &result) {
        recorder.record(*resolved, result);
        QTextStream out(stdout);
        const QString time = rfc3339(result.metadata.time.isValid() ? result.metadata.time.toMSecsSinceEpoch()
                                                                    : QDateTime::currentMSecsSinceEpoch());
        if (result.ok()) {
            out << time << " " << Text::tr("%n check(s)", nullptr, int(result.built.latest->checks.size())) << "\n";
        } else {
            out << time << " " << Text::tr("scrape failed: %1").arg(result.metadata.message) << "\n";
        }
        out.flush();
        std::fflush(stdout); // a line a scrape, even into a pipe or the journal
    });

    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (stopSignal.load() != 0) {
            QCoreApplication::exit(ExitOk);
        }
    });
    watch.start(100);
    const int code = QCoreApplication::exec();
    scheduler.stop();
    // Everything scraped so far is committed before the process ends.
    if (!recorder.waitForCommitted()) {
        err << Text::tr("the history did not finish writing in time\n");
        return ExitIoError;
    }
    return exitCode != ExitOk ? exitCode : code;
}

} // namespace appclacks::app
