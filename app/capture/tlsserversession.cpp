#include "tlsserversession.h"

#include "capture/certificateauthority.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace HttpLens::Capture {

namespace {

class TlsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture::Tls)
};

SSL *ssl(void *pointer)
{
    return static_cast<SSL *>(pointer);
}

// The host_name of a server_name extension (RFC 6066 §3); empty when there is none.
QByteArray hostNameOf(const unsigned char *data, size_t length)
{
    if (length < 5)
        return {};
    const size_t listLength = (size_t(data[0]) << 8) | data[1];
    if (listLength + 2 > length || data[2] != 0)
        return {};
    const size_t nameLength = (size_t(data[3]) << 8) | data[4];
    if (nameLength + 5 > length || nameLength == 0 || nameLength > 255)
        return {};
    return QByteArray(reinterpret_cast<const char *>(data + 5), qsizetype(nameLength));
}

int clientHello(SSL *connection, int *alert, void *)
{
    auto *session = static_cast<TlsServerSession *>(SSL_get_app_data(connection));
    const unsigned char *data = nullptr;
    size_t length = 0;
    QByteArray name;
    if (SSL_client_hello_get0_ext(connection, TLSEXT_TYPE_server_name, &data, &length) == 1)
        name = hostNameOf(data, length);
    if (!session || !session->chooseCertificate(name)) {
        *alert = SSL_AD_UNRECOGNIZED_NAME;
        return SSL_CLIENT_HELLO_ERROR;
    }
    return SSL_CLIENT_HELLO_SUCCESS;
}

} // namespace

TlsServerSession::TlsServerSession(CertificateAuthority *authority, const QString &connectHost)
    : m_authority(authority)
    , m_connectHost(connectHost)
{
    auto *context = static_cast<SSL_CTX *>(authority->serverContext());
    SSL *connection = context ? SSL_new(context) : nullptr;
    if (!connection) {
        fail(Failure::Other, TlsText::tr("OpenSSL could not start a TLS session."));
        return;
    }
    SSL_CTX_set_client_hello_cb(context, clientHello, nullptr); // the same for every session
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(in, -1); // no data yet is not the end of the stream
    SSL_set_bio(connection, in, out);
    SSL_set_accept_state(connection);
    SSL_set_app_data(connection, this);
    m_ssl = connection;
    m_in = in;
    m_out = out;
}

TlsServerSession::~TlsServerSession()
{
    SSL_free(ssl(m_ssl)); // frees both BIOs
}

bool TlsServerSession::chooseCertificate(const QByteArray &serverName)
{
    m_serverName = serverName;
    const QString host = serverName.isEmpty() ? m_connectHost : QString::fromLatin1(serverName);
    const CertificateAuthority::Leaf leaf = m_authority->leafFor(host);
    if (!leaf.certificate) {
        fail(Failure::Other,
             TlsText::tr("No certificate can be made for the name \"%1\".").arg(host.left(100)));
        return false;
    }
    SSL *connection = ssl(m_ssl);
    m_certificateSent = true;
    return SSL_use_certificate(connection, static_cast<X509 *>(leaf.certificate)) == 1
           && SSL_use_PrivateKey(connection, static_cast<EVP_PKEY *>(leaf.key)) == 1
           && SSL_add1_chain_cert(connection, static_cast<X509 *>(leaf.caCertificate)) == 1;
}

void TlsServerSession::feedEncrypted(const QByteArray &bytes)
{
    if (m_ssl)
        BIO_write(static_cast<BIO *>(m_in), bytes.constData(), int(bytes.size()));
}

void TlsServerSession::fail(Failure kind, const QString &text)
{
    if (m_failure != Failure::None)
        return;
    m_failure = kind;
    m_failureText = text;
}

