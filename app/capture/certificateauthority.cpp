#include "certificateauthority.h"

#include "files/datafiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QLockFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace HttpLens::Capture {

namespace {

class AuthorityText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture::CertificateAuthority)
};

constexpr qint64 kDaySeconds = 24 * 60 * 60;

EVP_PKEY *key(void *pointer)
{
    return static_cast<EVP_PKEY *>(pointer);
}

X509 *cert(void *pointer)
{
    return static_cast<X509 *>(pointer);
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray keyPem(EVP_PKEY *pkey)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray text = bioText(bio);
    BIO_free(bio);
    return text;
}

QByteArray certPem(X509 *x509)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, x509);
    const QByteArray text = bioText(bio);
    BIO_free(bio);
    return text;
}

EVP_PKEY *readKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return pkey;
}

X509 *readCert(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *x509 = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return x509;
}

bool randomSerial(X509 *x509)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // a positive INTEGER (RFC 5280 §4.1.2.2)
    BIGNUM *number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(x509));
    BN_free(number);
    return ok;
}

bool addExtension(X509 *x509, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, x509, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(x509, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// The validity from a day ago (clocks differ) to `days` from now.
bool setValidity(X509 *x509, long days)
{
    return X509_gmtime_adj(X509_getm_notBefore(x509), -kDaySeconds)
           && X509_gmtime_adj(X509_getm_notAfter(x509), days * kDaySeconds);
}

} // namespace

CertificateAuthority::~CertificateAuthority()
{
    for (const Cached &leaf : std::as_const(m_leaves))
        X509_free(cert(leaf.certificate));
    X509_free(cert(m_caCert));
    EVP_PKEY_free(key(m_caKey));
    EVP_PKEY_free(key(m_leafKey));
    SSL_CTX_free(static_cast<SSL_CTX *>(m_serverContext));
}

std::unique_ptr<CertificateAuthority> CertificateAuthority::open(const QString &folder,
                                                                 QString *error)
{
    std::unique_ptr<CertificateAuthority> authority(new CertificateAuthority);
    if (!authority->loadOrCreate(folder, error))
        return nullptr;
    // One leaf key for every host: a handshake to a new host costs a signature, not a key.
    authority->m_leafKey = EVP_EC_gen("P-256");
    if (!authority->m_leafKey) {
        *error = AuthorityText::tr("OpenSSL could not make a key for the capture's "
                                   "certificates.");
        return nullptr;
    }
    return authority;
}

QString CertificateAuthority::certificatePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("httplens-ca.pem"));
}

QString CertificateAuthority::keyPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("httplens-ca.key"));
}

bool CertificateAuthority::loadOrCreate(const QString &folder, QString *error)
{
    m_folder = folder;
    if (!ensurePrivateDirectory(folder, error))
        return false;
    // Two programs starting a capture at once make one CA between them.
    QLockFile lock(QDir(folder).filePath(QStringLiteral("httplens-ca.lock")));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(10000)) {
        *error = AuthorityText::tr("Another HTTP Lens holds the lock on the capture's CA in %1.")
                         .arg(folder);
        return false;
    }
    QFile certFile(certificatePath());
    QFile keyFile(keyPath());
    if (certFile.exists() || keyFile.exists()) {
        QByteArray certText;
        QByteArray keyText;
        if (certFile.open(QIODevice::ReadOnly))
            certText = certFile.read(1024 * 1024);
        if (keyFile.open(QIODevice::ReadOnly))
            keyText = keyFile.read(1024 * 1024);
        m_caCert = readCert(certText);
        m_caKey = readKey(keyText);
        if (m_caCert && m_caKey && X509_check_private_key(cert(m_caCert), key(m_caKey)) == 1)
            return true;
        X509_free(cert(m_caCert));
        EVP_PKEY_free(key(m_caKey));
        m_caCert = m_caKey = nullptr;
        certFile.close();
        keyFile.close();
        moveAside(certificatePath());
        moveAside(keyPath());
        m_messages.append(AuthorityText::tr("The capture's CA in %1 could not be read; it was "
                                            "moved aside and a new one made. Programs that "
                                            "trusted the old one must be told to trust the new "
                                            "one.")
                                  .arg(folder));
    }
    return create(error);
}

