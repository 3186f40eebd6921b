// Routes for crawlers and for `httplens-cli check`: documents without validators or with
// validators the server ignores, a document that refuses HEAD, and a 429 that asks to come back
// later.
#include "routetable.h"

#include "routehelpers.h"

#include "model/httpdate.h"

namespace HttpLens::Practice {

namespace {

Response crawlDocument(const RouteCall &call, const QByteArray &kind)
{
    const QByteArray name = call.capture(0);
    // Some servers refuse HEAD although GET works: a checker asks again with GET.
    if (kind == "no-head" && call.request.method != "GET")
        return methodNotAllowed("GET");
    if (!Lab::isValidName(name))
        return sayText(404,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "Lab documents are named with letters, digits and -._~."));
    const Lab::Document &document = call.state.lab->document(name);
    Response response = Response::text(200, document.body(), document.contentType);
    if (kind == "ignoring") {
        // The validators are there, but a conditional request gets the whole body anyway.
        const Validators validators = document.validators();
        response.addHeader("ETag", validators.etag.toHeader());
        response.addHeader("Last-Modified", formatHttpDate(validators.lastModified));
    }
    return response;
}

Response retryAfter(const RouteCall &call)
{
    const QByteArray text = call.capture(0);
    const int seconds = pathNumber(text);
    const QString status = queryValue(call.request, QStringLiteral("status"));
    if (seconds < 0 || seconds > 3600
        || (!status.isEmpty() && status != QLatin1String("429") && status != QLatin1String("503")))
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "Use /crawl/retry-after/{0-3600}?key=K&status=429|503."));
    const QString key = queryValue(call.request, QStringLiteral("key"));
    QHash<QString, bool> &keys = call.state.retryKeys;
    if (keys.size() > 10000)
        keys.clear();
    if (!keys.contains(key)) {
        keys.insert(key, true);
        Response busy = sayText(status == QLatin1String("503") ? 503 : 429,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Come back in %1 s."))
                                        .arg(QString::fromLatin1(text)));
        busy.addHeader("Retry-After", text);
        return busy;
    }
    return sayText(200, QT_TRANSLATE_NOOP("HttpLens::Practice", "Thank you for waiting."));
}

} // namespace

QList<Route> crawlRoutes()
{
    return {
            {"GET",
             "/crawl/plain/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a lab document without ETag or Last-Modified: a crawler can only "
                               "compare hashes"),
             [](const RouteCall &call) { return crawlDocument(call, "plain"); }},
            {"GET",
             "/crawl/ignoring/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a lab document with validators, answered 200 whatever "
                               "If-None-Match says"),
             [](const RouteCall &call) { return crawlDocument(call, "ignoring"); }},
            {"GET",
             "/crawl/no-head/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a lab document that answers HEAD with 405 Method Not Allowed, as "
                               "some servers do"),
             [](const RouteCall &call) { return crawlDocument(call, "no-head"); }},
            {"GET",
             "/crawl/retry-after/{s}?key=K&status=429",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "429 (or 503) with Retry-After: s the first time a key is asked "
                               "for, then 200"),
             retryAfter},
    };
}

} // namespace HttpLens::Practice
