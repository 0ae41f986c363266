// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace appclacks::core {

/// One window per user, as desktop apps do: the first start listens on a local socket (a Unix
/// socket in the user's runtime folder, a named pipe on Windows); a later start hands its
/// arguments and working folder to it and exits. Stale sockets of a crashed instance are
/// replaced. Thread-affine (GUI thread).
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary, ///< this process listens: open the window, and handle argumentsReceived()
        Secondary, ///< another instance took the arguments: exit with success
        Failed, ///< neither: open a window of our own anyway (errorString() says why)
    };

    /// `serverName`: defaultServerName() in the app; tests pass a path in a temporary folder.
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the primary, or hands `arguments` (without the program name) and the current
    /// folder to the running primary, waiting at most `timeoutMs` for it to take them.
    Role start(const QStringList &arguments, int timeoutMs = 3000);
    QString errorString() const { return m_errorString; }
    QString serverName() const { return m_serverName; }

    /// Per user: in $XDG_RUNTIME_DIR (private to the user) where there is one.
    static QString defaultServerName();

Q_SIGNALS:
    /// A later start's arguments, to open as if given to this process, relative paths resolved
    /// against `workingDirectory`.
    void argumentsReceived(const QStringList &arguments, const QString &workingDirectory);

private:
    bool sendToPrimary(const QStringList &arguments, int timeoutMs);
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_errorString;
};

} // namespace appclacks::core
