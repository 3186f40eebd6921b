#include "endpoints.h"

#include "compression.h"
#include "knowledge/reasonphrases.h"
#include "model/request.h"
#include "routehelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace HttpLens::Practice {

namespace {

constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
constexpr int kMaxRedirects = 50;

const char kPng[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52"
                    "\x00\x00\x00\x18\x00\x00\x00\x18\x08\x06\x00\x00\x00\xe0\x77\x3d"
                    "\xf8\x00\x00\x00\x57\x49\x44\x41\x54\x78\xda\x63\x60\x18\x11\x40"
                    "\x23\x6a\xc1\x7f\x6c\x98\x66\x06\x53\x6c\x11\xb1\x06\x93\x65\x11"
                    "\x36\x8d\x27\x1e\xfe\xc2\x8a\xc9\xb2\x84\x58\xc3\x71\x59\x42\x55"
                    "\xc3\x49\xb6\x84\x1c\xc3\xb1\x59\x42\x75\xc3\x89\xb2\x64\xd4\x82"
                    "\x11\x60\x01\xcd\x93\x29\x5d\x32\x1a\xcd\x8b\x0a\xba\x14\x76\x34"
                    "\x2f\xae\xe9\x52\xe1\xd0\xad\xca\x1c\x12\x00\x00\x75\x97\x8b\x86"
                    "\x1d\xae\x61\x99\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

const char kHtml[] = "<!doctype html>\n<html lang=\"en\">\n<head><meta "
                     "charset=\"utf-8\"><title>HTTP Lens practice page</title></head>\n"
                     "<body>\n<h1>HTTP Lens practice page</h1>\n<p>A small HTML document, served "
                     "with Content-Type: text/html.</p>\n"
                     "<ul><li><a href=\"/get\">/get</a></li><li><a "
                     "href=\"/lab/welcome\">/lab/welcome</a></li></ul>\n</body>\n</html>\n";
const char kXml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<library>\n  <book "
                    "id=\"rfc9110\">\n    <title>HTTP Semantics</title>\n"
                    "    <year>2022</year>\n  </book>\n  <book id=\"rfc9111\">\n    <title>HTTP "
                    "Caching</title>\n    <year>2022</year>\n  </book>\n</library>\n";
QJsonObject echo(const ParsedRequest &request, const RequestContext &context)
{
    QJsonObject args;
    for (const auto &item : queryItems(request)) {
        if (args.contains(item.first)) {
            QJsonValue existing = args.value(item.first);
            QJsonArray list = existing.isArray() ? existing.toArray() : QJsonArray{existing};
            list.append(item.second);
            args.insert(item.first, list);
        } else {
            args.insert(item.first, item.second);
        }
    }
    QJsonObject object{{QStringLiteral("args"), args},
                       {QStringLiteral("headers"), headersObject(request.headers)},
                       {QStringLiteral("method"), latin1(request.method)},
                       {QStringLiteral("origin"), latin1(context.peerAddress)},
                       {QStringLiteral("url"), latin1(baseUrl(request) + request.target)}};
    if (!request.body.isEmpty() || request.method != "GET") {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(request.body);
        object.insert(QStringLiteral("data"),
                      decoder.hasError() ? QStringLiteral("data:application/octet-stream;base64,")
                                                   + latin1(request.body.toBase64())
                                         : text);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        object.insert(QStringLiteral("json"),
                      error.error == QJsonParseError::NoError ? document.object() : QJsonValue());
        QJsonObject form;
        if (headerValue(request.headers, "Content-Type")
                    .startsWith("application/x-www-form-urlencoded")) {
            for (const auto &item : formItems(request.body))
                form.insert(item.first, item.second);
        }
        object.insert(QStringLiteral("form"), form);
    }
    return object;
}

} // namespace

QList<EndpointInfo> endpointList()
{
    return {
            {"GET /", QT_TRANSLATE_NOOP("HttpLens::Practice", "this list")},
            {"GET /get",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "echo the request as JSON: args, headers, origin, url")},
            {"POST /post, PUT /put, PATCH /patch, DELETE /delete",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "echo the request and its body (data, json, form)")},
            {"ANY /anything[/...]", QT_TRANSLATE_NOOP("HttpLens::Practice", "echo any method")},
            {"GET /headers, /ip, /user-agent",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "the request's headers, the client address, its User-Agent")},
            {"GET /status/{code}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "answer with any code from 100 to 999, including non-standard ones "
                               "such as 705")},
            {"GET /delay/{s}",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "answer after s seconds (at most 10)")},
            {"GET /bytes/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "n random bytes (at most 10 MiB); ?seed= makes them repeatable")},
            {"GET /redirect/{n}, /relative-redirect/{n}, /absolute-redirect/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "n redirects, then /get")},
            {"GET /redirect-to?url=&status_code=",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "redirect to url with a 3xx code (302 by default)")},
            {"GET /response-headers?name=value",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "answer with the given response headers")},
            {"GET /etag/{etag}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a resource with ETag \"{etag}\": If-None-Match and If-Match "
                               "evaluated for real")},
            {"GET /cache",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a resource with ETag and Last-Modified: send them back and get 304 "
                               "Not Modified")},
            {"GET /cache/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a response that may be cached for n seconds (Cache-Control: "
                               "public, max-age=n)")},
            {"GET /lab/{name}",
             QT_TRANSLATE_NOOP(
                     "HttpLens::Practice",
                     "a lab document with a strong ETag and Last-Modified that change only when it "
                     "changes")},
            {"PUT /lab/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "replace a lab document (honours If-Match: 412 when someone changed "
                               "it first)")},
            {"GET /lab/login, POST /lab/login",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "the cookie lab: log in (any user, password lens) for a session and "
                               "a signed cookie")},
            {"GET /lab/private, POST /lab/logout",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a page that needs the session cookie (401 without it); logging out "
                               "deletes it")},
            {"GET /crawl/plain/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a lab document without ETag or Last-Modified: a crawler can only "
                               "compare hashes")},
            {"GET /crawl/ignoring/{name}",
             QT_TRANSLATE_NOOP(
                     "HttpLens::Practice",
                     "a lab document with validators, answered 200 whatever If-None-Match says")},
            {"GET /crawl/no-head/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a lab document that answers HEAD with 405 Method Not Allowed, as "
                               "some servers do")},
            {"GET /crawl/retry-after/{s}?key=K&status=429",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "429 (or 503) with Retry-After: s the first time a key is asked "
                               "for, then 200")},
            {"GET /connections",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "how many connections are open, from your address, and the most you "
                               "held at once")},
            {"GET /cookies, /cookies/set?name=value, /cookies/delete?name",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "show, set and delete cookies")},
            {"GET /basic-auth/{user}/{password}, /bearer",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "401 with WWW-Authenticate until the right Authorization is sent")},
            {"GET /gzip, /deflate, /brotli",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a body with Content-Encoding gzip, deflate or br")},
            {"GET /range/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "n bytes that honour Range and If-Range: 206, 200 or 416")},
            {"GET /stream/{n}, /drip?numbytes=&duration=",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "n JSON lines in chunks; bytes trickling in over a few seconds")},
            {"GET /html, /json, /xml, /image/png",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "sample documents of each type")},
            {"GET /fault/{name}",
             QT_TRANSLATE_NOOP(
                     "HttpLens::Practice",
                     "broken responses: short-body, truncated, bad-chunk, reset, huge-header, "
                     "bad-status-line, redirect-loop, interim, gzip-bomb")},
    };
}

