#include "harentrywriter.h"

#include "cookies/cookiejar.h"
#include "interop/harcapture.h"
#include "interop/secrets.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

namespace HttpLens {

namespace {

using L = QLatin1StringView;

double ms(qint64 us)
{
    if (us < 0)
        return -1;
    return double(us) / 1000.0;
}

void headerArray(JsonWriter &out, const HeaderList &headers)
{
    out.beginArray();
    for (const HeaderField &field : headers)
        out.beginObject()
                .key(L("name"))
                .latin1(field.name)
                .key(L("value"))
                .latin1(field.value)
                .endObject();
    out.endArray();
}

void requestCookies(JsonWriter &out, const HeaderList &headers)
{
    out.beginArray();
    for (const QByteArray &value : headerValues(headers, "Cookie")) {
        for (const auto &[name, cookieValue] : parseCookieHeader(value))
            out.beginObject()
                    .key(L("name"))
                    .latin1(name)
                    .key(L("value"))
                    .latin1(cookieValue)
                    .endObject();
    }
    out.endArray();
}

void responseCookies(JsonWriter &out, const HeaderList &headers)
{
    out.beginArray();
    for (const QByteArray &value : headerValues(headers, "Set-Cookie")) {
        const SetCookie parsed = SetCookie::parse(value);
        out.beginObject().key(L("name")).latin1(parsed.name).key(L("value")).latin1(parsed.value);
        for (const auto &[name, attributeValue] : parsed.attributes) {
            const QByteArray key = name.toLower();
            if (key == "path")
                out.key(L("path")).latin1(attributeValue);
            else if (key == "domain")
                out.key(L("domain")).latin1(attributeValue);
            else if (key == "expires")
                out.key(L("expires")).latin1(attributeValue);
            else if (key == "max-age")
                out.key(L("_maxAge")).latin1(attributeValue);
            else if (key == "httponly")
                out.key(L("httpOnly")).value(true);
            else if (key == "secure")
                out.key(L("secure")).value(true);
            else if (key == "samesite")
                out.key(L("sameSite")).latin1(attributeValue);
        }
        out.endObject();
    }
    out.endArray();
}

void headObject(JsonWriter &out, const ResponseHead &head)
{
    out.beginObject().key(L("status")).value(head.status);
    out.key(L("statusText")).latin1(head.reason);
    out.key(L("httpVersion")).latin1(head.httpVersion);
    out.key(L("headers"));
    headerArray(out, head.headers);
    out.key(L("_rawResponseHeaders"));
    writeRawBytes(out, head.raw);
    out.endObject();
}

void tlsObject(JsonWriter &out, const TlsInfo &tls)
{
    out.beginObject();
    out.key(L("protocol")).latin1(tls.protocol);
    out.key(L("cipher")).latin1(tls.cipher);
    out.key(L("alpn")).latin1(tls.alpn);
    out.key(L("verificationEnabled")).value(tls.verificationEnabled);
    out.key(L("verifyResult")).value(qint64(tls.verifyResult));
    out.key(L("verifyText")).value(tls.verifyText);
    out.key(L("chain")).beginArray();
    for (const QSslCertificate &cert : tls.chain) {
        out.beginObject();
        out.key(L("subject")).value(cert.subjectDisplayName());
        out.key(L("issuer")).value(cert.issuerDisplayName());
        out.key(L("notBefore")).value(cert.effectiveDate().toUTC().toString(Qt::ISODate));
        out.key(L("notAfter")).value(cert.expiryDate().toUTC().toString(Qt::ISODate));
        out.key(L("serialNumber")).latin1(cert.serialNumber());
        out.key(L("sha256")).latin1(cert.digest(QCryptographicHash::Sha256).toHex(':'));
        out.key(L("pem")).latin1(cert.toPem());
        out.endObject();
    }
    out.endArray().endObject();
}

void contentObject(
        JsonWriter &out, const Exchange &exchange, const Hop &hop, bool finalHop, qint64 maxBody)
{
    out.beginObject();
    out.key(L("size")).value(finalHop ? exchange.body.size() : hop.bodyDecodedBytes);
    out.key(L("mimeType")).latin1(headerValue(hop.response.headers, "Content-Type"));
    const qint64 saved = hop.bodyDecodedBytes - hop.bodyWireBytes;
    if (hop.bodyWireBytes > 0 && saved != 0)
        out.key(L("compression")).value(saved);
    if (finalHop && exchange.body.size() > maxBody) {
        out.key(L("comment"))
                .value(QStringLiteral("body of %1 bytes not embedded").arg(exchange.body.size()));
    } else if (finalHop && exchange.body.size() > 0) {
        const QByteArray body = exchange.body.read();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(body);
        if (!decoder.hasError() && !body.contains('\0')) {
            out.key(L("text")).value(text);
        } else {
            out.key(L("text")).latin1(body.toBase64());
            out.key(L("encoding")).value(L("base64"));
        }
    }
    out.endObject();
}

void requestObject(JsonWriter &out, const Hop &hop, const QString &bodyFile)
{
    out.beginObject();
    out.key(L("method")).latin1(hop.request.method);
    out.key(L("url")).value(hop.url);
    out.key(L("httpVersion")).latin1(hop.request.httpVersion);
    out.key(L("cookies"));
    requestCookies(out, hop.request.headers);
    out.key(L("headers"));
    headerArray(out, hop.request.headers);
    out.key(L("queryString")).beginArray();
    // Only a URL with a query has anything to list (and parsing one costs).
    if (hop.url.contains(u'?')) {
        for (const auto &item : QUrlQuery(QUrl(hop.url)).queryItems(QUrl::FullyDecoded))
            out.beginObject()
                    .key(L("name"))
                    .value(item.first)
                    .key(L("value"))
                    .value(item.second)
                    .endObject();
    }
    out.endArray();
    out.key(L("headersSize")).value(hop.request.raw.isEmpty() ? -1 : int(hop.request.raw.size()));
    out.key(L("bodySize")).value(qint64(hop.requestBody.size()));
    if (!hop.requestBody.isEmpty()) {
        out.key(L("postData")).beginObject();
        out.key(L("mimeType")).latin1(headerValue(hop.request.headers, "Content-Type"));
        if (isTextBytes(hop.requestBody)) {
            out.key(L("text")).latin1(hop.requestBody);
        } else {
            out.key(L("text")).latin1(hop.requestBody.toBase64());
            out.key(L("_encoding")).value(L("base64"));
        }
        if (!bodyFile.isEmpty())
            out.key(L("_bodyFile")).value(bodyFile); // where the body was read from
        out.endObject();
    }
    out.endObject();
}

void responseObject(
        JsonWriter &out, const Exchange &exchange, const Hop &hop, bool last, qint64 maxBody)
{
    out.beginObject();
    if (!hop.hasResponse) {
        out.key(L("status")).value(0).key(L("statusText")).value(L(""));
        out.key(L("httpVersion")).value(L("")).key(L("cookies")).beginArray().endArray();
        out.key(L("headers")).beginArray().endArray();
        out.key(L("content")).beginObject().key(L("size")).value(0).key(L("mimeType")).value(L(""));
        out.endObject();
        out.key(L("redirectURL")).value(L("")).key(L("headersSize")).value(-1);
        out.key(L("bodySize")).value(-1).endObject();
        return;
    }
    out.key(L("status")).value(hop.response.status);
    out.key(L("statusText")).latin1(hop.response.reason);
    out.key(L("httpVersion")).latin1(hop.response.httpVersion);
    out.key(L("cookies"));
    responseCookies(out, hop.response.headers);
    out.key(L("headers"));
    headerArray(out, hop.response.headers);
    out.key(L("content"));
    contentObject(out, exchange, hop, last, maxBody);
    out.key(L("redirectURL")).latin1(headerValue(hop.response.headers, "Location"));
    out.key(L("headersSize")).value(qint64(hop.response.raw.size()));
    out.key(L("bodySize")).value(hop.bodyWireBytes);
    out.endObject();
}

// HAR's timings and the time of the entry. libcurl measures phases for the last hop only; for
// earlier hops everything before the request was written (DNS, TCP and TLS of a new connection)
// counts as connect.
double timingObjects(JsonWriter &out, const Exchange &exchange, const Hop &hop, bool first, bool last)
{
    const Timings &t = exchange.timings;
    double time = 0;
    out.key(L("timings")).beginObject();
    if (last) {
        const bool reused = exchange.connection.reused;
        out.key(L("blocked")).value(first ? ms(t.queueUs) : -1.0);
        out.key(L("dns")).value(reused ? -1.0 : ms(t.dnsPhaseUs()));
        // HAR counts the TLS handshake inside connect.
        out.key(L("connect"))
                .value(reused ? -1.0 : ms(t.connectPhaseUs() + qMax<qint64>(0, t.tlsPhaseUs())));
        out.key(L("ssl")).value(reused ? -1.0 : ms(t.tlsPhaseUs()));
        out.key(L("send")).value(qMax(0.0, ms(t.sendPhaseUs())));
        out.key(L("wait")).value(qMax(0.0, ms(t.waitPhaseUs())));
        out.key(L("receive")).value(qMax(0.0, ms(t.downloadPhaseUs())));
        if (t.totalUs >= 0)
            time = ms(t.totalUs - qMax<qint64>(0, t.redirectUs))
                   + (first ? qMax(0.0, ms(t.queueUs)) : 0.0);
    } else {
        auto between = [](qint64 from, qint64 to) {
            return from >= 0 && to >= from ? to - from : -1;
        };
        const qint64 setup = between(hop.startUs, hop.requestUs);
        out.key(L("blocked")).value(-1).key(L("dns")).value(-1);
        out.key(L("connect")).value(setup > 0 ? ms(setup) : -1.0);
        out.key(L("ssl")).value(-1).key(L("send")).value(0);
        out.key(L("wait")).value(qMax(0.0, ms(between(hop.requestUs, hop.firstByteUs))));
        out.key(L("receive")).value(qMax(0.0, ms(between(hop.firstByteUs, hop.endUs))));
        if (hop.endUs >= 0 && hop.startUs >= 0)
            time = ms(hop.endUs - hop.startUs);
    }
    out.endObject();
    out.key(L("_timingsUs")).beginObject();
    out.key(L("hopStart")).value(hop.startUs).key(L("requestWritten")).value(hop.requestUs);
    out.key(L("firstByte")).value(hop.firstByteUs).key(L("end")).value(hop.endUs);
    if (last) {
        out.key(L("queue")).value(t.queueUs).key(L("nameLookup")).value(t.nameLookupUs);
        out.key(L("connect")).value(t.connectUs).key(L("appConnect")).value(t.appConnectUs);
        out.key(L("preTransfer")).value(t.preTransferUs);
        out.key(L("startTransfer")).value(t.startTransferUs).key(L("total")).value(t.totalUs);
        out.key(L("redirect")).value(t.redirectUs);
    }
    out.endObject();
    return time;
}

void connectionFields(JsonWriter &out, const Exchange &exchange)
{
    const ConnectionInfo &c = exchange.connection;
    if (!c.remoteAddress.isEmpty()) {
        out.key(L("serverIPAddress")).value(c.remoteAddress);
        out.key(L("connection")).value(QString::number(c.localPort));
    }
    out.key(L("_connection")).beginObject();
    out.key(L("remoteAddress")).value(c.remoteAddress).key(L("remotePort")).value(c.remotePort);
    out.key(L("localAddress")).value(c.localAddress).key(L("localPort")).value(c.localPort);
    out.key(L("httpVersion")).latin1(c.httpVersion).key(L("reused")).value(c.reused);
    out.endObject();
    if (exchange.tls.used) {
        out.key(L("_tls"));
        tlsObject(out, exchange.tls);
    }
    if (exchange.error.isError()) {
        out.key(L("_error")).beginObject();
        out.key(L("curlCode")).value(exchange.error.curlCode);
        out.key(L("curlText")).value(exchange.error.curlText);
        out.key(L("message")).value(exchange.error.sentence);
        out.key(L("hint")).value(exchange.error.hint).endObject();
    }
}

void rawFields(JsonWriter &out, const Hop &hop)
{
    if (!hop.request.raw.isEmpty()) {
        out.key(L("_rawRequest"));
        writeRawBytes(out, hop.request.raw);
    }
    if (!hop.requestBody.isEmpty()) {
        out.key(L("_rawRequestBody"));
        writeRawBytes(out, hop.requestBody);
    }
    if (hop.hasResponse) {
        out.key(L("_rawResponseHeaders"));
        writeRawBytes(out, hop.response.raw);
    }
    if (!hop.rawTrailers.isEmpty()) {
        out.key(L("_rawTrailers"));
        writeRawBytes(out, hop.rawTrailers);
    }
    out.key(L("_interim")).beginArray();
    for (const ResponseHead &head : hop.interim)
        headObject(out, head);
    out.endArray();
    out.key(L("_bodyWireBytes")).value(hop.bodyWireBytes);
    out.key(L("_bodyDecodedBytes")).value(hop.bodyDecodedBytes);
    if (hop.requestBodyOmitted > 0)
        out.key(L("_requestBodyOmitted")).value(hop.requestBodyOmitted);
}

void writeEntry(JsonWriter &out,
                const Exchange &exchange,
                const Hop &hop,
                bool first,
                bool last,
                const HarOptions &options)
{
    out.beginObject();
    // HAR requires a date; an exchange that never started gets the epoch rather than "".
    QDateTime started = hop.started.isValid() ? hop.started : exchange.started;
    if (!started.isValid())
        started = QDateTime::fromMSecsSinceEpoch(0).toUTC();
    out.key(L("startedDateTime")).value(started.toString(Qt::ISODateWithMs));
    out.key(L("request"));
    requestObject(out, hop, exchange.request.bodyFile);
    out.key(L("response"));
    responseObject(out, exchange, hop, last, options.maxEmbeddedBody);
    out.key(L("cache")).beginObject().endObject();
    const double time = timingObjects(out, exchange, hop, first, last);
    out.key(L("time")).value(time);
    rawFields(out, hop);
    if (first && exchange.capture.captured) {
        out.key(L("_capture"));
        writeCapture(out, exchange.capture);
    }
    if (last)
        connectionFields(out, exchange);
    out.endObject();
}

} // namespace

void writeRawBytes(JsonWriter &out, const QByteArray &bytes)
{
    if (isTextBytes(bytes)) {
        out.latin1(bytes);
        return;
    }
    out.beginObject().key(L("text")).latin1(bytes.toBase64()).key(L("encoding")).value(L("base64"));
    out.endObject();
}

void writeHarEntries(JsonWriter &out, const Exchange &original, const HarOptions &options)
{
    const Exchange masked = options.maskSecrets ? maskedExchange(original) : Exchange();
    const Exchange &exchange = options.maskSecrets ? masked : original;
    if (exchange.hops.isEmpty()) {
        // Nothing reached the wire (refused connection, bad URL): one entry still tells the story.
        Hop hop;
        hop.url = exchange.request.url;
        hop.started = exchange.started;
        hop.request.method = exchange.request.method.isEmpty() ? QByteArray("GET")
                                                               : exchange.request.method;
        writeEntry(out, exchange, hop, true, true, options);
        return;
    }
    for (qsizetype i = 0; i < exchange.hops.size(); ++i)
        writeEntry(out,
                   exchange,
                   exchange.hops.at(i),
                   i == 0,
                   i == exchange.hops.size() - 1,
                   options);
}

} // namespace HttpLens
