#include "harreader.h"

#include "interop/harcapture.h"
#include "model/httpdate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace HttpLens {

namespace {

class HarReaderText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::HarReader)
};

// A raw field: a Latin-1 string, or {"text": base64, "encoding": "base64"}.
QByteArray rawField(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLatin1();
    const QJsonObject object = value.toObject();
    if (object.value(QStringLiteral("encoding")).toString() == QLatin1String("base64"))
        return QByteArray::fromBase64(object.value(QStringLiteral("text")).toString().toLatin1());
    return {};
}

QByteArray headLines(const QJsonArray &headers)
{
    QByteArray out;
    for (const QJsonValue &value : headers) {
        const QJsonObject header = value.toObject();
        const QByteArray name = header.value(QStringLiteral("name")).toString().toLatin1();
        // HTTP/2 pseudo-headers (":authority") and control characters do not belong in a head.
        QByteArray field = header.value(QStringLiteral("value")).toString().toLatin1();
        field.replace('\r', ' ').replace('\n', ' ');
        if (name.isEmpty() || name.startsWith(':') || name.contains('\r') || name.contains('\n'))
            continue;
        out += name + ": " + field + "\r\n";
    }
    return out + "\r\n";
}

QByteArray httpVersion(const QJsonObject &message)
{
    QByteArray version = message.value(QStringLiteral("httpVersion")).toString().toLatin1().toUpper();
    if (version == "H2" || version == "HTTP/2.0")
        version = "HTTP/2";
    return version.isEmpty() ? QByteArray("HTTP/1.1") : version;
}

Hop hopFromEntry(const QJsonObject &entry)
{
    Hop hop;
    const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
    const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
    hop.url = request.value(QStringLiteral("url")).toString();
    hop.started = QDateTime::fromString(entry.value(QStringLiteral("startedDateTime")).toString(),
                                        Qt::ISODateWithMs);

    QByteArray rawRequest = rawField(entry.value(QStringLiteral("_rawRequest")));
    if (rawRequest.isEmpty()) {
        const QUrl url(hop.url);
        QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        rawRequest = request.value(QStringLiteral("method")).toString().toLatin1() + ' ' + target
                     + ' ' + httpVersion(request) + "\r\n"
                     + headLines(request.value(QStringLiteral("headers")).toArray());
    }
    hop.request = RequestHead::parse(rawRequest);

    const int status = response.value(QStringLiteral("status")).toInt();
    if (status > 0) {
        QByteArray rawResponse = rawField(entry.value(QStringLiteral("_rawResponseHeaders")));
        if (rawResponse.isEmpty())
            rawResponse = httpVersion(response) + ' ' + QByteArray::number(status) + ' '
                          + response.value(QStringLiteral("statusText")).toString().toLatin1()
                          + "\r\n" + headLines(response.value(QStringLiteral("headers")).toArray());
        hop.response = ResponseHead::parse(rawResponse);
        hop.hasResponse = true;
        const qint64 bodySize = response.value(QStringLiteral("bodySize")).toInteger(-1);
        const qint64 contentSize = response.value(QStringLiteral("content"))
                                           .toObject()
                                           .value(QStringLiteral("size"))
                                           .toInteger(-1);
        hop.bodyWireBytes
                = qMax<qint64>(0, entry.value(QStringLiteral("_bodyWireBytes")).toInteger(bodySize));
        hop.bodyDecodedBytes = qMax<qint64>(0,
                                            entry.value(QStringLiteral("_bodyDecodedBytes"))
                                                    .toInteger(contentSize));
    }
    const QJsonObject us = entry.value(QStringLiteral("_timingsUs")).toObject();
    hop.startUs = us.value(QStringLiteral("hopStart")).toInteger(-1);
    hop.requestUs = us.value(QStringLiteral("requestWritten")).toInteger(-1);
    hop.firstByteUs = us.value(QStringLiteral("firstByte")).toInteger(-1);
    hop.endUs = us.value(QStringLiteral("end")).toInteger(-1);
    for (const QJsonValue &value : entry.value(QStringLiteral("_interim")).toArray())
        hop.interim.append(ResponseHead::parse(
                rawField(value.toObject().value(QStringLiteral("_rawResponseHeaders")))));
    hop.rawTrailers = rawField(entry.value(QStringLiteral("_rawTrailers")));
    return hop;
}

