#include "practiceclient.h"
#include "transferwait.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace HttpLens;

Exchange sendToPractice(Engine &engine,
                        const Practice::PracticeServer &server,
                        const QString &path,
                        const QByteArray &method,
                        const QList<HeaderLine> &headers,
                        const QByteArray &body)
{
    Request request;
    request.url = server.url(path);
    request.method = method;
    request.headers = headers;
    if (!body.isNull()) {
        request.hasBody = true;
        request.body = body;
    }
    Transfer *transfer = engine.send(request);
    waitFinished(transfer);
    return transfer->exchange();
}

QByteArray rawExchangeWith(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(bytes);
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 5000) {
        QSignalSpy ready(&socket, &QTcpSocket::readyRead);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        if (socket.bytesAvailable() == 0 && !ready.wait(500) && closed.isEmpty())
            continue;
        received += socket.readAll();
    }
    received += socket.readAll();
    return received;
}
