#include "har.h"

#include "cookies/cookiejar.h"
#include "interop/harcapture.h"
#include "interop/secrets.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

namespace HttpLens {

namespace {

double ms(qint64 us)
{
    if (us < 0)
        return -1;
    return double(us) / 1000.0;
}

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QJsonArray headerArray(const HeaderList &headers)
{
    QJsonArray array;
    for (const HeaderField &field : headers)
        array.append(QJsonObject{{QStringLiteral("name"), latin1(field.name)},
                                 {QStringLiteral("value"), latin1(field.value)}});
    return array;
}

QJsonArray requestCookies(const HeaderList &headers)
{
    QJsonArray array;
    for (const QByteArray &value : headerValues(headers, "Cookie")) {
        for (const auto &[name, cookieValue] : parseCookieHeader(value))
            array.append(QJsonObject{{QStringLiteral("name"), latin1(name)},
                                     {QStringLiteral("value"), latin1(cookieValue)}});
    }
    return array;
}

QJsonArray responseCookies(const HeaderList &headers)
{
    QJsonArray array;
    for (const QByteArray &value : headerValues(headers, "Set-Cookie")) {
        const SetCookie parsed = SetCookie::parse(value);
        QJsonObject cookie{{QStringLiteral("name"), latin1(parsed.name)},
                           {QStringLiteral("value"), latin1(parsed.value)}};
        for (const auto &[name, attributeValue] : parsed.attributes) {
            const QByteArray key = name.toLower();
            if (key == "path")
                cookie.insert(QStringLiteral("path"), latin1(attributeValue));
            else if (key == "domain")
                cookie.insert(QStringLiteral("domain"), latin1(attributeValue));
            else if (key == "expires")
                cookie.insert(QStringLiteral("expires"), latin1(attributeValue));
            else if (key == "max-age")
                cookie.insert(QStringLiteral("_maxAge"), latin1(attributeValue));
            else if (key == "httponly")
                cookie.insert(QStringLiteral("httpOnly"), true);
            else if (key == "secure")
                cookie.insert(QStringLiteral("secure"), true);
            else if (key == "samesite")
                cookie.insert(QStringLiteral("sameSite"), latin1(attributeValue));
        }
        array.append(cookie);
    }
    return array;
}

QJsonObject headObject(const ResponseHead &head)
{
    return QJsonObject{{QStringLiteral("status"), head.status},
                       {QStringLiteral("statusText"), latin1(head.reason)},
                       {QStringLiteral("httpVersion"), latin1(head.httpVersion)},
                       {QStringLiteral("headers"), headerArray(head.headers)},
                       {QStringLiteral("_rawResponseHeaders"), rawBytesValue(head.raw)}};
}

QJsonObject tlsObject(const TlsInfo &tls)
{
    QJsonArray chain;
    for (const QSslCertificate &cert : tls.chain) {
        chain.append(QJsonObject{{QStringLiteral("subject"), cert.subjectDisplayName()},
                                 {QStringLiteral("issuer"), cert.issuerDisplayName()},
                                 {QStringLiteral("notBefore"),
                                  cert.effectiveDate().toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("notAfter"),
                                  cert.expiryDate().toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("serialNumber"), latin1(cert.serialNumber())},
                                 {QStringLiteral("sha256"),
                                  latin1(cert.digest(QCryptographicHash::Sha256).toHex(':'))},
                                 {QStringLiteral("pem"), latin1(cert.toPem())}});
    }
    return QJsonObject{{QStringLiteral("protocol"), latin1(tls.protocol)},
                       {QStringLiteral("cipher"), latin1(tls.cipher)},
                       {QStringLiteral("alpn"), latin1(tls.alpn)},
                       {QStringLiteral("verificationEnabled"), tls.verificationEnabled},
                       {QStringLiteral("verifyResult"), qint64(tls.verifyResult)},
                       {QStringLiteral("verifyText"), tls.verifyText},
                       {QStringLiteral("chain"), chain}};
}

QJsonObject contentObject(const Exchange &exchange, const Hop &hop, bool finalHop, qint64 maxBody)
{
    const QByteArray mime = headerValue(hop.response.headers, "Content-Type");
    QJsonObject content{{QStringLiteral("size"),
                         finalHop ? exchange.body.size() : hop.bodyDecodedBytes},
                        {QStringLiteral("mimeType"), latin1(mime)}};
    const qint64 saved = hop.bodyDecodedBytes - hop.bodyWireBytes;
    if (hop.bodyWireBytes > 0 && saved != 0)
        content.insert(QStringLiteral("compression"), saved);
    if (!finalHop || exchange.body.size() == 0)
        return content;
    if (exchange.body.size() > maxBody) {
        content.insert(QStringLiteral("comment"),
                       QStringLiteral("body of %1 bytes not embedded").arg(exchange.body.size()));
        return content;
    }
    const QByteArray body = exchange.body.read();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (!decoder.hasError() && !body.contains('\0')) {
        content.insert(QStringLiteral("text"), text);
    } else {
        content.insert(QStringLiteral("text"), latin1(body.toBase64()));
        content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    return content;
}

QJsonObject errorObject(const TransportError &error)
{
    return QJsonObject{{QStringLiteral("curlCode"), error.curlCode},
                       {QStringLiteral("curlText"), error.curlText},
                       {QStringLiteral("message"), error.sentence},
                       {QStringLiteral("hint"), error.hint}};
}

} // namespace

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
        return latin1(bytes);
    return QJsonObject{{QStringLiteral("text"), latin1(bytes.toBase64())},
                       {QStringLiteral("encoding"), QStringLiteral("base64")}};
}

QList<QJsonObject> harEntries(const Exchange &original, const HarOptions &options)
{
    const Exchange masked = options.maskSecrets ? maskedExchange(original) : Exchange();
    const Exchange &exchange = options.maskSecrets ? masked : original;
    QList<QJsonObject> entries;
    QList<Hop> hops = exchange.hops;
    if (hops.isEmpty()) {
        // Nothing reached the wire (refused connection, bad URL): one entry still tells the story.
        Hop hop;
        hop.url = exchange.request.url;
        hop.started = exchange.started;
        hop.request.method = exchange.request.method.isEmpty() ? QByteArray("GET")
                                                               : exchange.request.method;
        hops.append(hop);
    }
    const Timings &t = exchange.timings;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const Hop &hop = hops.at(i);
        const bool last = i == hops.size() - 1;

        QJsonArray query;
        const QUrl url(hop.url);
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject{{QStringLiteral("name"), item.first},
                                     {QStringLiteral("value"), item.second}});