Endpoints::Endpoints(Lab *lab)
    : m_lab(lab)
    , m_started(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC))
{
    m_secret = randomBytes(32);
}

// A signed value in the style of itsdangerous (Flask's session cookie): the payload and a
// timestamp are readable base64; the HMAC after them proves the server wrote both.
Response Endpoints::parseError(int status, const QString &message)
{
    Response response = Response::text(status, message.toUtf8() + '\n');
    response.headers.prepend(HeaderField{"Date", formatHttpDate(QDateTime::currentDateTimeUtc())});
    response.close = true;
    response.addHeader("Connection", "close");
    return response;
}

Response Endpoints::handle(const ParsedRequest &request, const RequestContext &context)
{
    const LanguageScope language(acceptedLanguage(headerValues(request.headers, "Accept-Language")));
    Response response = route(request, context);
    language.negotiate(&response);
    // Every response carries Date (RFC 9110 §6.6.1), first, where readers look for it.
    response.headers.prepend(HeaderField{"Date", formatHttpDate(QDateTime::currentDateTimeUtc())});
    if (!request.keepAlive || response.close) {
        response.close = true;
        response.setHeader("Connection", "close");
    }
    return response;
}

Response Endpoints::conditional(const ParsedRequest &request,
                                const Validators &validators,
                                Response ok,
                                const QByteArray &cacheControl)
{
    QList<HeaderField> validatorHeaders;
    if (!validators.etag.opaque.isEmpty())
        validatorHeaders.append(HeaderField{"ETag", validators.etag.toHeader()});
    if (validators.lastModified.isValid())
        validatorHeaders.append(
                HeaderField{"Last-Modified", formatHttpDate(validators.lastModified)});
    if (!cacheControl.isEmpty())
        validatorHeaders.append(HeaderField{"Cache-Control", cacheControl});

    const PreconditionResult result = evaluatePreconditions(request.method,
                                                            request.headers,
                                                            validators);
    Response response;
    switch (result.outcome) {
    case PreconditionResult::Outcome::NotModified:
        // RFC 9110 §15.4.5: the validators and Cache-Control a 200 would carry, and no body.
        response.status = 304;
        response.headers = validatorHeaders;
        break;
    case PreconditionResult::Outcome::PreconditionFailed:
        response = sayText(412, result.reasonSaid());
        response.headers.append(validatorHeaders);
        break;
    case PreconditionResult::Outcome::Proceed:
        response = std::move(ok);
        response.headers.append(validatorHeaders);
        break;
    }
    if (!result.decidedBy.isEmpty())
        response.addHeader("X-Precondition", result.reason.toUtf8());
    return response;
}

