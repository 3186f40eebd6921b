#include "model/request.h"
#include "model/url.h"

#include <QTest>

using namespace HttpLens;

// Every validation rule of Request::problems(), each shown both refusing and accepting.
class TestRequest : public QObject
{
    Q_OBJECT

private slots:
    void url_data();
    void url();
    void encoding_data();
    void encoding();
    void method_data();
    void method();
    void headers_data();
    void headers();
    void otherFields_data();
    void otherFields();
    void headerLineSyntax_data();
    void headerLineSyntax();
};

void TestRequest::url_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("curlCode"); // 0: accepted

    QTest::newRow("http") << "http://example.com/" << 0;
    QTest::newRow("https with port and query") << "https://example.com:8443/a?b=c#d" << 0;
    QTest::newRow("ipv4") << "http://127.0.0.1:8080/" << 0;
    QTest::newRow("ipv6") << "http://[::1]:8080/" << 0;
    QTest::newRow("upper-case scheme") << "HTTP://example.com/" << 0;
    QTest::newRow("surrounding blanks are trimmed") << "  http://example.com/  " << 0;
    QTest::newRow("empty") << "" << 3;
    QTest::newRow("blank") << "   " << 3;
    QTest::newRow("no scheme") << "example.com/path" << 3;
    QTest::newRow("ftp") << "ftp://example.com/" << 1;
    QTest::newRow("file") << "file:///etc/passwd" << 1;
    QTest::newRow("javascript") << "javascript:alert(1)" << 1;
    QTest::newRow("no host") << "http:///path" << 3;
    QTest::newRow("space in host") << "http://exa mple.com/" << 3;
    QTest::newRow("CR LF in path") << "http://example.com/a\r\nX-Injected: 1" << 3;
    QTest::newRow("NUL in path") << QStringLiteral("http://example.com/a") + QChar(0)
                                            + QStringLiteral("b")
                                 << 3;
    QTest::newRow("bad port") << "http://example.com:99999/" << 3;
    QTest::newRow("port that is no number") << "http://example.com:8o8o/" << 3;
    QTest::newRow("host with a slash-less port only") << "http://:8080/" << 3;
    QTest::newRow("space in the query is encoded") << "http://example.com/get?b=two words" << 0;
    QTest::newRow("quotes and angle brackets are encoded") << "http://h/a\"<b>" << 0;
    QTest::newRow("non-ASCII path") << "http://h/caf\u00e9?q=\u00fc" << 0;
    QTest::newRow("international host") << "http://b\u00fccher.example/" << 0;
    QTest::newRow("host:port without scheme") << "localhost:8080/get" << 3;
    QTest::newRow("missing slashes") << "http:example.com" << 3;
    QTest::newRow("unclosed IPv6") << "http://[::1/" << 3;
    QTest::newRow("lone percent in path") << "http://h/100%" << 0;
}

void TestRequest::url()
{
    QFETCH(QString, url);
    QFETCH(int, curlCode);
    Request request;
    request.url = url;
    const QList<Request::Problem> problems = request.problems();
    if (curlCode == 0) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    } else {
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().curlCode, curlCode);
        QVERIFY(!problems.first().message.isEmpty());
        // One sentence of HTTP Lens's own, never the URL parser's dump.
        QVERIFY2(!problems.first().message.contains(QLatin1String("Invalid")),
                 qPrintable(problems.first().message));
        QCOMPARE(problems.size(), 1);
    }
}

void TestRequest::encoding_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::newRow("plain") << "http://h/a?b=c"
                           << "http://h/a?b=c";
    QTest::newRow("blanks around") << "  http://h/  "
                                   << "http://h/";
    QTest::newRow("space in query") << "http://h/get?a=1&b=two words"
                                    << "http://h/get?a=1&b=two%20words";
    QTest::newRow("space in path") << "http://h/a b/"
                                   << "http://h/a%20b/";
    QTest::newRow("quote, angle brackets, backtick") << "http://h/\"<x>`"
                                                     << "http://h/%22%3Cx%3E%60";
    QTest::newRow("non-ASCII as UTF-8") << "http://h/caf\u00e9?q=\u00fc"
                                        << "http://h/caf%C3%A9?q=%C3%BC";
    QTest::newRow("outside the BMP")
            << QStringLiteral("http://h/?e=\U0001F600") << "http://h/?e=%F0%9F%98%80";
    QTest::newRow("already encoded stays") << "http://h/a%20b?q=%C3%BC"
                                           << "http://h/a%20b?q=%C3%BC";
    QTest::newRow("host and user left alone") << "http://\u00fc:p@b\u00fccher.example/x y"
                                              << "http://\u00fc:p@b\u00fccher.example/x%20y";
    QTest::newRow("fragment") << "http://h/#a b"
                              << "http://h/#a%20b";
    QTest::newRow("no scheme left alone") << "h/a b"
                                          << "h/a b";
}

void TestRequest::encoding()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    QCOMPARE(encodeUrl(typed), sent);
    QCOMPARE(encodeUrl(encodeUrl(typed)), sent);
}

void TestRequest::method_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("valid");
    QTest::newRow("GET") << QByteArray("GET") << true;
    QTest::newRow("PROPFIND") << QByteArray("PROPFIND") << true;
    QTest::newRow("lower case is a token") << QByteArray("get") << true;
    QTest::newRow("token punctuation") << QByteArray("M-SEARCH") << true;
    QTest::newRow("empty means default") << QByteArray() << true;
    QTest::newRow("space") << QByteArray("GE T") << false;
    QTest::newRow("CRLF") << QByteArray("GET\r\nX: 1") << false;
    QTest::newRow("slash") << QByteArray("GET/1") << false;
    QTest::newRow("colon") << QByteArray("A:B") << false;
    QTest::newRow("non-ASCII") << QByteArray("G\xc3\xa9T") << false;
}

