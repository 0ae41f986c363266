// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The history store on real SQLite files in temporary folders: the block codec's exactness, the
// window rule (resets, edges, series appearing and vanishing), retention, and files that are
// damaged, foreign, newer or already being written.

#include "core/health/healthsnapshot.h"
#include "core/history/chunkcodec.h"
#include "core/history/historyqueries.h"
#include "core/history/historyrecorder.h"
#include "core/history/historystore.h"
#include "core/history/openmetricsbackfill.h"
#include "core/history/windowincrease.h"
#include "tests/support/historyfixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <random>

using namespace appclacks::core;
using appclacks::tests::Counters;
using appclacks::tests::scrapeAt;
using appclacks::tests::snapshotOf;

namespace {

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

void compareBlocks(const SampleBlock &expected, const SampleBlock &actual)
{
    QCOMPARE(actual.times, expected.times);
    QCOMPARE(actual.seriesCount(), expected.seriesCount());
    for (std::size_t series = 0; series < expected.seriesCount(); ++series) {
        QCOMPARE(actual.present[series], expected.present[series]);
        for (std::size_t i = 0; i < expected.sampleCount(); ++i) {
            if (expected.present[series][i] && !sameBits(expected.values[series][i], actual.values[series][i])) {
                QFAIL(qPrintable(QStringLiteral("series %1 sample %2: %3 came back as %4")
                                     .arg(series)
                                     .arg(i)
                                     .arg(expected.values[series][i])
                                     .arg(actual.values[series][i])));
            }
        }
    }
}

// The window rule written out plainly, independently of windowIncrease's single pass: for each
// series, walk its samples; sum the increases of the samples in (from, to].
std::optional<double> expectedIncrease(const std::vector<std::pair<std::int64_t, std::optional<double>>> &samples,
    std::int64_t from, std::int64_t to, bool firstCountsFromZero)
{
    std::optional<double> total;
    std::optional<double> previous;
    bool anyBefore = false;
    for (const auto &[time, value] : samples) {
        anyBefore = anyBefore || time <= from;
    }
    bool first = true;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const auto &[time, value] = samples[i];
        const bool inWindow = time > from && time <= to;
        std::optional<double> increase;
        if (value) {
            if (previous) {
                increase = *value < *previous ? *value : *value - *previous;
            } else if (i == 0 && !firstCountsFromZero) {
                increase = 0; // no known past
            } else {
                increase = *value; // new: counts from zero
            }
        }
        if (inWindow && !anyBefore && first) {
            // No sample at or before the window: the first one in it is only the baseline.
            first = false;
            if (value && !(i == 0 && firstCountsFromZero)) {
                increase = 0;
            }
        }
        if (inWindow && increase) {
            total = total.value_or(0) + *increase;
        }
        previous = value;
    }
    return total;
}

} // namespace

class HistoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void codecRoundTripsEveryValueKind()
    {
        SampleBlock block;
        block.resizeSeries(6);
        const double quietNaN = std::numeric_limits<double>::quiet_NaN();
        const double staleMarker = std::bit_cast<double>(std::uint64_t(0x7ff0000000000002)); // Prometheus's
        const std::vector<std::vector<double>> columns {
            { 0, 1, 2, 2, 3, 1, 9007199254740992.0, -5 }, // counters, a reset, 2^53, a negative
            { 0.1, 0.30000000000000004, 1e-310, -0.0, 0.0, 1e308, 5e-324, 2.5 }, // floats, subnormals, -0
            { quietNaN, staleMarker, -quietNaN, 1, std::numeric_limits<double>::infinity(),
                -std::numeric_limits<double>::infinity(), 0, 1 },
            { 1, 1, 1, 1, 1, 1, 1, 1 }, { 4, 5, 6, 7, 8, 9, 10, 11 },
            { 1e20, 1e20 + 65536, 3, 4, 5, 6, 7, 8 }, // beyond 2^53: stays exact as floats
        };
        const std::vector<std::int64_t> times { -1000, 0, 59999, 120000, 180017, 240000, 1700000000123, 4102444800000 };
        for (std::size_t i = 0; i < times.size(); ++i) {
            std::vector<double> row;
            std::vector<std::uint8_t> present;
            for (std::size_t series = 0; series < columns.size(); ++series) {
                row.push_back(columns[series][i]);
                // Series 3 is absent in the middle, series 4 until the fourth sample.
                present.push_back(!(series == 3 && (i == 2 || i == 3)) && !(series == 4 && i < 4));
            }
            block.appendRow(times[i], row, present);
        }
        QString error;
        const std::optional<SampleBlock> decoded = ChunkCodec::decode(ChunkCodec::encode(block), &error);
        QVERIFY2(decoded, qPrintable(error));
        compareBlocks(block, *decoded);
    }

    void codecRoundTripsRandomBlocks()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            SampleBlock block;
            const auto series = std::size_t(random.bounded(0, 20));
            block.resizeSeries(series);
            std::int64_t time = std::int64_t(random.bounded(1u << 30)) * 1000;
            std::vector<double> counters(series, 0);
            for (int i = 0, samples = random.bounded(0, 200); i < samples; ++i) {
                time += 1 + random.bounded(120000);
                std::vector<std::uint8_t> present(series);
                for (std::size_t s = 0; s < series; ++s) {
                    counters[s] += s % 3 == 2 ? random.generateDouble() : double(random.bounded(3));
                    present[s] = random.bounded(10) != 0;
                }
                block.appendRow(time, counters, present);
            }
            QString error;
            const QByteArray encoded = ChunkCodec::encode(block);
            const std::optional<SampleBlock> decoded = ChunkCodec::decode(encoded, &error);
            QVERIFY2(decoded, qPrintable(error));
            compareBlocks(block, *decoded);
            // Some series only: exactly those columns, the others read past.
            std::vector<std::uint8_t> wanted(series);
            SampleBlock expected;
            expected.times = block.times;
            for (std::size_t s = 0; s < series; ++s) {
                wanted[s] = random.bounded(2) != 0;
                if (wanted[s]) {
                    expected.values.push_back(block.values[s]);
                    expected.present.push_back(block.present[s]);
                }
            }
            const std::optional<SampleBlock> some = ChunkCodec::decode(encoded, wanted, &error);
            QVERIFY2(some, qPrintable(error));
            compareBlocks(expected, *some);
            wanted.push_back(1);
            QVERIFY(!ChunkCodec::decode(encoded, wanted, &error)); // not one flag per series
        }
    }

    void codecRefusesDamagedBlocksWithoutCrashing()
    {
        SampleBlock block;
        block.resizeSeries(3);
        for (int i = 0; i < 50; ++i) {
            block.appendRow(
                1000 * i, { double(i), std::floor(i / 2.0), i * 0.123 }, { 1, 1, std::uint8_t(i % 7 != 0) });
        }
        const QByteArray good = ChunkCodec::encode(block);
        QRandomGenerator random(7);
        int refused = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray bad = good;
            if (round % 2) {
                bad.truncate(random.bounded(qsizetype(bad.size())));
            } else {
                bad[random.bounded(qsizetype(bad.size()))] ^= char(1 << random.bounded(8));
            }
            QString error;
            const std::optional<SampleBlock> decoded = ChunkCodec::decode(bad, &error);
            if (!decoded) {
                QVERIFY(!error.isEmpty());
                ++refused;
            }
            const std::vector<std::uint8_t> lastOnly { 0, 0, 1 };
            // The same checks when reading past series: refused exactly when the whole block is.
            QCOMPARE(ChunkCodec::decode(bad, lastOnly).has_value(), decoded && decoded->seriesCount() == 3);
        }
        QVERIFY(refused > 1000); // truncations are always caught; flips mostly by zstd's checks
        QVERIFY(!ChunkCodec::decode(QByteArray("\x02\x00", 2)));
    }

    void codecPacksHealthCheckDataTightly()
    {
        // One check × zone for two hours at 60 s: 14 buckets, count, sum, success, failure.
        SampleBlock block;
        block.resizeSeries(18);
        std::vector<double> row(18, 0);
        QRandomGenerator random(3);
        std::int64_t time = 1700000000000;
        for (int i = 0; i < 120; ++i) {
            time += 60000 + random.bounded(-20, 21);
            const int bucket = random.bounded(14);
            for (int b = bucket; b < 14; ++b) {
                row[std::size_t(b)] += 1;
            }
            row[14] += 1;
            row[15] += std::round(random.generateDouble() * 1e9) / 1e9;
            row[random.bounded(50) ? 16 : 17] += 1;
            block.appendRow(time, row, std::vector<std::uint8_t>(18, 1));
        }
        const QByteArray packed = ChunkCodec::encode(block);
        const double bytesPerSample = double(packed.size()) / double(block.storedSamples());
        qInfo(
            "%lld bytes for %zu samples: %.3f B/sample", qint64(packed.size()), block.storedSamples(), bytesPerSample);
        // Prometheus 2.42 takes about 1.6 B/sample on such data; the sum alone costs ~5 B a scrape.
        QVERIFY2(bytesPerSample < 0.6, qPrintable(QString::number(bytesPerSample)));
    }

    void windowFollowsTheResetRuleAndItsEdges_data()
    {
        QTest::addColumn<std::int64_t>("from");
        QTest::addColumn<std::int64_t>("to");
        QTest::addColumn<bool>("countsFromZero");
        for (const bool zero : { false, true }) {
            const char *suffix = zero ? " (pair counts from zero)" : "";
            QTest::addRow("everything%s", suffix) << std::int64_t(-1) << std::int64_t(100) << zero;
            QTest::addRow("from exactly a sample%s", suffix) << std::int64_t(20) << std::int64_t(100) << zero;
            QTest::addRow("to exactly a sample%s", suffix) << std::int64_t(0) << std::int64_t(40) << zero;
            QTest::addRow("between samples%s", suffix) << std::int64_t(25) << std::int64_t(55) << zero;
            QTest::addRow("empty%s", suffix) << std::int64_t(31) << std::int64_t(39) << zero;
            QTest::addRow("starting at the first sample%s", suffix) << std::int64_t(0) << std::int64_t(100) << zero;
            QTest::addRow("before everything%s", suffix) << std::int64_t(-100) << std::int64_t(-1) << zero;
        }
    }

    void windowFollowsTheResetRuleAndItsEdges()
    {
        QFETCH(std::int64_t, from);
        QFETCH(std::int64_t, to);
        QFETCH(bool, countsFromZero);
        // Samples every 10 ms. Series 0 resets at 50; series 1 (a lazily created failure counter)
        // appears at 30; series 2 vanishes at 40 and comes back at 60 (recreated).
        const std::vector<std::int64_t> times { 0, 10, 20, 30, 40, 50, 60, 70, 80 };
        const std::vector<std::vector<std::optional<double>>> columns {
            { 5, 7, 9, 12, 15, 2, 4, 4, 6 },
            { {}, {}, {}, 1, 1, 2, 2, 3, 3 },
            { 100, 101, 103, 103, {}, {}, 1, 2, 2 },
        };
        PairHistory history;
        history.layout = SeriesLayout({ SeriesKey::of(SeriesKey::Kind::Count), SeriesKey::of(SeriesKey::Kind::Success),
            SeriesKey::of(SeriesKey::Kind::Failure) });
        history.block.resizeSeries(3);
        for (std::size_t i = 0; i < times.size(); ++i) {
            std::vector<double> row;
            std::vector<std::uint8_t> present;
            for (const auto &column : columns) {
                row.push_back(column[i].value_or(0));
                present.push_back(column[i].has_value());
            }
            history.block.appendRow(times[i], row, present);
        }
        history.firstMs = 0;
        history.countsFromZero = countsFromZero;
        const SeriesIncreases actual = windowIncrease(history, from, to);
        for (std::size_t series = 0; series < columns.size(); ++series) {
            std::vector<std::pair<std::int64_t, std::optional<double>>> samples;
            for (std::size_t i = 0; i < times.size(); ++i) {
                samples.emplace_back(times[i], columns[series][i]);
            }
            const std::optional<double> expected = expectedIncrease(samples, from, to, countsFromZero);
            QVERIFY2(actual.increase[series] == expected,
                qPrintable(QStringLiteral("series %1: %2, expected %3")
                               .arg(series)
                               .arg(actual.increase[series] ? QString::number(*actual.increase[series])
                                                            : QStringLiteral("none"))
                               .arg(expected ? QString::number(*expected) : QStringLiteral("none"))));
        }
        // Steps of 10 ms add up to the whole window.
        if (to > from && (to - from) % 10 == 0) {
            const std::vector<SeriesIncreases> steps = stepIncreases(history, from, 10, int((to - from) / 10));
            for (std::size_t series = 0; series < columns.size(); ++series) {
                std::optional<double> sum;
                for (const SeriesIncreases &step : steps) {
                    if (step.increase[series]) {
                        sum = sum.value_or(0) + *step.increase[series];
                    }
                }
                QCOMPARE(sum, actual.increase[series]);
            }
        }
    }

    // The flat per-step sums the charts read (addStepIncreases, series by series) equal each
    // step's own window (windowIncrease), to the bit, on random counters with resets, absences
    // and series that come and go, for steps that cut anywhere.
    void flatStepsEqualEachStepsWindow()
    {
        std::mt19937_64 random(20261201);
        for (int round = 0; round < 300; ++round) {
            const std::size_t seriesCount = 1 + random() % 5;
            const std::size_t samples = random() % 60;
            PairHistory history;
            std::vector<SeriesKey> keys;
            for (std::size_t series = 0; series < seriesCount; ++series) {
                keys.push_back(SeriesKey::bucket(QString::number(series + 1)));
            }
            history.layout = SeriesLayout(keys);
            history.block.resizeSeries(seriesCount);
            std::vector<double> counters(seriesCount, 0.0);
            std::int64_t time = std::int64_t(random() % 50);
            for (std::size_t i = 0; i < samples; ++i) {
                time += 1 + std::int64_t(random() % 20);
                std::vector<double> row(seriesCount);
                std::vector<std::uint8_t> present(seriesCount);
                for (std::size_t series = 0; series < seriesCount; ++series) {
                    const auto dice = random() % 10;
                    counters[series] = dice == 0 ? double(random() % 3) // a reset
                                                 : counters[series] + double(random() % 4) + (dice == 1 ? 0.25 : 0.0);
                    row[series] = counters[series];
                    present[series] = dice == 2 ? 0 : 1; // absent now and then
                }
                history.block.appendRow(time, row, present);
            }
            history.firstMs = samples > 0 && random() % 2 ? history.block.times.front() : 0;
            history.countsFromZero = random() % 2 == 0;
            const std::int64_t from = std::int64_t(random() % 400) - 20;
            const std::int64_t step = 1 + std::int64_t(random() % 40);
            const int steps = 1 + int(random() % 20);
            const std::int64_t to = random() % 3 ? from + step * steps : from + std::int64_t(random() % 400);
            const std::size_t width = seriesCount + 1; // one column left unused
            std::vector<std::size_t> columnOf(seriesCount);
            for (std::size_t series = 0; series < seriesCount; ++series) {
                columnOf[series] = seriesCount - series; // reversed, past column 0
            }
            std::vector<double> values(std::size_t(steps) * width, 0.0);
            std::vector<std::uint8_t> present(values.size(), 0);
            std::vector<std::uint8_t> stepHasSamples(std::size_t(steps), 0);
            addStepIncreases(history, from, step, steps, columnOf, width, values, present, stepHasSamples, to);
            for (int k = 0; k < steps; ++k) {
                const std::int64_t stepFrom = from + step * k;
                const std::int64_t stepTo = std::min(to, stepFrom + step);
                const SeriesIncreases expected
                    = stepTo > stepFrom ? windowIncrease(history, stepFrom, stepTo) : SeriesIncreases { {}, false };
                bool any = false;
                for (std::size_t series = 0; series < seriesCount; ++series) {
                    const std::size_t cell = std::size_t(k) * width + columnOf[series];
                    const std::optional<double> &want
                        = series < expected.increase.size() ? expected.increase[series] : std::optional<double>();
                    QVERIFY2(bool(present[cell]) == want.has_value() && (!want || values[cell] == *want),
                        qPrintable(QStringLiteral("round %1, step %2, series %3: %4 (%5), expected %6")
                                       .arg(round)
                                       .arg(k)
                                       .arg(series)
                                       .arg(values[cell])
                                       .arg(present[cell])
                                       .arg(want ? QString::number(*want) : QStringLiteral("none"))));
                    any = any || want.has_value();
                }
                QCOMPARE(bool(stepHasSamples[std::size_t(k)]), any);
                QCOMPARE(values[std::size_t(k) * width], 0.0); // the unused column stays untouched
            }
        }
    }

    void windowCountsTheLazilyCreatedFailureCounter()
    {
        // Cabourotte: success only until the first failure, then both. success + failure must
        // equal the histogram's count over any window.
        PairHistory history;
        history.layout = SeriesLayout({ SeriesKey::of(SeriesKey::Kind::Count), SeriesKey::of(SeriesKey::Kind::Success),
            SeriesKey::of(SeriesKey::Kind::Failure) });
        history.block.resizeSeries(3);
        history.block.appendRow(0, { 10, 10, 0 }, { 1, 1, 0 });
        history.block.appendRow(60, { 11, 11, 0 }, { 1, 1, 0 });
        history.block.appendRow(120, { 12, 11, 1 }, { 1, 1, 1 }); // first failure: the series appears at 1
        history.block.appendRow(180, { 13, 11, 2 }, { 1, 1, 1 });
        const SeriesIncreases window = windowIncrease(history, 0, 180);
        QCOMPARE(window.increase[0], std::optional<double>(3));
        QCOMPARE(window.increase[1], std::optional<double>(1));
        QCOMPARE(window.increase[2], std::optional<double>(2)); // PromQL's increase() would say 1
        QCOMPARE(*window.increase[1] + *window.increase[2], *window.increase[0]);
    }

    void storeKeepsEveryScrapeExactlyAcrossBlocks()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY2(store.open(HistoryStore::Access::ReadWrite, &error), qPrintable(error));
        QVERIFY(store.isWritable());
        // Five hours at 60 s: three blocks, the last one still in the current block's rows.
        const std::int64_t start = 1700000000000 - 1700000000000 % HistoryStore::blockMs + 1234;
        std::vector<ScrapeRecord> batch;
        double sum = 0;
        for (int i = 0; i < 300; ++i) {
            sum += 0.1 * (i % 7) + 1e-9 * i;
            Counters a;
            a.buckets = { { 0.1, double(i) }, { 1, double(i) + std::floor(i / 2.0) },
                { std::numeric_limits<double>::infinity(), double(2 * i) } };
            a.count = 2 * i;
            a.sum = sum;
            a.success = 2 * i - i / 10;
            if (i >= 10) {
                a.failure = i / 10; // created at the first failure
            }
            batch.push_back(scrapeAt(
                start + i * 60000 + (i % 3), snapshotOf({ { { QStringLiteral("a"), QStringLiteral("eu") }, a } })));
            if (batch.size() == 7 || i == 299) {
                QVERIFY2(store.append(batch, &error), qPrintable(error));
                batch.clear();
            }
        }
        QSqlQuery blocks(QSqlDatabase::database(store.connectionName()));
        QVERIFY(blocks.exec(QStringLiteral("SELECT COUNT(*) FROM blocks")) && blocks.next());
        QVERIFY2(blocks.value(0).toInt() >= 2, "completed two-hour blocks are compacted");

        const auto sources = store.sources(&error);
        QVERIFY(sources);
        QCOMPARE(sources->size(), std::size_t(1));
        QCOMPARE((*sources)[0].name, QStringLiteral("demo"));
        QCOMPARE((*sources)[0].scrapes, 300);
        QCOMPARE((*sources)[0].series, 7);
        QCOMPARE((*sources)[0].samples, 300 * 6 + 290);
        const auto pairs = store.pairs((*sources)[0].id, &error);
        QVERIFY(pairs && pairs->size() == 1);
        const std::optional<PairHistory> history = store.history((*pairs)[0], start - 1, start + 300 * 60000, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->block.sampleCount(), std::size_t(300));
        // The outcome counters only: the same columns, nothing else.
        const std::vector<SeriesKey::Kind> outcomes { SeriesKey::Kind::Success, SeriesKey::Kind::Failure };
        const std::optional<PairHistory> some
            = store.history((*pairs)[0], start - 1, start + 300 * 60000, &error, outcomes);
        QVERIFY2(some, qPrintable(error));
        QCOMPARE(some->layout.size(), std::size_t(2));
        QCOMPARE(some->block.times, history->block.times);
        for (const SeriesKey::Kind kind : outcomes) {
            const auto full = std::size_t(history->layout.indexOf(kind));
            const auto kept = std::size_t(some->layout.indexOf(kind));
            QCOMPARE(some->block.values[kept], history->block.values[full]);
            QCOMPARE(some->block.present[kept], history->block.present[full]);
        }
        const int sumIndex = history->layout.indexOf(SeriesKey::Kind::Sum);
        const int failureIndex = history->layout.indexOf(SeriesKey::Kind::Failure);
        double expectedSum = 0;
        for (int i = 0; i < 300; ++i) {
            expectedSum += 0.1 * (i % 7) + 1e-9 * i;
            QCOMPARE(history->block.times[std::size_t(i)], start + i * 60000 + (i % 3));
            QVERIFY(sameBits(history->block.values[std::size_t(sumIndex)][std::size_t(i)], expectedSum));
            QCOMPARE(bool(history->block.present[std::size_t(failureIndex)][std::size_t(i)]), i >= 10);
        }

        // The window's figures: failures that started from nothing count in full.
        const std::optional<HealthSnapshot> all
            = HistoryQueries::window(store, (*sources)[0], { start - 1, start + 300 * 60000 }, 1.0, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->checks.size(), std::size_t(1));
        const ZoneHealth &zone = all->checks[0].zones[0];
        QCOMPARE(zone.failure, 29.0); // 1 at its first sample + 28 more
        QCOMPARE(zone.success, double(2 * 299 - 29)); // from the baseline at the first scrape
        QCOMPARE(*zone.count, 2.0 * 299);
        QCOMPARE(zone.success + zone.failure, *zone.count);
        // A window with no sample: the check is absent.
        const std::optional<HealthSnapshot> none
            = HistoryQueries::window(store, (*sources)[0], { start + 400 * 60000, start + 500 * 60000 }, 1.0, &error);
        QVERIFY(none && none->checks.empty());
    }

    void appendPastStoresWhatAppendStores()
    {
        // 30 h at 60 s (blocks, a day to consolidate, the current block) with what real scrapes
        // do: a failure counter created late, a pair appearing, a counter reset, a failed
        // scrape, a scrape repeated at the same time.
        const std::int64_t start = 1700000000000 - 1700000000000 % HistoryStore::blockMs + 1234;
        std::vector<ScrapeRecord> scrapes;
        for (int i = 0; i < 1800; ++i) {
            const std::int64_t time = start + i * 60000 + (i % 3);
            if (i == 500) {
                ScrapeRecord failed;
                failed.source = QStringLiteral("demo");
                failed.timeMs = time;
                failed.error = QStringLiteral("timed out");
                scrapes.push_back(failed);
                continue;
            }
            const int n = i < 1200 ? i : i - 1200; // the prober restarts at 1200
            std::map<std::pair<QString, QString>, Counters> pairs;
            Counters a;
            a.buckets = { { 0.1, double(n) }, { std::numeric_limits<double>::infinity(), double(2 * n) } };
            a.count = 2 * n;
            a.sum = 0.37 * n + 1e-9 * i;
            a.success = 2 * n - n / 10;
            if (n >= 10) {
                a.failure = n / 10;
            }
            pairs[{ QStringLiteral("a"), QStringLiteral("eu") }] = a;
            pairs[{ QStringLiteral("a"), QStringLiteral("us") }] = a;
            if (i >= 700) {
                Counters b;
                b.success = i - 699;
                pairs[{ QStringLiteral("b"), QStringLiteral("eu") }] = b;
            }
            scrapes.push_back(scrapeAt(time, snapshotOf(pairs)));
            if (i == 100) {
                // The same time again, other counters: the first scrape's samples stay.
                Counters again = a;
                again.success = *a.success + 5;
                scrapes.push_back(
                    scrapeAt(time, snapshotOf({ { { QStringLiteral("a"), QStringLiteral("eu") }, again } })));
            }
        }
        QTemporaryDir dir;
        HistoryStore scraped(dir.filePath(QStringLiteral("scraped.sqlite")));
        HistoryStore past(dir.filePath(QStringLiteral("past.sqlite")));
        QString error;
        QVERIFY(scraped.open(HistoryStore::Access::ReadWrite, &error)
            && past.open(HistoryStore::Access::ReadWrite, &error));
        for (std::size_t i = 0; i < scrapes.size(); i += 7) {
            QVERIFY2(
                scraped.append(std::span(scrapes).subspan(i, std::min<std::size_t>(7, scrapes.size() - i)), &error),
                qPrintable(error));
        }
        for (std::size_t i = 0; i < scrapes.size(); i += 500) {
            QVERIFY2(
                past.appendPast(std::span(scrapes).subspan(i, std::min<std::size_t>(500, scrapes.size() - i)), &error),
                qPrintable(error));
        }
        QSqlQuery head(QSqlDatabase::database(past.connectionName()));
        QVERIFY(head.exec(QStringLiteral("SELECT COUNT(*) FROM head")) && head.next());
        QCOMPARE(head.value(0).toInt(), 0); // blocks only

        const auto expected = scraped.source(QStringLiteral("demo"), &error);
        const auto actual = past.source(QStringLiteral("demo"), &error);
        QVERIFY2(expected && actual, qPrintable(error));
        QCOMPARE(actual->scrapes, expected->scrapes);
        QCOMPARE(actual->failedScrapes, 1);
        QCOMPARE(actual->series, expected->series);
        QCOMPARE(actual->samples, expected->samples);
        QCOMPARE(actual->firstMs, expected->firstMs);
        QCOMPARE(actual->lastMs, expected->lastMs);
        const auto expectedPairs = scraped.pairs(expected->id, &error);
        const auto actualPairs = past.pairs(actual->id, &error);
        QVERIFY2(expectedPairs && actualPairs, qPrintable(error));
        QCOMPARE(actualPairs->size(), std::size_t(3));
        QCOMPARE(actualPairs->size(), expectedPairs->size());
        for (std::size_t p = 0; p < actualPairs->size(); ++p) {
            const HistoryStore::PairInfo &want = (*expectedPairs)[p];
            const HistoryStore::PairInfo &got = (*actualPairs)[p];
            QCOMPARE(got.checkKey(), want.checkKey());
            QCOMPARE(got.zone, want.zone);
            QCOMPARE(got.firstMs, want.firstMs);
            QCOMPARE(got.countsFromZero, want.countsFromZero);
            const auto wantHistory = scraped.history(want, start - 1, start + 1800 * 60000, &error);
            const auto gotHistory = past.history(got, start - 1, start + 1800 * 60000, &error);
            QVERIFY2(wantHistory && gotHistory, qPrintable(error));
            QCOMPARE(gotHistory->layout.toText(), wantHistory->layout.toText());
            compareBlocks(wantHistory->block, gotHistory->block);
        }
        // And the window's figures over the reset.
        const auto window = HistoryQueries::window(past, *actual, { start, start + 1800 * 60000 }, 1.0, &error);
        QVERIFY2(window, qPrintable(error));
        QCOMPARE(*window->check(QStringLiteral("a"))->zones[0].count, 2.0 * 1199 + 2.0 * 599);
    }

    void storeCountsAPairNewToACollectedSourceFromZero()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
        Counters first;
        first.success = 50;
        first.failure = 5;
        Counters later;
        later.success = 3;
        std::vector<ScrapeRecord> scrapes {
            scrapeAt(1000, snapshotOf({ { { QStringLiteral("a"), QStringLiteral("eu") }, first } })),
            // b appears at the source's second scrape: new, its 3 count.
            scrapeAt(61000,
                snapshotOf({ { { QStringLiteral("a"), QStringLiteral("eu") }, first },
                    { { QStringLiteral("b"), QStringLiteral("eu") }, later } })),
        };
        QVERIFY(store.append(scrapes, &error));
        const auto source = store.source(QStringLiteral("demo"), &error);
        QVERIFY(source);
        const std::optional<HealthSnapshot> window = HistoryQueries::window(store, *source, { 0, 100000 }, 1.0, &error);
        QVERIFY2(window, qPrintable(error));
        QCOMPARE(window->checks.size(), std::size_t(2));
        QCOMPARE(window->check(QStringLiteral("a"))->total.success, 0.0); // baseline: no known past
        QCOMPARE(window->check(QStringLiteral("b"))->total.success, 3.0);
    }

    void sourceByNameEqualsItsEntryAmongAllSources()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
        // Sources that differ in every figure: scrapes, failures, pairs, samples in blocks or in
        // the current block's rows, and a name a careless query would mangle.
        const QStringList names { QStringLiteral("demo"), QStringLiteral("prod eu"), QStringLiteral("it's \"quoted\""),
            QStringLiteral("zeta") };
        std::vector<ScrapeRecord> scrapes;
        for (int index = 0; index < names.size(); ++index) {
            for (int scrape = 0; scrape <= index * 2; ++scrape) {
                Counters counters;
                counters.success = 10.0 * scrape;
                counters.failure = double(index);
                std::map<std::pair<QString, QString>, Counters> pairs;
                for (int zone = 0; zone <= index; ++zone) {
                    pairs[{ QStringLiteral("check"), QStringLiteral("zone-%1").arg(zone) }] = counters;
                }
                scrapes.push_back(scrapeAt(1000 + index * 7 + scrape * 60000LL, snapshotOf(pairs), names[index]));
            }
        }
        ScrapeRecord failed;
        failed.source = names[1];
        failed.timeMs = 900000;
        failed.error = QStringLiteral("connection refused");
        scrapes.push_back(failed);
        QVERIFY2(store.append(scrapes, &error), qPrintable(error));
        QVERIFY2(store.compactAll(&error), qPrintable(error));
        // More rows after compaction: the figures sum blocks and rows.
        Counters later;
        later.success = 100;
        later.failure = 3;
        QVERIFY2(store.append(
                     std::vector { scrapeAt(3600000,
                         snapshotOf({ { { QStringLiteral("check"), QStringLiteral("zone-0") }, later } }), names[3]) },
                     &error),
            qPrintable(error));

        const auto all = store.sources(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), std::size_t(names.size()));
        for (const HistoryStore::SourceInfo &expected : *all) {
            error.clear();
            const std::optional<HistoryStore::SourceInfo> actual = store.source(expected.name, &error);
            QVERIFY2(actual, qPrintable(expected.name + QStringLiteral(": ") + error));
            QVERIFY(error.isEmpty());
            QCOMPARE(actual->id, expected.id);
            QCOMPARE(actual->name, expected.name);
            QCOMPARE(actual->zoneLabel, expected.zoneLabel);
            QCOMPARE(actual->series, expected.series);
            QCOMPARE(actual->samples, expected.samples);
            QCOMPARE(actual->firstMs, expected.firstMs);
            QCOMPARE(actual->lastMs, expected.lastMs);
            QCOMPARE(actual->scrapes, expected.scrapes);
            QCOMPARE(actual->failedScrapes, expected.failedScrapes);
            // The span the window reads: the same source, first and last sample, without totals.
            const std::optional<HistoryStore::SourceInfo> span = store.sourceSpan(expected.name, &error);
            QVERIFY2(span, qPrintable(expected.name + QStringLiteral(": ") + error));
            QCOMPARE(span->id, expected.id);
            QCOMPARE(span->name, expected.name);
            QCOMPARE(span->zoneLabel, expected.zoneLabel);
            QCOMPARE(span->firstMs, expected.firstMs);
            QCOMPARE(span->lastMs, expected.lastMs);
        }
        QCOMPARE(store.source(names[1], &error)->failedScrapes, 1);
        QVERIFY(store.source(names[3], &error)->samples > store.source(names[0], &error)->samples);

        // Unknown names: nothing, and no error (the history simply has nothing of them yet).
        for (const QString &unknown : { QStringLiteral("nowhere"), QStringLiteral("demo "), QStringLiteral("%"),
                 QStringLiteral("DEMO"), QString() }) {
            error.clear();
            QVERIFY2(!store.source(unknown, &error), qPrintable(unknown));
            QVERIFY2(!store.sourceSpan(unknown, &error), qPrintable(unknown));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    // A scrape that arrives late (its time inside a block already written) waits in the current
    // block's rows: a read then meets it after newer samples, and must give every sample once, in
    // time order, as written (HistoryStore::history decodes runs of blocks in place and merges
    // only what is out of order).
    void aLateScrapeIsReadInTimeOrder()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY2(store.open(HistoryStore::Access::ReadWrite, &error), qPrintable(error));
        const auto scrapeOf = [](std::int64_t timeMs, double success) {
            Counters counters;
            counters.success = success;
            return scrapeAt(timeMs, snapshotOf({ { { QStringLiteral("a"), QStringLiteral("eu") }, counters } }));
        };
        const std::int64_t minute = 60000;
        std::map<std::int64_t, double> written;
        for (std::int64_t i = 0; i <= 60; ++i) { // five hours every five minutes: two blocks written
            const std::int64_t time = i * 5 * minute + (i == 0 ? 1 : 0);
            QVERIFY2(store.append(std::vector { scrapeOf(time, double(10 * i)) }, &error), qPrintable(error));
            written[time] = double(10 * i);
        }
        const std::int64_t late = 62 * minute; // in the first block, between two of its samples
        QVERIFY2(store.append(std::vector { scrapeOf(late, 125.0) }, &error), qPrintable(error));
        written[late] = 125.0;

        const auto source = store.source(QStringLiteral("demo"), &error);
        QVERIFY2(source, qPrintable(error));
        const auto pairs = store.pairs(source->id, &error);
        QVERIFY2(pairs && pairs->size() == 1, qPrintable(error));
        const std::optional<PairHistory> history = store.history(pairs->front(), 0, 400 * minute, &error);
        QVERIFY2(history, qPrintable(error));
        const int success = history->layout.indexOf(SeriesKey::Kind::Success);
        QVERIFY(success >= 0);
        QCOMPARE(history->block.sampleCount(), written.size());
        std::size_t index = 0;
        for (const auto &[time, value] : written) {
            QCOMPARE(history->block.times[index], time);
            QCOMPARE(history->block.values[std::size_t(success)][index], value);
            ++index;
        }
    }

    void failedScrapesAreEventsWithoutSamples()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
        ScrapeRecord failed;
        failed.source = QStringLiteral("demo");
        failed.timeMs = 5000;
        failed.error = QStringLiteral("connection refused");
        QVERIFY(store.append(std::vector { failed }, &error));
        const auto sources = store.sources(&error);
        QVERIFY(sources);
        QCOMPARE(sources->size(), std::size_t(1));
        QCOMPARE((*sources)[0].scrapes, 1);
        QCOMPARE((*sources)[0].failedScrapes, 1);
        QCOMPARE((*sources)[0].samples, 0);
    }

    void retentionDropsOldBlocksOnly()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
        std::vector<ScrapeRecord> scrapes;
        for (int i = 0; i < 24 * 12; ++i) { // one day at 5 min
            Counters counters;
            counters.success = i;
            scrapes.push_back(
                scrapeAt(std::int64_t(i) * 300000, snapshotOf({ { { QStringLiteral("a"), QString() }, counters } })));
        }
        QVERIFY(store.append(scrapes, &error));
        const qint64 before = store.source(QStringLiteral("demo"), &error)->samples;
        QVERIFY(store.removeBefore(12 * 3600000, &error));
        const auto after = store.source(QStringLiteral("demo"), &error);
        QVERIFY(after->samples < before);
        QVERIFY(after->samples >= 12 * 12); // the second half stays
        QVERIFY(after->firstMs >= 12 * 3600000 - HistoryStore::blockMs);
        QVERIFY(store.clear(&error));
        QVERIFY(store.sources(&error)->empty());
    }

    void aSecondWriterOnlyReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore writer(path);
        QString error;
        QVERIFY(writer.open(HistoryStore::Access::ReadWrite, &error));
        Counters counters;
        counters.success = 1;
        QVERIFY(writer.append(
            std::vector { scrapeAt(1000, snapshotOf({ { { QStringLiteral("a"), QString() }, counters } })) }, &error));
        HistoryStore second(path);
        QVERIFY2(second.open(HistoryStore::Access::ReadWrite, &error), qPrintable(error));
        QVERIFY(!second.isWritable());
        QVERIFY(second.notice().contains(QStringLiteral("only reads")));
        QVERIFY(!second.append(
            std::vector { scrapeAt(2000, snapshotOf({ { { QStringLiteral("a"), QString() }, counters } })) }, &error));
        QCOMPARE(second.sources(&error)->size(), std::size_t(1)); // but it reads
    }

    // Issue 11: moving through the checks asks the Details lane for one course after another;
    // while the lane is busy, only the newest still waiting is computed, and other reads all run.
    void aNewerLatestReadSupersedesTheOnesNotStarted()
    {
        QTemporaryDir dir;
        HistoryRecorder recorder(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(recorder.waitForCommitted());
        QSemaphore started;
        QSemaphore gate;
        QSemaphore done;
        QStringList ran; // written on the lane's thread only, read after `done`
        bool opened = false;
        recorder.read(
            [&](const HistoryStore *store) {
                opened = store != nullptr;
                started.release();
                gate.acquire(); // the lane is busy while the others are asked for
            },
            HistoryRecorder::ReadLane::Details);
        QVERIFY(started.tryAcquire(1, 10000));
        QVERIFY(opened);
        for (const QString &name : { QStringLiteral("a"), QStringLiteral("b") }) {
            recorder.readLatest(
                [&ran, name](const HistoryStore *) { ran << name; }, HistoryRecorder::ReadLane::Details);
        }
        recorder.read(
            [&ran](const HistoryStore *) { ran << QStringLiteral("every"); }, HistoryRecorder::ReadLane::Details);
        recorder.readLatest(
            [&ran](const HistoryStore *) { ran << QStringLiteral("c"); }, HistoryRecorder::ReadLane::Details);
        // The last one asked for is queued behind the others: it ends the test.
        recorder.read([&done](const HistoryStore *) { done.release(); }, HistoryRecorder::ReadLane::Details);
        // Everything above reached the lane (through the recorder's thread) before it is let go.
        QVERIFY(recorder.waitForCommitted());
        gate.release();
        QVERIFY(done.tryAcquire(1, 10000));
        QCOMPARE(ran, QStringList({ QStringLiteral("every"), QStringLiteral("c") }));

        // Alone, a latest read runs: nothing newer superseded it.
        recorder.readLatest([&done](const HistoryStore *) { done.release(); }, HistoryRecorder::ReadLane::Details);
        QVERIFY(done.tryAcquire(1, 10000));
    }

    void aFileThatIsNotOursIsMovedAsideNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("text") << QByteArray("text");
        QTest::newRow("foreign sqlite") << QByteArray("foreign");
        QTest::newRow("damaged") << QByteArray("damaged");
    }

    void aFileThatIsNotOursIsMovedAsideNeverOverwritten()
    {
        QFETCH(QByteArray, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        if (kind == "text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("my notes, not a database\n");
        } else {
            {
                HistoryStore store(path);
                QString error;
                QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
                Counters counters;
                counters.success = 1;
                QVERIFY(store.append(
                    std::vector { scrapeAt(1000, snapshotOf({ { { QStringLiteral("a"), QString() }, counters } })) },
                    &error));
                if (kind == "foreign") {
                    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
                    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id=1234")));
                }
                QVERIFY(QSqlQuery(QSqlDatabase::database(store.connectionName()))
                            .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            if (kind == "damaged") {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                const qint64 size = file.size();
                file.seek(4096); // every page after the header's: the schema's tables
                file.write(QByteArray(size - 4096, '\x5a'));
            }
        }
        const QByteArray original = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        // Reading refuses, and leaves the file alone.
        HistoryStore reader(path);
        QString error;
        QVERIFY(!reader.open(HistoryStore::Access::ReadOnly, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(QFile::exists(path));

        // Writing moves it aside, says where, and starts afresh.
        HistoryStore writer(path);
        QVERIFY2(writer.open(HistoryStore::Access::ReadWrite, &error), qPrintable(error));
        QVERIFY(writer.isWritable());
        QVERIFY2(writer.notice().contains(QStringLiteral("moved aside")), qPrintable(writer.notice()));
        const QStringList aside = QDir(dir.path()).entryList({ QStringLiteral("history.sqlite.unreadable-*") });
        QCOMPARE(aside.size(), 1);
        QFile moved(dir.filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), original);
        QVERIFY(writer.sources(&error)->empty());
    }

    void aNewerSchemaIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store(path);
            QString error;
            QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
            QVERIFY(QSqlQuery(QSqlDatabase::database(store.connectionName()))
                        .exec(QStringLiteral("PRAGMA user_version=99")));
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        HistoryStore store(path);
        QString error;
        QVERIFY(!store.open(HistoryStore::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QVERIFY(!store.isWritable());
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(QDir(dir.path()).entryList({ QStringLiteral("*.unreadable-*") }).isEmpty());
    }

    void importThenExportGivesEverySampleBack()
    {
        const QByteArray input
            = "# HELP healthcheck_duration_seconds Latency.\n"
              "# TYPE healthcheck_duration_seconds histogram\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"0.5\"} 1 "
              "1700000000\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"0.5\"} 2 "
              "1700000060.5\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"+Inf\"} 2 "
              "1700000000\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"+Inf\"} 3 "
              "1700000060.5\n"
              "healthcheck_duration_seconds_sum{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} 0.30000000000000004 "
              "1700000000\n"
              "healthcheck_duration_seconds_sum{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} NaN 1700000060.5\n"
              "healthcheck_duration_seconds_count{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} 2 1700000000\n"
              "healthcheck_duration_seconds_count{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} 3 1700000060.5\n"
              "# TYPE healthcheck counter\n"
              "healthcheck_total{id=\"a\",name=\"A \\\"quoted\\\"\",status=\"success\",zone=\"eu\"} 2 1700000000\n"
              "healthcheck_total{id=\"a\",name=\"A \\\"quoted\\\"\",status=\"success\",zone=\"eu\"} 2 1700000060.5\n"
              "healthcheck_total{id=\"a\",name=\"A \\\"quoted\\\"\",status=\"failure\",zone=\"eu\"} 1 1700000060.5\n"
              "# TYPE other gauge\n"
              "other 1 1700000000\n"
              "# EOF\n";
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
        QBuffer in;
        in.setData(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const auto result = OpenMetricsBackfill::import(in, QStringLiteral("week.om"), store, QStringLiteral("week"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.samples, 11);
        QCOMPARE(result.skipped, 1);

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY2(
            OpenMetricsBackfill::exportTo(out, store, *store.sources(&error), std::nullopt, &error), qPrintable(error));
        const QByteArray expected
            = "# TYPE healthcheck_duration_seconds histogram\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"0.5\"} 1 "
              "1700000000\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"+Inf\"} 2 "
              "1700000000\n"
              "healthcheck_duration_seconds_count{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} 2 1700000000\n"
              "healthcheck_duration_seconds_sum{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} 0.30000000000000004 "
              "1700000000\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"0.5\"} 2 "
              "1700000060.5\n"
              "healthcheck_duration_seconds_bucket{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",le=\"+Inf\"} 3 "
              "1700000060.5\n"
              "healthcheck_duration_seconds_count{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} 3 1700000060.5\n"
              "healthcheck_duration_seconds_sum{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\"} NaN 1700000060.5\n"
              "# TYPE healthcheck counter\n"
              "healthcheck_total{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",status=\"success\"} 2 1700000000\n"
              "healthcheck_total{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",status=\"success\"} 2 1700000060.5\n"
              "healthcheck_total{id=\"a\",name=\"A \\\"quoted\\\"\",zone=\"eu\",status=\"failure\"} 1 1700000060.5\n"
              "# EOF\n";
        QCOMPARE(out.data(), expected);
    }

    void badImportSaysWhereAndCommitsNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");
        const QByteArray good = "healthcheck_total{id=\"a\",status=\"success\"} 1 1700000000\n";
        QTest::newRow("no timestamp") << good + "healthcheck_total{id=\"a\",status=\"success\"} 2\n# EOF\n"
                                      << QStringLiteral("in.om:2:");
        QTest::newRow("bad value") << good + "healthcheck_total{id=\"a\",status=\"success\"} two 1700000060\n# EOF\n"
                                   << QStringLiteral("in.om:2:44:");
        QTest::newRow("back in time") << good + "healthcheck_total{id=\"a\",status=\"success\"} 2 1699999999\n# EOF\n"
                                      << QStringLiteral("in.om:2:");
        QTest::newRow("unclosed label") << good + "healthcheck_total{id=\"a 1 1700000060\n# EOF\n"
                                        << QStringLiteral("in.om:2:");
        QTest::newRow("no EOF") << good << QStringLiteral("in.om:2:1:");
        QTest::newRow("after EOF") << good + "# EOF\n" + good << QStringLiteral("in.om:3:1:");
        QTest::newRow("bucket without le")
            << QByteArray("healthcheck_duration_seconds_bucket{id=\"a\"} 1 1\n# EOF\n") << QStringLiteral("in.om:1:");
    }

    void badImportSaysWhereAndCommitsNothing()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, where);
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY(store.open(HistoryStore::Access::ReadWrite, &error));
        QBuffer in;
        in.setData(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const auto result = OpenMetricsBackfill::import(in, QStringLiteral("in.om"), store, QStringLiteral("in"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(where), qPrintable(result.error));
        QVERIFY(store.sources(&error)->empty());
        // And the store still takes an import afterwards.
        QBuffer again;
        again.setData("healthcheck_total{id=\"a\",status=\"success\"} 1 1700000000\n# EOF\n");
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(OpenMetricsBackfill::import(again, QStringLiteral("ok.om"), store, QStringLiteral("ok")).ok);
        QCOMPARE(store.sources(&error)->size(), std::size_t(1));
    }

    void timestampsAreExactToTheMillisecond()
    {
        for (const std::int64_t ms : { std::int64_t(0), std::int64_t(1), std::int64_t(999), std::int64_t(1000),
                 std::int64_t(1700000000123), std::int64_t(-1), std::int64_t(-1500), std::int64_t(4102444800010) }) {
            const QByteArray text = OpenMetricsBackfill::formatTimestamp(ms);
            QCOMPARE(OpenMetricsBackfill::parseTimestamp(std::string_view(text.constData(), std::size_t(text.size()))),
                std::optional<std::int64_t>(ms));
        }
        QCOMPARE(OpenMetricsBackfill::parseTimestamp("1.7e9"), std::optional<std::int64_t>(1700000000000));
        QCOMPARE(OpenMetricsBackfill::parseTimestamp("1700000000.0005"), std::optional<std::int64_t>(1700000000001));
        QVERIFY(!OpenMetricsBackfill::parseTimestamp("soon"));
    }
};

QTEST_GUILESS_MAIN(HistoryTest)
#include "tst_history.moc"
