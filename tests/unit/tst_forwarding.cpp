// The capture proxy's rules, without sockets: what a forwarded request keeps and drops, where
// it goes, how a response is framed and rewritten for the client, the CA's certificates as
// OpenSSL (and curl) judge them, and the record of a captured exchange in HAR.
#include "capture/capturesession.h"
#include "capture/certificateauthority.h"
#include "capture/clientprocess.h"
#include "capture/forwarding.h"
#include "http/engine.h"
#include "interop/har.h"
#include "interop/harreader.h"
#include "interop/secrets.h"
#include "practice/requestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <unistd.h>

using namespace HttpLens;
using namespace HttpLens::Capture;

namespace {

Practice::ParsedRequest parsed(const QByteArray &raw)
{
    Practice::RequestParser::Limits limits;
    limits.streamBody = true;
    Practice::RequestParser parser(limits);
    parser.feed(raw);
    return parser.head();
}

// The request line and header lines libcurl writes for the given lines, as curl -H would.
QByteArray sentFields(const QList<HeaderLine> &lines)
{
    QByteArray out;
    for (const HeaderLine &line : lines) {
        if (line.kind == HeaderLine::Kind::Set)
            out += line.name + line.separator + line.value + "\r\n";
        else if (line.kind == HeaderLine::Kind::Empty)
            out += line.name + ":\r\n";
    }
    return out;
}

X509 *readPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return cert;
}

} // namespace

class TestForwarding : public QObject
{
    Q_OBJECT

private slots:
    void forwardedFields_data();
    void forwardedFields();
    void targets_data();
    void targets();
    void framing_data();
    void framing();
    void clientHead_data();
    void clientHead();
    void certificatesVerify();
    void certificateNamesAreChecked_data();
    void certificateNamesAreChecked();
    void authorityIsKeptAndPrivate();
    void curlTrustsTheLeaf();
    void clientProcessIsFound();
    void captureSurvivesHar();
    void captureIsMasked();
    void environmentForPrograms();
};

void TestForwarding::forwardedFields_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("expected"); // the fields libcurl is asked to write, in order

    QTest::newRow("order, case and spacing kept")
            << QByteArray("GET http://a/ HTTP/1.1\r\nuser-agent: x\r\nHOST: a\r\nX-Sp:  two\r\n"
                          "Accept: */*\r\n\r\n")
            << QByteArray("user-agent: x\r\nHOST: a\r\nX-Sp:  two\r\nAccept: */*\r\n");
    QTest::newRow("duplicates kept apart")
            << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\nX-D: 1\r\nx-d: 2\r\nAccept: a\r\n"
                          "Accept: b\r\n\r\n")
            << QByteArray("Host: a\r\nX-D: 1\r\nx-d: 2\r\nAccept: a\r\nAccept: b\r\n");
    QTest::newRow("hop-by-hop fields dropped")
            << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, X-Hop\r\n"
                          "Proxy-Connection: keep-alive\r\nKeep-Alive: 300\r\nTE: trailers\r\n"
                          "X-Hop: 1\r\nProxy-Authorization: Basic eDp5\r\nX-End: 2\r\n"
                          "Accept: */*\r\n\r\n")
            << QByteArray("Host: a\r\nX-End: 2\r\nAccept: */*\r\n");
    QTest::newRow("Upgrade dropped when not tunnelled")
            << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\nUpgrade: h2c\r\n"
                          "Connection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAA\r\n"
                          "Accept: */*\r\n\r\n")
            << QByteArray("Host: a\r\nAccept: */*\r\n");
    QTest::newRow("empty value sent empty")
            << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\nX-Empty:\r\nAccept: */*\r\n\r\n")
            << QByteArray("Host: a\r\nX-Empty:\r\nAccept: */*\r\n");
    QTest::newRow("nothing of libcurl's own added")
            << QByteArray("POST http://a/ HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n")
            << QByteArray("Host: a\r\nContent-Length: 3\r\n");
}

