// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/metrictype.h"

#include <QByteArray>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace appclacks::core {

/// Index of an interned metric or label name in an ExpositionDocument.
using SymbolId = std::uint32_t;

struct ExpositionLabel
{
    SymbolId name = 0;
    std::uint32_t valueOffset = 0;
    /// Low 31 bits: size in bytes. High bit: the value was unescaped into the document's own
    /// storage; otherwise it points straight into the input, which the document keeps alive.
    std::uint32_t valueSizeAndOrigin = 0;
};

struct ExpositionSample
{
    SymbolId name = 0;
    std::uint32_t family = 0;
    std::uint32_t firstLabel = 0;
    std::uint16_t labelCount = 0;
    bool hasTimestamp = false;
    bool hasExemplar = false;
    double value = 0;
    std::int64_t timestampMs = 0;
};

struct ExpositionFamily
{
    SymbolId name = 0;
    MetricType type = MetricType::Untyped;
    bool hasHelp = false;
    bool hasUnit = false;
    bool typeDeclared = false; ///< false when the type was inferred (e.g. `X_bucket` with `le`)
    std::uint32_t helpOffset = 0;
    std::uint32_t helpSize = 0;
    std::uint32_t unitOffset = 0;
    std::uint32_t unitSize = 0;
    std::uint32_t firstSample = 0;
    std::uint32_t sampleCount = 0;
};

/// What `parse --format stats` prints: every label pair of every sample counted and the finite
/// values summed (in the document's sample order), so that a benchmark cannot skip any of the parse.
struct ExpositionCounts
{
    std::uint64_t families = 0;
    std::uint64_t samples = 0;
    std::uint64_t labels = 0;
    double valueSum = 0;
};

/// The result of a successful parse: families in order of first appearance, each with its samples
/// in input order. Immutable once built and cheap to share between threads (const access only).
/// Names and values are UTF-8 views valid for the document's lifetime.
class ExpositionDocument final
{
public:
    ExpositionFormat format() const { return m_format; }

    std::span<const ExpositionFamily> families() const { return m_families; }
    std::span<const ExpositionSample> samples() const { return m_samples; }
    std::span<const ExpositionSample> samples(const ExpositionFamily &family) const
    {
        return std::span(m_samples).subspan(family.firstSample, family.sampleCount);
    }
    std::span<const ExpositionLabel> labels(const ExpositionSample &sample) const
    {
        return std::span(m_labels).subspan(sample.firstLabel, sample.labelCount);
    }
    std::size_t labelCount() const { return m_labels.size(); }

    std::string_view symbol(SymbolId id) const { return m_symbols[id]; }
    std::span<const std::string_view> symbols() const { return m_symbols; }
    std::string_view labelValue(const ExpositionLabel &label) const
    {
        const std::uint32_t size = label.valueSizeAndOrigin & ~unescapedFlag;
        const char *base = (label.valueSizeAndOrigin & unescapedFlag) ? m_unescaped.data() : m_input.constData();
        return { base + label.valueOffset, size };
    }
    std::string_view help(const ExpositionFamily &family) const
    {
        return { m_unescaped.data() + family.helpOffset, family.helpSize };
    }
    std::string_view unit(const ExpositionFamily &family) const
    {
        return { m_unescaped.data() + family.unitOffset, family.unitSize };
    }
    /// The value of label `name` on `sample`, or nothing when the sample has no such label.
    bool findLabel(const ExpositionSample &sample, std::string_view name, std::string_view &value) const;
    ExpositionCounts counts() const;
    /// Memory the document holds besides its input, reserved capacity included.
    std::size_t ownedBytes() const;

    static constexpr std::uint32_t unescapedFlag = 0x80000000u;

private:
    friend class ExpositionParserRun; // builds it, in expositionparser.cpp

    ExpositionFormat m_format = ExpositionFormat::Text004;
    QByteArray m_input; // label values without escapes point into it
    std::string m_unescaped; // HELP, UNIT and escaped label values
    std::vector<std::string_view> m_symbols; // views into m_input
    std::vector<ExpositionFamily> m_families;
    std::vector<ExpositionSample> m_samples;
    std::vector<ExpositionLabel> m_labels;
};

} // namespace appclacks::core
