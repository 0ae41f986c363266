// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositionparser.h"
#include "core/exposition/expositionwriter.h"
#include "core/exposition/prometheusnumber.h"
#include "simulator/expositiongenerator.h"

#include <QDir>
#include <QFile>
#include <QFutureSynchronizer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

using namespace appclacks::core;
using namespace appclacks::simulator;

Q_DECLARE_METATYPE(appclacks::core::ParseLimits)

namespace {

const QString dataDir = QStringLiteral(APPCLACKS_TEST_DATA_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

QJsonArray readJsonArray(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    }
    return document.array();
}

ExpositionFormat formatNamed(const QString &name)
{
    return name == QLatin1String("openmetrics") ? ExpositionFormat::OpenMetrics100 : ExpositionFormat::Text004;
}

QByteArray inputOf(const QJsonObject &entry)
{
    if (entry.contains(QLatin1String("input_base64"))) {
        return QByteArray::fromBase64(entry.value(QLatin1String("input_base64")).toString().toLatin1());
    }
    return entry.value(QLatin1String("input")).toString().toUtf8();
}

ExpositionParser::Result parse(
    const QByteArray &input, ExpositionFormat format = ExpositionFormat::Text004, ParseLimits limits = {})
{
    return ExpositionParser(limits).parse(input, format);
}

QJsonObject toJsonObject(const ExpositionDocument &document)
{
    const std::string json = ExpositionWriter::toJson(document);
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

// Samples of a document as the catalogues write them, in input order across families.
QJsonArray samplesAsJson(const ExpositionDocument &document)
{
    QJsonArray samples;
    const QJsonArray families = toJsonObject(document).value(QLatin1String("families")).toArray();
    for (const auto &family : families) {
        for (const auto &sample : family.toObject().value(QLatin1String("samples")).toArray()) {
            samples.append(sample);
        }
    }
    return samples;
}

std::string_view labelOf(const ExpositionDocument &document, const ExpositionSample &sample, std::string_view name)
{
    std::string_view value;
    return document.findLabel(sample, name, value) ? value : std::string_view("<missing>");
}

// Every path through the structural index (16-byte and, where the CPU has it, AVX2 stage one)
// must find exactly what the portable byte loop finds: the same error, or a document that writes
// out the same; and count() through it the same figures.
void verifyScansAgree(const QByteArray &input, ExpositionFormat format, ParseLimits limits = {},
    std::size_t indexChunkBytes = ExpositionParser::defaultIndexChunkBytes)
{
    const auto portable = ExpositionParser(limits, ExpositionParser::Scan::Portable).parse(input, format);
    for (const auto scan : { ExpositionParser::Scan::Vector128, ExpositionParser::Scan::Avx2 }) {
        ExpositionParser parser(limits, scan);
        parser.setIndexChunkBytes(indexChunkBytes);
        const auto vector = parser.parse(input, format);
        QCOMPARE(vector.ok(), portable.ok());
        const auto counted = parser.count(input, format);
        QCOMPARE(counted.ok(), portable.ok());
        if (!portable.ok()) {
            QCOMPARE(vector.error.toString(), portable.error.toString());
            QCOMPARE(counted.error.toString(), portable.error.toString());
            continue;
        }
        QCOMPARE(ExpositionWriter::toJson(*vector.document), ExpositionWriter::toJson(*portable.document));
        const ExpositionCounts want = portable.document->counts();
        QCOMPARE(counted.counts->samples, want.samples);
        QCOMPARE(counted.counts->labels, want.labels);
        QCOMPARE(std::bit_cast<std::uint64_t>(counted.counts->valueSum), std::bit_cast<std::uint64_t>(want.valueSum));
    }
}

// count() must agree with parse() exactly: the same refusals with the same errors, the same figures
// to the bit.
void verifyCountAgrees(const QByteArray &input, ExpositionFormat format, ParseLimits limits = {})
{
    const auto parsed = parse(input, format, limits);
    const auto counted = ExpositionParser(limits).count(input, format);
    QCOMPARE(counted.ok(), parsed.ok());
    if (!parsed.ok()) {
        QCOMPARE(counted.error.toString(), parsed.error.toString());
        return;
    }
    const ExpositionCounts want = parsed.document->counts();
    QCOMPARE(counted.counts->families, want.families);
    QCOMPARE(counted.counts->samples, want.samples);
    QCOMPARE(counted.counts->labels, want.labels);
    QCOMPARE(counted.counts->labels, std::uint64_t(parsed.document->labelCount()));
    QCOMPARE(std::bit_cast<std::uint64_t>(counted.counts->valueSum), std::bit_cast<std::uint64_t>(want.valueSum));
}

// countStream() over `input` with a window of `window` bytes, fed by a reader that hands out at
// most `piece` bytes a call.
ExpositionParser::StreamCount countInWindows(
    const QByteArray &input, ExpositionFormat format, ParseLimits limits, std::size_t window, qsizetype piece)
{
    qsizetype at = 0;
    const ExpositionParser::Reader read = [&](char *buffer, std::int64_t capacity) {
        const qsizetype n = std::min({ qsizetype(capacity), piece, input.size() - at });
        std::memcpy(buffer, input.constData() + at, std::size_t(n));
        at += n;
        return std::int64_t(n);
    };
    return ExpositionParser(limits).countStream(read, input.size(), format, window);
}

// countStream() must agree with count() whatever the window, wherever the window's edges fall:
// on small inputs at every position (every window size), on larger ones at a spread of sizes.
void verifyStreamAgrees(const QByteArray &input, ExpositionFormat format, ParseLimits limits = {})
{
    using Outcome = ExpositionParser::StreamCount::Outcome;
    const auto counted = ExpositionParser(limits).count(input, format);
    std::vector<std::size_t> windows;
    if (input.size() <= 400) {
        for (std::size_t window = 1; window <= std::size_t(input.size()) + 1; ++window) {
            windows.push_back(window);
        }
    } else {
        windows = { 1, 2, 3, 17, 64, 1000, 4096, std::size_t(input.size()) - 1, ExpositionParser::defaultWindowBytes };
    }
    for (const std::size_t window : windows) {
        for (const qsizetype piece : { qsizetype(1), qsizetype(3), input.size() + 1 }) {
            if (piece == 1 && input.size() > 4096) {
                continue; // byte by byte only where it stays quick
            }
            const auto streamed = countInWindows(input, format, limits, window, piece);
            const QByteArray where = "window " + QByteArray::number(qulonglong(window)) + ", reads of at most "
                + QByteArray::number(piece) + " bytes";
            if (!counted.ok()) {
                QVERIFY2(streamed.outcome == Outcome::Refused, where.constData());
                QCOMPARE(streamed.error.toString(), counted.error.toString());
                continue;
            }
            if (streamed.outcome == Outcome::NeedsWholeInput) {
                continue; // families came back: the caller counts the whole input instead
            }
            QVERIFY2(streamed.outcome == Outcome::Counted, where.constData());
            QCOMPARE(streamed.counts->families, counted.counts->families);
            QCOMPARE(streamed.counts->samples, counted.counts->samples);
            QCOMPARE(streamed.counts->labels, counted.counts->labels);
            QCOMPARE(std::bit_cast<std::uint64_t>(streamed.counts->valueSum),
                std::bit_cast<std::uint64_t>(counted.counts->valueSum));
        }
    }
}

} // namespace

class TestExpositionParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedCountEdges();
    void corpusFilesParse_data();
    void corpusFilesParse();
    void goldenJson_data();
    void goldenJson();
    void badInputs_data();
    void badInputs();
    void goodInputs_data();
    void goodInputs();
    void textRoundTrips_data();
    void textRoundTrips();

