#include "transporterror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <curl/curl.h>

#include <cerrno>

namespace HttpLens {

namespace {
class TransportErrorText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::TransportError)
};
} // namespace

TransportError describeTransportError(int curlCode,
                                      const QString &curlText,
                                      const QString &url,
                                      long osErrno,
                                      bool inResponseHead)
{
    TransportError error;
    error.curlCode = curlCode;
    error.curlText = curlText.isEmpty() ? QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode)))
                                        : curlText;
    const QUrl parsed(url);
    const QString host = parsed.host().isEmpty() ? url : parsed.host();
    const int port = parsed.port(parsed.scheme() == QLatin1String("https") ? 443 : 80);
    const QString portText = QString::number(port);

    switch (curlCode) {
    case CURLE_UNSUPPORTED_PROTOCOL:
        if (curlText.contains(QLatin1String("HTTP/0.9"))
            || curlText.contains(QLatin1String("HTTP response"))) {
            error.sentence
                    = TransportErrorText::tr(
                              "The reply from %1 does not start with a valid HTTP status line.")
                              .arg(host);
            error.hint = TransportErrorText::tr(
                                 "libcurl would have to read it as HTTP/0.9, which it refuses: the "
                                 "server is broken or speaks another protocol on port %1.")
                                 .arg(portText);
        } else {
            error.sentence = TransportErrorText::tr(
                    "The URL's scheme is not one HTTP Lens can speak.");
            error.hint = TransportErrorText::tr("Use a URL that starts with http:// or https://.");
        }
        break;
    case CURLE_URL_MALFORMAT:
        error.sentence = TransportErrorText::tr("The URL is malformed.");
        error.hint = TransportErrorText::tr(
                "Check for spaces, a missing host or a stray character.");
        break;
    case CURLE_COULDNT_RESOLVE_PROXY:
        error.sentence = TransportErrorText::tr("The proxy's host name could not be resolved.");
        error.hint = TransportErrorText::tr("Check the proxy setting.");
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        error.sentence = TransportErrorText::tr(
                                 "The host name %1 could not be resolved to an address.")
                                 .arg(host);
        error.hint = TransportErrorText::tr(
                             "Check the spelling, your DNS settings, or map it with --resolve "
                             "%1:%2:ADDRESS.")
                             .arg(host, portText);
        break;
    case CURLE_COULDNT_CONNECT:
        if (osErrno == ECONNREFUSED
            || curlText.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
            error.sentence = TransportErrorText::tr(
                                     "Connection refused: nothing listens on port %1 of %2.")
                                     .arg(portText, host);
            error.hint = TransportErrorText::tr(
                    "Start the server, or check the port number in the URL.");
        } else {
            error.sentence = TransportErrorText::tr("Could not connect to port %1 of %2.")
                                     .arg(portText, host);
            error.hint = TransportErrorText::tr(
                    "The host may be down or a firewall may drop the connection.");
        }
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        error.sentence = TransportErrorText::tr("The server's reply is not valid HTTP.");
        error.hint = TransportErrorText::tr(
                "The port may belong to another protocol (try https:// or another port), "
                "or the server is broken.");
        break;
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        error.sentence = TransportErrorText::tr("The HTTP/2 layer failed.");
        error.hint = TransportErrorText::tr("Try again with HTTP/1.1 (--http1.1).");
        break;
    case CURLE_PARTIAL_FILE:
        error.sentence = TransportErrorText::tr(
                "The connection closed before the whole body arrived.");
        error.hint = TransportErrorText::tr(
                "The server announced more bytes than it sent; the received part is kept.");
        break;
    case CURLE_WRITE_ERROR:
        error.sentence = TransportErrorText::tr("The response body could not be stored.");
        error.hint = TransportErrorText::tr(
                "Check the free space of the temporary or output directory.");
        break;
    case CURLE_READ_ERROR:
        error.sentence = TransportErrorText::tr("The request body could not be read.");
        error.hint = TransportErrorText::tr(
                "Check that the file given for the body exists and is readable.");
        break;
    case CURLE_OUT_OF_MEMORY:
        // libcurl 7.88 reports an oversized response head as running out of memory.
        if (inResponseHead || curlText.contains(QLatin1String("too large"), Qt::CaseInsensitive)) {
            error.sentence
                    = TransportErrorText::tr(
                              "The response headers from %1 are larger than libcurl accepts.")
                              .arg(host);
            error.hint = TransportErrorText::tr(
                    "A server sending headers this large is broken or hostile; libcurl's "
                    "limit protects the client.");
        } else {
            error.sentence = TransportErrorText::tr("Out of memory.");
            error.hint = TransportErrorText::tr(
                    "Close other programs or lower the body size limit.");
        }
        break;
    case CURLE_OPERATION_TIMEDOUT:
        error.sentence = TransportErrorText::tr(
                "The time limit ran out before the exchange finished.");
        error.hint = TransportErrorText::tr("Raise the timeout (-m, --connect-timeout) or check "
                                            "whether %1 is reachable.")
                             .arg(host);
        break;
    case CURLE_RANGE_ERROR:
        error.sentence = TransportErrorText::tr("The server does not support the requested range.");
        error.hint = TransportErrorText::tr("Request the whole resource.");
        break;
    case CURLE_SSL_CONNECT_ERROR:
        error.sentence = TransportErrorText::tr("The TLS handshake with %1 failed.").arg(host);
        error.hint
                = TransportErrorText::tr(
                          "The server may not speak TLS on port %1 (try http://), or no protocol "
                          "version or cipher is shared.")
                          .arg(portText);
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        error.sentence = TransportErrorText::tr("The request was cancelled.");
        error.hint = TransportErrorText::tr("Send it again when you are ready.");
        break;
    case CURLE_TOO_MANY_REDIRECTS:
        error.sentence = TransportErrorText::tr("The redirect limit was reached.");
        error.hint = TransportErrorText::tr(
                "The server may be in a redirect loop; look at the hops, or raise --max-redirs.");
        break;
    case CURLE_GOT_NOTHING:
        error.sentence = TransportErrorText::tr(
                "The server closed the connection without sending any response.");
        error.hint = TransportErrorText::tr(
                "The server may have crashed or rejected the request; check its log.");
        break;
    case CURLE_SEND_ERROR:
        error.sentence = TransportErrorText::tr("Sending the request failed.");
        error.hint = TransportErrorText::tr(
                "The server closed or reset the connection while the request was being sent.");
        break;
    case CURLE_RECV_ERROR:
        error.sentence = TransportErrorText::tr("Receiving the response failed.");
        error.hint = TransportErrorText::tr(
                "The connection was reset or broken; the server may have crashed mid-response.");
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        error.sentence = TransportErrorText::tr("The certificate of %1 could not be verified.")
                                 .arg(host);
        error.hint = TransportErrorText::tr(
                "It may be self-signed, expired, or for another name. Inspect the chain; "
                "send insecurely (-k) only if you trust this server.");
        break;
    case CURLE_BAD_CONTENT_ENCODING:
        error.sentence = TransportErrorText::tr(
                "The body's Content-Encoding could not be decoded.");
        error.hint = TransportErrorText::tr(
                "Send again without decompression to see the raw bytes.");
        break;
    case CURLE_FILESIZE_EXCEEDED:
        error.sentence = TransportErrorText::tr(
                "The body is larger than the download limit, so the transfer was stopped.");
        error.hint = TransportErrorText::tr(
                "Raise the limit (Options → Download limit in the window, --max-filesize on the "
                "command line) if you expect a body this large.");
        break;
    case CURLE_LOGIN_DENIED:
        error.sentence = TransportErrorText::tr("The server denied the login.");
        error.hint = TransportErrorText::tr("Check the user name and password.");
        break;
    case CURLE_SSL_CACERT_BADFILE:
        error.sentence = TransportErrorText::tr("The CA certificate file could not be loaded.");
        error.hint = TransportErrorText::tr(
                "Check the system's CA certificates (ca-certificates package).");
        break;
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
        error.sentence = TransportErrorText::tr("The TLS settings could not be used.");
        error.hint = TransportErrorText::tr("Check the certificate and cipher options.");
        break;
    default:
        error.sentence = TransportErrorText::tr("The transfer failed: %1.").arg(error.curlText);
        error.hint = TransportErrorText::tr("libcurl error %1; see libcurl's list of error codes.")
                             .arg(curlCode);
        break;
    }
    return error;
}

