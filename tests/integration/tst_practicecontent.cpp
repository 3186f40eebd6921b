#include "http/engine.h"
#include "practice/practiceserver.h"
#include "practiceclient.h"

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

using namespace HttpLens;
using namespace HttpLens::Practice;

// What the practice server's endpoints send: broken responses, types and codings, ranges, the
// cookie lab, authentication, streams.
class TestPracticeContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.listen(), qPrintable(m_server.errorString())); }
    void faults_data();
    void faults();
    void contentTypes_data();
    void contentTypes();
    void contentCodings();
    void ranges_data();
    void ranges();
    void cookieLab();
    void cookiesAndAuth();
    void streamAndDrip();
    void clockMovesAhead();

private:
    Exchange send(const QString &path,
                  const QByteArray &method = {},
                  const QList<HeaderLine> &headers = {},
                  const QByteArray &body = {})
    {
        return sendToPractice(m_engine, m_server, path, method, headers, body);
    }
    QByteArray rawExchange(const QByteArray &bytes)
    {
        return rawExchangeWith(m_server.port(), bytes);
    }

    PracticeServer m_server;
    Engine m_engine;
};

void TestPracticeContent::faults_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("follow");
    QTest::addColumn<int>("curlCode");
    QTest::addColumn<QString>("sentenceMentions");
    QTest::newRow("Content-Length larger than the body")
            << "/fault/short-body" << false << 18 << "whole body";
    QTest::newRow("chunked body cut off") << "/fault/truncated" << false << 18 << "whole body";
    QTest::newRow("invalid chunk size") << "/fault/bad-chunk" << false << 56 << "Receiving";
    QTest::newRow("reset mid-response") << "/fault/reset" << false << 56 << "Receiving";
    QTest::newRow("huge header") << "/fault/huge-header" << false << 27
                                 << "larger than libcurl accepts";
    QTest::newRow("malformed status line")
            << "/fault/bad-status-line" << false << 1 << "status line";
    QTest::newRow("redirect loop") << "/fault/redirect-loop" << true << 47 << "redirect limit";
}

void TestPracticeContent::faults()
{
    QFETCH(QString, path);
    QFETCH(bool, follow);
    QFETCH(int, curlCode);
    QFETCH(QString, sentenceMentions);
    Request request;
    request.url = m_server.url(path);
    request.followRedirects = follow;
    request.maxRedirects = 5;
    Transfer *transfer = m_engine.send(request);
    QSignalSpy spy(transfer, &Transfer::finished);
    QVERIFY(spy.wait(10000));
    const TransportError &error = transfer->exchange().error;
    QCOMPARE(error.curlCode, curlCode);
    QVERIFY2(error.sentence.contains(sentenceMentions), qPrintable(error.sentence));
}

void TestPracticeContent::contentTypes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::newRow("html") << "/html" << QByteArray("text/html; charset=utf-8")
                          << QByteArray("<!doctype html>");
    QTest::newRow("xml") << "/xml" << QByteArray("application/xml") << QByteArray("<?xml");
    QTest::newRow("json") << "/json" << QByteArray("application/json") << QByteArray("{");
    QTest::newRow("png") << "/image/png" << QByteArray("image/png")
                         << QByteArray("\x89PNG\r\n\x1a\n");
}

void TestPracticeContent::contentTypes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, startsWith);
    const Exchange exchange = send(path);
    QCOMPARE(exchange.status(), 200);
    QCOMPARE(headerValue(exchange.finalHop()->response.headers, "Content-Type"), contentType);
    QVERIFY(exchange.body.read().startsWith(startsWith));
    if (contentType == "application/json")
        QVERIFY(!QJsonDocument::fromJson(exchange.body.read()).isNull());
}

