// `httplens-cli send --cache DIR` and `explain --har FILE --at`, run as a user runs them against
// the practice server: what the browser-cache simulator decides, what is sent because of it,
// and what stays in DIR between runs.
#include "childprocess.h"
#include "practice/practiceserver.h"
#include "text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens::Practice;

class TestCliCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshSendsNothing();
    void staleRevalidatesAndRefreshes();
    void varyMismatchDownloadsAgain();
    void noStoreIsFetchedEveryTime();
    void damagedCacheRefused();
    void explainAtALaterMoment();
    void explainAgainstEarlierEntries();
    void inChinese();

private:
    ServedRun send(const QStringList &arguments);

    PracticeServer m_server;
    QTemporaryDir m_dir;
};

void TestCliCache::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
}

ServedRun TestCliCache::send(const QStringList &arguments)
{
    return runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                              QStringList{QStringLiteral("send")} + arguments);
}

void TestCliCache::freshSendsNothing()
{
    const QString cache = m_dir.filePath(QStringLiteral("fresh"));
    const QString url = m_server.url(QStringLiteral("/caching/s-maxage"));
    QSignalSpy served(&m_server, &PracticeServer::requestServed);
    ServedRun run = send({QStringLiteral("--cache"), cache, QStringLiteral("-s"), url});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(": download it\n"), run.err.constData());
    QVERIFY2(run.err.contains("cache: Stored."), run.err.constData());
    QVERIFY(run.out.contains("\"scenario\": \"s-maxage\""));
    QCOMPARE(served.size(), 1);
    QVERIFY(QFile::exists(cache + QStringLiteral("/cache.json")));
    QCOMPARE(QFile(cache + QStringLiteral("/cache.json")).permissions() & QFile::ReadOther,
             QFile::Permissions());

    // max-age=10: the next run a moment later sends nothing and prints no body.
    run = send({QStringLiteral("--cache"), cache, QStringLiteral("-s"), QStringLiteral("-v"), url});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("serve from the cache without a request: fresh, age"),
             run.err.constData());
    QVERIFY2(run.err.contains("served from cache, 0 bytes sent"), run.err.constData());
    QVERIFY2(run.err.contains("freshness lifetime = max-age = 10 s"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(served.size(), 1);
}

void TestCliCache::staleRevalidatesAndRefreshes()
{
    const QString cache = m_dir.filePath(QStringLiteral("stale"));
    const QString url = m_server.url(QStringLiteral("/caching/no-cache"));
    QSignalSpy served(&m_server, &PracticeServer::requestServed);
    QCOMPARE(send({QStringLiteral("--cache"), cache, QStringLiteral("-s"), url}).exitCode, 0);
    m_server.advanceClock(1); // so that the 304's Date differs from the stored one
    const ServedRun run = send({QStringLiteral("--cache"), cache, QStringLiteral("-v"), url});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(": revalidate with If-None-Match: \""), run.err.constData());
    // What went over the wire carries the validators, and the server answered 304.
    QVERIFY2(run.err.contains("> If-None-Match: \""), run.err.constData());
    QVERIFY2(run.err.contains("> If-Modified-Since: "), run.err.constData());
    QVERIFY2(run.err.contains("< HTTP/1.1 304 Not Modified"), run.err.constData());
    QCOMPARE(served.size(), 2);
    QCOMPARE(served.last().at(2).toInt(), 304);
    // The 304's Date replaced the stored one, shown with both values.
    QVERIFY2(run.err.contains("cache: The 304 refreshed the stored response (RFC 9111 §4.3.4)."),
             run.err.constData());
    QVERIFY2(run.err.contains(QByteArray("cache: Date: ")) && run.err.contains(" GMT → "),
             run.err.constData());
}

