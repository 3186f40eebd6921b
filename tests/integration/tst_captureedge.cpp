// The capture proxy at its edges: pipelined and kept-alive requests, streamed uploads and
// downloads, interim responses, tunnels (WebSocket, CONNECT passed through), clients that do
// not trust the CA, malformed and hostile input, slow clients, credentials, and a capture killed
// with transfers in flight.
#include "capture/capturesession.h"
#include "http/engine.h"
#include "practice/practiceserver.h"
#include "scriptedserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace HttpLens;
using namespace HttpLens::Capture;

namespace {

// Reads from the socket until `done` says the bytes so far are enough, or 10 s pass. The event
// loop runs meanwhile: the proxy lives in this thread.
QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &done)
{
    QByteArray bytes;
    QElapsedTimer clock;
    clock.start();
    while (!done(bytes) && clock.elapsed() < 10000) {
        QTest::qWait(5);
        bytes += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
    }
    return bytes;
}

int statusOf(const QByteArray &response)
{
    return response.startsWith("HTTP/1.") ? response.mid(9, 3).toInt() : 0;
}

// A proxy in this process, its exchanges collected.
struct Proxy
{
    Engine engine;
    CaptureSession session{&engine};
    QList<Exchange> captured;

    bool start(const QString &data, ProxyOptions options = {})
    {
        options.port = 0;
        options.insecure = true;
        QObject::connect(&session, &CaptureSession::captured, &session, [this](const Exchange &e) {
            captured.append(e);
        });
        return session.start(options, data);
    }
    quint16 port() const { return session.port(); }
};

} // namespace

class TestCaptureEdge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pipelinedRequestsAnsweredInOrder();
    void chunkedUploadStreams();
    void interimResponsesReachTheClient();
    void expectContinueIsForwarded();
    void headAnd304KeepTheConnection();
    void webSocketBecomesATunnel();
    void passthroughKeepsTheOriginsCertificate();
    void distrustingClientIsTold();
    void refusals_data();
    void refusals();
    void slowClientGets408AndOthersGoOn();
    void credentialsAreAskedForAndMasked();
    void gigabyteStreamsInBoundedMemory();
    void killedCaptureLosesNoCompletedExchange();

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestCaptureEdge::initTestCase()
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   m_dir.filePath(QStringLiteral("origin.key")),
                   QStringLiteral("-out"),
                   m_dir.filePath(QStringLiteral("origin.pem")),
                   QStringLiteral("-days"),
                   QStringLiteral("2"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30000));
    QFile cert(m_dir.filePath(QStringLiteral("origin.pem")));
    QFile key(m_dir.filePath(QStringLiteral("origin.key")));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(cert.readAll());
    m_key = QSslKey(key.readAll(), QSsl::Rsa);
}

void TestCaptureEdge::pipelinedRequestsAnsweredInOrder()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    for (const QByteArray body : {"one", "two", "three"})
        server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                                + "\r\n\r\n" + body,
                        body == "one" ? 100 : 0, // the first answer is the slowest
                        false});
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d1"))));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(client.waitForConnected());
    const QByteArray base = server.url(QStringLiteral("/")).toLatin1();
    client.write("GET " + base + "1 HTTP/1.1\r\nHost: x\r\n\r\n" + "POST " + base
                 + "2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody" + "GET " + base
                 + "3 HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray responses = readUntil(client,
                                           [](const QByteArray &b) { return b.endsWith("three"); });
    const qsizetype one = responses.indexOf("\r\n\r\none");
    const qsizetype two = responses.indexOf("\r\n\r\ntwo");
    const qsizetype three = responses.indexOf("\r\n\r\nthree");
    QVERIFY2(one > 0 && one < two && two < three, responses.constData());
    QCOMPARE(responses.count("HTTP/1.1 200 OK"), 3);
    QTRY_COMPARE(proxy.captured.size(), 3);
    QCOMPARE(server.requests().at(1),
             QByteArray("POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody"));
    // Both sides kept their connection: one upstream for all three.
    QCOMPARE(server.connectionCount(), 1);
}

