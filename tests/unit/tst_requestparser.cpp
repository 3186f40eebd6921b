#include "practice/requestparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace HttpLens;
using namespace HttpLens::Practice;

class TestRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void byteByByte_data() { valid_data(); }
    void byteByByte();
    void errors_data();
    void errors();
    void pipelined();
    void streamedBody_data();
    void streamedBody();
    void streamedBodyHoldsLittle();
    void incompleteStaysIncomplete();
    void limits();
    void randomInputNeverCrashes();
};

void TestRequestParser::valid_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("GET") << QByteArray("GET /get?a=1 HTTP/1.1\r\nHost: x\r\n\r\n")
                         << QByteArray("GET") << QByteArray("/get?a=1") << QByteArray() << true;
    QTest::newRow("HTTP/1.0 closes by default")
            << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/")
            << QByteArray() << false;
    QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << QByteArray("GET")
            << QByteArray("/") << QByteArray() << true;
    QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: foo, close\r\n\r\n")
            << QByteArray("GET") << QByteArray("/") << QByteArray() << false;
    QTest::newRow("bare LF line ends")
            << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << QByteArray("GET") << QByteArray("/")
            << QByteArray() << true;
    QTest::newRow("leading empty line ignored")
            << QByteArray("\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QByteArray("/") << QByteArray() << true;
    QTest::newRow("Content-Length body")
            << QByteArray("POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
            << QByteArray("POST") << QByteArray("/post") << QByteArray("hello") << true;
    QTest::newRow("binary body") << QByteArray(
            "PUT /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n\0\r\n", 50)
                                 << QByteArray("PUT") << QByteArray("/x") << QByteArray("\0\r\n", 3)
                                 << true;
    QTest::newRow("repeated equal Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\n\r\nok")
            << QByteArray("POST") << QByteArray("/") << QByteArray("ok") << true;
    QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
            "chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
                             << QByteArray("POST") << QByteArray("/") << QByteArray("hello world")
                             << true;
    QTest::newRow("chunked upper-case hex")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                          "Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n")
            << QByteArray("POST") << QByteArray("/") << QByteArray("0123456789") << true;
    QTest::newRow("absolute-form target")
            << QByteArray("GET http://x/a HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QByteArray("http://x/a") << QByteArray() << true;
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")
                               << QByteArray("OPTIONS") << QByteArray("*") << QByteArray() << true;
    QTest::newRow("extension method")
            << QByteArray("PROPFIND /d HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("PROPFIND")
            << QByteArray("/d") << QByteArray() << true;
}

void TestRequestParser::valid()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    RequestParser parser;
    QCOMPARE(parser.feed(raw), RequestParser::State::Complete);
    const ParsedRequest request = parser.takeRequest();
    QCOMPARE(request.method, method);
    QCOMPARE(request.target, target);
    QCOMPARE(request.body, body);
    QCOMPARE(request.keepAlive, keepAlive);
    QVERIFY(raw.contains(request.rawHead));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestRequestParser::byteByByte()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, body);
    RequestParser parser;
    for (qsizetype i = 0; i < raw.size() - 1; ++i)
        QCOMPARE(parser.feed(raw.mid(i, 1)), RequestParser::State::Incomplete);
    QCOMPARE(parser.feed(raw.right(1)), RequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().body, body);
}