Response Endpoints::lab(const ParsedRequest &request, const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 64 || !isToken(name))
        return sayText(404,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "Lab documents are named with letters, digits and -._~ "
                                         "(at most 64)."));
    if (methodIn(request.method, {"GET", "HEAD"})) {
        const Lab::Document &document = m_lab->document(name);
        return conditional(request,
                           document.validators(),
                           Response::text(200, document.body(), document.contentType),
                           "no-cache");
    }
    if (request.method == "PUT") {
        Validators current;
        current.exists = m_lab->contains(name);
        if (current.exists)
            current = m_lab->document(name).validators();
        const PreconditionResult check = evaluatePreconditions(request.method,
                                                               request.headers,
                                                               current);
        if (check.outcome != PreconditionResult::Outcome::Proceed) {
            Response response = sayText(412, check.reasonSaid());
            if (current.exists)
                response.addHeader("ETag", current.etag.toHeader());
            response.addHeader("X-Precondition", check.reason.toUtf8());
            return response;
        }
        const bool existed = current.exists;
        m_lab->edit(name, request.body, headerValue(request.headers, "Content-Type"));
        const Lab::Document &document = m_lab->document(name);
        const Validators now = document.validators();
        Response response = sayText(existed ? 200 : 201,
                                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                          "Lab document \"%1\" is now version %2."))
                                            .arg(QString::fromUtf8(name))
                                            .arg(document.version));
        response.addHeader("ETag", now.etag.toHeader());
        response.addHeader("Last-Modified", formatHttpDate(now.lastModified));
        if (!existed)
            response.addHeader("Location", "/lab/" + name);
        return response;
    }
    return methodNotAllowed("GET, HEAD, PUT");
}

