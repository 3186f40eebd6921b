// Routes that answer with what the request said, as httpbin does, plus any status code, a late
// answer, random bytes, chosen response headers, cookies and authentication.
#include "routetable.h"

#include "knowledge/reasonphrases.h"
#include "model/request.h"
#include "routehelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <cmath>

namespace HttpLens::Practice {

namespace {

constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

QJsonObject argsObject(const ParsedRequest &request)
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
    return args;
}

void addBody(const ParsedRequest &request, QJsonObject *object)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(request.body);
    object->insert(QStringLiteral("data"),
                   decoder.hasError() ? QStringLiteral("data:application/octet-stream;base64,")
                                                + latin1(request.body.toBase64())
                                      : text);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    object->insert(QStringLiteral("json"),
                   error.error == QJsonParseError::NoError ? document.object() : QJsonValue());
    QJsonObject form;
    if (headerValue(request.headers, "Content-Type").startsWith("application/x-www-form-urlencoded")) {
        for (const auto &item : formItems(request.body))
            form.insert(item.first, item.second);
    }
    object->insert(QStringLiteral("form"), form);
}

Response echoed(const RouteCall &call)
{
    return json(200, echo(call.request, call.context));
}

Response status(const RouteCall &call)
{
    const QByteArray text = call.capture(0);
    const int code = pathNumber(text);
    if (code < 100 || code > 999)
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "Use a status code from 100 to 999."));
    if (code == 101)
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "101 Switching Protocols ends HTTP on the connection; it "
                                         "needs an Upgrade request."));
    if (code < 200) {
        // 1xx are interim: sent ahead of the final response, which follows at once.
        Response response = sayText(200,
                                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                          "The interim %1 response came first; "
                                                          "this is the final one."))
                                            .arg(QString::fromLatin1(text)));
        response.interim.append("HTTP/1.1 " + text + ' ' + standardReasonPhrase(code) + "\r\n\r\n");
        return response;
    }
    const QByteArray phrase = standardReasonPhrase(code);
    Response response
            = sayText(code,
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

Response delay(const RouteCall &call)
{
    bool ok = false;
    const double seconds = QString::fromLatin1(call.capture(0)).toDouble(&ok);
    // NaN passes both comparisons: refused by name, like every non-finite number.
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 10)
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice", "Use a delay from 0 to 10 seconds."));
    Response response = echoed(call);
    response.delayMs = int(seconds * 1000);
    return response;
}

Response bytes(const RouteCall &call)
{
    const int count = pathNumber(call.capture(0));
    if (count < 0 || count > kMaxBytes)
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "Use a byte count from 0 to 10485760."));
    bool seeded = false;
    const quint32 seed = queryValue(call.request, QStringLiteral("seed")).toUInt(&seeded);
    QRandomGenerator random = seeded ? QRandomGenerator(seed) : QRandomGenerator::securelySeeded();
    QByteArray data(count, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    return Response::text(200, data, "application/octet-stream");
}

Response responseHeaders(const RouteCall &call)
{
    Response response = json(200, QJsonObject());
    QJsonObject shown;
    for (const auto &item : queryItems(call.request)) {
        const QByteArray name = item.first.toUtf8();
        const QByteArray value = item.second.toUtf8();
        if (!isToken(name) || value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "Header names must be tokens and values free of CR, "
                                             "LF and NUL."));
        response.addHeader(name, value);
        shown.insert(item.first, item.second);
    }
    response.body = jsonBytes(shown);
    return response;
}

Response cookies(const RouteCall &call)
{
    QJsonObject cookies;
    for (const QByteArray &header : headerValues(call.request.headers, "Cookie")) {
        for (const QByteArray &pair : header.split(';')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                cookies.insert(latin1(pair.left(eq).trimmed()), latin1(pair.mid(eq + 1).trimmed()));
        }
    }
    return json(200, QJsonObject{{QStringLiteral("cookies"), cookies}});
}

Response setCookies(const RouteCall &call, bool set)
{
    Response response = sayText(302,
                                QT_TRANSLATE_NOOP("HttpLens::Practice", "Redirecting to /cookies."));
    response.addHeader("Location", "/cookies");
    for (const auto &item : queryItems(call.request)) {
        const QByteArray name = item.first.toUtf8();
        const QByteArray value = item.second.toUtf8();
        if (!isToken(name) || value.contains(';') || value.contains('\r') || value.contains('\n')
            || value.contains('\0'))
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "Cookie names must be tokens and values free of ';', "
                                             "CR, LF and NUL."));
        response.addHeader("Set-Cookie",
                           set ? QByteArray(name + '=' + value + "; Path=/")
                               : QByteArray(name
                                            + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 "
                                              "00:00:00 GMT"));
    }
    return response;
}

