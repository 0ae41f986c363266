// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/expositiondocument.h"

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

} // namespace appclacks::core