void TestForwarding::forwardedFields()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, expected);
    const QList<HeaderLine> lines = forwardedHeaderLines(head, false, {});
    QCOMPARE(sentFields(lines), expected);
    // Host, Accept and Expect of libcurl's own are kept out by a first empty line of the name,
    // so the client's own (if any) is the one written, where the client put it.
    QCOMPARE(lines.first().toCurlSyntax(), QByteArray("Host:"));
    const bool hasAccept = head.toLower().contains("\naccept:");
    bool acceptRemoved = false;
    for (const HeaderLine &line : lines)
        acceptRemoved = acceptRemoved || line.toCurlSyntax() == "Accept:";
    QCOMPARE(acceptRemoved, !hasAccept);
}

void TestForwarding::targets_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");

    QTest::newRow("absolute form")
            << QByteArray("GET http://h:81/a/../b?q=1 HTTP/1.1\r\nHost: h\r\n\r\n") << QString()
            << "http://h:81/" << QByteArray("/a/../b?q=1") << 0;
    QTest::newRow("absolute form, no path")
            << QByteArray("GET http://h?x HTTP/1.1\r\nHost: h\r\n\r\n") << QString()
            << "http://h:80/" << QByteArray("/?x") << 0;
    QTest::newRow("https absolute form")
            << QByteArray("GET https://h/p HTTP/1.1\r\nHost: h\r\n\r\n") << QString()
            << "https://h:443/" << QByteArray("/p") << 0;
    QTest::newRow("IPv6 authority")
            << QByteArray("GET http://[::1]:8080/p HTTP/1.1\r\nHost: x\r\n\r\n") << QString()
            << "http://[::1]:8080/" << QByteArray("/p") << 0;
    QTest::newRow("user information refused")
            << QByteArray("GET http://u:p@h/ HTTP/1.1\r\nHost: h\r\n\r\n") << QString() << QString()
            << QByteArray() << 400;
    QTest::newRow("origin form without --reverse refused")
            << QByteArray("GET /p HTTP/1.1\r\nHost: h\r\n\r\n") << QString() << QString()
            << QByteArray() << 400;
    QTest::newRow("reverse") << QByteArray("GET /p?q HTTP/1.1\r\nHost: h\r\n\r\n")
                             << "http://127.0.0.1:9000"
                             << "http://127.0.0.1:9000/" << QByteArray("/p?q") << 0;
    QTest::newRow("reverse with a path prefix")
            << QByteArray("GET /p HTTP/1.1\r\nHost: h\r\n\r\n") << "https://o.test/api/"
            << "https://o.test:443/" << QByteArray("/api/p") << 0;
}

void TestForwarding::targets()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, origin);
    QFETCH(QString, url);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    const ForwardTarget result = forwardTarget(parsed(head), QUrl(origin));
    QCOMPARE(result.status, status);
    QCOMPARE(result.url, url);
    QCOMPARE(result.requestTarget, target);
    QCOMPARE(result.problem.isEmpty(), status == 0);
}

void TestForwarding::framing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<int>("framing");

    QTest::newRow("length") << QByteArray("GET") << 200 << QByteArray("Content-Length: 3")
                            << int(Framing::Length);
    QTest::newRow("chunked") << QByteArray("GET") << 200
                             << QByteArray("Transfer-Encoding: gzip, chunked")
                             << int(Framing::Chunked);
    QTest::newRow("until close") << QByteArray("GET") << 200 << QByteArray("X: 1")
                                 << int(Framing::UntilClose);
    QTest::newRow("HEAD") << QByteArray("HEAD") << 200 << QByteArray("Content-Length: 9")
                          << int(Framing::NoBody);
    QTest::newRow("304") << QByteArray("GET") << 304 << QByteArray("Content-Length: 9")
                         << int(Framing::NoBody);
    QTest::newRow("204") << QByteArray("GET") << 204 << QByteArray() << int(Framing::NoBody);
}

void TestForwarding::framing()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, fields);
    QFETCH(int, framing);
    QByteArrayView start;
    const QByteArray head = "HTTP/1.1 200 OK\r\n" + fields + "\r\n\r\n";
    const HeaderList list = parseHead(head, &start);
    QCOMPARE(int(responseFraming(method, status, list)), framing);
}

void TestForwarding::clientHead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("close");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("kept as it was")
            << QByteArray("HTTP/1.1 200 Fine\r\nx-a:1\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
                          "Content-Length: 0\r\n\r\n")
            << false
            << QByteArray("HTTP/1.1 200 Fine\r\nx-a:1\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
                          "Content-Length: 0\r\n\r\n");
    QTest::newRow("connection fields dropped, close said")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive, X-Conn\r\nKeep-Alive: "
                          "timeout=5\r\nX-Conn: 1\r\nContent-Length: 0\r\n\r\n")
            << true
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}

