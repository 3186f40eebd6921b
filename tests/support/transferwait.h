#pragma once

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
