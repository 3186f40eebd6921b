// httplens-cli's commands over files: run (.http with environments), convert between curl,
// HAR, .http and code, and send --har-in; each puts on the wire what the window's import of the
// same file puts there.

#include "childprocess.h"
#include "cookies/cookiejar.h"
#include "http/engine.h"
#include "inspector/composition.h"
#include "inspector/history.h"
#include "inspector/inspectorsession.h"
#include "interop/curlcommand.h"
#include "interop/interopfiles.h"
#include "nginxserver.h"
#include "practice/practiceserver.h"
#include "scriptedserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

// Any httplens-cli command (run, convert, ...), with input on its standard input.
ServedRun command(const QStringList &arguments, const QByteArray &input = {})
{
    return runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH), arguments, input);
}

ServedRun cli(const QStringList &arguments)
{
    return command(QStringList{QStringLiteral("send")} + arguments);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runHttpFile();
    void sameBytesFromFiles();
    void convertRoundTrip();
    void replayHarEntry();
    void filesOutsideTheFolderAreRefused();
    void urlsOneAfterAnotherShareTheJar();

private:
    NginxServer m_nginx;
    QTemporaryDir m_dir;
};

void TestCliFiles::initTestCase()
{
    QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir::setCurrent(m_dir.path()));
}

void TestCliFiles::runHttpFile()
{
    const QString file = m_dir.filePath(QStringLiteral("requests.http"));
    QVERIFY(writeFile(file,
                      "@base = " + m_nginx.url(QString()).toUtf8()
                              + "\n\n"
                                "### index\nGET {{base}}/index.html\nUser-Agent: {{agent}}\n\n"
                                "### missing\n# @name missing\nGET {{base}}/missing\n"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("http-client.env.json")),
                      "{\"local\": {\"agent\": \"lens-run/1\"}}"));
    ServedRun result = command({QStringLiteral("run"),
                                file,
                                QStringLiteral("--env"),
                                QStringLiteral("local"),
                                QStringLiteral("-v"),
                                QStringLiteral("-o"),
                                QStringLiteral("/dev/null")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("> GET /index.html HTTP/1.1"), result.err.constData());
    QVERIFY2(result.err.contains("> User-Agent: lens-run/1"), result.err.constData());
    QVERIFY2(result.err.contains("< HTTP/1.1 404"), result.err.constData());

    result = command(
            {QStringLiteral("run"), file, QStringLiteral("--name"), QStringLiteral("missing")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("404 Not Found"), result.out.constData());
    QVERIFY(!result.out.contains("200 OK"));
    // -f turns the 404 into curl's exit code 22.
    QCOMPARE(command({QStringLiteral("run"),
                      file,
                      QStringLiteral("--name"),
                      QStringLiteral("missing"),
                      QStringLiteral("-f"),
                      QStringLiteral("-s")})
                     .exitCode,
             22);
    // A variable without a value stops the run before anything is sent, and says which.
    result = command({QStringLiteral("run"), file});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("{{agent}}"), result.err.constData());
    result = command(
            {QStringLiteral("run"), file, QStringLiteral("--name"), QStringLiteral("nope")});
    QCOMPARE(result.exitCode, 2);
    result = command({QStringLiteral("run"), file, QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("2\tmissing\tGET {{base}}/missing"));
}

// A request read from an .http file or a HAR entry puts the same bytes on the wire from
// `httplens-cli run` / `send --har-in` as from the window's path (the session's import, the
// editor's composition, the engine).
void TestCliFiles::sameBytesFromFiles()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 8; ++i)
        server.addStep({QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), 0, true});
    const QString httpFile = m_dir.filePath(QStringLiteral("same.http"));
    QVERIFY(writeFile(httpFile,
                      "@base = " + server.url(QString()).toUtf8()
                              + "\n\n### validators\nGET {{base}}/doc?q=a b\nX-First: 1\n"
                                "If-None-Match: \"v1\"\nUser-Agent: file/1\nAccept: text/html\n\n"
                                "### form\nPOST {{base}}/post\nContent-Type: "
                                "application/x-www-form-urlencoded\nX-Tight:a\n\nuser=ann&x=1\n"));
    const QString har = m_dir.filePath(QStringLiteral("same.har"));
    QVERIFY(writeFile(
            har,
            "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"a browser\", "
            "\"version\": \"1\"}, \"entries\": [{\"startedDateTime\": "
            "\"2026-11-30T10:00:00.000Z\", \"time\": 1, \"request\": {\"method\": "
            "\"PUT\", \"url\": \""
                    + server.url(QStringLiteral("/item?id=7")).toUtf8()
                    + "\", \"httpVersion\": \"HTTP/1.1\", \"headers\": [{\"name\": "
                      "\"If-Match\", \"value\": \"\\\"v2\\\"\"}, {\"name\": \"content-type\", "
                      "\"value\": \"application/json\"}, {\"name\": \"User-Agent\", \"value\": "
                      "\"browser/9\"}], \"queryString\": [], \"cookies\": [], \"headersSize\": "
                      "-1, \"bodySize\": 9, \"postData\": {\"mimeType\": \"application/json\", "
                      "\"text\": \"{\\\"a\\\": 1}\"}}, \"response\": {\"status\": 200, "
                      "\"statusText\": \"OK\", \"httpVersion\": \"HTTP/1.1\", \"headers\": [], "
                      "\"cookies\": [], \"content\": {\"size\": 0, \"mimeType\": "
                      "\"text/plain\"}, \"redirectURL\": \"\", \"headersSize\": -1, "
                      "\"bodySize\": 0}, \"cache\": {}, \"timings\": {\"send\": 0, \"wait\": "
                      "0, \"receive\": 0}}]}}"));
    const QStringList quiet{QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null")};
    QCOMPARE(runServed(QStringLiteral(HTTPLENS_CLI_PATH),
                       QStringList{QStringLiteral("run"),
                                   httpFile,
                                   QStringLiteral("--name"),
                                   QStringLiteral("validators")}
                               + quiet),
             0);
    QCOMPARE(runServed(QStringLiteral(HTTPLENS_CLI_PATH),
                       QStringList{QStringLiteral("run"),
                                   httpFile,
                                   QStringLiteral("--name"),
                                   QStringLiteral("form")}
                               + quiet),
             0);
    QCOMPARE(runServed(QStringLiteral(HTTPLENS_CLI_PATH),
                       QStringList{QStringLiteral("send"), QStringLiteral("--har-in"), har} + quiet),
             0);

    Engine engine;
    History history;
    CookieJar jar;
    InspectorSession session({&engine, &history, &jar, nullptr, nullptr, nullptr});
    auto sendFromSession = [&](const Composition &composition) {
        QSignalSpy recorded(&session, &InspectorSession::recorded);
        return session.send(composition) && recorded.wait(10000);
    };
    QString error;
    const std::optional<HttpFile> file = readHttpFile(httpFile, &error);
    QVERIFY2(file, qPrintable(error));
    for (int i = 0; i < 2; ++i) {
        const InspectorSession::Import import
                = session.importHttpFileRequest(*file, i, FileReadRule(m_dir.path()));
        QVERIFY2(import.ok, qPrintable(import.error));
        QVERIFY(sendFromSession(import.composition));
    }
    const InspectorSession::Outcome imported = session.importHar(har);
    QVERIFY2(imported.ok, qPrintable(imported.message));
    QVERIFY(sendFromSession(history.composition(imported.lastId)));

    QCOMPARE(server.requests().size(), 6);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(server.requests().at(3 + i), server.requests().at(i));
    QVERIFY(server.requests().at(0).contains("If-None-Match: \"v1\"\r\n"));
    QVERIFY(server.requests().at(0).startsWith("GET /doc?q=a%20b HTTP/1.1\r\n"));
    QVERIFY(server.requests().at(1).contains("X-Tight: a\r\n"));
    QVERIFY(server.requests().at(2).startsWith("PUT /item?id=7 "));
}

