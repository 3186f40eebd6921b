#pragma once

#include "model/exchange.h"

#include <QList>

namespace HttpLens {

// One row of the timing waterfall: a phase of the final hop, placed on a time axis that starts
// when the hop started. A phase that did not happen (nothing sent after a refused connection,
// no lookup on a reused connection) keeps its row with durationUs -1, so it reads "–" and has no
// bar. TLS has a row only where a handshake was due, Redirects only after redirects.
struct PhaseSpan
{
    enum class Phase { Redirects, Dns, Connect, Tls, Send, Wait, Download };
    Phase phase = Phase::Dns;
    qint64 startUs = 0;
    qint64 durationUs = -1;
    bool stopped = false; // the transfer failed during this phase
    bool reused = false;  // did not happen because the connection was already open

    bool happened() const { return durationUs >= 0; }
};

// failed: the transfer ended with a transport error, so the last phase that happened is where.
// reusedConnection: no lookup, connect or handshake happened, whatever libcurl's clock says
// (it reports the moment the reused connection was picked as the lookup's end); that time is
// part of sending.
QList<PhaseSpan> waterfall(const Timings &timings,
                           bool failed = false,
                           bool reusedConnection = false);
// How the final hop was carried: "reused connection", "new connection", or "no connection"
// when none was made (a refused or unresolved host, a request not sent).
QString connectionUse(const Exchange &exchange);
QString phaseName(PhaseSpan::Phase phase);

// The six phases of the final hop with a key each ("dns", "connect", "tls", "send", "wait",
// "download"), measured as the waterfall measures them: -1 where a phase did not happen (the
// lookup, connect and handshake of a reused connection, TLS on plain HTTP). The CLI's timing
// table and the comparison of two exchanges read these.
struct PhaseTime
{
    QByteArray key;
    qint64 us = -1;
};
QList<PhaseTime> phaseTimes(const Exchange &exchange);
// What the phase measures, for the tooltip.
QString phaseDescription(PhaseSpan::Phase phase);

} // namespace HttpLens
