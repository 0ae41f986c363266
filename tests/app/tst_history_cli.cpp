// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The history through the real executable: a generated week imported and exported again (and
// accepted by Prometheus's own promtool), windowed figures checked against a computation written
// here, collect killed with SIGKILL many times, two collectors on one file.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <map>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(APPCLACKS_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

// A series as OpenMetrics names it, with its samples in time order.
using SeriesSamples = std::map<QString, std::vector<std::pair<qint64, QString>>>;

// Reads OpenMetrics backfill text into series → samples (values kept as text: exact).
SeriesSamples readSamples(const QByteArray &text)
{
    SeriesSamples series;
    static const QRegularExpression line(QStringLiteral("^(\\S+\\}|\\S+) (\\S+) (\\S+)$"));
    for (const QByteArray &raw : text.split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#')) {
            continue;
        }
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch()) {
            continue;
        }
        // Labels sorted, so that two writers' label orders compare equal.
        QString name = match.captured(1);
        if (const qsizetype brace = name.indexOf(QLatin1Char('{')); brace >= 0) {
            QStringList labels = name.mid(brace + 1, name.size() - brace - 2).split(QStringLiteral("\","));
            labels.sort();
            name = name.left(brace) + QLatin1Char('{') + labels.join(QStringLiteral("\",")) + QLatin1Char('}');
        }
        const double seconds = match.captured(3).toDouble();
        series[name].emplace_back(qint64(std::llround(seconds * 1000)), match.captured(2));
    }
    return series;
}

// One check × zone of the generated week.
struct GeneratedPair
{
    QString id;
    QString name;
    QString zone;
    // Per scrape time: the counters, or nothing during an outage of the scrape.
    std::vector<qint64> times;
    std::vector<std::vector<double>> buckets; // [scrape][bucket], cumulative
    std::vector<double> sums;
    std::vector<double> counts;
    std::vector<double> successes;
    std::vector<std::optional<double>> failures; // created at the first failure
};

const std::vector<QString> bounds { QStringLiteral("0.005"), QStringLiteral("0.01"), QStringLiteral("0.025"),
    QStringLiteral("0.05"), QStringLiteral("0.1"), QStringLiteral("0.25"), QStringLiteral("0.5"), QStringLiteral("1"),
    QStringLiteral("2.5"), QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("+Inf") };

// A week at five minutes of 2 checks × 2 zones: observations of 0 to 2 a scrape, failures in an
// incident (the failure counter appearing then), a prober restart (every counter back to zero)
// and an hour without scrapes.
std::vector<GeneratedPair> generateWeek(qint64 start)
{
    QRandomGenerator random(2026);
    std::vector<GeneratedPair> pairs;
    for (const QString &check : { QStringLiteral("api"), QStringLiteral("db") }) {
        for (const QString &zone : { QStringLiteral("eu-west"), QStringLiteral("us-east") }) {
            GeneratedPair pair;
            pair.id = check + QStringLiteral("-id");
            pair.name = check;
            pair.zone = zone;
            std::vector<double> buckets(bounds.size(), 0);
            double sum = 0;
            double count = 0;
            double success = 0;
            std::optional<double> failure;
            for (int step = 0; step < 7 * 24 * 12; ++step) {
                const qint64 time = start + qint64(step) * 300000 + random.bounded(0, 50);
                if (step >= 1000 && step < 1012) {
                    continue; // an hour without scrapes
                }
                if (check == QLatin1String("db") && step == 1500) {
                    std::fill(buckets.begin(), buckets.end(), 0); // the prober restarted
                    sum = count = success = 0;
                    failure.reset();
                }
                for (int observation = random.bounded(3); observation > 0; --observation) {
                    const double latency = std::round(random.generateDouble() * random.generateDouble() * 3e9) / 1e9;
                    for (std::size_t b = 0; b < bounds.size(); ++b) {
                        if (b == bounds.size() - 1 || latency <= bounds[b].toDouble()) {
                            buckets[b] += 1;
                        }
                    }
                    sum += latency;
                    count += 1;
                    const bool incident = zone == QLatin1String("us-east") && step > 600 && step < 700;
                    if (incident && random.bounded(3) == 0) {
                        failure = failure.value_or(0) + 1;
                    } else {
                        success += 1;
                    }
                }
                pair.times.push_back(time);
                pair.buckets.push_back(buckets);
                pair.sums.push_back(sum);
                pair.counts.push_back(count);
                pair.successes.push_back(success);
                pair.failures.push_back(failure);
            }
            pairs.push_back(pair);
        }
    }
    return pairs;
}