    void numbers_data();
    void numbers();
    void numberFormatting_data();
    void numberFormatting();
    void escapesAreUnescaped();
    void histogramWithoutTypeIsInferred();
    void familiesGroupTheirSuffixes();
    void interleavedTextFamiliesAreMerged();
    void openMetricsTimestampsAndExemplars();
    void unknownEscapesAreRefused_data();
    void unknownEscapesAreRefused();
    void limits_data();
    void limits();
    void pathologicalInputsStayCorrect();
    void byteOrderMarkIsRefusedClearly();
    void vectorScanMatchesPortableAtEveryOffset();
    void indexChunkEdgesFallEverywhere();
    void scanIsChosenAtRunTime();
    void shortDecimalsMatchFromChars();
    void reservationIsBoundedByTheInput();
    void columnsCountCharacters();
    void formatDetection();
    void contentTypes();
    void generatedCorpusParses();
    void parsesConcurrently();
};

void TestExpositionParser::streamedCountEdges()
{
    using Outcome = ExpositionParser::StreamCount::Outcome;
    // A line longer than the window: the window grows to hold it, names stay right across refills.
    const QByteArray longLine = "m{a=\"" + QByteArray(5000, 'x') + "\",b=\"y\"} 2\nm{a=\"z\"} 1\nn 3\n";
    const auto grown = countInWindows(longLine, ExpositionFormat::Text004, {}, 16, 7);
    QVERIFY(grown.outcome == Outcome::Counted);
    QCOMPARE(grown.counts->families, std::size_t(2));
    QCOMPARE(grown.counts->samples, std::uint64_t(3));
    QCOMPARE(grown.counts->labels, std::uint64_t(3));
    QCOMPARE(grown.counts->valueSum, 6.0);

    // A line over the limit is refused before the window has grown past the limit.
    ParseLimits limits;
    limits.maxLineBytes = 100;
    const auto tooLong
        = countInWindows("a 1\n" + QByteArray(1000, 'b') + " 1\n", ExpositionFormat::Text004, limits, 8, 1000);
    QVERIFY(tooLong.outcome == Outcome::Refused);
    QCOMPARE(tooLong.error.toString(), QStringLiteral("2:101: line too long: the limit is 100 bytes"));

    // Families that come back: the value sum in the document's order needs the whole input.
    const auto reopened
        = countInWindows(QByteArrayLiteral("a 1e16\nb 1\na -1e16\nb 1\n"), ExpositionFormat::Text004, {}, 4, 4);
    QVERIFY(reopened.outcome == Outcome::NeedsWholeInput);

    // A reader that fails mid-way is reported as such, not as bad data.
    int calls = 0;
    const auto failed = ExpositionParser().countStream(
        [&calls](char *buffer, std::int64_t) -> std::int64_t {
            if (calls++ > 0) {
                return -1;
            }
            const std::string_view line = "a 1\n";
            std::copy(line.begin(), line.end(), buffer);
            return 4;
        },
        8, ExpositionFormat::Text004, 4);
    QVERIFY(failed.outcome == Outcome::ReadFailed);

    // The size said beforehand is checked against the limits, as count() checks the input's.
    limits = {};
    limits.maxBodyBytes = 10;
    const auto tooLarge = ExpositionParser(limits).countStream(
        [](char *, std::int64_t) -> std::int64_t { return 0; }, 11, ExpositionFormat::Text004);
    QVERIFY(tooLarge.outcome == Outcome::Refused);
    QCOMPARE(tooLarge.error.toString(), QStringLiteral("1:1: body too large: 11 bytes, the limit is 10"));
}

void TestExpositionParser::corpusFilesParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("families");
    QTest::addColumn<int>("samples");
    // Counts from tests/data/corpus/README.md: Prometheus's own parser, expfmt and
    // prometheus_client agree on the three captures.
    QTest::newRow("appclacks docs sample") << "appclacks_docs_sample.prom" << 2 << 15;
    QTest::newRow("cabourotte style") << "cabourotte_style.prom" << 4 << 49;
    QTest::newRow("prometheus self") << "prometheus_self_metrics.prom" << 169 << 331;
    QTest::newRow("blackbox exporter") << "blackbox_exporter_metrics.prom" << 44 << 55;
    QTest::newRow("blackbox probe") << "blackbox_probe_success.prom" << 13 << 17;
}

