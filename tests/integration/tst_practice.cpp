#include "http/engine.h"
#include "practice/practiceserver.h"
#include "practice/routetable.h"
#include "practiceclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace HttpLens;
using namespace HttpLens::Practice;

// The practice server driven by the project's own engine, by raw sockets for what no client
// library would send, and by the curl tool as an independent client.
class TestPractice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void index();
    void echo();
    void methodNotAllowed();
    void statusCodes_data();
    void statusCodes();
    void interimResponse();
    void labLesson();
    void labNeverDatesAheadOfDate();
    void etagEndpoint();
    void cacheEndpoint();
    void redirects();
    void responseHeaders();
    void bytesAreRepeatable();
    void malformedRequests_data();
    void malformedRequests();
    void pipelinedInOrder();
    void keepAlive();
    void connectionLimit();
    void oneAddressCannotTakeEverySlot();
    void curlAsIndependentClient();
    void allowFromTheRouteTable();
    void everyEndpointAnswers_data();
    void everyEndpointAnswers();
    void garbageOverSockets();
    void idleTimeout();
    void slowHeadIsCutOff();
    void clientThatNeverReadsIsNotBuffered();

private:
    Exchange send(const QString &path,
                  const QByteArray &method = {},
                  const QList<HeaderLine> &headers = {},
                  const QByteArray &body = {});
    QByteArray rawExchange(const QByteArray &bytes, PracticeServer *server = nullptr);

    PracticeServer m_server;
    Engine m_engine;
};

Exchange TestPractice::send(const QString &path,
                            const QByteArray &method,
                            const QList<HeaderLine> &headers,
                            const QByteArray &body)
{
    return sendToPractice(m_engine, m_server, path, method, headers, body);
}

QByteArray TestPractice::rawExchange(const QByteArray &bytes, PracticeServer *server)
{
    return rawExchangeWith((server ? server : &m_server)->port(), bytes);
}

void TestPractice::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

void TestPractice::index()
{
    const Exchange exchange = send(QStringLiteral("/"));
    QCOMPARE(exchange.status(), 200);
    const QByteArray body = exchange.body.read();
    // Every route is listed, grouped as the table groups them, with its description.
    const QList<QByteArray> patterns = RouteTable::listedPatterns();
    QVERIFY(patterns.size() > 40);
    for (const QByteArray &pattern : patterns)
        QVERIFY2(body.contains(pattern), pattern.constData());
    for (const Route &route : RouteTable::routes())
        QVERIFY2(body.contains(route.pattern), route.pattern);
    QVERIFY(body.contains("GET /headers, /ip, /user-agent"));
    QVERIFY(body.contains("POST /post, PUT /put, PATCH /patch, DELETE /delete"));
    QVERIFY(!headerValue(exchange.finalHop()->response.headers, "Date").isEmpty());
}

void TestPractice::echo()
{
    Exchange exchange = send(QStringLiteral("/get?a=1&a=2&b=x%20y"),
                             {},
                             {HeaderLine::fromCurlSyntax("X-Test: yes")});
    QCOMPARE(exchange.status(), 200);
    QJsonObject object = QJsonDocument::fromJson(exchange.body.read()).object();
    QCOMPARE(object.value(QStringLiteral("args")).toObject().value(QStringLiteral("b")).toString(),
             QStringLiteral("x y"));
    QCOMPARE(object.value(QStringLiteral("args"))
                     .toObject()
                     .value(QStringLiteral("a"))
                     .toArray()
                     .size(),
             2);
    QCOMPARE(object.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("X-Test"))
                     .toString(),
             QStringLiteral("yes"));
    QCOMPARE(object.value(QStringLiteral("origin")).toString(), QStringLiteral("127.0.0.1"));

    exchange = send(QStringLiteral("/post"),
                    {},
                    {HeaderLine::fromCurlSyntax("Content-Type: application/json")},
                    "{\"k\":[1,2]}");
    object = QJsonDocument::fromJson(exchange.body.read()).object();
    QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(object.value(QStringLiteral("json"))
                     .toObject()
                     .value(QStringLiteral("k"))
                     .toArray()
                     .size(),
             2);

    exchange = send(QStringLiteral("/anything/deep/path"),
                    "PATCH",
                    {HeaderLine::fromCurlSyntax("Content-Type: application/x-www-form-urlencoded")},
                    "a=1+2&b=%C3%A9");
    object = QJsonDocument::fromJson(exchange.body.read()).object();
    QCOMPARE(object.value(QStringLiteral("form")).toObject().value(QStringLiteral("a")).toString(),
             QStringLiteral("1 2"));
    QCOMPARE(object.value(QStringLiteral("form")).toObject().value(QStringLiteral("b")).toString(),
             QString(QChar(0xe9)));
}

