// The capture proxy with real clients: curl, wget, Python (urllib, requests, aiohttp), Node and
// httplens-cli itself send HTTP and HTTPS through it, with the environment `capture --` gives a
// program, to a server the test starts. Three records must agree: what the client sent (the
// capture's client leg), what the proxy forwarded (the exchange's hop) and what the server
// received (its own recording), the only differences being the ones a proxy must make.
#include "capture/capturesession.h"
#include "capture/forwarding.h"
#include "http/engine.h"
#include "model/proxying.h"
#include "scriptedserver.h"

#include <QDir>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;
using namespace HttpLens::Capture;

namespace {

const QByteArray kBody = "hello client";
const QByteArray kResponse = "HTTP/1.1 200 OK\r\nContent-Length: 12\r\nX-Server: yes\r\n\r\n"
                             + kBody;

QString python()
{
    // Debian's Python, where python3-requests and python3-aiohttp are installed.
    return QFile::exists(QStringLiteral("/usr/bin/python3"))
                   ? QStringLiteral("/usr/bin/python3")
                   : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

bool pythonHas(const QString &module)
{
    QProcess probe;
    probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import ") + module});
    return probe.waitForFinished(20000) && probe.exitCode() == 0;
}

// Node 20 reads no proxy variable: the script does what a proxy-aware agent does, an
// absolute-form request for http and CONNECT then TLS for https, with Node's own trust store
// plus NODE_EXTRA_CA_CERTS.
const char *const kNodeClient = R"JS(
const http = require('http'), https = require('https'), tls = require('tls');
const url = new URL(process.argv[1]);
const proxy = new URL(url.protocol === 'https:' ? process.env.HTTPS_PROXY : process.env.HTTP_PROXY);
const print = (res) => { let b = ''; res.on('data', (d) => b += d); res.on('end', () => console.log(b)); };
if (url.protocol === 'http:') {
  http.request({host: proxy.hostname, port: proxy.port, path: url.href,
                headers: {Host: url.host, 'X-Test': 'node'}}, print).end();
} else {
  http.request({host: proxy.hostname, port: proxy.port, method: 'CONNECT',
                path: url.hostname + ':' + url.port}).on('connect', (res, socket) => {
    const secure = tls.connect({socket, servername: url.hostname}, () => {
      https.request({createConnection: () => secure, host: url.hostname, port: url.port,
                     path: url.pathname + url.search, headers: {'X-Test': 'node'}}, print).end();
    });
  }).end();
}
)JS";

const char *const kAiohttpClient = R"PY(
import asyncio, sys, aiohttp
async def main():
    async with aiohttp.ClientSession(trust_env=True) as s:
        async with s.get(sys.argv[1], headers={'X-Test': 'aiohttp'}) as r:
            print(await r.text())
asyncio.run(main())
)PY";

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clients_data();
    void clients();
    void captureRunsACommand();

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestCapture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The origin's own self-signed certificate (the proxy is told -k, as for a local nginx).
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   m_dir.filePath(QStringLiteral("origin.key")),
                   QStringLiteral("-out"),
                   m_dir.filePath(QStringLiteral("origin.pem")),
                   QStringLiteral("-days"),
                   QStringLiteral("2"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile cert(m_dir.filePath(QStringLiteral("origin.pem")));
    QFile key(m_dir.filePath(QStringLiteral("origin.key")));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(cert.readAll());
    m_key = QSslKey(key.readAll(), QSsl::Rsa);
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

void TestCapture::clients_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments"); // {url}: the server's URL; {proxy}: the proxy's
    QTest::addColumn<bool>("https");
    QTest::addColumn<QString>("process"); // the name /proc gives the client

    const QStringList curl{QStringLiteral("-s"),
                           QStringLiteral("-H"),
                           QStringLiteral("X-Test: a  b"),
                           QStringLiteral("{url}")};
    QTest::newRow("curl http") << "curl" << curl << false << "curl";
    QTest::newRow("curl https") << "curl" << curl << true << "curl";
    QTest::newRow("curl POST") << "curl"
                               << QStringList{QStringLiteral("-s"),
                                              QStringLiteral("-d"),
                                              QStringLiteral("a=1&b=2"),
                                              QStringLiteral("{url}")}
                               << false << "curl";
    const QStringList wget{QStringLiteral("-q"),
                           QStringLiteral("-O"),
                           QStringLiteral("-"),
                           QStringLiteral("--header=X-Test: wget"),
                           QStringLiteral("{url}")};
    QTest::newRow("wget http") << "wget" << wget << false << "wget";
    QTest::newRow("wget https") << "wget" << wget << true << "wget";
    const QStringList urllib{QStringLiteral("-c"),
                             QStringLiteral("import sys, urllib.request as u; "
                                            "r = u.Request(sys.argv[1], headers={'X-Test': 'u'}); "
                                            "print(u.urlopen(r).read().decode())"),
                             QStringLiteral("{url}")};
    QTest::newRow("Python urllib http") << python() << urllib << false << "python3";
    QTest::newRow("Python urllib https") << python() << urllib << true << "python3";
    const QStringList requests{QStringLiteral("-c"),
                               QStringLiteral(
                                       "import sys, requests; "
                                       "print(requests.post(sys.argv[1], json={'k': [1, 2]}, "
                                       "headers={'X-Test': 'r'}).text)"),
                               QStringLiteral("{url}")};
    QTest::newRow("Python requests http") << python() << requests << false << "python3";
    QTest::newRow("Python requests https") << python() << requests << true << "python3";
    const QStringList aiohttp{QStringLiteral("-c"),
                              QString::fromLatin1(kAiohttpClient),
                              QStringLiteral("{url}")};
    QTest::newRow("aiohttp http") << python() << aiohttp << false << "python3";
    QTest::newRow("aiohttp https") << python() << aiohttp << true << "python3";
    const QStringList node{QStringLiteral("-e"),
                           QString::fromLatin1(kNodeClient),
                           QStringLiteral("{url}")};
    QTest::newRow("Node http") << "node" << node << false << "node";
    QTest::newRow("Node https") << "node" << node << true << "node";
    const QStringList send{QStringLiteral("send"),
                           QStringLiteral("-s"),
                           QStringLiteral("-x"),
                           QStringLiteral("{proxy}"),
                           QStringLiteral("-H"),
                           QStringLiteral("X-Test: lens"),
                           QStringLiteral("{url}")};
    QTest::newRow("httplens-cli send http")
            << QStringLiteral(HTTPLENS_CLI_PATH) << send << false << "httplens-cli";
    QTest::newRow("httplens-cli send https")
            << QStringLiteral(HTTPLENS_CLI_PATH) << (QStringList{QStringLiteral("-k")} + send)
            << true << "httplens-cli";
}

