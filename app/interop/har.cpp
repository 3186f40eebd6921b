#include "har.h"

#include "interop/harentrywriter.h"
#include "interop/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace HttpLens {

bool isTextBytes(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t' && u != '\r' && u != '\n') || u == 0x7f)
            return false;
    }
    return true;
}

QJsonValue rawBytesValue(const QByteArray &bytes)
{
    if (isTextBytes(bytes))
        return QString::fromLatin1(bytes);
    return QJsonObject{{QStringLiteral("text"), QString::fromLatin1(bytes.toBase64())},
                       {QStringLiteral("encoding"), QStringLiteral("base64")}};
}

QList<QJsonObject> harEntries(const Exchange &exchange, const HarOptions &options)
{
    JsonWriter out;
    out.beginArray();
    writeHarEntries(out, exchange, options);
    out.endArray();
    QList<QJsonObject> entries;
    for (const QJsonValue &entry : QJsonDocument::fromJson(out.text()).array())
        entries.append(entry.toObject());
    return entries;
}

QJsonObject harLog(const QList<const Exchange *> &exchanges, const HarOptions &options)
{
    QJsonArray entries;
    for (const Exchange *exchange : exchanges) {
        for (const QJsonObject &entry : harEntries(*exchange, options))
            entries.append(entry);
    }
    QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                    {QStringLiteral("creator"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("HTTP Lens")},
                                 {QStringLiteral("version"), QStringLiteral(HTTPLENS_VERSION)}}},
                    {QStringLiteral("entries"), entries}};
    if (options.maskSecrets) {
        log.insert(QStringLiteral("comment"),
                   QStringLiteral("Secrets masked as %1: Authorization, cookie values, token-like "
                                  "header fields and query or form parameters.")
                           .arg(QLatin1String(kMasked)));
        log.insert(QStringLiteral("_secretsMasked"), true);
    }
    return QJsonObject{{QStringLiteral("log"), log}};
}

QJsonObject harLogOfRequests(const QList<Request> &requests, const HarOptions &options)
{
    QList<Exchange> exchanges;
    for (const Request &request : requests) {
        Exchange exchange;
        exchange.request = request;
        Hop hop;
        hop.url = request.url;
        hop.request.method = request.effectiveMethod();
        const QUrl url(request.url);
        hop.request.target = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery())
            hop.request.target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        hop.request.httpVersion = "HTTP/1.1";
        for (const HeaderLine &line : explicitHeaderFields(request)) {
            if (line.kind != HeaderLine::Kind::Remove)
                hop.request.headers.append(HeaderField{line.name, line.value});
        }
        if (request.hasBody)
            hop.requestBody = request.body;
        exchange.hops.append(hop);
        exchanges.append(exchange);
    }
    QList<const Exchange *> pointers;
    for (const Exchange &exchange : exchanges)
        pointers.append(&exchange);
    return harLog(pointers, options);
}

} // namespace HttpLens
