#pragma once

#include "capture/forwarding.h"
#include "capture/proxycontext.h"
#include "http/transferchannel.h"
#include "practice/requestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAbstractSocket;
class QTcpSocket;

namespace HttpLens {
class Transfer;
}

namespace HttpLens::Capture {

class TlsServerSession;
class Tunnel;

// One client connection of the capture proxy. It reads requests with the practice server's
// parser in streaming mode, sends each through the engine (Engine::forward) and writes the
// response back as it arrives, one request at a time and in order (pipelined requests wait in
// the parser), keeping the connection alive as the client asks. After a CONNECT it speaks TLS
// to the client with a certificate from the capture's CA, or tunnels the bytes untouched.
// Every finished request becomes an Exchange, handed to the context's record function with
// both legs: what the client sent and received, and what went upstream.
class ProxyConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyConnection)

public:
    ProxyConnection(QTcpSocket *socket, const ProxyContext *context, QObject *parent = nullptr);
    ~ProxyConnection() override;

    // The client's process, once known (CaptureSession looks it up from /proc). While the
    // look-up is pending, finished exchanges wait, so that each record names its program.
    void setProcessPending(bool pending) { m_processPending = pending; }
    void setClientProcess(const QString &name, qint64 pid);

signals:
    void closed();

private:
    struct Active;

    void onReadyRead();
    void consume();
    void handleParsed();
    void beginRequest();
    void beginConnect();
    void connectUpstream(const QString &host, int port, bool passthrough);
    void sniffAfterConnect();
    void startTunnel(QAbstractSocket *server, Exchange exchange);
    void beginUpgrade();
    void onUpgradeHead(QAbstractSocket *server, Exchange exchange);
    void passUpload(const QByteArray &body);
    void relayResponse();
    void writeHead(const QByteArray &head);
    void writeBody(const QByteArray &body);
    void finishResponse();
    void refuse(int status, const QString &sentence);
    void record(Exchange exchange);
    static void describeRequest(Exchange &exchange, const Active &active);
    bool authorized();
    void onClientGone();
    void onTimeout();
    void closeAfterWriting();
    void resetTimer();
    void maybeDone();

    QByteArray readPlain(qint64 max);
    void writePlain(const QByteArray &bytes);
    qint64 pendingWrite() const;
    void flushTls();
    void onTlsFailed(const QString &sentence);

    const ProxyContext *m_context;
    QTcpSocket *m_socket;
    Practice::RequestParser m_parser;
    std::unique_ptr<Active> m_active;
    std::unique_ptr<TlsServerSession> m_tls;
    Tunnel *m_tunnel = nullptr;
    // After CONNECT: the origin every request of this connection goes to.
    QUrl m_connectOrigin;
    QByteArray m_connectHead; // the CONNECT request as the client sent it
    QString m_connectHost;
    int m_connectPort = 0;
    bool m_waiting = false;  // for the server of a CONNECT or an Upgrade: nothing is read meanwhile
    bool m_sniffing = false; // after CONNECT: TLS or plain HTTP, the first byte tells
    QString m_clientAddress;
    int m_clientPort = 0;
    QString m_processName;
    qint64 m_pid = 0;
    bool m_processPending = false;
    QList<Exchange> m_held; // finished while the process look-up was pending
    QTimer m_timer;
    bool m_closing = false;
    bool m_gone = false;
    bool m_done = false; // closed() was emitted
};

} // namespace HttpLens::Capture
