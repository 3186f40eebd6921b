// HTTP Lens in the user's language: httplens-cli's errors in Chinese, and the practice server
// speaking the client's language (Accept-Language, Content-Language, Vary).

#include "childprocess.h"
#include "http/engine.h"
#include "practice/languagescope.h"
#include "practice/practiceserver.h"
#include "practiceclient.h"
#include "text.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace HttpLens;
using namespace HttpLens::Practice;

namespace {

// The first line that holds an English sentence (three English words in a row), leaving out
// libcurl's own line in parentheses; empty when there is none.
QString englishSentence(const QByteArray &output)
{
    static const QRegularExpression words(
            QStringLiteral("[A-Za-z][a-z']+[,:;]? [A-Za-z][a-z']+[,:;]? [A-Za-z][a-z']+"));
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("(libcurl")) && words.match(line).hasMatch())
            return line;
    }
    return {};
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseErrors_data();
    void chineseErrors();
    void speaksTheClientsLanguage();
    void acceptLanguageWeights_data();
    void acceptLanguageWeights();

private:
    Exchange send(const QString &path,
                  const QByteArray &method = {},
                  const QList<HeaderLine> &headers = {},
                  const QByteArray &body = {});
    QByteArray rawExchange(const QByteArray &bytes);

    PracticeServer m_server;
    Engine m_engine;
};

void TestLanguages::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

Exchange TestLanguages::send(const QString &path,
                             const QByteArray &method,
                             const QList<HeaderLine> &headers,
                             const QByteArray &body)
{
    return sendToPractice(m_engine, m_server, path, method, headers, body);
}

QByteArray TestLanguages::rawExchange(const QByteArray &bytes)
{
    return rawExchangeWith(m_server.port(), bytes);
}

void TestLanguages::chineseErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("refused") << QStringList{QStringLiteral("http://127.0.0.1:1/")} << 7;
    QTest::newRow("invalid URL") << QStringList{QStringLiteral("http://exa mple.test/")} << 3;
    QTest::newRow("no host") << QStringList{QStringLiteral("http://")} << 3;
    QTest::newRow("CR/LF in a header") << QStringList{QStringLiteral("-H"),
                                                      QStringLiteral("X-A: b\r\nX-B: c"),
                                                      QStringLiteral("http://127.0.0.1:1/")}
                                       << 2;
    QTest::newRow("unreadable -d @file") << QStringList{QStringLiteral("-d"),
                                                        QStringLiteral("@/nonexistent/body.txt"),
                                                        QStringLiteral("http://127.0.0.1:1/")}
                                         << 26;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option"),
                                                   QStringLiteral("http://127.0.0.1:1/")}
                                    << 2;
}

// In Chinese, what a beginner meets first — a refused connection, a mistyped URL, a bad header,
// a missing file — is a Chinese sentence with a Chinese hint; only libcurl's own line stays.
void TestLanguages::chineseErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const ServedRun result = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                                QStringList{QStringLiteral("--lang"),
                                                            QStringLiteral("zh_CN"),
                                                            QStringLiteral("send")}
                                                        + arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QByteArray all = result.out + result.err;
    QVERIFY2(hasChinese(QString::fromUtf8(all)), all.constData());
    QVERIFY2(englishSentence(all).isEmpty(), qPrintable(englishSentence(all)));
    if (exitCode == 7) {
        QVERIFY2(result.err.contains("错误：") && result.err.contains("提示："),
                 result.err.constData());
        QVERIFY(result.err.contains("(libcurl 7: "));
    }
    // The same run in English says it in English: the check above is not vacuous.
    const ServedRun english = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                                 QStringList{QStringLiteral("--lang"),
                                                             QStringLiteral("en"),
                                                             QStringLiteral("send")}
                                                         + arguments);
    QVERIFY2(!englishSentence(english.out + english.err).isEmpty(), english.err.constData());
}

