#pragma once

#include "model/exchange.h"

#include <QJsonArray>
#include <QJsonObject>

namespace HttpLens {

// Reads a HAR 1.2 log (from HTTP Lens, a browser or another tool) back into exchanges. Entries
// whose previous entry redirected to them are joined into one exchange, as HTTP Lens writes
// redirect chains. Raw heads come from _rawRequest and _rawResponseHeaders when present and are
// rebuilt from the header lists otherwise. The final response body is restored when the file
// embeds it (content.text), and HTTP Lens's own fields bring back timings, connection and TLS.
struct HarReadResult
{
    bool ok = false;
    QList<Exchange> exchanges;
    QString error;
};

HarReadResult readHar(const QByteArray &json);
// The same for entries already parsed (one exchange's entries, as the history journal keeps them).
HarReadResult readHarEntries(const QJsonArray &entries);

// The request of each entry, in file order, ready to be sent again: method, URL, headers (HTTP/2
// pseudo-headers and Content-Length left out, libcurl writes those) and body. An entry that
// sent Accept-Encoding asks for decompression, as a browser decodes what it asked for.
struct HarRequests
{
    bool ok = false;
    QList<Request> requests;
    QString error;
};

HarRequests readHarRequests(const QByteArray &json);
Request requestFromHarEntry(const QJsonObject &entry);

} // namespace HttpLens
