#pragma once

#include "model/exchange.h"

#include <QJsonObject>

namespace HttpLens {

// Reads a HAR 1.2 log (from HTTP Lens, a browser or another tool) back into exchanges. Entries
// whose previous entry redirected to them are joined into one exchange, as HTTP Lens writes
// redirect chains. Raw heads come from _rawRequest and _rawResponseHeaders when present and are
// rebuilt from the header lists otherwise. Bodies are not restored, only their sizes.
struct HarReadResult
{
    bool ok = false;
    QList<Exchange> exchanges;
    QString error;
};

HarReadResult readHar(const QByteArray &json);

} // namespace HttpLens
