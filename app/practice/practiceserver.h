#pragma once

#include "endpoints.h"
#include "lab.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <memory>

namespace HttpLens::Practice {

class Connection;

// The built-in practice server: a QTcpServer that parses each request with RequestParser and
// answers from Endpoints, byte for byte. Keep-alive and pipelined requests work (answers go out
// in request order); limits on head and body size, connections and idle time keep any client
// from exhausting it; a malformed request gets a 4xx whose body says what was wrong.
class PracticeServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeServer)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        int maxConnections = 256;
        // One client address may hold at most this many of them (a quarter), so a client that
        // opens connections and sends nothing cannot lock out the others.
        int maxConnectionsPerAddress = 64;
        int idleTimeoutMs = 30000;
        // A request head must arrive whole this soon after its first byte: a client that sends
        // a byte a second cannot hold a slot for ever.
        int headTimeoutMs = 10000;
        RequestParser::Limits limits;
    };

    explicit PracticeServer(QObject *parent = nullptr);
    ~PracticeServer() override;

    bool listen(const Options &options);
    bool listen() { return listen(Options()); }
    void close();
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/")) const;
    int connectionCount() const { return m_connections; }

    Lab &lab() { return m_lab; }
    // Lets seconds pass on the server's clock without waiting for them: Date, Last-Modified and
    // everything else the server dates move ahead, the next response carries a later Date.
    void advanceClock(qint64 seconds) { m_clock.advance(seconds); }

signals:
    void requestServed(const QByteArray &method, const QByteArray &target, int status);

private:
    friend class Connection;
    void onNewConnection();
    QString refusalFor(const QByteArray &peer) const;

    QTcpServer m_server;
    Options m_options;
    ServerClock m_clock;
    Lab m_lab{&m_clock};
    Endpoints m_endpoints{&m_lab, &m_clock};
    int m_connections = 0;
    QHash<QByteArray, int> m_openByPeer; // open connections by client address
    QHash<QByteArray, int> m_mostByPeer; // the most each address held at once
};

} // namespace HttpLens::Practice
