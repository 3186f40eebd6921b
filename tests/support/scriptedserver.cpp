#include "scriptedserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

bool ScriptedServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    // QSslServer hands a socket over once its handshake is done.
    connect(server, &QSslServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString ScriptedServer::url(const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(port())
            .arg(path);
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        qsizetype length = headEnd + 4;
        bool chunked = false;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            const QByteArray trimmed = line.trimmed().toLower();
            if (trimmed.startsWith("content-length:"))
                length += trimmed.mid(15).trimmed().toLongLong();
            chunked = chunked || trimmed == "transfer-encoding: chunked";
        }
        if (chunked) {
            // A chunked body (tests send no trailers) ends with its last chunk and empty line.
            const qsizetype end = buffer.indexOf("\r\n0\r\n\r\n", headEnd);
            const bool empty = buffer.mid(headEnd + 4, 5) == "0\r\n\r\n";
            if (end < 0 && !empty)
                break;
            length = empty ? headEnd + 9 : end + 7;
        }
        if (buffer.size() < length)
            break;
        const qint64 receivedAt = m_clock.nsecsElapsed() / 1000;
        const int index = int(m_requests.size());
        m_requests.append(buffer.left(length));
        buffer.remove(0, length);
        emit requestReceived(index);
        const Step step = m_steps.value(index);
        if (!step.respond)
            continue;
        if (step.delayMs > 0) {
            QTimer::singleShot(step.delayMs,
                               Qt::PreciseTimer,
                               socket,
                               [this, socket, step, receivedAt] {
                                   respond(socket, step, receivedAt);
                               });
        } else {
            respond(socket, step, receivedAt);
        }
    }
    socket->setProperty("buffer", buffer);
}

void ScriptedServer::respond(QTcpSocket *socket, const Step &step, qint64 receivedAtUs)
{
    m_delaysUs.append(m_clock.nsecsElapsed() / 1000 - receivedAtUs);
    if (step.pieceBytes > 0) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        writePieces(socket, step, 0);
        return;
    }
    socket->write(step.response);
    socket->flush();
    finish(socket, step);
}

void ScriptedServer::writePieces(QTcpSocket *socket, const Step &step, qsizetype offset)
{
    socket->write(step.response.mid(offset, step.pieceBytes));
    socket->flush();
    const qsizetype next = offset + step.pieceBytes;
    if (next >= step.response.size()) {
        finish(socket, step);
        return;
    }
    QTimer::singleShot(step.pieceDelayMs, Qt::PreciseTimer, socket, [this, socket, step, next] {
        writePieces(socket, step, next);
    });
}

void ScriptedServer::finish(QTcpSocket *socket, const Step &step)
{
    if (step.resetAfter) {
        // A zero linger time turns the close into a TCP reset, as a crashing server would.
        const struct linger option = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
        socket->abort();
        return;
    }
    if (step.close)
        socket->disconnectFromHost();
}
