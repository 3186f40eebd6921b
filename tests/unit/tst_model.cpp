#include "inspector/terminaltext.h"
#include "interop/har.h"
#include "model/exchange.h"

#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(HttpLens::Timings)

using namespace HttpLens;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void terminalSafety_data();
    void terminalSafety();
    void statusLine_data();
    void statusLine();
    void headerFields();
    void requestHead();
    void timingPhases();
    void timingPhasesOfFailures_data();
    void timingPhasesOfFailures();
    void rawBytes_data();
    void rawBytes();
    void bodySpillsToFile();
};

void TestModel::statusLine_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("plain") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << QByteArray("HTTP/1.1") << 200
                           << QByteArray("OK");
    QTest::newRow("reason with spaces")
            << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << QByteArray("HTTP/1.1") << 304
            << QByteArray("Not Modified");
    QTest::newRow("no reason") << QByteArray("HTTP/1.1 204\r\n\r\n") << QByteArray("HTTP/1.1")
                               << 204 << QByteArray();
    QTest::newRow("empty reason after space")
            << QByteArray("HTTP/1.1 204 \r\n\r\n") << QByteArray("HTTP/1.1") << 204 << QByteArray();
    QTest::newRow("HTTP/2 as libcurl shows it")
            << QByteArray("HTTP/2 200 \r\n\r\n") << QByteArray("HTTP/2") << 200 << QByteArray();
    QTest::newRow("non-standard code") << QByteArray("HTTP/1.1 705 Whatever\r\n\r\n")
                                       << QByteArray("HTTP/1.1") << 705 << QByteArray("Whatever");
    QTest::newRow("bare LF") << QByteArray("HTTP/1.0 404 Not Found\n\n") << QByteArray("HTTP/1.0")
                             << 404 << QByteArray("Not Found");
    QTest::newRow("two-digit code is invalid") << QByteArray("HTTP/1.1 20 OK\r\n\r\n")
                                               << QByteArray("HTTP/1.1") << 0 << QByteArray("OK");
    QTest::newRow("garbage") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n")
                             << QByteArray("SSH-2.0-OpenSSH") << 0 << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray() << 0 << QByteArray();
}

void TestModel::statusLine()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    const ResponseHead head = ResponseHead::parse(raw);
    QCOMPARE(head.raw, raw);
    QCOMPARE(head.httpVersion, version);
    QCOMPARE(head.status, status);
    QCOMPARE(head.reason, reason);
}

void TestModel::headerFields()
{
    const QByteArray raw = "HTTP/1.1 200 OK\r\n"
                           "content-TYPE:text/plain\r\n"
                           "Set-Cookie: a=1\r\n"
                           "X-Folded: first\r\n"
                           "   second\r\n"
                           "set-cookie: b=2\r\n"
                           "X-Empty:\r\n"
                           "no colon here\r\n"
                           "X-Spaces:   a  b   \r\n"
                           "\r\n";
    const ResponseHead head = ResponseHead::parse(raw);
    const HeaderList expected{{"content-TYPE", "text/plain"},
                              {"Set-Cookie", "a=1"},
                              {"X-Folded", "first second"},
                              {"set-cookie", "b=2"},
                              {"X-Empty", ""},
                              {"X-Spaces", "a  b"}};
    QCOMPARE(head.headers, expected);
    QCOMPARE(headerValue(head.headers, "Content-Type"), QByteArray("text/plain"));
    QCOMPARE(headerValues(head.headers, "SET-COOKIE"), (QList<QByteArray>{"a=1", "b=2"}));
    QVERIFY(hasHeader(head.headers, "x-empty"));
    QVERIFY(!hasHeader(head.headers, "no colon here"));
    QVERIFY(ResponseHead::parse("HTTP/1.1 103 Early Hints\r\n\r\n").isInterim());
    QVERIFY(!ResponseHead::parse("HTTP/1.1 101 Switching Protocols\r\n\r\n").isInterim());
}

void TestModel::requestHead()
{
    const RequestHead head = RequestHead::parse(
            "POST /a?b=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n");
    QCOMPARE(head.method, QByteArray("POST"));
    QCOMPARE(head.target, QByteArray("/a?b=1"));
    QCOMPARE(head.httpVersion, QByteArray("HTTP/1.1"));
    QCOMPARE(head.headers.size(), 2);
    QCOMPARE(headerValue(head.headers, "content-length"), QByteArray("3"));
}

void TestModel::timingPhases()
{
    Timings t;
    t.nameLookupUs = 100;
    t.connectUs = 300;
    t.appConnectUs = 900;
    t.preTransferUs = 950;
    t.startTransferUs = 5950;
    t.totalUs = 7000;
    t.redirectUs = 0;
    QCOMPARE(t.dnsPhaseUs(), 100);
    QCOMPARE(t.connectPhaseUs(), 200);
    QCOMPARE(t.tlsPhaseUs(), 600);
    QCOMPARE(t.sendPhaseUs(), 50);
    QCOMPARE(t.waitPhaseUs(), 5000);
    QCOMPARE(t.downloadPhaseUs(), 1050);

    // Without TLS libcurl reports appconnect 0; after redirects total includes earlier hops.
    t.appConnectUs = 0;
    t.redirectUs = 2000;
    t.totalUs = 9000;
    QCOMPARE(t.tlsPhaseUs(), -1);
    QCOMPARE(t.sendPhaseUs(), 650);
    QCOMPARE(t.downloadPhaseUs(), 1050);

    Timings unmeasured;
    QCOMPARE(unmeasured.waitPhaseUs(), -1);
    QCOMPARE(unmeasured.downloadPhaseUs(), -1);
}

