#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>

namespace HttpLens::Capture {

// The capture's own certificate authority, made on first use and unique to each install: an
// ECDSA P-256 key and a self-signed CA certificate valid ten years (backdated a day), kept in
// the data folder as httplens-ca.pem (public: it is what programs are told to trust) and
// httplens-ca.key (mode 0600, never exported). It issues a short-lived leaf certificate per host
// name, all for one leaf key made at start, cached by name and made again before it expires.
// OpenSSL does the cryptography; a damaged file is moved aside and a new CA made, with a
// message, because a CA that cannot be read cannot be trusted either.
class CertificateAuthority
{
public:
    struct Leaf
    {
        void *certificate = nullptr; // X509 *, owned by the authority
        void *key = nullptr;         // EVP_PKEY *, the one leaf key
        void *caCertificate = nullptr;
        bool made = false; // issued for this call (not from the cache)
    };

    ~CertificateAuthority();
    Q_DISABLE_COPY_MOVE(CertificateAuthority)

    // Opens the CA in the folder, making it when there is none. Null with error set when neither
    // works (an unwritable folder).
    static std::unique_ptr<CertificateAuthority> open(const QString &folder, QString *error);

    QString certificatePath() const;
    QString keyPath() const;
    QByteArray certificatePem() const;
    QString subjectName() const;
    QByteArray sha256Fingerprint() const; // hex, colon-separated
    QStringList messages() const { return m_messages; }

    // The leaf for a host name or IP address (an IP address gets an IP SAN); none for a name
    // that is neither (it came from a client and is not trusted).
    Leaf leafFor(const QString &host);
    static bool isCertifiableName(const QString &host);

    // The OpenSSL server context (SSL_CTX *) of intercepted connections: TLS 1.2 and 1.3, ALPN
    // http/1.1, and each connection's leaf picked from the name in its ClientHello
    // (TlsServerSession sets the rest). Made on first use.
    void *serverContext();

    // Days a leaf is valid, and how close to its end it is made again.
    static constexpr int kLeafDays = 45;
    static constexpr int kRenewDays = 7;

private:
    CertificateAuthority() = default;
    bool loadOrCreate(const QString &folder, QString *error);
    bool create(QString *error);
    void *issue(const QString &host);

    QString m_folder;
    void *m_caKey = nullptr;  // EVP_PKEY *
    void *m_caCert = nullptr; // X509 *
    void *m_leafKey = nullptr;
    void *m_serverContext = nullptr; // SSL_CTX *
    struct Cached
    {
        void *certificate = nullptr;
        QDateTime renewAfter;
    };
    QHash<QString, Cached> m_leaves;
    QStringList m_messages;
};

} // namespace HttpLens::Capture
