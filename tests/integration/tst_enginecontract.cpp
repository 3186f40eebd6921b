// What the engine's header promises its callers, and what its errors name: slots may cancel or
// delete their transfer, an engine may be destroyed with transfers running, a failure names the
// URL libcurl really tried, --resolve holds for international names.

#include "http/engine.h"
#include "scriptedserver.h"
#include "timelimit.h"
#include "transferwait.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace HttpLens;

class TestEngineContract : public QObject
{
    Q_OBJECT

private slots:
    void slotsMayCancelOrDelete_data();
    void slotsMayCancelOrDelete();
    void destroyedWithTransfersRunning();
    void errorNamesTheUrlTried();
    void resolveCoversInternationalNames();
};

// What the engine's header promises: a slot connected to progress() or finished() may cancel or
// delete its transfer, and the engine goes on working.
void TestEngineContract::slotsMayCancelOrDelete_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("cancel in progress()") << "cancel-progress";
    QTest::newRow("delete in progress()") << "delete-progress";
    QTest::newRow("delete in finished()") << "delete-finished";
}

void TestEngineContract::slotsMayCancelOrDelete()
{
    QFETCH(QString, action);
    ScriptedServer server;
    QVERIFY(server.listen());
    ScriptedServer::Step slow;
    slow.response = "HTTP/1.1 200 OK\r\nContent-Length: 4000\r\n\r\n" + QByteArray(4000, 'b');
    slow.pieceBytes = 500;
    slow.pieceDelayMs = 30;
    server.addStep(slow);
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 0, true});
    Engine engine;
    Request request;
    request.url = server.url(QStringLiteral("/slow"));
    QPointer<Transfer> transfer = engine.send(request);
    bool acted = false;
    bool cancelledFinished = false;
    if (action == QLatin1String("delete-finished")) {
        connect(transfer, &Transfer::finished, this, [&] {
            acted = true;
            delete transfer.data();
        });
    } else {
        connect(transfer, &Transfer::progress, this, [&](qint64 received, qint64) {
            if (acted || received <= 0)
                return;
            acted = true;
            if (action == QLatin1String("cancel-progress"))
                transfer->cancel();
            else
                delete transfer.data();
        });
        connect(transfer, &Transfer::finished, this, [&] { cancelledFinished = true; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(acted, 10000);
    if (action == QLatin1String("cancel-progress")) {
        QTRY_VERIFY_WITH_TIMEOUT(cancelledFinished, 5000);
        QCOMPARE(transfer->exchange().error.curlCode, 42); // aborted, as curl reports it
    } else {
        QTRY_VERIFY(transfer.isNull());
    }
    QTRY_COMPARE(engine.runningCount(), 0);
    request.url = server.url(QStringLiteral("/next"));
    Transfer *next = engine.send(request);
    QVERIFY(waitFinished(next));
    QCOMPARE(next->exchange().status(), 200);
}

// An engine destroyed while transfers run takes them with it, at once and without a crash.
void TestEngineContract::destroyedWithTransfersRunning()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 3; ++i)
        server.addStep(ScriptedServer::silence());
    auto engine = std::make_unique<Engine>();
    QList<QPointer<Transfer>> transfers;
    for (int i = 0; i < 3; ++i) {
        Request request;
        request.url = server.url(QStringLiteral("/hang-%1").arg(i));
        transfers.append(engine->send(request));
    }
    QSignalSpy received(&server, &ScriptedServer::requestReceived);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 3, 5000);
    QElapsedTimer clock;
    clock.start();
    engine.reset();
    QVERIFY(clock.elapsed() < timeLimit(2000));
    for (const QPointer<Transfer> &transfer : transfers)
        QVERIFY(transfer.isNull());
}

// A redirect to a port where nothing listens: the sentence names that port, not the first URL's.
void TestEngineContract::errorNamesTheUrlTried()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/moved\r\n"
                    "Content-Length: 0\r\n\r\n",
                    0,
                    true});
    Engine engine;
    Request request;
    request.url = server.url(QStringLiteral("/start"));
    request.followRedirects = true;
    Transfer *transfer = engine.send(request);
    QVERIFY(waitFinished(transfer));
    const Exchange &e = transfer->exchange();
    QCOMPARE(e.error.curlCode, 7);
    QVERIFY2(e.error.sentence.contains(QLatin1String("port 1 of 127.0.0.1")),
             qPrintable(e.error.sentence));
    QVERIFY2(!e.error.sentence.contains(QString::number(server.port())),
             qPrintable(e.error.sentence));
}

// --resolve with a Unicode host name also holds for the ASCII form libcurl looks up, so the
// name never reaches the system resolver (there is none for .test: a lookup would fail).
void TestEngineContract::resolveCoversInternationalNames()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.addStep({"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 0, true});
    Engine engine;
    Request request;
    request.url = QStringLiteral("http://bücher.test:%1/").arg(server.port());
    request.resolve = {QStringLiteral("bücher.test:%1:127.0.0.1").arg(server.port())};
    Transfer *transfer = engine.send(request);
    QVERIFY(waitFinished(transfer));
    const Exchange &e = transfer->exchange();
    QVERIFY2(!e.error.isError(), qPrintable(e.error.sentence));
    QCOMPARE(e.status(), 200);
    QVERIFY(server.requests().first().contains("Host: xn--bcher-kva.test:"));
}

QTEST_GUILESS_MAIN(TestEngineContract)
#include "tst_enginecontract.moc"