void TestPractice::methodNotAllowed()
{
    const Exchange exchange = send(QStringLiteral("/get"), "DELETE");
    QCOMPARE(exchange.status(), 405);
    QCOMPARE(headerValue(exchange.finalHop()->response.headers, "Allow"), QByteArray("GET, HEAD"));
}

void TestPractice::statusCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("extraHeader");
    QTest::newRow("200") << 200 << QByteArray("OK") << QByteArray();
    QTest::newRow("204 has no body") << 204 << QByteArray("No Content") << QByteArray();
    QTest::newRow("302 has Location") << 302 << QByteArray("Found") << QByteArray("Location");
    QTest::newRow("401 has WWW-Authenticate")
            << 401 << QByteArray("Unauthorized") << QByteArray("WWW-Authenticate");
    QTest::newRow("418") << 418 << QByteArray() << QByteArray();
    QTest::newRow("429 has Retry-After")
            << 429 << QByteArray("Too Many Requests") << QByteArray("Retry-After");
    QTest::newRow("503") << 503 << QByteArray("Service Unavailable") << QByteArray("Retry-After");
    QTest::newRow("599") << 599 << QByteArray() << QByteArray();
    QTest::newRow("705 is no HTTP status, but sent") << 705 << QByteArray() << QByteArray();
    QTest::newRow("999") << 999 << QByteArray() << QByteArray();
}

void TestPractice::statusCodes()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, extraHeader);
    const Exchange exchange = send(QStringLiteral("/status/%1").arg(code));
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QCOMPARE(exchange.status(), code);
    QCOMPARE(exchange.finalHop()->response.reason, reason);
    if (!extraHeader.isEmpty())
        QVERIFY(hasHeader(exchange.finalHop()->response.headers, extraHeader));
    if (code == 204)
        QCOMPARE(exchange.body.size(), 0);
    QCOMPARE(send(QStringLiteral("/status/%1").arg(code + 1000)).status(), 400);
}

void TestPractice::interimResponse()
{
    const Exchange exchange = send(QStringLiteral("/status/103"));
    QCOMPARE(exchange.status(), 200);
    QCOMPARE(exchange.hops.first().interim.size(), 1);
    QCOMPARE(exchange.hops.first().interim.first().raw,
             QByteArray("HTTP/1.1 103 Early Hints\r\n\r\n"));

    const Exchange both = send(QStringLiteral("/fault/interim"));
    QCOMPARE(both.status(), 200);
    QCOMPARE(both.hops.first().interim.size(), 2);
    QCOMPARE(both.hops.first().interim.at(0).status, 100);
    QCOMPARE(both.hops.first().interim.at(1).status, 103);
    QVERIFY(hasHeader(both.hops.first().interim.at(1).headers, "Link"));
}