Response Endpoints::route(const ParsedRequest &request, const RequestContext &context)
{
    const QByteArray path = request.path();
    const QList<QByteArray> segments = path.mid(1).split('/');
    const QByteArray first = segments.value(0);
    const QByteArray second = segments.value(1);
    const QByteArray &method = request.method;

    if (path == "/") {
        QByteArray body = say(QT_TRANSLATE_NOOP("HttpLens::Practice", "HTTP Lens practice server"))
                                  .toUtf8()
                          + "\n\n";
        for (const EndpointInfo &info : endpointList())
            body += QByteArray(info.pattern).leftJustified(64) + "  "
                    + say(info.description).toUtf8() + '\n';
        return Response::text(200, body);
    }
    if (path == "/get")
        return methodIn(method, {"GET", "HEAD"}) ? json(200, echo(request, context))
                                                 : methodNotAllowed("GET, HEAD");
    if (path == "/post" || path == "/put" || path == "/patch" || path == "/delete") {
        const QByteArray expected = path.mid(1).toUpper();
        return method == expected ? json(200, echo(request, context)) : methodNotAllowed(expected);
    }
    if (first == "anything")
        return json(200, echo(request, context));
    if (path == "/headers")
        return json(200, QJsonObject{{QStringLiteral("headers"), headersObject(request.headers)}});
    if (path == "/ip")
        return json(200, QJsonObject{{QStringLiteral("origin"), latin1(context.peerAddress)}});
    if (path == "/user-agent")
        return json(200,
                    QJsonObject{{QStringLiteral("user-agent"),
                                 latin1(headerValue(request.headers, "User-Agent"))}});

    if (first == "status" && segments.size() == 2) {
        const int code = pathNumber(second);
        if (code < 100 || code > 999)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "Use a status code from 100 to 999."));
        if (code == 101)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "101 Switching Protocols ends HTTP on the connection; "
                                             "it needs an Upgrade request."));
        if (code < 200) {
            // 1xx are interim: sent ahead of the final response, which follows at once.
            Response response = sayText(200,
                                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                              "The interim %1 response came first; "
                                                              "this is the final one."))
                                                .arg(QString::fromLatin1(second)));
            response.interim.append("HTTP/1.1 " + second + ' ' + standardReasonPhrase(code)
                                    + "\r\n\r\n");
            return response;
        }
        const QByteArray phrase = standardReasonPhrase(code);
        Response response = sayText(
                code,
                phrase.isEmpty()
                        ? say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                "Status %1 (not a registered status code)."))
                                  .arg(code)
                        : say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Status %1 %2."))
                                  .arg(code)
                                  .arg(QString::fromLatin1(phrase)));
        if (code == 301 || code == 302 || code == 303 || code == 307 || code == 308)
            response.addHeader("Location", "/get");
        else if (code == 401)
            response.addHeader("WWW-Authenticate", "Basic realm=\"practice\"");
        else if (code == 405)
            response.addHeader("Allow", "GET, HEAD");
        else if (code == 407)
            response.addHeader("Proxy-Authenticate", "Basic realm=\"practice\"");
        else if (code == 429 || code == 503)
            response.addHeader("Retry-After", "5");
        else if (code == 416)
            response.addHeader("Content-Range", "bytes */0");
        return response;
    }
    if (first == "delay" && segments.size() == 2) {
        bool ok = false;
        const double seconds = QString::fromLatin1(second).toDouble(&ok);
        // NaN passes both comparisons: refused by name, like every non-finite number.
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 10)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "Use a delay from 0 to 10 seconds."));
        Response response = json(200, echo(request, context));
        response.delayMs = int(seconds * 1000);
        return response;
    }
    if (first == "bytes" && segments.size() == 2) {
        const int count = pathNumber(second);
        if (count < 0 || count > kMaxBytes)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "Use a byte count from 0 to 10485760."));
        bool seeded = false;
        const quint32 seed = queryValue(request, QStringLiteral("seed")).toUInt(&seeded);
        QRandomGenerator random = seeded ? QRandomGenerator(seed)
                                         : QRandomGenerator::securelySeeded();
        QByteArray bytes(count, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        return Response::text(200, bytes, "application/octet-stream");
    }
    if ((first == "redirect" || first == "relative-redirect" || first == "absolute-redirect")
        && segments.size() == 2) {
        const int count = pathNumber(second);
        if (count < 1 || count > kMaxRedirects)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice", "Use from 1 to 50 redirects."));
        const bool absolute = first == "absolute-redirect";
        const QByteArray next = count == 1
                                        ? QByteArray("/get")
                                        : '/' + (absolute ? first : QByteArray("relative-redirect"))
                                                  + '/' + QByteArray::number(count - 1);
        Response response = sayText(302,
                                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                          "Redirecting to %1."))
                                            .arg(QString::fromUtf8(next)));
        response.addHeader("Location", absolute ? baseUrl(request) + next : next);
        return response;
    }
    if (path == "/redirect-to") {
        const QByteArray target = queryValue(request, QStringLiteral("url")).toUtf8();
        const QString statusText = queryValue(request, QStringLiteral("status_code"));
        const int code = statusText.isEmpty() ? 302 : statusText.toInt();
        if (target.isEmpty() || target.contains('\r') || target.contains('\n')
            || target.contains('\0'))
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "Give ?url= without control characters."));
        if (code < 300 || code > 399)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "status_code must be from 300 to 399."));
        Response response = sayText(code,
                                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                          "Redirecting to %1."))
                                            .arg(QString::fromUtf8(target)));
        response.addHeader("Location", target);
        return response;
    }
    if (path == "/response-headers") {
        Response response = json(200, QJsonObject());
        QJsonObject shown;
        for (const auto &item : queryItems(request)) {
            const QByteArray name = item.first.toUtf8();
            const QByteArray value = item.second.toUtf8();
            if (!isToken(name) || value.contains('\r') || value.contains('\n')
                || value.contains('\0'))
                return sayText(400,
                               QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                 "Header names must be tokens and values free of "
                                                 "CR, LF and NUL."));
            response.addHeader(name, value);
            shown.insert(item.first, item.second);
        }
        response.body = jsonBytes(shown);
        return response;
    }
    if (first == "etag" && segments.size() == 2) {
        if (!methodIn(method, {"GET", "HEAD"}))
            return methodNotAllowed("GET, HEAD");
        Validators validators;
        validators.etag = {'"' + second + '"', false};
        bool ok = false;
        EntityTag::parse(validators.etag.opaque, &ok);
        if (!ok)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "The ETag may not contain spaces, quotes or control "
                                             "characters."));
        return conditional(request, validators, json(200, echo(request, context)), QByteArray());
    }
    if (path == "/cache") {
        if (!methodIn(method, {"GET", "HEAD"}))
            return methodNotAllowed("GET, HEAD");
        Validators validators;
        validators.etag = {'"' + QByteArray::number(m_started.toSecsSinceEpoch(), 16) + '"', false};
        validators.lastModified = m_started;
        return conditional(request, validators, json(200, echo(request, context)), "no-cache");
    }
    if (first == "cache" && segments.size() == 2) {
        const int seconds = pathNumber(second);
        if (seconds < 0)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "Use a whole number of seconds."));
        Response response = json(200, echo(request, context));
        response.addHeader("Cache-Control", "public, max-age=" + second);
        return response;
    }
    if (first == "lab" && segments.size() == 2
        && (second == "login" || second == "private" || second == "logout"))
        return cookieLab(request, second);
    if (first == "lab" && segments.size() == 2)
        return lab(request, second);
    bool handled = false;
    Response response = content(request, context, &handled);
    if (handled)
        return response;
    response = faults(request, &handled);
    if (handled)
        return response;
    response = crawl(request, context, &handled);
    if (handled)
        return response;
    return sayText(404,
                   QT_TRANSLATE_NOOP("HttpLens::Practice",
                                     "No such endpoint. GET / lists them all."));
}

