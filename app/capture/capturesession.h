#pragma once

#include "capture/proxycontext.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QTcpServer>

#include <memory>

namespace HttpLens {
class Engine;
}

namespace HttpLens::Capture {

class CertificateAuthority;
class ProxyConnection;

// The recording proxy as one job: it listens on loopback, relays every client's requests
// through the engine (HTTP, HTTPS intercepted with its own CA, CONNECT tunnels, WebSocket
// upgrades) and emits each finished exchange. `httplens-cli capture` and the window's Capture
// view drive it alike: they start and stop it and subscribe to captured(); neither relays
// anything itself. Shaped like the client of Qt's torrent example: state and error enums, and
// signals the views listen to.
class CaptureSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureSession)

public:
    enum class State { Idle, Listening, Failed };
    enum class Error { None, BadOptions, CertificateAuthority, Listen };

    explicit CaptureSession(Engine *engine, QObject *parent = nullptr);
    ~CaptureSession() override;

    // Starts listening; the CA lives in dataFolder (made on first use). False, with error() and
    // errorString() set, when it cannot start.
    bool start(const ProxyOptions &options, const QString &dataFolder);
    void stop();

    State state() const { return m_state; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QStringList messages() const { return m_messages; } // what the CA had to say on opening

    quint16 port() const { return m_server.serverPort(); }
    QString proxyUrl() const;
    const ProxyOptions &options() const { return m_context.options; }
    QString caPath() const;
    QString bundlePath() const { return m_context.bundlePath; }
    qint64 capturedCount() const { return m_captured; }
    int connectionCount() const { return m_connections; }

    // Processes to search first for a client's process (the command `capture --` started).
    void setLikelyClients(qint64 pid) { m_likelyRoot = pid; }

    // The environment a program needs to be captured: the proxy variables in both cases, the
    // trust variables of each runtime, and NO_PROXY without loopback (so the practice server
    // is captured too).
    QProcessEnvironment environmentFor(const QProcessEnvironment &base) const;
    // The same as lines to paste into another shell.
    enum class Shell { Posix, Fish };
    QString exportLines(Shell shell) const;

    // Checks options before any socket is opened; empty when they are acceptable.
    static QString checkOptions(const ProxyOptions &options);

signals:
    void stateChanged(HttpLens::Capture::CaptureSession::State state);
    void captured(const HttpLens::Exchange &exchange);

private:
    void onNewConnection();
    void noteValidators(Exchange &exchange);
    void lookUpProcess(ProxyConnection *connection, const QHostAddress &address, quint16 port);
    void rememberClient(qint64 pid);
    bool fail(Error error, const QString &text);
    bool writeBundle(QString *error);
    bool writeWgetrc(QString *error);
    QString wgetrcPath() const;

    QTcpServer m_server;
    ProxyContext m_context;
    std::unique_ptr<CertificateAuthority> m_authority;
    State m_state = State::Idle;
    Error m_error = Error::None;
    QString m_errorString;
    QStringList m_messages;
    qint64 m_captured = 0;
    int m_connections = 0;
    qint64 m_likelyRoot = 0;
    QList<qint64> m_recentClients; // the processes found last, looked at first
    // The validators of the last 200 relayed for each URL (at most kValidatorMemory of them).
    struct Validators
    {
        QByteArray etag;
        QByteArray lastModified;
    };
    QHash<QString, Validators> m_validators;
    static constexpr int kValidatorMemory = 10000;
};

} // namespace HttpLens::Capture
