#include "harreader.h"

#include "model/httpdate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace HttpLens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpLens::HarReader", text);
}

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
    for (const QJsonValue &value : entry.value(QStringLiteral("_interim")).toArray())
        hop.interim.append(ResponseHead::parse(
                rawField(value.toObject().value(QStringLiteral("_rawResponseHeaders")))));
    return hop;
}

} // namespace

HarReadResult readHar(const QByteArray &json)
{
    HarReadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("This is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset);
        return result;
    }
    const QJsonObject log = document.object().value(QStringLiteral("log")).toObject();
    if (log.isEmpty() || !log.value(QStringLiteral("entries")).isArray()) {
        result.error = tr("This JSON is not a HAR file: it has no log.entries array.");
        return result;
    }
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
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
            exchange.request.url = hop.url;
            exchange.request.method = hop.request.method;
            exchange.started = hop.started;
            result.exchanges.append(exchange);
        }
        Exchange &exchange = result.exchanges.last();
        const double ms = entry.value(QStringLiteral("time")).toDouble(0);
        exchange.timings.totalUs = qMax<qint64>(0, exchange.timings.totalUs) + qint64(ms * 1000);
        exchange.hops.append(hop);
        exchange.effectiveUrl = hop.url;
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