void TestPractice::labLesson()
{
    // 200 -> 304 -> change the document -> 200 with a new ETag.
    const QString path = QStringLiteral("/lab/lesson");
    const Exchange first = send(path);
    QCOMPARE(first.status(), 200);
    const QByteArray etag = headerValue(first.finalHop()->response.headers, "ETag");
    const QByteArray lastModified = headerValue(first.finalHop()->response.headers, "Last-Modified");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    QVERIFY(!lastModified.isEmpty());

    const Exchange notModified = send(path,
                                      {},
                                      {HeaderLine{HeaderLine::Kind::Set, "If-None-Match", etag}});
    QCOMPARE(notModified.status(), 304);
    const HeaderList &headers = notModified.finalHop()->response.headers;
    QCOMPARE(headerValue(headers, "ETag"), etag);
    QCOMPARE(headerValue(headers, "Last-Modified"), lastModified);
    QVERIFY(hasHeader(headers, "Date"));
    QVERIFY(hasHeader(headers, "Cache-Control"));
    QVERIFY(!hasHeader(headers, "Content-Length"));
    QCOMPARE(notModified.body.size(), 0);
    QCOMPARE(notModified.finalHop()->bodyWireBytes, 0);

    // If-Modified-Since alone also gives 304; If-None-Match wins when both are present.
    QCOMPARE(send(path, {}, {HeaderLine{HeaderLine::Kind::Set, "If-Modified-Since", lastModified}})
                     .status(),
             304);
    QCOMPARE(send(path,
                  {},
                  {HeaderLine{HeaderLine::Kind::Set, "If-None-Match", "\"other\""},
                   HeaderLine{HeaderLine::Kind::Set, "If-Modified-Since", lastModified}})
                     .status(),
             200);

    // A stale If-Match protects against lost updates.
    const Exchange stale = send(path,
                                "PUT",
                                {HeaderLine{HeaderLine::Kind::Set, "If-Match", "\"stale\""}},
                                "lost update");
    QCOMPARE(stale.status(), 412);
    const Exchange edit = send(path,
                               "PUT",
                               {HeaderLine{HeaderLine::Kind::Set, "If-Match", etag}},
                               "second version\n");
    QCOMPARE(edit.status(), 200);
    const QByteArray newEtag = headerValue(edit.finalHop()->response.headers, "ETag");
    QVERIFY(newEtag != etag);

    const Exchange changed = send(path,
                                  {},
                                  {HeaderLine{HeaderLine::Kind::Set, "If-None-Match", etag}});
    QCOMPARE(changed.status(), 200);
    QCOMPARE(changed.body.read(), QByteArray("second version\n"));
    QCOMPARE(headerValue(changed.finalHop()->response.headers, "ETag"), newEtag);
    QVERIFY(parseHttpDate(headerValue(changed.finalHop()->response.headers, "Last-Modified"))
            >= parseHttpDate(lastModified));

    // Writing the same content again changes nothing, so validators stay.
    QCOMPARE(send(path, "PUT", {}, "second version\n").status(), 200);
    QCOMPARE(send(path, {}, {HeaderLine{HeaderLine::Kind::Set, "If-None-Match", newEtag}}).status(),
             304);
    // A new document is created with 201.
    QCOMPARE(send(QStringLiteral("/lab/brand-new"),
                  "PUT",
                  {HeaderLine{HeaderLine::Kind::Set, "If-None-Match", "*"}},
                  "x")
                     .status(),
             201);
    QCOMPARE(send(QStringLiteral("/lab/brand-new"),
                  "PUT",
                  {HeaderLine{HeaderLine::Kind::Set, "If-None-Match", "*"}},
                  "y")
                     .status(),
             412);
}

// RFC 9110 §8.8.2.1: Last-Modified is never later than Date. Quick edits share a Last-Modified
// and differ in ETag, so If-Modified-Since alone misses a change If-None-Match sees.
void TestPractice::labNeverDatesAheadOfDate()
{
    const QString path = QStringLiteral("/lab/quick");
    auto field = [](const Exchange &exchange, const char *name) {
        return headerValue(exchange.finalHop()->response.headers, name);
    };
    for (int i = 0; i < 6; ++i) {
        const Exchange edit = send(path, "PUT", {}, "edit " + QByteArray::number(i));
        QVERIFY(edit.status() == 200 || edit.status() == 201);
        const Exchange read = send(path);
        QVERIFY2(parseHttpDate(field(read, "Last-Modified")) <= parseHttpDate(field(read, "Date")),
                 QByteArray(field(read, "Last-Modified") + " after " + field(read, "Date"))
                         .constData());
    }
    // Two edits within one second (tried a few times, should a second boundary fall between).
    for (int attempt = 0; attempt < 5; ++attempt) {
        send(path, "PUT", {}, "first " + QByteArray::number(attempt));
        const Exchange before = send(path);
        send(path, "PUT", {}, "second " + QByteArray::number(attempt));
        const Exchange after = send(path);
        if (field(before, "Date") != field(after, "Date"))
            continue;
        QCOMPARE(field(after, "Last-Modified"), field(before, "Last-Modified"));
        QVERIFY(field(after, "ETag") != field(before, "ETag"));
        const QByteArray since = field(before, "Last-Modified");
        QCOMPARE(send(path, {}, {HeaderLine{HeaderLine::Kind::Set, "If-Modified-Since", since}})
                         .status(),
                 304);
        QCOMPARE(send(path,
                      {},
                      {HeaderLine{HeaderLine::Kind::Set, "If-None-Match", field(before, "ETag")},
                       HeaderLine{HeaderLine::Kind::Set, "If-Modified-Since", since}})
                         .status(),
                 200);
        return;
    }
    QFAIL("no two edits fell within one second in five tries");
}

