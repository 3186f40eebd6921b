#include "capturesession.h"

#include "capture/certificateauthority.h"
#include "capture/clientprocess.h"
#include "capture/proxyconnection.h"
#include "files/datafiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>

namespace HttpLens::Capture {

namespace {

class SessionText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture::CaptureSession)
};

// Where Debian (and most Linux systems) keep the system's trusted CAs as one file.
const char *const kSystemBundles[] = {"/etc/ssl/certs/ca-certificates.crt",
                                      "/etc/pki/tls/certs/ca-bundle.crt",
                                      "/etc/ssl/cert.pem"};

} // namespace

CaptureSession::CaptureSession(Engine *engine, QObject *parent)
    : QObject(parent)
{
    m_context.engine = engine;
    m_context.record = [this](Exchange &&exchange) {
        ++m_captured;
        noteValidators(exchange);
        emit captured(exchange);
    };
    connect(&m_server, &QTcpServer::newConnection, this, &CaptureSession::onNewConnection);
}

CaptureSession::~CaptureSession()
{
    stop();
}

QString CaptureSession::checkOptions(const ProxyOptions &options)
{
    if (!options.listenAddress.isLoopback() && options.credentials.isEmpty())
        return SessionText::tr("Listening on %1 lets other machines use the proxy: it needs "
                               "--allow-remote and --auth USER:PASSWORD.")
                .arg(options.listenAddress.toString());
    if (!options.credentials.isEmpty() && !options.credentials.contains(':'))
        return SessionText::tr("--auth takes USER:PASSWORD.");
    if (!options.reverse.isEmpty()) {
        const QString scheme = options.reverse.scheme();
        if (!options.reverse.isValid() || options.reverse.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return SessionText::tr(
                    "--reverse takes the origin's URL, as in http://127.0.0.1:8080.");
    }
    return {};
}

bool CaptureSession::fail(Error error, const QString &text)
{
    m_error = error;
    m_errorString = text;
    m_state = State::Failed;
    emit stateChanged(m_state);
    return false;
}

bool CaptureSession::start(const ProxyOptions &options, const QString &dataFolder)
{
    stop();
    m_error = Error::None;
    m_errorString.clear();
    m_messages.clear();
    if (const QString problem = checkOptions(options); !problem.isEmpty())
        return fail(Error::BadOptions, problem);
    m_context.options = options;
    QString error;
    if (!m_authority) {
        m_authority = CertificateAuthority::open(QDir(dataFolder).filePath(QStringLiteral("capture")),
                                                 &error);
        if (!m_authority)
            return fail(Error::CertificateAuthority, error);
        m_messages = m_authority->messages();
    }
    m_context.authority = m_authority.get();
    m_context.bundlePath = QDir(dataFolder)
                                   .filePath(QStringLiteral("capture/httplens-ca-bundle.pem"));
    if (!writeBundle(&error) || !writeWgetrc(&error))
        m_messages.append(error);
    // Connections queue in the kernel while the proxy is busy rather than being refused.
    m_server.setMaxPendingConnections(1024);
    m_server.setListenBacklogSize(1024);
    if (!m_server.listen(options.listenAddress, options.port))
        return fail(Error::Listen,
                    SessionText::tr("The capture proxy cannot listen on %1:%2: %3")
                            .arg(options.listenAddress.toString())
                            .arg(options.port)
                            .arg(m_server.errorString()));
    m_context.selfAddress = m_server.serverAddress();
    m_context.selfPort = m_server.serverPort();
    m_state = State::Listening;
    emit stateChanged(m_state);
    return true;
}

void CaptureSession::stop()
{
    if (m_state != State::Listening)
        return;
    m_server.close();
    // Connections in progress finish what they relay; they are children and go with the session.
    m_state = State::Idle;
    emit stateChanged(m_state);
}

QString CaptureSession::caPath() const
{
    return m_authority ? m_authority->certificatePath() : QString();
}

QString CaptureSession::proxyUrl() const
{
    QHostAddress address = m_context.selfAddress;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return QStringLiteral("http://%1:%2")
            .arg(v6 ? u'[' + address.toString() + u']' : address.toString())
            .arg(port());
}

// A bundle for runtimes whose variable replaces their trust store (SSL_CERT_FILE and the
// like): the system's CAs, so that other servers still verify, and the capture's CA after them.
bool CaptureSession::writeBundle(QString *error)
{
    QByteArray bundle;
    for (const char *path : kSystemBundles) {
        QFile file(QString::fromLatin1(path));
        if (file.open(QIODevice::ReadOnly)) {
            bundle = file.read(64 * 1024 * 1024);
            break;
        }
    }
    if (!bundle.isEmpty() && !bundle.endsWith('\n'))
        bundle += '\n';
    bundle += m_authority->certificatePem();
    QFile current(m_context.bundlePath);
    if (current.open(QIODevice::ReadOnly) && current.readAll() == bundle)
        return true;
    return writeFileAtomically(m_context.bundlePath, bundle, FileSecrecy::Public, error);
}

// wget reads no trust variable, only its wgetrc: the capture writes one that says what the
// person's own says (if anything) and where the bundle is, and points WGETRC at it.
bool CaptureSession::writeWgetrc(QString *error)
{
    QString own = qEnvironmentVariable("WGETRC");
    if (own.isEmpty())
        own = QDir::home().filePath(QStringLiteral(".wgetrc"));
    QByteArray content;
    QFile file(own);
    if (file.open(QIODevice::ReadOnly))
        content = file.read(1024 * 1024);
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += "ca_certificate = " + QFile::encodeName(bundlePath()) + '\n';
    return writeFileAtomically(wgetrcPath(), content, FileSecrecy::Secret, error);
}

QString CaptureSession::wgetrcPath() const
{
    return QFileInfo(bundlePath()).dir().filePath(QStringLiteral("wgetrc"));
}

// What the program was told last time about this URL, so that a finding can say when it could
// have asked conditionally (a crawler that sends no If-None-Match downloads every page again).
void CaptureSession::noteValidators(Exchange &exchange)
{
    const Hop *hop = exchange.finalHop();
    if (!hop || !hop->hasResponse || exchange.request.method != "GET")
        return;
    auto it = m_validators.constFind(exchange.request.url);
    if (it != m_validators.constEnd()) {
        exchange.capture.previousEtag = it->etag;
        exchange.capture.previousLastModified = it->lastModified;
    }
    if (hop->response.status != 200)
        return;
    const Validators current{headerValue(hop->response.headers, "ETag"),
                             headerValue(hop->response.headers, "Last-Modified")};
    if (current.etag.isEmpty() && current.lastModified.isEmpty())
        return;
    if (m_validators.size() >= kValidatorMemory && !m_validators.contains(exchange.request.url))
        m_validators.clear(); // a crawl of more pages than that starts remembering anew
    m_validators.insert(exchange.request.url, current);
}

void CaptureSession::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QHostAddress address = socket->peerAddress();
        const quint16 port = socket->peerPort();
        auto *connection = new ProxyConnection(socket, &m_context, this);
        ++m_connections;
        connect(connection, &ProxyConnection::closed, this, [this, connection] {
            --m_connections;
            connection->deleteLater();
        });
        lookUpProcess(connection, address, port);
    }
}