void TestCaptureEdge::chunkedUploadStreams()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 0, false});
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d2"))));
    QByteArray payload;
    for (int i = 0; i < 20000; ++i)
        payload += QByteArray::number(i) + ',';
    QFile file(m_dir.filePath(QStringLiteral("upload.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(payload);
    file.close();
    QProcess client;
    client.start(curl,
                 {QStringLiteral("-s"),
                  QStringLiteral("-x"),
                  proxy.session.proxyUrl(),
                  QStringLiteral("-H"),
                  QStringLiteral("Transfer-Encoding: chunked"),
                  QStringLiteral("--data-binary"),
                  u'@' + file.fileName(),
                  server.url(QStringLiteral("/up"))});
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 20000);
    QCOMPARE(client.readAllStandardOutput(), QByteArray("ok"));
    QTRY_COMPARE(proxy.captured.size(), 1);
    const QByteArray received = server.requests().first();
    QVERIFY(received.contains("\r\nTransfer-Encoding: chunked\r\n"));
    // Decode what the server got: the same bytes as the file.
    QByteArray decoded;
    qsizetype pos = received.indexOf("\r\n\r\n") + 4;
    for (;;) {
        const qsizetype lineEnd = received.indexOf("\r\n", pos);
        const qint64 size = received.mid(pos, lineEnd - pos).toLongLong(nullptr, 16);
        if (size == 0)
            break;
        decoded += received.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
    QCOMPARE(decoded, payload);
    QCOMPARE(proxy.captured.first().capture.clientRequestBodyBytes, payload.size());
}

void TestCaptureEdge::interimResponsesReachTheClient()
{
    Practice::PracticeServer practice;
    QVERIFY(practice.listen());
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d3"))));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(client.waitForConnected());
    client.write("GET " + practice.url().toLatin1() + "fault/interim HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray response = readUntil(client, [](const QByteArray &b) {
        return b.contains("the final response.");
    });
    QVERIFY2(response.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\n"),
             response.constData());
    QVERIFY(response.contains("\r\n\r\nHTTP/1.1 200 OK\r\n"));
    QTRY_COMPARE(proxy.captured.size(), 1);
    QCOMPARE(proxy.captured.first().hops.first().interim.size(), 2);
}

// The server's 100 Continue goes to the client at once, so neither waits out its timeout.
void TestCaptureEdge::expectContinueIsForwarded()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
            const bool first = received.isEmpty();
            received += socket->readAll();
            if (first && received.contains("\r\n\r\n"))
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            if (received.endsWith("0123456789"))
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone");
        });
    });
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d4"))));
    QElapsedTimer clock;
    clock.start();
    QProcess client;
    client.start(curl,
                 {QStringLiteral("-s"),
                  QStringLiteral("-v"),
                  QStringLiteral("-x"),
                  proxy.session.proxyUrl(),
                  QStringLiteral("-H"),
                  QStringLiteral("Expect: 100-continue"),
                  QStringLiteral("--data-binary"),
                  QStringLiteral("0123456789"),
                  QStringLiteral("http://127.0.0.1:%1/e").arg(server.serverPort())});
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 20000);
    QCOMPARE(client.readAllStandardOutput(), QByteArray("done"));
    QVERIFY(client.readAllStandardError().contains("< HTTP/1.1 100 Continue"));
    QVERIFY2(clock.elapsed() < 900, QByteArray::number(clock.elapsed()).constData());
    QVERIFY(received.contains("\r\nExpect: 100-continue\r\n"));
}

