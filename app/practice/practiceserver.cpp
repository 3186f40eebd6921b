#include "practiceserver.h"

#include "languagescope.h"

#include <QCoreApplication>

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <memory>

namespace HttpLens::Practice {

// One client connection. Requests are answered strictly in order. While an answer is pending (a
// delay, a drip) or a client does not read what was written, nothing more is read from it, so
// its bytes wait in the kernel's buffers (TCP flow control), never in this process.
class Connection : public QObject
{
public:
    Connection(PracticeServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_parser(server->m_options.limits)
    {
        socket->setParent(this);
        m_context.peerAddress = socket->peerAddress().toString().toLatin1();
        const int open = ++m_server->m_openByPeer[m_context.peerAddress];
        int &most = m_server->m_mostByPeer[m_context.peerAddress];
        most = qMax(most, open);
        m_idle.setSingleShot(true);
        m_idle.setInterval(server->m_options.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        m_headDeadline.setSingleShot(true);
        m_headDeadline.setInterval(server->m_options.headTimeoutMs);
        connect(&m_headDeadline, &QTimer::timeout, this, &Connection::headTooSlow);
        socket->setReadBufferSize(kReadBufferBytes);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            m_idle.start();
            // The client caught up with what was written: go on with its requests.
            if (m_blockedOnWrite && m_socket->bytesToWrite() < kMaxUnsentBytes) {
                m_blockedOnWrite = false;
                resume();
            }
        });
        ++m_server->m_connections;
        m_idle.start();
    }

    ~Connection() override
    {
        --m_server->m_connections;
        if (--m_server->m_openByPeer[m_context.peerAddress] <= 0)
            m_server->m_openByPeer.remove(m_context.peerAddress);
    }

private:
    static constexpr qint64 kReadBufferBytes = 64 * 1024;
    static constexpr qint64 kMaxUnsentBytes = 1024 * 1024;

    void onReadyRead()
    {
        m_idle.start();
        if (m_closing || m_waiting || m_blockedOnWrite)
            return; // read later, when the answer is out
        const QByteArray data = m_socket->read(kReadBufferBytes);
        if (data.isEmpty())
            return;
        // The parser's sentences about a malformed request follow its Accept-Language, if it
        // got that far.
        const LanguageScope language(&data);
        m_parser.feed(data);
        serveReady(&language);
        watchHead();
        // More may be waiting in the socket's buffer than one read took.
        if (m_socket->bytesAvailable() > 0 && !m_waiting && !m_blockedOnWrite)
            QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
    }

    // After a pause (a delayed or dripped answer, a client that did not read): first the
    // requests already in the parser, then what the client sent meanwhile.
    void resume()
    {
        serveReady();
        watchHead();
        onReadyRead();
    }

    // The deadline runs from a head's first byte until the head is whole.
    void watchHead()
    {
        const bool readingHead = !m_closing && m_parser.bufferedBytes() > 0
                                 && !m_parser.headComplete()
                                 && m_parser.state() == RequestParser::State::Incomplete;
        if (!readingHead)
            m_headDeadline.stop();
        else if (!m_headDeadline.isActive())
            m_headDeadline.start();
    }

