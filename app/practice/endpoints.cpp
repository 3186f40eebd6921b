#include "endpoints.h"

#include "knowledge/reasonphrases.h"
#include "model/request.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QUrlQuery>

namespace HttpLens::Practice {

namespace {

constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
constexpr int kMaxRedirects = 50;

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Response json(int status, const QJsonObject &object)
{
    return Response::text(status, jsonBytes(object), "application/json");
}

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QList<std::pair<QString, QString>> queryItems(const ParsedRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.query())).queryItems(QUrl::FullyDecoded);
}

QString queryValue(const ParsedRequest &request, const QString &key)
{
    for (const auto &item : queryItems(request)) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QByteArray baseUrl(const ParsedRequest &request)
{
    const QByteArray host = headerValue(request.headers, "Host");
    return "http://" + (host.isEmpty() ? QByteArray("127.0.0.1") : host);
}

QJsonObject headersObject(const HeaderList &headers)
{
    // Names as the client spelled them; repeated fields joined as RFC 9110 §5.3 allows.
    QJsonObject object;
    for (const HeaderField &field : headers) {
        const QString name = latin1(field.name);
        const QString value = latin1(field.value);
        object.insert(name,
                      object.contains(name)
                              ? object.value(name).toString() + QStringLiteral(", ") + value
                              : value);
    }
    return object;
}

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
            QByteArray formText = request.body;
            formText.replace('+', ' ');
            for (const auto &item :
                 QUrlQuery(QString::fromUtf8(formText)).queryItems(QUrl::FullyDecoded))
                form.insert(item.first, item.second);
        }
        object.insert(QStringLiteral("form"), form);
    }
    return object;
}

Response methodNotAllowed(const QByteArray &allow)
{
    Response response = Response::text(405, "This endpoint accepts " + allow + ".\n");
    response.addHeader("Allow", allow);
    return response;
}

bool methodIn(const QByteArray &method, std::initializer_list<const char *> allowed)
{
    for (const char *name : allowed) {
        if (method == name)
            return true;
    }
    return false;
}

// A whole number from a path segment, or -1.
int pathNumber(const QByteArray &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && !text.isEmpty() && text.size() <= 9 && !text.startsWith('+')
                           && !text.startsWith('-')
                   ? value
                   : -1;
}

} // namespace

QList<EndpointInfo> endpointList()
{
    return {
            {"GET /", "this list"},
            {"GET /get", "echo the request as JSON: args, headers, origin, url"},
            {"POST /post, PUT /put, PATCH /patch, DELETE /delete",
             "echo the request and its body (data, json, form)"},
            {"ANY /anything[/...]", "echo any method"},
            {"GET /headers, /ip, /user-agent",
             "the request's headers, the client address, its User-Agent"},
            {"GET /status/{code}",
             "answer with any code from 100 to 999, including non-standard ones such as 705"},
            {"GET /delay/{s}", "answer after s seconds (at most 10)"},
            {"GET /bytes/{n}", "n random bytes (at most 10 MiB); ?seed= makes them repeatable"},
            {"GET /redirect/{n}, /relative-redirect/{n}, /absolute-redirect/{n}",
             "n redirects, then /get"},
            {"GET /redirect-to?url=&status_code=",
             "redirect to url with a 3xx code (302 by default)"},
            {"GET /response-headers?name=value", "answer with the given response headers"},
            {"GET /etag/{etag}",
             "a resource with ETag \"{etag}\": If-None-Match and If-Match evaluated for real"},
            {"GET /cache",
             "a resource with ETag and Last-Modified: send them back and get 304 Not Modified"},
            {"GET /cache/{n}",
             "a response that may be cached for n seconds (Cache-Control: public, max-age=n)"},
            {"GET /lab/{name}",
             "a lab document with a strong ETag and Last-Modified that change only when it "
             "changes"},
            {"PUT /lab/{name}",
             "replace a lab document (honours If-Match: 412 when someone changed it first)"},
    };
}