void TestCaptureEdge::headAnd304KeepTheConnection()
{
    Practice::PracticeServer practice;
    QVERIFY(practice.listen());
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d5"))));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(client.waitForConnected());
    const QByteArray url = practice.url().toLatin1() + "lab/welcome";
    client.write("HEAD " + url + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray head = readUntil(client,
                                      [](const QByteArray &b) { return b.contains("\r\n\r\n"); });
    QCOMPARE(statusOf(head), 200);
    QVERIFY(head.endsWith("\r\n\r\n")); // no body after a HEAD, whatever Content-Length says
    const QByteArray etag = head.mid(head.indexOf("ETag: ") + 6,
                                     head.indexOf("\r\n", head.indexOf("ETag: "))
                                             - head.indexOf("ETag: ") - 6);
    client.write("GET " + url + " HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag + "\r\n\r\n");
    const QByteArray notModified = readUntil(client, [](const QByteArray &b) {
        return b.contains("\r\n\r\n");
    });
    QCOMPARE(statusOf(notModified), 304);
    // The same connection still serves: a 304 has no body to wait for.
    client.write("GET " + url + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray again = readUntil(client, [](const QByteArray &b) {
        return b.contains("lab document");
    });
    QCOMPARE(statusOf(again), 200);
    QTRY_COMPARE(proxy.captured.size(), 3);
    QCOMPARE(proxy.captured.at(1).status(), 304);
}

void TestCaptureEdge::webSocketBecomesATunnel()
{
    // A server that accepts the upgrade and then echoes every byte.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray upgradeRequest;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&upgradeRequest, socket] {
            if (upgradeRequest.isEmpty()) {
                upgradeRequest = socket->readAll();
                socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Accept: x\r\n\r\n");
                return;
            }
            socket->write(socket->readAll());
        });
    });
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d6"))));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(client.waitForConnected());
    client.write(QStringLiteral("GET http://127.0.0.1:%1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                "Sec-WebSocket-Version: 13\r\n\r\n")
                         .arg(server.serverPort())
                         .toLatin1());
    const QByteArray switched = readUntil(client, [](const QByteArray &b) {
        return b.contains("\r\n\r\n");
    });
    QCOMPARE(statusOf(switched), 101);
    QVERIFY(switched.contains("\r\nUpgrade: websocket\r\n"));
    QVERIFY(upgradeRequest.contains("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"));
    const QByteArray frame("\x81\x85\x00\x00\x00\x00hello", 11);
    client.write(frame);
    QCOMPARE(readUntil(client, [&](const QByteArray &b) { return b.size() >= frame.size(); }),
             frame);
    client.disconnectFromHost();
    QTRY_COMPARE(proxy.captured.size(), 1);
    const Exchange &exchange = proxy.captured.first();
    QVERIFY(exchange.capture.upgraded);
    QCOMPARE(exchange.status(), 101);
    QCOMPARE(exchange.capture.tunnelBytesUp, frame.size());
    QCOMPARE(exchange.capture.tunnelBytesDown, frame.size());
}

void TestCaptureEdge::passthroughKeepsTheOriginsCertificate()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    ScriptedServer server;
    QVERIFY(server.listenTls(m_certificate, m_key));
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\norigin", 0, false});
    ProxyOptions options;
    options.passthrough = {QStringLiteral("localhost")};
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d7")), options));
    QProcess client;
    // Trusting only the origin's own certificate: it must arrive untouched.
    client.start(curl,
                 {QStringLiteral("-s"),
                  QStringLiteral("-x"),
                  proxy.session.proxyUrl(),
                  QStringLiteral("--cacert"),
                  m_dir.filePath(QStringLiteral("origin.pem")),
                  QStringLiteral("https://localhost:%1/").arg(server.port())});
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 20000);
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(client.readAllStandardOutput(), QByteArray("origin"));
    QTRY_COMPARE(proxy.captured.size(), 1);
    const Exchange &exchange = proxy.captured.first();
    QCOMPARE(int(exchange.capture.mode), int(CaptureInfo::Mode::Tunnel));
    QVERIFY(exchange.capture.tunnelBytesUp > 100);   // a ClientHello and more
    QVERIFY(exchange.capture.tunnelBytesDown > 500); // the certificate and the response
}

