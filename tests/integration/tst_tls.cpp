// TLS against a server whose self-signed certificate the test makes with openssl: a refusal
// shows the certificate and why it was refused, -k is warned about in words, and the session's
// protocol, cipher and chain come from libcurl's API (they are there without libcurl's log).

#include "childprocess.h"
#include "http/engine.h"
#include "transferwait.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusalShowsCertificateAndReason();
    void insecureIsWarnedAbout();
    void sessionComesFromTheApi();
    void refusedChainIsRecorded();

private:
    QString url() const { return QStringLiteral("https://127.0.0.1:%1/").arg(m_port); }
    QString fingerprint() const
    {
        return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':'));
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    QSslCertificate m_certificate;
    quint16 m_port = 0;
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess make;
    make.setWorkingDirectory(m_dir.path());
    make.start(QStringLiteral("openssl"),
               {QStringLiteral("req"),
                QStringLiteral("-x509"),
                QStringLiteral("-newkey"),
                QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"),
                QStringLiteral("-keyout"),
                QStringLiteral("key.pem"),
                QStringLiteral("-out"),
                QStringLiteral("cert.pem"),
                QStringLiteral("-days"),
                QStringLiteral("2"),
                QStringLiteral("-subj"),
                QStringLiteral("/CN=localhost/O=HTTP Lens test"),
                QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    QFile pem(m_dir.filePath(QStringLiteral("cert.pem")));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(pem.readAll(), QSsl::Pem);
    QVERIFY(!m_certificate.isNull());

    QTcpServer probe; // a free port for openssl s_server
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_port = probe.serverPort();
    probe.close();
    m_server.setWorkingDirectory(m_dir.path());
    m_server.start(QStringLiteral("openssl"),
                   {QStringLiteral("s_server"),
                    QStringLiteral("-accept"),
                    QStringLiteral("127.0.0.1:%1").arg(m_port),
                    QStringLiteral("-cert"),
                    QStringLiteral("cert.pem"),
                    QStringLiteral("-key"),
                    QStringLiteral("key.pem"),
                    QStringLiteral("-www")});
    QVERIFY(m_server.waitForStarted(10000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += m_server.readAllStandardOutput()).contains("ACCEPT"), 10000);
}

void TestTls::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished(5000);
}

void TestTls::refusalShowsCertificateAndReason()
{
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             {QStringLiteral("send"), url()});
    QCOMPARE(run.exitCode, 60);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QLatin1String(
                     "Refused because: self-signed certificate (OpenSSL's verify code 18).")),
             qPrintable(err));
    QVERIFY2(err.contains(
                     QLatin1String("Certificate 1 of 1: localhost, issued by localhost, valid ")),
             qPrintable(err));
    QVERIFY2(err.contains(fingerprint()), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("Warning:")));
}

void TestTls::insecureIsWarnedAbout()
{
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             {QStringLiteral("send"), QStringLiteral("-k"), url()});
    QCOMPARE(run.exitCode, 0);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QLatin1String(
                     "Warning: certificate verification is off (-k) for 127.0.0.1: its "
                     "certificate failed the check (self-signed certificate)")),
             qPrintable(err));
    QVERIFY2(err.contains(fingerprint()), qPrintable(err));
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QLatin1String("[warning] Certificate verification was switched off")),
             qPrintable(out));
    // The TLS line says what the TLS tab says about the check.
    static const QRegularExpression tlsLine(QStringLiteral(
            "\\n  TLSv1\\.[23] · [A-Z0-9_-]+ · certificate: switched off \\(insecure\\); the check "
            "failed: self-signed certificate \\(18\\) and the certificate was used anyway\\n"));
    QVERIFY2(out.contains(tlsLine), qPrintable(out));
}

// Without the debug stream there is no log to read: protocol and cipher still come through.
void TestTls::sessionComesFromTheApi()
{
    Engine engine;
    engine.setCapture(Engine::Capture::ResponsesOnly);
    Request request;
    request.url = url();
    request.insecure = true;
    Transfer *transfer = engine.send(request);
    QVERIFY(waitFinished(transfer));
    const Exchange &exchange = transfer->exchange();
    QVERIFY2(!exchange.error.isError(), qPrintable(exchange.error.sentence));
    QVERIFY(exchange.log.isEmpty());
    QVERIFY(exchange.tls.used);
    QVERIFY2(exchange.tls.protocol.startsWith("TLSv1."), exchange.tls.protocol.constData());
    QVERIFY(!exchange.tls.cipher.isEmpty());
    QCOMPARE(exchange.tls.verifyResult, 18L);
    QCOMPARE(exchange.tls.verifyText, QStringLiteral("self-signed certificate"));
    QCOMPARE(exchange.tls.chain.size(), 1);
    QCOMPARE(exchange.tls.chain.first(), m_certificate);
}

// A refused handshake leaves nothing for CURLINFO_CERTINFO; the chain OpenSSL refused is kept.
void TestTls::refusedChainIsRecorded()
{
    Engine engine;
    Request request;
    request.url = url();
    Transfer *transfer = engine.send(request);
    QVERIFY(waitFinished(transfer));
    const Exchange &exchange = transfer->exchange();
    QCOMPARE(exchange.error.curlCode, 60);
    QVERIFY(exchange.tls.verificationEnabled);
    QCOMPARE(exchange.tls.verifyResult, 18L);
    QCOMPARE(exchange.tls.chain.size(), 1);
    QCOMPARE(exchange.tls.chain.first(), m_certificate);
    QVERIFY2(exchange.tls.protocol.startsWith("TLSv1."), exchange.tls.protocol.constData());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
