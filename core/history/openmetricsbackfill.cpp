// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/openmetricsbackfill.h"

#include "core/exposition/expositionwriter.h"
#include "core/exposition/prometheusnumber.h"

#include <QIODevice>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace appclacks::core {

namespace {

constexpr std::string_view bucketName = "healthcheck_duration_seconds_bucket";
constexpr std::string_view sumName = "healthcheck_duration_seconds_sum";
constexpr std::string_view countName = "healthcheck_duration_seconds_count";
constexpr std::string_view totalName = "healthcheck_total";

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

// One sample line, taken apart; `column` points at what went wrong when it returns false.
struct SampleLine
{
    std::string_view name;
    std::vector<std::pair<std::string_view, std::string>> labels;
    double value = 0;
    std::int64_t timeMs = 0;
};

class LineParser
{
    Q_DECLARE_TR_FUNCTIONS(OpenMetricsBackfill)

public:
    explicit LineParser(std::string_view line)
        : m_line(line)
    { }

    bool parse(SampleLine &sample, QString &reason)
    {
        const std::size_t nameStart = m_position;
        if (m_position >= m_line.size() || !isNameStart(m_line[m_position])) {
            reason = tr("a metric name was expected");
            return false;
        }
        while (m_position < m_line.size() && isNameChar(m_line[m_position])) {
            ++m_position;
        }
        sample.name = m_line.substr(nameStart, m_position - nameStart);
        if (m_position < m_line.size() && m_line[m_position] == '{' && !parseLabels(sample, reason)) {
            return false;
        }
        if (!expectSpace(reason)) {
            return false;
        }
        const std::string_view valueText = token();
        const ParsedNumber value = parsePrometheusFloat(valueText);
        if (valueText.empty() || value.error != NumberError::None) {
            m_position -= valueText.size();
            reason = tr("\"%1\" is not a sample value")
                         .arg(QString::fromUtf8(valueText.data(), qsizetype(valueText.size())));
            return false;
        }
        sample.value = value.value;
        if (m_position >= m_line.size()) {
            reason = tr("the sample has no timestamp; a backfill needs one on every sample");
            return false;
        }
        if (!expectSpace(reason)) {
            return false;
        }
        const std::string_view timeText = token();
        const std::optional<std::int64_t> time = OpenMetricsBackfill::parseTimestamp(timeText);
        if (!time) {
            m_position -= timeText.size();
            reason = tr("\"%1\" is not a timestamp in seconds")
                         .arg(QString::fromUtf8(timeText.data(), qsizetype(timeText.size())));
            return false;
        }
        sample.timeMs = *time;
        // An exemplar may follow (" # {…} value"); it is not history.
        if (m_position < m_line.size() && m_line.substr(m_position).rfind(" # ", 0) != 0) {
            reason = tr("unexpected text after the timestamp");
            return false;
        }
        return true;
    }

    std::size_t column() const { return m_position + 1; }

private:
    bool expectSpace(QString &reason)
    {
        if (m_position >= m_line.size() || m_line[m_position] != ' ') {
            reason = tr("a space was expected");
            return false;
        }
        ++m_position;
        return true;
    }

    std::string_view token()
    {
        const std::size_t start = m_position;
        while (m_position < m_line.size() && m_line[m_position] != ' ') {
            ++m_position;
        }
        return m_line.substr(start, m_position - start);
    }

