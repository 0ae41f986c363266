// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/exportchartcommand.h"

#include "app/command.h"
#include "app/commands/snapshotsource.h"
#include "core/sources/monitoringsession.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/latencyhistogramchart.h"
#include "ui/charts/outcomeschart.h"
#include "ui/charts/zonescomparisonchart.h"
#include "ui/overviewmatrix.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

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

} // namespace

int runExportChartCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Draw one of the window's charts into a PNG or SVG file, without a window."));
    parser.addHelpOption();
    parser.addOptions(core::SourceSpec::commandLineOptions());
    const QCommandLineOption chartOption(
        QStringLiteral("chart"), Text::tr("histogram, counters, zones or overview."), QStringLiteral("chart"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
        Text::tr("The check, by id or name (default: the one "
                 "failing most)."),
        QStringLiteral("id-or-name"));
    const QCommandLineOption zoneOption(
        QStringLiteral("zone"), Text::tr("With --chart histogram: one zone only."), QStringLiteral("zone"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), Text::tr("FILE.png or FILE.svg."), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        Text::tr("Width x height in pixels (default 1200x700)."), QStringLiteral("WxH"), QStringLiteral("1200x700"));
    parser.addOptions({ chartOption, checkOption, zoneOption, outputOption, sizeOption });

    QTextStream err(stderr);
    const QString usage = QCoreApplication::translate("main", "usage: %1\n")
                              .arg(QStringLiteral("appclacks-desktop export-chart SOURCE --chart "
                                                  "histogram|counters|zones|overview [--check ID_OR_NAME] "
                                                  "[--zone ZONE] --output FILE.png|FILE.svg [--size WxH]"));
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
    QString sourceError;
    const bool svg = output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const auto spec = SnapshotSource::specFrom(parser, sourceError);
    if (!spec
        || !QStringList { QStringLiteral("histogram"), QStringLiteral("counters"), QStringLiteral("zones"),
            QStringLiteral("overview") }
                .contains(chart)
        || output.isEmpty() || (!svg && !output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        || !size.hasMatch()) {
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
    const core::HealthSnapshot &snapshot = *loaded.snapshot;
    const QString windowLabel = core::TimeRange::sinceProberStarted().phrase();
    std::unique_ptr<QWidget> widget;
    ui::ExportableView *view = nullptr;
    if (chart == QLatin1String("overview")) {
        auto matrix = std::make_unique<ui::OverviewMatrix>();
        matrix->setContext(windowLabel, snapshot.source);
        matrix->setSnapshot(loaded.snapshot);
        view = matrix.get();
        widget = std::move(matrix);
    } else {
        const core::CheckHealth *check = findCheck(snapshot, parser.value(checkOption));
        if (!check) {
            err << (parser.isSet(checkOption) ? Text::tr("No check “%1” in this source.").arg(parser.value(checkOption))
                                              : Text::tr("This source has no health checks to draw."))
                << "\n";
            return ExitDataError;
        }
        if (chart == QLatin1String("histogram")) {
            auto histogram = std::make_unique<ui::LatencyHistogramChart>();
            histogram->setContext(windowLabel, snapshot.source);
            histogram->setSnapshot(loaded.snapshot, check->key);
            if (parser.isSet(zoneOption)) {
                if (!check->zone(parser.value(zoneOption))) {
                    err << Text::tr("The check has no zone “%1”.").arg(parser.value(zoneOption)) << "\n";
                    return ExitDataError;
                }
                histogram->setZoneMode(ui::LatencyHistogramChart::ZoneMode::SingleZone, parser.value(zoneOption));
            }
            view = histogram.get();
            widget = std::move(histogram);
        } else if (chart == QLatin1String("counters")) {
            auto outcomes = std::make_unique<ui::OutcomesChart>();
            outcomes->setContext(windowLabel, snapshot.source);
            outcomes->setSnapshot(loaded.snapshot, check->key);
            view = outcomes.get();
            widget = std::move(outcomes);
        } else {
            auto zones = std::make_unique<ui::ZonesComparisonChart>();
            zones->setContext(windowLabel, snapshot.source);
            zones->setSnapshot(loaded.snapshot, check->key);
            view = zones.get();
            widget = std::move(zones);
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