QByteArray requestBody(const QJsonObject &entry)
{
    if (entry.contains(QStringLiteral("_rawRequestBody")))
        return rawField(entry.value(QStringLiteral("_rawRequestBody")));
    const QJsonObject postData = entry.value(QStringLiteral("request"))
                                         .toObject()
                                         .value(QStringLiteral("postData"))
                                         .toObject();
    if (postData.isEmpty())
        return {};
    const QString text = postData.value(QStringLiteral("text")).toString();
    const QString encoding = postData.value(QStringLiteral("_encoding"))
                                     .toString(
                                             postData.value(QStringLiteral("encoding")).toString());
    if (encoding == QLatin1String("base64"))
        return QByteArray::fromBase64(text.toLatin1());
    if (!text.isEmpty() || !postData.contains(QStringLiteral("params")))
        return text.toUtf8();
    // Only params (an old or hand-written HAR): rebuild the urlencoded form.
    QByteArray form;
    for (const QJsonValue &value : postData.value(QStringLiteral("params")).toArray()) {
        const QJsonObject param = value.toObject();
        if (!form.isEmpty())
            form += '&';
        form += param.value(QStringLiteral("name")).toString().toUtf8().toPercentEncoding() + '='
                + param.value(QStringLiteral("value")).toString().toUtf8().toPercentEncoding();
    }
    return form;
}

QByteArray responseBody(const QJsonObject &content)
{
    const QString text = content.value(QStringLiteral("text")).toString();
    if (content.value(QStringLiteral("encoding")).toString() == QLatin1String("base64"))
        return QByteArray::fromBase64(text.toLatin1());
    return text.toUtf8();
}

// Header bytes travel as Latin-1 text in HAR (browsers send header values as byte strings and
// HTTP Lens writes them so); text beyond Latin-1 can only have been UTF-8.
QByteArray headerBytes(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0xff)
            return text.toUtf8();
    }
    return text.toLatin1();
}

qint64 integer(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger(-1);
}

// HTTP Lens's own fields of the final entry: exact timings, the connection and TLS.
void restoreDetails(Exchange &exchange, const QJsonObject &entry)
{
    const QJsonObject us = entry.value(QStringLiteral("_timingsUs")).toObject();
    if (us.contains(QStringLiteral("total"))) {
        Timings &t = exchange.timings;
        t.queueUs = integer(us, "queue");
        t.nameLookupUs = integer(us, "nameLookup");
        t.connectUs = integer(us, "connect");
        t.appConnectUs = integer(us, "appConnect");
        t.preTransferUs = integer(us, "preTransfer");
        t.startTransferUs = integer(us, "startTransfer");
        t.totalUs = integer(us, "total");
        t.redirectUs = integer(us, "redirect");
        t.secure = entry.value(QStringLiteral("request"))
                           .toObject()
                           .value(QStringLiteral("url"))
                           .toString()
                           .startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
    }
    const QJsonObject connection = entry.value(QStringLiteral("_connection")).toObject();
    if (!connection.isEmpty()) {
        ConnectionInfo &c = exchange.connection;
        c.remoteAddress = connection.value(QStringLiteral("remoteAddress")).toString();
        c.remotePort = connection.value(QStringLiteral("remotePort")).toInt();
        c.localAddress = connection.value(QStringLiteral("localAddress")).toString();
        c.localPort = connection.value(QStringLiteral("localPort")).toInt();
        c.httpVersion = connection.value(QStringLiteral("httpVersion")).toString().toLatin1();
        c.reused = connection.value(QStringLiteral("reused")).toBool();
    } else if (entry.contains(QStringLiteral("serverIPAddress"))) {
        exchange.connection.remoteAddress = entry.value(QStringLiteral("serverIPAddress")).toString();
    }
    const QJsonObject tls = entry.value(QStringLiteral("_tls")).toObject();
    if (!tls.isEmpty()) {
        TlsInfo &t = exchange.tls;
        t.used = true;
        t.protocol = tls.value(QStringLiteral("protocol")).toString().toLatin1();
        t.cipher = tls.value(QStringLiteral("cipher")).toString().toLatin1();
        t.alpn = tls.value(QStringLiteral("alpn")).toString().toLatin1();
        t.verificationEnabled = tls.value(QStringLiteral("verificationEnabled")).toBool(true);
        t.verifyResult = long(tls.value(QStringLiteral("verifyResult")).toInteger());
        t.verifyText = tls.value(QStringLiteral("verifyText")).toString();
        for (const QJsonValue &value : tls.value(QStringLiteral("chain")).toArray()) {
            const QByteArray pem
                    = value.toObject().value(QStringLiteral("pem")).toString().toLatin1();
            const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
            t.chain += certs;
        }
    }
    const QJsonObject content = entry.value(QStringLiteral("response"))
                                        .toObject()
                                        .value(QStringLiteral("content"))
                                        .toObject();
    exchange.body.clear();
    if (content.contains(QStringLiteral("text"))) {
        const QByteArray body = responseBody(content);
        exchange.body.append(body.constData(), body.size());
    }
}

} // namespace

