#include "cookies/cookiejar.h"
#include "inspector/composition.h"
#include "inspector/environments.h"
#include "interop/curlcommand.h"
#include "interop/har.h"
#include "interop/harreader.h"
#include "interop/httpfile.h"
#include "interop/secrets.h"
#include "interop/shellwords.h"
#include "interop/snippets.h"
#include "requestdescription.h"
#include "syntheticexchange.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

QString describeImport(const CurlImport &import)
{
    if (!import.ok)
        return QStringLiteral("error");
    QStringList parts;
    for (const Request &request : import.command.requests)
        parts << describeRequest(request);
    return parts.join(QStringLiteral(" || "));
}

QByteArray runProgram(const QString &program,
                      const QStringList &arguments,
                      const QByteArray &input,
                      int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput() + process.readAllStandardError();
}

// Requests that Copy as curl must survive: quotes, newlines, non-ASCII, bytes that are not UTF-8,
// options of every kind.
QList<Request> roundTripRequests()
{
    QList<Request> list;
    Request get;
    get.url = QStringLiteral("http://127.0.0.1:8808/lab/welcome?a=1&b=two%20words");
    list.append(get);

    Request post;
    post.method = "POST";
    post.url = QStringLiteral("https://api.example.com/items");
    post.headers = {HeaderLine::fromCurlSyntax("Content-Type: application/json"),
                    HeaderLine::fromCurlSyntax("X-Quote: it's \"quoted\""),
                    HeaderLine::fromCurlSyntax("Accept:"),
                    HeaderLine::fromCurlSyntax("X-Empty;")};
    post.hasBody = true;
    post.body = "{\"name\": \"O'Brien\", \"note\": \"line1\nline2\ttab\", \"city\": "
                "\"\xe5\x8c\x97\xe4\xba\xac\"}";
    list.append(post);

    Request put;
    put.method = "PUT";
    put.url = QStringLiteral("http://h.test/upload");
    put.hasBody = true;
    put.body = QByteArray("raw \x01\x02 bytes \xff\xfe and $HOME `x` \\ end");
    put.userAgent = "lens/1.0";
    put.userAgentSet = true;
    put.referer = "http://ref.test/";
    put.userPassword = "ann:p@ss word";
    put.cookie = "a=1; b=2";
    put.followRedirects = true;
    put.maxRedirects = 3;
    put.httpVersion = HttpVersion::Http1_1;
    put.decompress = true;
    put.insecure = true;
    put.resolve = {QStringLiteral("h.test:80:127.0.0.1")};
    put.timeoutMs = 2500;
    put.connectTimeoutMs = 1000;
    put.headers.prepend(
            {HeaderLine::Kind::Set, "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"});
    list.append(put);

    Request head;
    head.method = "HEAD";
    head.noBody = true;
    head.url = QStringLiteral("http://h.test/{not}/[a%20pattern]");
    list.append(head);

    Request empty;
    empty.method = "DELETE";
    empty.url = QStringLiteral("http://h.test/x");
    empty.hasBody = true;
    empty.headers = {HeaderLine::fromCurlSyntax("X-Dash: -starts-with-dash")};
    list.append(empty);
    return list;
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT

private slots:
    void shellWords_data();
    void shellWords();
    void shellQuoteSurvivesBash();
    void curlImport_data();
    void curlImport();
    void curlImportNotes();
    void looksLikeCurl();
    void copyAsCurlRoundTrip();
    void copyAsCurlThroughBash();
    void copyAsCurlWithNulByte();
    void snippets();
    void snippetsCompile();
    void pastedCommandsReadNoDevices();
};

