#include "tlsinspection.h"

#include <QSslCertificate>

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace HttpLens {

namespace {

using Watch = std::weak_ptr<TlsInspection::Capture>;

void freeWatch(void *, void *pointer, CRYPTO_EX_DATA *, int, long, void *)
{
    delete static_cast<Watch *>(pointer);
}

// The SSL_CTX slot that holds a Watch: the context may outlive the transfer (its connection
// stays in libcurl's pool), so it holds a weak reference that expires with the transfer.
int watchIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, freeWatch);
    return index;
}

QByteArray pemOf(X509 *certificate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    QByteArray pem;
    if (PEM_write_bio_X509(bio, certificate) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        if (size > 0)
            pem = QByteArray(data, int(size));
    }
    BIO_free(bio);
    return pem;
}

// Returns OpenSSL's own verdict unchanged: HTTP Lens watches the check, it never decides it.
int verifyCallback(int verdict, X509_STORE_CTX *store)
{
    auto *ssl = static_cast<SSL *>(
            X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *watch = ssl ? static_cast<Watch *>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), watchIndex()))
                      : nullptr;
    const std::shared_ptr<TlsInspection::Capture> capture = watch ? watch->lock() : nullptr;
    if (!capture)
        return verdict;
    capture->protocol = SSL_get_version(ssl);
    if (const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl))
        capture->cipher = SSL_CIPHER_get_name(cipher);
    if (verdict == 0 && capture->refusedChain.isEmpty()) {
        capture->refusedError = X509_STORE_CTX_get_error(store);
        STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(store);
        for (int i = 0; chain && i < sk_X509_num(chain); ++i)
            capture->refusedChain.append(pemOf(sk_X509_value(chain, i)));
        if (capture->refusedChain.isEmpty()) {
            if (X509 *current = X509_STORE_CTX_get_current_cert(store))
                capture->refusedChain.append(pemOf(current));
        }
    }
    return verdict;
}

QList<QSslCertificate> certinfoChain(CURL *easy)
{
    QList<QSslCertificate> chain;
    curl_certinfo *certs = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CERTINFO, &certs) != CURLE_OK || !certs)
        return chain;
    for (int i = 0; i < certs->num_of_certs; ++i) {
        for (curl_slist *item = certs->certinfo[i]; item; item = item->next) {
            const QByteArray entry(item->data);
            if (entry.startsWith("Cert:"))
                chain.append(QSslCertificate::fromData(entry.mid(5), QSsl::Pem));
        }
    }
    return chain;
}

} // namespace

bool TlsInspection::available()
{
    // Asked for every transfer; the answer cannot change while the program runs.
    static const bool openSsl = [] {
        const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
        return info && info->ssl_version && qstrncmp(info->ssl_version, "OpenSSL/", 8) == 0;
    }();
    return openSsl;
}

CURLcode TlsInspection::watchContext(CURL *, void *sslContext, void *capture)
{
    auto *context = static_cast<SSL_CTX *>(sslContext);
    auto *watch = new Watch(*static_cast<std::shared_ptr<TlsInspection::Capture> *>(capture));
    if (SSL_CTX_set_ex_data(context, watchIndex(), watch) != 1) {
        delete watch;
        return CURLE_OK; // the transfer goes on, only without the refused chain
    }
    SSL_CTX_set_verify(context, SSL_CTX_get_verify_mode(context), verifyCallback);
    return CURLE_OK;
}

void TlsInspection::readSession(CURL *easy, TlsInfo &tls)
{
    curl_tlssessioninfo *session = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_TLS_SSL_PTR, &session) != CURLE_OK || !session
        || session->backend != CURLSSLBACKEND_OPENSSL || !session->internals)
        return;
    auto *ssl = static_cast<SSL *>(session->internals);
    tls.used = true;
    tls.protocol = SSL_get_version(ssl);
    if (const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl))
        tls.cipher = SSL_CIPHER_get_name(cipher);
    const unsigned char *alpn = nullptr;
    unsigned int alpnSize = 0;
    SSL_get0_alpn_selected(ssl, &alpn, &alpnSize);
    tls.alpn = alpn ? QByteArray(reinterpret_cast<const char *>(alpn), int(alpnSize))
                    : QByteArray();
}

void TlsInspection::readResult(CURL *easy, const Capture &capture, TlsInfo &tls)
{
    long result = 0;
    if (curl_easy_getinfo(easy, CURLINFO_SSL_VERIFYRESULT, &result) == CURLE_OK)
        tls.verifyResult = result;
    if (!capture.refusedChain.isEmpty() && tls.verifyResult == 0)
        tls.verifyResult = capture.refusedError;
    if (tls.verifyResult != 0)
        tls.verifyText = QString::fromUtf8(X509_verify_cert_error_string(tls.verifyResult));
    else if (tls.used || !capture.protocol.isEmpty())
        tls.verifyText = QStringLiteral("ok");
    tls.chain = certinfoChain(easy);
    if (tls.chain.isEmpty()) {
        for (const QByteArray &pem : capture.refusedChain)
            tls.chain.append(QSslCertificate::fromData(pem, QSsl::Pem));
    }
    if (tls.protocol.isEmpty()) {
        tls.protocol = capture.protocol;
        tls.cipher = capture.cipher;
    }
    if (!tls.chain.isEmpty() || !tls.protocol.isEmpty())
        tls.used = true;
}

} // namespace HttpLens