void TlsServerSession::noteError(int result)
{
    const int error = SSL_get_error(ssl(m_ssl), result);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        return;
    if (error == SSL_ERROR_ZERO_RETURN) {
        ERR_clear_error();
        return; // the client closed TLS cleanly
    }
    const unsigned long code = ERR_peek_error();
    const int reason = ERR_GET_REASON(code);
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    // An alert the client sent comes back as reason 1000 + its number (RFC 8446 §6).
    if (reason == SSL_R_TLSV1_ALERT_UNKNOWN_CA || reason == SSL_R_SSLV3_ALERT_BAD_CERTIFICATE
        || reason == SSL_R_SSLV3_ALERT_CERTIFICATE_UNKNOWN) {
        m_alert = reason == SSL_R_TLSV1_ALERT_UNKNOWN_CA        ? "unknown_ca"
                  : reason == SSL_R_SSLV3_ALERT_BAD_CERTIFICATE ? "bad_certificate"
                                                                : "certificate_unknown";
        return fail(Failure::Distrusted,
                    TlsText::tr("The program refused the certificate HTTP Lens made for %1 "
                                "(TLS alert %2): it does not trust HTTP Lens's CA.")
                            .arg(m_connectHost, QString::fromLatin1(m_alert)));
    }
    fail(Failure::Other,
         TlsText::tr("The TLS handshake with the program failed: %1.")
                 .arg(QString::fromLatin1(text)));
}

bool TlsServerSession::handshake()
{
    if (m_done)
        return true;
    if (!m_ssl || failed())
        return false;
    const int result = SSL_do_handshake(ssl(m_ssl));
    if (result == 1) {
        m_done = true;
        if (!m_pending.isEmpty())
            writePlain(std::exchange(m_pending, {}));
        return true;
    }
    noteError(result);
    return false;
}

QByteArray TlsServerSession::readPlain(qint64 max)
{
    QByteArray plain;
    if (!handshake())
        return plain;
    char buffer[16 * 1024];
    while (plain.size() < max) {
        const int wanted = int(qMin<qint64>(sizeof buffer, max - plain.size()));
        const int read = SSL_read(ssl(m_ssl), buffer, wanted);
        if (read <= 0) {
            noteError(read);
            break;
        }
        plain.append(buffer, read);
    }
    return plain;
}

void TlsServerSession::writePlain(const QByteArray &bytes)
{
    if (!m_done) {
        m_pending += bytes;
        return;
    }
    if (bytes.isEmpty() || failed())
        return;
    // Memory buffers take everything at once.
    const int written = SSL_write(ssl(m_ssl), bytes.constData(), int(bytes.size()));
    if (written <= 0)
        noteError(written);
}

QByteArray TlsServerSession::takeEncrypted()
{
    QByteArray out;
    if (!m_out)
        return out;
    auto *bio = static_cast<BIO *>(m_out);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size > 0) {
        out = QByteArray(data, qsizetype(size));
        (void) BIO_reset(bio);
    }
    return out;
}

void TlsServerSession::markAbandoned()
{
    if (m_done || failed())
        return;
    if (m_certificateSent)
        return fail(Failure::Distrusted,
                    TlsText::tr("The program closed the connection after HTTP Lens sent its "
                                "certificate for %1, without saying why: most likely it does not "
                                "trust HTTP Lens's CA.")
                            .arg(m_connectHost));
    fail(Failure::Other,
         TlsText::tr("The program closed the connection before the TLS handshake with HTTP "
                     "Lens was done."));
}

void TlsServerSession::shutdown()
{
    if (m_ssl && m_done && !failed())
        SSL_shutdown(ssl(m_ssl));
}

QByteArray TlsServerSession::protocol() const
{
    return m_ssl ? QByteArray(SSL_get_version(ssl(m_ssl))) : QByteArray();
}

QByteArray TlsServerSession::cipher() const
{
    return m_ssl ? QByteArray(SSL_get_cipher_name(ssl(m_ssl))) : QByteArray();
}

QByteArray TlsServerSession::alpn() const
{
    const unsigned char *data = nullptr;
    unsigned int length = 0;
    if (m_ssl)
        SSL_get0_alpn_selected(ssl(m_ssl), &data, &length);
    return QByteArray(reinterpret_cast<const char *>(data), int(length));
}

} // namespace HttpLens::Capture