void TestCliFiles::convertRoundTrip()
{
    const QByteArray curl
            = "curl 'http://h.test/items?x=1' -X PUT -H 'Content-Type: application/json' "
              "-H 'Authorization: Bearer s3cret' --data-raw $'{\"a\": \"it\\'s\"}'";
    ServedRun http = command({QStringLiteral("convert"),
                              QStringLiteral("--to"),
                              QStringLiteral("http"),
                              QStringLiteral("-")},
                             curl);
    QCOMPARE(http.exitCode, 0);
    QVERIFY2(http.out.contains("PUT http://h.test/items?x=1\n"), http.out.constData());
    ServedRun back = command({QStringLiteral("convert"),
                              QStringLiteral("--from"),
                              QStringLiteral("http"),
                              QStringLiteral("--to"),
                              QStringLiteral("curl")},
                             http.out);
    QCOMPARE(back.exitCode, 0);
    const CurlImport original = importCurlCommand(QString::fromUtf8(curl));
    const CurlImport again = importCurlCommand(QString::fromUtf8(back.out));
    QVERIFY2(again.ok, back.out.constData());
    QCOMPARE(again.command.requests.first().body, original.command.requests.first().body);
    QCOMPARE(again.command.requests.first().url, original.command.requests.first().url);
    QCOMPARE(again.command.requests.first().headers.size(), 2);

    ServedRun har = command({QStringLiteral("convert"),
                             QStringLiteral("--to"),
                             QStringLiteral("har"),
                             QStringLiteral("-")},
                            curl);
    QCOMPARE(har.exitCode, 0);
    QVERIFY(!har.out.contains("s3cret"));
    QVERIFY(har.out.contains("Bearer [masked]"));
    har = command({QStringLiteral("convert"),
                   QStringLiteral("--to"),
                   QStringLiteral("har"),
                   QStringLiteral("--keep-secrets"),
                   QStringLiteral("-")},
                  curl);
    QVERIFY(har.out.contains("Bearer s3cret"));
    ServedRun python = command({QStringLiteral("convert"),
                                QStringLiteral("--from"),
                                QStringLiteral("har"),
                                QStringLiteral("--to"),
                                QStringLiteral("urllib")},
                               har.out);
    QCOMPARE(python.exitCode, 0);
    QVERIFY(python.out.contains("HTTPError"));
    QCOMPARE(command({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("cobol")},
                     curl)
                     .exitCode,
             2);
    QCOMPARE(command({QStringLiteral("convert"),
                      QStringLiteral("--to"),
                      QStringLiteral("curl"),
                      QStringLiteral("-")},
                     "curl 'unclosed")
                     .exitCode,
             2);
}

