#pragma once

#include "model/request.h"

#include <QList>

namespace HttpLens {

// How a check sends: limits, time limits, redirects, retries, headers and TLS.
struct CheckOptions
{
    int concurrency = 50;
    int perHost = 6; // requests at once to one scheme, host and port, as browsers allow
    double rate = 0; // requests per second overall; 0: as fast as the limits allow
    qint64 timeoutMs = 30000;
    qint64 connectTimeoutMs = 0;
    bool followRedirects = false;
    int maxRedirects = 50;
    int retries = 0;           // for connection failures and for 429 and 503
    qint64 retryCapMs = 30000; // the longest a Retry-After is waited for
    QList<HeaderLine> headers;
    QByteArray userAgent;
    bool userAgentSet = false;
    bool head = false; // HEAD, sent again as GET where the server refuses it (405, 501)
    bool insecure = false;

    // A GET of url with these headers, limits and TLS settings.
    Request request(const QString &url) const;
    // Why no request could be sent with these options (a header that would split the
    // request, say), in a sentence; empty when they are fine.
    QString problem() const;
};

} // namespace HttpLens
