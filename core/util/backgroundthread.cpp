// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/util/backgroundthread.h"

#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#endif

namespace appclacks::core {

int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    // getpriority() returns -1 for a nice of -1 too: only errno tells a failure apart.
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, 0);
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void startInBackground(QThread *thread)
{
#ifdef Q_OS_LINUX
    // QThread::started is emitted on the new thread: a direct connection runs there, before any
    // queued work. Five steps of nice below the thread that starts it (the whole app may already
    // run under nice) give the GUI thread about three times a busy reader's share of a contended
    // core; a failure (a sandbox that forbids it) leaves the thread as it was.
    const int nice = std::min(niceOfThisThread() + 5, 19);
    QObject::connect(
        thread, &QThread::started, thread, [nice] { static_cast<void>(setpriority(PRIO_PROCESS, 0, nice)); },
        Qt::DirectConnection);
#endif
    thread->start(QThread::LowPriority);
}

} // namespace appclacks::core
