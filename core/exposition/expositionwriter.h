// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>
#include <string_view>

namespace appclacks::core {

class ExpositionDocument;
struct ExpositionCounts;

/// The output forms of `appclacks-desktop parse`.
namespace ExpositionWriter {

/// Appends `value` escaped for a quoted label value (`\\`, `\"` and `\n`), as the formats want it.
void appendEscapedLabelValue(std::string &out, std::string_view value);

/// One JSON object: families with every sample, in the layout of docs/DESIGN.md.
std::string toJson(const ExpositionDocument &document);

/// The samples written back in canonical exposition form (HELP, TYPE and UNIT first, labels
/// escaped, values formatted as Prometheus formats them), in the document's own format.
std::string toText(const ExpositionDocument &document);

/// `{"families":F,"samples":S,"labels":L,"value_sum":V}`: counts every label pair of every
/// sample and sums the finite values, so that a benchmark cannot skip any of the parse.
std::string toStats(const ExpositionDocument &document);
std::string toStats(const ExpositionCounts &counts);

} // namespace ExpositionWriter

} // namespace appclacks::core