void TestExpositionParser::corpusFilesParse()
{
    QFETCH(QString, file);
    QFETCH(int, families);
    QFETCH(int, samples);
    const QByteArray input = readFile(dataDir + QStringLiteral("/corpus/") + file);
    const auto result = parse(input, ExpositionParser::detectFormat(input));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(int(result.document->families().size()), families);
    QCOMPARE(int(result.document->samples().size()), samples);
    verifyCountAgrees(input, ExpositionParser::detectFormat(input));
    verifyStreamAgrees(input, ExpositionParser::detectFormat(input));
    verifyScansAgree(input, ExpositionParser::detectFormat(input));
}

void TestExpositionParser::goldenJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("appclacks docs sample") << "appclacks_docs_sample";
    QTest::newRow("cabourotte style") << "cabourotte_style";
}

void TestExpositionParser::goldenJson()
{
    QFETCH(QString, file);
    const QByteArray input = readFile(dataDir + QStringLiteral("/corpus/") + file + QStringLiteral(".prom"));
    const auto result = parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QJsonObject expected = QJsonDocument::fromJson(
        readFile(dataDir + QStringLiteral("/exposition/golden/") + file + QStringLiteral(".json")))
                                     .object();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toJsonObject(*result.document), expected);
}

void TestExpositionParser::badInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    const QJsonArray entries = readJsonArray(dataDir + QStringLiteral("/exposition/bad_inputs.json"));
    QVERIFY(entries.size() >= 60);
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        QTest::newRow(qPrintable(entry.value(QLatin1String("name")).toString()))
            << inputOf(entry) << entry.value(QLatin1String("format")).toString()
            << entry.value(QLatin1String("line")).toInt() << entry.value(QLatin1String("reason")).toString();
    }
}

void TestExpositionParser::badInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, format);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const auto result = parse(input, formatNamed(format));
    QVERIFY2(!result.ok(), "accepted an input Prometheus refuses");
    QVERIFY(!result.document);
    QVERIFY2(result.error.reason.contains(reason, Qt::CaseInsensitive), qPrintable(result.error.toString()));
    QCOMPARE(result.error.line, line);
    QVERIFY(result.error.column >= 1);
    verifyCountAgrees(input, formatNamed(format));
    verifyStreamAgrees(input, formatNamed(format));
    verifyScansAgree(input, formatNamed(format));
}

void TestExpositionParser::goodInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QJsonArray>("samples");
    const QString path = dataDir + QStringLiteral("/exposition/good_inputs.json");
    const QJsonArray entries = readJsonArray(path);
    QVERIFY(entries.size() >= 40);
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        QTest::newRow(qPrintable(entry.value(QLatin1String("name")).toString()))
            << inputOf(entry) << entry.value(QLatin1String("format")).toString()
            << entry.value(QLatin1String("samples")).toArray();
    }
}

// Every sample Prometheus's textparse produced for the input, in order, with the same labels,
// value and timestamp.
void TestExpositionParser::goodInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, format);
    QFETCH(QJsonArray, samples);
    const auto result = parse(input, formatNamed(format));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    verifyCountAgrees(input, formatNamed(format));
    verifyStreamAgrees(input, formatNamed(format));
    verifyScansAgree(input, formatNamed(format));
    const QJsonArray actual = samplesAsJson(*result.document);
    QCOMPARE(actual.size(), samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonObject want = samples.at(i).toObject();
        const QJsonObject got = actual.at(i).toObject();
        QCOMPARE(got.value(QLatin1String("name")), want.value(QLatin1String("name")));
        QCOMPARE(got.value(QLatin1String("labels")), want.value(QLatin1String("labels")));
        QCOMPARE(
            got.value(QLatin1String("timestamp_ms")).toDouble(), want.value(QLatin1String("timestamp_ms")).toDouble());
        const QJsonValue wantValue = want.value(QLatin1String("value"));
        const QJsonValue gotValue = got.value(QLatin1String("value"));
        if (wantValue.isString()) {
            QCOMPARE(gotValue.toString(), wantValue.toString());
        } else {
            QCOMPARE(gotValue.toDouble(), wantValue.toDouble());
        }
    }
}

void TestExpositionParser::textRoundTrips_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(dataDir + QStringLiteral("/corpus")).entryList({ QStringLiteral("*.prom") });
    QVERIFY(files.size() >= 5);
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

// `parse --format text` must write something that parses back to the very same document.
void TestExpositionParser::textRoundTrips()
{
    QFETCH(QString, file);
    const auto first = parse(readFile(dataDir + QStringLiteral("/corpus/") + file));
    QVERIFY2(first.ok(), qPrintable(first.error.toString()));
    const QByteArray text = QByteArray::fromStdString(ExpositionWriter::toText(*first.document));
    const auto second = parse(text);
    QVERIFY2(second.ok(), qPrintable(second.error.toString()));
    QCOMPARE(toJsonObject(*second.document), toJsonObject(*first.document));
}

void TestExpositionParser::numbers_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    const double inf = std::numeric_limits<double>::infinity();
    // What Go's strconv.ParseFloat returns, after Prometheus's own refusal of 'p', 'P' and '_'.
    QTest::newRow("integer") << "42" << true << 42.0;
    QTest::newRow("exponent") << "1e3" << true << 1000.0;
    QTest::newRow("capital exponent") << "1E-3" << true << 0.001;
    QTest::newRow("leading point") << ".5" << true << 0.5;
    QTest::newRow("trailing point") << "5." << true << 5.0;
    QTest::newRow("point exponent") << "1.e3" << true << 1000.0;
    QTest::newRow("plus sign") << "+1" << true << 1.0;
    QTest::newRow("leading zero") << "017" << true << 17.0;
    QTest::newRow("Inf") << "Inf" << true << inf;
    QTest::newRow("+Inf") << "+Inf" << true << inf;
    QTest::newRow("-Inf") << "-Inf" << true << -inf;
    QTest::newRow("infinity") << "infinity" << true << inf;
    QTest::newRow("-INFINITY") << "-INFINITY" << true << -inf;
    QTest::newRow("underflow to zero") << "1e-400" << true << 0.0;
    QTest::newRow("smallest subnormal") << "5e-324" << true << 5e-324;
    QTest::newRow("largest double") << "1.7976931348623157e308" << true << 1.7976931348623157e308;
    QTest::newRow("2^64") << "18446744073709551616" << true << 18446744073709551616.0;
    QTest::newRow("hex float") << "0x1p3" << false << 0.0;
    QTest::newRow("hex integer") << "0x1" << false << 0.0;
    QTest::newRow("underscore") << "1_000" << false << 0.0;
    QTest::newRow("signed NaN") << "+NaN" << false << 0.0;
    QTest::newRow("negative nan") << "-nan" << false << 0.0;
    QTest::newRow("overflow") << "1e400" << false << 0.0;
    QTest::newRow("lone point") << "." << false << 0.0;
    QTest::newRow("bare exponent") << "1e" << false << 0.0;
    QTest::newRow("double sign") << "--1" << false << 0.0;
    QTest::newRow("infinit") << "infinit" << false << 0.0;
    QTest::newRow("comma decimal") << "1,5" << false << 0.0;
    QTest::newRow("nan with payload") << "nan(1)" << false << 0.0;
}