        QJsonObject request{{QStringLiteral("method"), latin1(hop.request.method)},
                            {QStringLiteral("url"), hop.url},
                            {QStringLiteral("httpVersion"), latin1(hop.request.httpVersion)},
                            {QStringLiteral("cookies"), requestCookies(hop.request.headers)},
                            {QStringLiteral("headers"), headerArray(hop.request.headers)},
                            {QStringLiteral("queryString"), query},
                            {QStringLiteral("headersSize"),
                             hop.request.raw.isEmpty() ? -1 : hop.request.raw.size()},
                            {QStringLiteral("bodySize"), hop.requestBody.size()}};
        if (!hop.requestBody.isEmpty()) {
            QJsonObject postData{{QStringLiteral("mimeType"),
                                  latin1(headerValue(hop.request.headers, "Content-Type"))}};
            if (isTextBytes(hop.requestBody)) {
                postData.insert(QStringLiteral("text"), latin1(hop.requestBody));
            } else {
                postData.insert(QStringLiteral("text"), latin1(hop.requestBody.toBase64()));
                postData.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
            }
            request.insert(QStringLiteral("postData"), postData);
        }

        QJsonObject response;
        if (hop.hasResponse) {
            response = QJsonObject{{QStringLiteral("status"), hop.response.status},
                                   {QStringLiteral("statusText"), latin1(hop.response.reason)},
                                   {QStringLiteral("httpVersion"), latin1(hop.response.httpVersion)},
                                   {QStringLiteral("cookies"),
                                    responseCookies(hop.response.headers)},
                                   {QStringLiteral("headers"), headerArray(hop.response.headers)},
                                   {QStringLiteral("content"),
                                    contentObject(exchange, hop, last, options.maxEmbeddedBody)},
                                   {QStringLiteral("redirectURL"),
                                    latin1(headerValue(hop.response.headers, "Location"))},
                                   {QStringLiteral("headersSize"), hop.response.raw.size()},
                                   {QStringLiteral("bodySize"), hop.bodyWireBytes}};
        } else {
            response = QJsonObject{{QStringLiteral("status"), 0},
                                   {QStringLiteral("statusText"), QString()},
                                   {QStringLiteral("httpVersion"), QString()},
                                   {QStringLiteral("cookies"), QJsonArray()},
                                   {QStringLiteral("headers"), QJsonArray()},
                                   {QStringLiteral("content"),
                                    QJsonObject{{QStringLiteral("size"), 0},
                                                {QStringLiteral("mimeType"), QString()}}},
                                   {QStringLiteral("redirectURL"), QString()},
                                   {QStringLiteral("headersSize"), -1},
                                   {QStringLiteral("bodySize"), -1}};
        }

