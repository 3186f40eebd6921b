#include "request.h"

#include "httpdate.h"
#include "url.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace HttpLens {

namespace {

class RequestText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Request)
};

QString printable(const QByteArray &bytes)
{
    QString out;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\r')
            out += QStringLiteral("\\r");
        else if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QChar::fromLatin1(c);
    }
    return out;
}

bool hasForbiddenControl(const QByteArray &bytes)
{
    return bytes.contains('\r') || bytes.contains('\n') || bytes.contains('\0');
}

} // namespace

HeaderLine HeaderLine::fromCurlSyntax(const QByteArray &text)
{
    HeaderLine line;
    const qsizetype colon = text.indexOf(':');
    const qsizetype semicolon = text.indexOf(';');
    if (colon < 0 && semicolon >= 0 && text.mid(semicolon + 1).trimmed().isEmpty()) {
        line.kind = Kind::Empty;
        line.name = text.left(semicolon).trimmed();
        return line;
    }
    if (colon < 0) {
        line.value = text;
        return line;
    }
    line.name = text.left(colon).trimmed();
    const QByteArray rest = text.mid(colon + 1);
    qsizetype skip = 0;
    while (skip < rest.size() && (rest.at(skip) == ' ' || rest.at(skip) == '\t'))
        ++skip;
    line.separator = ':' + rest.left(skip);
    line.value = rest.mid(skip);
    if (line.value.trimmed().isEmpty()) {
        line.kind = Kind::Remove;
        line.value.clear();
        line.separator = ":";
    }
    return line;
}

QByteArray HeaderLine::toCurlSyntax() const
{
    switch (kind) {
    case Kind::Remove:
        return name + ':';
    case Kind::Empty:
        return name + ';';
    case Kind::Set:
        break;
    }
    return name + separator + value;
}

QByteArray Request::effectiveMethod() const
{
    if (!method.isEmpty())
        return method;
    if (noBody)
        return "HEAD";
    return hasBody ? "POST" : "GET";
}

QList<HeaderLine> explicitHeaderFields(const Request &r)
{
    QList<HeaderLine> fields;
    // libcurl leaves out an option's field when a header line of the same name is given.
    auto add = [&](const QByteArray &name, const QByteArray &value) {
        for (const HeaderLine &line : r.headers) {
            if (line.name.compare(name, Qt::CaseInsensitive) == 0)
                return;
        }
        fields.append(HeaderLine{HeaderLine::Kind::Set, name, value, ": "});
    };
    if (!r.userPassword.isEmpty())
        add("Authorization", "Basic " + r.userPassword.toBase64());
    else if (!r.bearerToken.isEmpty())
        add("Authorization", "Bearer " + r.bearerToken);
    if (r.userAgentSet && !r.userAgent.isEmpty()) // curl -A '' sends no User-Agent at all
        add("User-Agent", r.userAgent);
    if (!r.referer.isEmpty())
        add("Referer", r.referer);
    if (!r.cookie.isEmpty())
        add("Cookie", r.cookie);
    return fields + r.headers;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    static const QByteArray specials("!#$%&'*+-.^_`|~");
    for (char c : text) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                           || (c >= 'A' && c <= 'Z');
        if (!alnum && !specials.contains(c))
            return false;
    }
    return true;
}

QList<Request::Problem> Request::problems() const
{
    QList<Problem> found;
    if (const std::optional<UrlProblem> problem = urlProblem(url))
        found.append({problem->curlCode, problem->sentence});

    if (!method.isEmpty() && !isToken(method))
        found.append(
                {2,
                 RequestText::tr(
                         "The method \"%1\" is not a valid token (RFC 9110 §9.1): use letters, "
                         "digits and !#$%&'*+-.^_`|~ only.")
                         .arg(printable(method))});

    for (const HeaderLine &line : headers) {
        if (line.name.isEmpty()) {
            found.append({2,
                          RequestText::tr("The header \"%1\" has no name; write it as Name: value.")
                                  .arg(printable(line.value))});
            continue;
        }
        if (hasForbiddenControl(line.name) || hasForbiddenControl(line.value)
            || hasForbiddenControl(line.separator)) {
            found.append({2,
                          RequestText::tr(
                                  "The header \"%1\" contains CR, LF or NUL, which would split the "
                                  "request (RFC 9110 §5.5).")
                                  .arg(printable(line.name))});
            continue;
        }
        if (!isToken(line.name))
            found.append(
                    {2,
                     RequestText::tr("The header name \"%1\" is not a valid token (RFC 9110 §5.1).")
                             .arg(printable(line.name))});
    }

    auto checkField = [&](const QByteArray &value, const char *what) {
        if (hasForbiddenControl(value))
            found.append({2,
                          RequestText::tr(
                                  "The %1 contains CR, LF or NUL, which would split the request.")
                                  .arg(QLatin1String(what))});
    };
    checkField(userAgent, "User-Agent");
    checkField(referer, "Referer");
    checkField(cookie, "Cookie");
    checkField(userPassword, "user name or password");
    checkField(bearerToken, "bearer token");
    for (const QByteArray &line : cookieLines)
        checkField(line, "cookie jar line");

    if (maxRedirects < -1)
        found.append({2, RequestText::tr("The redirect limit must be -1 (unlimited) or more.")});
    if (timeoutMs < 0 || connectTimeoutMs < 0)
        found.append({2, RequestText::tr("Timeouts cannot be negative.")});
    return found;
}

} // namespace HttpLens
