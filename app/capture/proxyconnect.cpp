// The proxy connection's tunnels: CONNECT (intercepted with TLS, or passed through untouched)
// and Upgrade (a WebSocket relayed as bytes after its 101).
#include "proxyconnection.h"

#include "capture/certificateauthority.h"
#include "capture/tlsserversession.h"
#include "capture/trustadvice.h"
#include "capture/tunnel.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>

namespace HttpLens::Capture {

namespace {

class ConnectText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture::Proxy)
};

const QByteArray kEstablished = "HTTP/1.1 200 Connection established\r\n\r\n";

// An exchange for a CONNECT or an Upgrade: its one hop holds the request and the response heads.
Exchange tunnelExchange(const QByteArray &requestHead, const QString &url)
{
    Exchange exchange;
    exchange.started = QDateTime::currentDateTimeUtc();
    Hop hop;
    hop.url = url;
    hop.started = exchange.started;
    hop.request = RequestHead::parse(requestHead);
    exchange.request.method = hop.request.method;
    exchange.request.url = url;
    exchange.effectiveUrl = url;
    exchange.hops.append(hop);
    exchange.capture.clientRequest = requestHead;
    return exchange;
}

void setResponse(Exchange &exchange, const QByteArray &head)
{
    Hop &hop = exchange.hops.last();
    hop.hasResponse = true;
    hop.response = ResponseHead::parse(head);
}

} // namespace

void ProxyConnection::beginConnect()
{
    const Practice::ParsedRequest &head = m_parser.head();
    QString host;
    int port = 0;
    const qsizetype colon = head.target.lastIndexOf(':');
    if (colon > 0) {
        host = QString::fromLatin1(head.target.left(colon));
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        port = head.target.mid(colon + 1).toInt();
    }
    if (host.isEmpty() || port < 1 || port > 65535)
        return refuse(400,
                      ConnectText::tr("CONNECT needs a host and a port, as in \"CONNECT "
                                      "example.com:443\"; it named \"%1\".")
                              .arg(QString::fromLatin1(head.target.left(200))));
    if (port == m_context->selfPort && QHostAddress(host).isLoopback())
        return refuse(508,
                      ConnectText::tr("The CONNECT names the capture proxy itself (%1:%2); "
                                      "forwarding it would loop.")
                              .arg(host)
                              .arg(port));
    m_connectHead = head.rawHead;
    m_connectHost = host;
    m_connectPort = port;
    m_parser.takeRequest();
    const bool passthrough = !m_context->authority
                             || m_context->options.passthrough.contains(host, Qt::CaseInsensitive);
    connectUpstream(host, port, passthrough);
}

// The server is reached before the client hears 200: a closed port is a 502 the client can
// read, not a TLS handshake that goes nowhere. A passed-through CONNECT keeps that connection;
// an intercepted one lets it go, as the engine opens its own for each request.
void ProxyConnection::connectUpstream(const QString &host, int port, bool passthrough)
{
    m_waiting = true;
    auto *server = new QTcpSocket(this);
    const QString url = QStringLiteral("%1:%2").arg(host).arg(port);
    connect(server, &QTcpSocket::connected, this, [this, server, passthrough, url] {
        m_waiting = false;
        writePlain(kEstablished);
        if (passthrough) {
            Exchange exchange = tunnelExchange(m_connectHead, url);
            setResponse(exchange, kEstablished);
            exchange.capture.clientResponse = kEstablished;
            return startTunnel(server, std::move(exchange));
        }
        server->abort();
        server->deleteLater();
        m_sniffing = true;
        sniffAfterConnect();
    });
    connect(server, &QTcpSocket::errorOccurred, this, [this, server, url] {
        if (!m_waiting)
            return;
        m_waiting = false;
        server->deleteLater();
        refuse(502,
               ConnectText::tr("HTTP Lens could not connect to %1: %2")
                       .arg(url, server->errorString()));
    });
    // Names under .localhost are loopback (RFC 6761 §6.3), as libcurl resolves them upstream;
    // the system's resolver may not know them.
    const bool loopbackName = host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive);
    server->connectToHost(loopbackName ? QStringLiteral("localhost") : host, quint16(port));
}

// After an intercepted CONNECT the client either starts TLS (its first byte is a handshake
// record, 0x16) or speaks plain HTTP to that host.
void ProxyConnection::sniffAfterConnect()
{
    char first = 0;
    if (m_socket->peek(&first, 1) != 1)
        return;
    m_sniffing = false;
    const bool tls = first == '\x16';
    QUrl origin;
    origin.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    origin.setHost(m_connectHost);
    origin.setPort(m_connectPort);
    m_connectOrigin = origin;
    if (tls)
        m_tls = std::make_unique<TlsServerSession>(m_context->authority, m_connectHost);
    consume();
}

void ProxyConnection::onTlsFailed(const QString &sentence)
{
    if (m_gone || m_closing)
        return;
    QString text = sentence;
    if (m_tls && m_tls->failureKind() == TlsServerSession::Failure::Distrusted)
        text += u' '
                + TrustAdvice::forProgram(m_processName,
                                          m_context->authority->certificatePath(),
                                          m_context->bundlePath);
    Exchange exchange = tunnelExchange(m_connectHead,
                                       QStringLiteral("%1:%2").arg(m_connectHost).arg(m_connectPort));
    exchange.error.curlCode = -1;
    exchange.error.sentence = text;
    exchange.capture.clientProblem = text;
    record(std::move(exchange));
    m_closing = true;
    m_tls.reset();
    m_gone = true;
    m_socket->abort();
    maybeDone();
}

