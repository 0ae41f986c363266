// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace appclacks::core {

class HistoryStore;

/// Reads the history file on a thread of its own, through a read-only connection opened at the
/// first read: long reads (a thousand checks over a month) then hold up neither the recorder's
/// writes nor reads on another reader. SQLite's write-ahead log lets readers see every committed
/// transaction while the recorder writes. Reads run one after another, in the order asked.
class HistoryReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryReader)

public:
    /// `name` names the thread, for debuggers and profilers.
    HistoryReader(const QString &path, const QString &name, QObject *parent = nullptr);
    /// Lets the read under way finish, drops those not started, then closes the connection.
    ~HistoryReader() override;

    /// Runs `work` on the reader's thread with the store, or null when the file cannot be opened.
    void read(std::function<void(const HistoryStore *store)> work);
    /// The same, unless another readLatest() is asked for before `work` starts: then `work` is
    /// dropped, never run. For answers only the newest of which matters (the selected check's
    /// course while the user moves through the list): the reader does not compute each one in
    /// turn before the one that is still wanted.
    void readLatest(std::function<void(const HistoryStore *store)> work);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace appclacks::core
