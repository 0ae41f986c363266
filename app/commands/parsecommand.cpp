// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/parsecommand.h"

#include "app/command.h"
#include "core/exposition/expositionwriter.h"
#include "core/sources/metricsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace appclacks::app {

int runParseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("parse",
        "Parse a Prometheus or OpenMetrics "
        "exposition file and print what it holds."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("parse", "Output: json, text or stats."), QStringLiteral("format"),
        QStringLiteral("json"));
    parser.addOption(formatOption);
    const QCommandLineOption maxBytesOption(QStringLiteral("max-bytes"),
        QCoreApplication::translate("parse", "Refuse an input larger than this many bytes (default: no limit)."),
        QStringLiteral("bytes"));
    parser.addOption(maxBytesOption);
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("parse", "The exposition file, or - for standard input."));

    QTextStream err(stderr);
    if (!parser.parse(QStringList { QStringLiteral("appclacks-desktop parse") } + arguments)) {
        err << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (parser.positionalArguments().size() != 1
        || (format != QLatin1String("json") && format != QLatin1String("text") && format != QLatin1String("stats"))) {
        err << QCoreApplication::translate("main", "usage: %1\n")
                   .arg(QStringLiteral("appclacks-desktop parse FILE|- [--format json|text|stats] [--max-bytes N]"));
        return ExitUsage;
    }
    core::ParseLimits limits = core::ParseLimits::localFile();
    if (parser.isSet(maxBytesOption)) {
        bool ok = false;
        limits.maxBodyBytes = parser.value(maxBytesOption).toLongLong(&ok);
        if (!ok || limits.maxBodyBytes < 0) {
            err << QCoreApplication::translate("main", "--max-bytes: expected a number of bytes, got “%1”\n")
                       .arg(parser.value(maxBytesOption));
            return ExitUsage;
        }
    }

    const QString path = parser.positionalArguments().constFirst();
    const bool statsOnly = format == QLatin1String("stats");
    // Counts need no document: the file's bytes are all the memory a stats run holds.
    const auto loaded = statsOnly ? core::MetricsFile::count(path, limits) : core::MetricsFile::load(path, limits);
    if (!loaded.ok()) {
        err << loaded.message << "\n";
        return loaded.failure == core::MetricsFile::Failure::Io ? ExitIoError : ExitDataError;
    }
    std::string output;
    if (statsOnly) {
        output = core::ExpositionWriter::toStats(loaded.counts);
    } else if (format == QLatin1String("text")) {
        output = core::ExpositionWriter::toText(*loaded.document);
    } else {
        output = core::ExpositionWriter::toJson(*loaded.document);
    }
    if (std::fwrite(output.data(), 1, output.size(), stdout) != output.size() || std::fflush(stdout) != 0) {
        return ExitIoError;
    }
    return ExitOk;
}

} // namespace appclacks::app
