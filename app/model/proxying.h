#pragma once

#include "model/headers.h"

#include <QByteArray>
#include <QList>

namespace HttpLens {

// What RFC 9110 §7.6 asks of an intermediary, for the capture proxy that forwards and for the
// findings that judge what it forwarded.

// The fields of a message that belong to one connection and that a proxy must not forward
// (§7.6.1): Connection and every field it names, Proxy-Connection, Keep-Alive, TE, Upgrade
// (unless the connection becomes a tunnel), and Proxy-Authorization, which was meant for the
// proxy. Names are lower case.
QList<QByteArray> connectionFields(const HeaderList &fields, bool keepUpgrade);

// The request head a proxy forwards for one a client sent it: the target in origin form (an
// absolute URL's path and query), every other field line byte for byte, the connection's own
// fields left out, CRLF line ends.
QByteArray proxiedRequestHead(const QByteArray &clientHead);

} // namespace HttpLens
