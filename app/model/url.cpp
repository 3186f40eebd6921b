#include "url.h"

#include <QCoreApplication>

#include <algorithm>

namespace HttpLens {

namespace {

class UrlText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Url)
};

bool mustBeEncoded(char16_t c)
{
    return c == u' ' || c == u'"' || c == u'<' || c == u'>' || c == u'`' || c > 0x7e;
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Where the authority (user, host, port) of "scheme://authority/path" ends; -1 without "://".
qsizetype authorityEnd(const QString &url, qsizetype *authorityStart)
{
    const qsizetype separator = url.indexOf(QLatin1String("://"));
    if (separator < 0)
        return -1;
    *authorityStart = separator + 3;
    qsizetype end = *authorityStart;
    while (end < url.size() && url.at(end) != u'/' && url.at(end) != u'?' && url.at(end) != u'#')
        ++end;
    return end;
}

bool validScheme(const QString &scheme)
{
    if (scheme.isEmpty() || !scheme.at(0).isLetter() || scheme.at(0).unicode() > 0x7f)
        return false;
    for (QChar c : scheme) {
        const bool ok = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'+' || c == u'-'
                        || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

// A character no host name may hold (RFC 3986 reg-name); international letters are allowed,
// since libcurl converts them to their ASCII (IDNA) form.
std::optional<QChar> badHostCharacter(const QString &host)
{
    static const QString allowed = QStringLiteral("-._~!$&'()*+,;=%");
    for (qsizetype i = 0; i < host.size(); ++i) {
        const QChar c = host.at(i);
        if (c.unicode() > 0x7f || (c.unicode() < 0x80 && c.isLetterOrNumber()))
            continue;
        if (c == u'%' && (i + 2 >= host.size() || !isHex(host.at(i + 1)) || !isHex(host.at(i + 2))))
            return c;
        if (!allowed.contains(c))
            return c;
    }
    return std::nullopt;
}

std::optional<UrlProblem> authorityProblem(const QString &url, const QString &authority)
{
    const QString hostPort = authority.mid(authority.lastIndexOf(u'@') + 1);
    QString host = hostPort;
    QString port;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return UrlProblem{3,
                              UrlText::tr("The IPv6 address in \"%1\" has no closing ']'.").arg(url)};
        host = hostPort.left(close + 1);
        const QString rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return UrlProblem{3,
                              UrlText::tr("\"%1\" follows the IPv6 address in \"%2\"; only :port "
                                          "may come after it.")
                                      .arg(rest, url)};
        port = rest.mid(1);
    } else if (const qsizetype colon = hostPort.lastIndexOf(u':'); colon >= 0) {
        host = hostPort.left(colon);
        port = hostPort.mid(colon + 1);
    }
    if (host.isEmpty())
        return UrlProblem{3, UrlText::tr("The URL \"%1\" has no host name.").arg(url)};
    if (!host.startsWith(u'[')) {
        if (const std::optional<QChar> bad = badHostCharacter(host)) {
            if (*bad == u' ')
                return UrlProblem{3,
                                  UrlText::tr("The host name \"%1\" contains a space, which no "
                                              "host name may contain.")
                                          .arg(host)};
            return UrlProblem{3,
                              UrlText::tr("The host name \"%1\" contains '%2', which no host "
                                          "name may contain.")
                                      .arg(host, QString(*bad))};
        }
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535 || port.startsWith(u'+'))
            return UrlProblem{3,
                              UrlText::tr("The port \"%1\" in \"%2\" is not a number from 1 to "
                                          "65535.")
                                      .arg(port, url)};
    }
    return std::nullopt;
}

} // namespace

QString encodeUrl(const QString &typed)
{
    const QString url = typed.trimmed();
    qsizetype start = 0;
    const qsizetype end = authorityEnd(url, &start);
    if (end < 0)
        return url;
    // Most URLs need nothing encoded: they are returned as they are, without a copy.
    const QStringView tail = QStringView(url).sliced(end);
    if (std::none_of(tail.begin(), tail.end(), [](QChar c) { return mustBeEncoded(c.unicode()); }))
        return url;
    QString out = url.left(end);
    out.reserve(url.size() + 16);
    const QString rest = url.mid(end);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c.isHighSurrogate() && i + 1 < rest.size() && rest.at(i + 1).isLowSurrogate()) {
            out += QString::fromLatin1(QString(rest.mid(i, 2)).toUtf8().toPercentEncoding());
            ++i;
        } else if (mustBeEncoded(c.unicode())) {
            out += QString::fromLatin1(QString(c).toUtf8().toPercentEncoding());
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<UrlProblem> urlProblem(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return UrlProblem{3, UrlText::tr("The URL is empty.")};
    for (QChar c : url) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return UrlProblem{3,
                              UrlText::tr("The URL contains a control character (U+%1), which "
                                          "no URL may contain.")
                                      .arg(int(c.unicode()), 4, 16, QLatin1Char('0'))};
    }
    qsizetype start = 0;
    const qsizetype end = authorityEnd(url, &start);
    const qsizetype colon = url.indexOf(u':');
    const QString scheme = url.left(end < 0 ? colon : start - 3);
    // "localhost:8080/x" has a port where a scheme would end.
    const bool portFirst = colon >= 0 && colon + 1 < url.size() && url.at(colon + 1).isDigit();
    if (end < 0 && (colon < 0 || !validScheme(scheme) || portFirst))
        return UrlProblem{3,
                          UrlText::tr("\"%1\" has no scheme; start it with http:// or https://.")
                                  .arg(url)};
    const QString lower = scheme.toLower();
    if (lower != QLatin1String("http") && lower != QLatin1String("https"))
        return UrlProblem{1,
                          UrlText::tr("The scheme \"%1\" is not supported; HTTP Lens speaks http "
                                      "and https.")
                                  .arg(scheme)};
    if (end < 0)
        return UrlProblem{3,
                          UrlText::tr("\"%1\" lacks the \"//\" after \"%2:\"; write %2://host/.")
                                  .arg(url, scheme)};
    return authorityProblem(url, url.mid(start, end - start));
}

// Read by hand: QUrl's full parse costs more than the rest of a check's own work for a URL.
QString connectionOrigin(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    const qsizetype start = schemeEnd + 3;
    qsizetype end = start;
    while (end < url.size() && url.at(end) != u'/' && url.at(end) != u'?' && url.at(end) != u'#')
        ++end;
    QStringView authority = QStringView(url).mid(start, end - start);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
        authority = authority.mid(at + 1);
    const qsizetype bracket = authority.lastIndexOf(u']');
    const qsizetype colon = authority.lastIndexOf(u':');
    const bool hasPort = colon > bracket;
    QString origin = QStringView(url).left(schemeEnd).toString().toLower();
    const bool https = origin == QLatin1String("https");
    origin += QLatin1String("://")
              + (hasPort ? authority.left(colon) : authority).toString().toLower()
              + QLatin1Char(':');
    const QStringView port = hasPort ? authority.mid(colon + 1) : QStringView();
    origin += port.isEmpty() ? (https ? QLatin1String("443") : QLatin1String("80"))
                             : port.toString();
    return origin;
}

} // namespace HttpLens