void TestRequestParser::errors_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n") << 400 << "request line";
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                  << "request target";
    QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                << "method";
    QTest::newRow("space in target")
            << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "request target";
    QTest::newRow("non-ASCII target") << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n")
                                      << 400 << "percent-encoded";
    QTest::newRow("relative target")
            << QByteArray("GET index.html HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "must start";
    QTest::newRow("HTTP/2.0 line")
            << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505 << "not supported";
    QTest::newRow("not HTTP") << QByteArray("GET / SPDY/3\r\nHost: x\r\n\r\n") << 400
                              << "HTTP version";
    QTest::newRow("TLS handshake")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400 << "TLS";
    QTest::newRow("missing Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << "Host";
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400
                               << "Host";
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n")
                              << 400 << "folding";
    QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << "colon";
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nJunk\r\n\r\n") << 400
                              << "Junk";
    QTest::newRow("bad field name")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX@Y: 1\r\n\r\n") << 400 << "X@Y";
    QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: a\0b\r\n\r\n", 35)
                                  << 400 << "control";
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: x\rX: 1\r\n\r\n") << 400
                             << "bare CR";
    QTest::newRow("CL and TE") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                               << 400 << "smuggling";
    QTest::newRow("CL disagree") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                 << 400 << "disagree";
    QTest::newRow("CL not a number")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400
            << "not a number";
    QTest::newRow("CL huge") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n")
                             << 400 << "not a number";
    QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n") << 413
            << "larger";
    QTest::newRow("gzip TE") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                             << 501 << "chunked";
    QTest::newRow("TE in HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
            << "HTTP/1.0";
    // chunk-size = 1*HEXDIG: nothing may come before it (RFC 9112 §7.1).
    QTest::newRow("blank before chunk size")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n 5\r\n")
            << 400 << "chunk size";
    QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << 400 << "chunk size";
    QTest::newRow("chunk without CRLF") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY")
                                        << 400 << "CRLF";
    QTest::newRow("huge chunk") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                              "chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n")
                                << 400 << "chunk size";
}

void TestRequestParser::errors()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    RequestParser parser;
    QCOMPARE(parser.feed(raw), RequestParser::State::Error);
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY2(parser.errorMessage().contains(mentions, Qt::CaseInsensitive),
             qPrintable(parser.errorMessage()));
    // An error is final.
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), RequestParser::State::Error);
}

void TestRequestParser::pipelined()
{
    RequestParser parser;
    const QByteArray two = "GET /one HTTP/1.1\r\nHost: x\r\n\r\n"
                           "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                           "GET /thr";
    QCOMPARE(parser.feed(two), RequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().target, QByteArray("/one"));
    QCOMPARE(parser.state(), RequestParser::State::Complete);
    const ParsedRequest second = parser.takeRequest();
    QCOMPARE(second.target, QByteArray("/two"));
    QCOMPARE(second.body, QByteArray("abc"));
    QCOMPARE(parser.state(), RequestParser::State::Incomplete);
    QCOMPARE(parser.feed("ee HTTP/1.1\r\nHost: x\r\n\r\n"), RequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().target, QByteArray("/three"));
}

void TestRequestParser::streamedBody_data()
{
    QTest::addColumn<int>("piece");
    for (int piece : {1, 2, 3, 7, 16, 100000})
        QTest::newRow(qPrintable(QStringLiteral("%1-byte pieces").arg(piece))) << piece;
}

// Streaming, the body comes out as it goes in, decoded, wherever the pieces are cut, and the
// pipelined request after it is parsed as before.
void TestRequestParser::streamedBody()
{
    QFETCH(int, piece);
    const QByteArray input = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world"
                             "PUT /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-T: 1\r\n\r\n"
                             "GET /c HTTP/1.1\r\nHost: x\r\n\r\n";
    RequestParser::Limits limits;
    limits.streamBody = true;
    limits.maxBodyBytes = 4; // no limit on a streamed body
    RequestParser parser(limits);
    QList<QByteArray> targets;
    QList<QByteArray> bodies{{}};
    auto drain = [&] {
        while (parser.state() != RequestParser::State::Error) {
            if (parser.headComplete())
                bodies.last() += parser.takeBody();
            if (parser.state() != RequestParser::State::Complete)
                return;
            targets.append(parser.takeRequest().target);
            bodies.append(QByteArray());
        }
    };
    for (qsizetype i = 0; i < input.size(); i += piece) {
        parser.feed(input.mid(i, piece));
        drain();
    }
    QCOMPARE(parser.state(), RequestParser::State::Incomplete);
    QCOMPARE(targets, (QList<QByteArray>{"/a", "/b", "/c"}));
    QCOMPARE(bodies.mid(0, 3), (QList<QByteArray>{"hello world", "hello world", ""}));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestRequestParser::streamedBodyHoldsLittle()
{
    // 64 MiB in one chunk and then as a sized body, fed 64 KiB at a time: the parser never
    // holds more than the head and one piece.
    RequestParser::Limits limits;
    limits.streamBody = true;
    for (const bool chunked : {true, false}) {
        RequestParser parser(limits);
        const qint64 size = 64 * 1024 * 1024;
        const QByteArray head
                = chunked ? "PUT / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                            "chunked\r\n\r\n4000000\r\n"
                          : "PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 67108864\r\n\r\n";
        QCOMPARE(parser.feed(head), RequestParser::State::Incomplete);
        QVERIFY(parser.headComplete());
        const QByteArray piece(64 * 1024, 'z');
        qint64 passed = 0;
        qsizetype most = 0;
        for (qint64 sent = 0; sent < size; sent += piece.size()) {
            parser.feed(piece);
            most = qMax(most, parser.bufferedBytes());
            passed += parser.takeBody().size();
        }
        if (chunked)
            parser.feed("\r\n0\r\n\r\n");
        passed += parser.takeBody().size();
        QCOMPARE(parser.state(), RequestParser::State::Complete);
        QCOMPARE(passed, size);
        QVERIFY2(most < 200, QByteArray::number(most).constData());
    }
}

void TestRequestParser::incompleteStaysIncomplete()
{
    RequestParser parser;
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345"),
             RequestParser::State::Incomplete);
    QCOMPARE(parser.feed("6789"), RequestParser::State::Incomplete);
    QCOMPARE(parser.feed("0"), RequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().body, QByteArray("1234567890"));
}

