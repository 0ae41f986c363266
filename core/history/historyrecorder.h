// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/historystore.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace appclacks::core {

class HistoryReader;
struct LoadResult;
struct ResolvedSource;

/// The name a source's scrapes are kept under: the profile's name, "demo", or a URL's host and
/// path (never its credentials). Empty for files: a file is not a scrape in time.
QString historySourceName(const ResolvedSource &source);

/// Appends every scrape to the history file on a thread of its own: the caller (the window, the
/// collector) never waits on the disk. Scrapes that arrive while a transaction runs go into the
/// next one together, so a commit never lags more than one transaction behind.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    /// Opens (or creates) `path` on the recorder's thread; `opened` says how.
    /// `retentionDays` > 0 removes older blocks at start and once a day.
    explicit HistoryRecorder(const QString &path, int retentionDays = 90, QObject *parent = nullptr);
    /// Commits what is queued, then stops the thread.
    ~HistoryRecorder() override;

    QString path() const { return m_path; }

    /// Queues one scrape of `source` (nothing for files).
    void record(const ResolvedSource &source, const LoadResult &result);
    void record(const ScrapeRecord &scrape);
    /// Removes every sample (Preferences' Clear History).
    void clear();
    void setRetentionDays(int days);
    /// Asks for the file's size; `sizeKnown` answers.
    void measureSize();

    /// Who reads: each lane has a thread and a read-only connection of its own, so that a long
    /// read of the whole source (Ranges) never holds up the selected check's (Details), and
    /// neither holds up the writes.
    enum class ReadLane { Ranges, Details };
    /// Runs `work` on `lane`'s thread once everything recorded so far is committed, with the
    /// store, or null when the file could not be opened. The window reads its ranges this way:
    /// never on the GUI thread, and always after the scrape it shows.
    void read(std::function<void(const HistoryStore *store)> work, ReadLane lane = ReadLane::Ranges);
    /// The same, but a newer readLatest() on `lane` asked for before `work` starts supersedes it:
    /// `work` is dropped, neither run nor answered (HistoryReader::readLatest).
    void readLatest(std::function<void(const HistoryStore *store)> work, ReadLane lane);

    /// Waits until everything queued so far is committed or failed. For the command line and
    /// tests; the window never calls it.
    bool waitForCommitted(int timeoutMs = 30000);

Q_SIGNALS:
    void opened(bool writable, const QString &notice);
    void failed(const QString &error);
    void committed(int scrapes);
    void sizeKnown(qint64 bytes);
    void cleared();

private:
    class Worker;
    QString m_path;
    HistoryReader *m_rangeReader = nullptr;
    HistoryReader *m_detailsReader = nullptr;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace appclacks::core
