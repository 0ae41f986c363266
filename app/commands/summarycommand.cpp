// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/summarycommand.h"

#include "app/command.h"
#include "app/commands/historycommand.h"
#include "app/commands/prometheusoptions.h"
#include "app/commands/snapshotsource.h"
#include "core/health/healthreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace appclacks::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)
};

} // namespace

int runSummaryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Summarize the health checks of a source: outcomes, success ratio and "
                                              "latency quantiles per check and zone."));
    parser.addHelpOption();
    parser.addOptions(core::SourceSpec::commandLineOptions());
    const QCommandLineOption formatOption(QStringLiteral("format"), Text::tr("Output: table, json or csv."),
        QStringLiteral("format"), QStringLiteral("table"));
    parser.addOption(formatOption);
    const QCommandLineOption historyOption(QStringLiteral("history"),
        Text::tr("Summarize a window of the history instead of scraping (with --last, or --from and --to)."));
    parser.addOption(historyOption);
    parser.addOption(HistoryOptions::historyFile());
    parser.addOption(HistoryOptions::source());
    parser.addOptions(HistoryOptions::window());
    parser.addOptions(PrometheusOptions::options());

    QTextStream err(stderr);
    const QString usage = QStringLiteral("usage: appclacks-desktop summary ") + core::SourceSpec::commandLineSynopsis()
        + QStringLiteral(" [--format table|json|csv]\n       appclacks-desktop summary --history [--source NAME] "
                         "(--last DURATION | --from T --to T) [--history-file PATH | --demo [--seed N]] "
                         "[--format table|json|csv]\n       appclacks-desktop summary ")
        + PrometheusOptions::synopsis()
        + QStringLiteral(" (--last DURATION | --from T --to T) [--format table|json|csv]\n");
    if (!parser.parse(QStringList { QStringLiteral("appclacks-desktop summary") } + arguments)) {
        err << parser.errorText() << "\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (!parser.positionalArguments().isEmpty()
        || !QStringList { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }.contains(format)) {
        err << usage;
        return ExitUsage;
    }
    std::shared_ptr<const core::HealthSnapshot> loadedSnapshot;
    const bool windowGiven = parser.isSet(QStringLiteral("last")) || parser.isSet(QStringLiteral("from"))
        || parser.isSet(QStringLiteral("to"));
    // A window of a profile (without --history) is a Prometheus profile's: the server is asked.
    const bool serverProfile = parser.isSet(QStringLiteral("profile")) && windowGiven && !parser.isSet(historyOption);
    if (PrometheusOptions::isSet(parser) || serverProfile) {
        QString error;
        int exitCode = ExitUsage;
        const auto endpoint = serverProfile
            ? PrometheusOptions::profileEndpoint(parser.value(QStringLiteral("profile")), &error, &exitCode)
            : PrometheusOptions::endpoint(parser, &error);
        if (!endpoint) {
            err << error << "\n";
            return exitCode;
        }
        const auto window = HistoryOptions::chooseWindow(parser, QDateTime::currentMSecsSinceEpoch(), true, &error);
        if (!window) {
            err << error << "\n" << usage;
            return ExitUsage;
        }
        core::PrometheusRangeRequest request;
        request.window = *window;
        request.nowMs = window->toMs;
        request.withTimelines = false;
        const PrometheusOptions::Read read = PrometheusOptions::read(*endpoint, request);
        for (const QString &warning : read.warnings) {
            err << Text::tr("warning: %1").arg(warning) << "\n";
        }
        if (!read.snapshot) {
            err << read.error << "\n";
            return read.exitCode;
        }
        loadedSnapshot = read.snapshot;
    } else if (parser.isSet(historyOption)) {
        QString error;
        int exitCode = ExitOk;
        // With --demo: the demo's generated day, in a temporary history of its own.
        const std::optional<HistoryOptions::OpenedHistory> history = HistoryOptions::open(parser, &error, &exitCode);
        if (!history) {
            err << error << "\n";
            return exitCode;
        }
        const std::unique_ptr<core::HistoryStore> &store = history->store;
        const auto source = HistoryOptions::chooseSource(*store, parser, &error);
        if (!source) {
            err << error << "\n";
            return ExitDataError;
        }
        const auto window = HistoryOptions::chooseWindow(parser, source->lastMs, true, &error);
        if (!window) {
            err << error << "\n" << usage;
            return ExitUsage;
        }
        auto snapshot = core::HistoryQueries::window(*store, *source, *window, 1.0, &error);
        if (!snapshot) {
            err << error << "\n";
            return ExitDataError;
        }
        loadedSnapshot = std::make_shared<const core::HealthSnapshot>(std::move(*snapshot));
    } else {
        QString sourceError;
        const auto spec = SnapshotSource::specFrom(parser, sourceError);
        if (!spec) {
            err << sourceError << "\n" << usage;
            return ExitUsage;
        }
        const SnapshotSource::Loaded loaded = SnapshotSource::load(*spec);
        if (!loaded.snapshot) {
            err << loaded.error << "\n";
            return loaded.exitCode;
        }
        loadedSnapshot = loaded.snapshot;
    }
    const core::HealthSnapshot &snapshot = *loadedSnapshot;
    QByteArray output;
    if (format == QLatin1String("json")) {
        output = core::HealthReport::toJson(snapshot);
    } else if (format == QLatin1String("csv")) {
        output = core::HealthReport::toCsv(snapshot);
    } else {
        output = core::HealthReport::toTable(snapshot).toUtf8();
    }
    if (std::fwrite(output.constData(), 1, std::size_t(output.size()), stdout) != std::size_t(output.size())
        || std::fflush(stdout) != 0) {
        return ExitIoError;
    }
    return ExitOk;
}

} // namespace appclacks::app
