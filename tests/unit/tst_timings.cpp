// The timing waterfall and how a connection was used, from made-up timings and from real
// transfers on the practice server: a reused connection has no lookup, connect or handshake,
// and a refused one was no connection at all.
#include "http/engine.h"
#include "inspector/waterfall.h"
#include "practice/practiceserver.h"
#include "transferwait.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace HttpLens;

class TestTimings : public QObject
{
    Q_OBJECT

    static Exchange fetch(Engine &engine, const QString &url)
    {
        Request request;
        request.url = url;
        return sendAndWait(engine, request);
    }

private slots:
    void waterfallPhases()
    {
        Timings t;
        t.nameLookupUs = 100;
        t.connectUs = 300;
        t.appConnectUs = 0;
        t.preTransferUs = 350;
        t.startTransferUs = 1350;
        t.totalUs = 1500;
        const QList<PhaseSpan> spans = waterfall(t);
        QCOMPARE(spans.size(), 5); // no TLS on plain HTTP
        QCOMPARE(spans.at(0).phase, PhaseSpan::Phase::Dns);
        QCOMPARE(spans.at(1).startUs, 100);
        QCOMPARE(spans.at(1).durationUs, 200);
        QCOMPARE(spans.at(3).phase, PhaseSpan::Phase::Wait);
        QCOMPARE(spans.at(3).durationUs, 1000);
        QCOMPARE(spans.constLast().startUs + spans.constLast().durationUs, 1500);
        QVERIFY(!phaseName(PhaseSpan::Phase::Wait).isEmpty());
        for (const PhaseSpan &span : spans)
            QVERIFY(span.happened() && !span.stopped);

        // A refused connection: the lookup, then the connect that failed; nothing sent, nothing
        // downloaded, and those rows stay to say so.
        Timings refused;
        refused.nameLookupUs = 30;
        refused.connectUs = refused.appConnectUs = refused.preTransferUs = 0;
        refused.startTransferUs = 0;
        refused.totalUs = 184;
        refused.redirectUs = 0;
        const QList<PhaseSpan> failed = waterfall(refused, true);
        QCOMPARE(failed.size(), 5);
        QVERIFY(failed.at(0).happened() && !failed.at(0).stopped);
        QCOMPARE(failed.at(1).phase, PhaseSpan::Phase::Connect);
        QCOMPARE(failed.at(1).durationUs, 154);
        QVERIFY(failed.at(1).stopped);
        for (int i = 2; i < 5; ++i)
            QVERIFY2(!failed.at(i).happened(), qPrintable(phaseName(failed.at(i).phase)));
        QCOMPARE(failed.constLast().phase, PhaseSpan::Phase::Download);
        QVERIFY(waterfall(Timings()).isEmpty());
    }

    void aReusedConnectionHasNoLookupConnectOrHandshake()
    {
        Practice::PracticeServer practice;
        QVERIFY(practice.listen());
        Engine engine;
        const Exchange first = fetch(engine, practice.url(QStringLiteral("/get")));
        const Exchange second = fetch(engine, practice.url(QStringLiteral("/get?again")));
        QCOMPARE(first.status(), 200);
        QCOMPARE(second.status(), 200);
        QVERIFY(!first.connection.reused);
        QVERIFY(second.connection.reused);
        QCOMPARE(connectionUse(first), QStringLiteral("new connection"));
        QCOMPARE(connectionUse(second), QStringLiteral("reused connection"));
        // libcurl reports a lookup time for the reused connection; the waterfall does not.
        const QList<PhaseSpan> spans = waterfall(second.timings, false, second.connection.reused);
        QCOMPARE(spans.at(0).phase, PhaseSpan::Phase::Dns);
        QVERIFY(!spans.at(0).happened() && spans.at(0).reused);
        QVERIFY(!spans.at(1).happened() && spans.at(1).reused);
        QCOMPARE(spans.at(2).phase, PhaseSpan::Phase::Send);
        QCOMPARE(spans.at(2).startUs, 0);
        QCOMPARE(spans.at(2).durationUs, second.timings.preTransferUs);
        QCOMPARE(spans.constLast().startUs + spans.constLast().durationUs, second.timings.totalUs);
        // The CLI's timing table and Compare read the same phases.
        const QList<PhaseTime> times = phaseTimes(second);
        QCOMPARE(times.size(), 6);
        QCOMPARE(times.at(0).key, QByteArray("dns"));
        QCOMPARE(times.at(0).us, -1);
        QCOMPARE(times.at(3).key, QByteArray("send"));
        QCOMPARE(times.at(3).us, second.timings.preTransferUs);
        QVERIFY(phaseTimes(first).at(0).us >= 0);
        // The first one looked the name up and connected.
        const QList<PhaseSpan> firstSpans = waterfall(first.timings, false, false);
        QVERIFY(firstSpans.at(1).happened() && !firstSpans.at(1).reused);
    }

    // The practice server's delay is never shorter than asked: clients measure it.
    void aDelayTakesAtLeastItsSeconds()
    {
        Practice::PracticeServer practice;
        QVERIFY(practice.listen());
        Engine engine;
        QList<Transfer *> transfers;
        for (int i = 0; i < 4; ++i) {
            Request request;
            request.url = practice.url(QStringLiteral("/delay/2?n=%1").arg(i));
            transfers << engine.send(request);
        }
        for (Transfer *transfer : std::as_const(transfers)) {
            QVERIFY(waitFinished(transfer, 10000));
            const Exchange e = transfer->takeExchange();
            QCOMPARE(e.status(), 200);
            QVERIFY2(e.timings.startTransferUs >= 2000000,
                     qPrintable(QString::number(e.timings.startTransferUs)));
            delete transfer;
        }
    }

    void aRefusedConnectionWasNoConnection()
    {
        Engine engine;
        const Exchange refused = fetch(engine, QStringLiteral("http://127.0.0.1:1/"));
        QVERIFY(refused.error.isError());
        QCOMPARE(connectionUse(refused), QStringLiteral("no connection"));
    }
};

QTEST_MAIN(TestTimings)
#include "tst_timings.moc"