Request requestFromHarEntry(const QJsonObject &entry)
{
    const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
    Request r;
    r.method = request.value(QStringLiteral("method")).toString().toLatin1();
    r.url = request.value(QStringLiteral("url")).toString();
    for (const QJsonValue &value : request.value(QStringLiteral("headers")).toArray()) {
        const QJsonObject header = value.toObject();
        const QByteArray name = header.value(QStringLiteral("name")).toString().toLatin1();
        if (name.isEmpty() || name.startsWith(':')
            || name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        if (name.compare("Accept-Encoding", Qt::CaseInsensitive) == 0)
            r.decompress = true;
        const QByteArray fieldValue = headerBytes(header.value(QStringLiteral("value")).toString());
        r.headers.append(
                HeaderLine{fieldValue.isEmpty() ? HeaderLine::Kind::Empty : HeaderLine::Kind::Set,
                           name,
                           fieldValue,
                           ": "});
    }
    r.body = requestBody(entry);
    r.bodyFile = request.value(QStringLiteral("postData"))
                         .toObject()
                         .value(QStringLiteral("_bodyFile"))
                         .toString();
    r.hasBody = !r.body.isEmpty() || request.contains(QStringLiteral("postData"));
    if (r.method == "HEAD")
        r.noBody = true;
    return r;
}

namespace {

// log.entries of a HAR document, or why there is none.
std::optional<QJsonArray> harEntryArray(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HarReaderText::tr("This is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonValue entries = document.object()
                                       .value(QStringLiteral("log"))
                                       .toObject()
                                       .value(QStringLiteral("entries"));
    if (!entries.isArray()) {
        *error = HarReaderText::tr("This JSON is not a HAR file: it has no log.entries array.");
        return std::nullopt;
    }
    return entries.toArray();
}

} // namespace

HarRequests readHarRequests(const QByteArray &json)
{
    HarRequests result;
    const std::optional<QJsonArray> entries = harEntryArray(json, &result.error);
    if (!entries)
        return result;
    for (const QJsonValue &value : *entries)
        result.requests.append(requestFromHarEntry(value.toObject()));
    result.ok = true;
    return result;
}

HarReadResult readHar(const QByteArray &json)
{
    HarReadResult result;
    const std::optional<QJsonArray> entries = harEntryArray(json, &result.error);
    if (!entries)
        return result;
    return readHarEntries(*entries);
}

HarReadResult readHarEntries(const QJsonArray &entries)
{
    HarReadResult result;
    QUrl expectedNext;
    for (const QJsonValue &value : entries) {
        if (!value.isObject())
            continue;
        const QJsonObject entry = value.toObject();
        Hop hop = hopFromEntry(entry);
        const bool continuesChain = !result.exchanges.isEmpty() && expectedNext.isValid()
                                    && QUrl(hop.url) == expectedNext;
        if (!continuesChain) {
            Exchange exchange;
            exchange.request = requestFromHarEntry(entry);
            exchange.started = hop.started;
            exchange.capture = captureFromObject(entry.value(QStringLiteral("_capture")).toObject());
            result.exchanges.append(exchange);
        }
        Exchange &exchange = result.exchanges.last();
        const double ms = entry.value(QStringLiteral("time")).toDouble(0);
        exchange.timings.totalUs = qMax<qint64>(0, exchange.timings.totalUs) + qint64(ms * 1000);
        // The first hop's body is the request's, decoded once.
        hop.requestBody = continuesChain ? requestBody(entry) : exchange.request.body;
        hop.requestBodyOmitted = entry.value(QStringLiteral("_requestBodyOmitted")).toInteger();
        exchange.hops.append(hop);
        exchange.effectiveUrl = hop.url;
        restoreDetails(exchange, entry);
        if (hop.url.startsWith(QLatin1String("https:")))
            exchange.tls.used = true;
        // Where a redirect leads, resolved against this hop's URL.
        expectedNext = QUrl();
        const int status = hop.response.status;
        const QByteArray location = headerValue(hop.response.headers, "Location");
        if (status >= 300 && status < 400 && status != 304 && !location.isEmpty())
            expectedNext = QUrl(hop.url).resolved(QUrl::fromEncoded(location));
        const QJsonObject error = entry.value(QStringLiteral("_error")).toObject();
        if (!error.isEmpty()) {
            exchange.error.curlCode = error.value(QStringLiteral("curlCode")).toInt();
            exchange.error.curlText = error.value(QStringLiteral("curlText")).toString();
            exchange.error.sentence = error.value(QStringLiteral("message")).toString();
            exchange.error.hint = error.value(QStringLiteral("hint")).toString();
        }
    }
    result.ok = true;
    return result;
}

} // namespace HttpLens
