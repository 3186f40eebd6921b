// The browser-cache simulator: RFC 9111's age arithmetic, what a private and a shared cache
// store, and what each would do with a request at several moments.
#include "knowledge/cachedecision.h"
#include "knowledge/simulatedcache.h"
#include "knowledge/statuscatalogue.h"
#include "model/httpdate.h"
#include "text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace HttpLens;

namespace {

const QString kUrl = QStringLiteral("http://127.0.0.1:8808/r");

QDateTime at(int seconds)
{
    return QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC).addSecs(seconds);
}

HeaderList fields(std::initializer_list<std::pair<const char *, const char *>> list)
{
    HeaderList headers;
    for (const auto &item : list)
        headers.append(HeaderField{item.first, item.second});
    return headers;
}

// A 200 sent at 10:00:00 and received at 10:00:01, with Date 10:00:00 and the given fields.
CacheEntry response(HeaderList headers, int status = 200, const QByteArray &method = "GET")
{
    headers.prepend(HeaderField{"Date", formatHttpDate(at(0))});
    CacheEntry entry;
    entry.url = kUrl;
    entry.method = method;
    entry.status = status;
    entry.responseHeaders = headers;
    entry.requestTime = at(0);
    entry.responseTime = at(1);
    return entry;
}

CacheDecision decideAt(const SimulatedCache &cache, int seconds, const HeaderList &request = {})
{
    return CacheDecision::decide(cache, kUrl, "GET", request, at(seconds));
}

} // namespace

class TestCacheSimulator : public QObject
{
    Q_OBJECT

private slots:
    void ageArithmetic_data();
    void ageArithmetic();
    void decisions_data();
    void decisions();
    void sharedCacheUsesSMaxAge();
    void varyMismatchFetchesAgain();
    void notModifiedRefreshesStoredFields();
    void unsafeMethodInvalidates();
    void headIsNotStored();
    void noStoreIsNeverStored();
    void savedAndRead();
    void brokenFilesRefused_data();
    void brokenFilesRefused();
    void stepsInChinese();
};

void TestCacheSimulator::ageArithmetic_data()
{
    QTest::addColumn<int>("dateOffset"); // Date relative to 10:00:00; 9999: no Date
    QTest::addColumn<int>("ageValue");
    QTest::addColumn<int>("requestOffset");
    QTest::addColumn<int>("responseOffset");
    QTest::addColumn<int>("nowOffset");
    QTest::addColumn<QList<qint64>>(
            "expected"); // apparent, delay, corrected, initial, resident, current
    // RFC 9111 §4.2.3 with every term non-zero: a response that waited 30 s in a cache upstream.
    QTest::newRow("all terms") << 0 << 30 << 5 << 7 << 67 << QList<qint64>{7, 2, 32, 32, 60, 92};
    // Apparent age beats a smaller Age: the origin's Date is 100 s before arrival.
    QTest::newRow("apparent wins")
            << -100 << 10 << 0 << 1 << 11 << QList<qint64>{101, 1, 11, 101, 10, 111};
    // The server's clock runs 100 s ahead: apparent age is clamped to 0 and Age decides.
    QTest::newRow("server clock ahead")
            << 100 << 20 << 0 << 2 << 12 << QList<qint64>{0, 2, 22, 22, 10, 32};
    // The server's clock runs an hour behind: apparent age counts the skew, as the RFC's
    // conservative choice does.
    QTest::newRow("server clock behind")
            << -3600 << 0 << 0 << 1 << 1 << QList<qint64>{3601, 1, 1, 3601, 0, 3601};
    QTest::newRow("no Date") << 9999 << 0 << 0 << 3 << 13 << QList<qint64>{0, 3, 3, 3, 10, 13};
}

void TestCacheSimulator::ageArithmetic()
{
    QFETCH(int, dateOffset);
    QFETCH(int, ageValue);
    QFETCH(int, requestOffset);
    QFETCH(int, responseOffset);
    QFETCH(int, nowOffset);
    QFETCH(QList<qint64>, expected);
    const AgeCalculation age = AgeCalculation::compute(dateOffset == 9999 ? QDateTime()
                                                                          : at(dateOffset),
                                                       ageValue,
                                                       at(requestOffset),
                                                       at(responseOffset),
                                                       at(nowOffset));
    QCOMPARE((QList<qint64>{age.apparentAge,
                            age.responseDelay,
                            age.correctedAgeValue,
                            age.correctedInitialAge,
                            age.residentTime,
                            age.currentAge}),
             expected);
    const QStringList steps = age.steps();
    QCOMPARE(steps.size(), 6);
    QVERIFY2(steps.last().endsWith(QStringLiteral("= %1 s").arg(expected.last())),
             qPrintable(steps.last()));
}

