#pragma once

#include "model/exchange.h"

namespace HttpLens {

// Turns a libcurl result code into a TransportError with a sentence and a hint that name the
// host and port involved, e.g. "connection refused: nothing listens on port 8080 of 127.0.0.1".
// osErrno is libcurl's CURLINFO_OS_ERRNO, used to tell a refused connection from an unreachable
// one; inResponseHead says the failure came after a status line but before the end of its head.
TransportError describeTransportError(int curlCode,
                                      const QString &curlText,
                                      const QString &url,
                                      long osErrno = 0,
                                      bool inResponseHead = false);

// A few words for a badge or a status column, where a code number says little: "Cancelled",
// "Timed out after 30 s", "Connection refused". libcurl's number stays in the error's details.
QString transportErrorTitle(const Exchange &exchange);

} // namespace HttpLens
