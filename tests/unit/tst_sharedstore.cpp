// Two programs on one data folder: a window recording while another HTTP Lens starts and quits,
// a window following what `httplens-cli capture` appends, a clear seen by both. Nothing that
// either recorded may be lost.
#include "cookies/cookiejar.h"
#include "cookies/cookiestxt.h"
#include "inspector/history.h"
#include "inspector/workspace.h"
#include "store/historyjournal.h"
#include "syntheticexchange.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

// The window on folder, offscreen: it loads the history, says how long that took and quits.
void startWindow(QProcess &window, const QString &folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(HTTPLENS_GUI_PATH),
                 {QStringLiteral("--data-dir"),
                  folder,
                  QStringLiteral("--no-practice"),
                  QStringLiteral("--measure-startup")});
}

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private slots:
    void secondWindowStartingAndQuittingLosesNothing();
    void appendsOfOthersAreFollowed();
    void clearBesideAnotherProgramIsAMarker();
    void hundredThousandCapturedExchangesFitInMemory();
    void jarsAndEnvironmentsOfTwoProgramsMerge();
};

// As seen before: a window recording while a second HTTP Lens starts and quits on the same folder
// again and again (66 times). The writer's lines are long and its bodies are files of their own,
// so a starting program can find a line half written or a body whose line is still to come.
// Every exchange, and every body, must stay.
void TestSharedStore::secondWindowStartingAndQuittingLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    QProcess writer;
    writer.start(QStringLiteral(JOURNALWRITER_PATH), {path, QStringLiteral("600")});
    QVERIFY(writer.waitForStarted());
    int starts = 0;
    QElapsedTimer clock;
    clock.start();
    while (writer.state() != QProcess::NotRunning && starts < 66 && clock.elapsed() < 60000) {
        QProcess window;
        startWindow(window, dir.path());
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitCode(), 0);
        ++starts;
    }
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY2(starts >= 3, QByteArray::number(starts).constData());
    QDir bodies(dir.filePath(QStringLiteral("history.jsonl-bodies")));
    const qsizetype bodyFiles = bodies.entryList(QDir::Files).size();
    HistoryJournal journal(path);
    const HistoryJournal::LoadResult loaded = journal.load();
    QVERIFY2(loaded.messages.isEmpty(), qPrintable(loaded.messages.join(u'\n')));
    QCOMPARE(loaded.records.size(), 600);
    for (int i = 0; i < 600; ++i)
        QCOMPARE(loaded.records.at(i).exchange.request.url, syntheticExchange(i).request.url);
    qsizetype keptInFiles = 0;
    for (const HistoryJournal::Record &record : loaded.records)
        keptInFiles += record.exchange.body.inMemory() ? 0 : 1;
    QVERIFY(keptInFiles > 400); // four in five have a body, each in a file of its own
    QCOMPARE(bodyFiles, keptInFiles);
    qInfo("600 exchanges written while another HTTP Lens started and quit %d times", starts);
}

void TestSharedStore::appendsOfOthersAreFollowed()
{
    QTemporaryDir dir;
    History history;
    CookieJar jar;
    Workspace workspace(dir.path(), &history, &jar);
    workspace.open();
    history.add(syntheticExchange(0));
    // Another program (a capture) appends two exchanges; the window shows them, once each.
    HistoryJournal other(dir.filePath(QStringLiteral("history.jsonl")));
    QString error;
    QVERIFY(other.append(syntheticExchange(1), {}, &error));
    QVERIFY(other.append(syntheticExchange(2), {}, &error));
    QTRY_COMPARE(history.size(), 3);
    QCOMPARE(history.exchangeAt(2)->request.url, syntheticExchange(2).request.url);
    // The window's own exchange is not read back as someone else's: once a later line of the
    // other program's is in, everything before it has been read.
    QVERIFY(other.append(syntheticExchange(3), {}, &error));
    QTRY_COMPARE(history.size(), 4);
    QCOMPARE(history.exchangeAt(3)->request.url, syntheticExchange(3).request.url);
    // The other program sees the window's exchange too, and nothing of its own twice.
    const HistoryJournal::Appended seen = other.readAppended();
    QCOMPARE(seen.records.size(), 1);
    QCOMPARE(seen.records.first().record.exchange.request.url, syntheticExchange(0).request.url);
}

void TestSharedStore::clearBesideAnotherProgramIsAMarker()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    History history;
    CookieJar jar;
    Workspace workspace(dir.path(), &history, &jar);
    workspace.open();
    HistoryJournal other(path);
    QString error;
    QVERIFY(other.append(syntheticExchange(1), {}, &error));
    QTRY_COMPARE(history.size(), 1);
    // The window clears while the other program has the journal open: a marker, not a rewrite.
    history.clear();
    QVERIFY(QFile(path).size() > 0);
    QVERIFY(other.append(syntheticExchange(2), {}, &error));
    QTRY_COMPARE(history.size(), 1);
    const HistoryJournal::Appended seen = other.readAppended();
    QVERIFY(seen.cleared);
    // Opened later, the history starts after the clear.
    HistoryJournal later(path);
    const HistoryJournal::LoadResult loaded = later.load();
    QCOMPARE(loaded.records.size(), 1);
    QCOMPARE(loaded.records.first().exchange.request.url, syntheticExchange(2).request.url);
}

