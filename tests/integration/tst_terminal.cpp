// Bytes from a hostile server or file reach the terminal shown, never obeyed: in the report, the
// -v trace, -f, explain --har and check, a bare CR or an escape sequence is printed as \r or
// \x1b, while -s and -v still write the body's own bytes to standard output.

#include "childprocess.h"
#include "scriptedserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A head whose second field hides behind a bare CR, a reason phrase with an escape sequence,
// and a text body whose escape sequence sits in its last bytes.
const QByteArray kHostile = "HTTP/1.1 404 Gone\x1b[2J\r\n"
                            "X-A: one\rX-Spoof: two\r\n"
                            "Content-Type: text/plain\r\n"
                            "Content-Length: 13\r\n\r\n"
                            "hello \x1b]0;x\x07!";

// Where a terminal would obey: ESC, a CR not followed by LF, BEL, the C1 CSI.
QString firstDanger(const QByteArray &out)
{
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char c = out.at(i);
        const char next = i + 1 < out.size() ? out.at(i + 1) : '\0';
        if (c == '\x1b' || c == '\x07' || (c == '\r' && next != '\n')
            || (c == '\xc2' && next == '\x9b'))
            return QStringLiteral("byte %1 at %2 in: %3")
                    .arg(int(static_cast<unsigned char>(c)))
                    .arg(i)
                    .arg(QString::fromLatin1(out.toPercentEncoding(" \n:/[]")));
    }
    return {};
}

} // namespace

class TestTerminal : public QObject
{
    Q_OBJECT

private slots:
    void sendPaths_data();
    void sendPaths();
    void silentBodyIsUnchanged();
    void explainHar();
    void checkLines();
};

void TestTerminal::sendPaths_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("report") << QStringList();
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")};
    QTest::newRow("-f") << QStringList{QStringLiteral("-f")};
    QTest::newRow("-v -o") << QStringList{QStringLiteral("-v"),
                                          QStringLiteral("-o"),
                                          QStringLiteral("/dev/null")};
}

void TestTerminal::sendPaths()
{
    QFETCH(QStringList, options);
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({kHostile, 0, true});
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             QStringList{QStringLiteral("send")} + options
                                                     + QStringList{
                                                             server.url(QStringLiteral("/x"))});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 22, qPrintable(QString::number(run.exitCode)));
    // With -v, as with curl -v, standard output is the body itself, for a pipe or a file; the
    // trace on standard error is what is shown.
    if (options == QStringList{QStringLiteral("-v")})
        QCOMPARE(run.out, QByteArray("hello \x1b]0;x\x07!"));
    else
        QVERIFY2(firstDanger(run.out).isEmpty(), qPrintable(firstDanger(run.out)));
    QVERIFY2(firstDanger(run.err).isEmpty(), qPrintable(firstDanger(run.err)));
    // Shown, not dropped: the reader sees that the bytes were there.
    const QByteArray all = run.out + run.err;
    QVERIFY2(all.contains("\\x1b"), all.constData());
    if (options.isEmpty() || options.contains(QStringLiteral("-v")))
        QVERIFY2(all.contains("X-A: one\\rX-Spoof: two"), all.constData());
}

// -s is the body for a pipe or a file: its bytes, exactly.
void TestTerminal::silentBodyIsUnchanged()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({kHostile, 0, true});
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             {QStringLiteral("send"),
                                              QStringLiteral("-s"),
                                              server.url(QStringLiteral("/x"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("hello \x1b]0;x\x07!"));
}

// A HAR file is untrusted input too: its URLs and reasons are shown safely.
void TestTerminal::explainHar()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"log": {"version": "1.2", "creator": {"name": "x", "version": "1"},
        "entries": [{"startedDateTime": "2026-01-01T00:00:00Z", "time": 1,
        "request": {"method": "GET", "url": "http://a.test/\u001b[31mred", "httpVersion": "HTTP/1.1",
                    "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "OK\r\u001b[2K", "httpVersion": "HTTP/1.1",
                     "headers": [], "cookies": [], "content": {"size": 0, "mimeType": "text/plain"},
                     "redirectURL": "", "headersSize": -1, "bodySize": 0},
        "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}}]}})");
    file.close();
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             {QStringLiteral("explain"),
                                              QStringLiteral("--har"),
                                              path,
                                              QStringLiteral("--lang"),
                                              QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Entry 1: GET http://a.test/"), run.out.constData());
    QVERIFY2(firstDanger(run.out).isEmpty(), qPrintable(firstDanger(run.out)));
    QVERIFY2(firstDanger(run.err).isEmpty(), qPrintable(firstDanger(run.err)));
}

// check's lines carry the server's and the list's words: shown safely too.
void TestTerminal::checkLines()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({kHostile, 0, true});
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             {QStringLiteral("check"), QStringLiteral("-")},
                                             server.url(QStringLiteral("/x")).toUtf8() + '\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("404\tgone\t"), run.out.constData());
    QVERIFY2(firstDanger(run.out).isEmpty(), qPrintable(firstDanger(run.out)));
    QVERIFY2(firstDanger(run.err).isEmpty(), qPrintable(firstDanger(run.err)));
}

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