void TestExpositionParser::numbers()
{
    QFETCH(QString, token);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const QByteArray bytes = token.toLatin1();
    const ParsedNumber number = parsePrometheusFloat(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QCOMPARE(number.error == NumberError::None, valid);
    if (valid) {
        QCOMPARE(number.value, expected);
        QCOMPARE(std::signbit(number.value), std::signbit(expected));
    }
    const auto nan = parsePrometheusFloat("NaN");
    QVERIFY(nan.error == NumberError::None && std::isnan(nan.value));
}

void TestExpositionParser::numberFormatting_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    // Go's strconv.FormatFloat(v, 'g', -1, 64), as Prometheus writes values.
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("integer") << 1027.0 << "1027";
    QTest::newRow("six digits") << 123456.0 << "123456";
    QTest::newRow("million") << 1e6 << "1e+06";
    QTest::newRow("1234567") << 1234567.0 << "1.234567e+06";
    QTest::newRow("small") << 0.0001 << "0.0001";
    QTest::newRow("smaller") << 0.00001 << "1e-05";
    QTest::newRow("fraction") << 0.25 << "0.25";
    QTest::newRow("negative") << -3.5 << "-3.5";
    QTest::newRow("epoch") << 1.458255915e9 << "1.458255915e+09";
    QTest::newRow("summary sum") << 1.7560473e+07 << "1.7560473e+07";
    QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << "+Inf";
    QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << "-Inf";
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "NaN";
}

void TestExpositionParser::numberFormatting()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(formatPrometheusFloat(value)), expected);
}

