// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/metrictype.h"
#include "core/exposition/parselimits.h"
#include "core/health/healthsnapshot.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

namespace appclacks::core {

/// The result of turning a scrape's body into a snapshot.
struct BuiltSnapshot
{
    std::shared_ptr<const HealthSnapshot> snapshot; ///< null when the body was refused
    QString error; ///< "LINE:COLUMN: reason" from the parser
};

/// Parses a body and builds its HealthSnapshot on the global thread pool, never on the caller's
/// thread, and hands the immutable result back on `context`'s thread.
class SnapshotBuilder final
{
public:
    struct Input
    {
        QByteArray body;
        ExpositionFormat format = ExpositionFormat::Text004;
        HealthOptions options;
        QString source;
        QDateTime scrapedAt;
        ParseLimits limits;
    };

    /// Synchronous: what the worker runs. Usable from any thread.
    static BuiltSnapshot build(const Input &input);

    /// Runs build() on a worker thread; `done` runs on `context`'s thread, unless `context` is gone.
    static void buildAsync(Input input, QObject *context, std::function<void(BuiltSnapshot)> done);
};

} // namespace appclacks::core