void TestPracticeContent::contentCodings()
{
    for (const char *coding : {"gzip", "deflate", "brotli"}) {
        Request request;
        request.url = m_server.url(QLatin1Char('/') + QLatin1String(coding));
        request.decompress = true;
        Transfer *transfer = m_engine.send(request);
        QSignalSpy spy(transfer, &Transfer::finished);
        QVERIFY(spy.wait(10000));
        const Exchange &exchange = transfer->exchange();
        const QByteArray name(coding);
        QCOMPARE(headerValue(exchange.finalHop()->response.headers, "Content-Encoding"),
                 name == "brotli" ? QByteArray("br") : name);
        QVERIFY(exchange.finalHop()->bodyWireBytes < exchange.body.size());
        const QJsonObject object = QJsonDocument::fromJson(exchange.body.read()).object();
        const QString flag = name == "gzip"      ? QStringLiteral("gzipped")
                             : name == "deflate" ? QStringLiteral("deflated")
                                                 : QStringLiteral("brotli");
        QVERIFY2(object.value(flag).toBool(), coding);
    }
    // The bounded bomb: 16 MiB decoded from a few KiB, kept in a temporary file by the engine.
    Request request;
    request.url = m_server.url(QStringLiteral("/fault/gzip-bomb"));
    request.decompress = true;
    Transfer *transfer = m_engine.send(request);
    QSignalSpy spy(transfer, &Transfer::finished);
    QVERIFY(spy.wait(20000));
    const Exchange &bomb = transfer->exchange();
    QCOMPARE(bomb.body.size(), qint64(16 * 1024 * 1024));
    QVERIFY(bomb.finalHop()->bodyWireBytes < 64 * 1024);
    QVERIFY(!bomb.body.inMemory());
}

void TestPracticeContent::ranges_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::newRow("no range") << HeaderList{} << 200 << QByteArray("abcdefghijklmnopqrstuvwxyz")
                              << QByteArray();
    QTest::newRow("first bytes") << HeaderList{{"Range", "bytes=0-3"}} << 206 << QByteArray("abcd")
                                 << QByteArray("bytes 0-3/26");
    QTest::newRow("open end") << HeaderList{{"Range", "bytes=24-"}} << 206 << QByteArray("yz")
                              << QByteArray("bytes 24-25/26");
    QTest::newRow("suffix") << HeaderList{{"Range", "bytes=-3"}} << 206 << QByteArray("xyz")
                            << QByteArray("bytes 23-25/26");
    QTest::newRow("end beyond size") << HeaderList{{"Range", "bytes=20-99"}} << 206
                                     << QByteArray("uvwxyz") << QByteArray("bytes 20-25/26");
    QTest::newRow("unsatisfiable") << HeaderList{{"Range", "bytes=30-40"}} << 416 << QByteArray()
                                   << QByteArray("bytes */26");
    QTest::newRow("If-Range matches")
            << HeaderList{{"Range", "bytes=0-1"}, {"If-Range", "\"range-26\""}} << 206
            << QByteArray("ab") << QByteArray("bytes 0-1/26");
    QTest::newRow("If-Range stale: whole")
            << HeaderList{{"Range", "bytes=0-1"}, {"If-Range", "\"old\""}} << 200
            << QByteArray("abcdefghijklmnopqrstuvwxyz") << QByteArray();
    QTest::newRow("If-Range weak: whole")
            << HeaderList{{"Range", "bytes=0-1"}, {"If-Range", "W/\"range-26\""}} << 200
            << QByteArray("abcdefghijklmnopqrstuvwxyz") << QByteArray();
    QTest::newRow("not bytes: ignored") << HeaderList{{"Range", "lines=1-2"}} << 200
                                        << QByteArray("abcdefghijklmnopqrstuvwxyz") << QByteArray();
    // RFC 9110 §14.1.1: a syntactically invalid range is ignored, not refused with 416.
    for (const char *invalid : {"bytes=5-3", "bytes=+1-2", "bytes=1 -2", "bytes=a-", "bytes=1-x"})
        QTest::addRow("invalid %s: ignored", invalid)
                << HeaderList{{"Range", invalid}} << 200 << QByteArray("abcdefghijklmnopqrstuvwxyz")
                << QByteArray();
    QTest::newRow("empty suffix: unsatisfiable")
            << HeaderList{{"Range", "bytes=-0"}} << 416 << QByteArray() << QByteArray("bytes */26");
}