Response Endpoints::range(const ParsedRequest &request, int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    Validators validators;
    validators.etag = {"\"range-" + QByteArray::number(size) + '"', false};
    validators.lastModified = m_started;
    Response response = Response::text(200, data, "application/octet-stream");
    response.addHeader("Accept-Ranges", "bytes");
    response.addHeader("ETag", validators.etag.toHeader());
    response.addHeader("Last-Modified", formatHttpDate(validators.lastModified));

    const QList<QByteArray> ranges = headerValues(request.headers, "Range");
    if (ranges.size() != 1 || !ranges.first().startsWith("bytes=")
        || !methodIn(request.method, {"GET", "HEAD"}))
        return response;
    const QList<QByteArray> ifRange = headerValues(request.headers, "If-Range");
    if (!ifRange.isEmpty() && !ifRangeAllows(ifRange.first(), validators))
        return response; // RFC 9110 §13.1.5: the representation changed, so the whole of it
    const QList<QByteArray> specs = ranges.first().mid(6).split(',');
    if (specs.size() != 1)
        return response; // several ranges would need multipart/byteranges; the whole is allowed
    const QByteArray spec = specs.first().trimmed();
    const qsizetype dash = spec.indexOf('-');
    // RFC 9110 §14.1.1: int-range = first-pos "-" [ last-pos ], suffix-range = "-" suffix-length,
    // each 1*DIGIT. A range that is not valid is ignored (200 and the whole), not refused.
    auto digits = [](const QByteArray &text, qint64 *value) {
        if (text.isEmpty() || text.size() > 15
            || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        *value = text.toLongLong();
        return true;
    };
    qint64 start = 0;
    qint64 end = 0;
    const bool okStart = dash > 0 && digits(spec.left(dash), &start);
    const bool okEnd = dash >= 0 && digits(spec.mid(dash + 1), &end);
    if (dash < 0 || (!okStart && !okEnd) || (okStart && okEnd && end < start)
        || (dash > 0 && !okStart) || (!okEnd && dash + 1 < spec.size()))
        return response; // not a valid range: ignored
    if (!okStart) {      // suffix: the last N bytes
        start = qMax<qint64>(0, size - end);
        end = size - 1;
    } else if (!okEnd) {
        end = size - 1;
    }
    end = qMin<qint64>(end, size - 1);
    if (start >= size || start > end) {
        Response unsatisfiable
                = sayText(416,
                          say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                "The range %1 lies outside the %2 bytes."))
                                  .arg(QString::fromLatin1(spec))
                                  .arg(size));
        unsatisfiable.addHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return unsatisfiable;
    }
    response.status = 206;
    response.body = data.mid(start, end - start + 1);
    response.addHeader("Content-Range",
                       "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/'
                               + QByteArray::number(size));
    return response;
}