QByteArray toBackfill(const std::vector<GeneratedPair> &pairs)
{
    // Series by series, each in time order: the order promtool's input documents.
    QByteArray out = "# TYPE healthcheck_duration_seconds histogram\n";
    const auto timestamp = [](qint64 ms) -> QByteArray {
        return QByteArray::number(ms / 1000) + '.' + QByteArray::number(ms % 1000).rightJustified(3, '0');
    };
    const auto number = [](double value) -> QByteArray { return QByteArray::number(value, 'g', 17); };
    for (const GeneratedPair &pair : pairs) {
        const QByteArray labels
            = "id=\"" + pair.id.toUtf8() + "\",name=\"" + pair.name.toUtf8() + "\",zone=\"" + pair.zone.toUtf8() + "\"";
        for (std::size_t b = 0; b < bounds.size(); ++b) {
            for (std::size_t i = 0; i < pair.times.size(); ++i) {
                out += "healthcheck_duration_seconds_bucket{" + labels + ",le=\"" + bounds[b].toUtf8() + "\"} "
                    + number(pair.buckets[i][b]) + ' ' + timestamp(pair.times[i]) + '\n';
            }
        }
        for (std::size_t i = 0; i < pair.times.size(); ++i) {
            out += "healthcheck_duration_seconds_sum{" + labels + "} " + number(pair.sums[i]) + ' '
                + timestamp(pair.times[i]) + '\n';
        }
        for (std::size_t i = 0; i < pair.times.size(); ++i) {
            out += "healthcheck_duration_seconds_count{" + labels + "} " + number(pair.counts[i]) + ' '
                + timestamp(pair.times[i]) + '\n';
        }
    }
    out += "# TYPE healthcheck counter\n";
    for (const GeneratedPair &pair : pairs) {
        const QByteArray labels
            = "id=\"" + pair.id.toUtf8() + "\",name=\"" + pair.name.toUtf8() + "\",zone=\"" + pair.zone.toUtf8() + "\"";
        for (std::size_t i = 0; i < pair.times.size(); ++i) {
            out += "healthcheck_total{" + labels + ",status=\"success\"} " + number(pair.successes[i]) + ' '
                + timestamp(pair.times[i]) + '\n';
        }
        for (std::size_t i = 0; i < pair.times.size(); ++i) {
            if (pair.failures[i]) {
                out += "healthcheck_total{" + labels + ",status=\"failure\"} " + number(*pair.failures[i]) + ' '
                    + timestamp(pair.times[i]) + '\n';
            }
        }
    }
    return out + "# EOF\n";
}

// The window rule, computed from the generated counters directly: increases of the samples in
// (from, to] after the last sample at or before `from`; a value lower than the one before counts
// in full; a series whose first sample comes after its pair's first counts from zero.
double expectedIncrease(
    const std::vector<qint64> &times, const std::vector<std::optional<double>> &values, qint64 from, qint64 to)
{
    double total = 0;
    std::optional<double> previous;
    bool seenAny = false;
    for (std::size_t i = 0; i < times.size(); ++i) {
        const std::optional<double> value = values[i];
        if (times[i] <= from) {
            previous = value;
            seenAny = true;
            continue;
        }
        if (times[i] > to) {
            break;
        }
        if (!seenAny) {
            seenAny = true; // no sample before the window: the first in it is the baseline,
            previous = value; // unless the series was absent there (then it counts from zero later)
            continue;
        }
        if (value) {
            total += !previous ? *value : *value < *previous ? *value : *value - *previous;
        }
        previous = value;
    }
    return total;
}

