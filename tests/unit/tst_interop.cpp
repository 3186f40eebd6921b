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
    void harIsValid12();
    void harRoundTrip();
    void harMasksSecrets();
    void harFromBrowser();
    void httpFileParse();
    void httpFileResolve();
    void httpFileWriteAndReadBack();
    void environmentsJson();
    void pastedCommandsReadNoDevices();
    void compositionFromImportedRequest();
    void jarCookiesForAUrl();
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

namespace {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): the required fields and their types.
QStringList harProblems(const QJsonObject &document)
{
    QStringList problems;
    auto need = [&problems](const QJsonObject &object,
                            const QString &where,
                            const char *key,
                            QJsonValue::Type type) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.type() != type)
            problems.append(where + QLatin1Char('.') + QLatin1String(key));
        return value;
    };
    const QJsonObject log = need(document, QStringLiteral("root"), "log", QJsonValue::Object)
                                    .toObject();
    need(log, QStringLiteral("log"), "version", QJsonValue::String);
    const QJsonObject creator = need(log, QStringLiteral("log"), "creator", QJsonValue::Object)
                                        .toObject();
    need(creator, QStringLiteral("creator"), "name", QJsonValue::String);
    need(creator, QStringLiteral("creator"), "version", QJsonValue::String);
    const QJsonArray entries = need(log, QStringLiteral("log"), "entries", QJsonValue::Array)
                                       .toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entries[%1]").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        const QString started = need(entry, where, "startedDateTime", QJsonValue::String).toString();
        if (!QDateTime::fromString(started, Qt::ISODateWithMs).isValid())
            problems.append(where + QStringLiteral(".startedDateTime is not ISO 8601"));
        need(entry, where, "time", QJsonValue::Double);
        need(entry, where, "cache", QJsonValue::Object);
        const QJsonObject request = need(entry, where, "request", QJsonValue::Object).toObject();
        for (const char *key : {"method", "url", "httpVersion"})
            need(request, where + QStringLiteral(".request"), key, QJsonValue::String);
        for (const char *key : {"cookies", "headers", "queryString"})
            need(request, where + QStringLiteral(".request"), key, QJsonValue::Array);
        for (const char *key : {"headersSize", "bodySize"})
            need(request, where + QStringLiteral(".request"), key, QJsonValue::Double);
        if (request.contains(QStringLiteral("postData")))
            need(request.value(QStringLiteral("postData")).toObject(),
                 where + QStringLiteral(".postData"),
                 "mimeType",
                 QJsonValue::String);
        const QJsonObject response = need(entry, where, "response", QJsonValue::Object).toObject();
        need(response, where + QStringLiteral(".response"), "status", QJsonValue::Double);
        for (const char *key : {"statusText", "httpVersion", "redirectURL"})
            need(response, where + QStringLiteral(".response"), key, QJsonValue::String);
        for (const char *key : {"cookies", "headers"})
            need(response, where + QStringLiteral(".response"), key, QJsonValue::Array);
        for (const char *key : {"headersSize", "bodySize"})
            need(response, where + QStringLiteral(".response"), key, QJsonValue::Double);
        const QJsonObject content = need(response,
                                         where + QStringLiteral(".response"),
                                         "content",
                                         QJsonValue::Object)
                                            .toObject();
        need(content, where + QStringLiteral(".content"), "size", QJsonValue::Double);
        need(content, where + QStringLiteral(".content"), "mimeType", QJsonValue::String);
        for (const QJsonObject &message : {request, response}) {
            for (const QJsonValue &header : message.value(QStringLiteral("headers")).toArray()) {
                need(header.toObject(),
                     where + QStringLiteral(".header"),
                     "name",
                     QJsonValue::String);
                need(header.toObject(),
                     where + QStringLiteral(".header"),
                     "value",
                     QJsonValue::String);
            }
        }
        const QJsonObject timings = need(entry, where, "timings", QJsonValue::Object).toObject();
        double sum = 0;
        for (const char *key : {"send", "wait", "receive"}) {
            const double value = need(timings,
                                      where + QStringLiteral(".timings"),
                                      key,
                                      QJsonValue::Double)
                                         .toDouble();
            if (value < 0)
                problems.append(where + QStringLiteral(".timings.") + QLatin1String(key)
                                + QStringLiteral(" < 0"));
            sum += value;
        }
        for (const char *key : {"blocked", "dns", "connect"}) {
            const double value = timings.value(QLatin1String(key)).toDouble(-1);
            if (value < -1)
                problems.append(where + QStringLiteral(".timings.") + QLatin1String(key));
            sum += qMax(0.0, value);
        }
        // "time" is the sum of the phases (ssl is counted inside connect).
        if (qAbs(sum - entry.value(QStringLiteral("time")).toDouble()) > 0.01)
            problems.append(where
                            + QStringLiteral(".time %1 is not the sum of its timings %2")
                                      .arg(entry.value(QStringLiteral("time")).toDouble())
                                      .arg(sum));
    }
    return problems;
}

} // namespace