void TestRequestParser::limits()
{
    RequestParser::Limits limits;
    limits.maxHeadBytes = 200;
    limits.maxHeaderFields = 3;
    {
        RequestParser parser(limits);
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(300, 'a')),
                 RequestParser::State::Error);
        QCOMPARE(parser.errorStatus(), 431);
    }
    {
        RequestParser parser(limits);
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"),
                 RequestParser::State::Error);
        QCOMPARE(parser.errorStatus(), 431);
    }
    {
        // A request line that never ends is refused once it passes the head limit.
        RequestParser parser(limits);
        QCOMPARE(parser.feed("GET /" + QByteArray(500, 'a')), RequestParser::State::Error);
        QCOMPARE(parser.errorStatus(), 431);
    }
}

void TestRequestParser::randomInputNeverCrashes()
{
    // Random bytes and mutations of valid requests, fed in random pieces: every outcome must be
    // a state, never a crash, and the parser must never hold more than its limits allow.
    QRandomGenerator random(20261122);
    const QList<QByteArray>
            seeds{"GET /get HTTP/1.1\r\nHost: x\r\n\r\n",
                  "POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
                  "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                  "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"};
    RequestParser::Limits limits;
    limits.maxHeadBytes = 4096;
    limits.maxBodyBytes = 65536;
    int outcomes[3] = {0, 0, 0};
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        if (round % 3 == 0) {
            input.resize(random.bounded(1, 600));
            for (char &c : input)
                c = char(random.bounded(256));
        } else {
            input = seeds.at(random.bounded(seeds.size()));
            const int mutations = random.bounded(1, 6);
            for (int m = 0; m < mutations && !input.isEmpty(); ++m) {
                const int at = random.bounded(int(input.size()));
                switch (random.bounded(3)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.remove(at, 1);
                    break;
                default:
                    input.insert(at, char("\r\n :;0aF\t"[random.bounded(9)]));
                    break;
                }
            }
        }
        RequestParser parser(limits);
        RequestParser::State state = RequestParser::State::Incomplete;
        qsizetype pos = 0;
        while (pos < input.size() && state == RequestParser::State::Incomplete) {
            const int piece = random.bounded(1, 64);
            state = parser.feed(input.mid(pos, piece));
            pos += piece;
        }
        bool completed = false;
        for (int taken = 0; state == RequestParser::State::Complete && taken < 10; ++taken) {
            parser.takeRequest();
            completed = true;
            state = parser.state();
        }
        QVERIFY(parser.bufferedBytes() <= input.size());
        if (state == RequestParser::State::Error) {
            QVERIFY(parser.errorStatus() >= 400 && parser.errorStatus() < 600);
            QVERIFY(!parser.errorMessage().isEmpty());
        }
        ++outcomes[completed ? 1 : int(state)];
    }
    qInfo("incomplete %d, complete %d, error %d", outcomes[0], outcomes[1], outcomes[2]);
    QVERIFY(outcomes[1] > 0 && outcomes[2] > 0);
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