void TestCliCache::varyMismatchDownloadsAgain()
{
    const QString cache = m_dir.filePath(QStringLiteral("vary"));
    const QString url = m_server.url(QStringLiteral("/caching/vary-language"));
    QCOMPARE(send({QStringLiteral("--cache"),
                   cache,
                   QStringLiteral("-s"),
                   QStringLiteral("-H"),
                   QStringLiteral("Accept-Language: en"),
                   url})
                     .exitCode,
             0);
    ServedRun run = send({QStringLiteral("--cache"),
                          cache,
                          QStringLiteral("-s"),
                          QStringLiteral("-H"),
                          QStringLiteral("Accept-Language: en"),
                          url});
    QVERIFY2(run.err.contains("served from cache, 0 bytes sent"), run.err.constData());
    run = send({QStringLiteral("--cache"),
                cache,
                QStringLiteral("-s"),
                QStringLiteral("-v"),
                QStringLiteral("-H"),
                QStringLiteral("Accept-Language: zh-CN"),
                url});
    QVERIFY2(run.err.contains(": download it\n"), run.err.constData());
    QVERIFY2(run.err.contains("varies on accept-language: it was stored for \"en\", and this "
                              "request sends \"zh-CN\""),
             run.err.constData());
    QVERIFY(hasChinese(QString::fromUtf8(run.out)));
}

void TestCliCache::noStoreIsFetchedEveryTime()
{
    const QString cache = m_dir.filePath(QStringLiteral("nostore"));
    const QString url = m_server.url(QStringLiteral("/caching/no-store"));
    for (int i = 0; i < 2; ++i) {
        const ServedRun run = send({QStringLiteral("--cache"), cache, QStringLiteral("-s"), url});
        QVERIFY2(run.err.contains(": download it\n"), run.err.constData());
        QVERIFY2(run.err.contains("cache: Not stored. Cache-Control: no-store forbids storing it"),
                 run.err.constData());
    }
}

void TestCliCache::damagedCacheRefused()
{
    const QString cache = m_dir.filePath(QStringLiteral("damaged"));
    QVERIFY(QDir().mkpath(cache));
    QFile file(cache + QStringLiteral("/cache.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"browser\": {\"entries\": [{\"url\": 7}]}}");
    file.close();
    QSignalSpy served(&m_server, &PracticeServer::requestServed);
    const ServedRun run = send({QStringLiteral("--cache"),
                                cache,
                                QStringLiteral("-s"),
                                m_server.url(QStringLiteral("/get"))});
    QCOMPARE(run.exitCode, 26);
    QVERIFY2(run.err.contains("cannot be read: Entry 1 of the cache file cannot be read."),
             run.err.constData());
    QCOMPARE(served.size(), 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"browser\": {\"entries\": [{\"url\": 7}]}}"));
    QCOMPARE(send({QStringLiteral("--cache")}).exitCode, 2);
}