void TestInterop::shellWords_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QByteArray>>("words");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<bool>("ok");
    using W = QList<QByteArray>;
    QTest::newRow("plain") << QByteArray("curl a  b\tc") << W{"curl", "a", "b", "c"} << QString()
                           << true;
    QTest::newRow("single quotes keep everything")
            << QByteArray("x 'a \"b\" \\n $HOME'") << W{"x", "a \"b\" \\n $HOME"} << QString()
            << true;
    QTest::newRow("double quotes escape four characters")
            << QByteArray("x \"a \\\"b\\\" \\$5 \\\\ \\n\"") << W{"x", "a \"b\" $5 \\ \\n"}
            << QString() << true;
    QTest::newRow("adjacent quotes join")
            << QByteArray("x 'a'\"b\"c'd'") << W{"x", "abcd"} << QString() << true;
    QTest::newRow("empty quoted word")
            << QByteArray("x '' \"\"") << W{"x", "", ""} << QString() << true;
    QTest::newRow("backslash outside quotes")
            << QByteArray("x a\\ b \\'c") << W{"x", "a b", "'c"} << QString() << true;
    QTest::newRow("line continuation")
            << QByteArray("x \\\n  y \\\r\n  z") << W{"x", "y", "z"} << QString() << true;
    QTest::newRow("ansi-c escapes")
            << QByteArray("x $'a\\nb\\tc\\'d\\\\e\\x41\\102\\u4e2d\\U0001F600\\\"'")
            << W{"x", "a\nb\tc'd\\eAB\xe4\xb8\xad\xf0\x9f\x98\x80\""} << QString() << true;
    QTest::newRow("ansi-c raw byte")
            << QByteArray("x $'\\xff\\xfe'") << W{"x", "\xff\xfe"} << QString() << true;
    QTest::newRow("comment") << QByteArray("x y # a comment 'unclosed") << W{"x", "y"} << QString()
                             << true;
    QTest::newRow("hash inside a word")
            << QByteArray("x a#b") << W{"x", "a#b"} << QString() << true;
    QTest::newRow("pipe ends the command") << QByteArray("curl -s u | jq .") << W{"curl", "-s", "u"}
                                           << QStringLiteral("| jq .") << true;
    QTest::newRow("and-and ends the command") << QByteArray("curl u && echo done") << W{"curl", "u"}
                                              << QStringLiteral("&& echo done") << true;
    QTest::newRow("newline ends the command")
            << QByteArray("curl u\ncurl v") << W{"curl", "u"} << QStringLiteral("curl v") << true;
    QTest::newRow("dollar not followed by a name")
            << QByteArray("x a$ $. \"$\"") << W{"x", "a$", "$.", "$"} << QString() << true;
    QTest::newRow("variable") << QByteArray("x $HOME") << W{} << QString() << false;
    QTest::newRow("variable in double quotes")
            << QByteArray("x \"${TOKEN}\"") << W{} << QString() << false;
    QTest::newRow("command substitution") << QByteArray("x $(date)") << W{} << QString() << false;
    QTest::newRow("backticks") << QByteArray("x `date`") << W{} << QString() << false;
    QTest::newRow("unclosed single quote") << QByteArray("x 'abc") << W{} << QString() << false;
    QTest::newRow("unclosed double quote") << QByteArray("x \"abc") << W{} << QString() << false;
    QTest::newRow("unclosed ansi-c quote") << QByteArray("x $'abc") << W{} << QString() << false;
    QTest::newRow("redirection") << QByteArray("curl u > out.html") << W{} << QString() << false;
}

void TestInterop::shellWords()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, words);
    QFETCH(QString, rest);
    QFETCH(bool, ok);
    const ShellWords result = splitShellWords(text);
    QCOMPARE(result.ok, ok);
    if (!ok) {
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QCOMPARE(result.words, words);
    QCOMPARE(result.rest, rest);
}

void TestInterop::shellQuoteSurvivesBash()
{
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty())
        QSKIP("bash is not installed");
    const QList<QByteArray> words = {"plain",
                                     "",
                                     "two words",
                                     "it's",
                                     "\"double\"",
                                     "$HOME `date` $(id) \\ !",
                                     "line1\nline2\r\n\ttab",
                                     "\xe4\xb8\xad\xe6\x96\x87 text",
                                     "\x01\x7f\xff\xfe",
                                     "-starts-with-dash",
                                     "a'b'c'"};
    QByteArray script = "printf '%s\\0'";
    for (const QByteArray &word : words)
        script += ' ' + shellQuote(word);
    int exitCode = -1;
    const QByteArray out = runProgram(bash,
                                      {QStringLiteral("-c"), QString::fromUtf8(script)},
                                      {},
                                      &exitCode);
    QCOMPARE(exitCode, 0);
    QList<QByteArray> got = out.split('\0');
    got.removeLast(); // after the last NUL
    QCOMPARE(got, words);
    // And the splitter reads back what the quoting wrote.
    QCOMPARE(splitShellWords(script).words.mid(2), words);
}