Response Endpoints::content(const ParsedRequest &request,
                            const RequestContext &context,
                            bool *handled)
{
    *handled = true;
    const QByteArray path = request.path();
    const QList<QByteArray> segments = path.mid(1).split('/');
    const QByteArray first = segments.value(0);
    const QByteArray second = segments.value(1);

    if (path == "/html")
        return Response::text(200, kHtml, "text/html; charset=utf-8");
    if (path == "/xml")
        return Response::text(200, kXml, "application/xml");
    if (path == "/json")
        return json(200,
                    QJsonObject{{QStringLiteral("slideshow"),
                                 QJsonObject{{QStringLiteral("title"),
                                              QStringLiteral("HTTP in five slides")},
                                             {QStringLiteral("slides"),
                                              QJsonArray{QStringLiteral("request"),
                                                         QStringLiteral("response"),
                                                         QStringLiteral("status"),
                                                         QStringLiteral("headers"),
                                                         QStringLiteral("caching")}}}}});
    if (path == "/image/png")
        return Response::text(200, QByteArray(kPng, sizeof kPng - 1), "image/png");
    if (path == "/gzip" || path == "/deflate" || path == "/brotli") {
        const QByteArray coding = path == "/gzip" ? "gzip" : path == "/deflate" ? "deflate" : "br";
        QJsonObject object = echo(request, context);
        object.insert(coding == "gzip"      ? QStringLiteral("gzipped")
                      : coding == "deflate" ? QStringLiteral("deflated")
                                            : QStringLiteral("brotli"),
                      true);
        const QByteArray plain = jsonBytes(object);
        const QByteArray encoded = coding == "gzip"      ? gzipEncode(plain)
                                   : coding == "deflate" ? deflateEncode(plain)
                                                         : brotliEncode(plain);
        Response response = Response::text(200, encoded, "application/json");
        response.addHeader("Content-Encoding", coding);
        return response;
    }
    if (path == "/cookies")
        return json(200,
                    QJsonObject{{QStringLiteral("cookies"), [&] {
                                     QJsonObject cookies;
                                     for (const QByteArray &header :
                                          headerValues(request.headers, "Cookie")) {
                                         for (const QByteArray &pair : header.split(';')) {
                                             const qsizetype eq = pair.indexOf('=');
                                             if (eq > 0)
                                                 cookies.insert(latin1(pair.left(eq).trimmed()),
                                                                latin1(pair.mid(eq + 1).trimmed()));
                                         }
                                     }
                                     return cookies;
                                 }()}});
    if (path == "/cookies/set" || path == "/cookies/delete") {
        Response response = sayText(302,
                                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Redirecting to /cookies."));
        response.addHeader("Location", "/cookies");
        for (const auto &item : queryItems(request)) {
            const QByteArray name = item.first.toUtf8();
            const QByteArray value = item.second.toUtf8();
            if (!isToken(name) || value.contains(';') || value.contains('\r')
                || value.contains('\n') || value.contains('\0'))
                return sayText(400,
                               QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                 "Cookie names must be tokens and values free of "
                                                 "';', CR, LF and NUL."));
            response.addHeader("Set-Cookie",
                               path == "/cookies/set"
                                       ? QByteArray(name + '=' + value + "; Path=/")
                                       : QByteArray(name
                                                    + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan "
                                                      "1970 00:00:00 GMT"));
        }
        return response;
    }
    if (first == "basic-auth" && segments.size() == 3) {
        const QByteArray expected = "Basic " + QByteArray(second + ':' + segments.at(2)).toBase64();
        if (headerValue(request.headers, "Authorization") == expected)
            return json(200,
                        QJsonObject{{QStringLiteral("authenticated"), true},
                                    {QStringLiteral("user"), latin1(second)}});
        Response response = sayText(401,
                                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                          "Send Authorization: Basic with %1 and "
                                                          "the password in the URL."))
                                            .arg(QString::fromUtf8(second)));
        response.addHeader("WWW-Authenticate", "Basic realm=\"practice\"");
        return response;
    }
    if (path == "/bearer") {
        const QByteArray authorization = headerValue(request.headers, "Authorization");
        if (authorization.startsWith("Bearer ") && authorization.size() > 7)
            return json(200,
                        QJsonObject{{QStringLiteral("authenticated"), true},
                                    {QStringLiteral("token"), latin1(authorization.mid(7))}});
        Response response = sayText(401,
                                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Send Authorization: Bearer TOKEN."));
        response.addHeader("WWW-Authenticate", "Bearer realm=\"practice\"");
        return response;
    }
    if (first == "range" && segments.size() == 2) {
        const int size = pathNumber(second);
        if (size < 1 || size > 1024 * 1024)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice", "Use from 1 to 1048576 bytes."));
        return range(request, size);
    }
    if (first == "stream" && segments.size() == 2) {
        const int count = pathNumber(second);
        if (count < 0 || count > 100)
            return sayText(400, QT_TRANSLATE_NOOP("HttpLens::Practice", "Use from 0 to 100 lines."));
        QList<QByteArray> lines;
        for (int i = 0; i < count; ++i) {
            QJsonObject object = echo(request, context);
            object.insert(QStringLiteral("id"), i);
            lines.append(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        }
        Response response = Response::text(200, chunked(lines), "application/json");
        response.addHeader("Transfer-Encoding", "chunked");
        return response;
    }
    if (path == "/drip") {
        const int bytes = queryValue(request, QStringLiteral("numbytes")).isEmpty()
                                  ? 10
                                  : queryValue(request, QStringLiteral("numbytes")).toInt();
        bool durationOk = true;
        const double duration = queryValue(request, QStringLiteral("duration")).isEmpty()
                                        ? 2.0
                                        : queryValue(request, QStringLiteral("duration"))
                                                  .toDouble(&durationOk);
        if (bytes < 1 || bytes > 10000 || !durationOk || !std::isfinite(duration) || duration < 0
            || duration > 10)
            return sayText(
                    400,
                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                      "numbytes from 1 to 10000, duration from 0 to 10 seconds."));
        Response response = Response::text(200, QByteArray(bytes, '*'), "application/octet-stream");
        response.dripPieces = qMin(bytes, 50);
        response.dripIntervalMs = int(duration * 1000 / response.dripPieces);
        return response;
    }
    *handled = false;
    return {};
}

} // namespace HttpLens::Practice