// A phase that did not happen has no duration; the one a transfer stopped in lasts to the end.
void TestModel::timingPhasesOfFailures_data()
{
    QTest::addColumn<Timings>("timings");
    QTest::addColumn<QList<qint64>>("phases"); // dns, connect, tls, send, wait, download
    auto make = [](qint64 dns,
                   qint64 connect,
                   qint64 tls,
                   qint64 pre,
                   qint64 first,
                   qint64 total,
                   bool secure) {
        Timings t;
        t.nameLookupUs = dns;
        t.connectUs = connect;
        t.appConnectUs = tls;
        t.preTransferUs = pre;
        t.startTransferUs = first;
        t.totalUs = total;
        t.redirectUs = 0;
        t.secure = secure;
        return t;
    };
    QTest::newRow("refused") << make(30, 0, 0, 0, 0, 184, false)
                             << QList<qint64>{30, 154, -1, -1, -1, -1};
    QTest::newRow("unknown host") << make(0, 0, 0, 0, 0, 320, false)
                                  << QList<qint64>{320, -1, -1, -1, -1, -1};
    QTest::newRow("TLS handshake failed")
            << make(30, 100, 0, 0, 0, 900, true) << QList<qint64>{30, 70, 800, -1, -1, -1};
    QTest::newRow("no answer in time")
            << make(30, 100, 0, 150, 0, 5000, false) << QList<qint64>{30, 70, -1, 50, 4850, -1};
    QTest::newRow("reused connection")
            << make(0, 0, 0, 40, 400, 500, false) << QList<qint64>{-1, -1, -1, 40, 360, 100};
    QTest::newRow("reused TLS connection")
            << make(0, 0, 0, 40, 400, 500, true) << QList<qint64>{-1, -1, -1, 40, 360, 100};
    QTest::newRow("cut off in the body")
            << make(30, 100, 0, 150, 400, 900, false) << QList<qint64>{30, 70, -1, 50, 250, 500};
}

void TestModel::timingPhasesOfFailures()
{
    QFETCH(Timings, timings);
    QFETCH(QList<qint64>, phases);
    const QList<qint64> got{timings.dnsPhaseUs(),
                            timings.connectPhaseUs(),
                            timings.tlsPhaseUs(),
                            timings.sendPhaseUs(),
                            timings.waitPhaseUs(),
                            timings.downloadPhaseUs()};
    QCOMPARE(got, phases);
}

void TestModel::rawBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("text");
    QTest::newRow("head") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("tab") << QByteArray("a\tb") << true;
    QTest::newRow("latin-1 high bytes") << QByteArray("caf\xe9") << true;
    QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("escape") << QByteArray("\x1b[31m") << false;
    QTest::newRow("DEL") << QByteArray("a\x7f") << false;
}

void TestModel::rawBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, text);
    QCOMPARE(isTextBytes(bytes), text);
    const QJsonValue value = rawBytesValue(bytes);
    if (text) {
        QVERIFY(value.isString());
        QCOMPARE(value.toString().toLatin1(), bytes);
    } else {
        QCOMPARE(value.toObject().value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(
                         value.toObject().value(QStringLiteral("text")).toString().toLatin1()),
                 bytes);
    }
}

void TestModel::bodySpillsToFile()
{
    Body body;
    body.setMemoryLimit(10);
    QVERIFY(body.append("0123456789", 10));
    QVERIFY(body.inMemory());
    QVERIFY(body.append("abc", 3));
    QVERIFY(!body.inMemory());
    QVERIFY(QFile::exists(body.filePath()));
    QCOMPARE(body.size(), 13);
    QCOMPARE(body.read(), QByteArray("0123456789abc"));
    QCOMPARE(body.read(4), QByteArray("0123"));
    const QString path = body.filePath();
    body.clear();
    QCOMPARE(body.size(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestModel::terminalSafety_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("utf8"); // terminalSafe
    QTest::addColumn<QString>("latin1");  // terminalSafeLatin1
    QTest::newRow("plain") << QByteArray("a\tb\n") << QByteArray("a\tb\n") << "a\tb\n";
    QTest::newRow("CRLF kept, CR dropped for heads")
            << QByteArray("X: 1\r\n") << QByteArray("X: 1\r\n") << "X: 1\n";
    // A bare CR would return the cursor and let one header pass for another.
    QTest::newRow("bare CR") << QByteArray("X-A: one\rX-Spoof: two")
                             << QByteArray("X-A: one\\rX-Spoof: two") << "X-A: one\\rX-Spoof: two";
    QTest::newRow("escape sequence")
            << QByteArray("\x1b[2Jgone") << QByteArray("\\x1b[2Jgone") << "\\x1b[2Jgone";
    QTest::newRow("DEL and NUL") << QByteArray("a\x7f\0", 3) << QByteArray("a\\x7f\\x00")
                                 << "a\\x7f\\x00";
    // C1 controls: U+009B (CSI) in UTF-8, and the byte 0x9b read as Latin-1.
    QTest::newRow("C1") << QByteArray("\xc2\x9b"
                                      "31m")
                        << QByteArray("\\u009b31m") << "\u00c2\\x9b31m";
    // Read as Latin-1, the UTF-8 of 文 holds two C1 bytes: shown, not sent to the terminal.
    QTest::newRow("Chinese and Latin-1 letters")
            << QByteArray("中文 \xc3\xa9") << QByteArray("中文 \xc3\xa9")
            << QString::fromLatin1("\xe4\xb8\xad\xe6") + QStringLiteral("\\x96\\x87 ")
                       + QString::fromLatin1("\xc3\xa9");
}

// What reaches a terminal from a server or a file is shown, never obeyed.
void TestModel::terminalSafety()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, utf8);
    QFETCH(QString, latin1);
    QCOMPARE(terminalSafe(bytes), utf8);
    QCOMPARE(terminalSafeLatin1(bytes), latin1);
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