void TestInterop::curlImport_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected"); // describeRequest(), requests joined by " || "

    // Chrome's "Copy as cURL (bash)", as recent versions write it.
    QTest::newRow("chrome GET")
            << QStringLiteral(
                       "curl 'https://example.com/api/items?page=2' \\\n"
                       "  -H 'accept: application/json, text/plain, */*' \\\n"
                       "  -H 'accept-language: en-US,en;q=0.9' \\\n"
                       "  -b 'sid=abc123; theme=dark' \\\n"
                       "  -H 'referer: https://example.com/' \\\n"
                       "  -H 'sec-ch-ua: \"Chromium\";v=\"119\", \"Not?A_Brand\";v=\"24\"' \\\n"
                       "  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64)' \\\n"
                       "  --compressed")
            << QStringLiteral("url=https://example.com/api/items?page=2 "
                              "H[accept: application/json, text/plain, */*] "
                              "H[accept-language: en-US,en;q=0.9] H[referer: https://example.com/] "
                              "H[sec-ch-ua: \"Chromium\";v=\"119\", \"Not?A_Brand\";v=\"24\"] "
                              "H[user-agent: Mozilla/5.0 (X11; Linux x86_64)] "
                              "cookie=sid=abc123; theme=dark compressed");
    QTest::newRow("chrome POST json")
            << QStringLiteral("curl 'https://example.com/api/items' \\\n"
                              "  -H 'content-type: application/json' \\\n"
                              "  --data-raw '{\"name\":\"x\",\"tags\":[\"a\",\"b\"]}' \\\n"
                              "  --compressed")
            << QStringLiteral("url=https://example.com/api/items "
                              "body={\"name\":\"x\",\"tags\":[\"a\",\"b\"]} "
                              "H[content-type: application/json] compressed");
    QTest::newRow("chrome ansi-c body")
            << QStringLiteral("curl 'https://example.com/c' \\\n"
                              "  -H 'content-type: text/plain' \\\n"
                              "  --data-raw $'it\\'s line one\\nline two' \\\n"
                              "  --compressed")
            << QStringLiteral("url=https://example.com/c body=it's line one\nline two "
                              "H[content-type: text/plain] compressed");
    QTest::newRow("chrome PUT") << QStringLiteral(
            "curl 'https://example.com/r/1' \\\n  -X 'PUT' \\\n"
            "  -H 'content-type: application/json' \\\n"
            "  --data-raw '{}' \\\n  --compressed")
                                << QStringLiteral("url=https://example.com/r/1 method=PUT body={} "
                                                  "H[content-type: application/json] compressed");
    QTest::newRow("chrome multipart")
            << QStringLiteral("curl 'https://example.com/up' \\\n"
                              "  -H 'content-type: multipart/form-data; "
                              "boundary=----WebKitFormBoundaryX' \\\n"
                              "  --data-raw $'------WebKitFormBoundaryX\\r\\nContent-Disposition: "
                              "form-data; "
                              "name=\"a\"\\r\\n\\r\\n1\\r\\n------WebKitFormBoundaryX--\\r\\n' \\\n"
                              "  --compressed")
            << QStringLiteral(
                       "url=https://example.com/up body=------WebKitFormBoundaryX\r\n"
                       "Content-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                       "------WebKitFormBoundaryX--\r\n "
                       "H[content-type: multipart/form-data; boundary=----WebKitFormBoundaryX] "
                       "compressed");
    QTest::newRow("chrome insecure")
            << QStringLiteral(
                       "curl 'https://self-signed.test/' \\\n  --compressed \\\n  --insecure")
            << QStringLiteral("url=https://self-signed.test/ insecure compressed");
    // Firefox's "Copy as cURL": options on one line, -X before the headers.
    QTest::newRow("firefox GET")
            << QStringLiteral(
                       "curl 'https://example.org/' --compressed -H 'User-Agent: Mozilla/5.0 "
                       "(X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0' -H "
                       "'Accept: text/html' -H 'Connection: keep-alive' -H 'Cookie: a=1; "
                       "b=2' -H 'Upgrade-Insecure-Requests: 1'")
            << QStringLiteral(
                       "url=https://example.org/ H[User-Agent: Mozilla/5.0 (X11; Linux "
                       "x86_64; rv:120.0) Gecko/20100101 Firefox/120.0] H[Accept: text/html] "
                       "H[Connection: keep-alive] H[Cookie: a=1; b=2] "
                       "H[Upgrade-Insecure-Requests: 1] compressed");
    QTest::newRow("firefox POST form")
            << QStringLiteral("curl 'https://example.org/login' -X POST -H 'Content-Type: "
                              "application/x-www-form-urlencoded' -H 'Origin: https://example.org' "
                              "--data-raw 'user=bob&pass=s%20ecret'")
            << QStringLiteral("url=https://example.org/login method=POST "
                              "body=user=bob&pass=s%20ecret "
                              "H[Content-Type: application/x-www-form-urlencoded] "
                              "H[Origin: https://example.org]");
    QTest::newRow("firefox HEAD") << QStringLiteral("curl -I 'https://example.org/'")
                                  << QStringLiteral("url=https://example.org/ head");
    // Commands as people type them.
    QTest::newRow("double quotes")
            << QStringLiteral("curl -H \"Authorization: Bearer abc\" \"http://h.test/x?a=1&b=2\"")
            << QStringLiteral("url=http://h.test/x?a=1&b=2 H[Authorization: Bearer abc]");
    QTest::newRow("escaped quotes in json")
            << QStringLiteral("curl -d \"{\\\"a\\\": \\\"\\$5\\\"}\" http://h.test/")
            << QStringLiteral("url=http://h.test/ body={\"a\": \"$5\"}");
    QTest::newRow("joined quotes") << QStringLiteral("curl 'http://h.test/'\"path\"'?q=1'")
                                   << QStringLiteral("url=http://h.test/path?q=1");
    QTest::newRow("escaped blank") << QStringLiteral("curl -H X-Test:\\ value http://h.test/")
                                   << QStringLiteral("url=http://h.test/ H[X-Test: value]");
    QTest::newRow("windows line ends")
            << QStringLiteral("curl 'http://h.test/' \\\r\n  -H 'a: b' \\\r\n  -L")
            << QStringLiteral("url=http://h.test/ H[a: b] follow");
    QTest::newRow("shell prompt") << QStringLiteral("$ curl http://h.test/")
                                  << QStringLiteral("url=http://h.test/");
    QTest::newRow("clustered short options")
            << QStringLiteral("curl -sSL -XPOST http://h.test/ -d a=1 -d b=2")
            << QStringLiteral("url=http://h.test/ method=POST body=a=1&b=2 follow");
    QTest::newRow("--json") << QStringLiteral("curl --json '{\"a\":1}' http://h.test/")
                            << QStringLiteral("url=http://h.test/ body={\"a\":1} "
                                              "H[Content-Type: application/json] "
                                              "H[Accept: application/json]");
    QTest::newRow("-G with --data-urlencode")
            << QStringLiteral("curl -G http://h.test/search --data-urlencode 'q=hello world'")
            << QStringLiteral("url=http://h.test/search?q=hello+world");
    QTest::newRow("--url-query") << QStringLiteral("curl --url-query 'q=a b' http://h.test/s#top")
                                 << QStringLiteral("url=http://h.test/s?q=a+b#top");
    QTest::newRow("user and password") << QStringLiteral("curl -u alice:secret http://h.test/")
                                       << QStringLiteral("url=http://h.test/ user=alice:secret");
    QTest::newRow("agent and referer")
            << QStringLiteral("curl -A 'lens/1.0' -e http://ref.test/ http://h.test/")
            << QStringLiteral("url=http://h.test/ ua=lens/1.0 referer=http://ref.test/");
    QTest::newRow("http2") << QStringLiteral("curl --http2 https://h.test/")
                           << QStringLiteral("url=https://h.test/ version=3");
    QTest::newRow("removed and empty header")
            << QStringLiteral("curl -H 'Accept:' -H 'X-Empty;' http://h.test/")
            << QStringLiteral("url=http://h.test/ H[Accept:] H[X-Empty;]");
    QTest::newRow("--url") << QStringLiteral("curl --url http://h.test/x")
                           << QStringLiteral("url=http://h.test/x");
    QTest::newRow("piped into jq") << QStringLiteral("curl -s http://h.test/ | jq .")
                                   << QStringLiteral("url=http://h.test/");
    QTest::newRow("trailing comment") << QStringLiteral("curl http://h.test/ # the home page")
                                      << QStringLiteral("url=http://h.test/");
    QTest::newRow("output options left out")
            << QStringLiteral("curl -o out.html -v -i http://h.test/")
            << QStringLiteral("url=http://h.test/");
    QTest::newRow("no scheme") << QStringLiteral("curl example.com/x")
                               << QStringLiteral("url=http://example.com/x");
    QTest::newRow("two URLs") << QStringLiteral("curl http://h.test/a http://h.test/b")
                              << QStringLiteral("url=http://h.test/a || url=http://h.test/b");
    QTest::newRow("at sign kept by --data-raw")
            << QStringLiteral("curl --data-raw '@notafile' http://h.test/")
            << QStringLiteral("url=http://h.test/ body=@notafile");
    QTest::newRow("empty body") << QStringLiteral("curl -X POST --data-raw '' http://h.test/")
                                << QStringLiteral("url=http://h.test/ method=POST body=");
    QTest::newRow("globbing switched off") << QStringLiteral("curl -g 'http://h.test/[1-3].html'")
                                           << QStringLiteral("url=http://h.test/[1-3].html");
    QTest::newRow("ipv6 literal") << QStringLiteral("curl 'http://[::1]:8080/'")
                                  << QStringLiteral("url=http://[::1]:8080/");
    QTest::newRow("curl.exe") << QStringLiteral("curl.exe http://h.test/")
                              << QStringLiteral("url=http://h.test/");
    QTest::newRow("oauth2 bearer") << QStringLiteral("curl --oauth2-bearer tok123 http://h.test/")
                                   << QStringLiteral("url=http://h.test/ bearer=tok123");
    QTest::newRow("time condition")
            << QStringLiteral("curl -z 'Sun, 06 Nov 1994 08:49:37 GMT' http://h.test/")
            << QStringLiteral(
                       "url=http://h.test/ H[If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT]");
    // Refused, each with an error message.
    QTest::newRow("windows cmd") << QStringLiteral("curl ^\"https://h.test/^\" -H ^\"a: b^\"")
                                 << QStringLiteral("error");
    QTest::newRow("powershell") << QStringLiteral("Invoke-WebRequest -Uri https://h.test/")
                                << QStringLiteral("error");
    QTest::newRow("unclosed quote")
            << QStringLiteral("curl 'http://h.test/") << QStringLiteral("error");
    QTest::newRow("shell variable")
            << QStringLiteral("curl -H \"Authorization: $TOKEN\" http://h.test/")
            << QStringLiteral("error");
    QTest::newRow("backticks") << QStringLiteral("curl http://h.test/`date`")
                               << QStringLiteral("error");
    QTest::newRow("unsupported -F")
            << QStringLiteral("curl -F 'a=b' http://h.test/") << QStringLiteral("error");
    QTest::newRow("redirection") << QStringLiteral("curl http://h.test/ > page.html")
                                 << QStringLiteral("error");
    QTest::newRow("not curl") << QStringLiteral("wget http://h.test/") << QStringLiteral("error");
    QTest::newRow("url pattern") << QStringLiteral("curl 'http://h.test/{a,b}.html'")
                                 << QStringLiteral("error");
    QTest::newRow("no url") << QStringLiteral("curl -H 'a: b'") << QStringLiteral("error");
}

