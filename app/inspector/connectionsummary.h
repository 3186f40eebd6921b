#pragma once

#include "model/exchange.h"

#include <QString>

namespace HttpLens {

// The connection and TLS facts of an exchange in words, the same in the window's TLS tab and
// response line and in httplens-cli's report.

// The peer as "address:port"; empty when no connection was made.
QString peerAddress(const ConnectionInfo &connection);
// What came of the certificate check: "the chain verified", "failed: … (code)", or that it was
// switched off and what it would have said.
QString tlsVerification(const TlsInfo &tls);
// "TLSv1.3 · TLS_AES_256_GCM_SHA384 · the chain verified"; empty when TLS was not used.
QString tlsSummary(const TlsInfo &tls);

} // namespace HttpLens
