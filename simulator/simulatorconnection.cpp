// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator/simulatorconnection.h"

#include "simulator/simulatorserver.h"

#include <QTcpSocket>

namespace appclacks::simulator {

using namespace appclacks::core;

namespace {

constexpr qsizetype maxHeaderBytes = 32 * 1024;
// Enough queued to keep loopback busy, little enough that a slow reader never makes us buffer a
// whole oversized body.
constexpr qint64 writeHighWater = 256 * 1024;
constexpr qint64 pieceBytes = 64 * 1024;
constexpr int requestTimeoutMs = 15'000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

} // namespace

SimulatorConnection::SimulatorConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SimulatorConnection::readRequest);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SimulatorConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);

    // A client that connects and never completes a request must not hold a connection forever.
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        deleteLater();
    });
    m_idleTimer.start(requestTimeoutMs);
    connect(&m_trickleTimer, &QTimer::timeout, this, &SimulatorConnection::trickle);

    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
    } else if (m_socket->bytesAvailable() > 0) {
        // The request may have arrived with the TLS handshake, before readyRead was connected.
        QMetaObject::invokeMethod(this, &SimulatorConnection::readRequest, Qt::QueuedConnection);
    }
}

SimulatorConnection::~SimulatorConnection()
{
    // Aborting in the socket's own destructor would emit signals into this half-destroyed object.
    m_socket->disconnect(this);
    m_socket->abort();
}

bool SimulatorConnection::connected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void SimulatorConnection::readRequest()
{
    if (m_requestRead) {
        m_socket->readAll(); // one request per connection: anything after it is ignored
        return;
    }
    m_buffer += m_socket->readAll();
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        end = m_buffer.indexOf("\n\n");
    }
    if (end < 0 || end > maxHeaderBytes) {
        if (m_buffer.size() > maxHeaderBytes) {
            refuse(431);
        }
        return;
    }
    m_requestRead = true;
    m_idleTimer.stop();

    QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.clear();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(400);
        return;
    }
    RecordedRequest request;
    request.method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    const qsizetype query = target.indexOf('?');
    request.path = query < 0 ? target : target.left(query);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400);
            return;
        }
        request.headers.emplaceBack(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    send(m_handler(request));
}

void SimulatorConnection::refuse(int status)
{
    m_requestRead = true;
    m_idleTimer.stop();
    SimulatorResponse response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", "text/plain; charset=utf-8");
    response.body = ResponseBody::fromBytes(reasonPhrase(status) + '\n');
    send(std::move(response));
}

void SimulatorConnection::send(SimulatorResponse response)
{
    m_response = std::move(response);
    if (m_response.firstByteDelayMs > 0) {
        QTimer::singleShot(m_response.firstByteDelayMs, this, &SimulatorConnection::writeHead);
        return;
    }
    writeHead();
}

void SimulatorConnection::writeHead()
{
    if (!connected()) {
        return;
    }
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + reasonPhrase(m_response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(m_response.headers)) {
        head += name + ": " + value + "\r\n";
    }
    if (m_response.announceLength) {
        head += "Content-Length: " + QByteArray::number(m_response.body ? m_response.body->size() : 0) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    m_socket->write(head);
    m_headWritten = true;
    if (m_response.headOnly) {
        finish();
    } else if (m_response.trickleIntervalMs > 0) {
        m_trickleTimer.start(m_response.trickleIntervalMs);
    } else {
        pump();
    }
}

void SimulatorConnection::pump()
{
    if (!m_headWritten || m_finished || m_trickleTimer.isActive() || !connected()) {
        return;
    }
    while (m_socket->bytesToWrite() < writeHighWater) {
        qint64 wanted = pieceBytes;
        if (m_response.sendLimit >= 0) {
            wanted = std::min(wanted, m_response.sendLimit - m_bodySent);
        }
        const QByteArray piece = wanted > 0 && m_response.body ? m_response.body->read(wanted) : QByteArray();
        if (piece.isEmpty()) {
            finish();
            return;
        }
        m_socket->write(piece);
        m_bodySent += piece.size();
    }
}

void SimulatorConnection::trickle()
{
    if (!connected() || m_response.trickleContent.isEmpty()) {
        m_trickleTimer.stop();
        return;
    }
    const QByteArray &content = m_response.trickleContent;
    m_socket->write(content.constData() + m_trickleOffset % content.size(), 1);
    ++m_trickleOffset;
}

void SimulatorConnection::finish()
{
    m_finished = true;
    m_socket->disconnectFromHost(); // after what is still queued has been written
}

} // namespace appclacks::simulator