void TestInterop::harIsValid12()
{
    const Exchange exchange = syntheticExchange(3);
    Exchange failed;
    failed.request.url = QStringLiteral("http://127.0.0.1:1/");
    failed.error.curlCode = 7;
    const QJsonObject har = harLog({&exchange, &failed}, HarOptions{true});
    const QStringList problems = harProblems(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(har.value(QStringLiteral("log"))
                     .toObject()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
             2);
}

void TestInterop::harRoundTrip()
{
    QList<Exchange> originals;
    for (int i = 1; i <= 4; ++i)
        originals.append(syntheticExchange(i, 3000));
    QList<const Exchange *> pointers;
    for (const Exchange &exchange : originals)
        pointers.append(&exchange);
    const QByteArray json = QJsonDocument(harLog(pointers)).toJson();
    const HarReadResult read = readHar(json);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), originals.size());
    for (qsizetype i = 0; i < originals.size(); ++i) {
        const Exchange &a = originals.at(i);
        const Exchange &b = read.exchanges.at(i);
        const QStringList differences = restoredDifferences(a, b);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));
        // Written again, the HAR is the same.
        QCOMPARE(harEntries(b), harEntries(a));
    }
    // Its requests can be sent again.
    const HarRequests requests = readHarRequests(json);
    QVERIFY(requests.ok);
    QCOMPARE(requests.requests.size(), 4);
    QCOMPARE(requests.requests.first().url, originals.first().request.url);
    QCOMPARE(requests.requests.first().method, QByteArray("GET"));
}

void TestInterop::harMasksSecrets()
{
    Exchange exchange = syntheticExchange(1);
    Hop &hop = exchange.hops.first();
    hop.url = QStringLiteral("http://h.test/cb?code=abc123&state=xyz&access_token=tok");
    hop.request = RequestHead::parse(
            "POST /cb?code=abc123&state=xyz&access_token=tok HTTP/1.1\r\nHost: h.test\r\n"
            "Authorization: Bearer eyJhbGciOi.payload.sig\r\nCookie: sid=s3cr3t; theme=dark\r\n"
            "X-Api-Key: k-123\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n");
    hop.requestBody = "user=ann&password=hunter2";
    hop.response = ResponseHead::parse(
            "HTTP/1.1 302 Found\r\nSet-Cookie: sid=n3w; Path=/; HttpOnly\r\n"
            "Location: /home?token=t2\r\nContent-Length: 0\r\n\r\n");
    const QByteArray masked = QJsonDocument(harLog({&exchange}, HarOptions{true})).toJson();
    for (const char *secret :
         {"abc123", "eyJhbGciOi", "s3cr3t", "k-123", "hunter2", "n3w", "=tok", "t2"})
        QVERIFY2(!masked.contains(secret), secret);
    for (const char *kept : {"state=xyz",
                             "Bearer [masked]",
                             "sid=[masked]; theme=[masked]",
                             "sid=[masked]; Path=/; HttpOnly",
                             "user=ann&password=[masked]",
                             "_secretsMasked"})
        QVERIFY2(masked.contains(kept), kept);
    QVERIFY(harProblems(QJsonDocument::fromJson(masked).object()).isEmpty());
    // Kept on request.
    const QByteArray full = QJsonDocument(harLog({&exchange}, HarOptions{false})).toJson();
    QVERIFY(full.contains("hunter2"));
    QVERIFY(full.contains("eyJhbGciOi"));
    QCOMPARE(maskedHeaderValue("Authorization", "Basic YW5uOnB3"), QByteArray("Basic [masked]"));
    QVERIFY(!isSecretParameter(QStringLiteral("page")));
    QVERIFY(isSecretParameter(QStringLiteral("client_secret")));
}

