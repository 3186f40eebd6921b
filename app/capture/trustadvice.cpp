#include "trustadvice.h"

namespace HttpLens::Capture {

QString TrustAdvice::forProgram(const QString &processName,
                                const QString &caPath,
                                const QString &bundlePath)
{
    const QString name = processName.toLower();
    if (name.startsWith(QLatin1String("python")) || name == QLatin1String("pip")
        || name == QLatin1String("pip3"))
        return tr("Python reads SSL_CERT_FILE (urllib, aiohttp) and REQUESTS_CA_BUNDLE (requests): "
                  "set both to %1.")
                .arg(bundlePath);
    if (name == QLatin1String("node") || name == QLatin1String("nodejs")
        || name == QLatin1String("npm"))
        return tr("Node adds the certificates of NODE_EXTRA_CA_CERTS to its own: set it to %1.")
                .arg(caPath);
    if (name == QLatin1String("curl"))
        return tr("curl reads CURL_CA_BUNDLE: set it to %1 (or pass --cacert %1).").arg(bundlePath);
    if (name == QLatin1String("wget"))
        return tr("wget reads no variable for this: pass --ca-certificate=%1 (or put "
                  "\"ca_certificate = %1\" in the file WGETRC names).")
                .arg(bundlePath);
    return tr("Tell the program to trust %1: SSL_CERT_FILE=%2 for Python, curl, Go and Ruby, "
              "REQUESTS_CA_BUNDLE=%2 for Python requests, NODE_EXTRA_CA_CERTS=%1 for Node "
              "(httplens-cli capture --ca says more).")
            .arg(caPath, bundlePath);
}

QString TrustAdvice::full(const QString &caPath, const QString &bundlePath, const QString &proxyUrl)
{
    return tr("HTTP Lens's CA: %1\n"
              "A bundle of the system's CAs plus HTTP Lens's: %2\n"
              "\n"
              "`httplens-cli capture -- COMMAND` sets all of this for the command it runs. By "
              "hand, per runtime:\n"
              "  Python (urllib, http.client, aiohttp)  SSL_CERT_FILE=%2\n"
              "  Python requests, httpx                 REQUESTS_CA_BUNDLE=%2\n"
              "  Node.js                                NODE_EXTRA_CA_CERTS=%1\n"
              "  curl                                   CURL_CA_BUNDLE=%2 (or --cacert %2)\n"
              "  wget                                   --ca-certificate=%2\n"
              "  Go, Ruby, OpenSSL's tools              SSL_CERT_FILE=%2\n"
              "  Every program on this machine (Debian) copy %1 to "
              "/usr/local/share/ca-certificates/httplens-ca.crt, then run update-ca-certificates\n"
              "\n"
              "Browsers keep their own stores:\n"
              "  Firefox   Settings → Privacy & Security → Certificates → View Certificates → "
              "Authorities → Import: choose %1 and tick \"Trust this CA to identify websites\". "
              "Proxy: Settings → Network Settings → Manual proxy configuration, HTTP and HTTPS "
              "proxy %3.\n"
              "  Chromium  Settings → Privacy and security → Security → Manage certificates → "
              "Authorities → Import %1, or: certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n "
              "\"HTTP Lens\" -i %1. Proxy: start it with --proxy-server=%3.\n"
              "\n"
              "Remove the trust when you are done: anyone with the key in the data folder could "
              "read what those programs send.\n")
            .arg(caPath, bundlePath, proxyUrl);
}

QString TrustAdvice::proxyVariableCaveats()
{
    return tr(
            "Programs that ignore HTTP_PROXY and HTTPS_PROXY are not captured unless told: "
            "aiohttp needs ClientSession(trust_env=True); Node's fetch and http modules read them "
            "only with NODE_USE_ENV_PROXY=1, from Node 24 on (older versions need a proxy "
            "agent); browsers need their own proxy setting.");
}

} // namespace HttpLens::Capture
