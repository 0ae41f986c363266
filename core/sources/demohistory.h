// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/sources/demoserver.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

class QTemporaryDir;
class QThread;

namespace appclacks::core {

class HistoryRecorder;

/// The demo's own history: a file in a temporary folder, never the user's history, seeded with
/// the day the demo's fleet lived before it started (DemoServer::historySeeder), so that every
/// view of time has something to show at once. The folder goes with this object: keep it for as
/// long as the demo is open, and record the demo's live scrapes with recorder(), into path().
///
/// Seeding runs on a thread of its own; seeded() follows on this object's thread. Nothing else
/// opens the file meanwhile. GUI-thread object.
class DemoHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHistory)

public:
    explicit DemoHistory(QObject *parent = nullptr);
    /// Waits for a seeding under way (well under 2 s), then removes the folder.
    ~DemoHistory() override;

    /// "demo": the name the demo's scrapes are kept under (historySourceName()).
    static QString sourceName();

    /// The history file; empty when no temporary folder could be made (seeding then fails).
    QString path() const;
    bool isSeeding() const;
    bool isSeeded() const { return m_seeded; }
    /// How long the last seeding took.
    qint64 seedingMs() const { return m_seedingMs; }
    /// Records the demo's live scrapes after its day (no retention: the file lives for a session).
    /// Made at the first call; null while seeding, as the seeding has the file to itself.
    HistoryRecorder *recorder();

    /// Writes the demo's past, ending at `endMs` (the demo's start, or later), into the file on a
    /// worker thread; seeded() says how it went. Ignored while a seeding is under way.
    void seed(DemoHistorySeeder seeder, std::int64_t endMs);
    /// The same, waiting for it: for the command line and tests.
    bool seedBlocking(const DemoHistorySeeder &seeder, std::int64_t endMs, QString *error);

Q_SIGNALS:
    /// The file holds the demo's day (`ok`), or nothing usable (`error` says why).
    void seeded(bool ok, const QString &error);

private:
    struct Outcome;
    /// Opens the file, runs the seeder, packs the rows into blocks: on the calling thread.
    static bool write(const QString &path, const DemoHistorySeeder &seeder, std::int64_t endMs, QString *error);

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<HistoryRecorder> m_recorder; // after m_folder: closes its file before the folder goes
    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    bool m_seeded = false;
    qint64 m_seedingMs = 0;
};

} // namespace appclacks::core