    bool parseLabels(SampleLine &sample, QString &reason)
    {
        ++m_position; // '{'
        while (true) {
            if (m_position < m_line.size() && m_line[m_position] == '}') {
                ++m_position;
                return true;
            }
            const std::size_t nameStart = m_position;
            if (m_position >= m_line.size() || !isNameStart(m_line[m_position])) {
                reason = tr("a label name was expected");
                return false;
            }
            while (m_position < m_line.size() && isNameChar(m_line[m_position])) {
                ++m_position;
            }
            const std::string_view name = m_line.substr(nameStart, m_position - nameStart);
            if (m_line.substr(m_position).rfind("=\"", 0) != 0) {
                reason = tr("=\" was expected after the label name");
                return false;
            }
            m_position += 2;
            std::string value;
            while (true) {
                if (m_position >= m_line.size()) {
                    reason = tr("the label value is not closed");
                    return false;
                }
                const char c = m_line[m_position++];
                if (c == '"') {
                    break;
                }
                if (c != '\\') {
                    value += c;
                    continue;
                }
                if (m_position >= m_line.size()) {
                    reason = tr("the label value is not closed");
                    return false;
                }
                const char escaped = m_line[m_position++];
                if (escaped == 'n') {
                    value += '\n';
                } else if (escaped == '\\' || escaped == '"') {
                    value += escaped;
                } else {
                    --m_position;
                    reason = tr("\\%1 is not an escape OpenMetrics knows").arg(QLatin1Char(escaped));
                    return false;
                }
            }
            for (const auto &[seen, unused] : sample.labels) {
                if (seen == name) {
                    m_position = nameStart;
                    reason
                        = tr("the label %1 appears twice").arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
                    return false;
                }
            }
            sample.labels.emplace_back(name, std::move(value));
            if (m_position < m_line.size() && m_line[m_position] == ',') {
                ++m_position;
            } else if (m_position >= m_line.size() || m_line[m_position] != '}') {
                reason = tr(", or } was expected after the label value");
                return false;
            }
        }
    }