void TestExpositionParser::escapesAreUnescaped()
{
    const auto result = parse(
        QByteArrayLiteral("# HELP m A \\\\ help\\nline\n"
                          "m{path=\"C:\\\\DIR\\\\FILE.TXT\",error=\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1\n"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ExpositionDocument &document = *result.document;
    QCOMPARE(document.help(document.families()[0]), std::string_view("A \\ help\nline"));
    const ExpositionSample &sample = document.samples()[0];
    QCOMPARE(labelOf(document, sample, "path"), std::string_view("C:\\DIR\\FILE.TXT"));
    QCOMPARE(labelOf(document, sample, "error"), std::string_view("Cannot find file:\n\"FILE.TXT\""));
}

void TestExpositionParser::histogramWithoutTypeIsInferred()
{
    // Appclacks' documented sample: no TYPE, `le` in string order.
    const auto result = parse(readFile(dataDir + QStringLiteral("/corpus/appclacks_docs_sample.prom")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ExpositionDocument &document = *result.document;
    QCOMPARE(document.families().size(), std::size_t(2));
    const ExpositionFamily &histogram = document.families()[0];
    QCOMPARE(document.symbol(histogram.name), std::string_view("healthcheck_duration_seconds"));
    QCOMPARE(histogram.type, MetricType::Histogram);
    QVERIFY(!histogram.typeDeclared);
    QCOMPARE(histogram.sampleCount, 14u);
    QCOMPARE(labelOf(document, document.samples(histogram)[0], "le"), std::string_view("+Inf"));
    QCOMPARE(labelOf(document, document.samples(histogram)[0], "name"), std::string_view("mcorbin-blog"));
    QCOMPARE(document.families()[1].type, MetricType::Untyped);

    // A `_bucket` series without `le` is not a histogram; _sum and _count follow inferred buckets.
    const auto plain = parse(QByteArrayLiteral("x_bucket{a=\"1\"} 1\ny_bucket{le=\"1\"} 2\ny_bucket{le=\"+Inf\"} 3\n"
                                               "y_sum 4\ny_count 3\n"));
    QVERIFY2(plain.ok(), qPrintable(plain.error.toString()));
    QCOMPARE(plain.document->families().size(), std::size_t(2));
    QCOMPARE(plain.document->symbol(plain.document->families()[0].name), std::string_view("x_bucket"));
    QCOMPARE(plain.document->families()[0].type, MetricType::Untyped);
    QCOMPARE(plain.document->families()[1].type, MetricType::Histogram);
    QCOMPARE(plain.document->families()[1].sampleCount, 4u);
}

void TestExpositionParser::familiesGroupTheirSuffixes()
{
    const auto result = parse(QByteArrayLiteral("# TYPE a counter\n"
                                                "a_total 1\n"
                                                "a_created 1700000000\n"
                                                "# TYPE h histogram\n"
                                                "h_bucket{le=\"1\"} 1\n"
                                                "h_bucket{le=\"+Inf\"} 2\n"
                                                "h_count 2\n"
                                                "h_sum 1.5\n"
                                                "h_created 1700000000\n"
                                                "# TYPE g gaugehistogram\n"
                                                "g_bucket{le=\"+Inf\"} 2\n"
                                                "g_gcount 2\n"
                                                "g_gsum 3\n"
                                                "# TYPE s summary\n"
                                                "s{quantile=\"0.5\"} 1\n"
                                                "s_sum 3\n"
                                                "s_count 2\n"
                                                "# TYPE i info\n"
                                                "i_info{version=\"1\"} 1\n"
                                                "# TYPE st stateset\n"
                                                "st{st=\"a\"} 1\n"
                                                "# EOF\n"),
        ExpositionFormat::OpenMetrics100);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ExpositionDocument &document = *result.document;
    QCOMPARE(document.families().size(), std::size_t(6));
    const std::array<std::pair<MetricType, std::uint32_t>, 6> expected { {
        { MetricType::Counter, 2 },
        { MetricType::Histogram, 5 },
        { MetricType::GaugeHistogram, 3 },
        { MetricType::Summary, 3 },
        { MetricType::Info, 1 },
        { MetricType::StateSet, 1 },
    } };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(document.families()[i].type, expected[i].first);
        QCOMPARE(document.families()[i].sampleCount, expected[i].second);
    }
}

void TestExpositionParser::interleavedTextFamiliesAreMerged()
{
    const auto result = parse(QByteArrayLiteral("a{x=\"1\"} 1\nb 2\na{x=\"2\"} 3\n"));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ExpositionDocument &document = *result.document;
    QCOMPARE(document.families().size(), std::size_t(2));
    const auto a = document.samples(document.families()[0]);
    QCOMPARE(a.size(), std::size_t(2));
    QCOMPARE(a[0].value, 1.0);
    QCOMPARE(a[1].value, 3.0);
    QCOMPARE(document.samples(document.families()[1])[0].value, 2.0);
    // Reopened families: count() must add the values in the document's order, not the input's.
    verifyCountAgrees(QByteArrayLiteral("a 1e16\nb 1\na -1e16\nb 1\n"), ExpositionFormat::Text004);
    QCOMPARE(ExpositionParser()
                 .count(QByteArrayLiteral("a 1e16\nb 1\na -1e16\nb 1\n"), ExpositionFormat::Text004)
                 .counts->valueSum,
        2.0);

    // Metadata first, samples later, another family in between: each sample still lands in its family.
    const auto metadataFirst = parse(QByteArrayLiteral("# HELP a first\nb 1\nb 2\na 3\n"));
    QVERIFY2(metadataFirst.ok(), qPrintable(metadataFirst.error.toString()));
    const auto &families = metadataFirst.document->families();
    QCOMPARE(metadataFirst.document->symbol(families[0].name), std::string_view("a"));
    QCOMPARE(metadataFirst.document->samples(families[0]).size(), std::size_t(1));
    QCOMPARE(metadataFirst.document->samples(families[0])[0].value, 3.0);
    QCOMPARE(metadataFirst.document->samples(families[1]).size(), std::size_t(2));
    QCOMPARE(
        metadataFirst.document->symbol(metadataFirst.document->samples(families[1])[1].name), std::string_view("b"));

    const auto openMetrics = parse(QByteArrayLiteral("a 1\nb 2\na 3\n# EOF\n"), ExpositionFormat::OpenMetrics100);
    QVERIFY(!openMetrics.ok());
    QCOMPARE(openMetrics.error.line, 3);
    QVERIFY(openMetrics.error.reason.contains(QLatin1String("interleaved")));
}

void TestExpositionParser::openMetricsTimestampsAndExemplars()
{
    const auto result = parse(QByteArrayLiteral("# TYPE h histogram\n"
                                                "# UNIT h seconds\n"
                                                "h_bucket{le=\"0.5\"} 3 # {trace_id=\"abc\"} 0.3 1520879607.789\n"
                                                "h_bucket{le=\"+Inf\"} 4 1520879607.789\n"
                                                "h_count 4 -1.5\n"
                                                "h_sum 1 # {} 1\n"
                                                "# EOF"),
        ExpositionFormat::OpenMetrics100);
    QVERIFY(!result.ok()); // the UNIT must be a suffix of the family name
    QVERIFY(result.error.reason.contains(QLatin1String("invalid UNIT")));

    const auto valid
        = parse(QByteArrayLiteral("# TYPE h_seconds histogram\n"
                                  "# UNIT h_seconds seconds\n"
                                  "h_seconds_bucket{le=\"0.5\"} 3 # {trace_id=\"abc\"} 0.3 1520879607.789\n"
                                  "h_seconds_bucket{le=\"+Inf\"} 4 1520879607.789\n"
                                  "h_seconds_count 4 -1.5\n"
                                  "h_seconds_created 1\n"
                                  "h_seconds_sum 1\n"
                                  "# EOF"),
            ExpositionFormat::OpenMetrics100);
    QVERIFY2(valid.ok(), qPrintable(valid.error.toString()));
    const ExpositionDocument &document = *valid.document;
    QCOMPARE(document.unit(document.families()[0]), std::string_view("seconds"));
    const auto samples = document.samples();
    QCOMPARE(samples.size(), std::size_t(5));
    QVERIFY(samples[0].hasExemplar);
    QVERIFY(!samples[0].hasTimestamp);
    QCOMPARE(samples[0].labelCount, std::uint16_t(1)); // the exemplar's labels are not the sample's
    QVERIFY(samples[1].hasTimestamp);
    QCOMPARE(samples[1].timestampMs, std::int64_t(1520879607789));
    QCOMPARE(samples[2].timestampMs, std::int64_t(-1500));
    QVERIFY(!samples[3].hasExemplar);
}

void TestExpositionParser::unknownEscapesAreRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("line");
    // expfmt refuses these; textparse keeps the backslash. Issue 3 asks for the refusal.
    QTest::newRow("tab escape in label value") << QByteArrayLiteral("m{a=\"x\\ty\"} 1\n") << "text" << 1;
    QTest::newRow("hex escape in label value") << QByteArrayLiteral("a 1\nm{a=\"\\x41\"} 1\n") << "text" << 2;
    QTest::newRow("quote escape in text HELP") << QByteArrayLiteral("# HELP m say \\\"hi\\\"\n") << "text" << 1;
    QTest::newRow("tab escape in HELP") << QByteArrayLiteral("m 1\n# HELP n a\\tb\n") << "text" << 2;
    QTest::newRow("backslash at end of HELP") << QByteArrayLiteral("# HELP m trailing \\\n") << "text" << 1;
    QTest::newRow("unknown escape in OpenMetrics value")
        << QByteArrayLiteral("m{a=\"\\u0041\"} 1\n# EOF\n") << "openmetrics" << 1;
    QTest::newRow("unknown escape in OpenMetrics HELP")
        << QByteArrayLiteral("# HELP m a\\rb\nm 1\n# EOF\n") << "openmetrics" << 1;
}

void TestExpositionParser::unknownEscapesAreRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, format);
    QFETCH(int, line);
    const auto result = parse(input, formatNamed(format));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.line, line);
    QVERIFY2(result.error.reason.contains(QLatin1String("unknown escape")), qPrintable(result.error.toString()));
}

