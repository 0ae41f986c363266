// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/historyrecorder.h"

#include "core/history/historyreader.h"
#include "core/sources/snapshotloader.h"
#include "core/util/backgroundthread.h"

#include <QDateTime>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace appclacks::core {

QString historySourceName(const ResolvedSource &source)
{
    switch (source.spec.kind) {
    case SourceKind::Demo:
        return QStringLiteral("demo");
    case SourceKind::Profile:
        return source.name;
    case SourceKind::Url:
        return source.spec.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::RemoveScheme)
            .mid(2); // "//host:port/path" without the slashes
    case SourceKind::File:
    case SourceKind::None:
        break;
    }
    return {};
}

// Lives on the recorder's thread and owns the store's connection there.
class HistoryRecorder::Worker final : public QObject
{
public:
    Worker(HistoryRecorder *recorder, const QString &path, int retentionDays)
        : m_recorder(recorder)
        , m_store(path)
        , m_retentionDays(retentionDays)
    { }

    void open()
    {
        QString error;
        if (!m_store.open(HistoryStore::Access::ReadWrite, &error)) {
            announce([=, recorder = m_recorder] { Q_EMIT recorder->failed(error); });
            const QString notice = m_store.notice().isEmpty() ? error : m_store.notice();
            announce([recorder = m_recorder, notice] { Q_EMIT recorder->opened(false, notice); });
            return;
        }
        announce([recorder = m_recorder, writable = m_store.isWritable(), notice = m_store.notice()] {
            Q_EMIT recorder->opened(writable, notice);
        });
        applyRetention();
        m_daily = new QTimer(this);
        m_daily->setInterval(24 * 3600 * 1000);
        QObject::connect(m_daily, &QTimer::timeout, this, [this] { applyRetention(); });
        m_daily->start();
    }

    void enqueue(const ScrapeRecord &scrape)
    {
        m_pending.push_back(scrape);
        if (!m_commitQueued) {
            // Everything that arrives before this runs goes into one transaction.
            m_commitQueued = true;
            QMetaObject::invokeMethod(
                this, [this] { commit(); }, Qt::QueuedConnection);
        }
    }

    void commit()
    {
        m_commitQueued = false;
        if (m_pending.empty()) {
            return;
        }
        std::vector<ScrapeRecord> batch;
        batch.swap(m_pending);
        if (!m_store.isWritable()) {
            return; // read-only: opened() said why; nothing is written twice
        }
        QString error;
        if (m_store.append(batch, &error)) {
            announce([=, recorder = m_recorder] { Q_EMIT recorder->committed(int(batch.size())); });
        } else {
            announce([=, recorder = m_recorder] { Q_EMIT recorder->failed(error); });
        }
    }

    void clear()
    {
        m_pending.clear();
        QString error;
        if (m_store.clear(&error)) {
            announce([=, recorder = m_recorder] { Q_EMIT recorder->cleared(); });
            announce([recorder = m_recorder, bytes = m_store.bytesOnDisk()] { Q_EMIT recorder->sizeKnown(bytes); });
        } else {
            announce([=, recorder = m_recorder] { Q_EMIT recorder->failed(error); });
        }
    }

    void compact()
    {
        QString error;
        if (m_store.isWritable() && !m_store.compactAll(&error)) {
            qWarning("history: %s", qPrintable(error)); // closing: nobody is left to show it
        }
    }

    void setRetentionDays(int days)
    {
        m_retentionDays = days;
        applyRetention();
    }

    void read(const std::function<void(const HistoryStore *store)> &work, HistoryReader *reader, bool latest)
    {
        commit();
        if (!m_store.isOpen()) {
            work(nullptr);
        } else if (latest) {
            // Taken here, in the order asked: the reader sees the tickets in that order too.
            reader->readLatest(work);
        } else {
            reader->read(work); // opened after this store: it sees the file as this store left it
        }
    }

