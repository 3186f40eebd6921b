// Redirect chains, relative and absolute, and a redirect to any URL with any 3xx code.
#include "routetable.h"

#include "routehelpers.h"

namespace HttpLens::Practice {

namespace {

constexpr int kMaxRedirects = 50;

Response chain(const RouteCall &call, const QByteArray &kind)
{
    const int count = pathNumber(call.capture(0));
    if (count < 1 || count > kMaxRedirects)
        return sayText(400, QT_TRANSLATE_NOOP("HttpLens::Practice", "Use from 1 to 50 redirects."));
    const bool absolute = kind == "absolute-redirect";
    const QByteArray next = count == 1 ? QByteArray("/get")
                                       : '/' + (absolute ? kind : QByteArray("relative-redirect"))
                                                 + '/' + QByteArray::number(count - 1);
    Response response = sayText(302,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Redirecting to %1."))
                                        .arg(QString::fromUtf8(next)));
    response.addHeader("Location", absolute ? baseUrl(call.request) + next : next);
    return response;
}

Response redirectTo(const RouteCall &call)
{
    const QByteArray target = queryValue(call.request, QStringLiteral("url")).toUtf8();
    const QString statusText = queryValue(call.request, QStringLiteral("status_code"));
    const int code = statusText.isEmpty() ? 302 : statusText.toInt();
    if (target.isEmpty() || target.contains('\r') || target.contains('\n') || target.contains('\0'))
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "Give ?url= without control characters."));
    if (code < 300 || code > 399)
        return sayText(400,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "status_code must be from 300 to 399."));
    Response response = sayText(code,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Redirecting to %1."))
                                        .arg(QString::fromUtf8(target)));
    response.addHeader("Location", target);
    return response;
}

} // namespace

QList<Route> redirectRoutes()
{
    return {
            {"*",
             "/redirect/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "n redirects, then /get"),
             [](const RouteCall &call) { return chain(call, "relative-redirect"); }},
            {"*",
             "/relative-redirect/{n}",
             nullptr,
             [](const RouteCall &call) { return chain(call, "relative-redirect"); }},
            {"*",
             "/absolute-redirect/{n}",
             nullptr,
             [](const RouteCall &call) { return chain(call, "absolute-redirect"); }},
            {"*",
             "/redirect-to?url=&status_code=",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "redirect to url with a 3xx code (302 by default)"),
             redirectTo},
    };
}

} // namespace HttpLens::Practice