void TestExpositionParser::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ParseLimits>("limits");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("line");

    ParseLimits body;
    body.maxBodyBytes = 10;
    QTest::newRow("body") << QByteArrayLiteral("m 1\nm2 2\nm3 3\n") << body << "body too large" << 1;
    ParseLimits line;
    line.maxLineBytes = 16;
    QTest::newRow("line") << QByteArrayLiteral("m 1\nmetric_with_a_long_name 1\n") << line << "line too long" << 2;
    ParseLimits samples;
    samples.maxSamples = 2;
    QTest::newRow("samples") << QByteArrayLiteral("a 1\nb 2\nc 3\n") << samples << "too many samples" << 3;
    ParseLimits labels;
    labels.maxLabelsPerSample = 2;
    QTest::newRow("labels") << QByteArrayLiteral("m{a=\"1\",b=\"2\"} 1\nm{a=\"1\",b=\"2\",c=\"3\"} 1\n") << labels
                            << "too many labels" << 2;
    ParseLimits nameLength;
    nameLength.maxLabelNameBytes = 4;
    QTest::newRow("label name") << QByteArrayLiteral("m{abcd=\"1\"} 1\nm{abcde=\"1\"} 1\n") << nameLength
                                << "label name too long" << 2;
    ParseLimits valueLength;
    valueLength.maxLabelValueBytes = 4;
    QTest::newRow("label value") << QByteArrayLiteral("m{a=\"1234\"} 1\nm{a=\"12345\"} 1\n") << valueLength
                                 << "label value too long" << 2;
}

void TestExpositionParser::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(ParseLimits, limits);
    QFETCH(QString, reason);
    QFETCH(int, line);
    const auto result = parse(input, ExpositionFormat::Text004, limits);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.reason.contains(reason), qPrintable(result.error.toString()));
    QCOMPARE(result.error.line, line);
    QVERIFY2(parse(input).ok(), "the default limits must accept the same input");
    verifyCountAgrees(input, ExpositionFormat::Text004, limits);
    verifyStreamAgrees(input, ExpositionFormat::Text004, limits);
}

void TestExpositionParser::pathologicalInputsStayCorrect()
{
    // A 512 KiB line of escaped backslashes unescapes to half its length.
    ParseLimits roomy;
    roomy.maxLabelValueBytes = 1024 * 1024;
    const QByteArray escapes = QByteArray("m{a=\"") + QByteArray(512 * 1024, '\\') + QByteArray("\"} 1\n");
    const auto result = parse(escapes, ExpositionFormat::Text004, roomy);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(labelOf(*result.document, result.document->samples()[0], "a").size(), std::size_t(256 * 1024));

    // The same line with one byte fewer leaves a dangling escape that swallows the quote.
    const auto dangling = parse(QByteArray("m{a=\"") + QByteArray(512 * 1024 - 1, '\\') + QByteArray("\"} 1\n"),
        ExpositionFormat::Text004, roomy);
    QVERIFY(!dangling.ok());
    QVERIFY(dangling.error.reason.contains(QLatin1String("unterminated label value")));

    // 100 labels on one sample are accepted; 129 distinct ones hit the default limit.
    QByteArray many = "m{";
    for (int i = 0; i < 129; ++i) {
        many += "l" + QByteArray::number(i) + "=\"v\",";
    }
    many += "} 1\n";
    const auto tooMany = parse(many);
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error.reason.contains(QLatin1String("too many labels")));
    // The error points at the 129th name: after "m{" and 10, 90 and 28 pairs of 7, 8 and 9 characters.
    QCOMPARE(tooMany.error.column, qint64(2 + 10 * 7 + 90 * 8 + 28 * 9 + 1));
}

void TestExpositionParser::vectorScanMatchesPortableAtEveryOffset()
{
    // Names and values of every length around the 16-byte blocks, each with every kind of byte
    // that ends a run (quote, backslash, NUL, non-ASCII, invalid UTF-8, name breakers) at every
    // position, so that each lane of the vector compare and each tail length is exercised.
    const QList<QByteArray> stoppers { "\"", "\\n", "\\x", QByteArray(1, '\0'), "\xC3\xA9", "\xFF", "-", ".", ":", " ",
        "{", "}", "=", "\t", "\r", "\x7F", "Z", "_", "9" };
    int inputs = 0;
    for (int length = 0; length <= 40; ++length) {
        for (int at = 0; at <= length; ++at) {
            for (const QByteArray &stopper : stoppers) {
                QByteArray run(length, 'a');
                run.replace(at, stopper.size(), stopper);
                run.truncate(length + 2);
                verifyScansAgree("m_" + run + "{l=\"v\"} 1\n", ExpositionFormat::Text004);
                verifyScansAgree("m{l" + run + "=\"v\",z=\"" + run + "\"} 1\n", ExpositionFormat::Text004);
                verifyScansAgree("m{l=\"" + run + "\"} 1\n# EOF\n", ExpositionFormat::OpenMetrics100);
                // At the very end of the input, with no newline: nothing may be read past it.
                verifyScansAgree("m{l=\"" + run, ExpositionFormat::Text004);
                if (QTest::currentTestFailed()) {
                    qWarning() << "length" << length << "at" << at << "stopper" << stopper;
                    return;
                }
                inputs += 4;
            }
        }
    }
    QVERIFY(inputs > 60000);
}