    void headTooSlow()
    {
        if (m_closing)
            return;
        write(Endpoints::parseError(
                      408,
                      say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                            "The request head did not arrive whole within %1 s."))
                              .arg(m_server->m_options.headTimeoutMs / 1000.0)),
              false);
    }

    void serveReady(const LanguageScope *language = nullptr)
    {
        while (!m_waiting && !m_closing) {
            // A client that does not read what it asked for gets no more until it does.
            if (m_socket->bytesToWrite() >= kMaxUnsentBytes) {
                m_blockedOnWrite = true;
                return;
            }
            const RequestParser::State state = m_parser.state();
            if (state == RequestParser::State::Incomplete)
                return;
            if (state == RequestParser::State::Error) {
                Response response = Endpoints::parseError(m_parser.errorStatus(),
                                                          m_parser.errorMessage());
                if (language)
                    language->negotiate(&response);
                write(response, false);
                return;
            }
            const ParsedRequest request = m_parser.takeRequest();
            m_context.openConnections = m_server->m_connections;
            m_context.openFromPeer = m_server->m_openByPeer.value(m_context.peerAddress);
            m_context.mostFromPeer = m_server->m_mostByPeer.value(m_context.peerAddress);
            const Response response = m_server->m_endpoints.handle(request, m_context);
            emit m_server->requestServed(request.method, request.target, response.status);
            const bool head = request.method == "HEAD";
            if (response.delayMs > 0) {
                m_waiting = true;
                QPointer<Connection> self(this);
                // Precise: from two seconds on Qt's default timer is coarse and may fire up to 5 %
                // early, and /delay/2 answered in 1.90 s.
                QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, [this, response, head] {
                    m_waiting = false;
                    write(response, head);
                    resume();
                });
                return;
            }
            write(response, head);
        }
    }

    void write(const Response &response, bool head)
    {
        QByteArray bytes = response.bytes(head);
        if (response.resetAfter >= 0) {
            m_socket->write(bytes.left(response.resetAfter));
            m_socket->flush();
            // A zero linger time turns the close into a reset, as a crashing server would.
            const struct linger option = {1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()),
                         SOL_SOCKET,
                         SO_LINGER,
                         &option,
                         sizeof option);
            m_closing = true;
            m_socket->abort();
            return;
        }
        if (response.dripPieces > 1 && !head) {
            const qsizetype bodyStart = bytes.size() - response.body.size();
            m_socket->write(bytes.left(bodyStart));
            drip(bytes.mid(bodyStart), response.dripPieces, response.dripIntervalMs, response.close);
            return;
        }
        m_socket->write(bytes);
        if (response.close) {
            m_closing = true;
            m_socket->disconnectFromHost(); // after the pending bytes are written
        }
    }

    // Sends the body in pieces; later pipelined requests wait until the last piece is out.
    void drip(const QByteArray &body, int pieces, int intervalMs, bool close)
    {
        m_waiting = true;
        const qsizetype step = qMax<qsizetype>(1, (body.size() + pieces - 1) / pieces);
        auto *timer = new QTimer(this);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, this, [this, timer, body, step, offset, close] {
            m_socket->write(body.mid(*offset, step));
            *offset += step;
            if (*offset < body.size())
                return;
            timer->deleteLater();
            m_waiting = false;
            if (close) {
                m_closing = true;
                m_socket->disconnectFromHost();
            } else {
                resume();
            }
        });
        timer->start(intervalMs);
    }

    void onDisconnected()
    {
        m_idle.stop();
        deleteLater();
    }

    PracticeServer *m_server;
    QTcpSocket *m_socket;
    RequestParser m_parser;
    RequestContext m_context;
    QTimer m_idle;
    QTimer m_headDeadline;
    bool m_waiting = false;
    bool m_blockedOnWrite = false;
    bool m_closing = false;
};

PracticeServer::PracticeServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &PracticeServer::onNewConnection);
}

PracticeServer::~PracticeServer()
{
    close();
    // Connections count themselves off in their destructors, which must run while this object
    // is still a PracticeServer, not later among QObject's children.
    const QObjectList children = this->children();
    for (QObject *child : children)
        delete dynamic_cast<Connection *>(child);
}

bool PracticeServer::listen(const Options &options)
{
    m_options = options;
    m_server.setMaxPendingConnections(options.maxConnections);
    // A burst of connections waits in the kernel's queue instead of retrying its SYN for seconds.
    m_server.setListenBacklogSize(options.maxConnections);
    return m_server.listen(options.address, options.port);
}

void PracticeServer::close()
{
    m_server.close();
}

QString PracticeServer::url(const QString &path) const
{
    QString host = m_server.serverAddress().toString();
    if (m_server.serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (m_server.serverAddress() == QHostAddress::Any
        || m_server.serverAddress() == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    return QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(path);
}

void PracticeServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        const QString refusal = refusalFor(socket->peerAddress().toString().toLatin1());
        if (refusal.isEmpty()) {
            new Connection(this, socket);
            continue;
        }
        Response busy = Endpoints::parseError(503, refusal);
        busy.addHeader("Retry-After", "1");
        socket->write(busy.serialize(false));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

// Why a new connection from peer cannot have a slot, or nothing when it can.
QString PracticeServer::refusalFor(const QByteArray &peer) const
{
    if (m_connections >= m_options.maxConnections) {
        return say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                     "The practice server has %1 connections open, its limit."))
                .arg(m_connections);
    }
    const int fromPeer = m_openByPeer.value(peer);
    if (fromPeer >= m_options.maxConnectionsPerAddress) {
        return say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                     "Your address already holds %1 of the practice server's "
                                     "%2 connections, the most one address may hold, so that "
                                     "others can still connect."))
                .arg(fromPeer)
                .arg(m_options.maxConnections);
    }
    return {};
}

} // namespace HttpLens::Practice
