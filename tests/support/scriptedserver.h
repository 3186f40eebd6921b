#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

// A socket server that plays back scripted responses byte for byte and records the exact
// bytes of every request it receives. One step per request, in order of arrival.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QByteArray response;
        int delayMs = 0;         // wait this long after the request before the first byte
        bool close = true;       // close the connection after the response
        bool respond = true;     // false: read the request and never answer
        bool resetAfter = false; // abort the connection (RST) after writing the response
        // Write the response this many bytes at a time, each in a TCP segment of its own, this
        // long apart (0: all at once).
        int pieceBytes = 0;
        int pieceDelayMs = 5;
    };

    // A step that reads the request and never answers.
    static Step silence()
    {
        Step step;
        step.respond = false;
        return step;
    }

    explicit ScriptedServer(QObject *parent = nullptr);

    bool listen();
    // HTTPS: every connection speaks TLS with this certificate and key first.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString &path) const;

    void addStep(const Step &step) { m_steps.append(step); }
    const QList<QByteArray> &requests() const { return m_requests; }
    // Microseconds from a request's last byte to the response's first byte, as the server saw it.
    const QList<qint64> &measuredDelaysUs() const { return m_delaysUs; }
    int connectionCount() const { return m_connections; }

signals:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Step &step, qint64 receivedAtUs);
    void writePieces(QTcpSocket *socket, const Step &step, qsizetype offset);
    void finish(QTcpSocket *socket, const Step &step);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QList<Step> m_steps;
    QList<QByteArray> m_requests;
    QList<qint64> m_delaysUs;
    QElapsedTimer m_clock;
    int m_connections = 0;
};
