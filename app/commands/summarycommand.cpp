// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/summarycommand.h"

#include "app/command.h"
#include "core/health/healthreport.h"
#include "core/health/healthsnapshot.h"
#include "core/sources/metricsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace appclacks::app {

int runSummaryCommand(const QStringList &arguments)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("summary", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Summarize the health checks of a source: outcomes, success ratio and "
                                        "latency quantiles per check and zone."));
    parser.addHelpOption();
    const QCommandLineOption fileOption(
        QStringLiteral("file"), tr("A saved exposition file, or - for standard input."), QStringLiteral("path"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("Output: table, json or csv."), QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption zoneLabelOption(QStringLiteral("zone-label"),
        tr("The label that names the zone (default: zone)."), QStringLiteral("name"), QStringLiteral("zone"));
    parser.addOptions({ fileOption, formatOption, zoneLabelOption });

    QTextStream err(stderr);
    const QString usage = QStringLiteral("usage: appclacks-desktop summary --file PATH [--format table|json|csv]\n");
    if (!parser.parse(QStringList { QStringLiteral("appclacks-desktop summary") } + arguments)) {
        err << parser.errorText() << "\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (!parser.isSet(fileOption) || !parser.positionalArguments().isEmpty()
        || !QStringList { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }.contains(format)) {
        err << usage;
        return ExitUsage;
    }

    const QString path = parser.value(fileOption);
    const auto loaded = core::MetricsFile::load(path);
    if (!loaded.ok()) {
        err << loaded.message << "\n";
        return loaded.failure == core::MetricsFile::Failure::Io ? ExitIoError : ExitDataError;
    }
    core::HealthOptions options;
    options.zoneLabel = parser.value(zoneLabelOption);
    core::HealthSnapshot snapshot = core::HealthSnapshot::fromDocument(*loaded.document, options);
    snapshot.source = path == QLatin1String("-") ? QStringLiteral("stdin") : QFileInfo(path).absoluteFilePath();
    snapshot.scrapedAt = loaded.modified;

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