void TestCapture::clients()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(bool, https);
    QFETCH(QString, process);
    if (!program.startsWith(u'/'))
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty())
        QSKIP("the client is not installed");
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag.startsWith(QLatin1String("aiohttp")) && !pythonHas(QStringLiteral("aiohttp")))
        QSKIP("aiohttp is not installed (python3-aiohttp)");
    if (tag.contains(QLatin1String("requests")) && !pythonHas(QStringLiteral("requests")))
        QSKIP("requests is not installed (python3-requests)");
    if (arguments.first() == QLatin1String("-k")) // httplens-cli send -k: options after "send"
        arguments = QStringList{arguments.at(1), arguments.at(0)} + arguments.mid(2);

    ScriptedServer server;
    QVERIFY(https ? server.listenTls(m_certificate, m_key) : server.listen());
    server.addStep({kResponse, 0, false});
    Engine engine;
    CaptureSession session(&engine);
    ProxyOptions options;
    options.port = 0;
    options.insecure = true; // the origin's certificate is self-signed
    QVERIFY2(session.start(options, m_dir.filePath(QStringLiteral("data"))),
             qPrintable(session.errorString()));
    QList<Exchange> captured;
    connect(&session, &CaptureSession::captured, this, [&](const Exchange &e) {
        captured.append(e);
    });

    QString url = server.url(QStringLiteral("/path/a%20b?q=1&r=%C3%A9"));
    if (https)
        url.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    arguments.replaceInStrings(QStringLiteral("{url}"), url);
    arguments.replaceInStrings(QStringLiteral("{proxy}"), session.proxyUrl());
    QProcess client;
    client.setProcessEnvironment(session.environmentFor(QProcessEnvironment::systemEnvironment()));
    client.start(program, arguments);
    QVERIFY(client.waitForStarted());
    session.setLikelyClients(client.processId());
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 30000);
    const QByteArray out = client.readAllStandardOutput();
    QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
    QVERIFY2(out.contains(kBody), out.constData());
    QTRY_COMPARE_WITH_TIMEOUT(captured.size(), 1, 5000);

    const Exchange &exchange = captured.first();
    QCOMPARE(exchange.status(), 200);
    QCOMPARE(exchange.capture.processName, process);
    QCOMPARE(int(exchange.capture.mode),
             int(https ? CaptureInfo::Mode::Intercepted : CaptureInfo::Mode::Forward));
    QCOMPARE(server.requests().size(), 1);
    const Hop &hop = exchange.hops.first();
    // What the server received is what the proxy says it forwarded, byte for byte...
    QCOMPARE(server.requests().first(), hop.request.raw + hop.requestBody);
    // ...and that is what the client sent, less what only the connection to the proxy meant.
    QCOMPARE(hop.request.raw, proxiedRequestHead(exchange.capture.clientRequest));
    QCOMPARE(hop.requestBody, exchange.capture.clientRequestBody);
    QVERIFY(exchange.capture.clientResponse.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(exchange.capture.clientResponse.contains("\r\nX-Server: yes\r\n"));
    QCOMPARE(exchange.capture.clientResponseBodyBytes, kBody.size());
    QCOMPARE(exchange.body.read(), kBody);
    QCOMPARE(exchange.request.url, url);
    if (https) {
        QVERIFY(exchange.capture.clientTlsProtocol.startsWith("TLSv1."));
        QCOMPARE(exchange.tls.used, true);
    }
}