Response basicAuth(const RouteCall &call)
{
    const QByteArray user = call.capture(0);
    const QByteArray expected = "Basic " + QByteArray(user + ':' + call.capture(1)).toBase64();
    if (headerValue(call.request.headers, "Authorization") == expected)
        return json(200,
                    QJsonObject{{QStringLiteral("authenticated"), true},
                                {QStringLiteral("user"), latin1(user)}});
    Response response = sayText(401,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Send Authorization: Basic with %1 and the "
                                                      "password in the URL."))
                                        .arg(QString::fromUtf8(user)));
    response.addHeader("WWW-Authenticate", "Basic realm=\"practice\"");
    return response;
}

Response bearer(const RouteCall &call)
{
    const QByteArray authorization = headerValue(call.request.headers, "Authorization");
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

Response requestHeaders(const RouteCall &call)
{
    return json(200, {{QStringLiteral("headers"), headersObject(call.request.headers)}});
}

Response clientAddress(const RouteCall &call)
{
    return json(200, {{QStringLiteral("origin"), latin1(call.context.peerAddress)}});
}

Response userAgent(const RouteCall &call)
{
    return json(200,
                {{QStringLiteral("user-agent"),
                  latin1(headerValue(call.request.headers, "User-Agent"))}});
}

Response connections(const RouteCall &call)
{
    return json(200,
                {{QStringLiteral("open"), call.context.openConnections},
                 {QStringLiteral("fromYou"), call.context.openFromPeer},
                 {QStringLiteral("mostFromYou"), call.context.mostFromPeer}});
}

} // namespace

QJsonObject echo(const ParsedRequest &request, const RequestContext &context)
{
    QJsonObject object{{QStringLiteral("args"), argsObject(request)},
                       {QStringLiteral("headers"), headersObject(request.headers)},
                       {QStringLiteral("method"), latin1(request.method)},
                       {QStringLiteral("origin"), latin1(context.peerAddress)},
                       {QStringLiteral("url"), latin1(baseUrl(request) + request.target)}};
    if (!request.body.isEmpty() || request.method != "GET")
        addBody(request, &object);
    return object;
}

QList<Route> echoRoutes()
{
    return {
            {"GET",
             "/get",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "echo the request as JSON: args, headers, origin, url"),
             echoed},
            {"POST",
             "/post",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "echo the request and its body (data, json, form)"),
             echoed},
            {"PUT", "/put", nullptr, echoed},
            {"PATCH", "/patch", nullptr, echoed},
            {"DELETE", "/delete", nullptr, echoed},
            {"*",
             "/anything[/...]",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "echo any method"),
             echoed},
            {"GET",
             "/headers",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "the request's headers, the client address, its User-Agent"),
             requestHeaders},
            {"GET", "/ip", nullptr, clientAddress},
            {"GET", "/user-agent", nullptr, userAgent},
            {"*",
             "/status/{code}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "answer with any code from 100 to 999, including non-standard ones "
                               "such as 705"),
             status},
            {"*",
             "/delay/{s}",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "answer after s seconds (at most 10)"),
             delay},
            {"GET",
             "/bytes/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "n random bytes (at most 10 MiB); ?seed= makes them repeatable"),
             bytes},
            {"*",
             "/response-headers?name=value",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "answer with the given response headers"),
             responseHeaders},
            {"GET",
             "/cookies",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "show, set and delete cookies"),
             cookies},
            {"*",
             "/cookies/set?name=value",
             nullptr,
             [](const RouteCall &call) { return setCookies(call, true); }},
            {"*",
             "/cookies/delete?name",
             nullptr,
             [](const RouteCall &call) { return setCookies(call, false); }},
            {"*",
             "/basic-auth/{user}/{password}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "401 with WWW-Authenticate until the right Authorization is sent"),
             basicAuth},
            {"*", "/bearer", nullptr, bearer},
            {"GET",
             "/connections",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "how many connections are open, from your address, and the most you "
                               "held at once"),
             connections},
    };
}

} // namespace HttpLens::Practice
