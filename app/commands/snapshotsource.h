// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/sources/sourcespec.h"

#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace appclacks::app {

/// SOURCE of docs/DESIGN.md's command line for the commands that read health checks: the options
/// and their parsing are core::SourceSpec's; loading goes the window's own road
/// (core::SnapshotLoader), waited for here.
namespace SnapshotSource {

struct Loaded
{
    std::shared_ptr<const core::HealthSnapshot> snapshot;
    int exitCode = 0; ///< sysexits: 65 bad data, 69 unreachable, 74 I/O, 77 credentials rejected
    QString error; ///< for stderr; never contains a secret
};

/// Exactly one source from the parsed options; otherwise `error` says what is wrong.
std::optional<core::SourceSpec> specFrom(const QCommandLineParser &parser, QString &error);

/// Loads the source synchronously (running an event loop for network and keychain).
Loaded load(const core::SourceSpec &spec);

} // namespace SnapshotSource

} // namespace appclacks::app
