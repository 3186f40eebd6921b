#pragma once

#include <QCoreApplication>
#include <QString>

namespace HttpLens::Capture {

// What each runtime and browser needs to trust HTTP Lens's CA, and to use the proxy: the text
// of `httplens-cli capture --ca` and of the window's Capture view, and the advice that follows a
// handshake a program refused. Runtimes differ: Python, curl, Go and Ruby replace their store
// with SSL_CERT_FILE (so it points at a bundle of the system's CAs plus HTTP Lens's), requests
// reads REQUESTS_CA_BUNDLE, Node adds NODE_EXTRA_CA_CERTS to its own, wget reads only its
// wgetrc, and browsers keep their own stores.
class TrustAdvice
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture::TrustAdvice)

public:
    // One sentence for the program that refused the certificate (a process name such as
    // "python3", "node", "curl"; all runtimes when it is unknown).
    static QString forProgram(const QString &processName,
                              const QString &caPath,
                              const QString &bundlePath);
    // Every runtime and browser, for a person setting things up by hand.
    static QString full(const QString &caPath, const QString &bundlePath, const QString &proxyUrl);
    // The runtimes known to ignore proxy variables, said once in --help and the README.
    static QString proxyVariableCaveats();
};

} // namespace HttpLens::Capture
