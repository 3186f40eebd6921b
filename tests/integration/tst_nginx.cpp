#include "childprocess.h"
#include "http/engine.h"
#include "interop/curloptions.h"
#include "interop/har.h"
#include "knowledge/findings.h"
#include "model/httpdate.h"
#include "nginxserver.h"
#include "practice/practiceserver.h"
#include "transferwait.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <curl/curl.h>

#include <sys/resource.h>

using namespace HttpLens;

// The engine against a real nginx that the test starts on loopback, with requests built from
// curl-style arguments exactly as `httplens-cli send` builds them.
class TestNginx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ok200();
    void notModifiedByEtag();
    void notModifiedByDate();
    void changedDocumentIs200Again();
    void notFound();
    void head();
    void redirectChain();
    void redirectLimit();
    void postBecomesGetAfter303();
    void gzip();
    void gzipNotDecodedWithoutCompressed();
    void tls();
    void tlsVerificationFails();
    void http2();
    void resolveOverride();
    void connectionReuse();
    void largeBodyStreamsOut();
    void downloadLimit();

private:
    Exchange send(const QStringList &arguments);

    NginxServer m_nginx;
    Engine m_engine;
    QTemporaryDir m_dir;
};

Exchange TestNginx::send(const QStringList &arguments)
{
    const CurlParseResult parsed = parseCurlArguments(arguments);
    if (!parsed.ok) {
        qWarning("%s", qPrintable(parsed.error));
        return {};
    }
    Transfer *transfer = m_engine.send(parsed.command.requests.first());
    if (!waitFinished(transfer, 15000))
        qWarning("transfer did not finish");
    return transfer->exchange();
}

void TestNginx::initTestCase()
{
    QVERIFY2(m_nginx.start(true), qPrintable(m_nginx.errorString()));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir::setCurrent(m_dir.path()));
}

void TestNginx::cleanupTestCase()
{
    m_nginx.stop();
}