void TestPracticeContent::ranges()
{
    QFETCH(HeaderList, headers);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentRange);
    QList<HeaderLine> lines;
    for (const HeaderField &field : headers)
        lines.append(HeaderLine{HeaderLine::Kind::Set, field.name, field.value});
    const Exchange exchange = send(QStringLiteral("/range/26"), {}, lines);
    QCOMPARE(exchange.status(), status);
    if (status != 416)
        QCOMPARE(exchange.body.read(), body);
    QCOMPARE(headerValue(exchange.finalHop()->response.headers, "Content-Range"), contentRange);
}

void TestPracticeContent::cookieLab()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString jar = dir.filePath(QStringLiteral("jar.txt"));
    auto run = [&](const QString &path, const QByteArray &body, bool useJar) {
        Request request;
        request.url = m_server.url(path);
        if (!body.isNull()) {
            request.hasBody = true;
            request.body = body;
        }
        if (useJar) {
            request.cookieEngine = true;
            request.cookieJar = jar;
            if (QFile::exists(jar))
                request.cookieFiles = {jar};
        }
        Transfer *transfer = m_engine.send(request);
        QSignalSpy spy(transfer, &Transfer::finished);
        spy.wait(10000);
        return transfer->exchange();
    };
    const Exchange denied = run(QStringLiteral("/lab/private"), QByteArray(), false);
    QCOMPARE(denied.status(), 401);
    QVERIFY(hasHeader(denied.finalHop()->response.headers, "WWW-Authenticate"));
    QCOMPARE(run(QStringLiteral("/lab/login"), "user=ann&password=wrong", true).status(), 401);

    const Exchange login = run(QStringLiteral("/lab/login"), "user=ann&password=lens", true);
    QCOMPARE(login.status(), 303);
    const QList<QByteArray> cookies = headerValues(login.finalHop()->response.headers, "Set-Cookie");
    QCOMPARE(cookies.size(), 2);
    QVERIFY(cookies.first().contains("HttpOnly"));
    QVERIFY(cookies.last().startsWith("profile="));
    // itsdangerous style: payload.timestamp.signature, the payload readable as base64.
    const QByteArray profile = cookies.last().mid(8, cookies.last().indexOf(';') - 8);
    QCOMPARE(profile.count('.'), 2);
    QVERIFY(QByteArray::fromBase64(profile.left(profile.indexOf('.')), QByteArray::Base64UrlEncoding)
                    .contains("\"user\":\"ann\""));

    const Exchange page = run(QStringLiteral("/lab/private"), QByteArray(), true);
    QCOMPARE(page.status(), 200);
    QVERIFY(page.body.read().contains("Hello, ann."));
    QVERIFY(page.body.read().contains("signature is valid"));

    // A tampered profile cookie is detected.
    Request forged;
    forged.url = m_server.url(QStringLiteral("/lab/private"));
    const QByteArray session = cookies.first().mid(8, cookies.first().indexOf(';') - 8);
    forged.cookie = "session=" + session + "; profile=" + QByteArray("eyJ1c2VyIjoiYWRtaW4ifQ")
                    + profile.mid(profile.indexOf('.'));
    Transfer *transfer = m_engine.send(forged);
    QSignalSpy spy(transfer, &Transfer::finished);
    QVERIFY(spy.wait(10000));
    QVERIFY(transfer->exchange().body.read().contains("does not match"));

    const Exchange logout = run(QStringLiteral("/lab/logout"), "", true);
    QCOMPARE(logout.status(), 303);
    QVERIFY(headerValue(logout.finalHop()->response.headers, "Set-Cookie").contains("Max-Age=0"));
    QCOMPARE(run(QStringLiteral("/lab/private"), QByteArray(), true).status(), 401);
}

