// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/parsecommand.h"

#include "app/command.h"
#include "core/exposition/expositionparser.h"
#include "core/exposition/expositionwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
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
        err << "usage: appclacks-desktop parse FILE|- [--format json|text|stats]\n";
        return ExitUsage;
    }

    const QString path = parser.positionalArguments().constFirst();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    const QString shownName = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    if (!opened) {
        err << shownName << ": " << file.errorString() << "\n";
        return ExitIoError;
    }
    const core::ExpositionParser expositionParser;
    // Read one byte past the limit so that an oversized body is refused, not truncated.
    const QByteArray input = file.read(expositionParser.limits().maxBodyBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        err << shownName << ": " << file.errorString() << "\n";
        return ExitIoError;
    }

    const auto result = expositionParser.parse(input, core::ExpositionParser::detectFormat(input));
    if (!result.ok()) {
        err << shownName << ':' << result.error.toString() << "\n";
        return ExitDataError;
    }
    std::string output;
    if (format == QLatin1String("stats")) {
        output = core::ExpositionWriter::toStats(*result.document);
    } else if (format == QLatin1String("text")) {
        output = core::ExpositionWriter::toText(*result.document);
    } else {
        output = core::ExpositionWriter::toJson(*result.document);
    }
    if (std::fwrite(output.data(), 1, output.size(), stdout) != output.size() || std::fflush(stdout) != 0) {
        return ExitIoError;
    }
    return ExitOk;
}

} // namespace appclacks::app