    std::string_view m_line;
    std::size_t m_position = 0;
};

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void appendEscaped(QByteArray &out, const QString &value)
{
    std::string escaped;
    const QByteArray utf8 = value.toUtf8();
    ExpositionWriter::appendEscapedLabelValue(escaped, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    out.append(escaped.data(), qsizetype(escaped.size()));
}

} // namespace

QByteArray OpenMetricsBackfill::formatTimestamp(std::int64_t timeMs)
{
    const bool negative = timeMs < 0;
    // Magnitude as unsigned: -INT64_MIN does not fit in a signed integer.
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(timeMs) : std::uint64_t(timeMs);
    QByteArray text = negative ? QByteArray("-") : QByteArray();
    text += QByteArray::number(quint64(magnitude / 1000));
    const auto milliseconds = unsigned(magnitude % 1000);
    if (milliseconds != 0) {
        QByteArray fraction = QByteArray::number(milliseconds).rightJustified(3, '0');
        while (fraction.endsWith('0')) {
            fraction.chop(1);
        }
        text += '.' + fraction;
    }
    return text;
}

std::optional<std::int64_t> OpenMetricsBackfill::parseTimestamp(std::string_view text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    // Plain decimals, the usual case, are read digit by digit: exact to the millisecond.
    std::size_t position = 0;
    const bool negative = text[0] == '-';
    if (negative || text[0] == '+') {
        ++position;
    }
    const std::size_t digitsStart = position;
    std::int64_t seconds = 0;
    bool plain = true;
    for (; position < text.size() && text[position] != '.'; ++position) {
        const char c = text[position];
        if (c < '0' || c > '9' || seconds > (std::numeric_limits<std::int64_t>::max() / 1000 - 9) / 10) {
            plain = false;
            break;
        }
        seconds = seconds * 10 + (c - '0');
    }
    if (plain && position > digitsStart) {
        std::int64_t milliseconds = 0;
        int digits = 0;
        bool roundUp = false;
        if (position < text.size()) {
            ++position; // '.'
            for (; position < text.size(); ++position) {
                const char c = text[position];
                if (c < '0' || c > '9') {
                    plain = false;
                    break;
                }
                if (digits < 3) {
                    milliseconds = milliseconds * 10 + (c - '0');
                } else if (digits == 3) {
                    roundUp = c >= '5';
                }
                ++digits;
            }
        }
        if (plain) {
            for (; digits < 3; ++digits) {
                milliseconds *= 10;
            }
            const std::int64_t total = seconds * 1000 + milliseconds + (roundUp ? 1 : 0);
            return negative ? -total : total;
        }
    }
    // Anything else Go's ParseFloat takes ("1.7e9"): rounded to the millisecond, as Prometheus does.
    const ParsedNumber number = parsePrometheusFloat(text);
    if (number.error != NumberError::None || !std::isfinite(number.value) || std::fabs(number.value) > 9.2e15) {
        return std::nullopt;
    }
    return std::int64_t(std::llround(number.value * 1000.0));
}

OpenMetricsBackfill::ImportResult OpenMetricsBackfill::import(
    QIODevice &input, const QString &fileName, HistoryStore &store, const QString &source, const QString &zoneLabel)
{
    ImportResult result;
    QString error;
    std::unique_ptr<HistoryStore::Import> import = store.beginImport(source, zoneLabel, &error);
    if (!import) {
        result.error = error;
        return result;
    }
    const QByteArray zoneLabelText = zoneLabel.toUtf8();
    const std::string_view zoneLabelView(zoneLabelText.constData(), std::size_t(zoneLabelText.size()));
    qint64 lineNumber = 0;
    bool sawEof = false;
    const auto fail = [&](qint64 line, std::size_t column, const QString &reason) {
        result.error = QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(reason);
        return result;
    };
    QByteArray line;
    while (!input.atEnd() || input.bytesAvailable() > 0) {
        line = input.readLine();
        if (line.isEmpty() && input.atEnd()) {
            break;
        }
        ++lineNumber;
        if (line.endsWith('\n')) {
            line.chop(1);
        }
        const std::string_view text(line.constData(), std::size_t(line.size()));
        if (sawEof) {
            return fail(lineNumber, 1, tr("nothing may follow # EOF"));
        }
        if (text.empty()) {
            return fail(lineNumber, 1, tr("an empty line; OpenMetrics has none"));
        }
        if (text[0] == '#') {
            if (text == "# EOF") {
                sawEof = true;
            }
            continue; // # TYPE, # HELP, # UNIT: the health-check names say all we need
        }
        SampleLine sample;
        LineParser parser(text);
        QString reason;
        if (!parser.parse(sample, reason)) {
            return fail(lineNumber, parser.column(), reason);
        }
        SeriesKey series;
        if (sample.name == bucketName) {
            series.kind = SeriesKey::Kind::Bucket;
        } else if (sample.name == sumName) {
            series.kind = SeriesKey::Kind::Sum;
        } else if (sample.name == countName) {
            series.kind = SeriesKey::Kind::Count;
        } else if (sample.name == totalName) {
            series.kind = SeriesKey::Kind::Success; // until the status says otherwise
        } else {
            ++result.skipped;
            continue;
        }
        HistoryStore::PairInfo pair;
        bool hasLe = false;
        bool hasStatus = false;
        for (const auto &[name, value] : sample.labels) {
            if (name == "id") {
                pair.checkId = fromStd(value);
            } else if (name == "name") {
                pair.checkName = fromStd(value);
            } else if (name == zoneLabelView) {
                pair.zone = fromStd(value);
            } else if (name == "le" && series.kind == SeriesKey::Kind::Bucket) {
                series = SeriesKey::bucket(fromStd(value));
                hasLe = true;
            } else if (name == "status" && sample.name == totalName) {
                hasStatus = true;
                if (value == "success") {
                    series.kind = SeriesKey::Kind::Success;
                } else if (value == "failure") {
                    series.kind = SeriesKey::Kind::Failure;
                } else {
                    hasStatus = false;
                }
            } else {
                pair.labels.append({ QString::fromUtf8(name.data(), qsizetype(name.size())), fromStd(value) });
            }
        }
        if (pair.checkId.isEmpty() && pair.checkName.isEmpty()) {
            return fail(lineNumber, 1, tr("the sample names no check (no id or name label)"));
        }
        if (series.kind == SeriesKey::Kind::Bucket && !hasLe) {
            return fail(lineNumber, 1, tr("a bucket without an le label"));
        }
        if (sample.name == totalName && !hasStatus) {
            ++result.skipped; // a status other than success or failure: not an outcome we count
            continue;
        }
        if (!import->add(pair, series, sample.timeMs, sample.value, &error)) {
            return fail(lineNumber, 1, error);
        }
    }
    if (!sawEof) {
        return fail(lineNumber + 1, 1, tr("the input ends without # EOF"));
    }
    if (!import->commit(&error)) {
        result.error = error;
        return result;
    }
    result.samples = import->samples();
    result.ok = true;
    return result;
}

bool OpenMetricsBackfill::exportTo(QIODevice &output, const HistoryStore &store,
    const std::vector<HistoryStore::SourceInfo> &sources, const std::optional<TimeWindow> &window, QString *error)
{
    QByteArray buffer;
    const auto flush = [&](bool force) {
        if (buffer.size() < (1 << 20) && !force) {
            return true;
        }
        if (output.write(buffer) != buffer.size()) {
            *error = tr("the export could not be written: %1").arg(output.errorString());
            return false;
        }
        buffer.clear();
        return true;
    };
    // OpenMetrics keeps a family's samples together: the histogram family for every check ×
    // zone, then the outcome counter family.
    for (const bool histogram : { true, false }) {
        buffer += histogram ? "# TYPE healthcheck_duration_seconds histogram\n" : "# TYPE healthcheck counter\n";
        for (const HistoryStore::SourceInfo &source : sources) {
            const std::optional<std::vector<HistoryStore::PairInfo>> pairs = store.pairs(source.id, error);
            if (!pairs) {
                return false;
            }
            for (const HistoryStore::PairInfo &pair : *pairs) {
                // The labels every series of the pair shares, sorted by name as Prometheus sorts them.
                QList<QPair<QString, QString>> labels = pair.labels;
                if (!pair.checkId.isEmpty()) {
                    labels.append({ QStringLiteral("id"), pair.checkId });
                }
                if (!pair.checkName.isEmpty()) {
                    labels.append({ QStringLiteral("name"), pair.checkName });
                }
                if (!pair.zone.isEmpty()) {
                    labels.append({ source.zoneLabel, pair.zone });
                }
                std::sort(labels.begin(), labels.end());
                QByteArray common;
                for (const auto &[name, value] : labels) {
                    common += common.isEmpty() ? "" : ",";
                    common += name.toUtf8() + "=\"";
                    appendEscaped(common, value);
                    common += '"';
                }
                bool failed = false;
                const bool ok = store.forEachBlock(
                    pair,
                    [&](const SeriesLayout &layout, const SampleBlock &block) {
                        for (std::size_t i = 0; i < block.sampleCount(); ++i) {
                            const std::int64_t time = block.times[i];
                            if (window && (time <= window->fromMs || time > window->toMs)) {
                                continue;
                            }
                            const QByteArray timestamp = formatTimestamp(time);
                            for (std::size_t series = 0; series < layout.size(); ++series) {
                                if (!block.present[series][i]) {
                                    continue;
                                }
                                const SeriesKey &key = layout.series()[series];
                                const bool ofHistogram = key.kind == SeriesKey::Kind::Bucket
                                    || key.kind == SeriesKey::Kind::Count || key.kind == SeriesKey::Kind::Sum;
                                if (ofHistogram != histogram) {
                                    continue;
                                }
                                switch (key.kind) {
                                case SeriesKey::Kind::Bucket:
                                    buffer += bucketName.data();
                                    break;
                                case SeriesKey::Kind::Count:
                                    buffer += countName.data();
                                    break;
                                case SeriesKey::Kind::Sum:
                                    buffer += sumName.data();
                                    break;
                                case SeriesKey::Kind::Success:
                                case SeriesKey::Kind::Failure:
                                    buffer += totalName.data();
                                    break;
                                }
                                buffer += '{';
                                buffer += common;
                                const char *separator = common.isEmpty() ? "" : ",";
                                if (key.kind == SeriesKey::Kind::Bucket) {
                                    buffer += separator;
                                    buffer += "le=\"";
                                    appendEscaped(buffer, key.le);
                                    buffer += '"';
                                } else if (key.kind == SeriesKey::Kind::Success) {
                                    buffer += separator;
                                    buffer += "status=\"success\"";
                                } else if (key.kind == SeriesKey::Kind::Failure) {
                                    buffer += separator;
                                    buffer += "status=\"failure\"";
                                }
                                buffer += "} ";
                                buffer += QByteArray::fromStdString(formatPrometheusFloat(block.values[series][i]));
                                buffer += ' ';
                                buffer += timestamp;
                                buffer += '\n';
                            }
                            if (!flush(false)) {
                                failed = true;
                                return false;
                            }
                        }
                        return true;
                    },
                    error);
                if (!ok || failed) {
                    return false;
                }
            }
        }
    }
    buffer += "# EOF\n";
    return flush(true);
}

} // namespace appclacks::core
