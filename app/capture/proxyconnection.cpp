#include "proxyconnection.h"

#include "capture/tlsserversession.h"
#include "capture/tunnel.h"
#include "http/engine.h"
#include "http/transfer.h"
#include "http/transporterror.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace HttpLens::Capture {

namespace {

class ProxyText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture::Proxy)
};

// What the proxy holds of either direction before it stops reading or taking more.
constexpr qint64 kWindow = 256 * 1024;

Practice::RequestParser::Limits parserLimits()
{
    Practice::RequestParser::Limits limits;
    limits.streamBody = true;
    limits.maxHeadBytes = 64 * 1024;
    limits.maxHeaderFields = 200;
    return limits;
}

// The proxy's credentials never reach a record: the value of Proxy-Authorization is masked.
QByteArray maskProxyCredentials(const QByteArray &head)
{
    const qsizetype at = head.toLower().indexOf("\nproxy-authorization:");
    if (at < 0)
        return head;
    const qsizetype valueStart = at + 21;
    qsizetype end = head.indexOf('\n', valueStart);
    if (end < 0)
        end = head.size();
    if (end > valueStart && head.at(end - 1) == '\r')
        --end;
    return head.left(valueStart) + " ••••" + head.mid(end);
}

int statusOf(const QByteArray &head)
{
    const qsizetype space = head.indexOf(' ');
    return space < 0 ? 0 : head.mid(space + 1, 3).toInt();
}

// The status a proxy answers when the server could not be reached or did not answer in time.
int gatewayStatus(const TransportError &error)
{
    return error.curlCode == 28 ? 504 : 502;
}

} // namespace

// The request being relayed: the client's head, the transfer upstream and where the response
// stands on its way back.
struct ProxyConnection::Active
{
    Practice::ParsedRequest head;
    ForwardTarget target;
    QPointer<Transfer> transfer;
    std::shared_ptr<TransferChannel> channel;
    bool uploadDone = false;
    qint64 clientBodyBytes = 0;
    QByteArray clientBodyKept;
    bool headWritten = false;
    QByteArray clientResponse;
    Framing framing = Framing::NoBody;
    bool close = false;
    qint64 bodyBytesOut = 0;
    bool upstreamDone = false;
};

ProxyConnection::ProxyConnection(QTcpSocket *socket, const ProxyContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_socket(socket)
    , m_parser(parserLimits())
{
    m_socket->setParent(this);
    // Qt reads no more than this ahead of the proxy, so a fast client waits for a slow server.
    m_socket->setReadBufferSize(kWindow);
    m_clientAddress = m_socket->peerAddress().toString();
    m_clientPort = m_socket->peerPort();
    connect(m_socket, &QTcpSocket::readyRead, this, &ProxyConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_tunnel)
            m_tunnel->clientWritable();
        else if (m_active)
            relayResponse();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &ProxyConnection::onClientGone);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProxyConnection::onTimeout);
    resetTimer();
}

ProxyConnection::~ProxyConnection()
{
    if (m_active && m_active->transfer)
        delete m_active->transfer.data();
}

void ProxyConnection::setClientProcess(const QString &name, qint64 pid)
{
    m_processName = name;
    m_pid = pid;
    m_processPending = false;
    for (Exchange &exchange : m_held) {
        exchange.capture.processName = name;
        exchange.capture.pid = pid;
        if (m_context->record)
            m_context->record(std::move(exchange));
    }
    m_held.clear();
    maybeDone();
}

void ProxyConnection::resetTimer()
{
    // While a request is relayed the server's pace rules; otherwise the head must come in time,
    // and an idle kept-alive connection goes after a while.
    if (m_active && m_parser.headComplete())
        m_timer.stop();
    else if (m_parser.bufferedBytes() > 0)
        m_timer.start(m_context->options.headTimeoutMs);
    else if (!m_active)
        m_timer.start(m_context->options.idleTimeoutMs);
}

