#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QAbstractSocket;

namespace HttpLens::Capture {

// Bytes passed both ways, untouched and counted, between a client and a server: a CONNECT to a
// host the capture lets through, or a connection upgraded after a 101 (a WebSocket). The server
// end is a socket of its own; the client end is the proxy connection's, which may speak TLS, so
// it is reached through functions. Neither side is read while the other has a window's worth
// still to write, so a tunnel costs bounded memory whatever passes through it.
class Tunnel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tunnel)

public:
    struct ClientEnd
    {
        std::function<QByteArray(qint64)> read;
        std::function<void(const QByteArray &)> write;
        std::function<qint64()> pending; // bytes written to the client but not sent yet
    };

    // Takes the connected server socket.
    Tunnel(QAbstractSocket *server, ClientEnd client, QObject *parent = nullptr);

    qint64 bytesUp() const { return m_up; }     // client to server
    qint64 bytesDown() const { return m_down; } // server to client

    // The connection's socket had something to read, or wrote some of what it had.
    void clientReadable();
    void clientWritable();
    // The client went away: the server side is closed too.
    void clientClosed();

signals:
    void finished();

private:
    void pump();
    void finish();

    QAbstractSocket *m_server;
    ClientEnd m_client;
    qint64 m_up = 0;
    qint64 m_down = 0;
    bool m_done = false;
};

} // namespace HttpLens::Capture