        QJsonObject timings;
        QJsonObject timingsUs{{QStringLiteral("hopStart"), hop.startUs},
                              {QStringLiteral("requestWritten"), hop.requestUs},
                              {QStringLiteral("firstByte"), hop.firstByteUs},
                              {QStringLiteral("end"), hop.endUs}};
        double time = 0;
        if (last) {
            const bool reused = exchange.connection.reused;
            timings = QJsonObject{{QStringLiteral("blocked"), i == 0 ? ms(t.queueUs) : -1.0},
                                  {QStringLiteral("dns"), reused ? -1.0 : ms(t.dnsPhaseUs())},
                                  // HAR counts the TLS handshake inside connect.
                                  {QStringLiteral("connect"),
                                   reused ? -1.0
                                          : ms(t.connectPhaseUs()
                                               + qMax<qint64>(0, t.tlsPhaseUs()))},
                                  {QStringLiteral("ssl"), reused ? -1.0 : ms(t.tlsPhaseUs())},
                                  {QStringLiteral("send"), qMax(0.0, ms(t.sendPhaseUs()))},
                                  {QStringLiteral("wait"), qMax(0.0, ms(t.waitPhaseUs()))},
                                  {QStringLiteral("receive"), qMax(0.0, ms(t.downloadPhaseUs()))}};
            timingsUs.insert(QStringLiteral("queue"), t.queueUs);
            timingsUs.insert(QStringLiteral("nameLookup"), t.nameLookupUs);
            timingsUs.insert(QStringLiteral("connect"), t.connectUs);
            timingsUs.insert(QStringLiteral("appConnect"), t.appConnectUs);
            timingsUs.insert(QStringLiteral("preTransfer"), t.preTransferUs);
            timingsUs.insert(QStringLiteral("startTransfer"), t.startTransferUs);
            timingsUs.insert(QStringLiteral("total"), t.totalUs);
            timingsUs.insert(QStringLiteral("redirect"), t.redirectUs);
            if (t.totalUs >= 0)
                time = ms(t.totalUs - qMax<qint64>(0, t.redirectUs))
                       + (i == 0 ? qMax(0.0, ms(t.queueUs)) : 0.0);
        } else {
            // libcurl measures phases for the last hop only. For earlier hops everything before
            // the request was written (DNS, TCP and TLS of a new connection) counts as connect.
            auto between = [](qint64 from, qint64 to) {
                return from >= 0 && to >= from ? to - from : -1;
            };
            const qint64 setup = between(hop.startUs, hop.requestUs);
            timings = QJsonObject{{QStringLiteral("blocked"), -1},
                                  {QStringLiteral("dns"), -1},
                                  {QStringLiteral("connect"), setup > 0 ? ms(setup) : -1.0},
                                  {QStringLiteral("ssl"), -1},
                                  {QStringLiteral("send"), 0},
                                  {QStringLiteral("wait"),
                                   qMax(0.0, ms(between(hop.requestUs, hop.firstByteUs)))},
                                  {QStringLiteral("receive"),
                                   qMax(0.0, ms(between(hop.firstByteUs, hop.endUs)))}};
            if (hop.endUs >= 0 && hop.startUs >= 0)
                time = ms(hop.endUs - hop.startUs);
        }

