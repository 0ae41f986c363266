// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/applicationidentity.h"
#include "simulator/simulatorserver.h"
#include "tests/support/prometheusprocess.h"
#include "tests/support/victoriametricsprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace core = appclacks::core;
namespace simulator = appclacks::simulator;
using appclacks::tests::PrometheusProcess;
using appclacks::tests::VictoriaMetricsProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs appclacks-desktop with no display at all: the headless paths must not need one.
Run runApp(const QStringList &arguments, const QByteArray &standardInput = {},
    const QList<QPair<QString, QString>> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("APPCLACKS_PROFILE"));
    environment.remove(QStringLiteral("APPCLACKS_ORGANIZATION_ID"));
    environment.remove(QStringLiteral("APPCLACKS_TOKEN"));
    // English unless a test asks for another language, whatever the machine's.
    for (const char *variable : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" }) {
        environment.remove(QString::fromLatin1(variable));
    }
    for (const auto &[name, value] : extraEnvironment) {
        environment.insert(name, value);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(APPCLACKS_EXECUTABLE), arguments);
    if (!standardInput.isNull()) {
        process.write(standardInput);
        process.closeWriteChannel();
    }
    // Wait with the event loop running: some tests serve the process from this very thread.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

// Wraps a scrape job in a minimal prometheus.yml in `dir`, creates the files the job names (its
// placeholder secret file), and runs Prometheus's own promtool on it: its exit code and words.
Run promtoolCheck(const QTemporaryDir &dir, const QString &job, const QStringList &files)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        return { -1, {}, QStringLiteral("promtool is in scripts/debian-packages.txt (Debian's prometheus package)") };
    }
    for (const QString &name : files) {
        if (!QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath())) {
            return { -1, {}, QStringLiteral("cannot make the folder of ") + name };
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return { -1, {}, QStringLiteral("cannot write ") + file.fileName() };
        }
        file.write("placeholder\n");
    }
    QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
    if (!config.open(QIODevice::WriteOnly)) {
        return { -1, {}, QStringLiteral("cannot write prometheus.yml") };
    }
    config.write("global:\n  scrape_interval: 15s\nscrape_configs:\n" + job.toUtf8());
    config.close();
    QProcess process;
    process.setWorkingDirectory(QDir::rootPath()); // the job's relative paths are the config folder's
    process.start(promtool, { QStringLiteral("check"), QStringLiteral("config"), config.fileName() });
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = runApp({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("appclacks-desktop ") + appclacks::core::applicationVersion());
    }

    void help()
    {
        const Run run = runApp({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: appclacks-desktop")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("open the window")));
        QVERIFY(run.out.contains(QStringLiteral("appclacks-desktop summary SOURCE | --history")));
        QVERIFY(run.out.contains(QStringLiteral("appclacks-desktop collect SOURCE")));
        QVERIFY(run.out.contains(QStringLiteral("--version")));
    }

    void helpAndErrorsFollowTheLanguage()
    {
        // LANGUAGE picks the first language that can be given; the help's options, usage errors
        // and Qt's own strings follow it (qtbase_fr when installed).
        const QList<QPair<QString, QString>> french { { QStringLiteral("LANGUAGE"), QStringLiteral("fr") } };
        const Run help = runApp({ QStringLiteral("--help") }, {}, french);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Commandes (chacune accepte --help)")), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("      ouvrir la fenêtre\n")));
        QVERIFY(help.out.contains(QStringLiteral("gérer les profils")));
        QVERIFY(help.out.contains(QStringLiteral("Avec --demo")));
        QVERIFY(help.out.contains(QStringLiteral("appclacks-desktop summary SOURCE"))); // commands stay as typed
        const Run error
            = runApp({ QStringLiteral("--seed"), QStringLiteral("x"), QStringLiteral("--demo") }, {}, french);
        QCOMPARE(error.exitCode, 2);
        QVERIFY2(error.err.contains(QStringLiteral("--seed attend un entier positif ou nul")), qPrintable(error.err));
        QVERIFY(error.err.contains(QStringLiteral("Voir appclacks-desktop --help.")));
        const Run byLcAll
            = runApp({ QStringLiteral("--help") }, {}, { { QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8") } });
        QVERIFY(byLcAll.out.contains(QStringLiteral("Commandes (chacune accepte --help)")));
        // English first: English, although French is listed after it.
        const Run english
            = runApp({ QStringLiteral("--help") }, {}, { { QStringLiteral("LANGUAGE"), QStringLiteral("en:fr") } });
        QVERIFY2(english.out.contains(QStringLiteral("Commands (each takes --help)")), qPrintable(english.out));
        // A language without a translation falls through to the next one listed.
        const Run germanFirst
            = runApp({ QStringLiteral("--help") }, {}, { { QStringLiteral("LANGUAGE"), QStringLiteral("de:fr") } });
        QVERIFY(germanFirst.out.contains(QStringLiteral("Commandes (chacune accepte --help)")));
    }

    void unknownOptionIsAUsageError()
    {
        const Run run = runApp({ QStringLiteral("--no-such-option") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runApp({ QStringLiteral("frobnicate") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown command: frobnicate")), qPrintable(run.err));
    }

    void helpListsTheParseCommand()
    {
        const Run run = runApp({ QStringLiteral("--help") });
        QVERIFY2(run.out.contains(QStringLiteral("parse FILE|- [--format json|text|stats]")), qPrintable(run.out));
    }

    void parseStats()
    {
        const Run run
            = runApp({ QStringLiteral("parse"), QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom"),
                QStringLiteral("--format"), QStringLiteral("stats") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.value(QLatin1String("families")).toInt(), 4);
        QCOMPARE(stats.value(QLatin1String("samples")).toInt(), 49);
        QCOMPARE(stats.value(QLatin1String("labels")).toInt(), 103);
        QVERIFY(stats.value(QLatin1String("value_sum")).toDouble() > 0);
    }

    void parseJsonFromStandardInput()
    {
        const Run run = runApp({ QStringLiteral("parse"), QStringLiteral("-") },
            QByteArrayLiteral("# TYPE up gauge\nup{job=\"a\"} 1 1700000000000\n"));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray families
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("families")).toArray();
        QCOMPARE(families.size(), 1);
        const QJsonObject sample = families.at(0).toObject().value(QLatin1String("samples")).toArray().at(0).toObject();
        QCOMPARE(sample.value(QLatin1String("labels")).toObject().value(QLatin1String("job")).toString(),
            QStringLiteral("a"));
        QCOMPARE(sample.value(QLatin1String("timestamp_ms")).toDouble(), 1700000000000.0);
    }

    void parseTextIsCanonical()
    {
        const Run run = runApp(
            { QStringLiteral("parse"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("text") },
            QByteArrayLiteral("m { a = \"x\\\\y\" , } 1e6\n"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("m{a=\"x\\\\y\"} 1e+06\n"));
    }

    void badInputExits65WithPosition()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ok 1\nbroken{a=\"1\" 2\n");
        file.close();
        const Run run = runApp({ QStringLiteral("parse"), path });
        QCOMPARE(run.exitCode, 65);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(path + QStringLiteral(":2:14: expected ',' or '}'")), qPrintable(run.err));
    }

    void missingFileIsAnIoError()
    {
        const Run run = runApp({ QStringLiteral("parse"), QStringLiteral("/nonexistent/metrics.prom") });
        QCOMPARE(run.exitCode, 74);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/metrics.prom")));
    }

    void summaryJsonFollowsDesign()
    {
        const Run run = runApp({ QStringLiteral("summary"), QStringLiteral("--file"),
            QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/appclacks_docs_sample.prom"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(run.exitCode, 0);
        // Keys in the documented order, so that the output reads like docs/DESIGN.md.
        QVERIFY2(run.out.startsWith(QStringLiteral("{\"source\":")), qPrintable(run.out.left(80)));
        QVERIFY(run.out.indexOf(QStringLiteral("\"scraped_at\"")) < run.out.indexOf(QStringLiteral("\"checks\"")));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(root.value(QLatin1String("source")).toString().endsWith(QLatin1String("appclacks_docs_sample.prom")));
        QVERIFY(QDateTime::fromString(root.value(QLatin1String("scraped_at")).toString(), Qt::ISODateWithMs).isValid());
        const QJsonArray checks = root.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        const QJsonObject check = checks.at(0).toObject();
        QCOMPARE(check.value(QLatin1String("id")).toString(), QStringLiteral("cc145703-af98-4c0b-96da-8e06dc934fc7"));
        QCOMPARE(check.value(QLatin1String("name")).toString(), QStringLiteral("mcorbin-blog"));
        const QJsonObject zone = check.value(QLatin1String("zones")).toArray().at(0).toObject();
        QCOMPARE(zone.value(QLatin1String("zone")).toString(), QStringLiteral("fr-par-1"));
        QCOMPARE(zone.value(QLatin1String("success")).toDouble(), 3.0);
        QCOMPARE(zone.value(QLatin1String("failure")).toDouble(), 0.0);
        QCOMPARE(zone.value(QLatin1String("success_ratio")).toDouble(), 1.0);
        QVERIFY(zone.value(QLatin1String("count")).isNull()); // the documented sample has no _count
        QVERIFY(zone.value(QLatin1String("mean_seconds")).isNull());
        // histogram_quantile(0.5, …) on these buckets: 0.05 + 0.05 * (1.5 / 3), as promtool computes it.
        QCOMPARE(zone.value(QLatin1String("p50_seconds")).toDouble(), 0.07500000000000001);
        QCOMPARE(zone.value(QLatin1String("p99_seconds")).toDouble(), 0.0995);
        const QJsonArray buckets = zone.value(QLatin1String("buckets")).toArray();
        QCOMPARE(buckets.size(), 14);
        QCOMPARE(buckets.at(9).toObject().value(QLatin1String("le")).toDouble(), 2.5); // sorted numerically
        QCOMPARE(buckets.at(13).toObject().value(QLatin1String("le")).toString(), QStringLiteral("+Inf"));
        const QJsonObject total = check.value(QLatin1String("total")).toObject();
        QVERIFY(total.value(QLatin1String("zone")).isNull());
        QCOMPARE(total.value(QLatin1String("p50_seconds")), zone.value(QLatin1String("p50_seconds")));
    }

    void summaryTableAndCsv()
    {
        const QString file = QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom");
        const Run table = runApp({ QStringLiteral("summary"), QStringLiteral("--file"), file });
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("CHECK")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("api-gateway")), qPrintable(table.out));
        QVERIFY(lines.at(1).contains(QStringLiteral("97.5%")));
        QVERIFY(lines.at(1).contains(QStringLiteral("162 ms")));
        QCOMPARE(lines.at(1).size(), lines.at(0).size()); // aligned columns

        const Run csv = runApp({ QStringLiteral("summary"), QStringLiteral("--file"), file, QStringLiteral("--format"),
            QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 2 * 2); // header, then a total and a zone row per check
        QVERIFY(rows.at(1).startsWith(QStringLiteral(",api-gateway,total,,119,3,")));
    }

    void summaryOfBadFileExits65()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("healthcheck_total{name=\"x\"} one\n");
        file.close();
        const Run run = runApp({ QStringLiteral("summary"), QStringLiteral("--file"), path });
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.startsWith(path + QStringLiteral(":1:")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("invalid value")));
        const Run usage = runApp({ QStringLiteral("summary") });
        QCOMPARE(usage.exitCode, 2);
    }

    void summaryOfTheDemoIsARealScrape()
    {
        const Run run = runApp({ QStringLiteral("summary"), QStringLiteral("--demo"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("source")).toString(), QStringLiteral("demo"));
        const QJsonArray checks = root.value(QLatin1String("checks")).toArray();
        QVERIFY(checks.size() >= 5);
        QCOMPARE(checks.at(0).toObject().value(QLatin1String("zones")).toArray().size(), 3);
        // The same seed gives the same fleet; another seed another one.
        QCOMPARE(runApp({ QStringLiteral("summary"), QStringLiteral("--demo"), QStringLiteral("--seed"),
                            QStringLiteral("1") })
                     .out,
            runApp({ QStringLiteral("summary"), QStringLiteral("--demo") }).out);
    }

    void summaryOfAUrlUsesTheEnvironmentsCredentials()
    {
        simulator::SimulatorServer server;
        server.setBasicCredentials(QStringLiteral("org-cli"), QStringLiteral("cli-token"));
        QVERIFY(server.listen());
        const QString url = server.appclacksUrl().toString();
        const QList<QPair<QString, QString>> good { { QStringLiteral("APPCLACKS_ORGANIZATION_ID"),
                                                        QStringLiteral("org-cli") },
            { QStringLiteral("APPCLACKS_TOKEN"), QStringLiteral("cli-token") } };
        const Run ok = runApp({ QStringLiteral("summary"), QStringLiteral("--url"), url }, {}, good);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.startsWith(QStringLiteral("CHECK")));

        const QList<QPair<QString, QString>> wrong { { QStringLiteral("APPCLACKS_ORGANIZATION_ID"),
                                                         QStringLiteral("org-cli") },
            { QStringLiteral("APPCLACKS_TOKEN"), QStringLiteral("wrong-token") } };
        const Run rejected = runApp({ QStringLiteral("summary"), QStringLiteral("--url"), url }, {}, wrong);
        QCOMPARE(rejected.exitCode, 77);
        QVERIFY(rejected.err.contains(QStringLiteral("Credentials rejected")));
        QVERIFY(!rejected.err.contains(QStringLiteral("wrong-token")));

        server.setFault(simulator::SimulatorServer::Fault::Garbage);
        const Run garbage = runApp({ QStringLiteral("summary"), QStringLiteral("--url"), url }, {}, good);
        QCOMPARE(garbage.exitCode, 65);

        server.setFault(simulator::SimulatorServer::Fault::SlowFirstByte);
        const Run slow = runApp({ QStringLiteral("summary"), QStringLiteral("--url"), url, QStringLiteral("--timeout"),
                                    QStringLiteral("0.5") },
            {}, good);
        QCOMPARE(slow.exitCode, 69);
        server.close();
        const Run down = runApp({ QStringLiteral("summary"), QStringLiteral("--url"), url }, {}, good);
        QCOMPARE(down.exitCode, 69);
        QVERIFY(down.err.contains(QStringLiteral("Cannot reach")));
    }

    void exportChartWithoutADisplay_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("histogram png") << "histogram"
                                       << "png";
        QTest::newRow("counters svg") << "counters"
                                      << "svg";
        QTest::newRow("zones png") << "zones"
                                   << "png";
        QTest::newRow("overview png") << "overview"
                                      << "png";
    }

    void exportChartWithoutADisplay()
    {
        QFETCH(QString, chart);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString output = dir.filePath(chart + QLatin1Char('.') + suffix);
        const Run run = runApp({ QStringLiteral("export-chart"), QStringLiteral("--demo"), QStringLiteral("--chart"),
            chart, QStringLiteral("--output"), output, QStringLiteral("--size"), QStringLiteral("640x400") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Wrote")), qPrintable(run.err));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == QLatin1String("png")) {
            QVERIFY(bytes.startsWith("\x89PNG"));
            // The PNG header's width and height (big-endian, at offsets 16 and 20).
            const auto be32 = [&bytes](int at) {
                return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
                    | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
            };
            QCOMPARE(be32(16), 640u);
            QCOMPARE(be32(20), 400u);
        } else {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("demo"));
        }
    }

    void exportChartRefusesBadRequests()
    {
        QCOMPARE(runApp({ QStringLiteral("export-chart"), QStringLiteral("--demo"), QStringLiteral("--chart"),
                            QStringLiteral("pie"), QStringLiteral("--output"), QStringLiteral("/tmp/x.png") })
                     .exitCode,
            2);
        QCOMPARE(runApp({ QStringLiteral("export-chart"), QStringLiteral("--demo"), QStringLiteral("--chart"),
                            QStringLiteral("histogram"), QStringLiteral("--check"), QStringLiteral("no-such-check"),
                            QStringLiteral("--output"), QStringLiteral("/tmp/x.png") })
                     .exitCode,
            65);
    }

    void profilesKeepTokensInTheKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/with-keyring.sh");
        simulator::SimulatorServer server;
        server.setBasicCredentials(QStringLiteral("org-profile"), QStringLiteral("profile-token-42"));
        QVERIFY(server.listen());
        const QString base = server.baseUrl().toString();

        const Run added = runApp(
            { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("--url"), base,
                QStringLiteral("--user"), QStringLiteral("org-profile"), QStringLiteral("--token-stdin") },
            QByteArrayLiteral("profile-token-42\n"));
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(
            added.out.contains(QStringLiteral("stored in the system keychain")), qPrintable(added.out + added.err));

        const Run listed = runApp({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QStringLiteral("local")));
        QVERIFY(listed.out.contains(QStringLiteral("/api/v1/metrics/healthchecks")));
        QVERIFY(!listed.out.contains(QStringLiteral("profile-token-42")));

        const Run summary = runApp({ QStringLiteral("summary"), QStringLiteral("--profile"), QStringLiteral("local") });
        QCOMPARE(summary.exitCode, 0);
        QVERIFY(summary.out.startsWith(QStringLiteral("CHECK")));
        QCOMPARE(server.requests().constLast().header("Authorization"),
            "Basic " + QByteArrayLiteral("org-profile:profile-token-42").toBase64());

        // Nothing of the token in the settings file the commands wrote.
        const QString settingsPath = QDir::homePath() + QStringLiteral("/.config/com.appclacks/Desktop.conf");
        QFile settings(settingsPath);
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settingsPath));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains("org-profile"));
        QVERIFY(!stored.contains("profile-token-42"));

        const Run removed = runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("local") });
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(
            runApp({ QStringLiteral("summary"), QStringLiteral("--profile"), QStringLiteral("local") }).exitCode, 2);
    }

    // Issue 13: a token pasted in a URL is refused and reaches no settings value and no output.
    void tokenInUrlReachesNoSettingsAndNoOutput()
    {
        const QString token = QStringLiteral("pasted-token-7f3a");
        QTemporaryDir dir;
        const QString yamlPath = dir.filePath(QStringLiteral("appclacks.yaml"));
        QFile yaml(yamlPath);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("profiles:\n  yaml-pasted:\n    organization-id: org-y\n    api-token: yaml-token\n"
                   "    api-endpoint: https://org-y:pasted-token-7f3a@api.example.net\n");
        yaml.close();
        const QList<Run> runs {
            runApp(
                { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("pasted"), QStringLiteral("--url"),
                    QStringLiteral("https://org-1:") + token + QStringLiteral("@api.appclacks.com"),
                    QStringLiteral("--user"), QStringLiteral("org-1"), QStringLiteral("--token-stdin") },
                QByteArrayLiteral("real-token\n")),
            runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("pasted-exposition"),
                QStringLiteral("--kind"), QStringLiteral("exposition"), QStringLiteral("--url"),
                QStringLiteral("https://") + token + QStringLiteral("@prober:9013/metrics"), QStringLiteral("--auth"),
                QStringLiteral("none") }),
            runApp({ QStringLiteral("profile"), QStringLiteral("import-appclacks-yaml"), yamlPath }),
            runApp({ QStringLiteral("profile"), QStringLiteral("list") }),
        };
        QCOMPARE(runs.at(0).exitCode, 2);
        QVERIFY2(runs.at(0).err.contains(QStringLiteral("token field")), qPrintable(runs.at(0).err));
        QCOMPARE(runs.at(1).exitCode, 2);
        QCOMPARE(runs.at(2).exitCode, 65);
        QVERIFY2(runs.at(2).err.contains(QStringLiteral("token field")), qPrintable(runs.at(2).err));
        for (const Run &run : runs) {
            QVERIFY2(!run.out.contains(token) && !run.err.contains(token), qPrintable(run.out + run.err));
        }
        QVERIFY(!runs.at(3).out.contains(QStringLiteral("pasted")));
        const QString settingsPath = QDir::homePath() + QStringLiteral("/.config/com.appclacks/Desktop.conf");
        QFile settings(settingsPath);
        if (settings.open(QIODevice::ReadOnly)) {
            QVERIFY(!settings.readAll().contains(token.toUtf8()));
        }
    }

    void emptyTokenFromStdinIsRefused()
    {
        for (const QByteArray &input : { QByteArrayLiteral("\n"), QByteArrayLiteral("   \n"), QByteArray("") }) {
            const Run run
                = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("empty-token"),
                             QStringLiteral("--user"), QStringLiteral("org-1"), QStringLiteral("--token-stdin") },
                    input);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("empty")), qPrintable(run.err));
        }
        QVERIFY(
            !runApp({ QStringLiteral("profile"), QStringLiteral("list") }).out.contains(QStringLiteral("empty-token")));
    }

    void organizationIdWithColonIsRefused()
    {
        const Run run = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("colon"),
                                   QStringLiteral("--user"), QStringLiteral("org:1"), QStringLiteral("--token-stdin") },
            QByteArrayLiteral("a-token\n"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("“:”")), qPrintable(run.err));
    }

    // Issue 13: settings of a newer version are used read-only, said once, never downgraded.
    void newerSettingsAreNeverDowngraded()
    {
        const QString settingsPath = QDir::homePath() + QStringLiteral("/.config/com.appclacks/Desktop.conf");
        QFile original(settingsPath);
        const QByteArray before = original.open(QIODevice::ReadOnly) ? original.readAll() : QByteArray();
        original.close();
        const QByteArray newer = "[General]\nschemaVersion=99\n";
        QVERIFY(QDir().mkpath(QFileInfo(settingsPath).absolutePath()));
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(newer);
        file.close();
        const Run run = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("future"),
                                   QStringLiteral("--user"), QStringLiteral("org-1"), QStringLiteral("--token-stdin") },
            QByteArrayLiteral("a-token\n"));
        QCOMPARE(run.exitCode, 74);
        QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(before);
    }

    void importsTheAppclacksCliProfiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("appclacks.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A flow map and a quoted token: read as the CLI's Go YAML library reads them.
        file.write("default-profile: cli\nprofiles: {cli: {organization-id: org-cli, api-token: \"cli-secret\"}}\n");
        file.close();
        const Run imported = runApp({ QStringLiteral("profile"), QStringLiteral("import-appclacks-yaml"), path });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral(
                     "“cli” (organization org-cli, the CLI's default): imported, its token in the system keychain.")),
            qPrintable(imported.out + imported.err));
        QVERIFY(!imported.out.contains(QStringLiteral("cli-secret")));
        const Run listed = runApp({ QStringLiteral("profile"), QStringLiteral("list") });
        QVERIFY(listed.out.contains(QStringLiteral("https://api.appclacks.com/api/v1/metrics/healthchecks")));

        // Importing again updates: one profile of that name, never two.
        const Run again = runApp({ QStringLiteral("profile"), QStringLiteral("import-appclacks-yaml"), path });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(
            again.out.contains(QStringLiteral(": updated, its token in the system keychain.")), qPrintable(again.out));
        QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("list") }).out.count(QStringLiteral("\ncli ")), 1);
        QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("cli") }).exitCode, 0);
    }

    // Issue 14: each profile's outcome is told, the failures on stderr, never a bare "Imported".
    void importReportsEachProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("appclacks.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("profiles:\n  good:\n    organization-id: org-good\n    api-token: good-secret\n"
                   "  colon:\n    organization-id: 'org:bad'\n    api-token: bad-secret\n");
        file.close();
        const Run mixed = runApp({ QStringLiteral("profile"), QStringLiteral("import-appclacks-yaml"), path });
        QCOMPARE(mixed.exitCode, 65);
        QVERIFY2(mixed.out.contains(QStringLiteral("“good” (organization org-good): imported")), qPrintable(mixed.out));
        QVERIFY2(mixed.err.contains(QStringLiteral("“colon” (organization org:bad): not imported: The organization ID "
                                                   "cannot contain “:”.")),
            qPrintable(mixed.err));

        // No keychain reachable: the profile is saved, and the token's failure is said for it.
        const Run noKeychain = runApp({ QStringLiteral("profile"), QStringLiteral("import-appclacks-yaml"), path }, {},
            { { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus") } });
        QCOMPARE(noKeychain.exitCode, 69);
        QVERIFY2(noKeychain.err.contains(QStringLiteral("“good” (organization org-good): saved, but its token could "
                                                        "not be stored:")),
            qPrintable(noKeychain.err));
        QVERIFY(!noKeychain.out.contains(QStringLiteral("“good” (organization org-good): imported")));
        for (const Run &run : { mixed, noKeychain }) {
            QVERIFY(!QString(run.out + run.err).contains(QStringLiteral("good-secret")));
            QVERIFY(!QString(run.out + run.err).contains(QStringLiteral("bad-secret")));
        }

        // A file the YAML parser refuses: FILE:LINE:COLUMN and the reason, exit 65; nothing imported.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("profiles:\n  other: {organization-id: o, api-token: \"x\\qy\"}\n");
        file.close();
        const Run bad = runApp({ QStringLiteral("profile"), QStringLiteral("import-appclacks-yaml"), path });
        QCOMPARE(bad.exitCode, 65);
        QVERIFY2(bad.err.startsWith(path + QStringLiteral(":2:")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("unknown escape character")), qPrintable(bad.err));
        QVERIFY(!runApp({ QStringLiteral("profile"), QStringLiteral("list") }).out.contains(QStringLiteral("other")));
        QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("good") }).exitCode, 0);
    }

    // Issue 14: `profile add` of a name that exists updates it; the URL without a scheme is https.
    // Issue 12: a Prometheus-compatible server as a profile, from the command line.
    void prometheusProfileAddAndList()
    {
        const QStringList add { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("mimir"),
            QStringLiteral("--kind"), QStringLiteral("prometheus"), QStringLiteral("--url"),
            QStringLiteral("http://mimir.internal:8080/prometheus/") };
        const Run added = runApp(add
            + QStringList { QStringLiteral("--tenant"), QStringLiteral("team-a"), QStringLiteral("--match"),
                QStringLiteral("job=\"cabourotte\""), QStringLiteral("--match"), QStringLiteral("env!=\"dev\""),
                QStringLiteral("--name-label"), QStringLiteral("check"), QStringLiteral("--zone-label"),
                QStringLiteral("region") });
        QCOMPARE(added.exitCode, 0); // no --auth: none, and no token asked for
        QVERIFY2(added.out.contains(QStringLiteral("Profile “mimir” saved.")), qPrintable(added.out + added.err));
        const QString settingsPath = QDir::homePath() + QStringLiteral("/.config/com.appclacks/Desktop.conf");
        QFile settings(settingsPath);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY2(stored.contains("kind=prometheus"), stored.constData());
        QVERIFY(stored.contains("tenant=team-a"));
        QVERIFY(stored.contains("nameLabel=check"));
        QVERIFY(stored.contains("zoneLabel=region"));
        QVERIFY2(stored.contains("job=\\\"cabourotte\\\", env!=\\\"dev\\\""), stored.constData());

        const Run listed = runApp({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        const QString row = listed.out.split(QLatin1Char('\n')).filter(QStringLiteral("mimir")).value(0);
        QVERIFY2(row.contains(QStringLiteral("prometheus")), qPrintable(listed.out));
        QVERIFY2(row.contains(QStringLiteral("http://mimir.internal:8080/prometheus/")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("none")), qPrintable(row));

        // A malformed matcher says where; options of the Prometheus kind are refused elsewhere.
        const Run bad
            = runApp(add + QStringList { QStringLiteral("--match"), QStringLiteral("job=\"a\", env \"prod\"") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("matcher 2, column 14")), qPrintable(bad.err));
        const Run badLabel = runApp(add + QStringList { QStringLiteral("--id-label"), QStringLiteral("check-id") });
        QCOMPARE(badLabel.exitCode, 2);
        QVERIFY2(badLabel.err.contains(QStringLiteral("label name")), qPrintable(badLabel.err));
        const Run misplaced
            = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--kind"),
                QStringLiteral("exposition"), QStringLiteral("--url"), QStringLiteral("https://prober:9013/metrics"),
                QStringLiteral("--auth"), QStringLiteral("none"), QStringLiteral("--tenant"), QStringLiteral("a") });
        QCOMPARE(misplaced.exitCode, 2);
        QVERIFY2(
            misplaced.err.contains(QStringLiteral("--tenant is for --kind prometheus")), qPrintable(misplaced.err));
        const Run noUrl = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
            QStringLiteral("--kind"), QStringLiteral("prometheus") });
        QCOMPARE(noUrl.exitCode, 2);
        QVERIFY2(noUrl.err.contains(QStringLiteral("--url")), qPrintable(noUrl.err));

        // A Prometheus server is queried, not scraped: no scrape job comes from it.
        const Run job = runApp({ QStringLiteral("profile"), QStringLiteral("scrape-config"), QStringLiteral("mimir") });
        QCOMPARE(job.exitCode, 2); // a usage error, as for the other profile commands
        QVERIFY2(job.err.contains(QStringLiteral("not scraped")), qPrintable(job.err));
        QVERIFY(job.out.isEmpty());
        QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("mimir") }).exitCode, 0);
    }

    // Issue 12: `profile test` asks real servers what they are: Prometheus behind Basic auth and
    // TLS (its --web.config.file) with a tenant, VictoriaMetrics, one that is down, one that is not
    // Prometheus at all; each outcome with its exit code, never with the password.
    void profileTestAsksPrometheusServers()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/with-keyring.sh");
        const QString tls = QStringLiteral(APPCLACKS_TEST_DATA_DIR "/tls/");
        PrometheusProcess secured;
        QString error;
        QVERIFY2(secured.start({ {},
                                   PrometheusProcess::basicAuthWebConfig(
                                       tls + QStringLiteral("server.pem"), tls + QStringLiteral("server.key")),
                                   true, {} },
                     &error),
            qPrintable(error));
        const QString base = secured.baseUrl().toString();
        const QString password = PrometheusProcess::testPassword();
        const auto add = [&](const QString &name, const QString &token) {
            return runApp({ QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                              QStringLiteral("prometheus"), QStringLiteral("--url"), base, QStringLiteral("--auth"),
                              QStringLiteral("basic"), QStringLiteral("--user"), QStringLiteral("prometheus"),
                              QStringLiteral("--ca-file"), tls + QStringLiteral("ca.pem"), QStringLiteral("--tenant"),
                              QStringLiteral("team-a"), QStringLiteral("--token-stdin") },
                token.toUtf8() + '\n');
        };
        const auto addWithoutAuth = [](const QString &name, const QUrl &url) {
            return runApp({ QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                QStringLiteral("prometheus"), QStringLiteral("--url"), url.toString() });
        };
        const auto test = [](const QString &name) {
            return runApp({ QStringLiteral("profile"), QStringLiteral("test"), name });
        };
        QCOMPARE(add(QStringLiteral("secured"), password).exitCode, 0);
        const Run answered = test(QStringLiteral("secured"));
        QCOMPARE(answered.exitCode, 0);
        QVERIFY2(answered.out.startsWith(QStringLiteral("Prometheus 2.42.0")), qPrintable(answered.out + answered.err));
        QVERIFY2(answered.out.contains(QStringLiteral(" answered at %1 for the tenant “team-a” in ").arg(base)),
            qPrintable(answered.out));
        QVERIFY2(answered.out.endsWith(QStringLiteral(" ms.\n")), qPrintable(answered.out));
        QVERIFY(answered.err.isEmpty());

        // A wrong password: 77, what the server answered, and the password nowhere.
        const QString wrong = QStringLiteral("wrong horse battery staple");
        QCOMPARE(add(QStringLiteral("wrong"), wrong).exitCode, 0);
        const Run rejected = test(QStringLiteral("wrong"));
        QCOMPARE(rejected.exitCode, 77);
        QVERIFY2(
            rejected.err.contains(QStringLiteral("Credentials rejected by %1").arg(base)), qPrintable(rejected.err));
        QVERIFY2(
            rejected.err.contains(QLatin1String("(HTTP 401")) && rejected.err.contains(QLatin1String("Unauthorized")),
            qPrintable(rejected.err));
        QVERIFY(rejected.out.isEmpty());
        for (const Run &run : { answered, rejected }) {
            QVERIFY(!run.out.contains(password) && !run.err.contains(password));
            QVERIFY(!run.out.contains(wrong) && !run.err.contains(wrong));
        }

        // Down: 69, and where it was looked for.
        secured.stop();
        const Run down = test(QStringLiteral("secured"));
        QCOMPARE(down.exitCode, 69);
        QVERIFY2(down.err.contains(QStringLiteral("Cannot reach %1").arg(base)), qPrintable(down.err));

        // VictoriaMetrics answers buildinfo with nothing in it: said so, and it is a success.
        VictoriaMetricsProcess victoria;
        QVERIFY2(victoria.start(&error), qPrintable(error));
        QCOMPARE(addWithoutAuth(QStringLiteral("victoria"), victoria.baseUrl()).exitCode, 0);
        const Run victoriaAnswered = test(QStringLiteral("victoria"));
        QCOMPARE(victoriaAnswered.exitCode, 0);
        QVERIFY2(victoriaAnswered.out.startsWith(
                     QStringLiteral("A Prometheus-compatible server that does not give its version (as VictoriaMetrics "
                                    "does) answered at %1 in ")
                         .arg(victoria.baseUrl().toString())),
            qPrintable(victoriaAnswered.out + victoriaAnswered.err));

        // Something that is not Prometheus's API: 65.
        simulator::SimulatorServer page;
        page.setFault(simulator::SimulatorServer::Fault::HtmlPage);
        QVERIFY(page.listen());
        QCOMPARE(addWithoutAuth(QStringLiteral("page"), page.baseUrl()).exitCode, 0);
        const Run notPrometheus = test(QStringLiteral("page"));
        QCOMPARE(notPrometheus.exitCode, 65);
        QVERIFY2(notPrometheus.err.contains(QStringLiteral("did not answer like a Prometheus server")),
            qPrintable(notPrometheus.err));

        // Usage errors, as the other profile commands have them.
        QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("test") }).exitCode, 2);
        const Run unknown = test(QStringLiteral("no-such-profile"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("No profile named “no-such-profile”")), qPrintable(unknown.err));
        const Run help = runApp({ QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("/api/v1/status/buildinfo")));
        for (const char *name : { "secured", "wrong", "victoria", "page" }) {
            QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QLatin1String(name) }).exitCode, 0);
        }
    }

    // `profile test` of a scraped kind: one scrape, its checks and zones.
    void profileTestScrapesTheOtherKinds()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/with-keyring.sh");
        simulator::SimulatorServer server;
        server.setBasicCredentials(QStringLiteral("org-test"), QStringLiteral("test-token-7"));
        QVERIFY(server.listen());
        const Run added = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("scraped"),
                                     QStringLiteral("--url"), server.baseUrl().toString(), QStringLiteral("--user"),
                                     QStringLiteral("org-test"), QStringLiteral("--token-stdin") },
            QByteArrayLiteral("test-token-7\n"));
        QCOMPARE(added.exitCode, 0);
        const Run tested = runApp({ QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("scraped") });
        QCOMPARE(tested.exitCode, 0);
        const QString checks = QStringLiteral("%1 checks, 3 zones, scrape took ").arg(server.fleet().checkCount());
        QVERIFY2(
            tested.out.startsWith(QStringLiteral("“scraped” answered at %1: ").arg(server.appclacksUrl().toString())),
            qPrintable(tested.out + tested.err));
        QVERIFY2(tested.out.contains(checks) && tested.out.contains(QStringLiteral(" ms (HTTP 200, ")),
            qPrintable(tested.out));
        QCOMPARE(server.requests().constLast().header("Authorization"),
            "Basic " + QByteArrayLiteral("org-test:test-token-7").toBase64());

        server.setBasicCredentials(QStringLiteral("org-test"), QStringLiteral("another-token"));
        const Run rejected = runApp({ QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("scraped") });
        QCOMPARE(rejected.exitCode, 77);
        QVERIFY2(rejected.err.contains(QStringLiteral("“scraped” did not answer with health-check metrics")),
            qPrintable(rejected.err));
        QVERIFY(!rejected.err.contains(QStringLiteral("test-token-7")));
        QCOMPARE(
            runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("scraped") }).exitCode, 0);
    }

    // Issue 12: the scrape job the Appclacks docs describe, accepted by promtool, without the token.
    void scrapeConfigIsValidAndHoldsNoSecret()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/with-keyring.sh");
        const QString token = QStringLiteral("scrape-secret-93b1");
        const Run added
            = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Production EU"),
                         QStringLiteral("--user"), QStringLiteral("org-scrape"), QStringLiteral("--token-stdin") },
                token.toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(
            added.out.contains(QStringLiteral("stored in the system keychain")), qPrintable(added.out + added.err));

        const Run job
            = runApp({ QStringLiteral("profile"), QStringLiteral("scrape-config"), QStringLiteral("Production EU") });
        QCOMPARE(job.exitCode, 0);
        QVERIFY2(!job.out.contains(token) && !job.err.contains(token), qPrintable(job.out));
        QVERIFY(job.out.contains(QStringLiteral("metrics_path: \"/api/v1/metrics/healthchecks\"")));
        QVERIFY(job.out.contains(QStringLiteral("scheme: https")));
        QVERIFY(job.out.contains(QStringLiteral("username: \"org-scrape\"")));
        QVERIFY(job.out.contains(QStringLiteral("password_file: \"secrets/production-eu.password\"")));
        QVERIFY(job.out.contains(
            QStringLiteral("# Put the API token of organization org-scrape alone in secrets/production-eu.password")));
        QTemporaryDir dir;
        const Run checked = promtoolCheck(dir, job.out, { QStringLiteral("secrets/production-eu.password") });
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err + job.out));

        // An exposition profile: Bearer with a credentials file, and its certificates.
        QTemporaryDir certificates;
        const QString ca = certificates.filePath(QStringLiteral("ca.pem"));
        const QString cert = certificates.filePath(QStringLiteral("client.pem"));
        const QString key = certificates.filePath(QStringLiteral("client.key"));
        const Run exposition
            = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("cabourotte"),
                         QStringLiteral("--kind"), QStringLiteral("exposition"), QStringLiteral("--url"),
                         QStringLiteral("https://prober.internal:9013/metrics"), QStringLiteral("--auth"),
                         QStringLiteral("bearer"), QStringLiteral("--ca-file"), ca, QStringLiteral("--client-cert"),
                         cert, QStringLiteral("--client-key"), key, QStringLiteral("--interval"), QStringLiteral("5"),
                         QStringLiteral("--token-stdin") },
                token.toUtf8() + '\n');
        QCOMPARE(exposition.exitCode, 0);
        const Run bearerJob
            = runApp({ QStringLiteral("profile"), QStringLiteral("scrape-config"), QStringLiteral("cabourotte") });
        QCOMPARE(bearerJob.exitCode, 0);
        QVERIFY(!bearerJob.out.contains(token));
        QVERIFY(bearerJob.out.contains(QStringLiteral("credentials_file: \"secrets/cabourotte.token\"")));
        QVERIFY(bearerJob.out.contains(QStringLiteral("ca_file: \"%1\"").arg(ca)));
        QVERIFY(bearerJob.out.contains(QStringLiteral("cert_file: \"%1\"").arg(cert)));
        QVERIFY(bearerJob.out.contains(QStringLiteral("key_file: \"%1\"").arg(key)));
        QVERIFY(bearerJob.out.contains(QStringLiteral("- \"prober.internal:9013\"")));
        for (const QString &file : { ca, cert, key }) {
            QFile pem(file);
            QVERIFY(pem.open(QIODevice::WriteOnly));
        }
        QTemporaryDir bearerDir;
        const Run bearerChecked
            = promtoolCheck(bearerDir, bearerJob.out, { QStringLiteral("secrets/cabourotte.token") });
        QVERIFY2(bearerChecked.exitCode == 0, qPrintable(bearerChecked.out + bearerChecked.err + bearerJob.out));
        // promtool does look at the files: without the placeholder it refuses the job.
        QTemporaryDir missingDir;
        QVERIFY(promtoolCheck(missingDir, bearerJob.out, {}).exitCode != 0);

        // An unknown name: the exit code of the other profile commands.
        const Run unknown
            = runApp({ QStringLiteral("profile"), QStringLiteral("scrape-config"), QStringLiteral("nope") });
        QCOMPARE(unknown.exitCode,
            runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("nope") }).exitCode);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("No profile named “nope”")), qPrintable(unknown.err));
        for (const QString &name : { QStringLiteral("Production EU"), QStringLiteral("cabourotte") }) {
            QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("remove"), name }).exitCode, 0);
        }
    }

    void addingANameAgainUpdates()
    {
        const QStringList add { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("twice"),
            QStringLiteral("--kind"), QStringLiteral("exposition"), QStringLiteral("--auth"), QStringLiteral("none"),
            QStringLiteral("--url") };
        const Run first = runApp(add + QStringList { QStringLiteral("prober.example:9013/metrics") });
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QStringLiteral("Profile “twice” saved.")), qPrintable(first.out + first.err));
        const Run second = runApp(add + QStringList { QStringLiteral("prober2.example:9013/metrics") });
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("Profile “twice” updated.")), qPrintable(second.out));
        const Run listed = runApp({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(listed.out.count(QStringLiteral("twice")), 1);
        QVERIFY2(listed.out.contains(QStringLiteral("https://prober2.example:9013/metrics")), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(QStringLiteral("http://prober")));
        QCOMPARE(runApp({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("twice") }).exitCode, 0);
    }

    void windowWithoutDisplaySaysSo()
    {
        const Run run = runApp({});
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("No display")), qPrintable(run.err));
    }

    // QCommandLineParser's rule: what follows the first positional argument is the command's.
    void optionsAfterTheCommandAreTheCommands()
    {
        // A profile named "parse" is a window option's value, not the parse command: the window is
        // what was asked for, and here it says there is no display.
        const Run profile = runApp({ QStringLiteral("--profile"), QStringLiteral("parse") });
        QCOMPARE(profile.exitCode, 69);
        QVERIFY2(profile.err.contains(QStringLiteral("No display")), qPrintable(profile.err));

        const Run help = runApp({ QStringLiteral("parse"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--format")), qPrintable(help.out));

        const Run misplaced = runApp({ QStringLiteral("--demo"), QStringLiteral("summary") });
        QCOMPARE(misplaced.exitCode, 2);
        QVERIFY2(misplaced.err.contains(QStringLiteral("after the command")), qPrintable(misplaced.err));
    }

    // One window per user: a second start hands its arguments over and leaves.
    void secondStartHandsItsArgumentsToTheRunningWindow()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QList<QPair<QString, QString>> offscreen { { QStringLiteral("QT_QPA_PLATFORM"),
                                                             QStringLiteral("offscreen") },
            { QStringLiteral("XDG_RUNTIME_DIR"), runtime.path() } };
        QProcess first;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : offscreen) {
            environment.insert(name, value);
        }
        first.setProcessEnvironment(environment);
        first.start(QStringLiteral(APPCLACKS_EXECUTABLE), QStringList {});
        QVERIFY(first.waitForStarted());
        const auto stopFirst = qScopeGuard([&first] {
            first.terminate();
            if (!first.waitForFinished(5000)) {
                first.kill();
                first.waitForFinished();
            }
        });
        // Alone in its runtime folder, the first start listens: wait for its socket.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(runtime.path()).entryList(QDir::System | QDir::Files).isEmpty(), 10000);

        const Run second
            = runApp({ QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom") }, {}, offscreen);
        QCOMPARE(second.exitCode, 0); // handed over, no window of its own
        QVERIFY(first.state() == QProcess::Running);
    }

    // The desktop file's `appclacks-desktop %f`: a metrics file as the only argument opens the window.
    void windowTakesAPositionalMetricsFile()
    {
        const Run file = runApp({ QStringLiteral(APPCLACKS_TEST_DATA_DIR "/corpus/cabourotte_style.prom") });
        QCOMPARE(file.exitCode, 69); // parsed and accepted; only the display is missing
        QVERIFY2(file.err.contains(QStringLiteral("No display")), qPrintable(file.err));

        const Run url = runApp({ QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/metrics") });
        QCOMPARE(url.exitCode, 69);

        const Run missing = runApp({ QStringLiteral("no-such-file.prom") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("Unknown command: no-such-file.prom")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
