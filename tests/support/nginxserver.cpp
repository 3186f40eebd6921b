#include "nginxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

NginxServer::NginxServer() = default;

NginxServer::~NginxServer()
{
    stop();
}

QString NginxServer::documentRoot() const
{
    return m_dir.filePath(QStringLiteral("html"));
}

QString NginxServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QString NginxServer::tlsUrl(const QString &path) const
{
    return QStringLiteral("https://localhost:%1%2").arg(m_tlsPort).arg(path);
}

bool NginxServer::writeFile(const QString &relativePath,
                            const QByteArray &content,
                            const QDateTime &mtime)
{
    const QString path = documentRoot() + QLatin1Char('/') + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return false;
    // The data must reach the file before the time is set, or closing would touch it again.
    if (mtime.isValid())
        return file.flush() && file.setFileTime(mtime, QFileDevice::FileModificationTime);
    return true;
}

bool NginxServer::waitForPort(quint16 port)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        if (m_process->state() != QProcess::Running)
            return false;
        QThread::msleep(20);
    }
    return false;
}

bool NginxServer::start(bool tls)
{
    const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                         {QStringLiteral("/usr/sbin"),
                                                          QStringLiteral("/usr/local/sbin"),
                                                          QStringLiteral("/usr/bin")});
    if (nginx.isEmpty()) {
        m_error = QStringLiteral(
                "nginx is not installed (Debian: nginx-light; ./dev.sh installs it)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString dir = m_dir.path();
    QDir(dir).mkpath(QStringLiteral("html"));
    QDir(dir).mkpath(QStringLiteral("tmp"));

    QString tlsServer;
    if (tls) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"),
                       QStringLiteral("-x509"),
                       QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"),
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost"),
                       QStringLiteral("-keyout"),
                       dir + QStringLiteral("/key.pem"),
                       QStringLiteral("-out"),
                       dir + QStringLiteral("/cert.pem")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl could not make a certificate: ")
                      + QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        m_tlsPort = freeLoopbackPort();
        tlsServer = QStringLiteral("    server {\n"
                                   "        listen 127.0.0.1:%1 ssl http2;\n"
                                   "        server_name localhost;\n"
                                   "        ssl_certificate %2/cert.pem;\n"
                                   "        ssl_certificate_key %2/key.pem;\n"
                                   "        root %2/html;\n"
                                   "    }\n")
                            .arg(m_tlsPort)
                            .arg(dir);
    }
    m_port = freeLoopbackPort();
    const QString config
            = QStringLiteral(
                      "daemon off;\n"
                      "master_process off;\n"
                      "pid %1/nginx.pid;\n"
                      "error_log %1/error.log;\n"
                      "events { worker_connections 1024; }\n"
                      "http {\n"
                      "    access_log off;\n"
                      "    client_body_temp_path %1/tmp;\n"
                      "    proxy_temp_path %1/tmp;\n"
                      "    fastcgi_temp_path %1/tmp;\n"
                      "    uwsgi_temp_path %1/tmp;\n"
                      "    scgi_temp_path %1/tmp;\n"
                      "    types { text/html html; text/plain txt; application/json json; }\n"
                      "    default_type application/octet-stream;\n"
                      "    keepalive_requests 100000;\n"
                      "    gzip on;\n"
                      "    gzip_types text/plain application/json;\n"
                      "    gzip_min_length 64;\n"
                      "    server {\n"
                      "        listen 127.0.0.1:%2;\n"
                      "        root %1/html;\n"
                      "        location = /redirect/1 { return 301 /redirect/2; }\n"
                      "        location = /redirect/2 { return 302 /index.html; }\n"
                      "        location = /loop { return 302 /loop; }\n"
                      "        location = /see-other { return 303 /index.html; }\n"
                      "    }\n"
                      "%3"
                      "}\n")
                      .arg(dir)
                      .arg(m_port)
                      .arg(tlsServer);
    QFile file(dir + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    file.close();
    writeFile(QStringLiteral("index.html"),
              "<!doctype html>\n<title>index</title>\n<p>Hello from nginx.</p>\n");

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(nginx,
                     {QStringLiteral("-p"),
                      dir,
                      QStringLiteral("-c"),
                      dir + QStringLiteral("/nginx.conf"),
                      QStringLiteral("-e"),
                      dir + QStringLiteral("/error.log")});
    if (!m_process->waitForStarted(5000) || !waitForPort(m_port)
        || (tls && !waitForPort(m_tlsPort))) {
        QFile log(dir + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("nginx did not start: ")
                  + QString::fromLocal8Bit(m_process->readAll() + log.readAll());
        stop();
        return false;
    }
    return true;
}

void NginxServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}
