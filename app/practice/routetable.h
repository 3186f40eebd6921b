#pragma once

#include "route.h"

#include <QList>

namespace HttpLens::Practice {

// Every route of the practice server, in the order the dispatch tries them.
class RouteTable
{
public:
    static const QList<Route> &routes();
    // The first route whose pattern matches answers, if one with that pattern accepts the
    // method; otherwise 405 with the methods they accept, or 404 when none matches.
    static Response dispatch(const ParsedRequest &request,
                             const RequestContext &context,
                             ServerState &state);
    // The lines of `GET /`, in the language of the answer being written.
    static QByteArray listing();
    // One line's pattern part, as `GET /` shows it ("GET /headers, /ip, /user-agent").
    static QList<QByteArray> listedPatterns();
};

// The routes by theme, each from its own file.
QList<Route> echoRoutes();
QList<Route> redirectRoutes();
QList<Route> cachingRoutes();
QList<Route> cachingScenarioRoutes();
QList<Route> labRoutes();
QList<Route> cookieLabRoutes();
QList<Route> crawlRoutes();
QList<Route> sampleRoutes();
QList<Route> faultRoutes();

} // namespace HttpLens::Practice