void TestCacheSimulator::decisions_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("conditional");
    QTest::addColumn<QString>("step"); // a step the reasoning must show
    const HeaderList maxAge = fields({{"Cache-Control", "max-age=10"}, {"ETag", "\"v1\""}});
    const HeaderList mustRevalidate = fields(
            {{"Cache-Control", "max-age=10, must-revalidate"}, {"ETag", "\"v1\""}});
    const HeaderList heuristic = fields({{"Last-Modified", "Sat, 21 Nov 2026 10:00:00 GMT"}});
    const HeaderList swr = fields(
            {{"Cache-Control", "max-age=5, stale-while-revalidate=30"}, {"ETag", "\"s\""}});
    const HeaderList noCache = fields({{"Cache-Control", "no-cache"}, {"ETag", "\"n\""}});
    const HeaderList bare = fields({{"Cache-Control", "max-age=10"}});
    const HeaderList immutable = fields({{"Cache-Control", "max-age=31536000, immutable"}});
    using A = CacheDecision::Action;
    QTest::newRow("fresh")
            << maxAge << 5 << int(A::Serve) << QString()
            << QStringLiteral("current age = corrected initial age 1 + resident time 4 = 5 s");
    QTest::newRow("stale") << maxAge << 11 << int(A::Revalidate)
                           << QStringLiteral("If-None-Match: \"v1\"")
                           << QStringLiteral("stale: age 11 s ≥ lifetime 10 s, 1 s past it");
    QTest::newRow("must-revalidate fresh") << mustRevalidate << 9 << int(A::Serve) << QString()
                                           << QStringLiteral("freshness lifetime = max-age = 10 s");
    QTest::newRow("must-revalidate stale")
            << mustRevalidate << 60 << int(A::Revalidate) << QStringLiteral("If-None-Match: \"v1\"")
            << QStringLiteral("must-revalidate: a stale copy is never served without asking, not "
                              "even when the server cannot be reached.");
    QTest::newRow("heuristic fresh")
            << heuristic << 3600 << int(A::Serve) << QString()
            << QStringLiteral("freshness lifetime = 10% of (Date − Last-Modified) = 10% of 864000 "
                              "s = 86400 s (heuristic, RFC 9111 §4.2.2)");
    QTest::newRow("heuristic stale")
            << heuristic << 90000 << int(A::Revalidate)
            << QStringLiteral("If-Modified-Since: Sat, 21 Nov 2026 10:00:00 GMT") << QString();
    QTest::newRow("swr inside") << swr << 20 << int(A::ServeStale)
                                << QStringLiteral("If-None-Match: \"s\"")
                                << QStringLiteral("stale-while-revalidate=30: served stale now, "
                                                  "revalidated in the background (RFC 5861)");
    QTest::newRow("swr past") << swr << 40 << int(A::Revalidate)
                              << QStringLiteral("If-None-Match: \"s\"") << QString();
    QTest::newRow("no-cache at once")
            << noCache << 0 << int(A::Revalidate) << QStringLiteral("If-None-Match: \"n\"")
            << QStringLiteral("no-cache: a stored response is used only after revalidation.");
    QTest::newRow("stale, no validator")
            << bare << 30 << int(A::Fetch) << QString()
            << QStringLiteral("no ETag or Last-Modified to revalidate with: the whole response is "
                              "fetched again");
    QTest::newRow("immutable")
            << immutable << 86400 << int(A::Serve) << QString()
            << QStringLiteral(
                       "immutable: even a reload would not revalidate it while it is fresh.");
}