// What Chrome's "Save all as HAR" writes for an HTTP/2 POST.
void TestInterop::harFromBrowser()
{
    const QByteArray chrome
            = R"({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
      "pages": [], "entries": [{
        "startedDateTime": "2026-11-20T10:00:00.000Z", "time": 84.2,
        "request": {"method": "POST", "url": "https://api.example.com/v1/items?x=1", "httpVersion": "http/2.0",
          "headers": [{"name": ":authority", "value": "api.example.com"}, {"name": ":method", "value": "POST"},
                      {"name": "accept", "value": "application/json"}, {"name": "content-length", "value": "13"},
                      {"name": "accept-encoding", "value": "gzip, deflate, br"},
                      {"name": "content-type", "value": "application/json"}],
          "queryString": [{"name": "x", "value": "1"}], "cookies": [], "headersSize": -1, "bodySize": 13,
          "postData": {"mimeType": "application/json", "text": "{\"name\":\"a\"}"}},
        "response": {"status": 201, "statusText": "", "httpVersion": "http/2.0",
          "headers": [{"name": "content-type", "value": "application/json"}, {"name": "etag", "value": "\"1\""}],
          "cookies": [], "content": {"size": 2, "mimeType": "application/json", "text": "{}"},
          "redirectURL": "", "headersSize": -1, "bodySize": 2, "_transferSize": 120},
        "cache": {}, "timings": {"blocked": 1, "dns": -1, "ssl": -1, "connect": -1, "send": 0.2, "wait": 80, "receive": 3}
      }]}})";
    const HarReadResult read = readHar(chrome);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 1);
    const Exchange &exchange = read.exchanges.first();
    QCOMPARE(exchange.status(), 201);
    QCOMPARE(exchange.body.read(), QByteArray("{}"));
    QCOMPARE(headerValue(exchange.hops.first().response.headers, "ETag"), QByteArray("\"1\""));
    const Request request = readHarRequests(chrome).requests.first();
    QCOMPARE(describeRequest(request),
             QStringLiteral(
                     "url=https://api.example.com/v1/items?x=1 method=POST body={\"name\":\"a\"} "
                     "H[accept: application/json] H[accept-encoding: gzip, deflate, br] "
                     "H[content-type: application/json] compressed"));
    QVERIFY(request.problems().isEmpty());
    // Firefox writes form posts with params (and sometimes no text), and HTTP/1.1 heads.
    const QByteArray firefox
            = R"({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "120.0"},
      "entries": [{"startedDateTime": "2026-11-20T10:00:00.000+01:00", "time": 12,
        "request": {"bodySize": 21, "method": "POST", "url": "http://h.test/login", "httpVersion": "HTTP/1.1",
          "headers": [{"name": "Host", "value": "h.test"},
                      {"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
          "cookies": [], "queryString": [], "headersSize": 120,
          "postData": {"mimeType": "application/x-www-form-urlencoded",
                       "params": [{"name": "user", "value": "ann"}, {"name": "pass", "value": "a b&c"}]}},
        "response": {"status": 303, "statusText": "See Other", "httpVersion": "HTTP/1.1",
          "headers": [{"name": "Location", "value": "/home"}], "cookies": [],
          "content": {"mimeType": "text/html", "size": 0}, "redirectURL": "/home", "headersSize": 80, "bodySize": 0},
        "cache": {}, "timings": {"blocked": 0, "dns": 0, "connect": 1, "ssl": -1, "send": 0, "wait": 10, "receive": 1}}]}})";
    const Request form = readHarRequests(firefox).requests.first();
    QCOMPARE(form.body, QByteArray("user=ann&pass=a%20b%26c"));
    QCOMPARE(readHar(firefox).exchanges.first().status(), 303);
    QCOMPARE(readHar(firefox).exchanges.first().hops.first().request.method, QByteArray("POST"));

    // Not HAR at all.
    QVERIFY(!readHar("{\"log\": 3}").ok);
    QVERIFY(!readHar("not json").ok);
    QVERIFY(!readHarRequests("[]").ok);
}

