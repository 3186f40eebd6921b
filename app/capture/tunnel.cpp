#include "tunnel.h"

#include <QAbstractSocket>

namespace HttpLens::Capture {

namespace {

constexpr qint64 kWindow = 256 * 1024;

} // namespace

Tunnel::Tunnel(QAbstractSocket *server, ClientEnd client, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_client(std::move(client))
{
    m_server->setParent(this);
    m_server->setReadBufferSize(kWindow);
    connect(m_server, &QAbstractSocket::readyRead, this, &Tunnel::pump);
    connect(m_server, &QAbstractSocket::bytesWritten, this, &Tunnel::pump);
    connect(m_server, &QAbstractSocket::disconnected, this, &Tunnel::finish);
    connect(m_server, &QAbstractSocket::errorOccurred, this, &Tunnel::finish);
}

void Tunnel::clientReadable()
{
    pump();
}

void Tunnel::clientWritable()
{
    pump();
}

void Tunnel::clientClosed()
{
    if (m_server->state() != QAbstractSocket::UnconnectedState)
        m_server->disconnectFromHost();
    finish();
}

void Tunnel::pump()
{
    if (m_done)
        return;
    for (bool moved = true; moved;) {
        moved = false;
        if (m_server->bytesToWrite() < kWindow) {
            const QByteArray up = m_client.read(kWindow - m_server->bytesToWrite());
            if (!up.isEmpty()) {
                m_up += up.size();
                m_server->write(up);
                moved = true;
            }
        }
        if (m_client.pending() < kWindow) {
            const QByteArray down = m_server->read(kWindow - m_client.pending());
            if (!down.isEmpty()) {
                m_down += down.size();
                m_client.write(down);
                moved = true;
            }
        }
    }
}

void Tunnel::finish()
{
    if (m_done)
        return;
    // What the server sent before it closed still goes to the client.
    pump();
    m_done = true;
    emit finished();
}

} // namespace HttpLens::Capture
