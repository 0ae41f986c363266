// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositionwriter.h"

#include "core/exposition/expositiondocument.h"
#include "core/exposition/prometheusnumber.h"
#include "core/util/jsonwriter.h"

#include <charconv>
#include <cmath>

namespace appclacks::core::ExpositionWriter {

namespace {

void appendJsonString(std::string &out, std::string_view text)
{
    JsonWriter::appendString(out, text);
}

// JSON has no NaN or infinities: they are written as the strings Prometheus uses.
void appendJsonNumber(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += '"';
        appendPrometheusFloat(out, value);
        out += '"';
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendEscapedHelp(std::string &out, std::string_view help, bool openMetrics)
{
    for (const char c : help) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '"' && openMetrics) {
            out += "\\\"";
        } else {
            out += c;
        }
    }
}

// OpenMetrics timestamps are seconds that Prometheus truncates to whole milliseconds, and
// "1.001" truncates to 1000 ms (1.001 is 1.00099999… in binary). Writing the middle of the
// millisecond ("1.0015") makes the text parse back to the very same millisecond.
void appendOpenMetricsTimestamp(std::string &out, std::int64_t milliseconds)
{
    const bool negative = milliseconds < 0;
    // In tenths of a millisecond; unsigned so that the most negative value cannot overflow.
    const std::uint64_t magnitude = (negative ? 0 - std::uint64_t(milliseconds) : std::uint64_t(milliseconds)) * 10 + 5;
    std::string digits = std::to_string(magnitude);
    if (digits.size() < 5) {
        digits.insert(0, 5 - digits.size(), '0');
    }
    if (negative) {
        out += '-';
    }
    out.append(digits, 0, digits.size() - 4);
    out += '.';
    out.append(digits, digits.size() - 4, 4);
}

} // namespace

void appendEscapedLabelValue(std::string &out, std::string_view value)
{
    for (const char c : value) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '"') {
            out += "\\\"";
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
}

std::string toJson(const ExpositionDocument &document)
{
    std::string out;
    out.reserve(document.samples().size() * 160 + 64);
    out += "{\"families\":[";
    bool firstFamily = true;
    for (const ExpositionFamily &family : document.families()) {
        if (!firstFamily) {
            out += ',';
        }
        firstFamily = false;
        out += "{\"name\":";
        appendJsonString(out, document.symbol(family.name));
        out += ",\"type\":";
        appendJsonString(out, metricTypeName(family.type, document.format()));
        out += ",\"help\":";
        if (family.hasHelp) {
            appendJsonString(out, document.help(family));
        } else {
            out += "null";
        }
        out += ",\"unit\":";
        if (family.hasUnit) {
            appendJsonString(out, document.unit(family));
        } else {
            out += "null";
        }
        out += ",\"samples\":[";
        bool firstSample = true;
        for (const ExpositionSample &sample : document.samples(family)) {
            if (!firstSample) {
                out += ',';
            }
            firstSample = false;
            out += "{\"name\":";
            appendJsonString(out, document.symbol(sample.name));
            out += ",\"labels\":{";
            bool firstLabel = true;
            for (const ExpositionLabel &label : document.labels(sample)) {
                if (!firstLabel) {
                    out += ',';
                }
                firstLabel = false;
                appendJsonString(out, document.symbol(label.name));
                out += ':';
                appendJsonString(out, document.labelValue(label));
            }
            out += "},\"value\":";
            appendJsonNumber(out, sample.value);
            out += ",\"timestamp_ms\":";
            if (sample.hasTimestamp) {
                out += std::to_string(sample.timestampMs);
            } else {
                out += "null";
            }
            out += '}';
        }
        out += "]}";
    }
    out += "]}\n";
    return out;
}

std::string toText(const ExpositionDocument &document)
{
    const bool openMetrics = document.format() == ExpositionFormat::OpenMetrics100;
    std::string out;
    out.reserve(document.samples().size() * 120 + 64);
    for (const ExpositionFamily &family : document.families()) {
        const std::string_view name = document.symbol(family.name);
        if (family.hasHelp) {
            out += "# HELP ";
            out += name;
            out += ' ';
            appendEscapedHelp(out, document.help(family), openMetrics);
            out += '\n';
        }
        if (family.typeDeclared) { // an inferred type is inferred again from the same samples
            out += "# TYPE ";
            out += name;
            out += ' ';
            out += metricTypeName(family.type, document.format());
            out += '\n';
        }
        if (family.hasUnit) {
            out += "# UNIT ";
            out += name;
            out += ' ';
            out += document.unit(family);
            out += '\n';
        }
        for (const ExpositionSample &sample : document.samples(family)) {
            out += document.symbol(sample.name);
            if (sample.labelCount > 0) {
                out += '{';
                bool first = true;
                for (const ExpositionLabel &label : document.labels(sample)) {
                    if (!first) {
                        out += ',';
                    }
                    first = false;
                    out += document.symbol(label.name);
                    out += "=\"";
                    appendEscapedLabelValue(out, document.labelValue(label));
                    out += '"';
                }
                out += '}';
            }
            out += ' ';
            appendPrometheusFloat(out, sample.value);
            if (sample.hasTimestamp) {
                out += ' ';
                if (openMetrics) {
                    appendOpenMetricsTimestamp(out, sample.timestampMs);
                } else {
                    out += std::to_string(sample.timestampMs);
                }
            }
            out += '\n';
        }
    }
    if (openMetrics) {
        out += "# EOF\n";
    }
    return out;
}

std::string toStats(const ExpositionDocument &document)
{
    return toStats(document.counts());
}

std::string toStats(const ExpositionCounts &counts)
{
    std::string out = "{\"families\":" + std::to_string(counts.families) + ",\"samples\":"
        + std::to_string(counts.samples) + ",\"labels\":" + std::to_string(counts.labels) + ",\"value_sum\":";
    appendJsonNumber(out, counts.valueSum);
    out += "}\n";
    return out;
}

} // namespace appclacks::core::ExpositionWriter
