#pragma once

#include "inspector/bodydiff.h"
#include "model/exchange.h"

#include <QList>

namespace HttpLens {

// One header name compared across two messages. Repeated fields are compared as the list of
// their values in order, so a second Set-Cookie counts as a change.
struct HeaderDifference
{
    enum class Kind { Same, Added, Removed, Changed };
    Kind kind = Kind::Same;
    QByteArray name;
    QList<QByteArray> left;
    QList<QByteArray> right;
};

// What crossed the wire for one exchange, every hop and interim response included.
struct WireSize
{
    qint64 requestBytes = 0;      // request heads and bodies
    qint64 responseHeadBytes = 0; // response heads, 1xx included
    qint64 responseBodyBytes = 0; // body bytes as received (before decoding)

    qint64 total() const { return requestBytes + responseHeadBytes + responseBodyBytes; }
};

WireSize wireSize(const Exchange &exchange);

// Two exchanges side by side: the 200-vs-304 view. Left is normally the earlier one.
struct Comparison
{
    int leftStatus = 0;
    int rightStatus = 0;
    QByteArray leftReason;
    QByteArray rightReason;
    QList<HeaderDifference> requestHeaders;  // of the final hops
    QList<HeaderDifference> responseHeaders; // of the final responses
    WireSize leftWire;
    WireSize rightWire;

    struct TimingRow
    {
        QByteArray phase; // "dns", "connect", "tls", "send", "wait", "download", "total"
        qint64 leftUs = -1;
        qint64 rightUs = -1;
    };
    QList<TimingRow> timings;

    // Hop i of each side (a redirect chain, an authentication round), -1 or empty where that
    // side has fewer hops; its time from start to end of response.
    struct HopRow
    {
        QString leftUrl;
        QString rightUrl;
        QByteArray leftMethod;
        QByteArray rightMethod;
        int leftStatus = 0;
        int rightStatus = 0;
        qint64 leftUs = -1;
        qint64 rightUs = -1;
    };
    QList<HopRow> hops;
    BodyDiff body; // the final responses' bodies, as received (decoded)

    // Bytes the right exchange saved against the left (negative when it cost more).
    qint64 bytesSaved() const { return leftWire.total() - rightWire.total(); }
};

QList<HeaderDifference> compareHeaders(const HeaderList &left, const HeaderList &right);
Comparison compareExchanges(const Exchange &left, const Exchange &right);

} // namespace HttpLens
