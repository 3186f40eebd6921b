#include "cookies/cookiejar.h"
#include "files/datafiles.h"
#include "inspector/composition.h"
#include "inspector/history.h"
#include "inspector/historyfilter.h"
#include "inspector/workspace.h"
#include "store/historyjournal.h"
#include "syntheticexchange.h"
#include "timelimit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QFileDevice::Permissions kOwnerGroupOther = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                  | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                  | QFileDevice::ExeOther;

QStringList damagedCopies(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void atomicWriteIsPrivate();
    void damagedJsonIsMovedAside();
    void journalRoundTrip();
    void journalKeepsLargeBodiesBeside();
    void journalDropsCutOffLine();
    void journalKeepsReadableEntriesOfDamagedFile();
    void journalClear();
    void killedWriterLosesNothingCommitted();
    void tenThousandExchangesOpenAndFilterFast();
    void workspaceKeepsEverything();
    void unchangedJarIsNotRewritten();
    void damagedCookiesAreMovedAside();
    void settingsFileIsPrivate();
};

void TestStore::atomicWriteIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cookies.txt"));
    QString error;
    QVERIFY2(writeFileAtomically(path, "first", FileSecrecy::Secret, &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("first"));
    QCOMPARE(QFile::permissions(path) & kOwnerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(writeFileAtomically(path, "second", FileSecrecy::Secret, &error));
    QCOMPARE(readAll(path), QByteArray("second"));
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("cookies.txt")});
    // A directory that cannot be written gives an error, not a crash.
    QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("missing/x.json")),
                                 "x",
                                 FileSecrecy::Public,
                                 &error));
    QVERIFY(!error.isEmpty());
}

void TestStore::damagedJsonIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("environments.json"));
    QCOMPARE(loadJsonObjectFile(path, QStringLiteral("environments")).status,
             LoadedFile::Status::Missing);
    QString error;
    QVERIFY(writeFileAtomically(path, "{\"dev\": {\"host\": \"a\"}}", FileSecrecy::Secret, &error));
    QCOMPARE(loadJsonObjectFile(path, QStringLiteral("environments")).status,
             LoadedFile::Status::Loaded);

    const QByteArray damaged = "{\"dev\": {\"host\": \"a\"";
    QVERIFY(writeFileAtomically(path, damaged, FileSecrecy::Secret, &error));
    const LoadedFile loaded = loadJsonObjectFile(path, QStringLiteral("environments"));
    QCOMPARE(loaded.status, LoadedFile::Status::MovedAside);
    QVERIFY(loaded.content.isEmpty());
    QVERIFY2(loaded.message.contains(QLatin1String("environments")), qPrintable(loaded.message));
    QVERIFY(!QFile::exists(path));
    const QStringList copies = damagedCopies(dir.path());
    QCOMPARE(copies.size(), 1);
    QVERIFY2(loaded.message.contains(copies.first()), qPrintable(loaded.message));
    // The damaged content is kept byte for byte, never emptied.
    QCOMPARE(readAll(dir.filePath(copies.first())), damaged);
}

void TestStore::journalRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    Composition composition;
    composition.method = QStringLiteral("GET");
    composition.url = QStringLiteral("http://127.0.0.1:8808/item/3?page=3");
    composition.headers = {{true, QStringLiteral("Accept"), QStringLiteral("text/plain")}};
    {
        HistoryJournal journal(path);
        QVERIFY(journal.load().records.isEmpty());
        QString error;
        for (int i = 0; i < 5; ++i)
            QVERIFY2(journal.append(syntheticExchange(i),
                                    compositionToJson(i == 3 ? composition : Composition()),
                                    &error),
                     qPrintable(error));
    }
    QCOMPARE(QFile::permissions(path) & kOwnerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    HistoryJournal journal(path);
    const HistoryJournal::LoadResult loaded = journal.load();
    QVERIFY2(loaded.messages.isEmpty(), qPrintable(loaded.messages.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.records.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QStringList differences = restoredDifferences(syntheticExchange(i),
                                                            loaded.records.at(i).exchange);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));
    }
    QCOMPARE(compositionFromJson(loaded.records.at(3).composition), composition);
}