void TestCacheSimulator::decisions()
{
    QFETCH(HeaderList, headers);
    QFETCH(int, seconds);
    QFETCH(int, action);
    QFETCH(QString, conditional);
    QFETCH(QString, step);
    SimulatedCache cache;
    QCOMPARE(cache.record(response(headers)).kind, SimulatedCache::Update::Kind::Stored);
    const CacheDecision decision = decideAt(cache, seconds);
    QCOMPARE(int(decision.action), action);
    QStringList sent;
    for (const HeaderField &field : decision.conditional)
        sent.append(QString::fromLatin1(field.name + ": " + field.value));
    if (!conditional.isEmpty())
        QCOMPARE(sent.value(0), conditional);
    if (action == int(CacheDecision::Action::Serve) || action == int(CacheDecision::Action::Fetch))
        QVERIFY(action == int(CacheDecision::Action::Serve) || sent.isEmpty());
    if (!step.isEmpty())
        QVERIFY2(decision.steps.contains(step), qPrintable(decision.steps.join(QLatin1Char('\n'))));
    QVERIFY(!decision.verdict().isEmpty());
}

void TestCacheSimulator::sharedCacheUsesSMaxAge()
{
    const CacheEntry entry = response(
            fields({{"Cache-Control", "public, max-age=10, s-maxage=60"}, {"ETag", "\"c\""}}));
    SimulatedCache browser(false);
    SimulatedCache cdn(true);
    browser.record(entry);
    cdn.record(entry);
    QCOMPARE(decideAt(browser, 30).action, CacheDecision::Action::Revalidate);
    QCOMPARE(decideAt(cdn, 30).action, CacheDecision::Action::Serve);
    QCOMPARE(decideAt(cdn, 61).action, CacheDecision::Action::Revalidate);
    // private: only the browser keeps it.
    SimulatedCache privateCdn(true);
    privateCdn.record(response(fields({{"Cache-Control", "private, max-age=60"}})));
    QVERIFY(privateCdn.entries().isEmpty());
}

void TestCacheSimulator::varyMismatchFetchesAgain()
{
    CacheEntry english = response(fields(
            {{"Cache-Control", "max-age=60"}, {"Vary", "Accept-Language"}, {"ETag", "\"en\""}}));
    english.requestHeaders = fields({{"Accept-Language", "en"}});
    SimulatedCache cache;
    cache.record(english);
    QCOMPARE(decideAt(cache, 5, fields({{"Accept-Language", "en"}})).action,
             CacheDecision::Action::Serve);
    const CacheDecision chinese = decideAt(cache, 5, fields({{"Accept-Language", "zh-CN"}}));
    QCOMPARE(chinese.action, CacheDecision::Action::Fetch);
    QVERIFY(!chinese.entry);
    QCOMPARE(chinese.steps.value(0),
             QStringLiteral("The stored response varies on accept-language: it was stored for "
                            "\"en\", and this request sends \"zh-CN\" (RFC 9111 §4.1)."));
    // The Chinese answer is kept beside the English one, not instead of it.
    CacheEntry zh = english;
    zh.requestHeaders = fields({{"Accept-Language", "zh-CN"}});
    cache.record(zh);
    QCOMPARE(cache.entries().size(), 2);
}

