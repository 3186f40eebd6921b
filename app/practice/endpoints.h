#pragma once

#include "lab.h"
#include "requestparser.h"
#include "response.h"

#include <QDateTime>
#include <QHash>

namespace HttpLens::Practice {

struct RequestContext
{
    QByteArray peerAddress;
    int openConnections = 0; // the server's, all clients
    int openFromPeer = 0;    // this client address's
    int mostFromPeer = 0;    // the most this client address held at once
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
    Response content(const ParsedRequest &request, const RequestContext &context, bool *handled);
    Response faults(const ParsedRequest &request, bool *handled);
    Response crawl(const ParsedRequest &request, const RequestContext &context, bool *handled);
    Response cookieLab(const ParsedRequest &request, const QByteArray &page);
    Response range(const ParsedRequest &request, int size);
    QByteArray sign(const QByteArray &payload) const;
    bool verify(const QByteArray &cookie, QByteArray *payload) const;
    Response lab(const ParsedRequest &request, const QByteArray &name);
    Response conditional(const ParsedRequest &request,
                         const Validators &validators,
                         Response ok,
                         const QByteArray &cacheControl);

    Lab *m_lab;
    QDateTime m_started;
    QByteArray m_secret;                      // signs the lab's profile cookie
    QHash<QByteArray, QByteArray> m_sessions; // session id -> user
    QByteArray m_gzipBomb;                    // built on first use
    QHash<QString, bool> m_retryKeys;         // /crawl/retry-after keys asked for once
};

// What `GET /` lists, one endpoint per entry.
struct EndpointInfo
{
    const char *pattern;
    const char *description;
};
QList<EndpointInfo> endpointList();

} // namespace HttpLens::Practice