// The lab, GET / and error bodies follow Accept-Language (zh-CN or English by default) and say
// so; each language is its own representation, with its own ETag to revalidate.
void TestLanguages::speaksTheClientsLanguage()
{
    auto line = [](const char *text) { return HeaderLine::fromCurlSyntax(QByteArray(text)); };
    const QList<HeaderLine> chinese{line("Accept-Language: zh-CN,zh;q=0.9,en;q=0.8")};
    const Exchange zh = send(QStringLiteral("/lab/language-lesson"), {}, chinese);
    QCOMPARE(zh.status(), 200);
    const HeaderList &zhHeaders = zh.finalHop()->response.headers;
    QCOMPARE(headerValue(zhHeaders, "Content-Language"), QByteArray("zh-CN"));
    QCOMPARE(headerValue(zhHeaders, "Vary"), QByteArray("Accept-Language"));
    QVERIFY2(zh.body.read().contains("这是实验文档"), zh.body.read().constData());

    const Exchange en = send(QStringLiteral("/lab/language-lesson"));
    const HeaderList &enHeaders = en.finalHop()->response.headers;
    QCOMPARE(headerValue(enHeaders, "Content-Language"), QByteArray("en"));
    QCOMPARE(headerValue(enHeaders, "Vary"), QByteArray("Accept-Language"));
    QVERIFY(en.body.read().startsWith("This is the lab document"));
    const QByteArray zhTag = headerValue(zhHeaders, "ETag");
    const QByteArray enTag = headerValue(enHeaders, "ETag");
    QVERIFY(zhTag != enTag);
    // Revalidation matches the representation asked for, and the 304 says what it varies on.
    QList<HeaderLine> revalidate = chinese;
    revalidate.append(line(QByteArray("If-None-Match: " + zhTag).constData()));
    const Exchange same = send(QStringLiteral("/lab/language-lesson"), {}, revalidate);
    QCOMPARE(same.status(), 304);
    QCOMPARE(headerValue(same.finalHop()->response.headers, "Vary"), QByteArray("Accept-Language"));
    QCOMPARE(send(QStringLiteral("/lab/language-lesson"),
                  {},
                  {line(QByteArray("If-None-Match: " + zhTag).constData())})
                     .status(),
             200);

    // Changed from the window's Practice menu, a document that keeps its first text notes the
    // edit in the reader's language too: no English line in a Chinese document.
    m_server.lab().addNote("noted-lesson", "unused\n");
    const QByteArray notedZh = send(QStringLiteral("/lab/noted-lesson"), {}, chinese).body.read();
    const QByteArray notedEn = send(QStringLiteral("/lab/noted-lesson")).body.read();
    QVERIFY2(notedZh.contains("第 2 次修改，时间 ") && !notedZh.contains("Edit 2"),
             notedZh.constData());
    QVERIFY2(notedEn.contains("\nEdit 2 at ") && !hasChinese(QString::fromUtf8(notedEn)),
             notedEn.constData());

    // A document someone PUT is theirs: the same bytes, and the same ETag, in every language.
    QCOMPARE(send(QStringLiteral("/lab/language-lesson"), "PUT", {}, "mine\n").status(), 200);
    const Exchange putZh = send(QStringLiteral("/lab/language-lesson"), {}, chinese);
    const Exchange putEn = send(QStringLiteral("/lab/language-lesson"));
    QCOMPARE(putZh.body.read(), QByteArray("mine\n"));
    QCOMPARE(putEn.body.read(), QByteArray("mine\n"));
    QCOMPARE(headerValue(putZh.finalHop()->response.headers, "ETag"),
             headerValue(putEn.finalHop()->response.headers, "ETag"));
    QVERIFY(!hasHeader(putZh.finalHop()->response.headers, "Content-Language"));

    // GET /, an error body, the cookie lab's form.
    QVERIFY(send(QStringLiteral("/"), {}, chinese).body.read().startsWith("HTTP Lens 练习服务器"));
    QVERIFY(send(QStringLiteral("/")).body.read().startsWith("HTTP Lens practice server"));
    const Exchange missing = send(QStringLiteral("/no/such/thing"), {}, chinese);
    QCOMPARE(missing.status(), 404);
    QVERIFY(missing.body.read().contains("没有这个端点"));
    QVERIFY(send(QStringLiteral("/lab/login"), {}, chinese)
                    .body.read()
                    .contains("<html lang=\"zh-CN\">"));
    // Bytes that are not the server's sentences are not negotiated: the echo has no Vary.
    const Exchange echo = send(QStringLiteral("/get"), {}, chinese);
    QVERIFY(!hasHeader(echo.finalHop()->response.headers, "Content-Language"));
    QVERIFY(!hasHeader(echo.finalHop()->response.headers, "Vary"));
    // A request the parser refuses is answered in its language too, when it says one.
    const QByteArray refused = rawExchange("GET / HTTP/1.1\r\nHost: x\r\n"
                                           "Accept-Language: zh-CN\r\nBad Name: y\r\n\r\n");
    QVERIFY2(refused.startsWith("HTTP/1.1 400"), refused.constData());
    QVERIFY2(refused.contains("Content-Language: zh-CN"), refused.constData());
    QVERIFY2(refused.contains("不是合法的 token"), refused.constData());
}

void TestLanguages::acceptLanguageWeights_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("zh-CN") << QByteArray("zh-CN") << true;
    QTest::newRow("zh") << QByteArray("zh") << true;
    QTest::newRow("zh-Hans-CN") << QByteArray("zh-Hans-CN") << true;
    QTest::newRow("case") << QByteArray("ZH-cn") << true;
    QTest::newRow("en first") << QByteArray("en-US,zh-CN") << false;
    QTest::newRow("zh first") << QByteArray("zh-CN,en-US") << true;
    QTest::newRow("weights") << QByteArray("en;q=0.5, zh-CN;q=0.8") << true;
    QTest::newRow("zh refused") << QByteArray("zh-CN;q=0, en") << false;
    QTest::newRow("traditional") << QByteArray("zh-TW") << false;
    QTest::newRow("other") << QByteArray("fr-FR, de") << false;
    QTest::newRow("any") << QByteArray("*") << false;
    QTest::newRow("garbage q") << QByteArray("zh-CN;q=abc") << false;
}

void TestLanguages::acceptLanguageWeights()
{
    QFETCH(QByteArray, field);
    QFETCH(bool, chinese);
    const QList<QByteArray> values = field.isEmpty() ? QList<QByteArray>() : QList{field};
    QCOMPARE(acceptedLanguage(values) == Language::Chinese, chinese);
}

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