void TestNginx::ok200()
{
    const Exchange exchange = send({m_nginx.url(QStringLiteral("/index.html"))});
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QCOMPARE(exchange.status(), 200);
    const Hop *hop = exchange.finalHop();
    QVERIFY(hop->response.raw.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(hop->response.raw.endsWith("\r\n\r\n"));
    QVERIFY(!headerValue(hop->response.headers, "ETag").isEmpty());
    QVERIFY(!headerValue(hop->response.headers, "Last-Modified").isEmpty());
    QVERIFY(exchange.body.read().contains("Hello from nginx"));
    QCOMPARE(hop->request.raw,
             QByteArray("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:"
                        + QByteArray::number(m_nginx.port()) + "\r\nAccept: */*\r\n\r\n"));
    QCOMPARE(exchange.connection.remoteAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(exchange.connection.remotePort, int(m_nginx.port()));
    QVERIFY(exchange.connection.localPort > 0);
    QCOMPARE(exchange.connection.httpVersion, QByteArray("HTTP/1.1"));
    QVERIFY(!exchange.tls.used);
    QVERIFY(exchange.timings.totalUs > 0);
}

void TestNginx::notModifiedByEtag()
{
    const QString url = m_nginx.url(QStringLiteral("/index.html"));
    const Exchange first = send({QStringLiteral("--etag-save"), QStringLiteral("etag.txt"), url});
    QCOMPARE(first.status(), 200);
    const QByteArray etag = headerValue(first.finalHop()->response.headers, "ETag");
    QFile file(QStringLiteral("etag.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(etag + '\n');
    file.close();

    const Exchange second = send(
            {QStringLiteral("--etag-compare"), QStringLiteral("etag.txt"), url});
    QCOMPARE(second.status(), 304);
    QVERIFY(!second.error.isError());
    QVERIFY(second.finalHop()->request.raw.contains(QByteArray("If-None-Match: " + etag + "\r\n")));
    QCOMPARE(second.body.size(), 0);
    QCOMPARE(headerValue(second.finalHop()->response.headers, "ETag"), etag);
}

void TestNginx::notModifiedByDate()
{
    const QString url = m_nginx.url(QStringLiteral("/index.html"));
    const Exchange first = send({url});
    const QByteArray lastModified = headerValue(first.finalHop()->response.headers, "Last-Modified");
    QVERIFY(!lastModified.isEmpty());
    const Exchange second = send({QStringLiteral("-z"), QString::fromLatin1(lastModified), url});
    QCOMPARE(second.status(), 304);
    // libcurl writes the header from the date; the raw view shows it.
    QVERIFY(second.finalHop()->request.raw.contains(
            QByteArray("If-Modified-Since: " + lastModified + "\r\n")));
    // A date far in the past: the document is newer, so it comes in full.
    const Exchange old = send(
            {QStringLiteral("-z"), QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT"), url});
    QCOMPARE(old.status(), 200);

    // An hour after Last-Modified: nginx compares exactly by default and answers 200. What the
    // server sent is recorded, the whole body included, and a finding says why it is no 304.
    const QByteArray later = formatHttpDate(parseHttpDate(lastModified).addSecs(3600));
    const Exchange inexact = send({QStringLiteral("-z"), QString::fromLatin1(later), url});
    QCOMPARE(inexact.status(), 200);
    QVERIFY(!inexact.error.isError());
    QCOMPARE(inexact.body.read(), first.body.read());
    QCOMPARE(inexact.finalHop()->bodyWireBytes,
             headerValue(inexact.finalHop()->response.headers, "Content-Length").toLongLong());
    QStringList ids;
    for (const Finding &finding : findingsFor(inexact))
        ids.append(QString::fromLatin1(finding.id));
    QVERIFY2(ids.contains(QStringLiteral("date-not-exact")), qPrintable(ids.join(u' ')));
    QVERIFY2(!ids.contains(QStringLiteral("length-mismatch")), qPrintable(ids.join(u' ')));
}

void TestNginx::changedDocumentIs200Again()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-100);
    QVERIFY(m_nginx.writeFile(QStringLiteral("doc.txt"), "version one of the document\n", t0));
    const QString url = m_nginx.url(QStringLiteral("/doc.txt"));
    const Exchange first = send({url});
    QCOMPARE(first.status(), 200);
    const QByteArray etag = headerValue(first.finalHop()->response.headers, "ETag");
    const QStringList conditional{QStringLiteral("-H"),
                                  QStringLiteral("If-None-Match: ") + QString::fromLatin1(etag),
                                  url};
    QCOMPARE(send(conditional).status(), 304);

    QVERIFY(m_nginx.writeFile(QStringLiteral("doc.txt"),
                              "version two, a little longer\n",
                              t0.addSecs(50)));
    const Exchange changed = send(conditional);
    QCOMPARE(changed.status(), 200);
    QVERIFY(headerValue(changed.finalHop()->response.headers, "ETag") != etag);
    QCOMPARE(changed.body.read(), QByteArray("version two, a little longer\n"));
}

void TestNginx::notFound()
{
    const Exchange exchange = send({m_nginx.url(QStringLiteral("/missing"))});
    QVERIFY(!exchange.error.isError());
    QCOMPARE(exchange.status(), 404);
    QVERIFY(exchange.body.size() > 0);
}

void TestNginx::head()
{
    const Exchange exchange = send(
            {QStringLiteral("-I"), m_nginx.url(QStringLiteral("/index.html"))});
    QCOMPARE(exchange.status(), 200);
    QVERIFY(exchange.finalHop()->request.raw.startsWith("HEAD /index.html HTTP/1.1\r\n"));
    QVERIFY(headerValue(exchange.finalHop()->response.headers, "Content-Length").toInt() > 0);
    QCOMPARE(exchange.body.size(), 0);
}

void TestNginx::redirectChain()
{
    const Exchange exchange = send(
            {QStringLiteral("-L"), m_nginx.url(QStringLiteral("/redirect/1"))});
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QCOMPARE(exchange.hops.size(), 3);
    const QList<int> statuses{exchange.hops.at(0).response.status,
                              exchange.hops.at(1).response.status,
                              exchange.hops.at(2).response.status};
    QCOMPARE(statuses, (QList<int>{301, 302, 200}));
    QVERIFY(exchange.hops.at(0).request.raw.startsWith("GET /redirect/1 HTTP/1.1\r\n"));
    QVERIFY(exchange.hops.at(1).request.raw.startsWith("GET /redirect/2 HTTP/1.1\r\n"));
    QVERIFY(exchange.hops.at(2).request.raw.startsWith("GET /index.html HTTP/1.1\r\n"));
    QCOMPARE(exchange.hops.at(1).url, m_nginx.url(QStringLiteral("/redirect/2")));
    QVERIFY(exchange.timings.redirectUs > 0);

    const QList<QJsonObject> entries = harEntries(exchange);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0)
                     .value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("redirectURL"))
                     .toString(),
             m_nginx.url(QStringLiteral("/redirect/2")));
    for (const QJsonObject &entry : entries) {
        QVERIFY(entry.value(QStringLiteral("_rawRequest"))
                        .toString()
                        .startsWith(QStringLiteral("GET ")));
        QVERIFY(entry.value(QStringLiteral("_rawResponseHeaders"))
                        .toString()
                        .startsWith(QStringLiteral("HTTP/1.1 ")));
        QVERIFY(entry.value(QStringLiteral("time")).toDouble() >= 0);
    }
    // Without -L the first hop is the result.
    QCOMPARE(send({m_nginx.url(QStringLiteral("/redirect/1"))}).status(), 301);
}

void TestNginx::redirectLimit()
{
    const Exchange exchange = send({QStringLiteral("-L"),
                                    QStringLiteral("--max-redirs"),
                                    QStringLiteral("3"),
                                    m_nginx.url(QStringLiteral("/loop"))});
    QCOMPARE(exchange.error.curlCode, int(CURLE_TOO_MANY_REDIRECTS));
    QCOMPARE(exchange.hops.size(), 4);
    QVERIFY(exchange.error.hint.contains(QStringLiteral("loop")));
}

void TestNginx::postBecomesGetAfter303()
{
    const Exchange exchange = send({QStringLiteral("-L"),
                                    QStringLiteral("-d"),
                                    QStringLiteral("a=1"),
                                    m_nginx.url(QStringLiteral("/see-other"))});
    QCOMPARE(exchange.hops.size(), 2);
    QCOMPARE(exchange.hops.at(0).request.method, QByteArray("POST"));
    QCOMPARE(exchange.hops.at(0).requestBody, QByteArray("a=1"));
    QCOMPARE(exchange.hops.at(1).request.method, QByteArray("GET"));
    QVERIFY(exchange.hops.at(1).requestBody.isEmpty());
}

void TestNginx::gzip()
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "line " + QByteArray::number(i) + " of a very compressible text file\n";
    QVERIFY(m_nginx.writeFile(QStringLiteral("big.txt"), text));
    const Exchange exchange = send(
            {QStringLiteral("--compressed"), m_nginx.url(QStringLiteral("/big.txt"))});
    QCOMPARE(exchange.status(), 200);
    const Hop *hop = exchange.finalHop();
    QVERIFY(hop->request.raw.contains("Accept-Encoding: "));
    QCOMPARE(headerValue(hop->response.headers, "Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(exchange.body.read(), text);
    QCOMPARE(hop->bodyDecodedBytes, qint64(text.size()));
    QVERIFY2(hop->bodyWireBytes < text.size() / 5, qPrintable(QString::number(hop->bodyWireBytes)));
    const QJsonObject content = harEntries(exchange)
                                        .first()
                                        .value(QStringLiteral("response"))
                                        .toObject()
                                        .value(QStringLiteral("content"))
                                        .toObject();
    QCOMPARE(content.value(QStringLiteral("size")).toInteger(), qint64(text.size()));
    QVERIFY(content.value(QStringLiteral("compression")).toInteger() > 0);
}

void TestNginx::gzipNotDecodedWithoutCompressed()
{
    // Asking for gzip by hand without --compressed shows the bytes as they came.
    const Exchange exchange = send({QStringLiteral("-H"),
                                    QStringLiteral("Accept-Encoding: gzip"),
                                    m_nginx.url(QStringLiteral("/big.txt"))});
    QCOMPARE(exchange.status(), 200);
    QCOMPARE(headerValue(exchange.finalHop()->response.headers, "Content-Encoding"),
             QByteArray("gzip"));
    QVERIFY(exchange.body.read(2) == QByteArray("\x1f\x8b"));
}

void TestNginx::tls()
{
    const Exchange exchange = send({QStringLiteral("-k"),
                                    QStringLiteral("--http1.1"),
                                    m_nginx.tlsUrl(QStringLiteral("/index.html"))});
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QCOMPARE(exchange.status(), 200);
    QVERIFY(exchange.tls.used);
    QVERIFY2(exchange.tls.protocol.startsWith("TLSv1."), exchange.tls.protocol.constData());
    QVERIFY(!exchange.tls.cipher.isEmpty());
    QVERIFY(!exchange.tls.verificationEnabled);
    QVERIFY(exchange.tls.verifyResult != 0); // self-signed: known and reported, though not enforced
    QCOMPARE(exchange.tls.chain.size(), 1);
    QCOMPARE(exchange.tls.chain.first().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("localhost")});
    QVERIFY(exchange.timings.appConnectUs > exchange.timings.connectUs);
    QVERIFY(exchange.timings.tlsPhaseUs() > 0);
    const QJsonObject tlsJson = harEntries(exchange).first().value(QStringLiteral("_tls")).toObject();
    QCOMPARE(tlsJson.value(QStringLiteral("chain")).toArray().size(), 1);
    QVERIFY(tlsJson.value(QStringLiteral("chain"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("pem"))
                    .toString()
                    .startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
}

void TestNginx::tlsVerificationFails()
{
    const Exchange exchange = send({m_nginx.tlsUrl(QStringLiteral("/index.html"))});
    QCOMPARE(exchange.error.curlCode, int(CURLE_PEER_FAILED_VERIFICATION));
    QVERIFY(exchange.error.sentence.contains(QStringLiteral("localhost")));
    QVERIFY(exchange.error.hint.contains(QStringLiteral("-k")));
    QCOMPARE(exchange.status(), 0);
}

void TestNginx::http2()
{
    // A fresh engine: libcurl would otherwise reuse the HTTP/1.1 connection of tls().
    Engine engine;
    const CurlParseResult parsed = parseCurlArguments(
            {QStringLiteral("-k"),
             QStringLiteral("--http2"),
             m_nginx.tlsUrl(QStringLiteral("/index.html"))});
    QVERIFY(parsed.ok);
    Transfer *transfer = engine.send(parsed.command.requests.first());
    QSignalSpy spy(transfer, &Transfer::finished);
    QVERIFY(spy.wait(15000));
    const Exchange &exchange = transfer->exchange();
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QCOMPARE(exchange.connection.httpVersion, QByteArray("HTTP/2"));
    QCOMPARE(exchange.finalHop()->response.httpVersion, QByteArray("HTTP/2"));
    QCOMPARE(exchange.status(), 200);
    QCOMPARE(exchange.tls.alpn, QByteArray("h2"));
}

void TestNginx::resolveOverride()
{
    const QString url = QStringLiteral("http://lens.test:%1/index.html").arg(m_nginx.port());
    const Exchange exchange = send({QStringLiteral("--resolve"),
                                    QStringLiteral("lens.test:%1:127.0.0.1").arg(m_nginx.port()),
                                    url});
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QCOMPARE(exchange.status(), 200);
    QVERIFY(exchange.finalHop()->request.raw.contains("Host: lens.test:"));
}

void TestNginx::connectionReuse()
{
    const QString url = m_nginx.url(QStringLiteral("/index.html"));
    send({url});
    const Exchange second = send({url});
    QCOMPARE(second.status(), 200);
    QVERIFY(second.connection.reused);
    QVERIFY(second.log.contains("Re-using existing connection"));
}

// send -s and -v write a body as they read it: 256 MiB cost a few megabytes, not 256 (the
// command runs under sh, so its peak memory is that of this process's waited-for children).
void TestNginx::largeBodyStreamsOut()
{
    const qint64 size = 256LL * 1024 * 1024;
    {
        QFile file(m_nginx.documentRoot() + QStringLiteral("/large.bin"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size)); // sparse: zeros, written in no time
    }
    const QString sink = m_dir.filePath(QStringLiteral("large.out"));
    for (const char *mode : {"-s", "-v"}) {
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("'%1' send %2 '%3' > '%4' 2>/dev/null")
                             .arg(QStringLiteral(HTTPLENS_CLI_PATH),
                                  QLatin1String(mode),
                                  m_nginx.url(QStringLiteral("/large.bin")),
                                  sink)});
        QVERIFY(shell.waitForFinished(120000));
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(QFileInfo(sink).size(), size);
        struct rusage usage = {};
        QCOMPARE(::getrusage(RUSAGE_CHILDREN, &usage), 0);
        // ru_maxrss is in kilobytes: well under the body's 256 MiB. AddressSanitizer's shadow
        // memory and quarantine add their own hundred megabytes or so, but a buffered body
        // would still pass the limit.
#if defined(__SANITIZE_ADDRESS__)
        constexpr long kLimitKb = 200 * 1024;
#else
        constexpr long kLimitKb = 120 * 1024;
#endif
        QVERIFY2(usage.ru_maxrss < kLimitKb, qPrintable(QString::number(usage.ru_maxrss)));
    }
    QFile::remove(m_nginx.documentRoot() + QStringLiteral("/large.bin"));
}

// --max-filesize stops a body past the limit with curl's exit code 63, also when the limit is
// passed only while decoding (a gzip bomb whose Content-Length is small).
void TestNginx::downloadLimit()
{
    QVERIFY(m_nginx.writeFile(QStringLiteral("five-thousand.txt"), QByteArray(5000, 'x')));
    const QString url = m_nginx.url(QStringLiteral("/five-thousand.txt"));
    const QString cli = QStringLiteral(HTTPLENS_CLI_PATH);
    ServedRun run = runServedCapturing(cli,
                                       {QStringLiteral("send"),
                                        QStringLiteral("-sS"),
                                        QStringLiteral("--max-filesize"),
                                        QStringLiteral("1000"),
                                        url});
    QCOMPARE(run.exitCode, 63);
    QVERIFY2(run.err.contains("download limit"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    run = runServedCapturing(cli,
                             {QStringLiteral("send"),
                              QStringLiteral("-s"),
                              QStringLiteral("--max-filesize"),
                              QStringLiteral("10k"),
                              url});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.size(), 5000);

    Practice::PracticeServer practice;
    QVERIFY(practice.listen());
    QElapsedTimer clock;
    clock.start();
    run = runServedCapturing(cli,
                             {QStringLiteral("send"),
                              QStringLiteral("-sS"),
                              QStringLiteral("--compressed"),
                              QStringLiteral("--max-filesize"),
                              QStringLiteral("1M"),
                              practice.url(QStringLiteral("/fault/gzip-bomb"))});
    QCOMPARE(run.exitCode, 63);
    QVERIFY(run.out.size() <= 1024 * 1024);
    QVERIFY(clock.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