void TestInterop::curlImport()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    const CurlImport import = importCurlCommand(command);
    QCOMPARE(describeImport(import), expected);
    if (!import.ok)
        QVERIFY2(!import.error.isEmpty(), "a refused command needs a message");
}

void TestInterop::curlImportNotes()
{
    CurlImport import = importCurlCommand(
            QStringLiteral("curl -s -o out.html http://h.test/ | jq ."));
    QVERIFY(import.ok);
    const QString notes = import.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("-o out.html")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("-s")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("| jq .")), qPrintable(notes));

    import = importCurlCommand(QStringLiteral("curl -F 'a=b' http://h.test/"));
    QVERIFY(!import.ok);
    QVERIFY2(import.error.contains(QLatin1String("-F")), qPrintable(import.error));
    import = importCurlCommand(QStringLiteral("curl -H \"Authorization: Bearer $TOKEN\" u"));
    QVERIFY2(import.error.contains(QLatin1String("$TOKEN")), qPrintable(import.error));
}

void TestInterop::looksLikeCurl()
{
    QVERIFY(looksLikeCurlCommand(QStringLiteral("curl 'http://x/'")));
    QVERIFY(looksLikeCurlCommand(QStringLiteral("  $ curl -v http://x/")));
    QVERIFY(looksLikeCurlCommand(QStringLiteral("curl\t\\\n http://x/")));
    QVERIFY(!looksLikeCurlCommand(QStringLiteral("http://curl.se/")));
    QVERIFY(!looksLikeCurlCommand(QStringLiteral("curly.example.com")));
    QVERIFY(!looksLikeCurlCommand(QStringLiteral("curl")));
}