void TestCliCache::explainAtALaterMoment()
{
    const QString har = m_dir.filePath(QStringLiteral("later.har"));
    QCOMPARE(send({QStringLiteral("-s"),
                   QStringLiteral("--har"),
                   har,
                   QStringLiteral("-o"),
                   QStringLiteral("/dev/null"),
                   m_server.url(QStringLiteral("/caching/etag-and-date"))})
                     .exitCode,
             0);
    const QString cli = QStringLiteral(HTTPLENS_CLI_PATH);
    ServedRun run = runServedCapturing(cli,
                                       {QStringLiteral("explain"),
                                        QStringLiteral("--har"),
                                        har,
                                        QStringLiteral("--at"),
                                        QStringLiteral("+1h")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("3600 s later ("), run.out.constData());
    QVERIFY2(run.out.contains("): revalidate with If-None-Match: \""), run.out.constData());
    QVERIFY2(run.out.contains("resident time = now "), run.out.constData());
    QVERIFY2(run.out.contains("stale: age 36"), run.out.constData());
    run = runServedCapturing(cli,
                             {QStringLiteral("explain"),
                              QStringLiteral("--har"),
                              har,
                              QStringLiteral("--at"),
                              QStringLiteral("+5")});
    QVERIFY2(run.out.contains("5 s later ("), run.out.constData());
    QVERIFY2(run.out.contains("serve from the cache without a request: fresh"), run.out.constData());
    for (const char *bad : {"-5", "+1y", "soon", "+99999999999999d"}) {
        run = runServedCapturing(cli,
                                 {QStringLiteral("explain"),
                                  QStringLiteral("--har"),
                                  har,
                                  QStringLiteral("--at"),
                                  QLatin1String(bad)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--at takes"));
    }
}

// One HAR file of several `send --har` runs, entries in the order of the runs.
static QString mergedHar(const QString &path, const QStringList &parts)
{
    QJsonObject merged;
    QJsonArray entries;
    for (const QString &part : parts) {
        QFile file(part);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        merged = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &entry : merged.value(QStringLiteral("log"))
                                               .toObject()
                                               .value(QStringLiteral("entries"))
                                               .toArray())
            entries.append(entry);
    }
    QJsonObject log = merged.value(QStringLiteral("log")).toObject();
    log.insert(QStringLiteral("entries"), entries);
    merged.insert(QStringLiteral("log"), log);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(merged).toJson());
    return path;
}

// A 304 after the 200 it validated shows the stored fields it refreshed, old → new; a request
// in another language shows the Vary field that kept the stored response from answering.
void TestCliCache::explainAgainstEarlierEntries()
{
    const QString url = m_server.url(QStringLiteral("/caching/no-cache"));
    const QString first = m_dir.filePath(QStringLiteral("first.har"));
    const QString second = m_dir.filePath(QStringLiteral("second.har"));
    QCOMPARE(send({QStringLiteral("-s"),
                   QStringLiteral("-o"),
                   QStringLiteral("/dev/null"),
                   QStringLiteral("--har"),
                   first,
                   QStringLiteral("--etag-save"),
                   m_dir.filePath(QStringLiteral("etag")),
                   url})
                     .exitCode,
             0);
    m_server.advanceClock(1);
    QCOMPARE(send({QStringLiteral("-s"),
                   QStringLiteral("--har"),
                   second,
                   QStringLiteral("--etag-compare"),
                   m_dir.filePath(QStringLiteral("etag")),
                   url})
                     .exitCode,
             0);
    const QString cli = QStringLiteral(HTTPLENS_CLI_PATH);
    ServedRun run = runServedCapturing(cli,
                                       {QStringLiteral("explain"),
                                        QStringLiteral("--har"),
                                        mergedHar(m_dir.filePath(QStringLiteral("both.har")),
                                                  {first, second})});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Against the earlier entries (a browser's cache)\n  The 304 "
                              "refreshed the stored response (RFC 9111 §4.3.4).\n  Date: "),
             run.out.constData());
    QVERIFY2(run.out.contains(" GMT → "), run.out.constData());

    const QString language = m_server.url(QStringLiteral("/caching/vary-language"));
    const QString english = m_dir.filePath(QStringLiteral("en.har"));
    const QString chinese = m_dir.filePath(QStringLiteral("zh.har"));
    send({QStringLiteral("-s"),
          QStringLiteral("--har"),
          english,
          QStringLiteral("-H"),
          QStringLiteral("Accept-Language: en"),
          language});
    send({QStringLiteral("-s"),
          QStringLiteral("--har"),
          chinese,
          QStringLiteral("-H"),
          QStringLiteral("Accept-Language: zh-CN"),
          language});
    run = runServedCapturing(cli,
                             {QStringLiteral("explain"),
                              QStringLiteral("--har"),
                              mergedHar(m_dir.filePath(QStringLiteral("lang.har")),
                                        {english, chinese})});
    QVERIFY2(run.out.contains("  The stored response varies on accept-language: it was stored for "
                              "\"en\", and this request sends \"zh-CN\" (RFC 9111 §4.1).\n"),
             run.out.constData());
}

void TestCliCache::inChinese()
{
    const QString cache = m_dir.filePath(QStringLiteral("zh"));
    const QString url = m_server.url(QStringLiteral("/caching/immutable"));
    const QStringList zh{QStringLiteral("--lang"),
                         QStringLiteral("zh_CN"),
                         QStringLiteral("send"),
                         QStringLiteral("--cache"),
                         cache,
                         QStringLiteral("-s"),
                         QStringLiteral("-v"),
                         url};
    const QString cli = QStringLiteral(HTTPLENS_CLI_PATH);
    QCOMPARE(runServedCapturing(cli, zh).exitCode, 0);
    const ServedRun run = runServedCapturing(cli, zh);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.err).split(QLatin1Char('\n'),
                                                               Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 9);
    for (const QString &line : lines)
        QVERIFY2(hasChinese(line), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCliCache)
#include "tst_clicache.moc"
