// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// `summary --prometheus` run as a user runs it, against a real Prometheus that scrapes the
// simulator every second: its figures for a window equal the same PromQL sent straight to the
// server, the output says which server computed them, and a server that is down, a wrong password
// or a selector that matches nothing each give their exit code and a message that says so.

#include "core/prometheus/promqlqueries.h"
#include "tests/support/directprometheusquery.h"
#include "tests/support/prometheusprocess.h"
#include "tests/support/scrapingprometheus.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace appclacks::core;
using appclacks::tests::DirectPrometheusQuery;
using appclacks::tests::PrometheusProcess;
using appclacks::tests::ScrapingPrometheus;

namespace {

const QString password = PrometheusProcess::testPassword();

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments, const QMap<QString, QString> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(APPCLACKS_EXECUTABLE), arguments);
    // The event loop keeps running meanwhile: the simulator Prometheus scrapes lives on this
    // thread, and a blocking wait would leave every scrape during the command unanswered.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.error() == QProcess::FailedToStart) {
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestPrometheusCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryEqualsDirectPromql();
    void tableSaysWhichServerComputedIt();
    void errorsGiveTheirExitCodes();
    void aPrometheusProfileIsAskedForItsWindow();
    void historyQueryStepsEqualDirectPromql();
    void exportChartDrawsTheServersFigures();
    void historyImportCopiesTheServersSamples();
    void exportChartDrawsEveryChartFromTheServer_data();
    void exportChartDrawsEveryChartFromTheServer();

private:
    QStringList server() const
    {
        return { QStringLiteral("--prometheus"), m_live.baseUrl().toString(), QStringLiteral("--match"),
            ScrapingPrometheus::matcher() };
    }

    /// Values of `expression` at `timeMs` sent straight to the server, by "id/zone[/status]".
    std::map<QString, double> direct(const QString &expression, std::int64_t timeMs, bool byStatus) const;

    ScrapingPrometheus m_live;
    PrometheusProcess m_secured;
    QTemporaryDir m_dir;
};

std::map<QString, double> TestPrometheusCli::direct(const QString &expression, std::int64_t timeMs, bool byStatus) const
{
    QStringList labels { QStringLiteral("id"), QStringLiteral("zone") };
    if (byStatus) {
        labels << QStringLiteral("status");
    }
    QString error;
    return DirectPrometheusQuery::values(m_live.baseUrl(), expression, timeMs, labels, &error);
}

void TestPrometheusCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_live.start(8, &error), qPrintable(error));
    QVERIFY2(m_secured.start({ {}, PrometheusProcess::basicAuthWebConfig(), false, {} }, &error), qPrintable(error));
}