// A large body lives in a private file of its own and is read from there, not from the line.
void TestStore::journalKeepsLargeBodiesBeside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    const Exchange big = syntheticExchange(1, 300'000);
    QString error;
    {
        HistoryJournal journal(path);
        journal.load();
        QVERIFY2(journal.append(big, {}, &error), qPrintable(error));
    }
    QVERIFY(QFileInfo(path).size() < 20'000);
    const QStringList bodies = QDir(path + QStringLiteral("-bodies")).entryList(QDir::Files);
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(QFile::permissions(path + QStringLiteral("-bodies/") + bodies.first())
                     & kOwnerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    HistoryJournal journal(path);
    const HistoryJournal::LoadResult loaded = journal.load();
    QCOMPARE(loaded.records.size(), 1);
    QCOMPARE(loaded.records.first().exchange.body.size(), qint64(300'000));
    QCOMPARE(loaded.records.first().exchange.body.read(), big.body.read());
    QCOMPARE(loaded.records.first().exchange.body.readAt(299'990, 100),
             big.body.readAt(299'990, 100));
    // Clearing the history removes the bodies too.
    QVERIFY(journal.clear(&error));
    QVERIFY(QDir(path + QStringLiteral("-bodies")).entryList(QDir::Files).isEmpty());
}

void TestStore::journalDropsCutOffLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    const QByteArray complete = HistoryJournal::recordLine(syntheticExchange(1), {})
                                + HistoryJournal::recordLine(syntheticExchange(2), {});
    const QByteArray third = HistoryJournal::recordLine(syntheticExchange(3), {});
    QString error;
    QVERIFY(writeFileAtomically(path,
                                complete + third.left(third.size() / 2),
                                FileSecrecy::Secret,
                                &error));
    {
        HistoryJournal journal(path);
        const HistoryJournal::LoadResult loaded = journal.load();
        QCOMPARE(loaded.records.size(), 2);
        QCOMPARE(loaded.messages.size(), 1);
        QVERIFY2(loaded.messages.first().contains(QLatin1String("cut off")),
                 qPrintable(loaded.messages.first()));
        QCOMPARE(readAll(path), complete);
        QVERIFY(journal.append(syntheticExchange(4), {}, &error));
    }
    HistoryJournal journal(path);
    const HistoryJournal::LoadResult loaded = journal.load();
    QVERIFY(loaded.messages.isEmpty());
    QCOMPARE(loaded.records.size(), 3);
    QCOMPARE(loaded.records.last().exchange.request.url, syntheticExchange(4).request.url);
    QVERIFY(damagedCopies(dir.path()).isEmpty());
}

void TestStore::journalKeepsReadableEntriesOfDamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    const QByteArray content = HistoryJournal::recordLine(syntheticExchange(1), {})
                               + "{\"format\": 1, \"entries\": [tru\n"
                               + HistoryJournal::recordLine(syntheticExchange(2), {});
    QString error;
    QVERIFY(writeFileAtomically(path, content, FileSecrecy::Secret, &error));
    HistoryJournal journal(path);
    const HistoryJournal::LoadResult loaded = journal.load();
    QCOMPARE(loaded.records.size(), 2);
    QCOMPARE(loaded.messages.size(), 1);
    const QStringList copies = damagedCopies(dir.path());
    QCOMPARE(copies.size(), 1);
    QVERIFY2(loaded.messages.first().contains(copies.first()), qPrintable(loaded.messages.first()));
    QCOMPARE(readAll(dir.filePath(copies.first())), content);
    // The journal itself now holds the readable entries and takes new ones.
    QVERIFY(journal.append(syntheticExchange(5), {}, &error));
    HistoryJournal again(path);
    QCOMPARE(again.load().records.size(), 3);
}

void TestStore::journalClear()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    HistoryJournal journal(path);
    journal.load();
    QString error;
    QVERIFY(journal.append(syntheticExchange(1), {}, &error));
    QVERIFY(journal.clear(&error));
    QVERIFY(journal.append(syntheticExchange(2), {}, &error));
    HistoryJournal again(path);
    const auto records = again.load().records;
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().exchange.request.url, syntheticExchange(2).request.url);
}

// A process appends exchanges and is killed (SIGKILL) at random moments, five times over the same
// file. Every exchange it reported as written must be there, in order, and nothing else but
// possibly the one it was writing.
void TestStore::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    int committedTotal = 0;
    int cutOffSeen = 0;
    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(JOURNALWRITER_PATH), {path, QStringLiteral("100000")});
        QVERIFY(writer.waitForStarted());
        const int target = 3 + int(QRandomGenerator::global()->bounded(25));
        QByteArray printed;
        QElapsedTimer clock;
        clock.start();
        while (printed.count('\n') < target && clock.elapsed() < 20000) {
            writer.waitForReadyRead(100);
            printed += writer.readAllStandardOutput();
        }
        // Let it get into the middle of a write, then kill it without warning.
        QTest::qWait(int(QRandomGenerator::global()->bounded(3)));
        writer.kill();
        QVERIFY(writer.waitForFinished(5000));
        printed += writer.readAllStandardOutput();
        QList<QByteArray> lines = printed.split('\n');
        lines.removeAll(QByteArray());
        QVERIFY2(!lines.isEmpty(), writer.readAllStandardError().constData());
        const int lastCommitted = lines.last().toInt();
        QCOMPARE(lastCommitted + 1 - committedTotal, int(lines.size()));

        HistoryJournal journal(path);
        const HistoryJournal::LoadResult loaded = journal.load();
        for (const QString &message : loaded.messages) {
            QVERIFY2(message.contains(QLatin1String("cut off")), qPrintable(message));
            ++cutOffSeen;
        }
        QVERIFY2(loaded.records.size() >= lastCommitted + 1,
                 qPrintable(QStringLiteral("%1 records, %2 committed")
                                    .arg(loaded.records.size())
                                    .arg(lastCommitted + 1)));
        QVERIFY(loaded.records.size() <= lastCommitted + 2);
        for (int i = 0; i < loaded.records.size(); ++i)
            QCOMPARE(loaded.records.at(i).exchange.request.url, syntheticExchange(i).request.url);
        committedTotal = int(loaded.records.size());
    }
    QVERIFY(damagedCopies(dir.path()).isEmpty());
    qInfo("%d exchanges over 5 kills; %d of the kills cut a line off", committedTotal, cutOffSeen);
}

