// Routes for crawlers and for `httplens-cli check`: documents without validators or with
// validators the server ignores, a 429 that asks to come back later, and the connections a
// client holds.
#include "endpoints.h"

#include "routehelpers.h"

#include "model/httpdate.h"
#include "model/request.h"

namespace HttpLens::Practice {

Response Endpoints::crawl(const ParsedRequest &request, const RequestContext &context, bool *handled)
{
    *handled = true;
    const QByteArray path = request.path();
    const QList<QByteArray> segments = path.mid(1).split('/');
    if (path == "/connections") {
        return json(200,
                    {{QStringLiteral("open"), context.openConnections},
                     {QStringLiteral("fromYou"), context.openFromPeer},
                     {QStringLiteral("mostFromYou"), context.mostFromPeer}});
    }
    if (segments.value(0) != "crawl" || segments.size() != 3) {
        *handled = false;
        return {};
    }
    const QByteArray kind = segments.at(1);
    const QByteArray name = segments.at(2);
    // Some servers refuse HEAD although GET works: a checker asks again with GET.
    if (kind == "no-head" && request.method != "GET")
        return methodNotAllowed("GET");
    if (!methodIn(request.method, {"GET", "HEAD"}))
        return methodNotAllowed("GET, HEAD");
    if (kind == "plain" || kind == "ignoring" || kind == "no-head") {
        if (name.isEmpty() || name.size() > 64 || !isToken(name))
            return sayText(
                    404,
                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                      "Lab documents are named with letters, digits and -._~."));
        const Lab::Document &document = m_lab->document(name);
        Response response = Response::text(200, document.body(), document.contentType);
        if (kind == "ignoring") {
            // The validators are there, but a conditional request gets the whole body anyway.
            const Validators validators = document.validators();
            response.addHeader("ETag", validators.etag.toHeader());
            response.addHeader("Last-Modified", formatHttpDate(validators.lastModified));
        }
        return response;
    }
    if (kind == "retry-after") {
        const int seconds = pathNumber(name);
        const QString status = queryValue(request, QStringLiteral("status"));
        if (seconds < 0 || seconds > 3600
            || (!status.isEmpty() && status != QLatin1String("429")
                && status != QLatin1String("503")))
            return sayText(
                    400,
                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                      "Use /crawl/retry-after/{0-3600}?key=K&status=429|503."));
        const QString key = queryValue(request, QStringLiteral("key"));
        if (m_retryKeys.size() > 10000)
            m_retryKeys.clear();
        if (!m_retryKeys.contains(key)) {
            m_retryKeys.insert(key, true);
            Response busy = sayText(status == QLatin1String("503") ? 503 : 429,
                                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                          "Come back in %1 s."))
                                            .arg(QString::fromLatin1(name)));
            busy.addHeader("Retry-After", name);
            return busy;
        }
        return sayText(200, QT_TRANSLATE_NOOP("HttpLens::Practice", "Thank you for waiting."));
    }
    return sayText(404,
                   QT_TRANSLATE_NOOP("HttpLens::Practice",
                                     "No such endpoint. GET / lists them all."));
}

} // namespace HttpLens::Practice