qint64 storedScrapes(const QString &historyFile)
{
    const Run info = runApp({ QStringLiteral("history"), QStringLiteral("info"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--history-file"), historyFile });
    const QJsonArray sources
        = QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("sources")).toArray();
    return sources.isEmpty() ? 0 : sources.first().toObject().value(QStringLiteral("scrapes")).toInteger();
}

QString integrityOf(const QString &historyFile)
{
    const QString connection = QStringLiteral("integrity");
    QString result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(historyFile);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (database.open()) {
            QSqlQuery query(database);
            result = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                          : query.lastError().text();
        } else {
            result = database.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

class TestHistoryCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const qint64 m_start = 1764547200000; // 2025-12-01T00:00:00Z
    std::vector<GeneratedPair> m_week;
    QString m_history;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_week = generateWeek(m_start);
        QFile file(m_dir.filePath(QStringLiteral("week.om")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toBackfill(m_week));
        file.close();
        m_history = m_dir.filePath(QStringLiteral("history.sqlite"));
        const Run imported = runApp({ QStringLiteral("history"), QStringLiteral("import"), file.fileName(),
            QStringLiteral("--history-file"), m_history });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("source week")), qPrintable(imported.err));
    }

    void importThenExportIsLosslessAndPromtoolAcceptsIt()
    {
        const Run exported = runApp({ QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("openmetrics"), QStringLiteral("--history-file"), m_history });
        QCOMPARE(exported.exitCode, 0);
        QFile original(m_dir.filePath(QStringLiteral("week.om")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const SeriesSamples expected = readSamples(original.readAll());
        const SeriesSamples actual = readSamples(exported.out.toUtf8());
        QCOMPARE(actual.size(), expected.size());
        qint64 samples = 0;
        for (const auto &[series, values] : expected) {
            const auto found = actual.find(series);
            QVERIFY2(found != actual.end(), qPrintable(series));
            QCOMPARE(found->second.size(), values.size());
            for (std::size_t i = 0; i < values.size(); ++i) {
                QCOMPARE(found->second[i].first, values[i].first);
                // Text may differ ("1e+01" vs "10"); the numbers may not, bit for bit.
                QCOMPARE(found->second[i].second.toDouble(), values[i].second.toDouble());
            }
            samples += qint64(values.size());
        }
        QVERIFY(samples > 100000);

        QFile exportFile(m_dir.filePath(QStringLiteral("export.om")));
        QVERIFY(exportFile.open(QIODevice::WriteOnly));
        exportFile.write(exported.out.toUtf8());
        exportFile.close();
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool is in scripts/debian-packages.txt (Debian's prometheus package)");
        QProcess process;
        process.start(promtool,
            { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                exportFile.fileName(), m_dir.filePath(QStringLiteral("blocks")) });
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        // promtool's table: one block per two hours, NUM SAMPLES in the fifth column.
        const QByteArray report = process.readAllStandardOutput();
        qint64 counted = 0;
        for (const QByteArray &line : report.split('\n')) {
            const QList<QByteArray> columns = line.simplified().split(' ');
            if (columns.size() >= 8 && columns[0] != "BLOCK") {
                counted += columns[4].toLongLong();
            }
        }
        QCOMPARE(counted, samples); // promtool took every one of them
    }

    void windowFiguresMatchAComputationFromTheCounters_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const qint64 day = 24 * 3600 * 1000;
        QTest::newRow("the whole week") << m_start - 1 << m_start + 7 * day;
        QTest::newRow("the incident") << m_start + 550 * 300000 << m_start + 750 * 300000;
        QTest::newRow("across the restart") << m_start + 1400 * 300000 + 17 << m_start + 1600 * 300000 + 17;
        QTest::newRow("across the gap") << m_start + 990 * 300000 << m_start + 1020 * 300000;
        QTest::newRow("one day, edges on samples") << m_start + 288 * 300000 << m_start + 576 * 300000;
    }

    void windowFiguresMatchAComputationFromTheCounters()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const Run summary = runApp({ QStringLiteral("summary"), QStringLiteral("--history"), QStringLiteral("--from"),
            QString::number(double(from) / 1000, 'f', 3), QStringLiteral("--to"),
            QString::number(double(to) / 1000, 'f', 3), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--history-file"), m_history });
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
        const QJsonArray checks
            = QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QStringLiteral("checks")).toArray();
        int compared = 0;
        for (const GeneratedPair &pair : m_week) {
            std::vector<std::optional<double>> successes(pair.successes.begin(), pair.successes.end());
            std::vector<std::optional<double>> counts(pair.counts.begin(), pair.counts.end());
            const double success = expectedIncrease(pair.times, successes, from, to);
            const double failure = expectedIncrease(pair.times, pair.failures, from, to);
            const double count = expectedIncrease(pair.times, counts, from, to);
            QCOMPARE(success + failure, count); // the generated data's own invariant
            for (const auto &check : checks) {
                if (check[QStringLiteral("id")].toString() != pair.id) {
                    continue;
                }
                for (const auto &zone : check[QStringLiteral("zones")].toArray()) {
                    if (zone[QStringLiteral("zone")].toString() != pair.zone) {
                        continue;
                    }
                    QCOMPARE(zone[QStringLiteral("success")].toDouble(), success);
                    QCOMPARE(zone[QStringLiteral("failure")].toDouble(), failure);
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, int(m_week.size()));
    }

    void stepsAddUpToTheirWindow()
    {
        const qint64 from = m_start + 200 * 300000;
        const qint64 to = from + 24 * 3600 * 1000;
        const QStringList window { QStringLiteral("--from"), QString::number(from / 1000), QStringLiteral("--to"),
            QString::number(to / 1000), QStringLiteral("--history-file"), m_history };
        const Run query = runApp(
            QStringList { QStringLiteral("history"), QStringLiteral("query"), QStringLiteral("--check"),
                QStringLiteral("db"), QStringLiteral("--zone"), QStringLiteral("us-east"), QStringLiteral("--step"),
                QStringLiteral("1h"), QStringLiteral("--format"), QStringLiteral("json") }
            + window);
        QVERIFY2(query.exitCode == 0, qPrintable(query.err));
        const QJsonObject result = QJsonDocument::fromJson(query.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("step_seconds")).toDouble(), 3600.0);
        const QJsonArray points = result.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 24);
        double success = 0;
        for (const auto &point : points) {
            success += point[QStringLiteral("success")].toDouble();
        }
        const GeneratedPair &pair = m_week[3]; // db / us-east
        QCOMPARE(pair.name + pair.zone, QStringLiteral("dbus-east"));
        std::vector<std::optional<double>> successes(pair.successes.begin(), pair.successes.end());
        QCOMPARE(success, expectedIncrease(pair.times, successes, from, to));
        // By name or id, and CSV has the same rows.
        const Run csv = runApp(QStringList { QStringLiteral("history"), QStringLiteral("query"),
                                   QStringLiteral("--check"), QStringLiteral("db-id"), QStringLiteral("--step"),
                                   QStringLiteral("1h"), QStringLiteral("--format"), QStringLiteral("csv") }
            + window);
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 25);
        QVERIFY(csv.out.startsWith(QStringLiteral("from,to,success,failure,success_ratio,p50_seconds")));
    }

    void badRequestsSayWhatIsWrong()
    {
        const Run noFile = runApp({ QStringLiteral("history"), QStringLiteral("info"), QStringLiteral("--history-file"),
            m_dir.filePath(QStringLiteral("absent.sqlite")) });
        QCOMPARE(noFile.exitCode, 74);
        QVERIFY2(noFile.err.contains(QStringLiteral("no history there yet")), qPrintable(noFile.err));
        QFile notOurs(m_dir.filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(notOurs.open(QIODevice::WriteOnly));
        notOurs.write("shopping list\n");
        notOurs.close();
        const Run foreign = runApp({ QStringLiteral("summary"), QStringLiteral("--history"), QStringLiteral("--last"),
            QStringLiteral("1h"), QStringLiteral("--history-file"), notOurs.fileName() });
        QCOMPARE(foreign.exitCode, 65);
        QVERIFY2(foreign.err.contains(QStringLiteral("not a history file")), qPrintable(foreign.err));
        QVERIFY(QFile::exists(notOurs.fileName())); // a reader never moves anything
        const Run noCheck = runApp({ QStringLiteral("history"), QStringLiteral("query"), QStringLiteral("--check"),
            QStringLiteral("nope"), QStringLiteral("--last"), QStringLiteral("1h"), QStringLiteral("--step"),
            QStringLiteral("1m"), QStringLiteral("--history-file"), m_history });
        QCOMPARE(noCheck.exitCode, 65);
        QVERIFY2(noCheck.err.contains(QStringLiteral("no check nope")), qPrintable(noCheck.err));
        const Run badWindow = runApp({ QStringLiteral("summary"), QStringLiteral("--history"), QStringLiteral("--last"),
            QStringLiteral("soon"), QStringLiteral("--history-file"), m_history });
        QCOMPARE(badWindow.exitCode, 2);
        QVERIFY2(badWindow.err.contains(QStringLiteral("--last")), qPrintable(badWindow.err));
    }

    void collectSurvivesKillNine()
    {
        const QString history = m_dir.filePath(QStringLiteral("collected.sqlite"));
        QRandomGenerator random(9);
        qint64 stored = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess collect;
            collect.start(QStringLiteral(APPCLACKS_EXECUTABLE),
                { QStringLiteral("collect"), QStringLiteral("--demo"), QStringLiteral("--every"), QStringLiteral("1"),
                    QStringLiteral("--history-file"), history });
            QVERIFY(collect.waitForStarted());
            // Killed at a random moment: while scraping, while writing, between the two.
            QTimer moment;
            moment.setSingleShot(true);
            QSignalSpy reached(&moment, &QTimer::timeout);
            moment.start(1500 + random.bounded(2500));
            QVERIFY(reached.wait(10000));
            const qint64 printed = collect.readAllStandardOutput().count('\n');
            QVERIFY2(printed > 0, "collect prints a line a scrape, unbuffered");
            ::kill(pid_t(collect.processId()), SIGKILL);
            QVERIFY(collect.waitForFinished());
            QCOMPARE(integrityOf(history), QStringLiteral("ok"));
            const qint64 now = storedScrapes(history);
            // Every scrape is committed right after it is taken: at most the one in flight is lost.
            QVERIFY2(now >= stored + printed - 1,
                qPrintable(QStringLiteral("round %1: %2 stored, %3 before, %4 printed")
                               .arg(round)
                               .arg(now)
                               .arg(stored)
                               .arg(printed)));
            stored = now;
        }
        QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("collected.sqlite.unreadable-*") }).isEmpty());

        // SIGTERM: everything printed is committed, exit 0.
        QProcess collect;
        collect.start(QStringLiteral(APPCLACKS_EXECUTABLE),
            { QStringLiteral("collect"), QStringLiteral("--demo"), QStringLiteral("--every"), QStringLiteral("1"),
                QStringLiteral("--history-file"), history });
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(storedScrapes(history) >= stored + 2, 20000);
        collect.terminate();
        QVERIFY(collect.waitForFinished(20000));
        QCOMPARE(collect.exitStatus(), QProcess::NormalExit);
        QCOMPARE(collect.exitCode(), 0);
        QVERIFY(storedScrapes(history) >= stored + 2);
        QCOMPARE(integrityOf(history), QStringLiteral("ok"));
    }

    void aSecondCollectorRefusesToWriteTwice()
    {
        const QString history = m_dir.filePath(QStringLiteral("shared.sqlite"));
        QProcess first;
        first.start(QStringLiteral(APPCLACKS_EXECUTABLE),
            { QStringLiteral("collect"), QStringLiteral("--demo"), QStringLiteral("--every"), QStringLiteral("1"),
                QStringLiteral("--history-file"), history });
        QTRY_VERIFY_WITH_TIMEOUT(storedScrapes(history) >= 1, 20000);
        const Run second = runApp({ QStringLiteral("collect"), QStringLiteral("--demo"), QStringLiteral("--every"),
                                      QStringLiteral("1"), QStringLiteral("--history-file"), history },
            20000);
        QCOMPARE(second.exitCode, 69);
        QVERIFY2(second.err.contains(QStringLiteral("only reads")), qPrintable(second.err));
        first.terminate();
        QVERIFY(first.waitForFinished(20000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(integrityOf(history), QStringLiteral("ok"));
    }

    void theDemosDayIsATemporaryHistory()
    {
        // Where the user's history would go: nothing may appear there.
        const QString data = m_dir.filePath(QStringLiteral("xdg-data"));
        const QByteArray savedData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(data));
        const auto restore = qScopeGuard(
            [&savedData] { savedData.isNull() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", savedData); });

        const Run info = runApp({ QStringLiteral("history"), QStringLiteral("info"), QStringLiteral("--demo"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
        const QJsonArray sources = root.value(QLatin1String("sources")).toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject demo = sources.at(0).toObject();
        QCOMPARE(demo.value(QLatin1String("name")).toString(), QStringLiteral("demo"));
        QCOMPARE(demo.value(QLatin1String("scrapes")).toInt(), 2881);
        QCOMPARE(demo.value(QLatin1String("samples")).toInteger(), root.value(QLatin1String("samples")).toInteger());
        QVERIFY(demo.value(QLatin1String("samples")).toInteger() > 1000000);
        const qint64 first = QDateTime::fromString(demo.value(QLatin1String("first")).toString(), Qt::ISODateWithMs)
                                 .toMSecsSinceEpoch();
        const qint64 last = QDateTime::fromString(demo.value(QLatin1String("last")).toString(), Qt::ISODateWithMs)
                                .toMSecsSinceEpoch();
        QCOMPARE(last - first, qint64(24 * 3600 * 1000));
        QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - last) < 120000); // the day ends now
        // The file was temporary, and the user's folder never saw one.
        const QString file = root.value(QLatin1String("file")).toString();
        QVERIFY(!file.isEmpty());
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/com.appclacks/Desktop/history.sqlite")));
        QVERIFY(!QDir(data).exists() || QDir(data).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

        // The summary of the day: the global outage of auth-service counts in every zone.
        const Run summary = runApp({ QStringLiteral("summary"), QStringLiteral("--demo"), QStringLiteral("--history"),
            QStringLiteral("--last"), QStringLiteral("24h"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
        const QJsonArray checks
            = QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 8);
        std::map<QString, QJsonObject> byName;
        for (const auto &check : checks) {
            byName[check.toObject().value(QLatin1String("name")).toString()] = check.toObject();
        }
        const QJsonArray authZones = byName[QStringLiteral("auth-service")].value(QLatin1String("zones")).toArray();
        QCOMPARE(authZones.size(), 3);
        for (const auto &zone : authZones) {
            QCOMPARE(zone.toObject().value(QLatin1String("failure")).toDouble(), 40.0); // 20 min at 30 s
            QCOMPARE(zone.toObject().value(QLatin1String("success")).toDouble()
                    + zone.toObject().value(QLatin1String("failure")).toDouble(),
                2880.0);
        }
        QCOMPARE(byName[QStringLiteral("api-gateway")]
                     .value(QLatin1String("total"))
                     .toObject()
                     .value(QLatin1String("failure"))
                     .toDouble(),
            0.0);

        // Step by step, the outage is in one hour of the day.
        const Run query = runApp({ QStringLiteral("history"), QStringLiteral("query"), QStringLiteral("--demo"),
            QStringLiteral("--check"), QStringLiteral("auth-service"), QStringLiteral("--last"), QStringLiteral("24h"),
            QStringLiteral("--step"), QStringLiteral("1h"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(query.exitCode == 0, qPrintable(query.err));
        const QJsonArray points
            = QJsonDocument::fromJson(query.out.toUtf8()).object().value(QLatin1String("points")).toArray();
        QCOMPARE(points.size(), 24);
        int failingHours = 0;
        for (const auto &point : points) {
            const double failure = point.toObject().value(QLatin1String("failure")).toDouble();
            QVERIFY(failure == 0 || failure == 120);
            failingHours += failure > 0 ? 1 : 0;
        }
        QCOMPARE(failingHours, 1);

        // The demo's history is the demo's: not a file of the user's choosing.
        const Run both = runApp({ QStringLiteral("history"), QStringLiteral("info"), QStringLiteral("--demo"),
            QStringLiteral("--history-file"), m_history });
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QStringLiteral("--history-file")), qPrintable(both.err));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_history_cli.moc"
