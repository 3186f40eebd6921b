#pragma once

#include <QDateTime>

namespace HttpLens::Practice {

// The practice server's idea of the time: the system clock, plus an offset that only moves
// forward. Everything the server dates (Date, Last-Modified, signed cookies, a CDN's Age)
// reads it, so a test or a lesson can let a second pass without waiting for one.
class ServerClock
{
public:
    QDateTime now() const;
    // HTTP dates have one-second resolution: now() without its milliseconds.
    QDateTime nowInSeconds() const;
    // Moves the clock this many seconds ahead (negative values are ignored).
    void advance(qint64 seconds);

private:
    qint64 m_offsetSeconds = 0;
};

} // namespace HttpLens::Practice