void TestCaptureEdge::distrustingClientIsTold()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    ScriptedServer server;
    QVERIFY(server.listenTls(m_certificate, m_key));
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d8"))));
    QProcess client;
    client.start(curl,
                 {QStringLiteral("-s"),
                  QStringLiteral("-x"),
                  proxy.session.proxyUrl(),
                  QStringLiteral("--cacert"),
                  m_dir.filePath(QStringLiteral("origin.pem")),
                  QStringLiteral("https://localhost:%1/").arg(server.port())});
    proxy.session.setLikelyClients(client.processId());
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 20000);
    QCOMPARE(client.exitCode(), 60); // curl: the peer's certificate was not trusted
    QTRY_COMPARE(proxy.captured.size(), 1);
    const Exchange &exchange = proxy.captured.first();
    QVERIFY(exchange.error.isError());
    QVERIFY2(exchange.error.sentence.contains(QLatin1String("unknown_ca")),
             qPrintable(exchange.error.sentence));
    QVERIFY2(exchange.error.sentence.contains(QLatin1String("CURL_CA_BUNDLE")),
             qPrintable(exchange.error.sentence));
    QVERIFY(server.requests().isEmpty());
}

void TestCaptureEdge::refusals_data()
{
    QTest::addColumn<QByteArray>("request"); // PORT: a closed port; SELF: the proxy's own
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << 400 << "request line";
    QTest::newRow("Content-Length beside Transfer-Encoding")
            << QByteArray("POST http://127.0.0.1:PORT/ HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << 400 << "smuggling";
    QTest::newRow("two Content-Lengths")
            << QByteArray("POST http://127.0.0.1:PORT/ HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                          "Content-Length: 4\r\n\r\nabcd")
            << 400 << "smuggling";
    QTest::newRow("head too large")
            << QByteArray("GET http://127.0.0.1:PORT/ HTTP/1.1\r\nHost: x\r\nX-Big: "
                          + QByteArray(70000, 'a') + "\r\n\r\n")
            << 431 << "larger than";
    QTest::newRow("closed port") << QByteArray(
            "GET http://127.0.0.1:PORT/ HTTP/1.1\r\nHost: x\r\n\r\n")
                                 << 502 << "could not get a response";
    QTest::newRow("CONNECT to a closed port")
            << QByteArray("CONNECT 127.0.0.1:PORT HTTP/1.1\r\nHost: x\r\n\r\n") << 502
            << "could not connect";
    QTest::newRow("to itself") << QByteArray(
            "GET http://127.0.0.1:SELF/ HTTP/1.1\r\nHost: x\r\n\r\n")
                               << 508 << "loop";
    QTest::newRow("not a proxy request")
            << QByteArray("GET /path HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "HTTP_PROXY";
}

void TestCaptureEdge::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, sentence);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d9"))));
    request.replace("PORT", QByteArray::number(closedPort));
    request.replace("SELF", QByteArray::number(proxy.port()));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(client.waitForConnected());
    client.write(request);
    const QByteArray response = readUntil(client, [](const QByteArray &b) {
        const qsizetype end = b.indexOf("\r\n\r\n");
        return end > 0
               && b.size() >= end + 4 + b.mid(b.indexOf("Content-Length: ") + 16, 6).toInt();
    });
    QCOMPARE(statusOf(response), status);
    QVERIFY2(QString::fromUtf8(response).contains(sentence, Qt::CaseInsensitive),
             response.constData());
    QVERIFY(response.contains("\r\nConnection: close\r\n"));
    QTRY_COMPARE(proxy.captured.size(), 1);
}

void TestCaptureEdge::slowClientGets408AndOthersGoOn()
{
    Practice::PracticeServer practice;
    QVERIFY(practice.listen());
    ProxyOptions options;
    options.headTimeoutMs = 400;
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d10")), options));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(slow.waitForConnected());
    slow.write("GET " + practice.url().toLatin1() + "get HTTP/1.1\r\nHost: x\r\n"); // never ends
    QTcpSocket quick;
    quick.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(quick.waitForConnected());
    quick.write("GET " + practice.url().toLatin1() + "get HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(statusOf(readUntil(quick, [](const QByteArray &b) { return b.contains("\r\n\r\n"); })),
             200);
    const QByteArray timedOut = readUntil(slow, [](const QByteArray &b) {
        return b.contains("seconds") || b.contains("second.");
    });
    QCOMPARE(statusOf(timedOut), 408);
}

void TestCaptureEdge::credentialsAreAskedForAndMasked()
{
    Practice::PracticeServer practice;
    QVERIFY(practice.listen());
    ProxyOptions options;
    options.credentials = "ann:secret";
    Proxy proxy;
    QVERIFY(proxy.start(m_dir.filePath(QStringLiteral("d11")), options));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(client.waitForConnected());
    client.write("GET " + practice.url().toLatin1() + "get HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(statusOf(readUntil(client, [](const QByteArray &b) { return b.contains("\r\n\r\n"); })),
             407);
    QTcpSocket allowed;
    allowed.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(allowed.waitForConnected());
    allowed.write("GET " + practice.url().toLatin1()
                  + "get HTTP/1.1\r\nHost: x\r\n"
                    "Proxy-Authorization: Basic "
                  + QByteArray("ann:secret").toBase64() + "\r\n\r\n");
    QCOMPARE(statusOf(readUntil(allowed,
                                [](const QByteArray &b) { return b.contains("\r\n\r\n"); })),
             200);
    QTRY_COMPARE(proxy.captured.size(), 1);
    const Exchange &exchange = proxy.captured.first();
    QVERIFY(!exchange.capture.clientRequest.contains(QByteArray("ann:secret").toBase64()));
    QVERIFY(exchange.capture.clientRequest.contains("Proxy-Authorization:"));
    QVERIFY(!exchange.hops.first().request.raw.contains("Proxy-Authorization"));
}

// 1 GiB through `httplens-cli capture --reverse`, from a server that makes it up as it goes, to
// curl: the proxy's peak resident memory stays under 100 MB.
void TestCaptureEdge::gigabyteStreamsInBoundedMemory()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    const qint64 size = 1024LL * 1024 * 1024;
    QTcpServer origin;
    QVERIFY(origin.listen(QHostAddress::LocalHost, 0));
    connect(&origin, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = origin.nextPendingConnection();
        auto sent = std::make_shared<qint64>(-1);
        const QByteArray block(256 * 1024, 'g');
        auto pump = [socket, sent, block, size] {
            if (*sent < 0) {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size)
                              + "\r\n\r\n");
                *sent = 0;
            }
            while (*sent < size && socket->bytesToWrite() < 4 * block.size()) {
                const qint64 n = qMin<qint64>(block.size(), size - *sent);
                socket->write(block.constData(), n);
                *sent += n;
            }
        };
        connect(socket, &QTcpSocket::readyRead, socket, pump);
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    });
    QProcess capture;
    capture.start(QStringLiteral(HTTPLENS_CLI_PATH),
                  {QStringLiteral("capture"),
                   QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("-q"),
                   QStringLiteral("--data-dir"),
                   m_dir.filePath(QStringLiteral("d12")),
                   QStringLiteral("--reverse"),
                   QStringLiteral("http://127.0.0.1:%1").arg(origin.serverPort())});
    QVERIFY(capture.waitForReadyRead(10000));
    const QByteArray banner = capture.readAllStandardOutput();
    const QRegularExpressionMatch port = QRegularExpression(
                                                 QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                                                 .match(QString::fromUtf8(banner));
    QVERIFY2(port.hasMatch(), banner.constData());
    QProcess client;
    client.start(curl,
                 {QStringLiteral("-s"),
                  QStringLiteral("-o"),
                  QStringLiteral("/dev/null"),
                  QStringLiteral("-w"),
                  QStringLiteral("%{size_download}"),
                  QStringLiteral("http://127.0.0.1:%1/big").arg(port.captured(1))});
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 120000);
    QCOMPARE(client.readAllStandardOutput().toLongLong(), size);
    QFile status(QStringLiteral("/proc/%1/status").arg(capture.processId()));
    QVERIFY(status.open(QIODevice::ReadOnly));
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf("VmHWM:");
    const qint64 peakKiB = text.mid(at + 6, text.indexOf('\n', at) - at - 6)
                                   .trimmed()
                                   .split(' ')
                                   .first()
                                   .toLongLong();
    capture.terminate();
    capture.waitForFinished();
    qInfo("peak resident memory of the capture: %lld MB", peakKiB / 1024);
    // AddressSanitizer's own bookkeeping takes more; the limit is for a normal build.
