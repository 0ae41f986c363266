// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace appclacks::app {

/// `appclacks-desktop parse FILE|- [--format json|text|stats] [--max-bytes N]`: a local file has no size cap
/// unless --max-bytes sets one.
int runParseCommand(const QStringList &arguments);

} // namespace appclacks::app