void TestPractice::etagEndpoint()
{
    QCOMPARE(send(QStringLiteral("/etag/abc")).status(), 200);
    QCOMPARE(send(QStringLiteral("/etag/abc"),
                  {},
                  {HeaderLine::fromCurlSyntax("If-None-Match: \"abc\"")})
                     .status(),
             304);
    // Unlike httpbin, a different tag does not produce 304.
    QCOMPARE(send(QStringLiteral("/etag/abc"),
                  {},
                  {HeaderLine::fromCurlSyntax("If-None-Match: \"xyz\"")})
                     .status(),
             200);
    QCOMPARE(send(QStringLiteral("/etag/abc"), {}, {HeaderLine::fromCurlSyntax("If-Match: \"xyz\"")})
                     .status(),
             412);
    const Exchange notModified = send(QStringLiteral("/etag/abc"),
                                      {},
                                      {HeaderLine::fromCurlSyntax("If-None-Match: W/\"abc\"")});
    QCOMPARE(notModified.status(), 304);
    QCOMPARE(headerValue(notModified.finalHop()->response.headers, "ETag"), QByteArray("\"abc\""));
}

void TestPractice::cacheEndpoint()
{
    const Exchange first = send(QStringLiteral("/cache"));
    const QByteArray lastModified = headerValue(first.finalHop()->response.headers, "Last-Modified");
    QCOMPARE(send(QStringLiteral("/cache"),
                  {},
                  {HeaderLine{HeaderLine::Kind::Set, "If-Modified-Since", lastModified}})
                     .status(),
             304);
    const Exchange cached = send(QStringLiteral("/cache/60"));
    QCOMPARE(headerValue(cached.finalHop()->response.headers, "Cache-Control"),
             QByteArray("public, max-age=60"));
}

void TestPractice::redirects()
{
    Request request;
    request.url = m_server.url(QStringLiteral("/redirect/3"));
    request.followRedirects = true;
    Transfer *transfer = m_engine.send(request);
    QSignalSpy spy(transfer, &Transfer::finished);
    QVERIFY(spy.wait(10000));
    QCOMPARE(transfer->exchange().hops.size(), 4);
    QCOMPARE(transfer->exchange().status(), 200);
    const Exchange absolute = send(QStringLiteral("/absolute-redirect/2"));
    QCOMPARE(headerValue(absolute.finalHop()->response.headers, "Location"),
             m_server.url(QStringLiteral("/absolute-redirect/1")).toLatin1());
    const Exchange to = send(QStringLiteral("/redirect-to?url=%2Fget&status_code=307"));
    QCOMPARE(to.status(), 307);
    QCOMPARE(headerValue(to.finalHop()->response.headers, "Location"), QByteArray("/get"));
    QCOMPARE(send(QStringLiteral("/redirect-to?url=%0D%0AX:1")).status(), 400);
}

void TestPractice::responseHeaders()
{
    const Exchange exchange = send(QStringLiteral("/response-headers?X-One=1&Set-Cookie=a%3Db"));
    QCOMPARE(headerValue(exchange.finalHop()->response.headers, "X-One"), QByteArray("1"));
    QCOMPARE(headerValue(exchange.finalHop()->response.headers, "Set-Cookie"), QByteArray("a=b"));
    QCOMPARE(send(QStringLiteral("/response-headers?X=a%0D%0AInjected:1")).status(), 400);
}

void TestPractice::bytesAreRepeatable()
{
    const Exchange a = send(QStringLiteral("/bytes/1000?seed=7"));
    const Exchange b = send(QStringLiteral("/bytes/1000?seed=7"));
    QCOMPARE(a.body.size(), 1000);
    QCOMPARE(a.body.read(), b.body.read());
    QCOMPARE(send(QStringLiteral("/bytes/99999999")).status(), 400);
}

void TestPractice::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n")
                                     << QByteArray("HTTP/1.1 400 Bad Request\r\n");
    QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n")
                             << QByteArray("HTTP/1.1 400 Bad Request\r\n");
    QTest::newRow("smuggling") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
                               << QByteArray("HTTP/1.1 400 Bad Request\r\n");
    QTest::newRow("HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\nHost: x\r\n\r\n")
                              << QByteArray("HTTP/1.1 505 HTTP Version Not Supported\r\n");
    QTest::newRow("binary garbage")
            << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03", 11)
            << QByteArray("HTTP/1.1 400 Bad Request\r\n");
}