void TestForwarding::clientHead()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, close);
    QFETCH(QByteArray, expected);
    QCOMPARE(clientResponseHead(head, false, close, {}), expected);
    QVERIFY(clientResponseHead(head, false, close, "1.1 httplens")
                    .contains("\r\nVia: 1.1 httplens\r\n"));
}

void TestForwarding::certificatesVerify()
{
    QTemporaryDir dir;
    QString error;
    const std::unique_ptr<CertificateAuthority> authority = CertificateAuthority::open(dir.path(),
                                                                                       &error);
    QVERIFY2(authority, qPrintable(error));
    X509 *ca = readPem(authority->certificatePem());
    QVERIFY(ca);
    // The CA: version 3, a CA by BasicConstraints (critical), may sign certificates.
    QCOMPARE(X509_get_version(ca), 2);
    QVERIFY(X509_check_ca(ca) >= 1);
    const int constraints = X509_get_ext_by_NID(ca, NID_basic_constraints, -1);
    QVERIFY(constraints >= 0);
    QCOMPARE(X509_EXTENSION_get_critical(X509_get_ext(ca, constraints)), 1);
    QVERIFY(X509_get_key_usage(ca) & KU_KEY_CERT_SIGN);
    int days = 0;
    int seconds = 0;
    ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(ca), X509_get0_notAfter(ca));
    QVERIFY2(days >= 3650 && days <= 3652, QByteArray::number(days).constData());

    for (const QString &host : {QStringLiteral("example.test"), QStringLiteral("127.0.0.1")}) {
        const CertificateAuthority::Leaf leaf = authority->leafFor(host);
        QVERIFY(leaf.certificate);
        QVERIFY(leaf.made);
        X509 *cert = static_cast<X509 *>(leaf.certificate);
        // OpenSSL's own chain verification with the CA as the only trust anchor.
        X509_STORE *store = X509_STORE_new();
        X509_STORE_add_cert(store, ca);
        X509_STORE_CTX *context = X509_STORE_CTX_new();
        X509_STORE_CTX_init(context, store, cert, nullptr);
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context);
        if (host == QLatin1String("127.0.0.1"))
            X509_VERIFY_PARAM_set1_ip_asc(param, "127.0.0.1");
        else
            X509_VERIFY_PARAM_set1_host(param, "example.test", 0);
        X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
        const int verified = X509_verify_cert(context);
        const int code = X509_STORE_CTX_get_error(context);
        X509_STORE_CTX_free(context);
        X509_STORE_free(store);
        QVERIFY2(verified == 1, X509_verify_cert_error_string(code));
        ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(cert), X509_get0_notAfter(cert));
        QCOMPARE(days, CertificateAuthority::kLeafDays + 1); // backdated a day
        // The same name again comes from the cache.
        QVERIFY(!authority->leafFor(host).made);
        QCOMPARE(authority->leafFor(host).certificate, leaf.certificate);
    }
    X509_free(ca);
}

void TestForwarding::certificateNamesAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("certifiable");
    QTest::newRow("name") << "www.example.com" << true;
    QTest::newRow("underscore") << "a_b.test" << true;
    QTest::newRow("IPv6") << "::1" << true;
    QTest::newRow("comma would add a SAN") << "a.test,IP:1.2.3.4" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("empty label") << "a..b" << false;
    QTest::newRow("too long") << QString(300, u'a') << false;
}

void TestForwarding::certificateNamesAreChecked()
{
    QFETCH(QString, name);
    QFETCH(bool, certifiable);
    QCOMPARE(CertificateAuthority::isCertifiableName(name), certifiable);
}

