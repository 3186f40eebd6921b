#pragma once

#include "model/exchange.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// An exchange as the engine records a plain GET to the practice server, without a network:
// for tests of what is done with exchanges afterwards (history, journal, HAR).
inline HttpLens::Exchange syntheticExchange(int number, qint64 bodyBytes = 2048)
{
    using namespace HttpLens;
    Exchange exchange;
    const QString url
            = QStringLiteral("http://127.0.0.1:8808/item/%1?page=%2").arg(number).arg(number % 7);
    exchange.request.url = url;
    exchange.started = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + qint64(number) * 1000)
                               .toUTC();
    Hop hop;
    hop.url = url;
    hop.started = exchange.started;
    hop.request = RequestHead::parse("GET /item/" + QByteArray::number(number)
                                     + "?page=" + QByteArray::number(number % 7)
                                     + " HTTP/1.1\r\nHost: 127.0.0.1:8808\r\nAccept: */*\r\n"
                                       "Cookie: sid=s3cr3t\r\n\r\n");
    const int status = number % 5 == 0 ? 304 : 200;
    hop.response = ResponseHead::parse(
            "HTTP/1.1 " + QByteArray::number(status) + (status == 304 ? " Not Modified" : " OK")
            + "\r\nDate: Sun, 22 Nov 2026 10:00:00 GMT\r\nContent-Type: text/plain\r\n"
              "ETag: \"v"
            + QByteArray::number(number)
            + "\"\r\nLast-Modified: Sat, 21 Nov 2026 "
              "10:00:00 GMT\r\nCache-Control: max-age=60\r\nContent-Length: "
            + QByteArray::number(status == 304 ? 0 : bodyBytes) + "\r\n\r\n");
    hop.hasResponse = true;
    if (status != 304) {
        const QByteArray body(bodyBytes, char('a' + number % 26));
        exchange.body.append(body.constData(), body.size());
        hop.bodyWireBytes = hop.bodyDecodedBytes = bodyBytes;
    }
    if (number % 3 == 0) // a chunked body ended with trailers
        hop.rawTrailers = "X-Checksum: c" + QByteArray::number(number) + "\r\n\r\n";
    hop.startUs = 0;
    hop.requestUs = 300;
    hop.firstByteUs = 900;
    hop.endUs = 1200;
    exchange.hops.append(hop);
    exchange.timings = Timings{5, 40, 120, 0, 150, 900, 1200, 0};
    exchange.connection.remoteAddress = QStringLiteral("127.0.0.1");
    exchange.connection.remotePort = 8808;
    exchange.connection.localAddress = QStringLiteral("127.0.0.1");
    exchange.connection.localPort = 40000 + number % 20000;
    exchange.connection.httpVersion = "HTTP/1.1";
    exchange.effectiveUrl = url;
    return exchange;
}

// What differs between an exchange and its copy read back from disk (HAR, the history journal):
// status, exact heads, body, timings, connection and start; empty when they agree.
inline QStringList restoredDifferences(const HttpLens::Exchange &expected,
                                       const HttpLens::Exchange &got)
{
    QStringList differences;
    auto check = [&differences](bool same, const char *what) {
        if (!same)
            differences.append(QLatin1String(what));
    };
    check(got.status() == expected.status(), "status");
    check(got.hops.size() == expected.hops.size(), "hop count");
    if (got.hops.isEmpty() || expected.hops.isEmpty())
        return differences;
    check(got.hops.first().request.raw == expected.hops.first().request.raw, "request head");
    check(got.hops.first().response.raw == expected.hops.first().response.raw, "response head");
    check(got.hops.first().rawTrailers == expected.hops.first().rawTrailers, "trailers");
    check(got.body.read() == expected.body.read(), "body");
    check(got.timings.totalUs == expected.timings.totalUs, "total time");
    check(got.timings.startTransferUs == expected.timings.startTransferUs, "time to first byte");
    check(got.connection.remotePort == expected.connection.remotePort, "remote port");
    check(got.connection.localPort == expected.connection.localPort, "local port");
    check(got.started == expected.started, "start");
    return differences;
}
