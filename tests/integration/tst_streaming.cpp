// send -s and -v write a body to standard output while it arrives: an endless body shows its
// first bytes at once, stops at -m's limit, and never spills to a temporary file; -i's head
// still comes first, and -f keeps an error's body back as before.

#include "childprocess.h"
#include "practice/practiceserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace HttpLens;
using HttpLens::Practice::PracticeServer;

namespace {

// Answers every request with a head and then an endless body, 256 KiB at a time, as fast as
// the client reads (never more than 4 MiB waiting in this process).
class EndlessServer : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || socket->property("on").toBool())
                        return;
                    socket->setProperty("on", true);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                                  "Connection: close\r\n\r\n");
                    auto *timer = new QTimer(socket);
                    connect(timer, &QTimer::timeout, socket, [socket] {
                        if (socket->bytesToWrite() < 4 * 1024 * 1024)
                            socket->write(QByteArray(256 * 1024, 'x'));
                    });
                    timer->start(2);
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
    }

private:
    QTcpServer m_server;
};

} // namespace

class TestStreaming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_practice.listen()); }
    void endlessBodyStreamsLive_data();
    void endlessBodyStreamsLive();
    void headComesFirst();
    void failKeepsTheBodyBack();

private:
    PracticeServer m_practice;
};

void TestStreaming::endlessBodyStreamsLive_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("-s") << QStringLiteral("-s");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void TestStreaming::endlessBodyStreamsLive()
{
    QFETCH(QString, mode);
    EndlessServer server;
    QVERIFY(server.listen());
    QTemporaryDir tmp; // the child's TMPDIR: a spilled body would appear here
    QVERIFY(tmp.isValid());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), tmp.path());
    child.setProcessEnvironment(environment);
    child.setStandardErrorFile(QProcess::nullDevice());
    qint64 received = 0;
    qint64 firstBytesMs = -1;
    bool spilled = false;
    QElapsedTimer clock;
    connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
        received += child.readAllStandardOutput().size();
        if (firstBytesMs < 0)
            firstBytesMs = clock.elapsed();
        spilled = spilled || !QDir(tmp.path()).isEmpty();
    });
    clock.start();
    child.start(QStringLiteral(HTTPLENS_CLI_PATH),
                {QStringLiteral("send"),
                 mode,
                 QStringLiteral("-m"),
                 QStringLiteral("2"),
                 server.url()});
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 10000);
    received += child.readAllStandardOutput().size();
    QCOMPARE(child.exitCode(), 28); // curl's CURLE_OPERATION_TIMEDOUT
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    // The first bytes came long before the limit ended the transfer.
    QVERIFY2(firstBytesMs >= 0 && firstBytesMs < 1500, qPrintable(QString::number(firstBytesMs)));
    // More than the 8 MiB a kept body holds in memory went through, and nothing was spilled.
    QVERIFY2(received > 8 * 1024 * 1024, qPrintable(QString::number(received)));
    QVERIFY(!spilled);
    QVERIFY(QDir(tmp.path()).isEmpty());
}

// -i: the head goes out before the first body byte, and once; a 304 has a head and no body.
void TestStreaming::headComesFirst()
{
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             {QStringLiteral("send"),
                                              QStringLiteral("-s"),
                                              QStringLiteral("-i"),
                                              m_practice.url(QStringLiteral("/bytes/100000"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("HTTP/1.1 200 OK\r\n"), run.out.left(100).constData());
    const qsizetype bodyAt = run.out.indexOf("\r\n\r\n") + 4;
    QCOMPARE(run.out.size() - bodyAt, 100000);
    QCOMPARE(run.out.count("HTTP/1.1 200"), 1);

    const ServedRun notModified = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                                     {QStringLiteral("send"),
                                                      QStringLiteral("-s"),
                                                      QStringLiteral("-i"),
                                                      QStringLiteral("-H"),
                                                      QStringLiteral("If-None-Match: \"v1\""),
                                                      m_practice.url(QStringLiteral("/etag/v1"))});
    QCOMPARE(notModified.exitCode, 0);
    QVERIFY2(notModified.out.startsWith("HTTP/1.1 304 Not Modified\r\n"),
             notModified.out.constData());
    QVERIFY(notModified.out.endsWith("\r\n\r\n"));
}

void TestStreaming::failKeepsTheBodyBack()
{
    const QString url = m_practice.url(QStringLiteral("/status/404"));
    const ServedRun quiet = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                               {QStringLiteral("send"),
                                                QStringLiteral("-s"),
                                                QStringLiteral("-f"),
                                                url});
    QCOMPARE(quiet.exitCode, 22);
    QCOMPARE(quiet.out, QByteArray());
    const ServedRun withBody = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                                  {QStringLiteral("send"),
                                                   QStringLiteral("-s"),
                                                   QStringLiteral("--fail-with-body"),
                                                   url});
    QCOMPARE(withBody.exitCode, 22);
    QVERIFY(!withBody.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestStreaming)
#include "tst_streaming.moc"
