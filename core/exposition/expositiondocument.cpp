// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositiondocument.h"

#include <cmath>

namespace appclacks::core {

bool ExpositionDocument::findLabel(const ExpositionSample &sample, std::string_view name, std::string_view &value) const
{
    for (const ExpositionLabel &label : labels(sample)) {
        if (symbol(label.name) == name) {
            value = labelValue(label);
            return true;
        }
    }
    return false;
}

ExpositionCounts ExpositionDocument::counts() const
{
    ExpositionCounts counts { m_families.size(), m_samples.size(), m_labels.size(), 0 };
    for (const ExpositionSample &sample : m_samples) {
        if (std::isfinite(sample.value)) {
            counts.valueSum += sample.value;
        }
    }
    return counts;
}

std::size_t ExpositionDocument::ownedBytes() const
{
    return m_unescaped.capacity() + m_symbols.capacity() * sizeof(std::string_view)
        + m_families.capacity() * sizeof(ExpositionFamily) + m_samples.capacity() * sizeof(ExpositionSample)
        + m_labels.capacity() * sizeof(ExpositionLabel);
}

} // namespace appclacks::core
