// Conditional requests evaluated for real: an ETag of the client's choosing, a resource with
// both validators, and a response cacheable for n seconds.
#include "routetable.h"

#include "routehelpers.h"

namespace HttpLens::Practice {

namespace {

Response chosenTag(const RouteCall &call)
{
    Validators validators;
    validators.etag = {'"' + call.capture(0) + '"', false};
    bool ok = false;
    EntityTag::parse(validators.etag.opaque, &ok);
    if (!ok)
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "The ETag may not contain spaces, quotes or control "
                                         "characters."));
    return answerConditionally(call.request,
                               validators,
                               json(200, echo(call.request, call.context)),
                               QByteArray());
}

Response bothValidators(const RouteCall &call)
{
    const QDateTime started = call.state.started;
    Validators validators;
    validators.etag = {'"' + QByteArray::number(started.toSecsSinceEpoch(), 16) + '"', false};
    validators.lastModified = started;
    return answerConditionally(call.request,
                               validators,
                               json(200, echo(call.request, call.context)),
                               "no-cache");
}

Response cacheable(const RouteCall &call)
{
    const QByteArray seconds = call.capture(0);
    if (pathNumber(seconds) < 0)
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice", "Use a whole number of seconds."));
    Response response = json(200, echo(call.request, call.context));
    response.addHeader("Cache-Control", "public, max-age=" + seconds);
    return response;
}

} // namespace

QList<Route> cachingRoutes()
{
    return {
            {"GET",
             "/etag/{etag}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a resource with ETag \"{etag}\": If-None-Match and If-Match "
                               "evaluated for real"),
             chosenTag},
            {"GET",
             "/cache",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a resource with ETag and Last-Modified: send them back and get 304 "
                               "Not Modified"),
             bothValidators},
            {"GET",
             "/cache/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a response that may be cached for n seconds (Cache-Control: "
                               "public, max-age=n)"),
             cacheable},
    };
}

} // namespace HttpLens::Practice
