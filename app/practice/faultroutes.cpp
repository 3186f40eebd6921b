// Faults on purpose: short bodies, broken chunks, resets, huge heads, a gzip bomb.
#include "routetable.h"

#include "compression.h"
#include "model/httpdate.h"
#include "routehelpers.h"

namespace HttpLens::Practice {

namespace {

constexpr qint64 kBombSize = 16 * 1024 * 1024; // what the gzip bomb inflates to

Response fault(const RouteCall &call)
{
    const QByteArray name = call.capture(0);
    const QByteArray date = "Date: " + formatHttpDate(call.state.clock->now()) + "\r\n";
    Response response;
    response.close = true;
    if (name == "short-body") {
        // Content-Length promises more than is sent before the connection closes.
        response.raw = "HTTP/1.1 200 OK\r\n" + date
                       + "Content-Type: text/plain\r\nContent-Length: 100\r\n\r\nOnly 26 bytes of "
                         "100 came.";
    } else if (name == "truncated") {
        // A chunked body that stops before its last chunk.
        response.raw = "HTTP/1.1 200 OK\r\n" + date
                       + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                         "10\r\nthe first chunk\n\r\n10\r\nthe second chu";
    } else if (name == "bad-chunk") {
        response.raw = "HTTP/1.1 200 OK\r\n" + date
                       + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                         "zz\r\nnot hexadecimal\r\n0\r\n\r\n";
    } else if (name == "reset") {
        const QByteArray head = "HTTP/1.1 200 OK\r\n" + date
                                + "Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\n";
        response.raw = head + QByteArray(1000, 'x');
        response.resetAfter = head.size() + 100;
    } else if (name == "huge-header") {
        const int size = queryValue(call.request, QStringLiteral("size")).isEmpty()
                                 ? 200 * 1024
                                 : queryValue(call.request, QStringLiteral("size")).toInt();
        if (size < 1 || size > 4 * 1024 * 1024)
            return sayText(400,
                           QT_TRANSLATE_NOOP("HttpLens::Practice", "size from 1 to 4194304 bytes."));
        response.raw = "HTTP/1.1 200 OK\r\n" + date + "X-Huge: " + QByteArray(size, 'h')
                       + "\r\nContent-Length: 0\r\n\r\n";
    } else if (name == "bad-status-line") {
        response.raw = "HTTP/1.1 2OO OK\r\n" + date + "Content-Length: 0\r\n\r\n";
    } else if (name == "redirect-loop") {
        response = sayText(302,
                           QT_TRANSLATE_NOOP("HttpLens::Practice", "This redirects to itself."));
        response.addHeader("Location", "/fault/redirect-loop");
    } else if (name == "interim") {
        response = sayText(
                200,
                QT_TRANSLATE_NOOP("HttpLens::Practice",
                                  "After 100 Continue and 103 Early Hints, the final response."));
        response.interim.append("HTTP/1.1 100 Continue\r\n\r\n");
        response.interim.append(
                "HTTP/1.1 103 Early Hints\r\nLink: </html>; rel=preload; as=document\r\n\r\n");
    } else if (name == "gzip-bomb") {
        // Bounded: 16 MiB of zeros in about 16 KiB. A client that decodes without a limit
        // allocates a thousand times what it received.
        if (call.state.gzipBomb.isEmpty())
            call.state.gzipBomb = gzipEncode(QByteArray(kBombSize, '\0'));
        response = Response::text(200, call.state.gzipBomb, "application/octet-stream");
        response.addHeader("Content-Encoding", "gzip");
    } else {
        return sayText(404,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "No such endpoint. GET / lists them all."));
    }
    return response;
}

} // namespace

QList<Route> faultRoutes()
{
    return {
            {"*",
             "/fault/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "broken responses: short-body, truncated, bad-chunk, reset, "
                               "huge-header, bad-status-line, redirect-loop, interim, gzip-bomb"),
             fault},
    };
}

} // namespace HttpLens::Practice