void TestRequest::method()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, valid);
    Request request;
    request.url = QStringLiteral("http://example.com/");
    request.method = method;
    QCOMPARE(request.problems().isEmpty(), valid);
}

void TestRequest::headers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("X-Test") << QByteArray("1") << true;
    QTest::newRow("token punctuation") << QByteArray("X_!#$%&'*+.^`|~") << QByteArray("v") << true;
    QTest::newRow("value with spaces and tabs") << QByteArray("X") << QByteArray("a \t b") << true;
    QTest::newRow("UTF-8 value") << QByteArray("X") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("space in name") << QByteArray("X Test") << QByteArray("1") << false;
    QTest::newRow("colon in name") << QByteArray("X:Y") << QByteArray("1") << false;
    QTest::newRow("parenthesis in name") << QByteArray("X(Y)") << QByteArray("1") << false;
    QTest::newRow("non-ASCII name") << QByteArray("X-\xc3\xa9") << QByteArray("1") << false;
    QTest::newRow("empty name") << QByteArray() << QByteArray("1") << false;
    QTest::newRow("CR in value") << QByteArray("X") << QByteArray("a\rb") << false;
    QTest::newRow("LF in value") << QByteArray("X") << QByteArray("a\nInjected: 1") << false;
    QTest::newRow("CRLF in value")
            << QByteArray("X") << QByteArray("a\r\n\r\nGET / HTTP/1.1") << false;
    QTest::newRow("NUL in value") << QByteArray("X") << QByteArray("a\0b", 3) << false;
    QTest::newRow("LF in name") << QByteArray("X\nY") << QByteArray("1") << false;
}

void TestRequest::headers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    Request request;
    request.url = QStringLiteral("http://example.com/");
    request.headers.append(HeaderLine{HeaderLine::Kind::Set, name, value});
    const QList<Request::Problem> problems = request.problems();
    QCOMPARE(problems.isEmpty(), valid);
    if (!valid)
        QCOMPARE(problems.first().curlCode, 2);
}

void TestRequest::otherFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    for (const char *field : {"userAgent", "referer", "cookie", "userPassword"}) {
        QTest::addRow("%s plain", field)
                << QString::fromLatin1(field) << QByteArray("ok value") << true;
        QTest::addRow("%s CRLF", field)
                << QString::fromLatin1(field) << QByteArray("x\r\nInjected: 1") << false;
        QTest::addRow("%s NUL", field)
                << QString::fromLatin1(field) << QByteArray("x\0y", 3) << false;
    }
}

void TestRequest::otherFields()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    Request request;
    request.url = QStringLiteral("http://example.com/");
    if (field == QLatin1String("userAgent")) {
        request.userAgent = value;
        request.userAgentSet = true;
    } else if (field == QLatin1String("referer")) {
        request.referer = value;
    } else if (field == QLatin1String("cookie")) {
        request.cookie = value;
    } else {
        request.userPassword = value;
    }
    QCOMPARE(request.problems().isEmpty(), valid);
}

void TestRequest::headerLineSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("curlSyntax");
    QTest::newRow("set") << QByteArray("X-A: 1") << int(HeaderLine::Kind::Set) << QByteArray("X-A")
                         << QByteArray("1") << QByteArray("X-A: 1");
    QTest::newRow("no blank after colon")
            << QByteArray("X-A:1") << int(HeaderLine::Kind::Set) << QByteArray("X-A")
            << QByteArray("1") << QByteArray("X-A:1");
    QTest::newRow("inner blanks kept")
            << QByteArray("X-A:  a  b") << int(HeaderLine::Kind::Set) << QByteArray("X-A")
            << QByteArray("a  b") << QByteArray("X-A:  a  b");
    QTest::newRow("remove default")
            << QByteArray("Accept:") << int(HeaderLine::Kind::Remove) << QByteArray("Accept")
            << QByteArray() << QByteArray("Accept:");
    QTest::newRow("remove with blanks")
            << QByteArray("Accept:   ") << int(HeaderLine::Kind::Remove) << QByteArray("Accept")
            << QByteArray() << QByteArray("Accept:");
    QTest::newRow("empty value") << QByteArray("X-Empty;") << int(HeaderLine::Kind::Empty)
                                 << QByteArray("X-Empty") << QByteArray() << QByteArray("X-Empty;");
    QTest::newRow("semicolon inside a value")
            << QByteArray("Cookie: a=1; b=2") << int(HeaderLine::Kind::Set) << QByteArray("Cookie")
            << QByteArray("a=1; b=2") << QByteArray("Cookie: a=1; b=2");
    QTest::newRow("no separator") << QByteArray("garbage") << int(HeaderLine::Kind::Set)
                                  << QByteArray() << QByteArray("garbage")
                                  << QByteArray(": garbage");
}

void TestRequest::headerLineSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, curlSyntax);
    const HeaderLine line = HeaderLine::fromCurlSyntax(text);
    QCOMPARE(int(line.kind), kind);
    QCOMPARE(line.name, name);
    QCOMPARE(line.value, value);
    QCOMPARE(line.toCurlSyntax(), curlSyntax);
}

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
