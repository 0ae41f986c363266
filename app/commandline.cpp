// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commandline.h"

#include "app/commands/exportchartcommand.h"
#include "app/commands/historycommand.h"
#include "app/commands/parsecommand.h"
#include "app/commands/profilecommand.h"
#include "app/commands/summarycommand.h"
#include "core/applicationidentity.h"
#include "core/platform/singleinstance.h"
#include "core/platform/translations.h"
#include "core/settings/appsettings.h"
#include "core/sources/sourcespec.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace appclacks::app {

std::span<const Command> commands()
{
    static const std::array all {
        Command { QStringLiteral("parse"), QStringLiteral("parse FILE|- [--format json|text|stats]"),
            QT_TRANSLATE_NOOP("main", "check an exposition file and print its families and samples"),
            &runParseCommand },
        Command { QStringLiteral("summary"),
            QStringLiteral("summary SOURCE | --history [--source NAME] (--last D | --from T --to T) "
                           "[--format table|json|csv]"),
            QT_TRANSLATE_NOOP("main", "per check and zone: outcomes, success ratio, p50/p90/p95/p99, mean"),
            &runSummaryCommand },
        Command { QStringLiteral("collect"), QStringLiteral("collect SOURCE [--every SECONDS] [--history-file PATH]"),
            QT_TRANSLATE_NOOP("main", "scrape on an interval into the history until SIGINT or SIGTERM, no window"),
            &runCollectCommand },
        Command { QStringLiteral("history"),
            QStringLiteral("history import FILE|- | export | info | query --check C --step D … [--history-file PATH]"),
            QT_TRANSLATE_NOOP(
                "main", "the stored history: import and export promtool's OpenMetrics, sizes, step series"),
            &runHistoryCommand },
        Command { QStringLiteral("profile"),
            QStringLiteral("profile list | add NAME … | remove NAME | test NAME | scrape-config NAME | "
                           "import-appclacks-yaml [FILE]"),
            QT_TRANSLATE_NOOP(
                "main", "manage profiles; tokens go to the system keychain, never to a file or the screen"),
            &runProfileCommand },
        Command { QStringLiteral("export-chart"),
            QStringLiteral("export-chart SOURCE|--history [WINDOW] --chart histogram|counters|zones|overview|"
                           "latency-over-time|outcomes-over-time|timeline|uptime [--check ID_OR_NAME] "
                           "[--zone ZONE] --output FILE.png|FILE.svg [--size WxH]"),
            QT_TRANSLATE_NOOP("main", "draw a chart of the window into an image, no display needed"),
            &runExportChartCommand, true },
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
        text += QStringLiteral("  appclacks-desktop ") + command.synopsis + QStringLiteral("\n      ")
            + QCoreApplication::translate("main", command.summary) + QLatin1Char('\n');
    }
    return text
        + QCoreApplication::translate("main",
            "SOURCE := --demo [--seed N] | --file PATH | --profile NAME | --url URL [--ca-file PEM] "
            "[--timeout SECONDS]\n  (for --url, Basic credentials come from "
            "APPCLACKS_ORGANIZATION_ID and APPCLACKS_TOKEN)\n");
}

QStringList argumentsFrom(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

// The window's options are SOURCE's; everything after the first positional argument belongs to
// the command it names (`--profile parse` is a profile named parse, `parse --help` is parse's).
void addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(applicationDescription());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(core::SourceSpec::commandLineOptions());
    parser.addOption(HistoryOptions::historyFile());
    parser.addOption({ QStringLiteral("new-instance"),
        QCoreApplication::translate("main", "Open a window of its own, even when one is already open.") });
    parser.addPositionalArgument(QStringLiteral("file"),
        QCoreApplication::translate("main", "Open the window on this metrics file (as --file does)."),
        QStringLiteral("[FILE]"));
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

// The source the window's arguments name: SOURCE's options, or a metrics file as the only
// positional argument (the desktop file's %f), relative to `workingDirectory`.
std::optional<core::SourceSpec> windowSource(
    const QCommandLineParser &parser, const QDir &workingDirectory, QString *error)
{
    std::optional<core::SourceSpec> spec = core::SourceSpec::fromCommandLine(parser, false, error);
    const QStringList positional = parser.positionalArguments();
    if (spec && positional.size() == 1 && !spec->isValid() && !positional.constFirst().startsWith(QLatin1Char('-'))
        && QFileInfo(workingDirectory.absoluteFilePath(positional.constFirst())).isFile()) {
        return core::SourceSpec::file(workingDirectory.absoluteFilePath(positional.constFirst()));
    }
    if (spec && !positional.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("main", "Unknown command: %1 (nor a metrics file of that name)")
                         .arg(positional.constFirst());
        }
        return std::nullopt;
    }
    if (spec && spec->kind == core::SourceKind::File && spec->path != QLatin1String("-")) {
        spec->path = workingDirectory.absoluteFilePath(spec->path);
    }
    return spec;
}

