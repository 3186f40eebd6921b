// Copy as code gives programs that run: each snippet is run by its own tool (Python requests and
// urllib, Node's fetch, HTTPie, curl, C++ with libcurl) against a recording server, with a body
// and headers holding an emoji and a Latin-1 byte, and must put the request's bytes on the wire.

#include "childprocess.h"
#include "http/engine.h"
#include "inspector/composition.h"
#include "interop/snippets.h"
#include "model/headers.h"
#include "model/request.h"
#include "scriptedserver.h"
#include "transferwait.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

const QByteArray kBody = "h\xc3\xa9llo \xf0\x9f\x98\x80 \"quoted\" \\ end\n";
const QByteArray kEmojiHeader = "smile \xf0\x9f\x98\x80";
const QByteArray kLatinHeader = "caf\xe9"; // one byte, as an old server's header may hold it

// The value of a field in a raw request head, exactly as received.
QByteArray fieldValue(const QByteArray &request, const QByteArray &name)
{
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    for (const QByteArray &line : request.left(headEnd).split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TestSnippets : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
    void sendsEveryFieldTheWindowSends_data() { run_data(); }
    void sendsEveryFieldTheWindowSends();
};

void TestSnippets::run_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<bool>("latin1Header"); // whether the tool can send a raw Latin-1 byte
    QTest::newRow("curl") << int(SnippetLanguage::Curl) << "bash" << true;
    QTest::newRow("Python requests") << int(SnippetLanguage::PythonRequests) << "python3" << true;
    QTest::newRow("Python urllib") << int(SnippetLanguage::PythonUrllib) << "python3" << true;
    QTest::newRow("fetch (Node)") << int(SnippetLanguage::JavaScriptFetch) << "node" << true;
    QTest::newRow("HTTPie") << int(SnippetLanguage::HTTPie) << "bash" << false;
    QTest::newRow("C++ libcurl") << int(SnippetLanguage::CppLibcurl) << "g++" << true;
}

void TestSnippets::run()
{
    QFETCH(int, language);
    QFETCH(QString, tool);
    QFETCH(bool, latin1Header);
    const SnippetLanguage lang = SnippetLanguage(language);
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(tool)));
    if (lang == SnippetLanguage::HTTPie
        && QStandardPaths::findExecutable(QStringLiteral("http")).isEmpty())
        QSKIP("HTTPie is not installed");

    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 0, true});
    Request request;
    request.method = "POST";
    request.url = server.url(QStringLiteral("/snippet"));
    request.headers = {HeaderLine::fromCurlSyntax("Content-Type: text/plain; charset=utf-8"),
                       HeaderLine::fromCurlSyntax("X-Emoji: " + kEmojiHeader)};
    if (latin1Header)
        request.headers.append(HeaderLine::fromCurlSyntax("X-Latin: " + kLatinHeader));
    request.hasBody = true;
    request.body = kBody;
    const QByteArray code = snippet(request, lang).toUtf8();
    if (!latin1Header) {
        // What the tool cannot send is said in the snippet, not silently changed.
        Request withLatin1 = request;
        withLatin1.headers.append(HeaderLine::fromCurlSyntax("X-Latin: " + kLatinHeader));
        QVERIFY(snippet(withLatin1, lang)
                        .contains(QLatin1String("the bytes of X-Latin are not UTF-8")));
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(code);
        return file.fileName();
    };
    int exitCode = -1;
    if (lang == SnippetLanguage::CppLibcurl) {
        const QString source = write(QStringLiteral("snippet.cpp"));
        const QString binary = dir.filePath(QStringLiteral("snippet"));
        const ServedRun built = runServedCapturing(program,
                                                   {source,
                                                    QStringLiteral("-o"),
                                                    binary,
                                                    QStringLiteral("-lcurl")},
                                                   {},
                                                   120000);
        QVERIFY2(built.exitCode == 0, built.err.constData());
        exitCode = runServedCapturing(binary, {}).exitCode;
    } else {
        const QString file = write(lang == SnippetLanguage::JavaScriptFetch
                                           ? QStringLiteral("s.mjs")
                                           : QStringLiteral("s"));
        const ServedRun ran = runServedCapturing(program, {file});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + '\n' + code).constData());
        exitCode = ran.exitCode;
    }
    QCOMPARE(exitCode, 0);
    QCOMPARE(server.requests().size(), 1);
    const QByteArray received = server.requests().first();
    QVERIFY2(received.startsWith("POST /snippet HTTP/1.1\r\n"), received.constData());
    QCOMPARE(received.mid(received.indexOf("\r\n\r\n") + 4), kBody);
    QCOMPARE(fieldValue(received, "X-Emoji"), kEmojiHeader);
    if (latin1Header)
        QCOMPARE(fieldValue(received, "X-Latin"), kLatinHeader);
}