void TestExpositionParser::indexChunkEdgesFallEverywhere()
{
    // The structural index covers a chunk at a time from a line's start; a line that outruns it
    // is indexed again from its start, and one longer than a chunk is scanned without the index.
    // Small inputs with every chunk size from one byte to past their end put a chunk's edge at
    // every position of every line, on every kind of line the good and bad inputs hold.
    QList<std::pair<QByteArray, ExpositionFormat>> inputs;
    for (const QString &name : { QStringLiteral("bad_inputs.json"), QStringLiteral("good_inputs.json") }) {
        for (const auto &value : readJsonArray(dataDir + QStringLiteral("/exposition/") + name)) {
            const QJsonObject entry = value.toObject();
            inputs.append({ inputOf(entry), formatNamed(entry.value(QLatin1String("format")).toString()) });
        }
    }
    const QStringList files = QDir(dataDir + QStringLiteral("/corpus")).entryList({ QStringLiteral("*.prom") });
    QVERIFY(files.size() >= 5);
    for (const QString &file : files) {
        const QByteArray whole = readFile(dataDir + QStringLiteral("/corpus/") + file);
        // The start of each file, cut after a line; the OpenMetrics ones get their `# EOF` back.
        QByteArray head = whole.left(500);
        head.truncate(head.lastIndexOf('\n') + 1);
        const ExpositionFormat format = ExpositionParser::detectFormat(whole);
        inputs.append({ format == ExpositionFormat::OpenMetrics100 ? head + "# EOF\n" : head, format });
    }
    qsizetype parses = 0;
    for (const auto &[input, format] : inputs) {
        // The few long inputs (limits) with some sizes only: every size would take quadratic time.
        QList<qsizetype> chunks { 1, 63, 64, 65, 1000 };
        if (input.size() <= 600) {
            chunks.clear();
            for (qsizetype chunk = 1; chunk <= input.size() + 1; ++chunk) {
                chunks.append(chunk);
            }
        }
        for (const qsizetype chunk : chunks) {
            verifyScansAgree(input, format, {}, std::size_t(chunk));
            if (QTest::currentTestFailed()) {
                qWarning() << "chunk" << chunk << "input" << input;
                return;
            }
            ++parses;
        }
    }
    // Whole corpus files with chunks of a few sizes, none a multiple of the 64-byte blocks.
    for (const QString &file : files) {
        const QByteArray input = readFile(dataDir + QStringLiteral("/corpus/") + file);
        for (const std::size_t chunk : { std::size_t(100), std::size_t(1000), std::size_t(4097) }) {
            verifyScansAgree(input, ExpositionParser::detectFormat(input), {}, chunk);
            if (QTest::currentTestFailed()) {
                qWarning() << file << "chunk" << chunk;
                return;
            }
        }
    }
    QVERIFY(parses > 10000);
}

void TestExpositionParser::scanIsChosenAtRunTime()
{
    // Best is a real kernel, never itself; a kernel the CPU lacks falls back to one it has.
    const auto best = ExpositionParser().scan();
    QVERIFY(best != ExpositionParser::Scan::Best);
    QCOMPARE(ExpositionParser({}, ExpositionParser::Scan::Portable).scan(), ExpositionParser::Scan::Portable);
    const auto avx2 = ExpositionParser({}, ExpositionParser::Scan::Avx2).scan();
    QVERIFY(avx2 == ExpositionParser::Scan::Avx2 || avx2 == ExpositionParser::Scan::Vector128
        || avx2 == ExpositionParser::Scan::Portable);
    qInfo() << "best scan on this CPU:" << ExpositionParser::scanName(best) << "; avx2 requested gives"
            << ExpositionParser::scanName(avx2);
    for (const auto scan : { ExpositionParser::Scan::Best, ExpositionParser::Scan::Portable,
             ExpositionParser::Scan::Vector128, ExpositionParser::Scan::Avx2 }) {
        QCOMPARE(ExpositionParser::scanFromName(QByteArrayView(ExpositionParser::scanName(scan))), scan);
    }
    QVERIFY(!ExpositionParser::scanFromName("sse4").has_value());
}

void TestExpositionParser::shortDecimalsMatchFromChars()
{
    // The short-decimal fast path must give the very double the general path gives.
    std::uint64_t state = 42;
    const auto next = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return state >> 33;
    };
    for (int i = 0; i < 200000; ++i) {
        const int digits = 1 + int(next() % 15);
        std::string token;
        for (int d = 0; d < digits; ++d) {
            token += char('0' + next() % 10);
        }
        if (next() % 4 != 0) {
            token.insert(std::size_t(next() % (token.size() + 1)), 1, '.');
        }
        if (next() % 3 == 0) {
            token.insert(0, 1, next() % 2 ? '-' : '+');
        }
        const ParsedNumber fast = parsePrometheusFloat(token);
        QCOMPARE(int(fast.error), int(NumberError::None));
        // The same value written with an exponent takes the general path.
        const ParsedNumber general = parsePrometheusFloat(token + "e0");
        QCOMPARE(int(general.error), int(NumberError::None));
        QVERIFY2(
            std::bit_cast<std::uint64_t>(fast.value) == std::bit_cast<std::uint64_t>(general.value), token.c_str());
    }
}

void TestExpositionParser::byteOrderMarkIsRefusedClearly()
{
    // Editors on Windows save UTF-8 with a BOM; say so rather than "invalid metric name".
    for (const auto format : { ExpositionFormat::Text004, ExpositionFormat::OpenMetrics100 }) {
        const auto result = parse(QByteArrayLiteral("\xEF\xBB\xBFm 1\n# EOF\n"), format);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.line, 1);
        QCOMPARE(result.error.column, 1);
        QVERIFY2(result.error.reason.startsWith(QLatin1String("byte order mark (U+FEFF) at the start")),
            qPrintable(result.error.toString()));
        QVERIFY(result.error.reason.contains(QLatin1String("without a BOM")));
    }
    // U+FEFF anywhere else is an ordinary character of a label value.
    const auto inside = parse(QByteArrayLiteral("m{a=\"\xEF\xBB\xBF\"} 1\n"));
    QVERIFY2(inside.ok(), qPrintable(inside.error.toString()));
}

