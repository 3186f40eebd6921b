#include "forwarding.h"

#include "knowledge/reasonphrases.h"
#include "model/proxying.h"
#include "practice/requestparser.h"

#include <QCoreApplication>

namespace HttpLens::Capture {

namespace {

class ForwardingText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture::Forwarding)
};

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// host and port of an authority ("example.com", "h:8080", "[::1]:8080"); false when it is not
// one (user information is refused: RFC 9110 §4.2.4 deprecates it in http URIs).
bool splitAuthority(QByteArrayView authority, int defaultPort, QString *host, int *port)
{
    if (authority.isEmpty() || authority.contains('@'))
        return false;
    QByteArrayView hostPart = authority;
    QByteArrayView portPart;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return false;
        hostPart = authority.sliced(1, close - 1);
        const QByteArrayView rest = authority.sliced(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return false;
            portPart = rest.sliced(1);
        }
    } else if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
        hostPart = authority.first(colon);
        portPart = authority.sliced(colon + 1);
    }
    if (hostPart.isEmpty())
        return false;
    *port = defaultPort;
    if (!portPart.isEmpty()) {
        if (!isDigits(portPart) || portPart.toInt() < 1 || portPart.toInt() > 65535)
            return false;
        *port = portPart.toInt();
    }
    *host = QString::fromLatin1(hostPart);
    return true;
}

QString urlFor(bool secure, const QString &host, int port)
{
    const bool ipv6 = host.contains(QLatin1Char(':'));
    return QStringLiteral("%1://%2:%3/")
            .arg(secure ? QStringLiteral("https") : QStringLiteral("http"),
                 ipv6 ? u'[' + host + u']' : host)
            .arg(port);
}

ForwardTarget refused(int status, const QString &problem)
{
    ForwardTarget target;
    target.status = status;
    target.problem = problem;
    return target;
}

// Splits a head into its lines, each without its line ending; the first is the start line.
QList<QByteArrayView> headLines(const QByteArray &rawHead)
{
    QList<QByteArrayView> lines;
    const QByteArrayView data(rawHead);
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        lines.append(line);
        pos = end + 1;
    }
    return lines;
}

QByteArray lowerName(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return colon < 0 ? QByteArray() : line.first(colon).toByteArray().trimmed().toLower();
}

} // namespace

ForwardTarget forwardTarget(const Practice::ParsedRequest &request, const QUrl &origin)
{
    const QByteArray &target = request.target;
    const bool absolute = target.startsWith("http://") || target.startsWith("https://");
    ForwardTarget result;
    if (absolute) {
        result.secure = target.startsWith("https://");
        const qsizetype authorityStart = result.secure ? 8 : 7;
        qsizetype end = authorityStart;
        while (end < target.size() && target.at(end) != '/' && target.at(end) != '?')
            ++end;
        if (!splitAuthority(QByteArrayView(target).sliced(authorityStart, end - authorityStart),
                            result.secure ? 443 : 80,
                            &result.host,
                            &result.port))
            return refused(400,
                           ForwardingText::tr("The request target \"%1\" names no host and port "
                                              "to forward to.")
                                   .arg(QString::fromLatin1(target.left(200))));
        result.requestTarget = target.mid(end);
        if (result.requestTarget.isEmpty() || result.requestTarget.startsWith('?'))
            result.requestTarget.prepend('/');
    } else if (origin.isValid() && !origin.isEmpty()) {
        result.secure = origin.scheme() == QLatin1String("https");
        result.host = origin.host();
        result.port = origin.port(result.secure ? 443 : 80);
        QByteArray prefix = origin.path(QUrl::FullyEncoded).toLatin1();
        while (prefix.endsWith('/'))
            prefix.chop(1);
        result.requestTarget = target == "*" ? target : prefix + target;
    } else {
        return refused(400,
                       ForwardingText::tr("HTTP Lens is a proxy here: a request to it must name "
                                          "the server, as in \"GET http://host/path\". Set it as "
                                          "the program's proxy (HTTP_PROXY), or start the capture "
                                          "with --reverse URL to put it in front of one server."));
    }
    result.url = urlFor(result.secure, result.host, result.port);
    return result;
}

QList<HeaderLine> forwardedHeaderLines(const QByteArray &rawHead,
                                       bool keepUpgrade,
                                       const QByteArray &via)
{
    QByteArrayView startLine;
    const HeaderList fields = parseHead(rawHead, &startLine);
    const QList<QByteArray> dropped = connectionFields(fields, keepUpgrade);
    // libcurl writes a Host, Accept and Expect of its own unless the list names them; an empty
    // line first keeps its own out (it reads the first line of a name), and the client's line,
    // if any, still goes out where the client put it.
    QList<HeaderLine> lines{HeaderLine::fromCurlSyntax("Host:")};
    if (!hasHeader(fields, "Accept"))
        lines.append(HeaderLine::fromCurlSyntax("Accept:"));
    if (!hasHeader(fields, "Expect"))
        lines.append(HeaderLine::fromCurlSyntax("Expect:"));
    const QList<QByteArrayView> raw = headLines(rawHead);
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QByteArray name = lowerName(raw.at(i));
        if (name.isEmpty() || dropped.contains(name))
            continue;
        HeaderLine line = HeaderLine::fromCurlSyntax(raw.at(i).toByteArray());
        // A field with an empty value is sent empty, never taken as "leave libcurl's out".
        if (line.kind == HeaderLine::Kind::Remove)
            line.kind = HeaderLine::Kind::Empty;
        lines.append(line);
    }
    if (!via.isEmpty())
        lines.append(HeaderLine::fromCurlSyntax("Via: " + via));
    return lines;
}

Framing responseFraming(const QByteArray &requestMethod, int status, const HeaderList &fields)
{
    if (requestMethod == "HEAD" || (status >= 100 && status < 200) || status == 204 || status == 304)
        return Framing::NoBody;
    if (requestMethod == "CONNECT" && status >= 200 && status < 300)
        return Framing::NoBody;
    for (const QByteArray &value : headerValues(fields, "Transfer-Encoding")) {
        if (value.toLower().trimmed().endsWith("chunked"))
            return Framing::Chunked;
    }
    if (hasHeader(fields, "Transfer-Encoding"))
        return Framing::UntilClose;
    if (hasHeader(fields, "Content-Length"))
        return Framing::Length;
    return Framing::UntilClose;
}

QByteArray clientResponseHead(const QByteArray &rawHead,
                              bool keepUpgrade,
                              bool close,
                              const QByteArray &via)
{
    QByteArrayView statusLine;
    const HeaderList fields = parseHead(rawHead, &statusLine);
    const QList<QByteArray> dropped = connectionFields(fields, keepUpgrade);
    const QList<QByteArrayView> lines = headLines(rawHead);
    QByteArray head;
    head.reserve(rawHead.size() + 32);
    // Each line keeps its own ending, as the server wrote it.
    const QByteArray ending = rawHead.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && dropped.contains(lowerName(lines.at(i))))
            continue;
        head += lines.at(i);
        head += ending;
    }
    // A tunnel keeps the server's own Connection: Upgrade.
    if (close && !keepUpgrade)
        head += "Connection: close" + ending;
    if (!via.isEmpty())
        head += "Via: " + via + ending;
    head += ending;
    return head;
}

QByteArray proxyResponse(int status, const QString &sentence)
{
    const QByteArray body = sentence.toUtf8() + '\n';
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + standardReasonPhrase(status)
           + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace HttpLens::Capture
