// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "simulator/responsebody.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace appclacks::simulator {

struct RecordedRequest;

/// What SimulatorServer answers; SimulatorConnection puts it on the wire.
struct SimulatorResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Content-Length and Connection
    std::unique_ptr<ResponseBody> body;
    bool announceLength = true; ///< false: the body ends when the connection closes
    bool headOnly = false; ///< HEAD: headers as for GET, no body
    int firstByteDelayMs = 0;
    qint64 sendLimit = -1; ///< stop after this many body bytes and close, whatever was announced
    int trickleIntervalMs = 0; ///< > 0: the body, repeated forever, one byte per interval
    QByteArray trickleContent;
};

/// One accepted connection: reads one request (in as many pieces as it arrives), has it answered,
/// writes the response as fast as the peer drains it, then closes. Deletes itself when the peer
/// goes away, whenever that is.
class SimulatorConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorConnection)

public:
    using Handler = std::function<SimulatorResponse(const RecordedRequest &)>;

    /// Takes ownership of `socket`.
    SimulatorConnection(QTcpSocket *socket, Handler handler, QObject *parent);
    ~SimulatorConnection() override;

private:
    void readRequest();
    void refuse(int status);
    void send(SimulatorResponse response);
    void writeHead();
    void pump();
    void trickle();
    void finish();
    bool connected() const;

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_requestRead = false;
    bool m_headWritten = false;
    bool m_finished = false;
    SimulatorResponse m_response;
    qint64 m_bodySent = 0;
    qint64 m_trickleOffset = 0;
    QTimer m_idleTimer;
    QTimer m_trickleTimer;
};

} // namespace appclacks::simulator
