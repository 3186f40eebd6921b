#pragma once

#include "model/exchange.h"

namespace HttpLens {

// Text renderings of an Exchange for the terminal.

// The default report: status, every hop's request and response heads, connection and timings.
QByteArray formatReport(const Exchange &exchange);

// curl -v's layout: "* " for libcurl's notes, "> " and "< " before each head line exactly as it
// went over the wire (CRLF kept), "} [N bytes data]" and "{ [N bytes data]" for bodies.
QByteArray formatVerboseTrace(const Exchange &exchange);

// The timing phases, one per line, each line starting with prefix.
QByteArray formatTimingTable(const Exchange &exchange, const QByteArray &prefix = "  ");

// The findings about the exchange, one per line with severity and basis.
QByteArray formatFindings(const Exchange &exchange);

// What a private cache would make of the final response (RFC 9111): storable, lifetime, age,
// fresh or stale, and the next step.
QByteArray formatCaching(const Exchange &exchange);

// Transport error with its hint, for standard error.
QByteArray formatError(const Exchange &exchange);

// Each certificate of a chain on one line: subject, issuer, validity, SHA-256 fingerprint.
QByteArray formatCertificates(const QList<QSslCertificate> &chain);

// -k: a warning that the certificate was not checked, with what the check would have said.
QByteArray formatInsecureWarning(const Exchange &exchange);

// A body preview for the terminal: text up to maxBytes, or a note for binary or empty bodies.
QByteArray formatBodyPreview(const Exchange &exchange, qint64 maxBytes);

} // namespace HttpLens
