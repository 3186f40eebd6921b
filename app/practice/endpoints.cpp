#include "endpoints.h"

#include "routehelpers.h"
#include "routetable.h"

namespace HttpLens::Practice {

Endpoints::Endpoints(Lab *lab, const ServerClock *clock)
{
    m_state.lab = lab;
    m_state.clock = clock;
    m_state.started = clock->nowInSeconds();
    m_state.secret = randomBytes(32);
}

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
    Response response = RouteTable::dispatch(request, context, m_state);
    language.negotiate(&response);
    // Every response carries Date (RFC 9110 §6.6.1), first, where readers look for it. A route
    // that passes on a stored response has set the Date it was stored with.
    if (headerValues(response.headers, "Date").isEmpty())
        response.headers.prepend(HeaderField{"Date", formatHttpDate(m_state.clock->now())});
    if (!request.keepAlive || response.close) {
        response.close = true;
        response.setHeader("Connection", "close");
    }
    return response;
}

} // namespace HttpLens::Practice