void TestCliFiles::replayHarEntry()
{
    const QString har = m_dir.filePath(QStringLiteral("recorded.har"));
    QCOMPARE(cli({QStringLiteral("-s"),
                  QStringLiteral("-o"),
                  QStringLiteral("/dev/null"),
                  QStringLiteral("--har"),
                  har,
                  QStringLiteral("-H"),
                  QStringLiteral("X-Recorded: yes"),
                  m_nginx.url(QStringLiteral("/index.html")),
                  m_nginx.url(QStringLiteral("/missing"))})
                     .exitCode,
             0);
    ServedRun result = cli({QStringLiteral("--har-in"),
                            har,
                            QStringLiteral("--entry"),
                            QStringLiteral("2"),
                            QStringLiteral("-v"),
                            QStringLiteral("-o"),
                            QStringLiteral("/dev/null")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("> GET /missing HTTP/1.1"), result.err.constData());
    QVERIFY2(result.err.contains("> X-Recorded: yes"), result.err.constData());
    QVERIFY2(result.err.contains("< HTTP/1.1 404"), result.err.constData());
    // More than one entry and no --entry: the choice is asked for.
    result = cli({QStringLiteral("--har-in"), har});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--entry"), result.err.constData());
    QCOMPARE(cli({QStringLiteral("--har-in"), har, QStringLiteral("--entry"), QStringLiteral("9")})
                     .exitCode,
             2);
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("broken.har")), "{\"log\": "));
    QCOMPARE(cli({QStringLiteral("--har-in"), m_dir.filePath(QStringLiteral("broken.har"))}).exitCode,
             26);
}