void TestInterop::copyAsCurlRoundTrip()
{
    for (const Request &request : roundTripRequests()) {
        const CurlParseResult parsed = parseCurlArguments(curlArguments(request));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.command.requests.size(), 1);
        Request back = parsed.command.requests.first();
        QCOMPARE(back.effectiveMethod(), request.effectiveMethod());
        back.method = request.method;
        QCOMPARE(describeRequest(back), describeRequest(request));
        QCOMPARE(back.body, request.body);

        const CurlImport imported = importCurlCommand(curlCommandLine(request));
        QVERIFY2(imported.ok,
                 qPrintable(imported.error + QLatin1Char('\n') + curlCommandLine(request)));
        Request again = imported.command.requests.first();
        again.method = request.method;
        QCOMPARE(describeRequest(again), describeRequest(request));
        QCOMPARE(again.body, request.body);
        QCOMPARE(importCurlCommand(curlCommandLine(request, CurlLayout::OneLine))
                         .command.requests.first()
                         .body,
                 request.body);
    }
}

// bash itself reads the command: a stand-in `curl` function prints the words it receives.
void TestInterop::copyAsCurlThroughBash()
{
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty())
        QSKIP("bash is not installed");
    for (const Request &request : roundTripRequests()) {
        const QString command = curlCommandLine(request);
        const QString script = QStringLiteral("curl() { printf '%s\\0' \"$@\"; }\n") + command;
        int exitCode = -1;
        const QByteArray out = runProgram(bash, {QStringLiteral("-c"), script}, {}, &exitCode);
        QCOMPARE(exitCode, 0);
        QList<QByteArray> words = out.split('\0');
        words.removeLast();
        QCOMPARE(words, curlArguments(request));
    }
}

