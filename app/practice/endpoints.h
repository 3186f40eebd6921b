#pragma once

#include "lab.h"
#include "requestparser.h"
#include "response.h"

#include <QDateTime>

namespace HttpLens::Practice {

struct RequestContext
{
    QByteArray peerAddress;
};

// The practice server's routes: httpbin-compatible endpoints (with conditional requests
// evaluated for real) and the lab. Pure request-in, response-out, so every route is testable
// without sockets.
class Endpoints
{
public:
    explicit Endpoints(Lab *lab);

    Response handle(const ParsedRequest &request, const RequestContext &context);
    // The response to a request the parser refused: the status it chose and a body saying why.
    static Response parseError(int status, const QString &message);

private:
    Response route(const ParsedRequest &request, const RequestContext &context);
    Response lab(const ParsedRequest &request, const QByteArray &name);
    Response conditional(const ParsedRequest &request,
                         const Validators &validators,
                         Response ok,
                         const QByteArray &cacheControl);

    Lab *m_lab;
    QDateTime m_started;
};

// What `GET /` lists, one endpoint per entry.
struct EndpointInfo
{
    const char *pattern;
    const char *description;
};
QList<EndpointInfo> endpointList();

} // namespace HttpLens::Practice
