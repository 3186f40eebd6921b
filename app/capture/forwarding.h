#pragma once

#include "model/headers.h"
#include "model/request.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace HttpLens::Practice {
struct ParsedRequest;
}

namespace HttpLens::Capture {

// Where a client's request goes, as the proxy reads its request line: an absolute-form target
// (a forward proxy), or an origin-form target for a known origin (a reverse proxy, or the host
// of an intercepted CONNECT). problem is set, with the status to answer, when it cannot go
// anywhere.
struct ForwardTarget
{
    QString url;              // scheme://host:port/ for libcurl; the path goes in requestTarget
    QByteArray requestTarget; // origin-form, exactly as it goes on the wire
    QString host;
    int port = 0;
    bool secure = false;
    int status = 0;
    QString problem;
};
ForwardTarget forwardTarget(const Practice::ParsedRequest &request, const QUrl &origin);

// The header lines libcurl is given so that the request leaves as the client wrote it: every
// field in its order, spelling and spacing, except the connection's own; lines that keep libcurl
// from adding what the client did not send (Host, Accept, Expect); and Via when asked.
QList<HeaderLine> forwardedHeaderLines(const QByteArray &rawHead,
                                       bool keepUpgrade,
                                       const QByteArray &via);

// How a response body ends (RFC 9112 §6.3), for the proxy to relay it.
enum class Framing { NoBody, Length, Chunked, UntilClose };
Framing responseFraming(const QByteArray &requestMethod, int status, const HeaderList &fields);

// The head the client receives for a response head as the server sent it: the connection's own
// fields left out, every other line as it was, Connection: close added when the proxy closes
// the connection after it, and Via when asked.
QByteArray clientResponseHead(const QByteArray &rawHead,
                              bool keepUpgrade,
                              bool close,
                              const QByteArray &via);

// A response the proxy writes itself (a refused request, an unreachable server): the status,
// a sentence as a text/plain body, and Connection: close.
QByteArray proxyResponse(int status, const QString &sentence);

} // namespace HttpLens::Capture