void TestPractice::malformedRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, statusLine);
    const QByteArray reply = rawExchange(raw);
    QVERIFY2(reply.startsWith(statusLine), reply.constData());
    QVERIFY(reply.contains("Connection: close\r\n"));
    // The body says what was wrong.
    QVERIFY(reply.mid(reply.indexOf("\r\n\r\n") + 4).size() > 20);
}

void TestPractice::pipelinedInOrder()
{
    // The delayed first answer must still come first.
    const QByteArray reply = rawExchange(
            "GET /delay/0.2 HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /status/418 HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /status/204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const qsizetype first = reply.indexOf("HTTP/1.1 200 OK\r\n");
    const qsizetype second = reply.indexOf("HTTP/1.1 418 \r\n");
    const qsizetype third = reply.indexOf("HTTP/1.1 204 No Content\r\n");
    QVERIFY2(first == 0 && second > first && third > second, reply.constData());
}

void TestPractice::keepAlive()
{
    const QString path = QStringLiteral("/get");
    send(path);
    const Exchange second = send(path);
    QVERIFY(second.connection.reused);
}

void TestPractice::connectionLimit()
{
    PracticeServer small;
    PracticeServer::Options options;
    options.maxConnections = 1;
    QVERIFY(small.listen(options));
    QTcpSocket holder;
    holder.connectToHost(QHostAddress::LocalHost, small.port());
    QVERIFY(holder.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(small.connectionCount(), 1, 5000);
    const QByteArray reply = rawExchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n", &small);
    QVERIFY2(reply.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), reply.constData());
}

// 300 connections from one address that send nothing: that address gets its share of the 256
// slots and a 503 beyond it, while a client from another address is still answered.
void TestPractice::oneAddressCannotTakeEverySlot()
{
    PracticeServer server;
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<QTcpSocket>> holders;
    for (int i = 0; i < 300; ++i) {
        holders.push_back(std::make_unique<QTcpSocket>());
        QVERIFY(holders.back()->bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        holders.back()->connectToHost(QHostAddress::LocalHost, server.port());
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 64, 5000);
    std::vector<QByteArray> received(holders.size());
    const auto refusedCount = [&] {
        int refused = 0;
        for (size_t i = 0; i < holders.size(); ++i) {
            received[i] += holders[i]->readAll();
            refused += received[i].startsWith("HTTP/1.1 503 ") ? 1 : 0;
        }
        return refused;
    };
    QTRY_COMPARE_WITH_TIMEOUT(refusedCount(), 300 - 64, 10000);
    QCOMPARE(server.connectionCount(), 64);
    const QByteArray &refused = received.back();
    QVERIFY2(refused.contains("the most one address may hold"), refused.constData());
    QVERIFY(refused.contains("Retry-After: 1\r\n"));
    const QByteArray answer
            = rawExchange("GET /get HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &server);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.left(200).constData());
}

void TestPractice::curlAsIndependentClient()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QVERIFY2(!curl.isEmpty(), "the curl command-line tool is needed (Debian: curl)");
    QProcess process;
    process.start(curl,
                  {QStringLiteral("-s"),
                   QStringLiteral("-o"),
                   QStringLiteral("/dev/null"),
                   QStringLiteral("-w"),
                   QStringLiteral("%{http_code}"),
                   QStringLiteral("-H"),
                   QStringLiteral("If-None-Match: \"abc\""),
                   m_server.url(QStringLiteral("/etag/abc"))});
    // The server lives on this thread's event loop, so wait while letting it run.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("304"));
    process.start(curl,
                  {QStringLiteral("-s"),
                   QStringLiteral("-L"),
                   QStringLiteral("-w"),
                   QStringLiteral("%{http_code} %{num_redirects}"),
                   QStringLiteral("-o"),
                   QStringLiteral("/dev/null"),
                   m_server.url(QStringLiteral("/redirect/2"))});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("200 2"));
}

void TestPractice::everyEndpointAnswers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    const QList<std::tuple<const char *, const char *, int>>
            rows{{"GET", "/", 200},
                 // Non-finite numbers are refused, never used as a delay.
                 {"GET", "/delay/nan", 400},
                 {"GET", "/delay/inf", 400},
                 {"GET", "/drip?numbytes=5&duration=nan", 400},
                 {"GET", "/get", 200},
                 {"HEAD", "/get", 200},
                 {"POST", "/post", 200},
                 {"PUT", "/put", 200},
                 {"PATCH", "/patch", 200},
                 {"DELETE", "/delete", 200},
                 {"OPTIONS", "/anything", 200},
                 {"GET", "/headers", 200},
                 {"GET", "/ip", 200},
                 {"GET", "/user-agent", 200},
                 {"GET", "/status/201", 201},
                 {"GET", "/delay/0", 200},
                 {"GET", "/bytes/10", 200},
                 {"GET", "/redirect/1", 302},
                 {"GET", "/relative-redirect/1", 302},
                 {"GET", "/absolute-redirect/1", 302},
                 {"GET", "/redirect-to?url=/get", 302},
                 {"GET", "/response-headers?a=b", 200},
                 {"GET", "/etag/x", 200},
                 {"GET", "/cache", 200},
                 {"GET", "/cache/5", 200},
                 {"GET", "/lab/any", 200},
                 {"GET", "/lab/login", 200},
                 {"GET", "/lab/private", 401},
                 {"GET", "/cookies", 200},
                 {"GET", "/cookies/set?a=b", 302},
                 {"GET", "/cookies/delete?a", 302},
                 {"GET", "/basic-auth/u/p", 401},
                 {"GET", "/bearer", 401},
                 {"GET", "/gzip", 200},
                 {"GET", "/deflate", 200},
                 {"GET", "/brotli", 200},
                 {"GET", "/range/5", 200},
                 {"GET", "/stream/1", 200},
                 {"GET", "/drip?numbytes=1&duration=0", 200},
                 {"GET", "/html", 200},
                 {"GET", "/json", 200},
                 {"GET", "/xml", 200},
                 {"GET", "/image/png", 200},
                 {"GET", "/fault/interim", 200},
                 {"GET", "/nowhere", 404},
                 {"POST", "/get", 405},
                 {"DELETE", "/lab/any", 405},
                 // The route table answers a known path under another method with 405.
                 {"PUT", "/lab/login", 405},
                 {"POST", "/headers", 405},
                 {"DELETE", "/caching/strong-etag", 405},
                 {"HEAD", "/caching/strong-etag", 200},
                 {"GET", "/caching/nowhere", 404},
                 {"GET", "/caching/strong-etag/extra", 404}};
    for (const auto &[method, path, status] : rows)
        QTest::addRow("%s %s", method, path)
                << QByteArray(method) << QString::fromLatin1(path) << status;
}

