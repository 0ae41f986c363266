// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/health/failurewatch.h"
#include "core/profiles/profilestore.h"
#include "core/settings/appsettings.h"
#include "core/sources/snapshotloader.h"
#include "core/sources/sourcespec.h"
#include "core/util/exitcode.h"
#include "simulator/demolauncher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace appclacks::core;

namespace {

const QString dataDir = QStringLiteral(APPCLACKS_TEST_DATA_DIR);

// The SOURCE options as every command parses them.
std::optional<SourceSpec> parsed(const QStringList &arguments, bool required, QString *error)
{
    QCommandLineParser parser;
    parser.addOptions(SourceSpec::commandLineOptions());
    if (!parser.parse(QStringList { QStringLiteral("appclacks-desktop") } + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    return SourceSpec::fromCommandLine(parser, required, error);
}

std::shared_ptr<const HealthSnapshot> counters(const QByteArray &text)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.prom"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    return SnapshotLoader::loadBlocking(SourceSpec::file(path), {}, nullptr).built.latest;
}

QByteArray failures(const char *check, int count)
{
    return QByteArray("healthcheck_total{name=\"") + check + "\",status=\"success\"} 10\n" + "healthcheck_total{name=\""
        + check + "\",status=\"failure\"} " + QByteArray::number(count) + "\n";
}

} // namespace

class TestSources final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void specsSurviveSettings_data()
    {
        QTest::addColumn<SourceSpec>("spec");
        SourceSpec url = SourceSpec::fromUrl(QUrl(QStringLiteral("https://probe.example:9013/metrics")));
        url.caFile = QStringLiteral("/etc/ssl/ca.pem");
        SourceSpec profile = SourceSpec::fromProfile(QStringLiteral("production"));
        profile.zoneLabel = QStringLiteral("region");
        QTest::newRow("demo") << SourceSpec::demo(42);
        QTest::newRow("file") << SourceSpec::file(QStringLiteral("/tmp/fleet.prom"));
        QTest::newRow("url") << url;
        QTest::newRow("profile") << profile;
    }

    void specsSurviveSettings()
    {
        QFETCH(SourceSpec, spec);
        QCOMPARE(SourceSpec::fromVariant(spec.toVariant()), spec);
        AppSettings settings;
        settings.setLastSource(spec);
        QCOMPARE(AppSettings().lastSource(), spec);
    }

    void noSecretIsEverSaved()
    {
        const SourceSpec url = SourceSpec::fromUrl(QUrl(QStringLiteral("https://org:s3cr3t@probe.example/metrics")));
        const QVariantMap saved = url.toVariant();
        QVERIFY(!saved.value(QStringLiteral("url")).toString().contains(QLatin1String("s3cr3t")));
        // Standard input cannot be opened again: the last good choice is kept.
        AppSettings settings;
        settings.setLastSource(SourceSpec::demo(5));
        settings.setLastSource(SourceSpec::file(QStringLiteral("-")));
        QCOMPARE(AppSettings().lastSource(), SourceSpec::demo(5));
    }

    void commandLineNamesOneSource()
    {
        QString error;
        const auto demo
            = parsed({ QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("9") }, true, &error);
        QVERIFY2(demo, qPrintable(error));
        QCOMPARE(demo->kind, SourceKind::Demo);
        QCOMPARE(demo->seed, std::uint64_t(9));

        const auto url = parsed({ QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9013/metrics"),
                                    QStringLiteral("--timeout"), QStringLiteral("0.5") },
            true, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->timeoutMs, 500);

        const auto file = parsed({ QStringLiteral("--file"), QStringLiteral("x.prom"), QStringLiteral("--max-bytes"),
                                     QStringLiteral("1000") },
            true, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->maxBytes, qint64(1000));

        QVERIFY(!parsed({}, true, &error));
        QVERIFY(error.contains(QLatin1String("exactly one source")));
        QVERIFY(parsed({}, false, &error)); // the window may open on nothing
        QVERIFY(!parsed({ QStringLiteral("--demo"), QStringLiteral("--file"), QStringLiteral("x") }, true, &error));
        QVERIFY(
            !parsed({ QStringLiteral("--demo"), QStringLiteral("--ca-file"), QStringLiteral("x.pem") }, true, &error));
        QVERIFY(error.contains(QLatin1String("--ca-file")));
        QVERIFY(
            !parsed({ QStringLiteral("--demo"), QStringLiteral("--max-bytes"), QStringLiteral("10") }, true, &error));
        QVERIFY(!parsed({ QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("-1") }, true, &error));
        QVERIFY(
            !parsed({ QStringLiteral("--url"), QStringLiteral("x"), QStringLiteral("--timeout"), QStringLiteral("0") },
                true, &error));
    }