void TestInterop::httpFileParse()
{
    const QString text = QStringLiteral("@host = 127.0.0.1:8808\n"
                                        "@base = http://{{host}}\n"
                                        "\n"
                                        "### Welcome page\n"
                                        "GET {{base}}/lab/welcome HTTP/1.1\n"
                                        "Accept: text/html\n"
                                        "# a comment among the headers\n"
                                        "\n"
                                        "###\n"
                                        "# @name create\n"
                                        "// another comment\n"
                                        "POST {{base}}/echo\n"
                                        "    ?debug=1\n"
                                        "    &pretty=yes\n"
                                        "Content-Type: application/json\n"
                                        "Authorization: Bearer {{token}}\n"
                                        "\n"
                                        "{\n"
                                        "  \"id\": \"{{$uuid}}\",\n"
                                        "  \"# not a comment\": 1\n"
                                        "}\n"
                                        "\n"
                                        "> {%\n"
                                        "  client.global.set(\"id\", response.body.id);\n"
                                        "%}\n"
                                        "\n"
                                        "### upload\n"
                                        "# @no-redirect\n"
                                        "PUT http://h.test/files/1\n"
                                        "\n"
                                        "< ./payload.bin\n"
                                        "\n"
                                        "###\n"
                                        "https://h.test/plain\n");
    const HttpFile file = parseHttpFile(text);
    QCOMPARE(file.variables.size(), 2);
    QCOMPARE(file.variables.at(1),
             (std::pair<QString, QString>(QStringLiteral("base"),
                                          QStringLiteral("http://{{host}}"))));
    QCOMPARE(file.requests.size(), 4);
    const HttpFileRequest &welcome = file.requests.at(0);
    QCOMPARE(welcome.name, QStringLiteral("Welcome page"));
    QCOMPARE(welcome.method, QStringLiteral("GET"));
    QCOMPARE(welcome.url, QStringLiteral("{{base}}/lab/welcome"));
    QCOMPARE(welcome.headers.size(), 1);
    QCOMPARE(welcome.line, 5);
    const HttpFileRequest &create = file.requests.at(1);
    QCOMPARE(create.name, QStringLiteral("create"));
    QCOMPARE(create.url, QStringLiteral("{{base}}/echo?debug=1&pretty=yes"));
    QCOMPARE(create.headers.size(), 2);
    QCOMPARE(create.body,
             QStringLiteral("{\n  \"id\": \"{{$uuid}}\",\n  \"# not a comment\": 1\n}"));
    QCOMPARE(create.notes.size(), 1); // the response handler
    const HttpFileRequest &upload = file.requests.at(2);
    QCOMPARE(upload.bodyFile, QStringLiteral("./payload.bin"));
    QVERIFY(!upload.followRedirects);
    QCOMPARE(file.requests.at(3).method, QStringLiteral("GET"));
    QCOMPARE(file.requests.at(3).url, QStringLiteral("https://h.test/plain"));
    QCOMPARE(findHttpRequest(file, QStringLiteral("create")), 1);
    QCOMPARE(findHttpRequest(file, QStringLiteral("nope")), -1);
    // CRLF files read the same.
    QCOMPARE(parseHttpFile(QString(text).replace(QLatin1String("\n"), QLatin1String("\r\n")))
                     .requests.at(1)
                     .body,
             create.body);
    QVERIFY(parseHttpFile(QString()).requests.isEmpty());
}

