// The engine's relayed transfers (Engine::forward), which the capture proxy is built on: the
// request goes out byte for byte as a client wrote it, its body streams in from the channel, and
// the response streams out of it with bounded memory in both directions.
#include "http/engine.h"
#include "scriptedserver.h"
#include "transferwait.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace HttpLens;

namespace {

Request relayRequest(const ScriptedServer &server,
                     const QByteArray &method,
                     const QList<QByteArray> &fields)
{
    Request request;
    request.method = method;
    request.url = server.url(QStringLiteral("/"));
    request.httpVersion = HttpVersion::Http1_1;
    for (const QByteArray &field : fields)
        request.headers.append(HeaderLine::fromCurlSyntax(field));
    return request;
}

// Takes what a channel receives as a slow client would: at most `piece` bytes per turn of the
// event loop, resuming the transfer when the channel says so. Records the largest amount the
// channel held at once.
struct SlowReader
{
    Engine *engine = nullptr;
    Transfer *transfer = nullptr;
    std::shared_ptr<TransferChannel> channel;
    qint64 piece = 0;
    QList<QByteArray> heads;
    QByteArray body;

    void takeOnce()
    {
        TransferChannel::Received received = channel->take(piece);
        heads += received.heads;
        body += received.body;
        if (received.resume)
            engine->resume(transfer);
    }
};

} // namespace

class TestRelay : public QObject
{
    Q_OBJECT

private slots:
    void requestGoesOutAsWritten();
    void sizedUploadStreams();
    void chunkedUploadStreams();
    void expectContinue();
    void headIsRelayed();
    void chunkedResponseWithTrailers();
    void slowReaderPausesTheDownload();
    void requestBodyKeptUpToLimit();
};

void TestRelay::requestGoesOutAsWritten()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nX-A: 1\r\nContent-Length: 3\r\n\r\nabc", 0, true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/a/../b/./c?q=%20x&y";
    auto channel = std::make_shared<TransferChannel>(settings);
    const Request request = relayRequest(server,
                                         "GET",
                                         {"Host:",
                                          "X-First: before host",
                                          "host: 127.0.0.1",
                                          "X-Case:kept",
                                          "x-dup: 1",
                                          "X-Dup: 2",
                                          "Accept:",
                                          "Expect:"});
    Transfer *transfer = engine.forward(request, channel);
    QVERIFY(waitFinished(transfer));
    QCOMPARE(transfer->exchange().error.curlCode, 0);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first(),
             QByteArray("GET /a/../b/./c?q=%20x&y HTTP/1.1\r\nX-First: before host\r\n"
                        "host: 127.0.0.1\r\nX-Case:kept\r\n"
                        "x-dup: 1\r\nX-Dup: 2\r\n\r\n"));
    const TransferChannel::Received received = channel->take(1 << 20);
    QCOMPARE(received.heads.size(), 1);
    QCOMPARE(received.heads.first(),
             QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\nContent-Length: 3\r\n\r\n"));
    QCOMPARE(received.body, QByteArray("abc"));
    QCOMPARE(transfer->exchange().body.read(), QByteArray("abc"));
    QCOMPARE(transfer->exchange().hops.first().request.raw, server.requests().first());
}

void TestRelay::sizedUploadStreams()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n", 0, true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/upload";
    settings.upload = TransferChannel::Upload::Sized;
    settings.uploadSize = 30000;
    auto channel = std::make_shared<TransferChannel>(settings);
    Transfer *transfer = engine.forward(relayRequest(server,
                                                     "PATCH",
                                                     {"Host: x",
                                                      "Content-Length: 30000",
                                                      "Accept:",
                                                      "Expect:"}),
                                        channel);
    // The body arrives in three pieces, 30 ms apart: the transfer waits for each.
    QByteArray body;
    for (int i = 0; i < 3; ++i) {
        const QByteArray piece(10000, char('a' + i));
        body += piece;
        QTimer::singleShot(30 * (i + 1), &engine, [&engine, transfer, channel, piece, i] {
            bool resume = channel->writeUpload(piece);
            if (i == 2)
                resume = channel->finishUpload() || resume;
            if (resume)
                engine.resume(transfer);
        });
    }
    QVERIFY(waitFinished(transfer));
    QCOMPARE(transfer->exchange().status(), 201);
    QCOMPARE(server.requests().first(),
             "PATCH /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 30000\r\n\r\n" + body);
    QCOMPARE(transfer->exchange().hops.first().requestBody, body);
}

void TestRelay::chunkedUploadStreams()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 0, true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/stream";
    settings.upload = TransferChannel::Upload::Chunked;
    auto channel = std::make_shared<TransferChannel>(settings);
    Transfer *transfer = engine.forward(relayRequest(server,
                                                     "POST",
                                                     {"Host: x",
                                                      "Transfer-Encoding: chunked",
                                                      "Accept:",
                                                      "Expect:"}),
                                        channel);
    QTimer::singleShot(20, &engine, [&engine, transfer, channel] {
        if (channel->writeUpload("hello "))
            engine.resume(transfer);
    });
    QTimer::singleShot(40, &engine, [&engine, transfer, channel] {
        const bool a = channel->writeUpload("world");
        const bool b = channel->finishUpload();
        if (a || b)
            engine.resume(transfer);
    });
    QVERIFY(waitFinished(transfer));
    QCOMPARE(transfer->exchange().error.curlCode, 0);
    const QByteArray received = server.requests().first();
    QVERIFY2(received.startsWith(
                     "POST /stream HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"),
             received.constData());
    QVERIFY2(received.endsWith("0\r\n\r\n"), received.constData());
    QVERIFY(!received.contains("Content-Type"));
    QVERIFY(!received.contains("Content-Length"));
}