void ProxyConnection::onTimeout()
{
    if (m_parser.bufferedBytes() > 0 && !m_active)
        return refuse(408,
                      ProxyText::tr("The request head did not arrive whole within %n second(s).",
                                    nullptr,
                                    m_context->options.headTimeoutMs / 1000));
    if (!m_active)
        closeAfterWriting();
}

QByteArray ProxyConnection::readPlain(qint64 max)
{
    if (!m_tls)
        return m_socket->read(max);
    const QByteArray encrypted = m_socket->read(max);
    if (!encrypted.isEmpty())
        m_tls->feedEncrypted(encrypted);
    QByteArray plain = m_tls->readPlain(max);
    flushTls();
    return plain;
}

void ProxyConnection::writePlain(const QByteArray &bytes)
{
    if (m_gone)
        return;
    if (!m_tls) {
        m_socket->write(bytes);
        return;
    }
    m_tls->writePlain(bytes);
    flushTls();
}

qint64 ProxyConnection::pendingWrite() const
{
    return m_socket->bytesToWrite() + (m_tls ? m_tls->pendingPlain() : 0);
}

void ProxyConnection::flushTls()
{
    const QByteArray encrypted = m_tls->takeEncrypted();
    if (!encrypted.isEmpty() && !m_gone)
        m_socket->write(encrypted);
    if (m_tls->failed())
        onTlsFailed(m_tls->failure());
}

void ProxyConnection::onReadyRead()
{
    if (m_tunnel)
        return m_tunnel->clientReadable();
    if (m_waiting)
        return; // the bytes wait in the socket until the server is there
    if (m_sniffing)
        return sniffAfterConnect();
    consume();
}

// Reads what the client sent, as far as the request in flight lets: the next request's head
// waits in the socket until the current one is answered, and a body waits while the upload
// buffer is full.
void ProxyConnection::consume()
{
    handleParsed();
    while (!m_closing && !m_tunnel) {
        if (m_active && (m_active->uploadDone || m_active->channel->uploadBuffered() >= kWindow))
            break;
        if (m_parser.state() == Practice::RequestParser::State::Complete && !m_active)
            break;
        const QByteArray bytes = readPlain(64 * 1024);
        if (bytes.isEmpty())
            break;
        m_parser.feed(bytes);
        handleParsed();
    }
    resetTimer();
}

void ProxyConnection::handleParsed()
{
    if (m_closing || m_tunnel)
        return;
    if (m_parser.state() == Practice::RequestParser::State::Error) {
        if (m_active)
            return closeAfterWriting(); // a malformed body: the upload cannot go on
        return refuse(m_parser.errorStatus(), m_parser.errorMessage());
    }
    if (!m_active && m_parser.headComplete()) {
        beginRequest();
        if (m_closing || !m_active)
            return;
    }
    if (!m_active || m_active->uploadDone)
        return;
    const QByteArray body = m_parser.takeBody();
    if (!body.isEmpty())
        passUpload(body);
    if (m_parser.state() == Practice::RequestParser::State::Complete) {
        m_active->uploadDone = true;
        if (m_active->channel->finishUpload() && m_active->transfer)
            m_context->engine->resume(m_active->transfer);
        m_parser.takeRequest(); // a pipelined request after it waits until this one is done
    }
}

