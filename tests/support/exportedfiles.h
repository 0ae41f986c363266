// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace appclacks::tests {

/// Whether the file is well-formed XML with an <svg> element: what an exported chart must be.
bool isSvg(const QString &fileName);

} // namespace appclacks::tests