void TestPracticeContent::cookiesAndAuth()
{
    const Exchange set = send(QStringLiteral("/cookies/set?a=1&b=two"));
    QCOMPARE(set.status(), 302);
    QCOMPARE(headerValues(set.finalHop()->response.headers, "Set-Cookie"),
             (QList<QByteArray>{"a=1; Path=/", "b=two; Path=/"}));
    const Exchange shown = send(QStringLiteral("/cookies"),
                                {},
                                {HeaderLine::fromCurlSyntax("Cookie: a=1; b=two")});
    QCOMPARE(QJsonDocument::fromJson(shown.body.read())
                     .object()
                     .value(QStringLiteral("cookies"))
                     .toObject()
                     .value(QStringLiteral("b"))
                     .toString(),
             QStringLiteral("two"));
    QVERIFY(headerValue(send(QStringLiteral("/cookies/delete?a")).finalHop()->response.headers,
                        "Set-Cookie")
                    .contains("Max-Age=0"));

    QCOMPARE(send(QStringLiteral("/basic-auth/ann/pw")).status(), 401);
    QCOMPARE(send(QStringLiteral("/basic-auth/ann/pw"),
                  {},
                  {HeaderLine::fromCurlSyntax("Authorization: Basic "
                                              + QByteArray("ann:pw").toBase64())})
                     .status(),
             200);
    QCOMPARE(send(QStringLiteral("/bearer")).status(), 401);
    QCOMPARE(send(QStringLiteral("/bearer"),
                  {},
                  {HeaderLine::fromCurlSyntax("Authorization: Bearer abc")})
                     .status(),
             200);
}

void TestPracticeContent::streamAndDrip()
{
    const Exchange stream = send(QStringLiteral("/stream/3"));
    QCOMPARE(headerValue(stream.finalHop()->response.headers, "Transfer-Encoding"),
             QByteArray("chunked"));
    QCOMPARE(stream.body.read().count('\n'), 3);
    QElapsedTimer clock;
    clock.start();
    const Exchange drip = send(QStringLiteral("/drip?numbytes=5&duration=0.5"));
    QCOMPARE(drip.body.read(), QByteArray("*****"));
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
    // The download phase shows the drip.
    QVERIFY(drip.timings.downloadPhaseUs() >= 300000);
}

// The server's clock moves ahead on request: Date, a new Last-Modified and the CDN scenario's
// Date all follow it, and it never goes back.
void TestPracticeContent::clockMovesAhead()
{
    PracticeServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    auto field = [](const Exchange &exchange, const char *name) {
        return parseHttpDate(headerValue(exchange.finalHop()->response.headers, name));
    };
    const QString path = QStringLiteral("/lab/clock");
    const Exchange before = sendToPractice(m_engine, server, path);
    QCOMPARE(before.status(), 200);
    const QDateTime start = field(before, "Date");
    QVERIFY(start.isValid());
    server.advanceClock(3600);
    server.advanceClock(-7200); // ignored: the clock only moves ahead
    const Exchange later = sendToPractice(m_engine, server, path);
    const qint64 moved = start.secsTo(field(later, "Date"));
    QVERIFY2(moved >= 3600 && moved <= 3605, QByteArray::number(moved).constData());
    // The document is unchanged: its Last-Modified stays where it was.
    QCOMPARE(field(later, "Last-Modified"), field(before, "Last-Modified"));
    QVERIFY(sendToPractice(m_engine, server, path, "PUT", {}, "changed").status() < 300);
    const Exchange changed = sendToPractice(m_engine, server, path);
    QVERIFY(start.secsTo(field(changed, "Last-Modified")) >= 3600);
    QVERIFY(field(changed, "Last-Modified") <= field(changed, "Date"));
    const Exchange cdn = sendToPractice(m_engine, server, QStringLiteral("/caching/cdn-age"));
    QCOMPARE(cdn.status(), 200);
    QVERIFY(start.secsTo(field(cdn, "Date")) >= 3600 - 60);
}

QTEST_GUILESS_MAIN(TestPracticeContent)
#include "tst_practicecontent.moc"
