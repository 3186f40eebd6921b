#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace HttpLens {

// One entry of the request's header list, in the user's order. Like curl's -H it can set a
// field ("Name: value"), remove one of libcurl's defaults ("Accept:") or send a field with an
// empty value ("X-Empty;").
struct HeaderLine
{
    enum class Kind { Set, Remove, Empty };

    Kind kind = Kind::Set;
    QByteArray name;
    QByteArray value;
    // The exact bytes between name and value. curl sends -H lines verbatim, blanks included,
    // so "X:  a" keeps both blanks.
    QByteArray separator = ": ";

    // Parses curl's -H syntax. A line without ':' or ';' yields a Set line with an empty name,
    // which validation rejects.
    static HeaderLine fromCurlSyntax(const QByteArray &text);
    QByteArray toCurlSyntax() const;

    bool operator==(const HeaderLine &other) const
    {
        return kind == other.kind && name == other.name && value == other.value
               && separator == other.separator;
    }
};

enum class HttpVersion { Default, Http1_0, Http1_1, Http2 };

// Everything a user asks for when sending one request. It holds intent only; what was actually
// sent is recorded in the Exchange.
struct Request
{
    QByteArray method; // empty: libcurl chooses (GET, POST with a body, HEAD with noBody)
    QString url;
    QList<HeaderLine> headers;

    bool hasBody = false;
    QByteArray body;
    // The file the body was read from (an .http file's "< path", -d @path), absolute, so that
    // what was sent says where it came from (Raw, -v, the HAR's _bodyFile). With
    // bodyFileUnread the file was not read: body is empty and bodyFile is the path as written,
    // for a converter that writes a reference ("< path", --data-binary @path) in its place.
    QString bodyFile;
    bool bodyFileUnread = false;
    bool noBody = false; // HEAD, as curl -I

    QByteArray userAgent;
    bool userAgentSet = false;
    QByteArray referer;
    QByteArray userPassword; // "user:password", sent as Basic
    QByteArray bearerToken;  // --oauth2-bearer: libcurl writes "Authorization: Bearer ..."
    QByteArray cookie;       // literal Cookie value handed to libcurl
    QStringList cookieFiles; // Netscape or header files read into the cookie engine
    QString cookieJar;       // where the cookie engine writes at the end
    bool cookieEngine = false;
    // Cookies handed to the cookie engine before the transfer, as Netscape cookies.txt lines
    // (the GUI's jar). Non-empty lines switch the cookie engine on.
    QList<QByteArray> cookieLines;

    bool followRedirects = false;
    int maxRedirects = 50;
    HttpVersion httpVersion = HttpVersion::Default;
    qint64 timeoutMs = 0;
    qint64 connectTimeoutMs = 0;
    // The largest body to receive, decoded; a larger one stops the transfer (curl's
    // --max-filesize, exit 63). 0: no limit.
    qint64 maxFileSize = 0;
    QStringList resolve; // "host:port:address[,address]"
    QString proxy;
    bool insecure = false;
    bool decompress = false;

    // The method on the wire: the one given, else what libcurl chooses (HEAD for noBody, POST
    // with a body, GET otherwise).
    QByteArray effectiveMethod() const;

    // Validates everything that can be checked before a byte is sent.
    struct Problem
    {
        int curlCode = 0; // the exit code curl gives for the same mistake
        QString message;
    };
    QList<Problem> problems() const;
};

// The fields curl's separate options become, in the order libcurl writes them (-u or
// --oauth2-bearer Authorization, -A User-Agent, -e Referer, -b Cookie; each left out when a
// header line of the same name replaces it), followed by the request's header lines: for
// writing the request where those options do not exist (.http files, code, the editor).
// libcurl writes its own Accept (and Accept-Encoding) between User-Agent and Referer.
QList<HeaderLine> explicitHeaderFields(const Request &request);

// RFC 9110 token: the syntax of methods and header field names.
bool isToken(const QByteArray &text);

} // namespace HttpLens