void TestStore::tenThousandExchangesOpenAndFilterFast()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    QByteArray content;
    for (int i = 0; i < 10000; ++i)
        content += HistoryJournal::recordLine(syntheticExchange(i, 1500), {});
    QString error;
    QVERIFY(writeFileAtomically(path, content, FileSecrecy::Secret, &error));

    QElapsedTimer clock;
    clock.start();
    HistoryJournal journal(path);
    HistoryJournal::LoadResult loaded = journal.load();
    History history;
    for (HistoryJournal::Record &record : loaded.records)
        history.add(std::move(record.exchange), compositionFromJson(record.composition));
    const qint64 openMs = clock.elapsed();
    HistoryFilter filter;
    filter.setSourceModel(&history);
    clock.restart();
    filter.setFilterWords(QStringLiteral("304 item/99"));
    const int shown = filter.rowCount();
    const qint64 filterMs = clock.elapsed();
    QCOMPARE(history.size(), 10000);
    // Every fifth exchange is a 304: 990, 995 and twenty of 9900..9999 match "item/99".
    QCOMPARE(shown, 22);
    qInfo("10,000 exchanges (%lld MB): opened in %lld ms, filtered in %lld ms",
          qint64(content.size() / 1000000),
          openMs,
          filterMs);
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("timings under AddressSanitizer say nothing about the product");
#endif
    QVERIFY2(openMs + filterMs < timeLimit(1000),
             qPrintable(QStringLiteral("open %1 ms + filter %2 ms").arg(openMs).arg(filterMs)));
}