#if defined(__SANITIZE_ADDRESS__)
    QVERIFY2(peakKiB < 400 * 1024, QByteArray::number(peakKiB).constData());
#else
    QVERIFY2(peakKiB < 100 * 1024, QByteArray::number(peakKiB).constData());
#endif
}

// kill -9 with 50 transfers in flight: every exchange the capture reported as done is in the
// history journal, whole.
void TestCaptureEdge::killedCaptureLosesNoCompletedExchange()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    Practice::PracticeServer practice;
    QVERIFY(practice.listen());
    const QString data = m_dir.filePath(QStringLiteral("d13"));
    const QString log = m_dir.filePath(QStringLiteral("d13.log"));
    QProcess capture;
    capture.start(QStringLiteral(HTTPLENS_CLI_PATH),
                  {QStringLiteral("capture"),
                   QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("--json"),
                   QStringLiteral("--log"),
                   log,
                   QStringLiteral("--data-dir"),
                   data});
    QVERIFY(capture.waitForReadyRead(10000));
    const QRegularExpressionMatch port = QRegularExpression(
                                                 QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                                                 .match(QString::fromUtf8(
                                                         capture.readAllStandardOutput()));
    QVERIFY(port.hasMatch());
    // 400 requests, 50 at a time, each held 20-200 ms by the server.
    QFile config(m_dir.filePath(QStringLiteral("d13.curl")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    for (int i = 0; i < 400; ++i)
        config.write("url = \"" + practice.url().toLatin1() + "delay/0."
                     + QByteArray::number(i % 9 + 1) + "?n=" + QByteArray::number(i)
                     + "\"\noutput = /dev/null\n");
    config.close();
    QProcess client;
    client.start(curl,
                 {QStringLiteral("-s"),
                  QStringLiteral("-Z"),
                  QStringLiteral("--parallel-max"),
                  QStringLiteral("50"),
                  QStringLiteral("-x"),
                  QStringLiteral("http://127.0.0.1:%1").arg(port.captured(1)),
                  QStringLiteral("-K"),
                  config.fileName()});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(log).size() > 4000, 20000); // some dozens done
    ::kill(pid_t(capture.processId()), SIGKILL);
    capture.waitForFinished();
    client.kill();
    client.waitForFinished();
    QFile printed(log);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QSet<QString> reported;
    for (const QByteArray &line : printed.readAll().split('\n')) {
        if (line.endsWith('}'))
            reported.insert(
                    QJsonDocument::fromJson(line).object().value(QStringLiteral("url")).toString());
    }
    QFile journal(QDir(data).filePath(QStringLiteral("history.jsonl")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QSet<QString> kept;
    for (const QByteArray &line : journal.readAll().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QString url = record.value(QStringLiteral("entries"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("request"))
                                    .toObject()
                                    .value(QStringLiteral("url"))
                                    .toString();
        if (!url.isEmpty())
            kept.insert(url);
    }
    QVERIFY(reported.size() > 10);
    for (const QString &url : std::as_const(reported))
        QVERIFY2(kept.contains(url), qPrintable(url));
}

QTEST_GUILESS_MAIN(TestCaptureEdge)
#include "tst_captureedge.moc"
