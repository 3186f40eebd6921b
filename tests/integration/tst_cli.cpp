#include "childprocess.h"
#include "cookies/cookiejar.h"
#include "curlcorpus.h"
#include "http/engine.h"
#include "inspector/composition.h"
#include "inspector/history.h"
#include "inspector/inspectorsession.h"
#include "interop/curlcommand.h"
#include "interop/interopfiles.h"
#include "interop/shellwords.h"
#include "nginxserver.h"
#include "scriptedserver.h"

#include <QSignalSpy>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end with input on its standard input (closed right away when empty).
Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run cli(const QStringList &arguments)
{
    return run(QStringLiteral(HTTPLENS_CLI_PATH), QStringList{QStringLiteral("send")} + arguments);
}

// The "> " lines of a curl -v style trace: the request heads exactly as sent, CRLF included.
QByteArray requestLines(const QByteArray &trace)
{
    QByteArray lines;
    for (const QByteArray &line : trace.split('\n')) {
        if (line.startsWith("> "))
            lines += line + '\n';
    }
    return lines;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRequestHeadAsCurl_data();
    void sameRequestHeadAsCurl();
    void exitCodes_data();
    void exitCodes();
    void defaultReport();
    void outputNotOverwrittenBy304();
    void etagRoundTrip();
    void harOutput();
    void silentBodyAndParallel();
    void serveCommand();
    void sameBytesAsCurl_data();
    void sameBytesAsCurl();
    void explainCommand();
    void writeOutAsCurl_data();
    void writeOutAsCurl();
    void writeOutJsonAsCurl();

private:
    NginxServer m_nginx;
    QTemporaryDir m_dir;
    QString m_curl;
};

void TestCli::initTestCase()
{
    QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir::setCurrent(m_dir.path()));
    m_curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QVERIFY2(!m_curl.isEmpty(),
             "the curl command-line tool is needed as the reference (Debian: curl)");
    QFile body(QStringLiteral("body.bin"));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("first line\r\nsecond line\n");
    body.close();
}