// What the window does through the models reaches the disk and comes back in the next session.
void TestStore::workspaceKeepsEverything()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    Composition composition;
    composition.url = QStringLiteral("http://127.0.0.1:8808/item/1?page=1");
    {
        History history;
        CookieJar jar;
        Workspace workspace(data, &history, &jar);
        QVERIFY(workspace.open().isEmpty());
        history.add(syntheticExchange(1), composition);
        history.add(syntheticExchange(2));
        jar.setFromNetscapeLines({"127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tabc"});
        Environments environments;
        environments.list = {
                {QStringLiteral("dev"), {{QStringLiteral("host"), QStringLiteral("127.0.0.1")}}}};
        environments.active = QStringLiteral("dev");
        workspace.setEnvironments(environments);
    }
    for (const QString &name : {QStringLiteral("history.jsonl"),
                                QStringLiteral("cookies.txt"),
                                QStringLiteral("http-client.env.json")})
        QCOMPARE(QFile::permissions(data + QLatin1Char('/') + name) & kOwnerGroupOther,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        History history;
        CookieJar jar;
        Workspace workspace(data, &history, &jar);
        QVERIFY(workspace.open().isEmpty());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.compositionAt(0), composition);
        QCOMPARE(history.exchangeAt(1)->request.url, syntheticExchange(2).request.url);
        QCOMPARE(jar.cookies().size(), 1);
        QCOMPARE(jar.cookies().first().value, QByteArray("abc"));
        QCOMPARE(workspace.environments().active, QStringLiteral("dev"));
        QCOMPARE(workspace.environments().activeVariables().size(), 1);
        history.clear();
    }
    // A damaged environments file is moved aside with a message; the rest still opens.
    QFile damaged(data + QStringLiteral("/http-client.env.json"));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"dev\": ");
    damaged.close();
    History history;
    CookieJar jar;
    Workspace workspace(data, &history, &jar);
    const QStringList messages = workspace.open();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QLatin1String("damaged")), qPrintable(messages.first()));
    QCOMPARE(history.size(), 0); // cleared in the session before
    QCOMPARE(jar.cookies().size(), 1);
    QCOMPARE(damagedCopies(data).size(), 1);
}

// The jar comes back after every transfer; cookies.txt is written only when it changed.
void TestStore::unchangedJarIsNotRewritten()
{
    QTemporaryDir dir;
    History history;
    CookieJar jar;
    Workspace workspace(dir.path(), &history, &jar);
    QVERIFY(workspace.open().isEmpty());
    const QList<QByteArray> lines{"h.test\tFALSE\t/\tFALSE\t0\ta\t1"};
    jar.setFromNetscapeLines(lines);
    const QString path = workspace.cookiesPath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("# marker left by someone else\n");
    file.close();
    jar.setFromNetscapeLines(lines); // the same cookies again
    QVERIFY(readAll(path).contains("# marker"));
    jar.setFromNetscapeLines({"h.test\tFALSE\t/\tFALSE\t0\ta\t2"});
    QVERIFY(!readAll(path).contains("# marker"));
    QVERIFY(readAll(path).contains("\ta\t2\n"));
}

// A cookies.txt with lines that are not cookies is kept aside, never emptied by the next save.
void TestStore::damagedCookiesAreMovedAside()
{
    QTemporaryDir dir;
    const QByteArray damaged = "h.test\tFALSE\t/\tFALSE\t0\tkept\t1\n"
                               "\x01\x02 garbage that is no cookie\n"
                               "half\ta line\n";
    {
        QFile file(dir.filePath(QStringLiteral("cookies.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    History history;
    CookieJar jar;
    Workspace workspace(dir.path(), &history, &jar);
    const QStringList messages = workspace.open();
    QCOMPARE(messages.size(), 1);
    const QStringList aside
            = QDir(dir.path()).entryList({QStringLiteral("cookies.txt.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(messages.first().contains(aside.first()), qPrintable(messages.first()));
    QCOMPARE(readAll(dir.filePath(aside.first())), damaged);
    QCOMPARE(jar.cookies().size(), 1); // what could be read
    QCOMPARE(jar.cookies().first().name, QByteArray("kept"));
    jar.setFromNetscapeLines({"h.test\tFALSE\t/\tFALSE\t0\tnew\t2"});
    QVERIFY(readAll(workspace.cookiesPath()).contains("\tnew\t2\n"));
    QCOMPARE(readAll(dir.filePath(aside.first())), damaged);
}

// httplens.ini holds the last request, Authorization rows included: readable by its owner only,
// also after Qt has rewritten it.
void TestStore::settingsFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("HttpLens/httplens.ini"));
    QString error;
    QVERIFY2(ensureSecretFile(path, &error), qPrintable(error));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto mode = [&] {
        return QFile::permissions(path)
               & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                  | QFileDevice::WriteOther | ownerOnly);
    };
    QCOMPARE(mode(), ownerOnly);
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("request/headers"), QStringLiteral("Authorization: x"));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QVERIFY(readAll(path).contains("Authorization"));
    QCOMPARE(mode(), ownerOnly);
    // A file left readable by an earlier version is made private.
    QVERIFY(QFile::setPermissions(path,
                                  ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(ensureSecretFile(path, &error));
    QCOMPARE(mode(), ownerOnly);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