    void measureSize()
    {
        announce([recorder = m_recorder, bytes = m_store.bytesOnDisk()] { Q_EMIT recorder->sizeKnown(bytes); });
    }

private:
    // Signals are emitted on the recorder's thread, from its event loop: whoever connects right
    // after creating the recorder hears even what the worker knew at once (a read-only file).
    template <typename Emit> void announce(Emit emit)
    {
        QMetaObject::invokeMethod(m_recorder, std::move(emit), Qt::QueuedConnection);
    }

    void applyRetention()
    {
        if (m_retentionDays <= 0 || !m_store.isWritable()) {
            return;
        }
        QString error;
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * 24 * 3600 * 1000;
        if (!m_store.removeBefore(cutoff, &error)) {
            announce([=, recorder = m_recorder] { Q_EMIT recorder->failed(error); });
        }
    }

    HistoryRecorder *m_recorder;
    HistoryStore m_store;
    int m_retentionDays;
    std::vector<ScrapeRecord> m_pending;
    bool m_commitQueued = false;
    QTimer *m_daily = nullptr;
};

HistoryRecorder::HistoryRecorder(const QString &path, int retentionDays, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_rangeReader(new HistoryReader(path, QStringLiteral("history ranges"), this))
    , m_detailsReader(new HistoryReader(path, QStringLiteral("history details"), this))
    , m_thread(new QThread)
    , m_worker(new Worker(this, path, retentionDays))
{
    m_thread->setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(m_thread);
    startInBackground(m_thread);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
    // The readers open their connections now, in the background, rather than at the first range
    // or the first chart the user waits for.
    const auto openNow = [](const HistoryStore *) {};
    read(openNow, ReadLane::Ranges);
    read(openNow, ReadLane::Details);
}

HistoryRecorder::~HistoryRecorder()
{
    // Commit what is queued and close the connection on its own thread, then stop it.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->commit();
            worker->compact();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void HistoryRecorder::record(const ResolvedSource &source, const LoadResult &result)
{
    const QString name = historySourceName(source);
    if (name.isEmpty()) {
        return;
    }
    ScrapeRecord scrape;
    scrape.source = name;
    scrape.timeMs = result.metadata.time.isValid() ? result.metadata.time.toMSecsSinceEpoch()
                                                   : QDateTime::currentMSecsSinceEpoch();
    scrape.snapshot = result.built.latest;
    if (!scrape.snapshot) {
        scrape.error = result.metadata.message.isEmpty() ? result.built.error : result.metadata.message;
    }
    scrape.zoneLabel = source.options.zoneLabel;
    record(scrape);
}

void HistoryRecorder::record(const ScrapeRecord &scrape)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, scrape] { worker->enqueue(scrape); }, Qt::QueuedConnection);
}

void HistoryRecorder::clear()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->clear(); }, Qt::QueuedConnection);
}

void HistoryRecorder::setRetentionDays(int days)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, days] { worker->setRetentionDays(days); }, Qt::QueuedConnection);
}

void HistoryRecorder::measureSize()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->measureSize(); }, Qt::QueuedConnection);
}

void HistoryRecorder::read(std::function<void(const HistoryStore *store)> work, ReadLane lane)
{
    HistoryReader *reader = lane == ReadLane::Ranges ? m_rangeReader : m_detailsReader;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, work = std::move(work), reader] { worker->read(work, reader, false); },
        Qt::QueuedConnection);
}

void HistoryRecorder::readLatest(std::function<void(const HistoryStore *store)> work, ReadLane lane)
{
    HistoryReader *reader = lane == ReadLane::Ranges ? m_rangeReader : m_detailsReader;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, work = std::move(work), reader] { worker->read(work, reader, true); },
        Qt::QueuedConnection);
}

bool HistoryRecorder::waitForCommitted(int timeoutMs)
{
    // Queued behind everything recorded so far: when it runs, those are committed. Shared, as
    // the worker may still release it after a wait that timed out has returned.
    const auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, done] {
            worker->commit();
            done->release();
        },
        Qt::QueuedConnection);
    return done->tryAcquire(1, timeoutMs);
}

} // namespace appclacks::core
