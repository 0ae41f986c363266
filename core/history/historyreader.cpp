// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/historyreader.h"

#include "core/history/historystore.h"
#include "core/util/backgroundthread.h"

#include <QThread>

#include <atomic>

namespace appclacks::core {

// Lives on the reader's thread and owns the connection there.
class HistoryReader::Worker final : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_store(path)
    { }

    void read(const std::function<void(const HistoryStore *store)> &work)
    {
        if (m_closing) {
            return; // the reader is going: nobody waits for this answer any more
        }
        if (!m_store.isOpen() && !m_failed) {
            QString error;
            m_failed = !m_store.open(HistoryStore::Access::ReadOnly, &error);
        }
        work(m_failed ? nullptr : &m_store);
    }

    /// From the reader's owner, on its thread: reads queued from now on are dropped.
    void close() { m_closing = true; }

    /// Counts readLatest() calls; a read runs only while its number is the last one taken.
    std::atomic<quint64> m_latestTicket = 0;

private:
    HistoryStore m_store;
    bool m_failed = false;
    std::atomic_bool m_closing = false;
};

HistoryReader::HistoryReader(const QString &path, const QString &name, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker(path))
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    startInBackground(m_thread);
}

HistoryReader::~HistoryReader()
{
    m_worker->close();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void HistoryReader::read(std::function<void(const HistoryStore *store)> work)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, work = std::move(work)] { worker->read(work); }, Qt::QueuedConnection);
}

void HistoryReader::readLatest(std::function<void(const HistoryStore *store)> work)
{
    const quint64 ticket = ++m_worker->m_latestTicket;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, ticket, work = std::move(work)] {
            if (ticket == worker->m_latestTicket.load()) {
                worker->read(work);
            }
        },
        Qt::QueuedConnection);
}

} // namespace appclacks::core