bool CertificateAuthority::create(QString *error)
{
    EVP_PKEY *caKey = EVP_EC_gen("P-256");
    X509 *ca = X509_new();
    bool ok = caKey && ca && X509_set_version(ca, 2) && randomSerial(ca) && setValidity(ca, 3650)
              && X509_set_pubkey(ca, caKey);
    if (ok) {
        X509_NAME *name = X509_get_subject_name(ca);
        const QByteArray common = "HTTP Lens CA (" + QHostInfo::localHostName().toUtf8().left(40)
                                  + ")";
        X509_NAME_add_entry_by_txt(name,
                                   "CN",
                                   MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(common.constData()),
                                   -1,
                                   -1,
                                   0);
        X509_NAME_add_entry_by_txt(name,
                                   "O",
                                   MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("HTTP Lens"),
                                   -1,
                                   -1,
                                   0);
        ok = X509_set_issuer_name(ca, name)
             && addExtension(ca, ca, NID_basic_constraints, "critical,CA:TRUE")
             && addExtension(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign")
             && addExtension(ca, ca, NID_subject_key_identifier, "hash")
             && X509_sign(ca, caKey, EVP_sha256()) > 0;
    }
    QString writeError;
    ok = ok && writeFileAtomically(keyPath(), keyPem(caKey), FileSecrecy::Secret, &writeError)
         && writeFileAtomically(certificatePath(), certPem(ca), FileSecrecy::Public, &writeError);
    if (!ok) {
        X509_free(ca);
        EVP_PKEY_free(caKey);
        *error = writeError.isEmpty()
                         ? AuthorityText::tr("OpenSSL could not make the capture's CA.")
                         : writeError;
        return false;
    }
    m_caCert = ca;
    m_caKey = caKey;
    return true;
}

QByteArray CertificateAuthority::certificatePem() const
{
    return certPem(cert(m_caCert));
}

QString CertificateAuthority::subjectName() const
{
    char buffer[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert(m_caCert)),
                              NID_commonName,
                              buffer,
                              sizeof buffer);
    return QString::fromUtf8(buffer);
}

QByteArray CertificateAuthority::sha256Fingerprint() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    X509_digest(cert(m_caCert), EVP_sha256(), digest, &size);
    return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex(':').toUpper();
}

bool CertificateAuthority::isCertifiableName(const QString &host)
{
    if (!QHostAddress(host).isNull())
        return true;
    // A DNS name: letters, digits, hyphens and underscores in dot-separated labels. Anything
    // else (a comma, a space) could change what the certificate says.
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QString &label : host.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label) {
            const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                                 || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
            if (!allowed)
                return false;
        }
    }
    return true;
}

CertificateAuthority::Leaf CertificateAuthority::leafFor(const QString &host)
{
    const QString name = host.toLower();
    Leaf leaf;
    if (!isCertifiableName(name))
        return leaf;
    leaf.key = m_leafKey;
    leaf.caCertificate = m_caCert;
    auto it = m_leaves.find(name);
    if (it != m_leaves.end() && it->renewAfter > QDateTime::currentDateTimeUtc()) {
        leaf.certificate = it->certificate;
        return leaf;
    }
    void *made = issue(name);
    if (!made)
        return leaf;
    if (it != m_leaves.end())
        X509_free(cert(it->certificate)); // TLS sessions that use it hold their own reference
    m_leaves.insert(name, {made, QDateTime::currentDateTimeUtc().addDays(kLeafDays - kRenewDays)});
    leaf.certificate = made;
    leaf.made = true;
    return leaf;
}

void *CertificateAuthority::issue(const QString &host)
{
    X509 *leaf = X509_new();
    bool ok = leaf && X509_set_version(leaf, 2) && randomSerial(leaf)
              && setValidity(leaf, kLeafDays) && X509_set_pubkey(leaf, key(m_leafKey))
              && X509_set_issuer_name(leaf, X509_get_subject_name(cert(m_caCert)));
    if (ok) {
        const QByteArray common = host.toUtf8().left(64);
        X509_NAME_add_entry_by_txt(X509_get_subject_name(leaf),
                                   "CN",
                                   MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(common.constData()),
                                   -1,
                                   -1,
                                   0);
        // Names are checked by the subject alternative name alone (RFC 6125); an address is an
        // IP entry, anything else a DNS name.
        const bool address = !QHostAddress(host).isNull();
        const QByteArray san = (address ? "IP:" : "DNS:") + host.toUtf8();
        ok = addExtension(leaf, cert(m_caCert), NID_subject_alt_name, san.constData())
             && addExtension(leaf, cert(m_caCert), NID_basic_constraints, "critical,CA:FALSE")
             && addExtension(leaf, cert(m_caCert), NID_key_usage, "critical,digitalSignature")
             && addExtension(leaf, cert(m_caCert), NID_ext_key_usage, "serverAuth")
             && addExtension(leaf, cert(m_caCert), NID_authority_key_identifier, "keyid:always")
             && X509_sign(leaf, key(m_caKey), EVP_sha256()) > 0;
    }
    if (!ok) {
        X509_free(leaf);
        return nullptr;
    }
    return leaf;
}

} // namespace HttpLens::Capture

namespace HttpLens::Capture {

namespace {

int chooseAlpn(SSL *,
               const unsigned char **out,
               unsigned char *outLength,
               const unsigned char *in,
               unsigned int inLength,
               void *)
{
    // The proxy speaks HTTP/1.1 to its clients; a client that offers only h2 gets no ALPN and
    // decides for itself.
    static const unsigned char http11[] = "\x08http/1.1";
    unsigned char *selected = nullptr;
    if (SSL_select_next_proto(&selected, outLength, http11, sizeof http11 - 1, in, inLength)
        != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

} // namespace

void *CertificateAuthority::serverContext()
{
    if (m_serverContext)
        return m_serverContext;
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    if (!context)
        return nullptr;
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_alpn_select_cb(context, chooseAlpn, nullptr);
    // Clients reconnect often: resumed sessions skip the signature.
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_SERVER);
    SSL_CTX_set_session_id_context(context, reinterpret_cast<const unsigned char *>("httplens"), 8);
    m_serverContext = context;
    return context;
}

} // namespace HttpLens::Capture
