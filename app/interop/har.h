#pragma once

#include "model/exchange.h"

#include <QJsonObject>
#include <QJsonValue>

namespace HttpLens {

// Writes exchanges as a HAR 1.2 log: one entry per hop, as browsers record redirect chains.
// What HAR has no field for goes into underscore fields (_rawRequest, _rawResponseHeaders,
// _interim, _timingsUs, _tls, _error, ...), documented in the README.
//
// Exports meant for sharing mask secrets (see secrets.h); `httplens-cli send --har` records the
// user's own exchange and keeps everything, as curl's trace does.
struct HarOptions
{
    bool maskSecrets = false;
    qint64 maxEmbeddedBody = 16 * 1024 * 1024; // larger response bodies: size and a comment only
};

QJsonObject harLog(const QList<const Exchange *> &exchanges, const HarOptions &options = {});
QList<QJsonObject> harEntries(const Exchange &exchange, const HarOptions &options = {});

// Requests that were not sent (converted from curl or an .http file): HAR entries with the
// method, URL, header fields and body, and an empty response (status 0).
QJsonObject harLogOfRequests(const QList<Request> &requests, const HarOptions &options = {});

// Exact bytes as a JSON value: a Latin-1 string when they are text (printable, tab, CR, LF),
// otherwise {"text": base64, "encoding": "base64"}.
QJsonValue rawBytesValue(const QByteArray &bytes);
bool isTextBytes(const QByteArray &bytes);

} // namespace HttpLens