void TestInterop::httpFileResolve()
{
    QTemporaryDir dir;
    QFile payload(dir.filePath(QStringLiteral("payload.bin")));
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write("\x00\x01raw", 5);
    payload.close();
    const HttpFile file = parseHttpFile(
            QStringLiteral("@host = 127.0.0.1:8808\n@base = http://{{host}}\n\n"
                           "POST {{base}}/echo?who={{user}}\nAuthorization: Bearer "
                           "{{token}}\nX-Id: {{$randomInt 5 6}}\n\n"
                           "{\"who\": \"{{user}}\"}\n"
                           "###\nPUT /files/1\nHost: h.test\n\n< payload.bin\n"
                           "###\nGET {{base}}/{{missing}}\n"));
    const Variables environment{{QStringLiteral("user"), QStringLiteral("ann")},
                                {QStringLiteral("token"), QStringLiteral("t0k")},
                                {QStringLiteral("host"), QStringLiteral("ignored.test")}};
    ResolvedHttpRequest resolved = resolveHttpRequest(file, 0, environment, dir.path());
    QVERIFY2(resolved.errors.isEmpty(), qPrintable(resolved.errors.join(QLatin1Char('\n'))));
    QCOMPARE(describeRequest(resolved.request),
             QStringLiteral(
                     "url=http://127.0.0.1:8808/echo?who=ann method=POST body={\"who\": \"ann\"} "
                     "H[Authorization: Bearer t0k] H[X-Id: 5] follow"));
    resolved = resolveHttpRequest(file, 1, environment, dir.path());
    QVERIFY(resolved.errors.isEmpty());
    QCOMPARE(resolved.request.url, QStringLiteral("http://h.test/files/1"));
    QCOMPARE(resolved.request.body, QByteArray("\x00\x01raw", 5));
    resolved = resolveHttpRequest(file, 2, environment, dir.path());
    QCOMPARE(resolved.errors.size(), 1);
    QVERIFY2(resolved.errors.first().contains(QLatin1String("{{missing}}")),
             qPrintable(resolved.errors.first()));
    QCOMPARE(resolveHttpRequest(file, 9, environment, dir.path()).errors.size(), 1);
    // Variables that refer to each other in a circle end, unresolved.
    const HttpFile circle = parseHttpFile(
            QStringLiteral("@a = {{b}}\n@b = {{a}}\nGET http://h.test/{{a}}\n"));
    QVERIFY(!resolveHttpRequest(circle, 0, {}, dir.path()).errors.isEmpty());
    // Variables that each use the next ten times would expand to 10^15 copies: refused at once.
    QString bomb = QStringLiteral("@v0 = x\n");
    for (int i = 1; i <= 15; ++i)
        bomb += QStringLiteral("@v%1 = %2\n")
                        .arg(i)
                        .arg(QStringLiteral("{{v%1}}").arg(i - 1).repeated(10));
    bomb += QStringLiteral("GET http://h.test/{{v15}}\n");
    QElapsedTimer clock;
    clock.start();
    const ResolvedHttpRequest refused = resolveHttpRequest(parseHttpFile(bomb), 0, {}, dir.path());
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(refused.errors.size(), 1);
    QVERIFY2(refused.errors.first().contains(QLatin1String("expand too far")),
             qPrintable(refused.errors.first()));
}

