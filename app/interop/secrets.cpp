#include "secrets.h"

#include "cookies/cookiejar.h"

namespace HttpLens {

namespace {

const QByteArray masked(kMasked);

bool containsAny(const QByteArray &lower, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

// name=value pairs joined by separator; values of secret names replaced.
QByteArray maskPairs(const QByteArray &text, char separator)
{
    QList<QByteArray> pairs = text.split(separator);
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray name = QByteArray::fromPercentEncoding(
                QByteArray(pair.left(eq)).replace('+', ' '));
        if (isSecretParameter(QString::fromUtf8(name.trimmed())))
            pair = pair.left(eq + 1) + masked;
    }
    return pairs.join(separator);
}

QByteArray maskTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return target;
    const qsizetype hash = target.indexOf('#', question);
    const QByteArray query = hash < 0 ? target.mid(question + 1)
                                      : target.mid(question + 1, hash - question - 1);
    return target.left(question + 1) + maskPairs(query, '&')
           + (hash < 0 ? QByteArray() : target.mid(hash));
}

// The value of a header row the request sets, or nothing.
QByteArray headerValueOf(const Request &request, const QByteArray &name)
{
    for (const HeaderLine &line : request.headers) {
        if (line.kind == HeaderLine::Kind::Set && line.name.compare(name, Qt::CaseInsensitive) == 0)
            return line.value;
    }
    return {};
}

} // namespace

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "set-cookie2")
        return true;
    return containsAny(lower, {"token", "api-key", "apikey", "secret", "password", "session"});
}

bool isSecretParameter(const QString &name)
{
    const QByteArray lower = name.toLower().toUtf8();
    static const QList<QByteArray> exact = {"key", "sig", "auth", "code", "pass", "pwd", "sid"};
    if (exact.contains(lower))
        return true;
    return containsAny(lower,
                       {"token",
                        "secret",
                        "password",
                        "passwd",
                        "api_key",
                        "apikey",
                        "api-key",
                        "signature",
                        "session",
                        "credential"});
}

QByteArray maskedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "location" || lower == "referer" || lower == "content-location")
        return maskTarget(value);
    if (!isSecretHeader(name) || value.isEmpty())
        return value;
    if (lower == "authorization" || lower == "proxy-authorization") {
        // Keep the scheme ("Basic", "Bearer"): it tells how the request authenticated.
        const qsizetype space = value.indexOf(' ');
        return space > 0 ? value.left(space + 1) + masked : masked;
    }
    if (lower == "cookie") {
        QList<QByteArray> parts;
        for (const auto &[cookieName, cookieValue] : parseCookieHeader(value))
            parts.append(cookieName + '=' + masked);
        return parts.join("; ");
    }
    if (lower == "set-cookie" || lower == "set-cookie2") {
        const qsizetype eq = value.indexOf('=');
        const qsizetype semicolon = value.indexOf(';');
        if (eq < 0 || (semicolon >= 0 && semicolon < eq))
            return masked;
        return value.left(eq + 1) + masked + (semicolon < 0 ? QByteArray() : value.mid(semicolon));
    }
    return masked;
}

QString maskedUrl(const QString &url)
{
    QByteArray bytes = url.toUtf8();
    // http://user:PASSWORD@host/: the password in the authority, before any path.
    const qsizetype scheme = bytes.indexOf("://");
    if (scheme > 0) {
        const qsizetype authorityStart = scheme + 3;
        qsizetype authorityEnd = bytes.size();
        for (const char stop : {'/', '?', '#'}) {
            const qsizetype at = bytes.indexOf(stop, authorityStart);
            if (at >= 0)
                authorityEnd = qMin(authorityEnd, at);
        }
        const qsizetype atSign = bytes.lastIndexOf('@', authorityEnd - 1);
        if (atSign >= authorityStart) {
            const qsizetype colon = bytes.indexOf(':', authorityStart);
            if (colon >= 0 && colon < atSign)
                bytes = bytes.left(colon + 1) + masked + bytes.mid(atSign);
        }
    }
    return QString::fromUtf8(maskTarget(bytes));
}

QByteArray maskedForm(const QByteArray &form)
{
    return maskPairs(form, '&');
}

QByteArray maskedHead(const QByteArray &raw, bool isRequest)
{
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        end = end < 0 ? raw.size() : end + 1;
        QByteArray line = raw.mid(pos, end - pos);
        pos = end;
        QByteArray ending;
        while (line.endsWith('\n') || line.endsWith('\r')) {
            ending.prepend(line.back());
            line.chop(1);
        }
        if (first) {
            first = false;
            if (isRequest) {
                QList<QByteArray> parts = line.split(' ');
                if (parts.size() >= 2)
                    parts[1] = maskTarget(parts.at(1));
                line = parts.join(' ');
            }
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            const QByteArray name = line.left(colon);
            qsizetype valueStart = colon + 1;
            while (valueStart < line.size()
                   && (line.at(valueStart) == ' ' || line.at(valueStart) == '\t'))
                ++valueStart;
            const QByteArray value = line.mid(valueStart);
            line = line.left(valueStart) + maskedHeaderValue(name.trimmed(), value);
        }
        out += line + ending;
    }
    return out;
}

Exchange maskedExchange(const Exchange &exchange)
{
    Exchange copy = exchange;
    copy.request.url = maskedUrl(exchange.request.url);
    copy.effectiveUrl = maskedUrl(exchange.effectiveUrl);
    if (!copy.request.userPassword.isEmpty()) {
        const qsizetype colon = copy.request.userPassword.indexOf(':');
        copy.request.userPassword = copy.request.userPassword.left(colon + 1) + masked;
    }
    const QByteArray requestType = headerValueOf(copy.request, "Content-Type").toLower();
    if (copy.request.hasBody
        && (requestType.isEmpty() || requestType.startsWith("application/x-www-form-urlencoded")))
        copy.request.body = maskedForm(copy.request.body);
    if (copy.capture.captured) {
        copy.capture.clientRequest = maskedHead(copy.capture.clientRequest, true);
        copy.capture.clientResponse = maskedHead(copy.capture.clientResponse, false);
        const QByteArray clientType
                = headerValue(RequestHead::parse(copy.capture.clientRequest).headers, "Content-Type")
                          .toLower();
        if (clientType.isEmpty() || clientType.startsWith("application/x-www-form-urlencoded"))
            copy.capture.clientRequestBody = maskedForm(copy.capture.clientRequestBody);
    }
    for (Hop &hop : copy.hops) {
        hop.url = maskedUrl(hop.url);
        if (!hop.request.raw.isEmpty()) {
            hop.request = RequestHead::parse(maskedHead(hop.request.raw, true));
        } else { // a request that was never sent has parts but no bytes
            hop.request.target = maskTarget(hop.request.target);
            for (HeaderField &field : hop.request.headers)
                field.value = maskedHeaderValue(field.name, field.value);
        }
        // A body without a type is a form too: curl's -d and --data-urlencode send it as one,
        // and libcurl writes the Content-Type only as the request goes out.
        const QByteArray type = headerValue(hop.request.headers, "Content-Type").toLower();
        if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded"))
            hop.requestBody = maskedForm(hop.requestBody);
        for (ResponseHead &head : hop.interim)
            head = ResponseHead::parse(maskedHead(head.raw, false));
        if (hop.hasResponse)
            hop.response = ResponseHead::parse(maskedHead(hop.response.raw, false));
    }
    // The trace and libcurl's log repeat the heads; a shared exchange does not carry them.
    copy.trace.clear();
    copy.traceBytes.clear();
    copy.log.clear();
    copy.cookies.clear();
    return copy;
}

} // namespace HttpLens
