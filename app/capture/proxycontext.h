#pragma once

#include "model/exchange.h"

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace HttpLens {
class Engine;
}

namespace HttpLens::Capture {

class CertificateAuthority;

// How the capture proxy behaves, as `httplens-cli capture` and the window's Capture view set it.
struct ProxyOptions
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8899;
    QUrl reverse;            // the one origin of a reverse proxy; empty for a forward proxy
    QByteArray via;          // a Via field added to both directions; empty: none
    QStringList passthrough; // hosts whose CONNECT is tunnelled untouched (pinned clients)
    bool insecure = false;   // upstream certificates are not verified (-k)
    QByteArray credentials;  // "user:password" a client must give (Proxy-Authorization)
    qint64 keepBody = 16 * 1024 * 1024;   // of each response body, in the record
    qint64 keepRequestBody = 1024 * 1024; // of each request body, in the record
    int headTimeoutMs = 30000;            // a request head must arrive whole within this
    int idleTimeoutMs = 120000;           // a kept-alive connection with nothing to do closes
};

// What every connection of one capture shares: the engine that sends upstream, the options,
// the proxy's own address (to refuse requests to itself), the CA for intercepted HTTPS, and
// where finished exchanges go.
struct ProxyContext
{
    Engine *engine = nullptr;
    ProxyOptions options;
    QHostAddress selfAddress;
    quint16 selfPort = 0;
    CertificateAuthority *authority = nullptr; // null: CONNECT is tunnelled, never intercepted
    QString bundlePath; // the system's CAs and the capture's, for programs that replace a store
    std::function<void(Exchange &&)> record;
};

} // namespace HttpLens::Capture
