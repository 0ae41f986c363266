// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/historyreader.h"
#include "core/util/backgroundthread.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using appclacks::core::HistoryReader;
using appclacks::core::niceOfThisThread;
using appclacks::core::startInBackground;

// The threads that read and write in the background run below the GUI thread, so that a frame
// is never late behind them on a busy machine (range_bench measures what that buys).
class TestBackgroundThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsBelowTheThreadThatStartedIt()
    {
        QThread thread;
        startInBackground(&thread);
        const auto stop = qScopeGuard([&thread] {
            thread.quit();
            thread.wait();
        });
        std::atomic<int> niceThere = -100;
        // A QThread object lives on the thread that made it: post to an object on the new one.
        auto *onThread = new QObject;
        onThread->moveToThread(&thread);
        connect(&thread, &QThread::finished, onThread, &QObject::deleteLater);
        QMetaObject::invokeMethod(
            onThread, [&niceThere] { niceThere = niceOfThisThread(); }, Qt::BlockingQueuedConnection);
        QCOMPARE(thread.priority(), QThread::LowPriority);
#ifdef Q_OS_LINUX
        QCOMPARE(niceThere.load(), std::min(niceOfThisThread() + 5, 19));
#endif
    }

    void historyReadsRunInTheBackground()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryReader reader(dir.filePath(QStringLiteral("history.sqlite")), QStringLiteral("reader"));
        std::atomic<int> niceThere = -100;
        std::atomic_bool read = false;
        reader.read([&](const auto *) {
            niceThere = niceOfThisThread();
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.load(), 5000);
#ifdef Q_OS_LINUX
        QVERIFY2(niceThere.load() > niceOfThisThread(),
            qPrintable(QStringLiteral("reader's nice %1, GUI's %2").arg(niceThere.load()).arg(niceOfThisThread())));
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackgroundThread)
#include "tst_backgroundthread.moc"