bool anySourceOptionSet(const QCommandLineParser &parser)
{
    const auto options = core::SourceSpec::commandLineOptions();
    return std::any_of(options.begin(), options.end(),
        [&parser](const QCommandLineOption &option) { return parser.isSet(option.names().constFirst()); });
}

} // namespace

int runApplication(int argc, char *argv[])
{
    // A first look at the arguments decides which application object to make: QApplication only
    // for the window and the commands that draw, so --help, usage errors and the headless
    // commands never try to reach a display.
    const Command *command = nullptr;
    bool wantsWindow = false;
    {
        QCommandLineParser peek;
        addWindowOptions(peek);
        if (peek.parse(argumentsFrom(argc, argv))) {
            const QStringList positional = peek.positionalArguments();
            command = positional.isEmpty() ? nullptr : findCommand(positional.constFirst());
            wantsWindow = !command && !peek.isSet(QStringLiteral("help")) && !peek.isSet(QStringLiteral("version"));
        }
    }
    if (command && command->needsWidgets && !hasDisplay()) {
        // Drawing needs QApplication; without a display, Qt's offscreen platform draws the same.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const bool widgets = (command && command->needsWidgets) || (wantsWindow && hasDisplay());
    const std::unique_ptr<QCoreApplication> application
        = widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    core::applyApplicationIdentity();
    // Translators need the application object; the texts below (help, errors) come after them.
    core::installTranslations();

    QCommandLineParser parser;
    addWindowOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(argumentsFrom(argc, argv))) {
        err << parser.errorText() << "\n" << QCoreApplication::translate("main", "See appclacks-desktop --help.\n");
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (command) {
        if (anySourceOptionSet(parser) || parser.isSet(QStringLiteral("help"))
            || parser.isSet(QStringLiteral("version"))) {
            err << QCoreApplication::translate("main", "Options go after the command's name: appclacks-desktop %1 …\n")
                       .arg(command->name);
            return ExitUsage;
        }
        return command->run(positional.mid(1));
    }

    if (parser.isSet(QStringLiteral("version"))) {
        out << core::executableName << ' ' << core::applicationVersion() << "\n";
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the program by its name, however it was started.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const auto at = help.indexOf(program); !program.isEmpty() && at >= 0) {
            help.replace(at, program.size(), QString::fromLatin1(core::executableName));
        }
        out << help;
        return ExitOk;
    }
    QString error;
    std::optional<core::SourceSpec> spec = windowSource(parser, QDir::current(), &error);
    if (!spec) {
        err << error << "\n" << QCoreApplication::translate("main", "See appclacks-desktop --help.\n");
        return ExitUsage;
    }
    const bool newInstance = parser.isSet(QStringLiteral("new-instance"));
    if (!widgets) {
        err << QCoreApplication::translate("main",
            "No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window "
            "cannot open.\nThe headless commands work without one; see "
            "appclacks-desktop --help.\n");
        return ExitUnavailable;
    }

    QApplication::setApplicationDisplayName(QString::fromLatin1(core::productName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(core::applicationId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/com.appclacks.Desktop.svg")));

    // One window per user: a later start hands its arguments to this one and leaves.
    core::SingleInstance instance;
    if (!newInstance && instance.start(argumentsFrom(argc, argv).mid(1)) == core::SingleInstance::Role::Secondary) {
        return ExitOk;
    }

    ui::PreferencesDialog::applyTheme(core::AppSettings().theme());
    ui::MainWindow window(HistoryOptions::path(parser));
    window.show();
    QObject::connect(&instance, &core::SingleInstance::argumentsReceived, &window,
        [&window](const QStringList &arguments, const QString &workingDirectory) {
            QCommandLineParser handed;
            addWindowOptions(handed);
            if (handed.parse(QStringList { QString::fromLatin1(core::executableName) } + arguments)) {
                if (const auto received = windowSource(handed, QDir(workingDirectory), nullptr);
                    received && received->isValid()) {
                    window.open(*received);
                }
            }
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
    if (spec->isValid()) {
        window.open(*spec);
    } else {
        window.reopenLastSource(); // later runs open where the user left off
    }
    return QApplication::exec();
}

} // namespace appclacks::app
