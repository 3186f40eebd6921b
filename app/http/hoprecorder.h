#pragma once

#include "model/exchange.h"

#include <QByteArrayView>

#include <functional>

namespace HttpLens {

// Builds an exchange's hops from what libcurl reports while a transfer runs: request heads and
// bodies as written (its debug stream), response bytes as received (its header callback:
// status lines, header fields, the empty line, trailers), body sizes and informational text.
// It knows nothing of libcurl or sockets and takes the bytes in pieces of any size: the head of a
// response is complete when its empty line has arrived, wherever the pieces were cut, so a CR
// and its LF in separate reads still end a head. A status line after a complete final head
// starts the next hop (a redirect); 1xx heads are kept as the hop's interim responses.
class HopRecorder
{
public:
    // now: microseconds since the exchange started. url: where the hop being started goes
    // (libcurl's effective URL at that moment).
    HopRecorder(Exchange *exchange, std::function<qint64()> now, std::function<QString()> url);

    // Whether the trace keeps the bytes of text and head events (the window, -v, --har do).
    void setTracing(bool tracing) { m_tracing = tracing; }
    // The most request body bytes a hop keeps; the rest is only counted. Negative: no limit.
    void setRequestBodyLimit(qint64 bytes) { m_requestBodyLimit = bytes; }

    void text(QByteArrayView data);
    void requestHead(QByteArrayView data);
    void requestBody(QByteArrayView data);
    void responseBytes(QByteArrayView data);
    void responseBody(qint64 wireBytes);
    // The transfer ended: request heads of hops without a response are parsed, and the hop's end
    // time is set.
    void finish();

    Hop *currentHop() { return m_hop; }
    bool responseStarted() const { return m_responseStarted; }
    // A status line has arrived but not yet the empty line that ends its head.
    bool inResponseHead() const { return m_responseStarted && !m_finalHeadDone; }

private:
    void beginHop();
    void line(QByteArrayView line);
    void completeHead();
    void trace(TraceEvent::Kind kind, QByteArrayView data, qint64 size);

    Exchange *m_exchange;
    std::function<qint64()> m_now;
    std::function<QString()> m_url;
    Hop *m_hop = nullptr;
    bool m_tracing = true;
    qint64 m_requestBodyLimit = -1;
    bool m_responseStarted = false;
    bool m_finalHeadDone = false;
    QByteArray m_line;        // a response line not yet ended by its LF
    QByteArray m_pendingHead; // the head being received
};

} // namespace HttpLens