void TestCacheSimulator::notModifiedRefreshesStoredFields()
{
    SimulatedCache cache;
    cache.record(response(fields(
            {{"Cache-Control", "max-age=10"}, {"ETag", "\"v1\""}, {"Content-Length", "42"}})));
    CacheEntry notModified;
    notModified.url = kUrl;
    notModified.status = 304;
    notModified.requestTime = at(100);
    notModified.responseTime = at(101);
    notModified.responseHeaders = fields({{"Date", "Tue, 01 Dec 2026 10:01:40 GMT"},
                                          {"Cache-Control", "max-age=60"},
                                          {"ETag", "\"v1\""},
                                          {"Content-Length", "0"}});
    const SimulatedCache::Update update = cache.record(notModified);
    QCOMPARE(update.kind, SimulatedCache::Update::Kind::Refreshed);
    QCOMPARE(update.changes.size(), 2); // Date and Cache-Control; Content-Length is never taken
    QCOMPARE(update.changes.at(0).name, QByteArray("Date"));
    QCOMPARE(update.changes.at(0).before, QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
    QCOMPARE(update.changes.at(1).after, QByteArray("max-age=60"));
    QCOMPARE(headerValue(cache.entries().first().responseHeaders, "Content-Length"),
             QByteArray("42"));
    // Refreshed at 10:01:41 for 60 s: fresh again at 10:02:00.
    QCOMPARE(decideAt(cache, 120).action, CacheDecision::Action::Serve);
    // A 304 with another ETag validates nothing.
    notModified.responseHeaders = fields({{"ETag", "\"v2\""}});
    QCOMPARE(cache.record(notModified).kind, SimulatedCache::Update::Kind::NotStored);
}

void TestCacheSimulator::unsafeMethodInvalidates()
{
    SimulatedCache cache;
    cache.record(response(fields({{"Cache-Control", "max-age=600"}})));
    QCOMPARE(cache.record(response({}, 200, "POST")).kind,
             SimulatedCache::Update::Kind::Invalidated);
    QCOMPARE(decideAt(cache, 5).action, CacheDecision::Action::Fetch);
}

void TestCacheSimulator::headIsNotStored()
{
    SimulatedCache cache;
    const SimulatedCache::Update update = cache.record(
            response(fields({{"Cache-Control", "max-age=60"}}), 200, "HEAD"));
    QCOMPARE(update.kind, SimulatedCache::Update::Kind::NotStored);
    QVERIFY(cache.entries().isEmpty());
}

void TestCacheSimulator::noStoreIsNeverStored()
{
    SimulatedCache cache;
    const SimulatedCache::Update update = cache.record(
            response(fields({{"Cache-Control", "no-store"}, {"ETag", "\"x\""}})));
    QCOMPARE(update.kind, SimulatedCache::Update::Kind::NotStored);
    QVERIFY(update.reason.contains(QLatin1String("no-store")));
    const CacheDecision decision = decideAt(cache, 0);
    QCOMPARE(decision.action, CacheDecision::Action::Fetch);
    QCOMPARE(decision.steps, QStringList{QStringLiteral("Nothing is stored for this URL.")});
}

void TestCacheSimulator::savedAndRead()
{
    SimulatedCache cache(true);
    CacheEntry entry = response(fields({{"Cache-Control", "s-maxage=60"}, {"ETag", "\"j\""}}));
    entry.requestHeaders = fields({{"Accept", "*/*"}});
    entry.bodyBytes = 12;
    entry.bodySha256 = "ab";
    cache.record(entry);
    const QByteArray json = QJsonDocument(cache.toJson()).toJson();
    QString error;
    const std::optional<SimulatedCache> read
            = SimulatedCache::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->isShared());
    QCOMPARE(QJsonDocument(read->toJson()).toJson(), json);
    QCOMPARE(decideAt(*read, 30).action, CacheDecision::Action::Serve);
}

void TestCacheSimulator::brokenFilesRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no entries") << QByteArray("{}");
    QTest::newRow("entries not a list") << QByteArray("{\"entries\":3}");
    QTest::newRow("entry without url") << QByteArray("{\"entries\":[{\"status\":200}]}");
    QTest::newRow("header with a newline")
            << QByteArray("{\"entries\":[{\"url\":\"http://x/"
                          "\",\"status\":200,\"requestTime\":\"2026-12-01T10:00:00.000Z\","
                          "\"responseTime\":\"2026-12-01T10:00:00.000Z\",\"requestHeaders\":[],"
                          "\"responseHeaders\":[[\"X\",\"a\\nb\"]]}]}");
    QTest::newRow("status out of range")
            << QByteArray("{\"entries\":[{\"url\":\"http://x/"
                          "\",\"status\":7000,\"requestTime\":\"2026-12-01T10:00:00.000Z\","
                          "\"responseTime\":\"2026-12-01T10:00:00.000Z\",\"requestHeaders\":[],"
                          "\"responseHeaders\":[]}]}");
}

void TestCacheSimulator::brokenFilesRefused()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!SimulatedCache::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY(!error.isEmpty());
}

void TestCacheSimulator::stepsInChinese()
{
    SimulatedCache cache;
    cache.record(response(fields({{"Cache-Control", "max-age=10"}, {"ETag", "\"v1\""}})));
    const std::unique_ptr<QTranslator> chinese = translatorFor(Language::Chinese);
    QVERIFY(chinese);
    QCoreApplication::installTranslator(chinese.get());
    const CacheDecision decision = decideAt(cache, 11);
    const QString verdict = decision.verdict();
    QCoreApplication::removeTranslator(chinese.get());
    for (const QString &step : decision.steps)
        QVERIFY2(hasChinese(step), qPrintable(step));
    QVERIFY2(hasChinese(verdict), qPrintable(verdict));
}

QTEST_GUILESS_MAIN(TestCacheSimulator)
#include "tst_cachesimulator.moc"