    void fileLoadsCompleteThroughTheOneRoad()
    {
        Resolution resolution;
        const LoadResult result = SnapshotLoader::loadBlocking(
            SourceSpec::file(dataDir + QStringLiteral("/corpus/cabourotte_style.prom")), {}, &resolution);
        QVERIFY(resolution.source);
        QCOMPARE(resolution.source->name, QStringLiteral("cabourotte_style.prom"));
        QVERIFY(result.ok());
        QCOMPARE(result.exitCode(), int(ExitOk));
        QCOMPARE(result.built.latest->source, QStringLiteral("cabourotte_style.prom"));
        QCOMPARE(result.built.displayed, result.built.latest); // no window: the counters as they stand
        QCOMPARE(result.built.latest->failingChecks, 1);
        QVERIFY(result.metadata.bytes > 0);
    }

    // Issue 13: a file without health-check metrics is refused like an empty 200.
    void fileWithoutHealthMetricsIsRefused()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("up.prom"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# TYPE up gauge\nup 1\n");
        file.close();
        const LoadResult refused = SnapshotLoader::loadBlocking(SourceSpec::file(path), {}, nullptr);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.metadata.error, ScrapeError::NotMetrics);
        QCOMPARE(refused.exitCode(), int(ExitDataError));
        QVERIFY2(
            refused.metadata.message.startsWith(path + QStringLiteral(": ")), qPrintable(refused.metadata.message));
        QVERIFY2(refused.metadata.message.contains(
                     QLatin1String("has no health-check metrics (healthcheck_total, healthcheck_duration_seconds)")),
            qPrintable(refused.metadata.message));

        // Cabourotte before its first check: the families are declared, the fleet is empty.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# TYPE healthcheck_total counter\n");
        file.close();
        QVERIFY(SnapshotLoader::loadBlocking(SourceSpec::file(path), {}, nullptr).ok());
    }

    void failuresHaveTheirExitCodes()
    {
        const QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.prom"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("healthcheck_total{name=\"x\" 1\n");
        file.close();
        const LoadResult refused = SnapshotLoader::loadBlocking(SourceSpec::file(bad), {}, nullptr);
        QCOMPARE(refused.exitCode(), int(ExitDataError));
        QVERIFY2(
            refused.metadata.message.startsWith(bad + QStringLiteral(":1:")), qPrintable(refused.metadata.message));

        const LoadResult missing
            = SnapshotLoader::loadBlocking(SourceSpec::file(dir.filePath(QStringLiteral("none.prom"))), {}, nullptr);
        QCOMPARE(missing.exitCode(), int(ExitIoError));

        Resolution resolution;
        SnapshotLoader::loadBlocking(SourceSpec::fromProfile(QStringLiteral("nobody")), {}, &resolution);
        QVERIFY(!resolution.source);
        QCOMPARE(resolution.exitCode, int(ExitUsage));
        QVERIFY(resolution.error.contains(QLatin1String("nobody")));

        SnapshotLoader::loadBlocking(SourceSpec::demo(), {}, &resolution); // a build without the simulator
        QVERIFY(!resolution.source);
        QCOMPARE(resolution.exitCode, int(ExitUnavailable));

        const LoadResult closed = SnapshotLoader::loadBlocking(
            SourceSpec::fromUrl(QUrl(QStringLiteral("http://127.0.0.1:1/metrics"))), {}, &resolution);
        QVERIFY(resolution.source);
        QCOMPARE(closed.exitCode(), int(ExitUnavailable));
    }

    void demoIsScrapedThroughTheSameRoad()
    {
        Resolution resolution;
        const LoadResult result
            = SnapshotLoader::loadBlocking(SourceSpec::demo(2), appclacks::simulator::demoLauncher(), &resolution);
        QVERIFY(resolution.source && resolution.source->demo);
        QVERIFY(result.ok());
        QCOMPARE(result.metadata.httpStatus, 200);
        QVERIFY(result.built.latest->checks.size() >= 5);
    }

    void failureWatchTellsTransitionsOnce()
    {
        FailureWatch watch;
        QSignalSpy started(&watch, &FailureWatch::startedFailing);
        QSignalSpy recovered(&watch, &FailureWatch::recovered);

        auto first = std::make_shared<HealthSnapshot>(*counters(failures("api", 0) + failures("db", 1)));
        markTransitions(*first, nullptr);
        watch.observe(first);
        QCOMPARE(started.size(), 0); // the first snapshot only sets the baseline

        auto second = std::make_shared<HealthSnapshot>(*counters(failures("api", 2) + failures("db", 1)));
        markTransitions(*second, first.get());
        watch.observe(second);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.constFirst().constFirst().toStringList(), QStringList { QStringLiteral("api") });
        QCOMPARE(recovered.size(), 0);

        auto third = std::make_shared<HealthSnapshot>(*counters(failures("api", 3) + failures("db", 5)));
        markTransitions(*third, second.get());
        watch.setMuted({ QStringLiteral("db") });
        watch.observe(third);
        QCOMPARE(started.size(), 1); // api goes on failing: no news; db is muted

        auto fourth = std::make_shared<HealthSnapshot>(*counters(failures("api", 3) + failures("db", 5)));
        markTransitions(*fourth, third.get());
        watch.setMuted({});
        watch.observe(fourth);
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(recovered.constFirst().constFirst().toStringList(),
            (QStringList { QStringLiteral("api"), QStringLiteral("db") }));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
