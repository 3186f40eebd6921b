#pragma once

#include "http/engine.h"
#include "http/transfer.h"

#include <QSignalSpy>

// Waits, with this thread's event loop running, until the transfer has finished; false after
// timeoutMs.
inline bool waitFinished(HttpLens::Transfer *transfer, int timeoutMs = 10000)
{
    if (transfer->isFinished())
        return true;
    QSignalSpy spy(transfer, &HttpLens::Transfer::finished);
    return spy.wait(timeoutMs);
}

// Sends the request on the engine and returns its exchange once finished (empty after
// timeoutMs).
inline HttpLens::Exchange sendAndWait(HttpLens::Engine &engine,
                                      const HttpLens::Request &request,
                                      int timeoutMs = 10000)
{
    HttpLens::Transfer *transfer = engine.send(request);
    HttpLens::Exchange exchange;
    if (waitFinished(transfer, timeoutMs))
        exchange = transfer->takeExchange();
    delete transfer;
    return exchange;
}