void ProxyConnection::beginRequest()
{
    const Practice::ParsedRequest &head = m_parser.head();
    if (!authorized())
        return;
    if (head.method == "CONNECT")
        return beginConnect();
    if (hasHeader(head.headers, "Upgrade")
        && headerValue(head.headers, "Connection").toLower().contains("upgrade"))
        return beginUpgrade();
    ForwardTarget target = forwardTarget(head,
                                         m_connectOrigin.isEmpty() ? m_context->options.reverse
                                                                   : m_connectOrigin);
    if (!target.problem.isEmpty())
        return refuse(target.status, target.problem);
    if (target.port == m_context->selfPort
        && (QHostAddress(target.host) == m_context->selfAddress
            || (m_context->selfAddress.isLoopback()
                && (target.host == QLatin1String("localhost")
                    || QHostAddress(target.host).isLoopback()))))
        return refuse(508,
                      ProxyText::tr("The request names the capture proxy itself (%1:%2); "
                                    "forwarding it would loop.")
                              .arg(target.host)
                              .arg(target.port));

    m_active = std::make_unique<Active>();
    Active &active = *m_active;
    active.head = head;
    active.target = target;
    Request request;
    request.method = head.method;
    request.url = target.url;
    request.httpVersion = head.version == "HTTP/1.0" ? HttpVersion::Http1_0 : HttpVersion::Http1_1;
    request.headers = forwardedHeaderLines(head.rawHead, false, m_context->options.via);
    request.insecure = m_context->options.insecure;
    request.connectTimeoutMs = 30000;

    TransferChannel::Settings settings;
    settings.requestTarget = target.requestTarget;
    settings.window = kWindow;
    settings.keepBody = m_context->options.keepBody;
    settings.keepRequestBody = m_context->options.keepRequestBody;
    const QByteArray length = headerValue(head.headers, "Content-Length");
    if (head.chunked) {
        settings.upload = TransferChannel::Upload::Chunked;
    } else if (!length.isEmpty() && length.trimmed() != "0") {
        settings.upload = TransferChannel::Upload::Sized;
        settings.uploadSize = length.split(',').first().trimmed().toLongLong();
    }
    active.channel = std::make_shared<TransferChannel>(settings);
    active.transfer = m_context->engine->forward(request, active.channel);
    connect(active.transfer, &Transfer::received, this, &ProxyConnection::relayResponse);
    connect(active.transfer, &Transfer::finished, this, [this] {
        if (m_active) {
            m_active->upstreamDone = true;
            relayResponse();
        }
    });
}

// With --auth, every request must carry the proxy's credentials (RFC 9110 §11.7.2).
bool ProxyConnection::authorized()
{
    const QByteArray &credentials = m_context->options.credentials;
    if (credentials.isEmpty())
        return true;
    const QByteArray given = headerValue(m_parser.head().headers, "Proxy-Authorization").trimmed();
    if (given == "Basic " + credentials.toBase64())
        return true;
    const QByteArray body = ProxyText::tr("This proxy needs a user name and password "
                                          "(Proxy-Authorization).")
                                    .toUtf8()
                            + '\n';
    const QByteArray response = "HTTP/1.1 407 Proxy Authentication Required\r\n"
                                "Proxy-Authenticate: Basic realm=\"HTTP Lens\"\r\n"
                                "Content-Type: text/plain; charset=utf-8\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                                + body;
    writePlain(response);
    closeAfterWriting();
    return false;
}

void ProxyConnection::passUpload(const QByteArray &body)
{
    Active &active = *m_active;
    active.clientBodyBytes += body.size();
    const qint64 keep = qBound<qint64>(0,
                                       m_context->options.keepRequestBody
                                               - active.clientBodyKept.size(),
                                       body.size());
    active.clientBodyKept.append(body.constData(), keep);
    if (active.channel->writeUpload(body) && active.transfer)
        m_context->engine->resume(active.transfer);
}

// Writes what the server sent so far, as far as the client takes it: interim heads at once,
// the final head rewritten for this connection, the body in its framing.
void ProxyConnection::relayResponse()
{
    if (!m_active || m_gone)
        return;
    Active &active = *m_active;
    for (;;) {
        const qint64 room = kWindow - pendingWrite();
        if (room <= 0)
            return; // bytesWritten brings us back
        TransferChannel::Received received = active.channel->take(room);
        for (const QByteArray &head : std::as_const(received.heads))
            writeHead(head);
        if (!received.body.isEmpty())
            writeBody(received.body);
        if (received.resume && active.transfer)
            m_context->engine->resume(active.transfer);
        if (received.heads.isEmpty() && received.body.isEmpty())
            break;
    }
    if (active.upstreamDone)
        finishResponse();
    // Out now rather than when the event loop next looks at the socket: a request's round trip
    // through the proxy is a fraction of a millisecond, and one more pass of the loop is a good
    // part of it.
    if (!m_gone)
        m_socket->flush();
}

