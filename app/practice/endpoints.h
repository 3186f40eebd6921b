#pragma once

#include "lab.h"
#include "requestcontext.h"
#include "requestparser.h"
#include "response.h"
#include "serverstate.h"

namespace HttpLens::Practice {

// The practice server's answers: httpbin-compatible endpoints (with conditional requests
// evaluated for real), caching scenarios, the lab and the cookie lab, all read from one route
// table (RouteTable). Pure request-in, response-out, so every route is testable without sockets.
class Endpoints
{
public:
    Endpoints(Lab *lab, const ServerClock *clock);

    Response handle(const ParsedRequest &request, const RequestContext &context);
    // The response to a request the parser refused: the status it chose and a body saying why.
    static Response parseError(int status, const QString &message);

private:
    ServerState m_state;
};

} // namespace HttpLens::Practice
