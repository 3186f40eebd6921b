#pragma once

#include "model/headers.h"

#include <QByteArray>
#include <QList>

namespace HttpLens::Practice {

// A response the practice server writes byte for byte. Headers go out in the given order and
// spelling; Content-Length is added only when absent and the status allows a body.
struct Response
{
    int status = 200;
    QByteArray reason; // empty: the registered phrase, or none for unregistered codes
    HeaderList headers;
    QByteArray body;
    QList<QByteArray> interim; // complete 1xx heads written before the response
    bool close = false;        // close the connection after writing
    int delayMs = 0;           // wait this long before the first byte

    // Faults, for learning and for testing clients.
    QByteArray raw;         // when set, written verbatim instead of the serialized response
    qint64 resetAfter = -1; // write this many bytes, then reset the connection (TCP RST)
    int dripPieces = 0;     // send the body in this many pieces ...
    int dripIntervalMs = 0; // ... this far apart

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(HeaderField{name, value});
    }
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray serialize(bool headRequest) const;
    // The bytes to write: raw when set, the serialized response otherwise.
    QByteArray bytes(bool headRequest) const
    {
        return raw.isEmpty() ? serialize(headRequest) : raw;
    }

    static Response text(int status,
                         const QByteArray &body,
                         const QByteArray &contentType = "text/plain; charset=utf-8");
};

} // namespace HttpLens::Practice