// A capture of a crawler can leave 100,000 exchanges in the history: the window that opens it
// stays under 200 MB (it keeps what it lists of each, and reads one back when it is shown).
void TestSharedStore::hundredThousandCapturedExchangesFitInMemory()
{
    QTemporaryDir dir;
    Exchange exchange = syntheticExchange(7, 300);
    exchange.capture.captured = true;
    exchange.capture.clientAddress = QStringLiteral("127.0.0.1");
    exchange.capture.clientPort = 40000;
    exchange.capture.processName = QStringLiteral("python3");
    exchange.capture.pid = 4242;
    exchange.capture.clientRequest = exchange.hops.first().request.raw;
    exchange.capture.clientResponse = exchange.hops.first().response.raw;
    // One line made by the journal, then 100,000 of it with their own URLs.
    const QByteArray line = HistoryJournal::recordLine(exchange, {});
    QVERIFY(line.contains("/item/7?page=0"));
    QFile file(dir.filePath(QStringLiteral("history.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 100000; ++i) {
        QByteArray copy = line;
        copy.replace("/item/7?page=0", QByteArray("/item/" + QByteArray::number(i) + "?page=0"));
        file.write(copy);
    }
    file.close();
    QProcess window;
    startWindow(window, dir.path());
    QVERIFY(window.waitForFinished(120000));
    QCOMPARE(window.exitCode(), 0);
    const QByteArray report = window.readAllStandardOutput();
    QVERIFY2(report.contains("history-loaded 100000"), report.constData());
    const qsizetype at = report.indexOf("rss-after-start-kb ");
    const qint64 rssKiB = report.mid(at + 19, report.indexOf('\n', at) - at - 19).toLongLong();
    qInfo("100,000 captured exchanges: %lld MB resident", rssKiB / 1024);
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer's own memory says nothing about the product's");
#endif
    QVERIFY2(rssKiB > 0 && rssKiB < 200 * 1024, report.constData());
}

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"

namespace {

Cookie cookie(const QByteArray &name, const QByteArray &value)
{
    Cookie c;
    c.domain = "127.0.0.1";
    c.name = name;
    c.value = value;
    return c;
}

QByteArray jarText(const CookieJar &jar)
{
    QStringList lines;
    for (const Cookie &c : jar.cookies())
        lines << QString::fromLatin1(c.name + '=' + c.value);
    lines.sort();
    return lines.join(QLatin1Char(' ')).toLatin1();
}

} // namespace

// Two windows on one folder, each changing the jar and the environments: whichever writes last,
// both keep what the other did, and each sees the other's changes within a second or two.
void TestSharedStore::jarsAndEnvironmentsOfTwoProgramsMerge()
{
    QTemporaryDir dir;
    History historyA, historyB;
    CookieJar jarA, jarB;
    Workspace a(dir.path(), &historyA, &jarA);
    Workspace b(dir.path(), &historyB, &jarB);
    QVERIFY(a.open().isEmpty());
    QVERIFY(b.open().isEmpty());

    jarA.setCookies({cookie("session", "a1"), cookie("theme", "dark")});
    // B still holds the empty jar it read; its change must not undo A's.
    jarB.setCookies({cookie("lang", "zh")});
    QCOMPARE(jarText(jarB), QByteArray("lang=zh session=a1 theme=dark"));
    QTRY_COMPARE_WITH_TIMEOUT(jarText(jarA), QByteArray("lang=zh session=a1 theme=dark"), 3000);
    // A removes one and changes another while B changes a third: all three hold.
    jarA.setCookies({cookie("session", "a2"), cookie("lang", "zh")});
    QList<Cookie> bCookies = jarB.cookies();
    QTRY_VERIFY_WITH_TIMEOUT(jarText(jarB) == "lang=zh session=a2", 3000);
    bCookies = jarB.cookies();
    for (Cookie &c : bCookies)
        if (c.name == "lang")
            c.value = "en";
    jarB.setCookies(bCookies);
    QTRY_COMPARE_WITH_TIMEOUT(jarText(jarA), QByteArray("lang=en session=a2"), 3000);
    QFile file(dir.filePath(QStringLiteral("cookies.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CookiesTxt onDisk = readCookiesTxt(file.readAll());
    QCOMPARE(onDisk.cookies.size(), 2);

    // Environments: A adds dev, B (not yet having seen it) adds prod and chooses it.
    Environments withDev = a.environments();
    withDev.list.append({QStringLiteral("dev"), {{QStringLiteral("host"), QStringLiteral("d")}}});
    a.setEnvironments(withDev);
    Environments withProd = b.environments();
    if (!withProd.find(QStringLiteral("dev"))) {
        withProd.list.append(
                {QStringLiteral("prod"), {{QStringLiteral("host"), QStringLiteral("p")}}});
        b.setEnvironments(withProd);
    }
    b.setActiveEnvironment(QStringLiteral("prod"));
    QVERIFY(b.environments().find(QStringLiteral("dev")));
    QVERIFY(b.environments().find(QStringLiteral("prod")));
    QCOMPARE(b.environments().active, QStringLiteral("prod"));
    QTRY_VERIFY_WITH_TIMEOUT(a.environments().find(QStringLiteral("prod")), 3000);
    QVERIFY(a.environments().find(QStringLiteral("dev")));
    // The choice made in B reached A as well, since A did not choose anything meanwhile.
    QCOMPARE(a.environments().active, QStringLiteral("prod"));
}