// Which program is on the other end, from /proc. The socket's inode is read now, while the
// client surely holds it, and so are the processes of the command the capture runs; the rest
// of /proc, which may take milliseconds on a busy machine, is searched on a thread of the pool.
// The connection holds its records until the answer comes.
void CaptureSession::lookUpProcess(ProxyConnection *connection,
                                   const QHostAddress &address,
                                   quint16 port)
{
    if (!address.isLoopback())
        return;
    const QByteArray inode = ClientProcess::socketInode(address,
                                                        port,
                                                        m_context.selfAddress,
                                                        m_context.selfPort);
    if (inode.isEmpty())
        return;
    // The programs seen last (a crawler opens connection after connection) and the command the
    // capture runs are looked at first, here and now; the rest of /proc only when they do not
    // hold the socket.
    QList<qint64> likely = m_recentClients;
    if (m_likelyRoot > 0)
        likely += ClientProcess::withDescendants(m_likelyRoot);
    if (!likely.isEmpty()) {
        const ClientProcess known = ClientProcess::holderOf(inode, likely);
        if (known.pid > 0) {
            rememberClient(known.pid);
            return connection->setClientProcess(known.name, known.pid);
        }
    }
    connection->setProcessPending(true);
    QPointer<ProxyConnection> guard(connection);
    QPointer<CaptureSession> session(this);
    QThreadPool::globalInstance()->start([guard, session, inode] {
        const ClientProcess process = ClientProcess::holderOf(inode);
        QMetaObject::invokeMethod(
                qApp,
                [guard, session, process] {
                    if (session && process.pid > 0)
                        session->rememberClient(process.pid);
                    if (guard)
                        guard->setClientProcess(process.name, process.pid);
                },
                Qt::QueuedConnection);
    });
}

void CaptureSession::rememberClient(qint64 pid)
{
    m_recentClients.removeAll(pid);
    m_recentClients.prepend(pid);
    if (m_recentClients.size() > 8)
        m_recentClients.removeLast();
}

QProcessEnvironment CaptureSession::environmentFor(const QProcessEnvironment &base) const
{
    QProcessEnvironment environment = base;
    const QString proxy = proxyUrl();
    for (const char *name : {"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"})
        environment.insert(QString::fromLatin1(name), proxy);
    // NO_PROXY keeps what it named, but not loopback: the practice server and every local test
    // server are to be captured too.
    for (const char *name : {"NO_PROXY", "no_proxy"}) {
        QStringList kept;
        for (const QString &entry : base.value(QString::fromLatin1(name)).split(u',')) {
            const QString host = entry.trimmed().toLower();
            const bool loopback = host == QLatin1String("localhost")
                                  || host.endsWith(QLatin1String(".localhost"))
                                  || host.startsWith(QLatin1String("127."))
                                  || host == QLatin1String("::1") || host == QLatin1String("[::1]");
            if (!host.isEmpty() && !loopback)
                kept.append(entry.trimmed());
        }
        if (kept.isEmpty())
            environment.remove(QString::fromLatin1(name));
        else
            environment.insert(QString::fromLatin1(name), kept.join(u','));
    }
    environment.insert(QStringLiteral("SSL_CERT_FILE"), bundlePath());
    environment.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), bundlePath());
    environment.insert(QStringLiteral("CURL_CA_BUNDLE"), bundlePath());
    environment.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caPath());
    environment.insert(QStringLiteral("NODE_USE_ENV_PROXY"), QStringLiteral("1"));
    environment.insert(QStringLiteral("WGETRC"), wgetrcPath());
    return environment;
}

QString CaptureSession::exportLines(Shell shell) const
{
    const QProcessEnvironment environment = environmentFor(QProcessEnvironment());
    QStringList lines;
    QStringList keys = environment.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QString value = environment.value(key);
        QString quoted = value;
        quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        lines.append(shell == Shell::Fish ? QStringLiteral("set -gx %1 '%2'").arg(key, quoted)
                                          : QStringLiteral("export %1='%2'").arg(key, quoted));
    }
    return lines.join(QLatin1Char('\n')) + u'\n';
}

} // namespace HttpLens::Capture