void TestRelay::expectContinue()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    // The scripted server answers once the whole request is in: libcurl sends the body after
    // its wait for 100 Continue (a second), so the interim head comes from a second step.
    server.addStep({"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
                    0,
                    true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/e";
    settings.upload = TransferChannel::Upload::Sized;
    settings.uploadSize = 4;
    auto channel = std::make_shared<TransferChannel>(settings);
    channel->writeUpload("data");
    channel->finishUpload();
    Transfer *transfer = engine.forward(relayRequest(server,
                                                     "PUT",
                                                     {"Host: x",
                                                      "Content-Length: 4",
                                                      "Expect: 100-continue",
                                                      "Accept:"}),
                                        channel);
    QVERIFY(waitFinished(transfer, 15000));
    QCOMPARE(server.requests().first(),
             QByteArray("PUT /e HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: "
                        "100-continue\r\n\r\ndata"));
    const TransferChannel::Received received = channel->take(1 << 20);
    QCOMPARE(received.heads.size(), 2);
    QCOMPARE(received.heads.at(0), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    QVERIFY(received.heads.at(1).startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(received.body, QByteArray("ok"));
}

void TestRelay::headIsRelayed()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", 0, true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/h";
    auto channel = std::make_shared<TransferChannel>(settings);
    Transfer *transfer = engine.forward(relayRequest(server, "HEAD", {"Host: x", "Accept:"}),
                                        channel);
    QVERIFY(waitFinished(transfer));
    QCOMPARE(transfer->exchange().error.curlCode, 0);
    QCOMPARE(server.requests().first(), QByteArray("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n"));
    const TransferChannel::Received received = channel->take(1 << 20);
    QCOMPARE(received.heads.size(), 1);
    QVERIFY(received.body.isEmpty());
}

void TestRelay::chunkedResponseWithTrailers()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
                    "5\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 42\r\n\r\n",
                    0,
                    true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/t";
    auto channel = std::make_shared<TransferChannel>(settings);
    Transfer *transfer = engine.forward(relayRequest(server, "GET", {"Host: x", "Accept:"}),
                                        channel);
    QVERIFY(waitFinished(transfer));
    const TransferChannel::Received received = channel->take(1 << 20);
    QCOMPARE(received.heads.size(), 1);
    QCOMPARE(received.body, QByteArray("hello world"));
    QCOMPARE(transfer->exchange().hops.first().rawTrailers, QByteArray("X-Sum: 42\r\n"));
}

void TestRelay::slowReaderPausesTheDownload()
{
    // 24 MiB read 64 KiB per turn of the event loop: the channel never holds much more than its
    // window, and the exchange keeps only its share of the body.
    const qint64 size = 24 * 1024 * 1024;
    ScriptedServer server;
    QVERIFY(server.listen());
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size)
                          + "\r\n\r\n";
    QByteArray payload(size, 'x');
    for (qint64 i = 0; i < size; i += 4096)
        payload[i] = char('a' + (i / 4096) % 26);
    server.addStep({response + payload, 0, true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/big";
    settings.window = 128 * 1024;
    settings.keepBody = 1024 * 1024;
    auto channel = std::make_shared<TransferChannel>(settings);
    SlowReader reader;
    reader.engine = &engine;
    reader.channel = channel;
    reader.piece = 64 * 1024;
    Transfer *transfer = engine.forward(relayRequest(server, "GET", {"Host: x", "Accept:"}),
                                        channel);
    reader.transfer = transfer;
    QTimer pump;
    pump.setInterval(0);
    qint64 mostHeld = 0;
    QObject::connect(&pump, &QTimer::timeout, &engine, [&] {
        mostHeld = qMax(mostHeld, channel->receivedBuffered());
        reader.takeOnce();
    });
    pump.start();
    QElapsedTimer clock;
    clock.start();
    while (!transfer->isFinished() && clock.elapsed() < 30000)
        QTest::qWait(5);
    pump.stop();
    QVERIFY(transfer->isFinished());
    reader.takeOnce();
    while (reader.body.size() < size) {
        const qsizetype before = reader.body.size();
        reader.takeOnce();
        if (reader.body.size() == before)
            break;
    }
    QCOMPARE(transfer->exchange().error.curlCode, 0);
    QCOMPARE(reader.body.size(), payload.size());
    QVERIFY(reader.body == payload);
    QCOMPARE(transfer->exchange().body.size(), settings.keepBody);
    // libcurl hands at most 16 KiB at a time (CURL_MAX_WRITE_SIZE): one piece past the window.
    QVERIFY2(mostHeld <= settings.window + 16 * 1024, QByteArray::number(mostHeld).constData());
    QVERIFY(mostHeld > 0);
    QCOMPARE(transfer->exchange().hops.first().bodyDecodedBytes, size);
}

void TestRelay::requestBodyKeptUpToLimit()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 0, true});
    Engine engine;
    TransferChannel::Settings settings;
    settings.requestTarget = "/u";
    settings.upload = TransferChannel::Upload::Sized;
    settings.uploadSize = 100000;
    settings.keepRequestBody = 1000;
    auto channel = std::make_shared<TransferChannel>(settings);
    channel->writeUpload(QByteArray(100000, 'u'));
    channel->finishUpload();
    Transfer *transfer = engine.forward(relayRequest(server,
                                                     "POST",
                                                     {"Host: x",
                                                      "Content-Length: 100000",
                                                      "Accept:",
                                                      "Expect:"}),
                                        channel);
    QVERIFY(waitFinished(transfer));
    const Hop &hop = transfer->exchange().hops.first();
    QCOMPARE(hop.requestBody.size(), 1000);
    QCOMPARE(hop.requestBodyOmitted, 99000);
    QCOMPARE(server.requests().first().size() - server.requests().first().indexOf("\r\n\r\n") - 4,
             100000);
}

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