QString transportErrorTitle(const Exchange &exchange)
{
    const TransportError &error = exchange.error;
    switch (error.curlCode) {
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportErrorText::tr("Cancelled");
    case CURLE_OPERATION_TIMEDOUT: {
        const Request &r = exchange.request;
        // The connect limit when the connection never opened within it, else the overall one.
        const bool connectLimit = r.connectTimeoutMs > 0 && exchange.timings.connectUs <= 0
                                  && (r.timeoutMs <= 0 || r.connectTimeoutMs < r.timeoutMs);
        const qint64 limitMs = connectLimit ? r.connectTimeoutMs : r.timeoutMs;
        if (limitMs <= 0)
            return TransportErrorText::tr("Timed out");
        return TransportErrorText::tr("Timed out after %1 s")
                .arg(QLocale().toString(double(limitMs) / 1000.0, 'g', 4));
    }
    case CURLE_COULDNT_CONNECT:
        return error.sentence.contains(QLatin1String("refused"), Qt::CaseInsensitive)
                               || error.curlText.contains(QLatin1String("refused"),
                                                          Qt::CaseInsensitive)
                       ? TransportErrorText::tr("Connection refused")
                       : TransportErrorText::tr("Could not connect");
    case CURLE_COULDNT_RESOLVE_HOST:
        return TransportErrorText::tr("Host not found");
    case CURLE_COULDNT_RESOLVE_PROXY:
        return TransportErrorText::tr("Proxy not found");
    case CURLE_SSL_CONNECT_ERROR:
        return TransportErrorText::tr("TLS handshake failed");
    case CURLE_PEER_FAILED_VERIFICATION:
        return TransportErrorText::tr("Certificate not trusted");
    case CURLE_TOO_MANY_REDIRECTS:
        return TransportErrorText::tr("Too many redirects");
    case CURLE_GOT_NOTHING:
        return TransportErrorText::tr("Empty reply");
    case CURLE_PARTIAL_FILE:
        return TransportErrorText::tr("Body cut short");
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        return TransportErrorText::tr("Connection broken");
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return TransportErrorText::tr("Not an HTTP reply");
    case CURLE_URL_MALFORMAT:
        return TransportErrorText::tr("Malformed URL");
    default:
        return TransportErrorText::tr("Transfer failed");
    }
}

} // namespace HttpLens