        // HAR requires a date; an exchange that never started gets the epoch rather than "".
        QDateTime started = hop.started.isValid() ? hop.started : exchange.started;
        if (!started.isValid())
            started = QDateTime::fromMSecsSinceEpoch(0).toUTC();
        QJsonObject entry{{QStringLiteral("startedDateTime"), started.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("time"), time},
                          {QStringLiteral("request"), request},
                          {QStringLiteral("response"), response},
                          {QStringLiteral("cache"), QJsonObject()},
                          {QStringLiteral("timings"), timings},
                          {QStringLiteral("_timingsUs"), timingsUs}};
        if (!hop.request.raw.isEmpty())
            entry.insert(QStringLiteral("_rawRequest"), rawBytesValue(hop.request.raw));
        if (!hop.requestBody.isEmpty())
            entry.insert(QStringLiteral("_rawRequestBody"), rawBytesValue(hop.requestBody));
        if (hop.hasResponse)
            entry.insert(QStringLiteral("_rawResponseHeaders"), rawBytesValue(hop.response.raw));
        if (!hop.rawTrailers.isEmpty())
            entry.insert(QStringLiteral("_rawTrailers"), rawBytesValue(hop.rawTrailers));
        QJsonArray interim;
        for (const ResponseHead &head : hop.interim)
            interim.append(headObject(head));
        entry.insert(QStringLiteral("_interim"), interim);
        entry.insert(QStringLiteral("_bodyWireBytes"), hop.bodyWireBytes);
        entry.insert(QStringLiteral("_bodyDecodedBytes"), hop.bodyDecodedBytes);
        if (hop.requestBodyOmitted > 0)
            entry.insert(QStringLiteral("_requestBodyOmitted"), hop.requestBodyOmitted);
        if (i == 0 && exchange.capture.captured)
            entry.insert(QStringLiteral("_capture"), captureObject(exchange.capture));
        if (last) {
            if (!exchange.connection.remoteAddress.isEmpty()) {
                entry.insert(QStringLiteral("serverIPAddress"), exchange.connection.remoteAddress);
                entry.insert(QStringLiteral("connection"),
                             QString::number(exchange.connection.localPort));
            }
            entry.insert(QStringLiteral("_connection"),
                         QJsonObject{{QStringLiteral("remoteAddress"),
                                      exchange.connection.remoteAddress},
                                     {QStringLiteral("remotePort"), exchange.connection.remotePort},
                                     {QStringLiteral("localAddress"),
                                      exchange.connection.localAddress},
                                     {QStringLiteral("localPort"), exchange.connection.localPort},
                                     {QStringLiteral("httpVersion"),
                                      latin1(exchange.connection.httpVersion)},
                                     {QStringLiteral("reused"), exchange.connection.reused}});
            if (exchange.tls.used)
                entry.insert(QStringLiteral("_tls"), tlsObject(exchange.tls));
            if (exchange.error.isError())
                entry.insert(QStringLiteral("_error"), errorObject(exchange.error));
        }
        entries.append(entry);
    }
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
