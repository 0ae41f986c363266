// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commandline.h"

#include "app/commands/exportchartcommand.h"
#include "app/commands/parsecommand.h"
#include "app/commands/profilecommand.h"
#include "app/commands/summarycommand.h"
#include "core/applicationidentity.h"
#include "core/profiles/profilestore.h"
#include "core/settings/appsettings.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <array>
#include <cstring>

namespace appclacks::app {

std::span<const Command> commands()
{
    static const std::array all {
        Command { QStringLiteral("parse"), QStringLiteral("parse FILE|- [--format json|text|stats]"),
            QStringLiteral("check an exposition file and print its families and samples"), &runParseCommand },
        Command { QStringLiteral("summary"), QStringLiteral("summary SOURCE [--format table|json|csv]"),
            QStringLiteral("per check and zone: outcomes, success ratio, p50/p90/p95/p99, mean"), &runSummaryCommand },
        Command { QStringLiteral("profile"),
            QStringLiteral("profile list | add NAME … | remove NAME | import-appclacks-yaml [FILE]"),
            QStringLiteral("manage profiles; tokens go to the system keychain, never to a file or the screen"),
            &runProfileCommand },
        Command { QStringLiteral("export-chart"),
            QStringLiteral("export-chart SOURCE --chart histogram|counters|zones|overview [--check ID_OR_NAME] "
                           "[--zone ZONE] --output FILE.png|FILE.svg [--size WxH]"),
            QStringLiteral("draw a chart of the window into an image, no display needed"), &runExportChartCommand,
            true },
    };
    return all;
}

namespace {

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

QString applicationDescription()
{
    QString text = QCoreApplication::translate("main",
        "Health-check metrics from Appclacks and Cabourotte.\n\n"
        "Commands (each takes --help):\n"
        "  appclacks-desktop\n      open the window\n");
    for (const Command &command : commands()) {
        text += QStringLiteral("  appclacks-desktop ") + command.synopsis + QStringLiteral("\n      ") + command.summary
            + QLatin1Char('\n');
    }
    return text
        + QCoreApplication::translate("main",
            "SOURCE := --demo [--seed N] | --file PATH | --profile NAME | --url URL [--ca-file PEM] "
            "[--timeout SECONDS]\n  (for --url, Basic credentials come from "
            "APPCLACKS_ORGANIZATION_ID and APPCLACKS_TOKEN)\n");
}

// The first argument that is not an option names the command, if it names one at all.
QString commandNameFrom(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-') {
            return QString::fromLocal8Bit(argv[i]);
        }
    }
    return {};
}

QStringList argumentsFrom(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

void addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(applicationDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("demo"), QCoreApplication::translate("main", "Open the window on the built-in demo.") },
        { QStringLiteral("seed"), QCoreApplication::translate("main", "With --demo: the simulated fleet's seed."),
            QStringLiteral("n"), QStringLiteral("1") },
        { QStringLiteral("file"), QCoreApplication::translate("main", "Open the window on a metrics file."),
            QStringLiteral("path") },
        { QStringLiteral("profile"), QCoreApplication::translate("main", "Open the window on a saved profile."),
            QStringLiteral("name") },
    });
}

int runCommand(const Command &command)
{
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(arguments.indexOf(command.name));
    arguments.removeFirst();
    return command.run(arguments);
}

// On X11/Wayland desktops QApplication aborts without a display; say what is wrong instead.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int runApplication(int argc, char *argv[])
{
    const Command *command = findCommand(commandNameFrom(argc, argv));
    if (command && command->needsWidgets) {
        // Drawing needs QApplication; without a display, Qt's offscreen platform draws the same.
        if (!hasDisplay()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QApplication application(argc, argv);
        core::applyApplicationIdentity();
        return runCommand(*command);
    }
    if (command) {
        // Headless commands never create a QGuiApplication: they must work without any display.
        QCoreApplication application(argc, argv);
        core::applyApplicationIdentity();
        return runCommand(*command);
    }

    // QCommandLineParser::parse() needs no application object, so a usage error or --help is
    // answered before anything tries to reach a display.
    QCommandLineParser parser;
    addWindowOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(argumentsFrom(argc, argv))) {
        err << parser.errorText() << "\n" << QCoreApplication::translate("main", "See appclacks-desktop --help.\n");
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << core::executableName << ' ' << APPCLACKS_VERSION << "\n";
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Without an application object Qt cannot know the program's name.
        out << parser.helpText().replace(
            QStringLiteral("<executable_name>"), QString::fromLatin1(core::executableName));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("main", "Unknown command: %1\nSee appclacks-desktop --help.\n")
                   .arg(parser.positionalArguments().constFirst());
        return ExitUsage;
    }
    if (!hasDisplay()) {
        err << QCoreApplication::translate("main",
            "No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window "
            "cannot open.\nThe headless commands work without one; see "
            "appclacks-desktop --help.\n");
        return ExitUnavailable;
    }

    QApplication application(argc, argv);
    core::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QString::fromLatin1(core::productName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(core::applicationId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/com.appclacks.Desktop.svg")));

    ui::PreferencesDialog::applyTheme(core::AppSettings().theme());
    ui::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("demo"))) {
        window.startDemo(parser.value(QStringLiteral("seed")).toULongLong());
    } else if (parser.isSet(QStringLiteral("file"))) {
        window.openFile(parser.value(QStringLiteral("file")));
    } else if (parser.isSet(QStringLiteral("profile"))) {
        const auto profile = core::ProfileStore().find(parser.value(QStringLiteral("profile")));
        if (!profile) {
            err << QCoreApplication::translate("main", "No profile named “%1”.\n")
                       .arg(parser.value(QStringLiteral("profile")));
            return ExitUsage;
        }
        window.openProfile(*profile);
    } else {
        window.reopenLastProfile(); // later runs open where the user left off
    }
    return application.exec();
}

} // namespace appclacks::app