void ProxyConnection::writeHead(const QByteArray &head)
{
    Active &active = *m_active;
    const int status = statusOf(head);
    const bool http10 = active.head.version == "HTTP/1.0";
    if (status >= 100 && status < 200 && status != 101) {
        // RFC 9110 §15.2: no interim response goes to an HTTP/1.0 client.
        if (!http10)
            writePlain(head);
        return;
    }
    QByteArrayView statusLine;
    const HeaderList fields = parseHead(head, &statusLine);
    active.framing = responseFraming(active.head.method, status, fields);
    active.close = !active.head.keepAlive || active.framing == Framing::UntilClose
                   || (http10 && active.framing == Framing::Chunked);
    active.clientResponse = clientResponseHead(head, false, active.close, m_context->options.via);
    active.headWritten = true;
    writePlain(active.clientResponse);
}

void ProxyConnection::writeBody(const QByteArray &body)
{
    Active &active = *m_active;
    active.bodyBytesOut += body.size();
    if (active.framing == Framing::Chunked) {
        writePlain(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n");
        return;
    }
    writePlain(body);
}

// The server is done and everything it sent has been handed on: the response is closed off,
// the exchange recorded, and the next request (if the connection stays) is read.
void ProxyConnection::finishResponse()
{
    Active &active = *m_active;
    Exchange exchange = active.transfer ? active.transfer->takeExchange() : Exchange();
    if (active.transfer)
        active.transfer->deleteLater();
    const TransportError &error = exchange.error;
    if (error.isError() && !active.headWritten) {
        const QString sentence = error.sentence.isEmpty() ? error.curlText : error.sentence;
        const QByteArray response
                = proxyResponse(gatewayStatus(error),
                                ProxyText::tr("HTTP Lens could not get a response from %1: %2")
                                        .arg(active.target.url, sentence));
        active.clientResponse = response.left(response.indexOf("\r\n\r\n") + 4);
        active.close = true;
        writePlain(response);
    } else if (error.isError()) {
        active.close = true; // the body was cut off: only closing can tell the client
    } else if (active.framing == Framing::Chunked) {
        const Hop *hop = exchange.finalHop();
        writePlain("0\r\n" + (hop ? hop->rawTrailers : QByteArray()) + "\r\n");
    }
    if (!active.uploadDone)
        active.close = true; // the rest of the request body would be taken for the next request
    describeRequest(exchange, active);
    record(std::move(exchange));
    const bool close = active.close;
    m_active.reset();
    if (m_gone)
        return maybeDone();
    if (close)
        return closeAfterWriting();
    consume();
}

// The engine was given the origin's root and the request target apart; the record names the
// whole URL, and keeps the request body (when it was kept whole) so the request can be sent
// again from the composer.
void ProxyConnection::describeRequest(Exchange &exchange, const Active &active)
{
    const QByteArray &target = active.target.requestTarget;
    const QString url = target.startsWith('/')
                                ? active.target.url.chopped(1) + QString::fromLatin1(target)
                                : active.target.url;
    exchange.request.url = url;
    exchange.effectiveUrl = url;
    for (Hop &hop : exchange.hops)
        hop.url = url;
    if (active.clientBodyBytes > 0 && active.clientBodyBytes == active.clientBodyKept.size()) {
        exchange.request.hasBody = true;
        exchange.request.body = active.clientBodyKept;
    }
}

void ProxyConnection::record(Exchange exchange)
{
    CaptureInfo &info = exchange.capture;
    info.captured = true;
    info.mode = m_tls                                  ? CaptureInfo::Mode::Intercepted
                : m_context->options.reverse.isEmpty() ? CaptureInfo::Mode::Forward
                                                       : CaptureInfo::Mode::Reverse;
    info.clientAddress = m_clientAddress;
    info.clientPort = m_clientPort;
    info.processName = m_processName;
    info.pid = m_pid;
    if (m_active) {
        info.clientRequest = m_active->head.rawHead;
        info.clientRequestBody = m_active->clientBodyKept;
        info.clientRequestBodyBytes = m_active->clientBodyBytes;
        info.clientResponse = m_active->clientResponse;
        info.clientResponseBodyBytes = m_active->bodyBytesOut;
    }
    if (m_tls) {
        info.serverName = m_tls->serverName();
        info.clientTlsProtocol = m_tls->protocol();
        info.clientTlsCipher = m_tls->cipher();
        info.clientAlpn = m_tls->alpn();
    }
    if (m_gone && info.clientProblem.isEmpty())
        info.clientProblem = ProxyText::tr("The program closed the connection before the "
                                           "response was complete.");
    if (!exchange.hops.isEmpty() && exchange.hops.first().request.method == "CONNECT")
        info.mode = CaptureInfo::Mode::Tunnel;
    info.clientRequest = maskProxyCredentials(info.clientRequest);
    if (m_processPending)
        m_held.append(std::move(exchange));
    else if (m_context->record)
        m_context->record(std::move(exchange));
}

// The proxy's own answer to a request it will not relay; the connection closes after it.
void ProxyConnection::refuse(int status, const QString &sentence)
{
    const QByteArray response = proxyResponse(status, sentence);
    Exchange exchange;
    exchange.started = QDateTime::currentDateTimeUtc();
    exchange.request.method = m_parser.head().method;
    exchange.request.url = QString::fromLatin1(m_parser.head().target);
    exchange.error.curlCode = -1;
    exchange.error.sentence = sentence;
    exchange.capture.clientRequest = m_parser.headComplete() ? m_parser.head().rawHead
                                                             : QByteArray();
    exchange.capture.clientResponse = response.left(response.indexOf("\r\n\r\n") + 4);
    exchange.capture.clientProblem = sentence;
    m_active.reset();
    writePlain(response);
    record(std::move(exchange));
    closeAfterWriting();
}

void ProxyConnection::closeAfterWriting()
{
    if (m_closing)
        return;
    m_closing = true;
    m_timer.stop();
    if (m_tls) {
        m_tls->shutdown();
        flushTls();
    }
    if (m_gone)
        return;
    // Closing waits for the bytes still to be written; disconnected() follows.
    m_socket->disconnectFromHost();
}

void ProxyConnection::maybeDone()
{
    if (m_gone && !m_active && !m_tunnel && !m_waiting && !m_processPending && !m_done) {
        m_done = true;
        emit closed();
    }
}

void ProxyConnection::onClientGone()
{
    if (m_gone)
        return;
    if (m_tls && !m_tls->handshakeDone() && !m_tls->failed() && !m_closing) {
        // Some clients (wget with GnuTLS) refuse the certificate by closing without an alert.
        m_tls->markAbandoned();
        onTlsFailed(m_tls->failure());
        return;
    }
    m_gone = true;
    m_timer.stop();
    if (m_tunnel)
        return m_tunnel->clientClosed(); // its finished() records the tunnel
    if (m_active) {
        // The client left mid-exchange: the server side stops, and what happened is recorded.
        if (m_active->transfer && !m_active->transfer->isFinished()) {
            QPointer<Transfer> transfer = m_active->transfer;
            connect(transfer, &Transfer::finished, this, [this] {
                if (m_active)
                    finishResponse();
            });
            transfer->cancel();
            return;
        }
    }
    maybeDone();
}

} // namespace HttpLens::Capture
