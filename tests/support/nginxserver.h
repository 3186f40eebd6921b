#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real nginx for integration tests: a temporary prefix with its own configuration, listening
// on free loopback ports, started by the test and stopped by the destructor.
class NginxServer
{
    Q_DISABLE_COPY_MOVE(NginxServer)

public:
    NginxServer();
    ~NginxServer();

    // Starts nginx with a plain HTTP server and, with tls, an HTTPS + HTTP/2 server using a
    // freshly generated self-signed certificate for "localhost".
    bool start(bool tls = false);
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    QString url(const QString &path) const;
    QString tlsUrl(const QString &path) const;

    // Writes a file below the document root; with a valid mtime the file gets that time.
    bool writeFile(const QString &relativePath,
                   const QByteArray &content,
                   const QDateTime &mtime = {});
    QString documentRoot() const;

private:
    bool waitForPort(quint16 port);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_error;
};

// A free TCP port on 127.0.0.1 at the moment of the call.
quint16 freeLoopbackPort();