// The window's request as the window builds it (a raw urlencoded body, so libcurl writes the
// Content-Type itself; libcurl's Accept), sent by the engine and by each snippet: every field
// the window sends arrives from the snippet too, with the same value. Tools may add fields of
// their own (User-Agent, Connection); Accept-Encoding is theirs, as it names what they decode.
void TestSnippets::sendsEveryFieldTheWindowSends()
{
    QFETCH(int, language);
    QFETCH(QString, tool);
    const SnippetLanguage lang = SnippetLanguage(language);
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(tool)));
    if (lang == SnippetLanguage::HTTPie
        && QStandardPaths::findExecutable(QStringLiteral("http")).isEmpty())
        QSKIP("HTTPie is not installed");
    ScriptedServer window;
    ScriptedServer other;
    QVERIFY(window.listen() && other.listen());
    window.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 0, true});
    other.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 0, true});
    Composition composition;
    composition.method = QStringLiteral("POST");
    composition.url = window.url(QStringLiteral("/form"));
    composition.headers = {{true, QStringLiteral("X-Trace"), QStringLiteral("abc-123")}};
    composition.bodyMode = BodyMode::Raw;
    composition.rawBody = QStringLiteral("name=ann&role=admin");
    composition.rawContentType = QStringLiteral("application/x-www-form-urlencoded");
    composition.decompress = false;
    const BuiltRequest built = buildRequest(composition);
    QVERIFY(built.errors.isEmpty());
    Engine engine;
    Transfer *sent = engine.send(built.request);
    QVERIFY(waitFinished(sent));
    QCOMPARE(window.requests().size(), 1);

    Request elsewhere = built.request;
    elsewhere.url = other.url(QStringLiteral("/form"));
    const QByteArray code = snippet(elsewhere, lang).toUtf8();
    QTemporaryDir dir;
    QFile file(dir.filePath(lang == SnippetLanguage::JavaScriptFetch ? QStringLiteral("s.mjs")
                                                                     : QStringLiteral("s.cpp")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(code);
    file.close();
    if (lang == SnippetLanguage::CppLibcurl) {
        const QString binary = dir.filePath(QStringLiteral("snippet"));
        const ServedRun built2 = runServedCapturing(program,
                                                    {file.fileName(),
                                                     QStringLiteral("-o"),
                                                     binary,
                                                     QStringLiteral("-lcurl")},
                                                    {},
                                                    120000);
        QVERIFY2(built2.exitCode == 0, built2.err.constData());
        QCOMPARE(runServedCapturing(binary, {}).exitCode, 0);
    } else {
        const ServedRun ran = runServedCapturing(program, {file.fileName()});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + '\n' + code).constData());
    }
    QCOMPARE(other.requests().size(), 1);
    const QByteArray fromWindow = window.requests().first();
    const QByteArray fromSnippet = other.requests().first();
    QByteArrayView start;
    for (const HeaderField &field : parseHead(fromWindow, &start)) {
        const QByteArray name = field.name.toLower();
        if (name == "host" || name == "accept-encoding")
            continue;
        QVERIFY2(fieldValue(fromSnippet, field.name) == field.value,
                 QByteArray(field.name + " is " + field.value + " from the window, \""
                            + fieldValue(fromSnippet, field.name) + "\" from the snippet:\n"
                            + fromSnippet)
                         .constData());
    }
    QCOMPARE(fromSnippet.mid(fromSnippet.indexOf("\r\n\r\n") + 4),
             fromWindow.mid(fromWindow.indexOf("\r\n\r\n") + 4));
}

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