Endpoints::Endpoints(Lab *lab)
    : m_lab(lab)
    , m_started(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC))
{}

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
    Response response = route(request, context);
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
        response = Response::text(412, result.reason.toUtf8() + '\n');
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
        return Response::text(
                404, "Lab documents are named with letters, digits and -._~ (at most 64).\n");
    if (methodIn(request.method, {"GET", "HEAD"})) {
        const Lab::Document &document = m_lab->document(name);
        return conditional(request,
                           document.validators(),
                           Response::text(200, document.content, document.contentType),
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
            Response response = Response::text(412, check.reason.toUtf8() + '\n');
            if (current.exists)
                response.addHeader("ETag", current.etag.toHeader());
            response.addHeader("X-Precondition", check.reason.toUtf8());
            return response;
        }
        const bool existed = current.exists;
        m_lab->edit(name, request.body, headerValue(request.headers, "Content-Type"));
        const Lab::Document &document = m_lab->document(name);
        const Validators now = document.validators();
        Response response = Response::text(existed ? 200 : 201,
                                           "Lab document \"" + name + "\" is now version "
                                                   + QByteArray::number(document.version) + ".\n");
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
        QByteArray body = "HTTP Lens practice server\n\n";
        for (const EndpointInfo &info : endpointList())
            body += QByteArray(info.pattern).leftJustified(64) + "  " + info.description + '\n';
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
            return Response::text(400, "Use a status code from 100 to 999.\n");
        if (code == 101)
            return Response::text(400,
                                  "101 Switching Protocols ends HTTP on the connection; it needs "
                                  "an Upgrade request.\n");
        if (code < 200) {
            // 1xx are interim: sent ahead of the final response, which follows at once.
            Response response
                    = Response::text(200,
                                     "The interim " + second
                                             + " response came first; this is the final one.\n");
            response.interim.append("HTTP/1.1 " + second + ' ' + standardReasonPhrase(code)
                                    + "\r\n\r\n");
            return response;
        }
        const QByteArray phrase = standardReasonPhrase(code);
        Response response = Response::text(code,
                                           "Status " + second
                                                   + (phrase.isEmpty() ? QByteArray(
                                                              " (not a registered status code)")
                                                                       : ' ' + phrase)
                                                   + ".\n");
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
        if (!ok || seconds < 0 || seconds > 10)
            return Response::text(400, "Use a delay from 0 to 10 seconds.\n");
        Response response = json(200, echo(request, context));
        response.delayMs = int(seconds * 1000);
        return response;
    }
    if (first == "bytes" && segments.size() == 2) {
        const int count = pathNumber(second);
        if (count < 0 || count > kMaxBytes)
            return Response::text(400, "Use a byte count from 0 to 10485760.\n");
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
            return Response::text(400, "Use from 1 to 50 redirects.\n");
        const bool absolute = first == "absolute-redirect";
        const QByteArray next = count == 1
                                        ? QByteArray("/get")
                                        : '/' + (absolute ? first : QByteArray("relative-redirect"))
                                                  + '/' + QByteArray::number(count - 1);
        Response response = Response::text(302, "Redirecting to " + next + ".\n");
        response.addHeader("Location", absolute ? baseUrl(request) + next : next);
        return response;
    }
    if (path == "/redirect-to") {
        const QByteArray target = queryValue(request, QStringLiteral("url")).toUtf8();
        const QString statusText = queryValue(request, QStringLiteral("status_code"));
        const int code = statusText.isEmpty() ? 302 : statusText.toInt();
        if (target.isEmpty() || target.contains('\r') || target.contains('\n')
            || target.contains('\0'))
            return Response::text(400, "Give ?url= without control characters.\n");
        if (code < 300 || code > 399)
            return Response::text(400, "status_code must be from 300 to 399.\n");
        Response response = Response::text(code, "Redirecting to " + target + ".\n");
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
                return Response::text(
                        400, "Header names must be tokens and values free of CR, LF and NUL.\n");
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
            return Response::text(
                    400, "The ETag may not contain spaces, quotes or control characters.\n");
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
            return Response::text(400, "Use a whole number of seconds.\n");
        Response response = json(200, echo(request, context));
        response.addHeader("Cache-Control", "public, max-age=" + second);
        return response;
    }
    if (first == "lab" && segments.size() == 2)
        return lab(request, second);
    return Response::text(404, "No such endpoint. GET / lists them all.\n");
}

} // namespace HttpLens::Practice