// The 405 names the methods the table has for the path, GET bringing HEAD.
void TestPractice::allowFromTheRouteTable()
{
    const Exchange login = send(QStringLiteral("/lab/login"), "PUT", {}, "x=1");
    QCOMPARE(login.status(), 405);
    QCOMPARE(headerValue(login.finalHop()->response.headers, "Allow"),
             QByteArray("GET, HEAD, POST"));
    const Exchange lab = send(QStringLiteral("/lab/doc"), "DELETE");
    QCOMPARE(headerValue(lab.finalHop()->response.headers, "Allow"), QByteArray("GET, HEAD, PUT"));
}

void TestPractice::everyEndpointAnswers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const Exchange exchange = send(path,
                                   method == "GET" ? QByteArray() : method,
                                   {},
                                   method == "POST" || method == "PUT" || method == "PATCH"
                                           ? QByteArray("x=1")
                                           : QByteArray());
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QCOMPARE(exchange.status(), status);
    QVERIFY(hasHeader(exchange.finalHop()->response.headers, "Date"));
}

void TestPractice::garbageOverSockets()
{
    // Random and mutated request heads on many connections at once: each gets a 4xx or 5xx,
    // or is closed when idle; none crashes or hangs the server, which still answers afterwards.
    PracticeServer server;
    PracticeServer::Options options;
    options.idleTimeoutMs = 400;
    QVERIFY(server.listen(options));
    QRandomGenerator random(4711);
    const QByteArray valid = "GET /get HTTP/1.1\r\nHost: x\r\nX-Test: 1\r\n\r\n";
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> replies(80);
    for (int i = 0; i < 80; ++i) {
        QByteArray payload;
        if (i % 2) {
            payload.resize(random.bounded(1, 400));
            for (char &c : payload)
                c = char(random.bounded(256));
        } else {
            payload = valid;
            for (int m = 0; m < 4; ++m)
                payload[random.bounded(int(payload.size()))] = char(random.bounded(256));
        }
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server.port());
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::connected, raw, [raw, payload] { raw->write(payload); });
        connect(raw, &QTcpSocket::readyRead, raw, [raw, &replies, i] {
            replies[i] += raw->readAll();
        });
        sockets.push_back(std::move(socket));
    }
    auto allClosed = [&] {
        for (const auto &socket : sockets) {
            if (socket->state() != QAbstractSocket::UnconnectedState)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allClosed(), 10000);
    int refused = 0;
    for (const QByteArray &reply : std::as_const(replies)) {
        QVERIFY2(reply.isEmpty() || reply.startsWith("HTTP/1.1 "), reply.left(60).constData());
        if (reply.startsWith("HTTP/1.1 4") || reply.startsWith("HTTP/1.1 5"))
            ++refused;
    }
    QVERIFY(refused > 20);
    QCOMPARE(rawExchange("GET /get HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &server)
                     .left(17),
             QByteArray("HTTP/1.1 200 OK\r\n"));
}

void TestPractice::idleTimeout()
{
    PracticeServer server;
    PracticeServer::Options options;
    options.idleTimeoutMs = 200;
    QVERIFY(server.listen(options));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer clock;
    clock.start();
    socket.write("GET /get HTTP/1.1\r\n"); // and then nothing more
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(clock.elapsed() >= 150);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 2000);
}