void TestPrometheusCli::summaryEqualsDirectPromql()
{
    // Whole seconds, as --from and --to take them; a little in the past, so nothing is still
    // being written into the window when both ask.
    const std::int64_t to = (QDateTime::currentMSecsSinceEpoch() / 1000 - 2) * 1000;
    const std::int64_t from = to - 6000;
    const Run run = runApp({ QStringLiteral("summary"), QStringLiteral("--prometheus"), m_live.baseUrl().toString(),
        QStringLiteral("--match"), ScrapingPrometheus::matcher(), QStringLiteral("--from"),
        QString::number(from / 1000), QStringLiteral("--to"), QString::number(to / 1000), QStringLiteral("--format"),
        QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY2(summary.value(QLatin1String("computed_by")).toString().startsWith(QStringLiteral("Prometheus 2.")),
        qPrintable(run.out.left(300)));

    PromqlQueries promql({ { QStringLiteral("job"), LabelMatcher::Op::Equal, QStringLiteral("simulator") } },
        QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("zone"));
    const auto outcomes = direct(promql.outcomes(to - from), to, true);
    const auto counts = direct(promql.observationCounts(to - from), to, false);
    const auto p95 = direct(promql.latencyQuantile(0.95, to - from), to, false);
    QCOMPARE(counts.size(), std::size_t(24));
    int compared = 0;
    const QJsonArray checks = summary.value(QLatin1String("checks")).toArray();
    QCOMPARE(checks.size(), 8);
    for (const auto &checkValue : checks) {
        const QJsonObject check = checkValue.toObject();
        for (const auto &zoneValue : check.value(QLatin1String("zones")).toArray()) {
            const QJsonObject zone = zoneValue.toObject();
            const QString key = check.value(QLatin1String("id")).toString() + QLatin1Char('/')
                + zone.value(QLatin1String("zone")).toString();
            QVERIFY2(counts.count(key), qPrintable(key));
            QCOMPARE(zone.value(QLatin1String("count")).toDouble(), counts.at(key));
            const auto success = outcomes.find(key + QStringLiteral("/success"));
            QCOMPARE(
                zone.value(QLatin1String("success")).toDouble(), success == outcomes.end() ? 0.0 : success->second);
            const auto failure = outcomes.find(key + QStringLiteral("/failure"));
            QCOMPARE(
                zone.value(QLatin1String("failure")).toDouble(), failure == outcomes.end() ? 0.0 : failure->second);
            if (std::isfinite(p95.at(key))) {
                QCOMPARE(zone.value(QLatin1String("p95_seconds")).toDouble(), p95.at(key));
            } else {
                QVERIFY(zone.value(QLatin1String("p95_seconds")).isNull());
            }
            ++compared;
        }
    }
    QCOMPARE(compared, 24);
}

void TestPrometheusCli::tableSaysWhichServerComputedIt()
{
    const Run run = runApp({ QStringLiteral("summary"), QStringLiteral("--prometheus"), m_live.baseUrl().toString(),
        QStringLiteral("--match"), ScrapingPrometheus::matcher(), QStringLiteral("--last"), QStringLiteral("10s") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Figures computed by Prometheus 2.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("api-gateway")), qPrintable(run.out));
}

void TestPrometheusCli::errorsGiveTheirExitCodes()
{
    const QString down = QStringLiteral("http://127.0.0.1:%1").arg(PrometheusProcess::freePort());
    const Run unreachable = runApp({ QStringLiteral("summary"), QStringLiteral("--prometheus"), down,
        QStringLiteral("--last"), QStringLiteral("1h") });
    QCOMPARE(unreachable.exitCode, 69);
    QVERIFY2(unreachable.err.contains(QStringLiteral("Cannot reach")), qPrintable(unreachable.err));

    const QStringList secured { QStringLiteral("summary"), QStringLiteral("--prometheus"),
        m_secured.baseUrl().toString(), QStringLiteral("--last"), QStringLiteral("1h") };
    const Run wrong = runApp(secured,
        { { QStringLiteral("APPCLACKS_PROMETHEUS_USER"), QStringLiteral("prometheus") },
            { QStringLiteral("APPCLACKS_PROMETHEUS_PASSWORD"), password + QStringLiteral("!") } });
    QCOMPARE(wrong.exitCode, 77);
    QVERIFY2(wrong.err.contains(QStringLiteral("401")) || wrong.err.contains(QStringLiteral("rejected")),
        qPrintable(wrong.err));
    QVERIFY(!wrong.err.contains(password));
    QVERIFY(!wrong.out.contains(password));

    // The right password gets through, to a server that holds no health checks: the selector is named.
    const Run empty = runApp(secured,
        { { QStringLiteral("APPCLACKS_PROMETHEUS_USER"), QStringLiteral("prometheus") },
            { QStringLiteral("APPCLACKS_PROMETHEUS_PASSWORD"), password } });
    QCOMPARE(empty.exitCode, 65);
    QVERIFY2(empty.err.contains(QStringLiteral("healthcheck_total")), qPrintable(empty.err));
    QVERIFY(!empty.err.contains(password));

    const Run badMatcher = runApp({ QStringLiteral("summary"), QStringLiteral("--prometheus"),
        m_live.baseUrl().toString(), QStringLiteral("--match"), QStringLiteral("job=simulator"),
        QStringLiteral("--last"), QStringLiteral("1h") });
    QCOMPARE(badMatcher.exitCode, 2); // a usage error, as every command gives one
    QVERIFY2(badMatcher.err.contains(QStringLiteral("matcher 1, column 5")), qPrintable(badMatcher.err));

    // A regular expression nothing accepts is refused here, where it is wrong.
    const Run badRegex
        = runApp({ QStringLiteral("summary"), QStringLiteral("--prometheus"), m_live.baseUrl().toString(),
            QStringLiteral("--match"), QStringLiteral("job=~\"(\""), QStringLiteral("--last"), QStringLiteral("1h") });
    QCOMPARE(badRegex.exitCode, 2);
    QVERIFY2(badRegex.err.contains(QStringLiteral("not a valid regular expression")), qPrintable(badRegex.err));

    // A look-ahead passes here (PCRE2 has them) but not Prometheus's RE2: the server refuses it.
    const Run refused = runApp({ QStringLiteral("summary"), QStringLiteral("--prometheus"), m_live.baseUrl().toString(),
        QStringLiteral("--match"), QStringLiteral("job=~\"(?=a)\""), QStringLiteral("--last"), QStringLiteral("1h") });
    QCOMPARE(refused.exitCode, 64); // EX_USAGE: the server refused the query
    QVERIFY2(refused.err.contains(QStringLiteral("bad_data")), qPrintable(refused.err));

    // export-chart: a check the server does not have, named; the history and a server at once.
    const QString png = m_dir.filePath(QStringLiteral("refused.png"));
    const Run unknown = runApp(QStringList { QStringLiteral("export-chart") } + server()
        + QStringList { QStringLiteral("--chart"), QStringLiteral("latency-over-time"), QStringLiteral("--check"),
            QStringLiteral("nope"), QStringLiteral("--last"), QStringLiteral("1m"), QStringLiteral("--output"), png });
    QCOMPARE(unknown.exitCode, 65);
    QVERIFY2(unknown.err.contains(QStringLiteral("nope")), qPrintable(unknown.err));
    const Run both = runApp(QStringList { QStringLiteral("export-chart"), QStringLiteral("--history") } + server()
        + QStringList { QStringLiteral("--chart"), QStringLiteral("histogram"), QStringLiteral("--output"), png });
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(QStringLiteral("not both")), qPrintable(both.err));
    QVERIFY(!QFile::exists(png));
}

// `history query --prometheus`: each step of one zone equals query_range of the same PromQL.
void TestPrometheusCli::historyQueryStepsEqualDirectPromql()
{
    const std::int64_t to = (QDateTime::currentMSecsSinceEpoch() / 1000 - 2) * 1000;
    const std::int64_t from = to - 8000;
    const Run summary = runApp({ QStringLiteral("summary"), QStringLiteral("--prometheus"), m_live.baseUrl().toString(),
        QStringLiteral("--last"), QStringLiteral("10s"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    const QString id = QJsonDocument::fromJson(summary.out.toUtf8())
                           .object()
                           .value(QLatin1String("checks"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    const Run run = runApp({ QStringLiteral("history"), QStringLiteral("query"), QStringLiteral("--prometheus"),
        m_live.baseUrl().toString(), QStringLiteral("--match"), ScrapingPrometheus::matcher(),
        QStringLiteral("--check"), id, QStringLiteral("--zone"), QStringLiteral("eu-west"), QStringLiteral("--from"),
        QString::number(from / 1000), QStringLiteral("--to"), QString::number(to / 1000), QStringLiteral("--step"),
        QStringLiteral("2s"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray points
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("points")).toArray();
    QCOMPARE(points.size(), 4);

    PromqlQueries promql({ { QStringLiteral("job"), LabelMatcher::Op::Equal, QStringLiteral("simulator") } },
        QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("zone"));
    QString error;
    const auto steps = DirectPrometheusQuery::steps(m_live.baseUrl(), promql.outcomes(2000, { id }), from + 2000, to,
        2000, { QStringLiteral("zone"), QStringLiteral("status") }, &error);
    const std::map<std::int64_t, double> successes = steps.count(QStringLiteral("eu-west/success"))
        ? steps.at(QStringLiteral("eu-west/success"))
        : std::map<std::int64_t, double>();
    for (const auto &value : points) {
        const std::int64_t end
            = QDateTime::fromString(value.toObject().value(QLatin1String("to")).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        // A step whose window held fewer than two scrapes (a slow run) has no increase there.
        QCOMPARE(value.toObject().value(QLatin1String("success")).toDouble(),
            successes.count(end) ? successes.at(end) : 0.0);
    }
}

// Through with-keyring.sh: a throw-away HOME and a private Secret Service hold the profiles.
void TestPrometheusCli::aPrometheusProfileIsAskedForItsWindow()
{
    const Run added = runApp({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--kind"),
        QStringLiteral("prometheus"), QStringLiteral("--url"), m_live.baseUrl().toString(), QStringLiteral("--match"),
        ScrapingPrometheus::matcher(), QStringLiteral("local-prometheus") });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run summary
        = runApp({ QStringLiteral("summary"), QStringLiteral("--profile"), QStringLiteral("local-prometheus"),
            QStringLiteral("--last"), QStringLiteral("10s"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("checks")).toArray().size(), 8);
    QVERIFY(json.value(QLatin1String("computed_by")).toString().contains(QStringLiteral("local-prometheus")));

    // export-chart reads it over a range too (the day by default), and its title names it.
    const QString png = m_dir.filePath(QStringLiteral("profile-zones.png"));
    const Run drawn
        = runApp({ QStringLiteral("export-chart"), QStringLiteral("--profile"), QStringLiteral("local-prometheus"),
            QStringLiteral("--chart"), QStringLiteral("zones"), QStringLiteral("--output"), png });
    QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
    QVERIFY2(drawn.out.contains(QStringLiteral("last 24 hours — PromQL on Prometheus 2."))
            && drawn.out.contains(QStringLiteral("local-prometheus")),
        qPrintable(drawn.out));
    QVERIFY(!QImage(png).isNull());

    // Without a window there is nothing to scrape: said, not attempted.
    const Run scraped
        = runApp({ QStringLiteral("summary"), QStringLiteral("--profile"), QStringLiteral("local-prometheus") });
    QCOMPARE(scraped.exitCode, 64);
    QVERIFY2(scraped.err.contains(QStringLiteral("not scraped")), qPrintable(scraped.err));

    // A wrong password kept in the keychain: rejected, and never printed.
    QProcess add;
    add.start(QStringLiteral(APPCLACKS_EXECUTABLE),
        { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("prometheus"),
            QStringLiteral("--url"), m_secured.baseUrl().toString(), QStringLiteral("--auth"), QStringLiteral("basic"),
            QStringLiteral("--user"), QStringLiteral("prometheus"), QStringLiteral("--token-stdin"),
            QStringLiteral("secured") });
    QVERIFY(add.waitForStarted());
    add.write((password + QStringLiteral("!\n")).toUtf8());
    add.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&add] { return add.state() == QProcess::NotRunning; }, 60000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
    const Run rejected = runApp({ QStringLiteral("summary"), QStringLiteral("--profile"), QStringLiteral("secured"),
        QStringLiteral("--last"), QStringLiteral("1h") });
    QCOMPARE(rejected.exitCode, 77);
    QVERIFY(!rejected.err.contains(password));
}

// `export-chart --prometheus`: the success and failure chart of a check over a fixed window shows
// each zone's success share as `summary --prometheus` gives it for the same window, and the title
// says that PromQL on that server computed it.
void TestPrometheusCli::exportChartDrawsTheServersFigures()
{
    const std::int64_t to = (QDateTime::currentMSecsSinceEpoch() / 1000 - 2) * 1000;
    const QStringList window { QStringLiteral("--from"), QString::number(to / 1000 - 6), QStringLiteral("--to"),
        QString::number(to / 1000) };
    const Run summary = runApp(QStringList { QStringLiteral("summary") } + server() + window
        + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    // The check with the most failures, whose zones' shares are neither 0 nor 100 %.
    QJsonObject worst;
    double mostFailures = -1;
    for (const auto &value :
        QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QLatin1String("checks")).toArray()) {
        double failures = 0;
        for (const auto &zone : value.toObject().value(QLatin1String("zones")).toArray()) {
            failures += zone.toObject().value(QLatin1String("failure")).toDouble();
        }
        if (failures > mostFailures) {
            mostFailures = failures;
            worst = value.toObject();
        }
    }
    QVERIFY(mostFailures > 0);

    const QString svg = m_dir.filePath(QStringLiteral("counters.svg"));
    const Run drawn = runApp(QStringList { QStringLiteral("export-chart") } + server() + window
        + QStringList { QStringLiteral("--chart"), QStringLiteral("counters"), QStringLiteral("--check"),
            worst.value(QLatin1String("id")).toString(), QStringLiteral("--output"), svg });
    QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
    QVERIFY2(drawn.out.contains(QStringLiteral("PromQL on Prometheus 2.")), qPrintable(drawn.out));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString drawing = QString::fromUtf8(file.readAll());
    int shares = 0;
    for (const auto &value : worst.value(QLatin1String("zones")).toArray()) {
        const QJsonObject zone = value.toObject();
        const double success = zone.value(QLatin1String("success")).toDouble();
        const double failure = zone.value(QLatin1String("failure")).toDouble();
        if (success + failure <= 0) {
            continue;
        }
        const QString share = QString::number(100 * success / (success + failure), 'f', 1) + QLatin1Char('%');
        QVERIFY2(drawing.contains(QLatin1Char('>') + share + QLatin1Char('<')),
            qPrintable(zone.value(QLatin1String("zone")).toString() + QStringLiteral(": ") + share));
        ++shares;
    }
    QVERIFY(shares > 0);
}

// `history import --prometheus`: a minute of the server copied into a new history holds as many
// samples as the server has in that minute, and `summary --history` then reads it offline.
void TestPrometheusCli::historyImportCopiesTheServersSamples()
{
    const std::int64_t to = (QDateTime::currentMSecsSinceEpoch() / 1000 - 2) * 1000;
    const std::int64_t from = to - 6000;
    const QString history = m_dir.filePath(QStringLiteral("copied.sqlite"));
    const Run copied = runApp(QStringList { QStringLiteral("history"), QStringLiteral("import") } + server()
        + QStringList { QStringLiteral("--from"), QString::number(from / 1000), QStringLiteral("--to"),
            QString::number(to / 1000), QStringLiteral("--source"), QStringLiteral("offline"),
            QStringLiteral("--history-file"), history });
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    const QRegularExpressionMatch said
        = QRegularExpression(QStringLiteral("Copied (\\d+) samples of (\\d+) series from .* into source offline"))
              .match(copied.err);
    QVERIFY2(said.hasMatch(), qPrintable(copied.err));

    // The server's own count of those samples: (from, to] is [to - 5.999 s, to] to the millisecond.
    // count_over_time drops the metric's name: one sum per metric, added.
    QStringList sums;
    for (const char *metric : { "healthcheck_total", "healthcheck_duration_seconds_bucket",
             "healthcheck_duration_seconds_sum", "healthcheck_duration_seconds_count" }) {
        sums << QStringLiteral("sum(count_over_time(%1{%2}[5999ms]))")
                    .arg(QLatin1String(metric), ScrapingPrometheus::matcher());
    }
    QString error;
    const auto counted
        = DirectPrometheusQuery::values(m_live.baseUrl(), sums.join(QStringLiteral(" + ")), to, {}, &error);
    QVERIFY2(counted.size() == 1, qPrintable(error));
    QCOMPARE(said.captured(1).toDouble(), counted.begin()->second);

    const Run info = runApp({ QStringLiteral("history"), QStringLiteral("info"), QStringLiteral("--history-file"),
        history, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY2(info.out.contains(QStringLiteral("\"offline\"")), qPrintable(info.out));
    const Run offline = runApp({ QStringLiteral("summary"), QStringLiteral("--history"),
        QStringLiteral("--history-file"), history, QStringLiteral("--source"), QStringLiteral("offline"),
        QStringLiteral("--from"), QString::number(from / 1000), QStringLiteral("--to"), QString::number(to / 1000),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
    QCOMPARE(QJsonDocument::fromJson(offline.out.toUtf8()).object().value(QLatin1String("checks")).toArray().size(), 8);
}

void TestPrometheusCli::exportChartDrawsEveryChartFromTheServer_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("title");
    QTest::newRow("histogram") << QStringList { QStringLiteral("--chart"), QStringLiteral("histogram") }
                               << QStringLiteral("— latency, last 2 minutes — PromQL on Prometheus 2.");
    QTest::newRow("overview") << QStringList { QStringLiteral("--chart"), QStringLiteral("overview") }
                              << QStringLiteral("PromQL on Prometheus 2.");
    QTest::newRow("latency over time") << QStringList {
        QStringLiteral("--chart"), QStringLiteral("latency-over-time"), QStringLiteral("--check"),
        QStringLiteral("api-gateway")
    } << QStringLiteral("api-gateway — latency over time, last 2 minutes — PromQL on Prometheus 2.");
    QTest::newRow("outcomes over time") << QStringList { QStringLiteral("--chart"),
        QStringLiteral("outcomes-over-time") }
                                        << QStringLiteral("failures and success ratio over time");
    QTest::newRow("timeline") << QStringList { QStringLiteral("--chart"), QStringLiteral("timeline") }
                              << QStringLiteral("state per zone over time");
    QTest::newRow("uptime") << QStringList { QStringLiteral("--chart"), QStringLiteral("uptime") }
                            << QStringLiteral("Uptime over 24 hours, 7 days and 30 days — PromQL on Prometheus 2.");
}

void TestPrometheusCli::exportChartDrawsEveryChartFromTheServer()
{
    QFETCH(QStringList, options);
    QFETCH(QString, title);
    const QString png = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
    const Run drawn = runApp(QStringList { QStringLiteral("export-chart") } + server() + options
        + QStringList { QStringLiteral("--last"), QStringLiteral("2m"), QStringLiteral("--output"), png,
            QStringLiteral("--size"), QStringLiteral("900x500") });
    QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
    QVERIFY2(drawn.out.contains(title), qPrintable(drawn.out));
    QCOMPARE(QImage(png).size(), QSize(900, 500));
}

QTEST_GUILESS_MAIN(TestPrometheusCli)
#include "tst_prometheus_cli.moc"
