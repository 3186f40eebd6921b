#pragma once

// Private to the engine (app/http): what HTTP Lens learns about a transfer's TLS, taken from
// libcurl's API and, through it, from OpenSSL's own objects, never from libcurl's log text.

#include "model/exchange.h"

#include <QByteArray>
#include <QList>

#include <curl/curl.h>

#include <memory>

namespace HttpLens {

class TlsInspection
{
public:
    // What OpenSSL's certificate check saw during a handshake: written by its verify callback on
    // the worker thread, read when the transfer ends. A refused handshake leaves no certificate
    // for CURLINFO_CERTINFO, so the chain that was refused is kept here.
    struct Capture
    {
        QList<QByteArray> refusedChain; // PEM, leaf first
        long refusedError = 0;          // X509_V_ERR_*
        QByteArray protocol;            // known from the ServerHello on
        QByteArray cipher;
    };

    // True when libcurl speaks TLS through OpenSSL, whose objects HTTP Lens can read.
    static bool available();
    // CURLOPT_SSL_CTX_FUNCTION: watches the certificate check of each new connection for the
    // capture passed as CURLOPT_SSL_CTX_DATA (a std::shared_ptr<Capture> *).
    static CURLcode watchContext(CURL *easy, void *sslContext, void *capture);
    // Protocol, cipher and ALPN of the connection the transfer uses now (CURLINFO_TLS_SSL_PTR);
    // call it while the connection is in use, as from a header callback.
    static void readSession(CURL *easy, TlsInfo &tls);
    // At the end of the transfer: the verification result and the chain (CURLINFO_CERTINFO, or
    // the refused chain of the capture).
    static void readResult(CURL *easy, const Capture &capture, TlsInfo &tls);
};

} // namespace HttpLens