void TestCli::sameRequestHeadAsCurl_data()
{
    QTest::addColumn<QStringList>("options");
    // curl's CLI sends "User-Agent: curl/VERSION" by default and HTTP Lens sends none, so each
    // row names the agent; everything else is left to both tools' defaults.
    const QStringList ua{QStringLiteral("-A"), QStringLiteral("lens-test/1.0")};
    QTest::newRow("plain GET") << ua;
    QTest::newRow("custom, removed and empty headers")
            << ua
                       + QStringList{QStringLiteral("-H"),
                                     QStringLiteral("X-Custom:  two  spaces"),
                                     QStringLiteral("-H"),
                                     QStringLiteral("Accept:"),
                                     QStringLiteral("-H"),
                                     QStringLiteral("X-Empty;")};
    QTest::newRow("form data") << ua
                                          + QStringList{QStringLiteral("-d"),
                                                        QStringLiteral("a=1"),
                                                        QStringLiteral("-d"),
                                                        QStringLiteral("b=two words")};
    QTest::newRow("json") << ua
                                     + QStringList{QStringLiteral("--json"),
                                                   QStringLiteral("{\"k\":[1,2]}")};
    QTest::newRow("binary file PUT") << ua
                                                + QStringList{QStringLiteral("-X"),
                                                              QStringLiteral("PUT"),
                                                              QStringLiteral("--data-binary"),
                                                              QStringLiteral("@body.bin")};
    QTest::newRow("basic auth, referer, cookie")
            << ua
                       + QStringList{QStringLiteral("-u"),
                                     QStringLiteral("ann:s3cret"),
                                     QStringLiteral("-e"),
                                     QStringLiteral("http://example.com/"),
                                     QStringLiteral("-b"),
                                     QStringLiteral("a=1; b=2")};
    QTest::newRow("HEAD") << ua + QStringList{QStringLiteral("-I")};
    QTest::newRow("compressed") << ua + QStringList{QStringLiteral("--compressed")};
    QTest::newRow("HTTP/1.0") << ua + QStringList{QStringLiteral("--http1.0")};
    QTest::newRow("If-Modified-Since from -z")
            << ua
                       + QStringList{QStringLiteral("-z"),
                                     QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT")};
    QTest::newRow("redirects followed") << ua + QStringList{QStringLiteral("-L")};
    QTest::newRow("urlencoded query via -G")
            << ua
                       + QStringList{QStringLiteral("-G"),
                                     QStringLiteral("--data-urlencode"),
                                     QStringLiteral("q=a b&c")};
}

void TestCli::sameRequestHeadAsCurl()
{
    QFETCH(QStringList, options);
    const QString url = m_nginx.url(QStringLiteral("/redirect/1"));
    const QStringList arguments = options
                                  + QStringList{QStringLiteral("-v"),
                                                QStringLiteral("-o"),
                                                QStringLiteral("/dev/null"),
                                                url};
    const Run ours = cli(arguments);
    const Run reference = run(m_curl, QStringList{QStringLiteral("-s")} + arguments);
    QCOMPARE(ours.exitCode, reference.exitCode);
    const QByteArray ourHeads = requestLines(ours.err);
    QVERIFY2(!ourHeads.isEmpty(), ours.err.constData());
    QCOMPARE(ourHeads, requestLines(reference.err));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrMentions");
    const quint16 closed = freeLoopbackPort();
    QTest::newRow("404 is a result")
            << QStringList{m_nginx.url(QStringLiteral("/missing"))} << 0 << QByteArray();
    QTest::newRow("301 is a result")
            << QStringList{m_nginx.url(QStringLiteral("/redirect/1"))} << 0 << QByteArray();
    QTest::newRow("connection refused")
            << QStringList{QStringLiteral("http://127.0.0.1:%1/").arg(closed)} << 7
            << QByteArray("nothing listens on port " + QByteArray::number(closed));
    QTest::newRow("unresolvable host") << QStringList{QStringLiteral("--resolve"),
                                                      QStringLiteral("x.invalid:80:127.0.0.1"),
                                                      QStringLiteral("http://y.invalid/")}
                                       << 6 << QByteArray("could not be resolved");
    QTest::newRow("too many redirects") << QStringList{QStringLiteral("-L"),
                                                       QStringLiteral("--max-redirs"),
                                                       QStringLiteral("2"),
                                                       m_nginx.url(QStringLiteral("/loop"))}
                                        << 47 << QByteArray("redirect");
    QTest::newRow("unsupported option is named") << QStringList{QStringLiteral("--libcurl"),
                                                                QStringLiteral("x.c"),
                                                                QStringLiteral("http://h/")}
                                                 << 2 << QByteArray("--libcurl");
    QTest::newRow("unsupported scheme")
            << QStringList{QStringLiteral("ftp://127.0.0.1/")} << 1 << QByteArray("ftp");
    QTest::newRow("malformed URL") << QStringList{QStringLiteral("http://exa mple/")} << 3
                                   << QByteArray("The host name \"exa mple\" contains a space");
    QTest::newRow("port out of range") << QStringList{QStringLiteral("http://127.0.0.1:70000/")}
                                       << 3 << QByteArray("not a number from 1 to 65535");
    QTest::newRow("header injection refused") << QStringList{QStringLiteral("-H"),
                                                             QStringLiteral("X: a\r\nY: b"),
                                                             m_nginx.url(QStringLiteral("/"))}
                                              << 2 << QByteArray("CR, LF or NUL");
    QTest::newRow("bad method") << QStringList{QStringLiteral("-X"),
                                               QStringLiteral("GET /x"),
                                               m_nginx.url(QStringLiteral("/"))}
                                << 2 << QByteArray("token");
    QTest::newRow("no URL") << QStringList{QStringLiteral("-v")} << 2 << QByteArray("No URL");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrMentions);
    const Run result = cli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    // A result (a 404, a 301) says nothing on standard error; a failure names its cause there.
    if (stderrMentions.isEmpty())
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    else
        QVERIFY2(result.err.contains(stderrMentions), result.err.constData());
}

// The same command line through curl, through httplens-cli send and through the curl importer
// (as a paste into the window would go): the recording server must receive the same bytes.
void TestCli::sameBytesAsCurl_data()
{
    QTest::addColumn<QString>("command"); // URL written as URL
    for (const CurlCorpusRow &row : curlCorpus())
        QTest::newRow(row.name) << row.command;
}