void TestInterop::httpFileWriteAndReadBack()
{
    Request request;
    request.method = "PATCH";
    request.url = QStringLiteral("http://h.test/items/7");
    request.headers = {HeaderLine::fromCurlSyntax("Content-Type: application/json")};
    request.userPassword = "ann:pw";
    request.hasBody = true;
    request.body = "{\n  \"a\": 1\n}";
    request.followRedirects = false;
    const HttpFileRequest written = httpFileRequestFrom(request, QStringLiteral("patch-item"));
    const QString existing = QStringLiteral("# my requests\nGET http://h.test/\n");
    const QString text = appendHttpFileRequest(existing, written);
    QVERIFY(text.startsWith(existing));
    const HttpFile file = parseHttpFile(text);
    QCOMPARE(file.requests.size(), 2);
    const HttpFileRequest &back = file.requests.at(1);
    QCOMPARE(back.name, QStringLiteral("patch-item"));
    QCOMPARE(back.method, QStringLiteral("PATCH"));
    QCOMPARE(back.url, request.url);
    QCOMPARE(back.headers, written.headers);
    QCOMPARE(back.body, QString::fromUtf8(request.body));
    QVERIFY(!back.followRedirects);
    const ResolvedHttpRequest resolved = resolveHttpRequest(file, 1, {}, QString());
    QCOMPARE(resolved.request.body, request.body);
}

void TestInterop::environmentsJson()
{
    Environments environments;
    environments.list = {{QStringLiteral("dev"),
                          {{QStringLiteral("host"), QStringLiteral("127.0.0.1:8808")}}},
                         {QStringLiteral("prod"),
                          {{QStringLiteral("host"), QStringLiteral("api.example.com")},
                           {QStringLiteral("token"), QStringLiteral("t")}}}};
    environments.active = QStringLiteral("prod");
    QStringList problems;
    const Environments back = environmentsFromJson(environmentsToJson(environments), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back.list, environments.list);
    QCOMPARE(environments.activeVariables().size(), 2);
    // JetBrains files may hold numbers and booleans; nested objects are refused by name.
    const QJsonObject jetbrains
            = QJsonDocument::fromJson(
                      R"({"local": {"port": 8808, "debug": true, "nested": {"x": 1}}, "broken": 3})")
                      .object();
    const Environments read = environmentsFromJson(jetbrains, &problems);
    QCOMPARE(read.list.size(), 1);
    QCOMPARE(read.find(QStringLiteral("local"))->variables.size(), 2);
    QCOMPARE(problems.size(), 2);

    Composition c;
    c.url = QStringLiteral("http://{{host}}/x");
    c.headers = {{true, QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}")},
                 {false, QStringLiteral("X-Off"), QStringLiteral("{{unused}}")}};
    c.bodyMode = BodyMode::Raw;
    c.rawBody = QStringLiteral("{{token}}-{{nope}}");
    c.jsonBody = QStringLiteral("{{hidden}}");
    QStringList unknown;
    const Composition substituted = substituteComposition(c,
                                                          environments.activeVariables(),
                                                          &unknown);
    QCOMPARE(substituted.url, QStringLiteral("http://api.example.com/x"));
    QCOMPARE(substituted.headers.first().value, QStringLiteral("Bearer t"));
    QCOMPARE(substituted.rawBody, QStringLiteral("t-{{nope}}"));
    QCOMPARE(unknown, QStringList{QStringLiteral("nope")});
}

// A pasted command may name files; devices and standard input are refused instead of read
// for ever.
void TestInterop::pastedCommandsReadNoDevices()
{
    CurlImport import = importCurlCommand(
            QStringLiteral("curl --data-binary @/dev/zero http://h.test/"));
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
    import = importCurlCommand(
            QStringLiteral("curl --data-binary @%1 http://h.test/").arg(body.fileName()));
    QVERIFY2(import.ok, qPrintable(import.error));
    QCOMPARE(import.command.requests.first().body, QByteArray("from a file"));
}

