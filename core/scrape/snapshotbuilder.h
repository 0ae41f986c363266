// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/metrictype.h"
#include "core/exposition/parselimits.h"
#include "core/health/healthsnapshot.h"
#include "core/scrape/scraperequest.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

namespace appclacks::core {

/// What the views show of one source after a refresh, finished on the worker thread: the
/// counters as they stand (with every statistic and the failure transitions since the previous
/// snapshot) and the snapshot of the observation window.
struct BuiltSnapshot
{
    std::shared_ptr<const HealthSnapshot> latest; ///< null when the input was refused
    std::shared_ptr<const HealthSnapshot> displayed; ///< latest, or its increase since `baseline`
    WindowChanges changes; ///< series that appeared, vanished or restarted within the window
    QString error; ///< "WHERE:LINE:COLUMN: reason" from the parser, or "PATH: reason" for a file
    bool unreadable = false; ///< the file could not be read at all (exit 74, not 65)
    /// Why the input was refused: BadData (parser, duplicate series), NotMetrics (no health-check
    /// metrics, an HTML page), CorruptBody or BodyTooLarge (decoding), Unreadable (a file).
    ScrapeError errorKind = ScrapeError::None;
    qint64 decodedBytes = 0; ///< the body's size once its Content-Encoding was undone
};

/// The one road from bytes to a complete snapshot: reads a file or takes a scrape's body,
/// parses it, builds the HealthSnapshot and its statistics, marks failure transitions and
/// computes the window — on the global thread pool, never on the caller's thread.
class SnapshotBuilder final
{
public:
    struct Input
    {
        QByteArray body; ///< a scrape's body as received; ignored when filePath is set
        QByteArray contentEncoding; ///< the response's Content-Encoding, undone on the worker
        qint64 maxBodyBytes = 0; ///< cap on the decoded body; 0: no cap
        QString where; ///< the URL in messages, credentials removed; empty for a file
        QString filePath; ///< a local file (or "-"), read on the worker
        qint64 maxFileBytes = 0; ///< 0: no limit for a local file
        ExpositionFormat format = ExpositionFormat::Text004;
        HealthOptions options;
        QString source;
        QDateTime scrapedAt; ///< for a file: its modification time is used instead
        ParseLimits limits;
        std::shared_ptr<const HealthSnapshot> previous; ///< the source's previous snapshot, for transitions
        std::shared_ptr<const HealthSnapshot> baseline; ///< start of the window; null: the counters as they are
    };

    SnapshotBuilder() = delete;

    /// Synchronous: what the worker runs. Usable from any thread. Undoes the Content-Encoding,
    /// refuses an HTML page, parses, and refuses an exposition without health-check metrics (an
    /// empty or irrelevant answer is a failed refresh, not an empty fleet).
    static BuiltSnapshot build(const Input &input);

    /// The message for an answer without health-check metrics.
    static QString noHealthMetricsMessage();

    /// The window between `baseline` and `latest` (both complete snapshots); what build() does
    /// after parsing, for a window changed without a new scrape.
    static BuiltSnapshot window(
        std::shared_ptr<const HealthSnapshot> latest, const std::shared_ptr<const HealthSnapshot> &baseline);

    /// Runs `work` on a worker thread; `done` runs on the main thread, where `context` lives,
    /// unless `context` is gone by then.
    static void runAsync(
        std::function<BuiltSnapshot()> work, QObject *context, std::function<void(BuiltSnapshot)> done);
    static void buildAsync(Input input, QObject *context, std::function<void(BuiltSnapshot)> done);
    /// Drops a reference on a worker thread: freeing a snapshot of ten thousand checks takes
    /// milliseconds that the GUI thread must not spend. Whoever replaces a snapshot it shows hands
    /// the old one here once the views have let go of it.
    static void releaseAsync(std::shared_ptr<const HealthSnapshot> snapshot);
};

} // namespace appclacks::core