// Each command three ways to a recording server: curl itself, `httplens-cli send` with the same
// arguments, and the editor's path in the core (the pasted command read into a composition,
// built into a request again, sent by the engine). All three must write the same bytes.
// tst_mainwindow sends the same corpus through the window's own widgets.
void TestCli::sameBytesAsCurl()
{
    QFETCH(QString, command);
    ScriptedServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 3; ++i)
        server.addStep({QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), 0, true});
    QString text = QString(command).replace(QLatin1String("URL"), server.url(QStringLiteral("/r")));
    // curl names itself in User-Agent unless told otherwise; HTTP Lens adds nothing.
    if (!text.contains(QLatin1String(" -A "))
        && !text.contains(QLatin1String("ser-Agent"), Qt::CaseInsensitive))
        text += QStringLiteral(" -A lens-diff/1");
    const ShellWords words = splitShellWords(text.toUtf8());
    QVERIFY2(words.ok, qPrintable(words.error));
    QStringList arguments;
    for (const QByteArray &word : words.words.mid(1))
        arguments.append(QString::fromUtf8(word));
    const QStringList quiet{QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null")};
    QCOMPARE(runServed(m_curl, arguments + quiet), 0);
    QCOMPARE(runServed(QStringLiteral(HTTPLENS_CLI_PATH),
                       QStringList{QStringLiteral("send")} + arguments + quiet),
             0);

    // Pasted into the window, its file is read once the person agreed (here: to anything outside).
    FileReadRule agreed{QString()};
    agreed.allowOutside();
    const CurlImport import = importCurlCommand(text, agreed);
    QVERIFY2(import.ok, qPrintable(import.error));
    const ImportedComposition imported = compositionFromRequest(import.command.requests.first());
    const BuiltRequest built = buildRequest(imported.composition);
    QVERIFY2(built.errors.isEmpty(), qPrintable(built.errors.join(u'\n')));
    Engine engine;
    Transfer *transfer = engine.send(built.request);
    QSignalSpy done(transfer, &Transfer::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(!transfer->exchange().error.isError());

    QCOMPARE(server.requests().size(), 3);
    QVERIFY(!server.requests().at(0).isEmpty());
    QCOMPARE(server.requests().at(1), server.requests().at(0));
    QCOMPARE(server.requests().at(2), server.requests().at(0));
}

void TestCli::defaultReport()
{
    const Run result = cli({m_nginx.url(QStringLiteral("/index.html"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(
            "HTTP/1.1 200 OK\n  Success; the body is the requested representation"));
    QVERIFY(result.out.contains("> GET /index.html HTTP/1.1\n"));
    QVERIFY(result.out.contains("< HTTP/1.1 200 OK\n"));
    QVERIFY(result.out.contains("< ETag: "));
    for (const char *phase : {"queue", "dns", "connect", "tls", "send", "wait", "download", "total"})
        QVERIFY2(result.out.contains(QByteArray(QByteArray("\n  ") + phase)), phase);
    QVERIFY(result.out.contains("Hello from nginx."));
    QVERIFY(result.out.contains("Findings\n"));
    QVERIFY(result.out.contains("  [info] ETag \""));
    QVERIFY(result.out.contains("Caching (RFC 9111"));
    QVERIFY(result.out.contains("  Storable   yes · "));

    // nginx sends Last-Modified but no Cache-Control: a file last changed 10 days ago gets the
    // heuristic lifetime of 10% of that, one day, and is fresh.
    QVERIFY(m_nginx.writeFile(QStringLiteral("old.html"),
                              "old\n",
                              QDateTime::currentDateTimeUtc().addDays(-10)));
    const Run old = cli({m_nginx.url(QStringLiteral("/old.html"))});
    QVERIFY2(old.out.contains("  Lifetime   86400 s (heuristic: 10% of the time since "
                              "Last-Modified)\n"),
             old.out.constData());
    QVERIFY(old.out.contains(" · fresh\n"));
    QVERIFY(old.out.contains("  Next time  serve from the cache"));
}

void TestCli::outputNotOverwrittenBy304()
{
    const QString url = m_nginx.url(QStringLiteral("/index.html"));
    QCOMPARE(cli({QStringLiteral("-s"),
                  QStringLiteral("--etag-save"),
                  QStringLiteral("page.etag"),
                  QStringLiteral("-o"),
                  QStringLiteral("page.html"),
                  url})
                     .exitCode,
             0);
    QFile page(QStringLiteral("page.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray saved = page.readAll();
    page.close();
    QVERIFY(saved.contains("Hello from nginx."));
    const Run second = cli({QStringLiteral("--etag-compare"),
                            QStringLiteral("page.etag"),
                            QStringLiteral("-o"),
                            QStringLiteral("page.html"),
                            url});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.startsWith("HTTP/1.1 304 Not Modified\n"));
    QVERIFY(second.out.contains("[info] 304 Not Modified: the ETag"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QCOMPARE(page.readAll(), saved);
}

void TestCli::etagRoundTrip()
{
    // The crawler's loop: the first run has no ETag file yet, later runs revalidate.
    const QString url = m_nginx.url(QStringLiteral("/index.html"));
    const QStringList arguments{QStringLiteral("--etag-compare"),
                                QStringLiteral("crawl.etag"),
                                QStringLiteral("--etag-save"),
                                QStringLiteral("crawl.etag"),
                                url};
    const Run first = cli(arguments);
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.startsWith("HTTP/1.1 200 OK\n"));
    QVERIFY(first.out.contains("> If-None-Match: \"\"\n"));
    const Run second = cli(arguments);
    QVERIFY(second.out.startsWith("HTTP/1.1 304 Not Modified\n"));
}

void TestCli::harOutput()
{
    const Run result = cli({QStringLiteral("-L"),
                            QStringLiteral("--har"),
                            QStringLiteral("-"),
                            m_nginx.url(QStringLiteral("/redirect/1"))});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject log = document.object().value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(log.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("HTTP Lens"));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 3);
    // Written to a file, the unmasked recording is readable by its owner only.
    const QString file = m_dir.filePath(QStringLiteral("own.har"));
    QCOMPARE(cli({QStringLiteral("-s"),
                  QStringLiteral("-o"),
                  QStringLiteral("/dev/null"),
                  QStringLiteral("--har"),
                  file,
                  m_nginx.url(QStringLiteral("/index.html"))})
                     .exitCode,
             0);
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // The HAR 1.2 fields every entry must have.
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        for (const char *key :
             {"startedDateTime", "time", "request", "response", "cache", "timings"})
            QVERIFY2(entry.contains(QLatin1String(key)), key);
        const QJsonObject timings = entry.value(QStringLiteral("timings")).toObject();
        for (const char *key : {"send", "wait", "receive"})
            QVERIFY2(timings.value(QLatin1String(key)).toDouble(-2) >= 0, key);
        QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("startedDateTime")).toString(),
                                      Qt::ISODateWithMs)
                        .isValid());
        for (const char *key : {"method",
                                "url",
                                "httpVersion",
                                "cookies",
                                "headers",
                                "queryString",
                                "headersSize",
                                "bodySize"})
            QVERIFY2(entry.value(QStringLiteral("request")).toObject().contains(QLatin1String(key)),
                     key);
        for (const char *key : {"status",
                                "statusText",
                                "httpVersion",
                                "cookies",
                                "headers",
                                "content",
                                "redirectURL",
                                "headersSize",
                                "bodySize"})
            QVERIFY2(entry.value(QStringLiteral("response")).toObject().contains(QLatin1String(key)),
                     key);
    }
    QCOMPARE(entries.last()
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
             QStringLiteral("<!doctype html>\n<title>index</title>\n<p>Hello from nginx.</p>\n"));
}

void TestCli::silentBodyAndParallel()
{
    const QString url = m_nginx.url(QStringLiteral("/index.html"));
    // Enough URLs that many transfers finish within one engine round: each must be reported.
    constexpr int count = 300;
    QStringList arguments{QStringLiteral("-s"), QStringLiteral("-Z")};
    for (int i = 0; i < count; ++i)
        arguments << url;
    const Run result = cli(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count("Hello from nginx."), count);
    QVERIFY(result.err.isEmpty());

    // A small --parallel-max hands the engine a window of requests at a time: every body still
    // comes out once, in the order of the URLs, and -i shows each final response head.
    QStringList ordered{QStringLiteral("-s"),
                        QStringLiteral("-i"),
                        QStringLiteral("-Z"),
                        QStringLiteral("--parallel-max"),
                        QStringLiteral("3")};
    QByteArray expected;
    for (int i = 0; i < 40; ++i) {
        const QByteArray name = "part" + QByteArray::number(i) + ".txt";
        QVERIFY(m_nginx.writeFile(QString::fromLatin1(name),
                                  "part " + QByteArray::number(i) + '\n'));
        ordered << m_nginx.url(QLatin1Char('/') + QString::fromLatin1(name));
        expected += "part " + QByteArray::number(i) + '\n';
    }
    const Run windowed = cli(ordered);
    QCOMPARE(windowed.exitCode, 0);
    QCOMPARE(windowed.out.count("HTTP/1.1 200 OK\r\n"), 40);
    QByteArray bodies;
    for (const QByteArray &line : windowed.out.split('\n')) {
        if (line.startsWith("part "))
            bodies += line + '\n';
    }
    QCOMPARE(bodies, expected);
}

void TestCli::serveCommand()
{
    QProcess server;
    server.start(QStringLiteral(HTTPLENS_CLI_PATH),
                 {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(server.waitForReadyRead(10000));
    const QByteArray line = server.readLine().trimmed();
    const qsizetype at = line.indexOf("http://");
    QVERIFY2(at > 0, line.constData());
    const QString base = QString::fromLatin1(line.mid(at));
    const Run first = cli({QStringLiteral("--etag-save"),
                           QStringLiteral("serve.etag"),
                           base + QStringLiteral("lab/serve-test")});
    QVERIFY(first.out.startsWith("HTTP/1.1 200 OK\n"));
    const Run second = cli({QStringLiteral("--etag-compare"),
                            QStringLiteral("serve.etag"),
                            base + QStringLiteral("lab/serve-test")});
    QVERIFY(second.out.startsWith("HTTP/1.1 304 Not Modified\n"));
    // Each request is logged on standard error.
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += server.readAllStandardError())
                                     .contains("GET /lab/serve-test -> 304"),
                             5000);
    server.terminate();
    QVERIFY(server.waitForFinished(5000));

    const Run bad = run(QStringLiteral(HTTPLENS_CLI_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("x")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCli::explainCommand()
{
    const QString cli = QStringLiteral(HTTPLENS_CLI_PATH);
    Run result = run(cli,
                     {QStringLiteral("explain"),
                      QStringLiteral("304"),
                      QStringLiteral("--lang"),
                      QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("304 Not Modified\n"));
    QVERIFY(result.out.contains("RFC 9110 §15.4.5"));
    result = run(cli,
                 {QStringLiteral("explain"),
                  QStringLiteral("705"),
                  QStringLiteral("--lang"),
                  QStringLiteral("zh_CN")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("这不是 HTTP 状态码"));
    result = run(cli,
                 {QStringLiteral("explain"),
                  QStringLiteral("etag"),
                  QStringLiteral("--lang"),
                  QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("ETag\n  A response header · defined in: RFC 9110 §8.8.3\n"));
    // Findings for every exchange of a HAR file: fetch, then revalidate into a HAR.
    const QString url = m_nginx.url(QStringLiteral("/index.html"));
    QCOMPARE(run(cli,
                 {QStringLiteral("send"),
                  QStringLiteral("-s"),
                  QStringLiteral("--etag-save"),
                  QStringLiteral("har.etag"),
                  url})
                     .exitCode,
             0);
    QCOMPARE(run(cli,
                 {QStringLiteral("send"),
                  QStringLiteral("-s"),
                  QStringLiteral("--etag-compare"),
                  QStringLiteral("har.etag"),
                  QStringLiteral("--har"),
                  QStringLiteral("revalidate.har"),
                  url})
                     .exitCode,
             0);
    result = run(cli,
                 {QStringLiteral("explain"),
                  QStringLiteral("--har"),
                  QStringLiteral("revalidate.har"),
                  QStringLiteral("--lang"),
                  QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(
                     QByteArray("Entry 1: GET " + url.toUtf8() + " → 304 Not Modified\n")),
             result.out.constData());
    QVERIFY(result.out.contains("[info] 304 Not Modified: the ETag"));
    result = run(cli,
                 {QStringLiteral("explain"),
                  QStringLiteral("--har"),
                  QStringLiteral("missing.har")});
    QCOMPARE(result.exitCode, 26);
    // --lang works for every command, send's report included.
    result = run(cli,
                 {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("send"), url});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("耗时（毫秒）"));
    QVERIFY(result.out.contains("诊断\n"));
    QVERIFY(result.out.contains("缓存（RFC 9111"));
    result = run(cli, {QStringLiteral("explain"), QStringLiteral("etag?")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("neither a status code nor a header"));
}

QTEST_GUILESS_MAIN(TestCli)
// -w: the same format through curl and through httplens-cli send, the same text on standard
// output and standard error, for the variables whose values do not depend on timing or on the
// User-Agent curl adds (and HTTP Lens leaves out).
void TestCli::writeOutAsCurl_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("format");
    const QString everyStable = QStringLiteral(
            "%{http_code} %{response_code} %{http_version} %{method} %{scheme} "
            "[%{content_type}] %{size_download} %{size_header} %{num_redirects} "
            "%{num_connects} %{num_headers} %{url} %{url_effective} [%{redirect_url}] "
            "%{remote_ip} %{remote_port} %{exitcode} [%{errormsg}] %{ssl_verify_result} "
            "%{http_connect} [%header{content-length}] [%header{Location}] [%header{nope}]");
    QTest::newRow("status line") << QStringLiteral("/index.html") << QStringList()
                                 << QStringLiteral("%{http_code}\\n");
    QTest::newRow("every stable variable")
            << QStringLiteral("/index.html") << QStringList() << everyStable;
    QTest::newRow("a redirect not followed")
            << QStringLiteral("/redirect/1") << QStringList() << everyStable;
    QTest::newRow("a redirect followed")
            << QStringLiteral("/redirect/1") << QStringList{QStringLiteral("-L")} << everyStable;
    QTest::newRow("a 404") << QStringLiteral("/missing") << QStringList() << everyStable;
    QTest::newRow("HEAD") << QStringLiteral("/index.html") << QStringList{QStringLiteral("-I")}
                          << everyStable;
    QTest::newRow("escapes, percent signs and streams")
            << QStringLiteral("/index.html") << QStringList()
            << QStringLiteral("a\\tb\\rc\\q 100%% %x %{stderr}to err %{http_code}\\n%{stdout}out");
    QTest::newRow("unknown variable") << QStringLiteral("/index.html") << QStringList()
                                      << QStringLiteral("[%{no_such_thing}] %{http_code}");
}

void TestCli::writeOutAsCurl()
{
    QFETCH(QString, path);
    QFETCH(QStringList, options);
    QFETCH(QString, format);
    const QStringList arguments = QStringList{QStringLiteral("-s"),
                                              QStringLiteral("-o"),
                                              QStringLiteral("/dev/null"),
                                              QStringLiteral("-w"),
                                              format}
                                  + options + QStringList{m_nginx.url(path)};
    const Run reference = run(m_curl, arguments);
    const Run ours = cli(arguments);
    QCOMPARE(ours.exitCode, reference.exitCode);
    QCOMPARE(ours.out, reference.out);
    // curl names itself in its warning; the rest of standard error is the same.
    QCOMPARE(ours.err, QByteArray(reference.err).replace("curl:", "httplens-cli:"));
}

// %{json} and %{header_json} carry times and a Date that differ from run to run: both are read
// as JSON and compared with curl's, member by member, leaving those out.
void TestCli::writeOutJsonAsCurl()
{
    const QStringList arguments{QStringLiteral("-s"),
                                QStringLiteral("-o"),
                                QStringLiteral("/dev/null"),
                                QStringLiteral("-w"),
                                QStringLiteral("%{json}\\n%{header_json}"),
                                m_nginx.url(QStringLiteral("/index.html"))};
    const Run reference = run(m_curl, arguments);
    const Run ours = cli(arguments);
    QCOMPARE(ours.exitCode, 0);
    const qsizetype split = reference.out.indexOf('\n');
    const qsizetype oursSplit = ours.out.indexOf('\n');
    QVERIFY(split > 0 && oursSplit > 0);
    const QJsonObject theirs = QJsonDocument::fromJson(reference.out.left(split)).object();
    const QJsonObject mine = QJsonDocument::fromJson(ours.out.left(oursSplit)).object();
    QVERIFY2(!mine.isEmpty(), ours.out.constData());
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const QString key = it.key();
        QVERIFY2(theirs.contains(key), qPrintable(key)); // nothing curl does not have
        const bool varies = key.startsWith(QLatin1String("time_"))
                            || key.startsWith(QLatin1String("speed_"))
                            || key == QLatin1String("local_port")
                            || key == QLatin1String("size_request")
                            || key == QLatin1String("curl_version");
        if (!varies)
            QVERIFY2(it.value() == theirs.value(key), qPrintable(key));
    }
    QJsonObject theirHeaders = QJsonDocument::fromJson(reference.out.mid(split + 1)).object();
    QJsonObject myHeaders = QJsonDocument::fromJson(ours.out.mid(oursSplit + 1)).object();
    QVERIFY(myHeaders.contains(QLatin1String("date")));
    theirHeaders.remove(QLatin1String("date"));
    myHeaders.remove(QLatin1String("date"));
    QCOMPARE(myHeaders, theirHeaders);
    QCOMPARE(ours.out.mid(oursSplit + 1).count('\n'), reference.out.mid(split + 1).count('\n'));
}

#include "tst_cli.moc"