// An .http file that reads a file outside its folder (or a system file) sends nothing: exit 2
// and a sentence naming the file, until --allow-file names it. Inside the folder, ".." that
// stays inside included, it is read as before; a curl command read from a file likewise.
void TestCliFiles::filesOutsideTheFolderAreRefused()
{
    Practice::PracticeServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QSignalSpy served(&server, &Practice::PracticeServer::requestServed);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("project/sub")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("private")));
    const QString outside = m_dir.filePath(QStringLiteral("private/token.txt"));
    QVERIFY(writeFile(outside, "secret-token-42"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("project/sub/body.txt")), "inside-body"));
    const QString file = m_dir.filePath(QStringLiteral("project/upload.http"));
    const QByteArray post = "POST " + server.url(QStringLiteral("/anything")).toUtf8()
                            + "\nContent-Type: text/plain\n\n";
    QVERIFY(writeFile(file,
                      "### outside\n" + post + "< ../private/token.txt\n\n### inside\n" + post
                              + "< sub/../sub/body.txt\n"));
    const QString canonical = QFileInfo(outside).canonicalFilePath();
    ServedRun run = command({QStringLiteral("run"), file, QStringLiteral("-s")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(canonical.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("--allow-file"), run.err.constData());
    QVERIFY(!run.out.contains("secret-token-42"));
    QCOMPARE(served.count(), 0); // nothing sent, not even the request inside
    run = command({QStringLiteral("run"),
                   file,
                   QStringLiteral("--name"),
                   QStringLiteral("inside"),
                   QStringLiteral("-s")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("inside-body"), run.out.constData());
    run = command({QStringLiteral("run"),
                   file,
                   QStringLiteral("--allow-file"),
                   outside,
                   QStringLiteral("-s")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("secret-token-42"), run.out.constData());
    QCOMPARE(command({QStringLiteral("run"),
                      file,
                      QStringLiteral("--allow-files-outside"),
                      QStringLiteral("-s")})
                     .exitCode,
             0);
    // What it sent says where the body came from: -v, and the HAR's _bodyFile.
    const QString har = m_dir.filePath(QStringLiteral("upload.har"));
    run = command({QStringLiteral("run"),
                   file,
                   QStringLiteral("--name"),
                   QStringLiteral("outside"),
                   QStringLiteral("--allow-file"),
                   outside,
                   QStringLiteral("-v"),
                   QStringLiteral("--har"),
                   har,
                   QStringLiteral("-o"),
                   QStringLiteral("/dev/null")});
    QCOMPARE(run.exitCode, 0);
    const QByteArray said = "* The request body is read from " + canonical.toUtf8() + " (15 bytes)";
    QVERIFY2(run.err.contains(said), run.err.constData());
    QFile harFile(har);
    QVERIFY(harFile.open(QIODevice::ReadOnly));
    const QJsonObject postData = QJsonDocument::fromJson(harFile.readAll())
                                         .object()
                                         .value(QStringLiteral("log"))
                                         .toObject()
                                         .value(QStringLiteral("entries"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("request"))
                                         .toObject()
                                         .value(QStringLiteral("postData"))
                                         .toObject();
    QCOMPARE(postData.value(QStringLiteral("_bodyFile")).toString(), canonical);
    // convert to curl or .http refers to the file instead of reading it; --inline-files reads
    // it, under the same rule.
    run = command({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("curl"), file});
    QCOMPARE(run.exitCode, 0);
    const QByteArray reference
            = "--data-binary @"
              + QDir::cleanPath(m_dir.filePath(QStringLiteral("private/token.txt"))).toUtf8();
    QVERIFY2(run.out.contains(reference), run.out.constData());
    QVERIFY(!run.out.contains("secret-token-42"));
    run = command({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("http"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("< ../private/token.txt"), run.out.constData());
    QVERIFY(!run.out.contains("secret-token-42"));
    QCOMPARE(command({QStringLiteral("convert"),
                      QStringLiteral("--to"),
                      QStringLiteral("curl"),
                      QStringLiteral("--inline-files"),
                      file})
                     .exitCode,
             2);
    run = command({QStringLiteral("convert"),
                   QStringLiteral("--to"),
                   QStringLiteral("python"),
                   QStringLiteral("--allow-file"),
                   outside,
                   file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("secret-token-42")); // code has no reference: read, as allowed
    // A system file is not opened by --allow-files-outside.
    QVERIFY(writeFile(file, post + "< /proc/self/environ\n"));
    run = command({QStringLiteral("run"), file, QStringLiteral("--allow-files-outside")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("/proc/self/environ (that is /proc/"), run.err.constData());
    // convert reads the same way; a curl command in a file reads under the current directory
    // (the test's folder), and not beyond it.
    QTemporaryDir away;
    const QString far = away.filePath(QStringLiteral("far.txt"));
    QVERIFY(writeFile(far, "far-away"));
    const QString curl = m_dir.filePath(QStringLiteral("project/command.sh"));
    QVERIFY(writeFile(curl, "curl -d @" + far.toUtf8() + " http://h.test/\n"));
    run = command({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("http"), curl});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QFileInfo(far).canonicalFilePath().toUtf8()), run.err.constData());
    run = command({QStringLiteral("convert"),
                   QStringLiteral("--to"),
                   QStringLiteral("http"),
                   QStringLiteral("--allow-file"),
                   far,
                   curl});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("far-away"), run.out.constData());
    QVERIFY(writeFile(curl, "curl -d @" + outside.toUtf8() + " http://h.test/\n"));
    QCOMPARE(command({QStringLiteral("convert"),
                      QStringLiteral("--to"),
                      QStringLiteral("http"),
                      curl})
                     .exitCode,
             0);
    // The person's own command line is their choice: send -d @file reads it.
    run = cli({QStringLiteral("-s"),
               QStringLiteral("-d"),
               QStringLiteral("@") + outside,
               server.url(QStringLiteral("/anything"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("secret-token-42"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliFiles)
// Without -Z the URLs go one after another, the next already prepared while the last runs: it
// still leaves only once the last has ended, with the cookies that one set in the jar.
void TestCliFiles::urlsOneAfterAnotherShareTheJar()
{
    Practice::PracticeServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const QString jar = m_dir.filePath(QStringLiteral("sequence-jar.txt"));
    QVERIFY(writeFile(jar, QByteArray()));
    QStringList arguments{QStringLiteral("-s"),
                          QStringLiteral("-c"),
                          jar,
                          QStringLiteral("-b"),
                          jar,
                          server.url(QStringLiteral("/cookies/set?first=1")),
                          server.url(QStringLiteral("/cookies/set?second=2")),
                          server.url(QStringLiteral("/cookies"))};
    const ServedRun run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    const QByteArray shown = run.out.mid(run.out.lastIndexOf("{\n    \"cookies\""));
    QVERIFY2(shown.contains("\"first\": \"1\"") && shown.contains("\"second\": \"2\""),
             run.out.constData());
}

#include "tst_clifiles.moc"