void TestForwarding::authorityIsKeptAndPrivate()
{
    QTemporaryDir dir;
    QString error;
    QByteArray fingerprint;
    {
        const auto authority = CertificateAuthority::open(dir.path(), &error);
        QVERIFY(authority);
        fingerprint = authority->sha256Fingerprint();
        QCOMPARE(QFile(authority->keyPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }
    // Opened again: the same CA, not a new one.
    const auto again = CertificateAuthority::open(dir.path(), &error);
    QCOMPARE(again->sha256Fingerprint(), fingerprint);
    QVERIFY(again->messages().isEmpty());
    // A damaged key: moved aside, a new CA made, and the person told.
    QFile key(again->keyPath());
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write("not a key");
    key.close();
    const auto renewed = CertificateAuthority::open(dir.path(), &error);
    QVERIFY(renewed);
    QVERIFY(renewed->sha256Fingerprint() != fingerprint);
    QCOMPARE(renewed->messages().size(), 1);
}

// curl, with the CA as its only trust anchor, accepts a leaf served by openssl s_server.
void TestForwarding::curlTrustsTheLeaf()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (curl.isEmpty() || openssl.isEmpty())
        QSKIP("curl or openssl is not installed");
    QTemporaryDir dir;
    QString error;
    const auto authority = CertificateAuthority::open(dir.path(), &error);
    const CertificateAuthority::Leaf leaf = authority->leafFor(QStringLiteral("localhost"));
    auto write = [&](const QString &name, void *object, bool isKey) {
        BIO *bio = BIO_new(BIO_s_mem());
        if (isKey)
            PEM_write_bio_PrivateKey(bio,
                                     static_cast<EVP_PKEY *>(object),
                                     nullptr,
                                     nullptr,
                                     0,
                                     nullptr,
                                     nullptr);
        else
            PEM_write_bio_X509(bio, static_cast<X509 *>(object));
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(data, size);
        BIO_free(bio);
    };
    write(QStringLiteral("leaf.pem"), leaf.certificate, false);
    write(QStringLiteral("leaf.key"), leaf.key, true);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    server.start(openssl,
                 {QStringLiteral("s_server"),
                  QStringLiteral("-quiet"),
                  QStringLiteral("-www"),
                  QStringLiteral("-accept"),
                  QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("-cert"),
                  dir.filePath(QStringLiteral("leaf.pem")),
                  QStringLiteral("-key"),
                  dir.filePath(QStringLiteral("leaf.key"))});
    QVERIFY(server.waitForStarted());
    int code = -1;
    for (int attempt = 0; attempt < 50 && code != 0; ++attempt) {
        QTest::qWait(100);
        QProcess client;
        client.start(curl,
                     {QStringLiteral("-s"),
                      QStringLiteral("-o"),
                      QStringLiteral("/dev/null"),
                      QStringLiteral("--cacert"),
                      authority->certificatePath(),
                      QStringLiteral("--resolve"),
                      QStringLiteral("localhost:%1:127.0.0.1").arg(port),
                      QStringLiteral("https://localhost:%1/").arg(port)});
        client.waitForFinished(10000);
        code = client.exitCode();
        if (code != 7) // 7: s_server not listening yet
            break;
    }
    server.kill();
    server.waitForFinished();
    QCOMPARE(code, 0);
}

void TestForwarding::clientProcessIsFound()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *accepted = server.nextPendingConnection();
    const QByteArray inode = ClientProcess::socketInode(accepted->peerAddress(),
                                                        accepted->peerPort(),
                                                        server.serverAddress(),
                                                        server.serverPort());
    QVERIFY(!inode.isEmpty());
    const ClientProcess process = ClientProcess::holderOf(inode, {qint64(::getpid())});
    QCOMPARE(process.pid, qint64(::getpid()));
    QCOMPARE(process.name, QStringLiteral("tst_forwarding"));
    QVERIFY(ClientProcess::withDescendants(::getpid()).contains(qint64(::getpid())));
}

