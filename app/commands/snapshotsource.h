// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>

class QCommandLineParser;

namespace appclacks::app {

/// SOURCE of DESIGN.md's command line, shared by the commands that read health checks:
/// --demo [--seed N] | --file PATH | --profile NAME | --url URL [--ca-file PEM] [--timeout S].
class SnapshotSource final
{
public:
    struct Loaded
    {
        std::shared_ptr<const core::HealthSnapshot> snapshot;
        int exitCode = 0; ///< sysexits: 65 bad data, 69 unreachable, 74 I/O, 77 credentials rejected
        QString error; ///< for stderr; never contains a secret
    };

    static QList<QCommandLineOption> options();
    static QString synopsis();

    /// Whether exactly one source was given; otherwise `error` says what is wrong.
    static bool validate(const QCommandLineParser &parser, QString &error);

    /// Loads the source synchronously (running an event loop for network and keychain).
    static Loaded load(const QCommandLineParser &parser);
};

} // namespace appclacks::app
