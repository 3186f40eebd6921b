#pragma once

// What the fuzz targets share: the input as Qt bytes, and an exchange recorded from raw bytes
// the way the engine records libcurl's debug stream.
#include "http/hoprecorder.h"
#include "model/exchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace HttpLens::Fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// What one NUL-separated event of the input is (see recordExchange): 'o', 'b', 't', or 'i' for
// response bytes.
inline char eventKind(const QByteArray &event)
{
    const char kind = event.isEmpty() ? 'i' : event.front();
    return kind == 'o' || kind == 'b' || kind == 't' ? kind : 'i';
}

// Records an exchange from input read as events separated by NUL bytes. An event's first byte
// says what it is: 'o' a request head, 'b' body bytes (its length counts), 't' libcurl's text,
// anything else response bytes (status lines, header fields, 1xx heads, trailers). Response
// bytes reach the recorder in pieces of the input's first byte (0: whole), so a head is split
// wherever the fuzzer likes.
inline Exchange recordExchange(const QByteArray &input)
{
    Exchange exchange;
    if (input.isEmpty())
        return exchange;
    const qsizetype piece = static_cast<unsigned char>(input.front());
    qint64 clock = 0;
    HopRecorder recorder(
            &exchange, [&clock] { return ++clock; }, [] { return QStringLiteral("http://h/"); });
    recorder.setTracing(true);
    recorder.requestHead("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    const QList<QByteArray> events = input.sliced(1).split('\0');
    for (const QByteArray &event : events) {
        const char kind = eventKind(event);
        if (kind == 'o') {
            recorder.requestHead(QByteArrayView(event).sliced(1));
        } else if (kind == 'b') {
            recorder.responseBody(event.size() - 1);
        } else if (kind == 't') {
            recorder.text(QByteArrayView(event).sliced(1));
        } else {
            const QByteArrayView bytes(event);
            const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(bytes.size(), 1);
            for (qsizetype at = 0; at < bytes.size(); at += step)
                recorder.responseBytes(bytes.sliced(at, qMin(step, bytes.size() - at)));
        }
    }
    recorder.finish();
    return exchange;
}

} // namespace HttpLens::Fuzz
