// Sample documents of each type, compressed bodies, ranges and bodies that arrive slowly.
#include "routetable.h"

#include "compression.h"
#include "conditional.h"
#include "routehelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace HttpLens::Practice {

namespace {

const char kPng[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52"
                    "\x00\x00\x00\x18\x00\x00\x00\x18\x08\x06\x00\x00\x00\xe0\x77\x3d"
                    "\xf8\x00\x00\x00\x57\x49\x44\x41\x54\x78\xda\x63\x60\x18\x11\x40"
                    "\x23\x6a\xc1\x7f\x6c\x98\x66\x06\x53\x6c\x11\xb1\x06\x93\x65\x11"
                    "\x36\x8d\x27\x1e\xfe\xc2\x8a\xc9\xb2\x84\x58\xc3\x71\x59\x42\x55"
                    "\xc3\x49\xb6\x84\x1c\xc3\xb1\x59\x42\x75\xc3\x89\xb2\x64\xd4\x82"
                    "\x11\x60\x01\xcd\x93\x29\x5d\x32\x1a\xcd\x8b\x0a\xba\x14\x76\x34"
                    "\x2f\xae\xe9\x52\xe1\xd0\xad\xca\x1c\x12\x00\x00\x75\x97\x8b\x86"
                    "\x1d\xae\x61\x99\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

const char kHtml[] = "<!doctype html>\n<html lang=\"en\">\n<head><meta "
                     "charset=\"utf-8\"><title>HTTP Lens practice page</title></head>\n"
                     "<body>\n<h1>HTTP Lens practice page</h1>\n<p>A small HTML document, served "
                     "with Content-Type: text/html.</p>\n"
                     "<ul><li><a href=\"/get\">/get</a></li><li><a "
                     "href=\"/lab/welcome\">/lab/welcome</a></li></ul>\n</body>\n</html>\n";
const char kXml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<library>\n  <book "
                    "id=\"rfc9110\">\n    <title>HTTP Semantics</title>\n"
                    "    <year>2022</year>\n  </book>\n  <book id=\"rfc9111\">\n    <title>HTTP "
                    "Caching</title>\n    <year>2022</year>\n  </book>\n</library>\n";
Response range(const ParsedRequest &request, int size, const QDateTime &started)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    Validators validators;
    validators.etag = {"\"range-" + QByteArray::number(size) + '"', false};
    validators.lastModified = started;
    Response response = Response::text(200, data, "application/octet-stream");
    response.addHeader("Accept-Ranges", "bytes");
    response.addHeader("ETag", validators.etag.toHeader());
    response.addHeader("Last-Modified", formatHttpDate(validators.lastModified));

    const QList<QByteArray> ranges = headerValues(request.headers, "Range");
    if (ranges.size() != 1 || !ranges.first().startsWith("bytes=")
        || !methodIn(request.method, {"GET", "HEAD"}))
        return response;
    const QList<QByteArray> ifRange = headerValues(request.headers, "If-Range");
    if (!ifRange.isEmpty() && !ifRangeAllows(ifRange.first(), validators))
        return response; // RFC 9110 §13.1.5: the representation changed, so the whole of it
    const QList<QByteArray> specs = ranges.first().mid(6).split(',');
    if (specs.size() != 1)
        return response; // several ranges would need multipart/byteranges; the whole is allowed
    const QByteArray spec = specs.first().trimmed();
    const qsizetype dash = spec.indexOf('-');
    // RFC 9110 §14.1.1: int-range = first-pos "-" [ last-pos ], suffix-range = "-" suffix-length,
    // each 1*DIGIT. A range that is not valid is ignored (200 and the whole), not refused.
    auto digits = [](const QByteArray &text, qint64 *value) {
        if (text.isEmpty() || text.size() > 15
            || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        *value = text.toLongLong();
        return true;
    };
    qint64 start = 0;
    qint64 end = 0;
    const bool okStart = dash > 0 && digits(spec.left(dash), &start);
    const bool okEnd = dash >= 0 && digits(spec.mid(dash + 1), &end);
    if (dash < 0 || (!okStart && !okEnd) || (okStart && okEnd && end < start)
        || (dash > 0 && !okStart) || (!okEnd && dash + 1 < spec.size()))
        return response; // not a valid range: ignored
    if (!okStart) {      // suffix: the last N bytes
        start = qMax<qint64>(0, size - end);
        end = size - 1;
    } else if (!okEnd) {
        end = size - 1;
    }
    end = qMin<qint64>(end, size - 1);
    if (start >= size || start > end) {
        Response unsatisfiable
                = sayText(416,
                          say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                "The range %1 lies outside the %2 bytes."))
                                  .arg(QString::fromLatin1(spec))
                                  .arg(size));
        unsatisfiable.addHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return unsatisfiable;
    }
    response.status = 206;
    response.body = data.mid(start, end - start + 1);
    response.addHeader("Content-Range",
                       "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/'
                               + QByteArray::number(size));
    return response;
}