void TestForwarding::captureSurvivesHar()
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QStringLiteral("http://h/p");
    Hop hop;
    hop.url = exchange.request.url;
    hop.request = RequestHead::parse("GET /p HTTP/1.1\r\nHost: h\r\n\r\n");
    hop.hasResponse = true;
    hop.response = ResponseHead::parse("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    exchange.hops.append(hop);
    CaptureInfo &c = exchange.capture;
    c.captured = true;
    c.mode = CaptureInfo::Mode::Intercepted;
    c.clientAddress = QStringLiteral("127.0.0.1");
    c.clientPort = 40000;
    c.processName = QStringLiteral("python3");
    c.pid = 4242;
    c.clientRequest = "GET /p HTTP/1.1\r\nHost: h\r\nConnection: keep-alive\r\n\r\n";
    c.clientRequestBody = QByteArray("\x00\x01", 2);
    c.clientRequestBodyBytes = 2;
    c.clientResponse = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    c.serverName = "h";
    c.clientTlsProtocol = "TLSv1.3";
    c.upgraded = true;
    c.tunnelBytesUp = 10;
    c.tunnelBytesDown = 20;
    c.clientProblem = QStringLiteral("gone");
    const QByteArray json = QJsonDocument(harLog({&exchange})).toJson();
    const HarReadResult read = readHar(json);
    QVERIFY(read.ok);
    QCOMPARE(read.exchanges.size(), 1);
    const CaptureInfo &r = read.exchanges.first().capture;
    QVERIFY(r.captured);
    QCOMPARE(int(r.mode), int(c.mode));
    QCOMPARE(r.clientPort, c.clientPort);
    QCOMPARE(r.processName, c.processName);
    QCOMPARE(r.pid, c.pid);
    QCOMPARE(r.clientRequest, c.clientRequest);
    QCOMPARE(r.clientRequestBody, c.clientRequestBody);
    QCOMPARE(r.clientResponse, c.clientResponse);
    QCOMPARE(r.serverName, c.serverName);
    QCOMPARE(r.clientTlsProtocol, c.clientTlsProtocol);
    QCOMPARE(r.tunnelBytesDown, c.tunnelBytesDown);
    QCOMPARE(r.clientProblem, c.clientProblem);
}

void TestForwarding::captureIsMasked()
{
    Exchange exchange;
    exchange.capture.captured = true;
    exchange.capture.clientRequest = "GET http://h/ HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer "
                                     "abc123\r\nCookie: sid=secret\r\n\r\n";
    const Exchange masked = maskedExchange(exchange);
    QVERIFY(!masked.capture.clientRequest.contains("abc123"));
    QVERIFY(!masked.capture.clientRequest.contains("secret"));
    QVERIFY(masked.capture.clientRequest.contains("Authorization: Bearer"));
}

void TestForwarding::environmentForPrograms()
{
    QTemporaryDir dir;
    Engine engine;
    CaptureSession session(&engine);
    ProxyOptions options;
    options.port = 0;
    QVERIFY2(session.start(options, dir.path()), qPrintable(session.errorString()));
    QProcessEnvironment base;
    base.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost,127.0.0.1,corp.example,::1"));
    base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    const QProcessEnvironment env = session.environmentFor(base);
    QCOMPARE(env.value(QStringLiteral("HTTP_PROXY")), session.proxyUrl());
    QCOMPARE(env.value(QStringLiteral("https_proxy")), session.proxyUrl());
    // Loopback is captured too; other exemptions stay.
    QCOMPARE(env.value(QStringLiteral("NO_PROXY")), QStringLiteral("corp.example"));
    QVERIFY(!env.contains(QStringLiteral("no_proxy")));
    QCOMPARE(env.value(QStringLiteral("NODE_EXTRA_CA_CERTS")), session.caPath());
    QCOMPARE(env.value(QStringLiteral("SSL_CERT_FILE")), session.bundlePath());
    QCOMPARE(env.value(QStringLiteral("REQUESTS_CA_BUNDLE")), session.bundlePath());
    QCOMPARE(env.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));
    // The bundle holds the system's CAs and then the capture's.
    QFile bundle(session.bundlePath());
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    const QByteArray content = bundle.readAll();
    QFile ca(session.caPath());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QVERIFY(content.endsWith(ca.readAll()));
    QVERIFY(content.count("BEGIN CERTIFICATE") > 1
            || !QFile::exists(QStringLiteral("/etc/ssl/certs/ca-certificates.crt")));
    const QString posix = session.exportLines(CaptureSession::Shell::Posix);
    QVERIFY(posix.contains(QStringLiteral("export HTTPS_PROXY='%1'").arg(session.proxyUrl())));
    const QString fish = session.exportLines(CaptureSession::Shell::Fish);
    QVERIFY(fish.contains(QStringLiteral("set -gx NODE_EXTRA_CA_CERTS '%1'").arg(session.caPath())));
}

QTEST_GUILESS_MAIN(TestForwarding)
#include "tst_forwarding.moc"