void TestInterop::copyAsCurlWithNulByte()
{
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty())
        QSKIP("bash is not installed");
    Request request;
    request.url = QStringLiteral("http://h.test/bin");
    request.hasBody = true;
    request.body = QByteArray("a\0b%d\\'\xff", 8);
    const QString command = curlCommandLine(request);
    QVERIFY2(command.startsWith(QLatin1String("printf ")), qPrintable(command));
    // The stand-in curl shows its words and the body it would read from standard input.
    const QString script = QStringLiteral("curl() { printf '%s\\0' \"$@\"; cat; }\n") + command;
    int exitCode = -1;
    const QByteArray out = runProgram(bash, {QStringLiteral("-c"), script}, {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(out.endsWith(
                     QByteArray(QByteArray("--data-binary") + '\0' + "@-" + '\0' + request.body)),
             out.toHex().constData());
}

void TestInterop::snippets()
{
    Request r;
    r.method = "PUT";
    r.url = QStringLiteral("http://127.0.0.1:8808/lab/doc");
    r.headers = {HeaderLine::fromCurlSyntax("Content-Type: text/plain"),
                 HeaderLine::fromCurlSyntax("If-None-Match: \"v1\""),
                 HeaderLine::fromCurlSyntax("Accept:")};
    r.hasBody = true;
    r.body = "say \"hi\"\n";
    for (SnippetLanguage language : snippetLanguages()) {
        const QString code = snippet(r, language);
        QVERIFY2(code.contains(QLatin1String("127.0.0.1:8808/lab/doc")), qPrintable(code));
        QVERIFY2(code.contains(QLatin1String("PUT")), qPrintable(code));
        QVERIFY2(code.contains(QLatin1String("If-None-Match")), qPrintable(code));
        QVERIFY(!snippetLanguageName(language).isEmpty());
    }
    // urllib's surprise is spelled out, and requests takes a default away with None.
    QVERIFY(snippet(r, SnippetLanguage::PythonUrllib).contains(QLatin1String("HTTPError")));
    QVERIFY(snippet(r, SnippetLanguage::PythonUrllib).contains(QLatin1String("304")));
    QVERIFY(snippet(r, SnippetLanguage::PythonRequests).contains(QLatin1String("\"Accept\": None")));
    QVERIFY(snippet(r, SnippetLanguage::HTTPie).contains(QLatin1String("\\\n  Accept:\n")));
    QVERIFY(snippet(r, SnippetLanguage::CppLibcurl).contains(QLatin1String("\"Accept:\"")));
}

// The snippets are code: Python parses them, bash reads the shell ones, g++ compiles the C++.
void TestInterop::snippetsCompile()
{
    const QList<Request> requests = roundTripRequests();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    const QString gxx = QStandardPaths::findExecutable(QStringLiteral("g++"));
    int checked = 0;
    for (const Request &request : requests) {
        int exitCode = -1;
        QByteArray out;
        if (!python.isEmpty()) {
            for (SnippetLanguage language :
                 {SnippetLanguage::PythonRequests, SnippetLanguage::PythonUrllib}) {
                out = runProgram(python,
                                 {QStringLiteral("-c"),
                                  QStringLiteral("import ast,sys; ast.parse(sys.stdin.read())")},
                                 snippet(request, language).toUtf8(),
                                 &exitCode);
                QVERIFY2(exitCode == 0, out.constData());
                ++checked;
            }
        }
        if (!bash.isEmpty()) {
            out = runProgram(bash,
                             {QStringLiteral("-n")},
                             snippet(request, SnippetLanguage::HTTPie).toUtf8(),
                             &exitCode);
            QVERIFY2(exitCode == 0, out.constData());
            ++checked;
        }
        if (!gxx.isEmpty()) {
            out = runProgram(gxx,
                             {QStringLiteral("-fsyntax-only"),
                              QStringLiteral("-x"),
                              QStringLiteral("c++"),
                              QStringLiteral("-")},
                             snippet(request, SnippetLanguage::CppLibcurl).toUtf8(),
                             &exitCode);
            QVERIFY2(exitCode == 0, out.constData());
            ++checked;
        }
    }
    if (checked == 0)
        QSKIP("neither python3, bash nor g++ is installed");
}

// A pasted command may name files; devices and standard input are refused instead of read
// for ever, and nothing is read without consent.
void TestInterop::pastedCommandsReadNoDevices()
{
    CurlImport import = importCurlCommand(
            QStringLiteral("curl --data-binary @/dev/zero http://h.test/"));
    QVERIFY(!import.ok);
    QVERIFY2(import.error.contains(QLatin1String("system file")), qPrintable(import.error));
    QCOMPARE(import.refused.size(), 1);
    QCOMPARE(import.refused.first().place, FileReadRule::Place::System);
    // Agreed to, a device is still no regular file.
    FileReadRule devices{QString()};
    devices.allow(QStringLiteral("/dev/zero"));
    import = importCurlCommand(QStringLiteral("curl --data-binary @/dev/zero http://h.test/"),
                               devices);
    QVERIFY(!import.ok);
    QVERIFY2(import.error.contains(QLatin1String("regular file")), qPrintable(import.error));
    import = importCurlCommand(QStringLiteral("curl -d @- http://h.test/"));
    QVERIFY(!import.ok);
    QVERIFY2(import.error.contains(QLatin1String("standard input")), qPrintable(import.error));
    QVERIFY(!importCurlCommand(QStringLiteral("curl -b - http://h.test/")).ok);
    QVERIFY(!importCurlCommand(QStringLiteral("curl -H @/dev/zero http://h.test/")).ok);
    QTemporaryDir dir;
    QFile body(dir.filePath(QStringLiteral("body.txt")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("from a file");
    body.close();
    const QString command = QStringLiteral("curl --data-binary @%1 http://h.test/")
                                    .arg(body.fileName());
    import = importCurlCommand(command);
    QVERIFY(!import.ok); // pasted: nothing is inside, so it is asked about first
    QCOMPARE(import.refused.size(), 1);
    QCOMPARE(import.refused.first().resolved, QFileInfo(body.fileName()).canonicalFilePath());
    QCOMPARE(import.refused.first().size, 11);
    FileReadRule agreed{QString()};
    agreed.allow(import.refused.first().resolved);
    import = importCurlCommand(command, agreed);
    QVERIFY2(import.ok, qPrintable(import.error));
    QCOMPARE(import.command.requests.first().body, QByteArray("from a file"));
    // Secrets as well: ~/.aws/credentials is named as such, whether or not it exists.
    import = importCurlCommand(QStringLiteral("curl -d @~/.aws/credentials https://h.test/"));
    QVERIFY(!import.ok);
    QCOMPARE(import.refused.first().place, FileReadRule::Place::Secret);
    QVERIFY2(import.error.contains(QLatin1String("~/.aws/credentials")), qPrintable(import.error));
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
