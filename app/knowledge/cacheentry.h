#pragma once

#include "model/headers.h"

#include <QDateTime>
#include <QString>

namespace HttpLens {

// One response a simulated cache keeps: what was asked (the request fields Vary names are read
// from it), what came back, and when.
struct CacheEntry
{
    QString url;
    QByteArray method = "GET";
    HeaderList requestHeaders;
    int status = 0;
    HeaderList responseHeaders;
    QDateTime requestTime;
    QDateTime responseTime;
    qint64 bodyBytes = 0;
    QByteArray bodySha256; // hex; what a replay from the cache would hand over
};

// A header field a 304 changed in the stored response (RFC 9111 §4.3.4): empty before when the
// field is new.
struct FieldChange
{
    QByteArray name;
    QByteArray before;
    QByteArray after;
};

} // namespace HttpLens