// The command line as a person uses it: the command's exit code, a JSON line per exchange and
// the exchange in the history journal.
void TestCapture::captureRunsACommand()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({kResponse, 0, false});
    const QString data = m_dir.filePath(QStringLiteral("cli"));
    QProcess capture;
    capture.start(QStringLiteral(HTTPLENS_CLI_PATH),
                  {QStringLiteral("capture"),
                   QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("--json"),
                   QStringLiteral("--data-dir"),
                   data,
                   QStringLiteral("--"),
                   curl,
                   QStringLiteral("-s"),
                   QStringLiteral("-f"),
                   server.url(QStringLiteral("/missing"))});
    QTRY_VERIFY_WITH_TIMEOUT(capture.state() == QProcess::NotRunning, 30000);
    // The scripted server answers 200; ask for a 404 below to see the exit code pass through.
    QCOMPARE(capture.exitCode(), 0);
    QCOMPARE(capture.readAllStandardOutput(), kBody);
    const QByteArray lines = capture.readAllStandardError();
    QVERIFY2(lines.contains("\"process\":\"curl\""), lines.constData());
    QVERIFY2(lines.contains("\"status\":200"), lines.constData());
    QFile journal(QDir(data).filePath(QStringLiteral("history.jsonl")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QCOMPARE(journal.readAll().count('\n'), 1);

    ScriptedServer missing;
    QVERIFY(missing.listen());
    missing.addStep({"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", 0, false});
    capture.start(QStringLiteral(HTTPLENS_CLI_PATH),
                  {QStringLiteral("capture"),
                   QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("-q"),
                   QStringLiteral("--data-dir"),
                   data,
                   QStringLiteral("--"),
                   curl,
                   QStringLiteral("-s"),
                   QStringLiteral("-f"),
                   missing.url(QStringLiteral("/missing"))});
    QTRY_VERIFY_WITH_TIMEOUT(capture.state() == QProcess::NotRunning, 30000);
    QCOMPARE(capture.exitCode(), 22); // curl -f on a 404
    QVERIFY(capture.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
