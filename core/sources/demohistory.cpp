// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/demohistory.h"

#include "core/history/historyrecorder.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

namespace appclacks::core {

namespace {

Q_LOGGING_CATEGORY(lcDemoHistory, "appclacks.core.sources", QtInfoMsg)

class DemoHistoryText final
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)
};

} // namespace

// Written by the seeding thread, read on this object's thread once it has finished.
struct DemoHistory::Outcome
{
    bool ok = false;
    QString error;
    qint64 elapsedMs = 0;
};

DemoHistory::DemoHistory(QObject *parent)
    : QObject(parent)
    , m_folder(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/appclacks-demo-XXXXXX")))
{
    if (!m_folder->isValid()) {
        qCWarning(lcDemoHistory) << "no temporary folder for the demo's history:" << m_folder->errorString();
    }
}

DemoHistory::~DemoHistory()
{
    if (m_thread) {
        m_thread->wait();
    }
    m_recorder.reset(); // commits and closes the file while its folder is still there
}

HistoryRecorder *DemoHistory::recorder()
{
    if (isSeeding() || path().isEmpty()) {
        return nullptr;
    }
    if (!m_recorder) {
        m_recorder = std::make_unique<HistoryRecorder>(path(), 0);
    }
    return m_recorder.get();
}

QString DemoHistory::sourceName()
{
    return QStringLiteral("demo");
}

QString DemoHistory::path() const
{
    return m_folder->isValid() ? m_folder->filePath(QStringLiteral("demo-history.sqlite")) : QString();
}

bool DemoHistory::isSeeding() const
{
    return m_thread && m_thread->isRunning();
}

bool DemoHistory::write(const QString &path, const DemoHistorySeeder &seeder, std::int64_t endMs, QString *error)
{
    if (path.isEmpty()) {
        *error = DemoHistoryText::tr("No temporary folder for the demo's history");
        return false;
    }
    if (!seeder) {
        *error = DemoHistoryText::tr("This demo has no history");
        return false;
    }
    HistoryStore store(path);
    if (!store.open(HistoryStore::Access::ReadWrite, error)) {
        return false;
    }
    if (!store.isWritable()) {
        *error = store.notice();
        return false;
    }
    // Blocks, not rows: the first query of the window reads a day at once.
    return seeder(store, sourceName(), endMs, error) && store.compactAll(error);
}

void DemoHistory::seed(DemoHistorySeeder seeder, std::int64_t endMs)
{
    if (isSeeding()) {
        return;
    }
    m_recorder.reset(); // the seeding has the file to itself
    m_seeded = false;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    delete m_thread;
    m_thread = QThread::create([path = path(), seeder = std::move(seeder), endMs, outcome] {
        QElapsedTimer timer;
        timer.start();
        // No exception crosses the thread's edge: it becomes the seeding's error.
        try {
            outcome->ok = write(path, seeder, endMs, &outcome->error);
        } catch (const std::exception &exception) {
            outcome->ok = false;
            outcome->error = QString::fromUtf8(exception.what());
        }
        outcome->elapsedMs = timer.elapsed();
    });
    m_thread->setObjectName(QStringLiteral("demo history"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        if (outcome != m_outcome) {
            return;
        }
        m_seeded = outcome->ok;
        m_seedingMs = outcome->elapsedMs;
        if (outcome->ok) {
            qCInfo(lcDemoHistory) << "seeded the demo's history in" << outcome->elapsedMs << "ms";
        } else {
            qCWarning(lcDemoHistory) << "could not seed the demo's history:" << outcome->error;
        }
        Q_EMIT seeded(outcome->ok, outcome->error);
    });
    m_thread->start();
}

bool DemoHistory::seedBlocking(const DemoHistorySeeder &seeder, std::int64_t endMs, QString *error)
{
    if (isSeeding()) {
        m_thread->wait();
    }
    m_outcome.reset(); // a seeding that ran before says nothing about this one
    m_recorder.reset();
    QElapsedTimer timer;
    timer.start();
    QString message;
    m_seeded = write(path(), seeder, endMs, &message);
    m_seedingMs = timer.elapsed();
    if (error) {
        *error = message;
    }
    return m_seeded;
}

} // namespace appclacks::core