Response sampleJson(const RouteCall &)
{
    return json(200,
                QJsonObject{{QStringLiteral("slideshow"),
                             QJsonObject{{QStringLiteral("title"),
                                          QStringLiteral("HTTP in five slides")},
                                         {QStringLiteral("slides"),
                                          QJsonArray{QStringLiteral("request"),
                                                     QStringLiteral("response"),
                                                     QStringLiteral("status"),
                                                     QStringLiteral("headers"),
                                                     QStringLiteral("caching")}}}}});
}

Response encoded(const RouteCall &call, const QByteArray &coding)
{
    QJsonObject object = echo(call.request, call.context);
    object.insert(coding == "gzip"      ? QStringLiteral("gzipped")
                  : coding == "deflate" ? QStringLiteral("deflated")
                                        : QStringLiteral("brotli"),
                  true);
    const QByteArray plain = jsonBytes(object);
    Response response = Response::text(200, encodeBody(plain, coding), "application/json");
    response.addHeader("Content-Encoding", coding);
    return response;
}

Response stream(const RouteCall &call)
{
    const int count = pathNumber(call.capture(0));
    if (count < 0 || count > 100)
        return sayText(400, QT_TRANSLATE_NOOP("HttpLens::Practice", "Use from 0 to 100 lines."));
    QList<QByteArray> lines;
    for (int i = 0; i < count; ++i) {
        QJsonObject object = echo(call.request, call.context);
        object.insert(QStringLiteral("id"), i);
        lines.append(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }
    Response response = Response::text(200, chunked(lines), "application/json");
    response.addHeader("Transfer-Encoding", "chunked");
    return response;
}

Response drip(const RouteCall &call)
{
    const QString numbytes = queryValue(call.request, QStringLiteral("numbytes"));
    const QString durationText = queryValue(call.request, QStringLiteral("duration"));
    const int bytes = numbytes.isEmpty() ? 10 : numbytes.toInt();
    bool durationOk = true;
    const double duration = durationText.isEmpty() ? 2.0 : durationText.toDouble(&durationOk);
    if (bytes < 1 || bytes > 10000 || !durationOk || !std::isfinite(duration) || duration < 0
        || duration > 10)
        return sayText(
                400,
                QT_TRANSLATE_NOOP("HttpLens::Practice",
                                  "numbytes from 1 to 10000, duration from 0 to 10 seconds."));
    Response response = Response::text(200, QByteArray(bytes, '*'), "application/octet-stream");
    response.dripPieces = qMin(bytes, 50);
    response.dripIntervalMs = int(duration * 1000 / response.dripPieces);
    return response;
}

} // namespace

QList<Route> sampleRoutes()
{
    return {
            {"GET",
             "/gzip",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a body with Content-Encoding gzip, deflate or br"),
             [](const RouteCall &call) { return encoded(call, "gzip"); }},
            {"GET",
             "/deflate",
             nullptr,
             [](const RouteCall &call) { return encoded(call, "deflate"); }},
            {"GET", "/brotli", nullptr, [](const RouteCall &call) { return encoded(call, "br"); }},
            {"GET",
             "/range/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "n bytes that honour Range and If-Range: 206, 200 or 416"),
             [](const RouteCall &call) {
                 const int size = pathNumber(call.capture(0));
                 if (size < 1 || size > 1024 * 1024)
                     return sayText(400,
                                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Use from 1 to 1048576 bytes."));
                 return range(call.request, size, call.state.started);
             }},
            {"GET",
             "/stream/{n}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "n JSON lines in chunks; bytes trickling in over a few seconds"),
             stream},
            {"GET", "/drip?numbytes=&duration=", nullptr, drip},
            {"GET",
             "/html",
             QT_TRANSLATE_NOOP("HttpLens::Practice", "sample documents of each type"),
             [](const RouteCall &) {
                 return Response::text(200, kHtml, "text/html; charset=utf-8");
             }},
            {"GET", "/json", nullptr, sampleJson},
            {"GET",
             "/xml",
             nullptr,
             [](const RouteCall &) { return Response::text(200, kXml, "application/xml"); }},
            {"GET",
             "/image/png",
             nullptr,
             [](const RouteCall &) {
                 return Response::text(200, QByteArray(kPng, sizeof kPng - 1), "image/png");
             }},
    };
}

} // namespace HttpLens::Practice
