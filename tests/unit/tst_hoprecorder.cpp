#include "http/hoprecorder.h"

#include <QTest>

using namespace HttpLens;

namespace {

// What libcurl reports for one exchange, as (kind, bytes) in order: 'o' a request head written,
// 'i' response bytes received (status lines, fields, empty lines, trailers), 'b' body bytes.
struct Event
{
    char kind;
    QByteArray bytes;
};

// Feeds the events to a recorder with every response piece cut at `cut` bytes (0: whole).
Exchange record(const QList<Event> &events, qsizetype cut)
{
    Exchange exchange;
    qint64 clock = 0;
    HopRecorder recorder(
            &exchange, [&clock] { return ++clock; }, [] { return QStringLiteral("http://h/"); });
    for (const Event &event : events) {
        switch (event.kind) {
        case 'o':
            recorder.requestHead(event.bytes);
            break;
        case 'b':
            recorder.responseBody(event.bytes.size());
            break;
        case 'i':
            if (cut <= 0 || cut >= event.bytes.size()) {
                recorder.responseBytes(event.bytes);
            } else {
                recorder.responseBytes(QByteArrayView(event.bytes).first(cut));
                recorder.responseBytes(QByteArrayView(event.bytes).sliced(cut));
            }
            break;
        }
    }
    recorder.finish();
    return exchange;
}

// The response bytes of all events, joined: what a split anywhere must give back.
QByteArray joined(const QList<Event> &events)
{
    QByteArray all;
    for (const Event &event : events) {
        if (event.kind == 'i')
            all += event.bytes;
    }
    return all;
}

} // namespace

Q_DECLARE_METATYPE(QList<Event>)

// The recorder turns what libcurl reports into hops, wherever the bytes were cut: a CR and its
// LF in separate reads still end a head (libcurl's debug stream lost such a response).
class TestHopRecorder : public QObject
{
    Q_OBJECT

private slots:
    void splitAnywhere_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::addColumn<int>("hops");
        QTest::addColumn<int>("interim");
        QTest::addColumn<int>("status");
        const QByteArray get = "GET / HTTP/1.1\r\nHost: h\r\n\r\n";
        QTest::newRow("plain 200")
                << QList<Event>{{'o', get},
                                {'i', "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n"},
                                {'b', "ok"}}
                << 1 << 0 << 200;
        QTest::newRow("bare LF") << QList<Event>{{'o', get}, {'i', "HTTP/1.1 404 Nope\nX: 1\n\n"}}
                                 << 1 << 0 << 404;
        QTest::newRow("103 then 200")
                << QList<Event>{{'o', get},
                                {'i', "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"},
                                {'i', "HTTP/1.1 200 OK\r\n\r\n"}}
                << 1 << 1 << 200;
        // libcurl 7.88 leaves out the empty line after a 1xx head.
        QTest::newRow("100 without its empty line")
                << QList<Event>{{'o', get},
                                {'i', "HTTP/1.1 100 Continue\r\n"},
                                {'i', "HTTP/1.1 201 Created\r\n\r\n"}}
                << 1 << 1 << 201;
        QTest::newRow("redirect, then 200")
                << QList<Event>{{'o', get},
                                {'i', "HTTP/1.1 302 Found\r\nLocation: /b\r\n\r\n"},
                                {'o', "GET /b HTTP/1.1\r\nHost: h\r\n\r\n"},
                                {'i', "HTTP/1.1 200 OK\r\n\r\n"}}
                << 2 << 0 << 200;
        QTest::newRow("redirect without request heads (no debug stream)")
                << QList<Event>{{'i', "HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\n"},
                                {'i', "HTTP/1.1 200 OK\r\n\r\n"}}
                << 2 << 0 << 200;
        QTest::newRow("chunked with trailers")
                << QList<Event>{{'o', get},
                                {'i', "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"},
                                {'b', "hello"},
                                {'i', "X-Checksum: abc\r\n\r\n"}}
                << 1 << 0 << 200;
    }

    void splitAnywhere()
    {
        QFETCH(QList<Event>, events);
        QFETCH(int, hops);
        QFETCH(int, interim);
        QFETCH(int, status);
        const Exchange whole = record(events, 0);
        QCOMPARE(whole.hops.size(), hops);
        QCOMPARE(whole.status(), status);
        QVERIFY(whole.finalHop()->hasResponse);
        QCOMPARE(whole.finalHop()->interim.size(), interim);
        qsizetype longest = 0;
        for (const Event &event : events)
            longest = qMax(longest, event.bytes.size());
        // Every cut of every piece gives the same hops and the same bytes.
        for (qsizetype cut = 1; cut < longest; ++cut) {
            const Exchange split = record(events, cut);
            QCOMPARE(split.hops.size(), whole.hops.size());
            for (qsizetype h = 0; h < split.hops.size(); ++h) {
                const Hop &a = split.hops.at(h);
                const Hop &b = whole.hops.at(h);
                QCOMPARE(a.response.raw, b.response.raw);
                QCOMPARE(a.response.status, b.response.status);
                QCOMPARE(a.interim.size(), b.interim.size());
                QCOMPARE(a.rawTrailers, b.rawTrailers);
                QCOMPARE(a.request.raw, b.request.raw);
            }
            // The trace holds every byte received, in order.
            QByteArray traced;
            for (const TraceEvent &event : split.trace) {
                if (event.kind == TraceEvent::Kind::ResponseHead)
                    traced += split.traceData(event).toByteArray();
            }
            QCOMPARE(traced, joined(events));
        }
    }

    // One byte at a time, as a slow or hostile server may send them.
    void oneByteAtATime()
    {
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n";
        Exchange exchange;
        qint64 clock = 0;
        HopRecorder recorder(
                &exchange, [&clock] { return ++clock; }, [] { return QString(); });
        recorder.requestHead("GET / HTTP/1.1\r\n\r\n");
        for (qsizetype i = 0; i < response.size(); ++i) {
            recorder.responseBytes(QByteArrayView(response).sliced(i, 1));
            // From the status line's LF on, until the empty line is complete.
            QCOMPARE(recorder.inResponseHead(),
                     i >= response.indexOf('\n') && i + 1 < response.size());
        }
        recorder.finish();
        QVERIFY(exchange.finalHop()->hasResponse);
        QCOMPARE(exchange.finalHop()->response.raw, response);
        QCOMPARE(exchange.trace.size(), 2); // the request head and the response head
    }

    // A head cut off by the connection keeps what arrived.
    void cutOffHead()
    {
        Exchange exchange;
        HopRecorder recorder(
                &exchange, [] { return qint64(1); }, [] { return QString(); });
        recorder.requestHead("GET / HTTP/1.1\r\n\r\n");
        recorder.responseBytes("HTTP/1.1 200 OK\r\nX-Half: ab");
        QVERIFY(recorder.inResponseHead());
        recorder.finish();
        QCOMPARE(exchange.hops.size(), 1);
        QVERIFY(!exchange.hops.first().hasResponse);
        QCOMPARE(exchange.hops.first().request.method, QByteArray("GET"));
    }
};

QTEST_GUILESS_MAIN(TestHopRecorder)
#include "tst_hoprecorder.moc"
