// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/platform/singleinstance.h"

#include "core/applicationidentity.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcInstance, "appclacks.core.platform", QtInfoMsg)

namespace appclacks::core {

namespace {

constexpr quint32 protocolVersion = 1;
constexpr qint64 maxMessageBytes = qint64(1024) * 1024; // arguments, not data: anything larger is refused
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString id = QString::fromLatin1(applicationId);
#ifdef Q_OS_UNIX
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty()) {
        return runtime + QLatin1Char('/') + id + QStringLiteral(".instance");
    }
#endif
    // Elsewhere a name in a namespace shared by all users: make it the user's own.
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME") + QDir::homePath().toUtf8();
    return id + QLatin1Char('-')
        + QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, int timeoutMs)
{
    if (m_server) {
        return Role::Primary;
    }
    if (sendToPrimary(arguments, timeoutMs)) {
        return Role::Secondary;
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption); // no other user may connect
    if (!server->listen(m_serverName)) {
        if (server->serverError() != QAbstractSocket::AddressInUseError) {
            m_errorString = server->errorString();
            delete server;
            return Role::Failed;
        }
        // Nobody answered above: the socket was left by an instance that crashed.
        QLocalServer::removeServer(m_serverName);
        if (!server->listen(m_serverName)) {
            m_errorString = server->errorString();
            delete server;
            return Role::Failed;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return Role::Primary;
}

bool SingleInstance::sendToPrimary(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    // JSON rather than QDataStream: a QStringList read from a stream reserves whatever count
    // the stream claims, and the primary must survive any bytes a local process sends it.
    const QByteArray message = QJsonDocument(QJsonObject {
                                                 { QStringLiteral("version"), int(protocolVersion) },
                                                 { QStringLiteral("arguments"), QJsonArray::fromStringList(arguments) },
                                                 { QStringLiteral("workingDirectory"), QDir::currentPath() },
                                             })
                                   .toJson(QJsonDocument::Compact);
    QByteArray framed;
    QDataStream(&framed, QIODevice::WriteOnly) << quint32(message.size());
    socket.write(framed + message);
    QElapsedTimer clock;
    clock.start();
    while (socket.bytesToWrite() > 0 && clock.elapsed() < timeoutMs) {
        socket.waitForBytesWritten(int(std::max<qint64>(1, timeoutMs - clock.elapsed())));
    }
    // Handed over only once the primary says it took them; otherwise this start opens a window.
    QByteArray answer;
    while (answer.size() < acknowledgement.size() && clock.elapsed() < timeoutMs
        && socket.state() == QLocalSocket::ConnectedState) {
        if (socket.bytesAvailable() > 0
            || socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - clock.elapsed())))) {
            answer += socket.readAll();
        }
    }
    answer += socket.readAll();
    socket.disconnectFromServer();
    return answer.startsWith(acknowledgement);
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            const QByteArray buffered = socket->peek(socket->bytesAvailable());
            if (buffered.size() < 4) {
                return;
            }
            quint32 length = 0;
            QDataStream(buffered) >> length;
            if (length > maxMessageBytes) {
                qCWarning(lcInstance) << "refused an instance message of" << length << "bytes";
                socket->abort();
                return;
            }
            if (buffered.size() < qsizetype(4) + qsizetype(length)) {
                return; // the rest is on its way
            }
            socket->read(4);
            QJsonParseError error;
            const QJsonObject message = QJsonDocument::fromJson(socket->read(length), &error).object();
            const QJsonValue list = message.value(QLatin1String("arguments"));
            if (error.error != QJsonParseError::NoError
                || message.value(QLatin1String("version")).toInt() != int(protocolVersion) || !list.isArray()) {
                qCWarning(lcInstance) << "refused a malformed instance message";
                socket->abort();
                return;
            }
            QStringList arguments;
            for (const QJsonValueConstRef argument : list.toArray()) {
                arguments << argument.toString();
            }
            const QString workingDirectory = message.value(QLatin1String("workingDirectory")).toString();
            socket->write(acknowledgement);
            socket->flush();
            Q_EMIT argumentsReceived(arguments, workingDirectory);
        });
    }
}

} // namespace appclacks::core