// A byte a second keeps a connection from being idle, but its head must still arrive whole in
// time: the slot is freed with a 408, and a well-behaved client is served meanwhile.
void TestPractice::slowHeadIsCutOff()
{
    PracticeServer server;
    PracticeServer::Options options;
    options.headTimeoutMs = 600;
    options.maxConnections = 4;
    QVERIFY(server.listen(options));
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 4; ++i) {
        slow.push_back(std::make_unique<QTcpSocket>());
        slow.back()->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(slow.back()->waitForConnected(5000));
        slow.back()->write("GET /get HTTP/1.1\r\nHo");
    }
    QTRY_COMPARE(server.connectionCount(), 4);
    QElapsedTimer clock;
    clock.start();
    QByteArray answers;
    while (clock.elapsed() < 5000 && server.connectionCount() > 0) {
        for (auto &socket : slow) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write("s"); // never idle
        }
        QTest::qWait(100);
    }
    for (auto &socket : slow)
        answers += socket->readAll();
    QCOMPARE(server.connectionCount(), 0);
    QVERIFY(clock.elapsed() >= 500);
    QVERIFY2(answers.startsWith("HTTP/1.1 408 "), answers.constData());
    QCOMPARE(rawExchange("GET /get HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &server)
                     .left(15),
             QByteArray("HTTP/1.1 200 OK"));
}

// A client that pipelines large requests and reads nothing: the server stops at about a
// megabyte of unsent answers instead of building all of them in memory.
void TestPractice::clientThatNeverReadsIsNotBuffered()
{
    PracticeServer server;
    QVERIFY(server.listen());
    QTcpSocket socket;
    socket.setReadBufferSize(1); // this client reads (almost) nothing
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray requests;
    for (int i = 0; i < 60; ++i)
        requests += "GET /bytes/1000000?seed=" + QByteArray::number(i)
                    + " HTTP/1.1\r\nHost: x\r\n\r\n";
    socket.write(requests);
    int served = 0;
    connect(&server, &PracticeServer::requestServed, this, [&served] { ++served; });
    QTest::qWait(1500);
    // 60 MB were asked for; the kernel's buffers and one megabyte in the server hold a few.
    QVERIFY2(served < 20, qPrintable(QString::number(served)));
    QVERIFY(served >= 1);
    // Once the client reads, the rest is answered: nothing was dropped while it did not.
    socket.setReadBufferSize(0);
    qint64 received = 0;
    QElapsedTimer clock;
    clock.start();
    while (served < 60 && clock.elapsed() < 20000) {
        QTest::qWait(20);
        received += socket.readAll().size();
    }
    QCOMPARE(served, 60);
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll().size()) >= 60 * 1000000, 20000);
}

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
