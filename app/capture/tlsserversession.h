#pragma once

#include <QByteArray>
#include <QString>

namespace HttpLens::Capture {

class CertificateAuthority;

// The server side of TLS on one intercepted connection, with OpenSSL on memory buffers: the
// proxy feeds it what the client's socket delivered and writes to the socket what it takes, so
// the socket stays an ordinary QTcpSocket read after a plain CONNECT. (Qt's QSslServer cannot do
// this: it expects the ClientHello as the first bytes, and Qt 6.4 has no server-side SNI.) The
// certificate is chosen from the name the client asks for (SNI), or the CONNECT host without
// one, and issued by the capture's CA.
class TlsServerSession
{
public:
    // Why a handshake failed: the client refused the certificate (it does not trust the CA), or
    // anything else.
    enum class Failure { None, Distrusted, Other };

    TlsServerSession(CertificateAuthority *authority, const QString &connectHost);
    ~TlsServerSession();
    Q_DISABLE_COPY_MOVE(TlsServerSession)

    void feedEncrypted(const QByteArray &bytes);
    // Plaintext the client sent, at most max bytes; runs the handshake first.
    QByteArray readPlain(qint64 max);
    // Plaintext for the client; kept until the handshake is done.
    void writePlain(const QByteArray &bytes);
    QByteArray takeEncrypted();
    qint64 pendingPlain() const { return m_pending.size(); }
    void shutdown();
    // The client closed the connection in the middle of the handshake, without an alert: after
    // the certificate was sent, the likeliest reason is that it does not trust it.
    void markAbandoned();

    bool handshakeDone() const { return m_done; }
    bool failed() const { return m_failure != Failure::None; }
    Failure failureKind() const { return m_failure; }
    QString failure() const { return m_failureText; }
    QByteArray alert() const { return m_alert; } // the alert the client sent, e.g. "unknown_ca"

    QByteArray serverName() const { return m_serverName; }
    QByteArray protocol() const;
    QByteArray cipher() const;
    QByteArray alpn() const;

    // The client hello callback's side: the name the client asked for, and the leaf chosen.
    bool chooseCertificate(const QByteArray &serverName);

private:
    bool handshake();
    void fail(Failure kind, const QString &text);
    void noteError(int result);

    CertificateAuthority *m_authority;
    QString m_connectHost;
    void *m_ssl = nullptr; // SSL *
    void *m_in = nullptr;  // BIO * the client's bytes are written to
    void *m_out = nullptr; // BIO * the bytes for the client are read from
    QByteArray m_pending;
    QByteArray m_serverName;
    QByteArray m_alert;
    bool m_done = false;
    bool m_certificateSent = false;
    Failure m_failure = Failure::None;
    QString m_failureText;
};

} // namespace HttpLens::Capture