void ProxyConnection::startTunnel(QAbstractSocket *server, Exchange exchange)
{
    Tunnel::ClientEnd client;
    client.read = [this](qint64 max) { return readPlain(max); };
    client.write = [this](const QByteArray &bytes) { writePlain(bytes); };
    client.pending = [this] { return pendingWrite(); };
    m_timer.stop();
    m_tunnel = new Tunnel(server, client, this);
    auto kept = std::make_shared<Exchange>(std::move(exchange));
    connect(m_tunnel, &Tunnel::finished, this, [this, kept] {
        const Hop &hop = kept->hops.last();
        kept->capture.upgraded = hop.request.method == "CONNECT" || hop.response.status == 101;
        kept->capture.tunnelBytesUp = m_tunnel->bytesUp();
        kept->capture.tunnelBytesDown = m_tunnel->bytesDown();
        kept->hops.last().endUs = kept->started.msecsTo(QDateTime::currentDateTimeUtc()) * 1000;
        kept->timings.totalUs = kept->hops.last().endUs;
        record(std::move(*kept));
        m_tunnel->deleteLater();
        m_tunnel = nullptr;
        if (!m_gone)
            closeAfterWriting();
        maybeDone();
    });
    m_tunnel->clientReadable();
}

// A request to switch protocols (a WebSocket handshake) goes to the server on a connection of
// its own, written as the client wrote it; after a 101 both connections become one tunnel.
void ProxyConnection::beginUpgrade()
{
    const Practice::ParsedRequest head = m_parser.head();
    const ForwardTarget target = forwardTarget(head,
                                               m_connectOrigin.isEmpty()
                                                       ? m_context->options.reverse
                                                       : m_connectOrigin);
    if (!target.problem.isEmpty())
        return refuse(target.status, target.problem);
    if (!head.chunked && !headerValue(head.headers, "Content-Length").isEmpty()
        && headerValue(head.headers, "Content-Length").trimmed() != "0")
        return refuse(400, ConnectText::tr("An Upgrade request with a body is not relayed."));
    m_parser.takeRequest();
    QByteArray request = head.method + ' ' + target.requestTarget + ' ' + head.version + "\r\n";
    for (const HeaderLine &line : forwardedHeaderLines(head.rawHead, true, m_context->options.via)) {
        if (line.kind == HeaderLine::Kind::Set)
            request += line.name + line.separator + line.value + "\r\n";
        else if (line.kind == HeaderLine::Kind::Empty)
            request += line.name + ":\r\n";
    }
    request += "\r\n";
    Exchange exchange = tunnelExchange(head.rawHead,
                                       target.url.chopped(1)
                                               + QString::fromLatin1(target.requestTarget));
    exchange.hops.last().request = RequestHead::parse(request);
    m_waiting = true;
    QAbstractSocket *server = nullptr;
    if (target.secure) {
        auto *tls = new QSslSocket(this);
        if (m_context->options.insecure)
            tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        server = tls;
        connect(tls, &QSslSocket::encrypted, this, [tls, request] { tls->write(request); });
        tls->connectToHostEncrypted(target.host, quint16(target.port));
    } else {
        auto *plain = new QTcpSocket(this);
        server = plain;
        connect(plain, &QTcpSocket::connected, this, [plain, request] { plain->write(request); });
        plain->connectToHost(target.host, quint16(target.port));
    }
    auto kept = std::make_shared<Exchange>(std::move(exchange));
    connect(server, &QAbstractSocket::readyRead, this, [this, server, kept] {
        if (m_waiting)
            onUpgradeHead(server, std::move(*kept));
    });
    connect(server, &QAbstractSocket::errorOccurred, this, [this, server, target] {
        if (!m_waiting)
            return;
        m_waiting = false;
        server->deleteLater();
        refuse(502,
               ConnectText::tr("HTTP Lens could not get a response from %1: %2")
                       .arg(target.url, server->errorString()));
    });
}

void ProxyConnection::onUpgradeHead(QAbstractSocket *server, Exchange exchange)
{
    QByteArray buffer = server->property("head").toByteArray() + server->read(64 * 1024);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > 64 * 1024) {
            m_waiting = false;
            server->deleteLater();
            return refuse(502, ConnectText::tr("The server's response head is too large."));
        }
        server->setProperty("head", buffer);
        return;
    }
    m_waiting = false;
    const QByteArray head = buffer.left(end + 4);
    const QByteArray rest = buffer.mid(end + 4);
    setResponse(exchange, head);
    const bool switched = exchange.hops.last().response.status == 101;
    exchange.capture.clientResponse = clientResponseHead(head,
                                                         switched,
                                                         !switched,
                                                         m_context->options.via);
    writePlain(exchange.capture.clientResponse);
    if (!rest.isEmpty())
        writePlain(rest);
    // Refused, what the server sends until it closes is passed on, then the connection closes.
    startTunnel(server, std::move(exchange));
}

} // namespace HttpLens::Capture