void TestInterop::compositionFromImportedRequest()
{
    const CurlImport import = importCurlCommand(QStringLiteral(
            "curl -X PUT 'http://127.0.0.1:8808/lab/doc' -H 'Accept:' -H 'X-A: 1' -A ua/1 -u "
            "ann:pw "
            "-b 'k=v' --data-raw 'hello' -L --max-redirs 3 --http1.1 -k --compressed -m 7"));
    QVERIFY2(import.ok, qPrintable(import.error));
    const ImportedComposition imported = compositionFromRequest(import.command.requests.first());
    const Composition &c = imported.composition;
    QCOMPARE(c.method, QStringLiteral("PUT"));
    QCOMPARE(c.url, QStringLiteral("http://127.0.0.1:8808/lab/doc"));
    QCOMPARE(c.bodyMode, BodyMode::Raw);
    QCOMPARE(c.rawBody, QStringLiteral("hello"));
    QVERIFY(c.followRedirects);
    QCOMPARE(c.maxRedirects, 3);
    QCOMPARE(c.httpVersion, HttpVersion::Http1_1);
    QVERIFY(!c.verifyTls);
    QVERIFY(c.decompress);
    QCOMPARE(c.timeoutSeconds, 7);
    QVERIFY2(imported.notes.isEmpty(), qPrintable(imported.notes.join(u'\n')));
    // Built again, the editor sends what curl would: the same fields in libcurl's order (its
    // Accept-Encoding written out after User-Agent, "Accept:" still removing its Accept), the
    // same body, and libcurl's own Content-Type after Content-Length.
    const BuiltRequest built = buildRequest(c, {}, "b");
    QVERIFY2(built.errors.isEmpty(), qPrintable(built.errors.join(QLatin1Char('\n'))));
    QStringList fields;
    for (const HeaderLine &line : built.request.headers)
        fields << QString::fromLatin1(line.toCurlSyntax());
    QCOMPARE(fields,
             (QStringList{QStringLiteral("Authorization: Basic YW5uOnB3"),
                          QStringLiteral("User-Agent: ua/1"),
                          QStringLiteral("Accept-Encoding: ")
                                  + QString::fromLatin1(libcurlAcceptEncoding()),
                          QStringLiteral("Cookie: k=v"),
                          QStringLiteral("Accept:"),
                          QStringLiteral("X-A: 1")}));
    QCOMPARE(built.request.body, QByteArray("hello"));
}

// Copy as curl writes the jar's cookies for the URL as -b; which ones follow RFC 6265.
void TestInterop::jarCookiesForAUrl()
{
    auto cookie = [](const char *domain,
                     bool sub,
                     const char *path,
                     bool secure,
                     qint64 expires,
                     const char *name) {
        Cookie c;
        c.domain = domain;
        c.includeSubdomains = sub;
        c.path = path;
        c.secure = secure;
        c.expires = expires;
        c.name = name;
        c.value = QByteArray(name).toUpper();
        return c;
    };
    const QList<Cookie> jar{cookie("www.example.com", false, "/", false, 0, "host"),
                            cookie(".example.com", true, "/api", false, 0, "api"),
                            cookie("example.com", true, "/", true, 0, "secure"),
                            cookie("www.example.com", false, "/", false, 1000, "expired"),
                            cookie("other.test", true, "/", false, 0, "other"),
                            cookie("www.example.com", false, "/apix", false, 0, "prefix"),
                            cookie("example.com", false, "/", false, 0, "exactonly")};
    const qint64 now = 2000;
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("https://www.example.com/api/x")), now),
             QByteArray("api=API; host=HOST; secure=SECURE"));
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("http://www.example.com/api")), now),
             QByteArray("api=API; host=HOST"));
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("http://example.com/")), now),
             QByteArray("exactonly=EXACTONLY"));
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("http://nope.test/")), now), QByteArray());
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