void TestExpositionParser::reservationIsBoundedByTheInput()
{
    // 64 MiB of blank lines (or comments) hold no sample: the parser must not size its arrays from
    // the line count (that was 77 million samples, 2.5 GB of address space).
    ParseLimits roomy;
    roomy.maxBodyBytes = ParseLimits::unlimited;
    QByteArray blank(64 * 1024 * 1024, '\n');
    blank.append("m 1\n");
    const auto blanks = parse(blank, ExpositionFormat::Text004, roomy);
    QVERIFY2(blanks.ok(), qPrintable(blanks.error.toString()));
    QCOMPARE(blanks.document->samples().size(), std::size_t(1));
    QVERIFY2(blanks.document->ownedBytes() < 64 * 1024, qPrintable(QString::number(blanks.document->ownedBytes())));

    QByteArray comments;
    while (comments.size() < 8 * 1024 * 1024) {
        comments.append("# a comment with a = sign and = another\n");
    }
    const auto commented = parse(comments, ExpositionFormat::Text004, roomy);
    QVERIFY2(commented.ok(), qPrintable(commented.error.toString()));
    QVERIFY2(
        commented.document->ownedBytes() < 64 * 1024, qPrintable(QString::number(commented.document->ownedBytes())));

    // Dense samples: never more than the input can hold (4 bytes a sample, 5 a label), and the
    // estimate stays close to what is used.
    QByteArray dense;
    while (dense.size() < 4 * 1024 * 1024) {
        dense.append("a 1\n");
    }
    const auto samples = parse(dense, ExpositionFormat::Text004, roomy);
    QVERIFY2(samples.ok(), qPrintable(samples.error.toString()));
    const std::size_t used = samples.document->samples().size() * sizeof(ExpositionSample);
    QVERIFY2(samples.document->ownedBytes() <= used * 5 / 4 + 4096,
        qPrintable(QStringLiteral("%1 owned for %2 used").arg(samples.document->ownedBytes()).arg(used)));
}

void TestExpositionParser::columnsCountCharacters()
{
    // "é" is two bytes but one column, as an editor shows it.
    const auto result = parse(QByteArrayLiteral("m{a=\"\xc3\xa9\"} x\n"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.line, 1);
    QCOMPARE(result.error.column, qint64(10));
    QCOMPARE(result.error.toString().left(6), QStringLiteral("1:10: "));
}

void TestExpositionParser::formatDetection()
{
    QCOMPARE(ExpositionParser::detectFormat("m 1\n# EOF\n"), ExpositionFormat::OpenMetrics100);
    QCOMPARE(ExpositionParser::detectFormat("m 1\n# EOF"), ExpositionFormat::OpenMetrics100);
    QCOMPARE(ExpositionParser::detectFormat("# EOF"), ExpositionFormat::OpenMetrics100);
    QCOMPARE(ExpositionParser::detectFormat("m 1\n"), ExpositionFormat::Text004);
    QCOMPARE(ExpositionParser::detectFormat("m 1\n## EOF\n"), ExpositionFormat::Text004);
    QCOMPARE(ExpositionParser::detectFormat(""), ExpositionFormat::Text004);
}

void TestExpositionParser::contentTypes()
{
    QCOMPARE(ExpositionParser::formatFromContentType("text/plain; version=0.0.4; charset=utf-8"),
        std::optional(ExpositionFormat::Text004));
    QCOMPARE(ExpositionParser::formatFromContentType("application/openmetrics-text; version=1.0.0; charset=utf-8"),
        std::optional(ExpositionFormat::OpenMetrics100));
    QCOMPARE(ExpositionParser::formatFromContentType(""), std::optional(ExpositionFormat::Text004));
    QCOMPARE(ExpositionParser::formatFromContentType("Text/Plain"), std::optional(ExpositionFormat::Text004));
    QCOMPARE(ExpositionParser::formatFromContentType("text/html; charset=utf-8"), std::nullopt);
    QCOMPARE(ExpositionParser::formatFromContentType("application/json"), std::nullopt);
}

void TestExpositionParser::generatedCorpusParses()
{
    GeneratorOptions options;
    options.checks = 120; // past the 4% of odd names at 101..104
    options.zones = 3;
    const QByteArray text = ExpositionGenerator::generate(options);
    QCOMPARE(ExpositionGenerator::generate(options), text); // deterministic for a seed
    const auto result = parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const ExpositionDocument &document = *result.document;
    QCOMPARE(document.families().size(), std::size_t(2));
    QCOMPARE(document.samples().size(), std::size_t(120 * 3 * 18));
    QCOMPARE(document.labelCount(), std::size_t(120 * 3 * (14 * 4 + 2 * 3 + 2 * 4)));
    bool sawEscapedName = false;
    for (const ExpositionSample &sample : document.samples()) {
        if (labelOf(document, sample, "name").find('\n') != std::string_view::npos) {
            sawEscapedName = true;
        }
    }
    QVERIFY(sawEscapedName);
    verifyCountAgrees(text, ExpositionFormat::Text004);
    verifyStreamAgrees(text, ExpositionFormat::Text004);
    verifyScansAgree(text, ExpositionFormat::Text004);
}

void TestExpositionParser::parsesConcurrently()
{
    const QByteArray input = readFile(dataDir + QStringLiteral("/corpus/prometheus_self_metrics.prom"));
    const ExpositionParser parser;
    const QJsonObject expected = toJsonObject(*parser.parse(input, ExpositionFormat::Text004).document);
    QFutureSynchronizer<QJsonObject> futures;
    for (int i = 0; i < 4; ++i) {
        futures.addFuture(QtConcurrent::run(
            [&parser, &input] { return toJsonObject(*parser.parse(input, ExpositionFormat::Text004).document); }));
    }
    futures.waitForFinished();
    for (const QFuture<QJsonObject> &future : futures.futures()) {
        QCOMPARE(future.result(), expected);
    }
}

QTEST_GUILESS_MAIN(TestExpositionParser)
#include "tst_expositionparser.moc"
