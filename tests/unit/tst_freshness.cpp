#include "knowledge/freshness.h"
#include "knowledge/statuscatalogue.h"
#include "model/httpdate.h"

#include "text.h"

#include <QTest>

using namespace HttpLens;

Q_DECLARE_METATYPE(Freshness::Source)
Q_DECLARE_METATYPE(Freshness::Next)

namespace {

// All times are relative to a fixed "now"; header values may use {t-N} and {t+N} for the
// HTTP-date N seconds before or after it.
const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(12, 0, 0), Qt::UTC);

HeaderList headers(const QList<std::pair<const char *, const char *>> &fields)
{
    HeaderList list;
    for (const auto &[name, value] : fields) {
        QByteArray text(value);
        const qsizetype open = text.indexOf("{t");
        if (open >= 0) {
            const qsizetype close = text.indexOf('}', open);
            const qint64 offset = text.mid(open + 2, close - open - 2).toLongLong();
            text.replace(open, close - open + 1, formatHttpDate(kNow.addSecs(offset)));
        }
        list.append({QByteArray(name), text});
    }
    return list;
}

} // namespace

class TestFreshness : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void ageArithmetic();
    void cacheControlParsing();
};

void TestFreshness::evaluate_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<HeaderList>("response");
    QTest::addColumn<HeaderList>("request");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<bool>("storable");
    QTest::addColumn<Freshness::Source>("source");
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<Freshness::Next>("next");
    QTest::addColumn<QByteArray>("validator");
    using S = Freshness::Source;
    using N = Freshness::Next;

    QTest::newRow("max-age, fresh")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-600}"}, {"Cache-Control", "max-age=3600"}, {"ETag", "\"v1\""}})
            << HeaderList() << false << true << S::MaxAge << qint64(3600) << qint64(600) << N::Serve
            << QByteArray();
    QTest::newRow("max-age, stale, ETag")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-600}"},
                        {"Cache-Control", "max-age=60"},
                        {"ETag", "\"v1\""},
                        {"Last-Modified", "{t-9000}"}})
            << HeaderList() << false << true << S::MaxAge << qint64(60) << qint64(600)
            << N::Revalidate << QByteArray("If-None-Match: \"v1\"");
    QTest::newRow("stale, Last-Modified only")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-600}"},
                        {"Cache-Control", "max-age=60"},
                        {"Last-Modified", "{t-9000}"}})
            << HeaderList() << false << true << S::MaxAge << qint64(60) << qint64(600)
            << N::Revalidate
            << QByteArray("If-Modified-Since: " + formatHttpDate(kNow.addSecs(-9000)));
    QTest::newRow("stale, no validators")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-600}"}, {"Cache-Control", "max-age=60"}}) << HeaderList()
            << false << true << S::MaxAge << qint64(60) << qint64(600) << N::Fetch << QByteArray();
    QTest::newRow("s-maxage in a shared cache")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "max-age=1000, s-maxage=10"}})
            << HeaderList() << true << true << S::SMaxAge << qint64(10) << qint64(0) << N::Serve
            << QByteArray();
    QTest::newRow("s-maxage ignored by a private cache")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "max-age=1000, s-maxage=10"}})
            << HeaderList() << false << true << S::MaxAge << qint64(1000) << qint64(0) << N::Serve
            << QByteArray();
    QTest::newRow("Expires minus Date")
            << QByteArray("GET") << 200 << headers({{"Date", "{t-100}"}, {"Expires", "{t+7100}"}})
            << HeaderList() << false << true << S::Expires << qint64(7200) << qint64(100)
            << N::Serve << QByteArray();
    QTest::newRow("max-age beats Expires")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Expires", "{t+7200}"}, {"Cache-Control", "max-age=5"}})
            << HeaderList() << false << true << S::MaxAge << qint64(5) << qint64(0) << N::Serve
            << QByteArray();
    QTest::newRow("Expires 0 is in the past")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Expires", "0"}, {"ETag", "\"e\""}}) << HeaderList()
            << false << true << S::Expires << qint64(0) << qint64(0) << N::Revalidate
            << QByteArray("If-None-Match: \"e\"");
    QTest::newRow("heuristic: 10% of Last-Modified age")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Last-Modified", "{t-864000}"}}) << HeaderList()
            << false << true << S::Heuristic << qint64(86400) << qint64(0) << N::Serve
            << QByteArray();
    QTest::newRow("404 is heuristically cacheable")
            << QByteArray("GET") << 404
            << headers({{"Date", "{t-0}"}, {"Last-Modified", "{t-1000}"}}) << HeaderList() << false
            << true << S::Heuristic << qint64(100) << qint64(0) << N::Serve << QByteArray();
    QTest::newRow("302 without freshness is not stored")
            << QByteArray("GET") << 302
            << headers({{"Date", "{t-0}"}, {"Last-Modified", "{t-1000}"}}) << HeaderList() << false
            << false << S::None << qint64(0) << qint64(0) << N::Fetch << QByteArray();
    QTest::newRow("302 with max-age is stored")
            << QByteArray("GET") << 302
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "max-age=30"}}) << HeaderList()
            << false << true << S::MaxAge << qint64(30) << qint64(0) << N::Serve << QByteArray();
    QTest::newRow("no-store") << QByteArray(
            "GET") << 200 << headers({{"Date", "{t-0}"}, {"Cache-Control", "no-store, max-age=60"}})
                              << HeaderList() << false << false << S::MaxAge << qint64(60)
                              << qint64(0) << N::Fetch << QByteArray();
    QTest::newRow("request no-store")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "max-age=60"}})
            << headers({{"Cache-Control", "no-store"}}) << false << false << S::MaxAge << qint64(60)
            << qint64(0) << N::Fetch << QByteArray();
    QTest::newRow("private in a shared cache")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "private, max-age=60"}})
            << HeaderList() << true << false << S::MaxAge << qint64(60) << qint64(0) << N::Fetch
            << QByteArray();
    QTest::newRow("private in a browser cache")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "private, max-age=60"}})
            << HeaderList() << false << true << S::MaxAge << qint64(60) << qint64(0) << N::Serve
            << QByteArray();
    QTest::newRow("Authorization in a shared cache")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "max-age=60"}})
            << headers({{"Authorization", "Basic eDp5"}}) << true << false << S::MaxAge
            << qint64(60) << qint64(0) << N::Fetch << QByteArray();
    QTest::newRow("no-cache: always revalidate")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"},
                        {"Cache-Control", "no-cache, max-age=600"},
                        {"ETag", "\"n\""}})
            << HeaderList() << false << true << S::MaxAge << qint64(600) << qint64(0)
            << N::Revalidate << QByteArray("If-None-Match: \"n\"");
    QTest::newRow("POST is not stored")
            << QByteArray("POST") << 200
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "max-age=60"}}) << HeaderList()
            << false << false << S::MaxAge << qint64(60) << qint64(0) << N::Fetch << QByteArray();
    QTest::newRow("304 is not stored itself")
            << QByteArray("GET") << 304
            << headers({{"Date", "{t-0}"}, {"Cache-Control", "max-age=60"}}) << HeaderList()
            << false << false << S::MaxAge << qint64(60) << qint64(0) << N::Fetch << QByteArray();
    QTest::newRow("Age header adds to the age")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Age", "100"}, {"Cache-Control", "max-age=3600"}})
            << HeaderList() << false << true << S::MaxAge << qint64(3600) << qint64(100) << N::Serve
            << QByteArray();
    QTest::newRow("negative Age ignored")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"}, {"Age", "-5"}, {"Cache-Control", "max-age=3600"}})
            << HeaderList() << false << true << S::MaxAge << qint64(3600) << qint64(0) << N::Serve
            << QByteArray();
    QTest::newRow("huge Age is 2^31") << QByteArray("GET") << 200
                                      << headers({{"Date", "{t-0}"},
                                                  {"Age", "99999999999999999999"},
                                                  {"Cache-Control", "max-age=3600"}})
                                      << HeaderList() << false << true << S::MaxAge << qint64(3600)
                                      << qint64(2147483648LL) << N::Fetch << QByteArray();
    QTest::newRow("Date in the future: clock skew")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t+3600}"}, {"Cache-Control", "max-age=60"}}) << HeaderList()
            << false << true << S::MaxAge << qint64(60) << qint64(0) << N::Serve << QByteArray();
    QTest::newRow("conflicting max-age: stale")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"},
                        {"Cache-Control", "max-age=60"},
                        {"Cache-Control", "max-age=3600"},
                        {"ETag", "\"c\""}})
            << HeaderList() << false << true << S::MaxAge << qint64(0) << qint64(0) << N::Revalidate
            << QByteArray("If-None-Match: \"c\"");
    QTest::newRow("directives over several fields")
            << QByteArray("GET") << 200
            << headers({{"Date", "{t-0}"},
                        {"Cache-Control", "public"},
                        {"Cache-Control", "max-age=100"}})
            << HeaderList() << true << true << S::MaxAge << qint64(100) << qint64(0) << N::Serve
            << QByteArray();
    QTest::newRow("invalid Date: response time")
            << QByteArray("GET") << 200
            << headers({{"Date", "soon"}, {"Cache-Control", "max-age=60"}}) << HeaderList() << false
            << true << S::MaxAge << qint64(60) << qint64(0) << N::Serve << QByteArray();
}

void TestFreshness::evaluate()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(HeaderList, response);
    QFETCH(HeaderList, request);
    QFETCH(bool, shared);
    QFETCH(bool, storable);
    QFETCH(Freshness::Source, source);
    QFETCH(qint64, lifetime);
    QFETCH(qint64, age);
    QFETCH(Freshness::Next, next);
    QFETCH(QByteArray, validator);

    FreshnessInput input;
    input.method = method;
    input.status = status;
    input.responseHeaders = response;
    input.requestHeaders = request;
    input.requestTime = kNow;
    input.responseTime = kNow;
    input.now = kNow;
    input.sharedCache = shared;
    const Freshness result = evaluateFreshness(input);
    QVERIFY2(result.storable == storable, qPrintable(result.storableReason));
    QVERIFY(!result.storableReason.isEmpty());
    QCOMPARE(result.source, source);
    QCOMPARE(result.lifetime, lifetime);
    QCOMPARE(result.currentAge, age);
    QCOMPARE(result.next, next);
    // Fresh means within its lifetime; no-cache still demands revalidation before use.
    const bool noCache = headerValue(response, "Cache-Control").contains("no-cache");
    QCOMPARE(result.fresh, next == Freshness::Next::Serve || (noCache && lifetime > age));
    QCOMPARE(result.validatorHeader.isEmpty()
                     ? QByteArray()
                     : result.validatorHeader + ": " + result.validatorValue,
             validator);

    // The verdict and its notes read in Simplified Chinese too.
    const std::unique_ptr<QTranslator> chinese = translatorFor(Language::Chinese);
    QVERIFY(chinese);
    QCoreApplication::installTranslator(chinese.get());
    const Freshness translated = evaluateFreshness(input);
    QCoreApplication::removeTranslator(chinese.get());
    QVERIFY2(hasChinese(translated.storableReason), qPrintable(translated.storableReason));
    for (const QString &note : translated.notes)
        QVERIFY2(hasChinese(note), qPrintable(note));
}

void TestFreshness::ageArithmetic()
{
    // RFC 9111 §4.2.3 step by step: the response left the origin 10 s before it arrived
    // (apparent age 10), said Age: 5, took 2 s to arrive (corrected Age 7), and has been
    // stored for 3 s: current_age = max(10, 5 + 2) + 3 = 13.
    FreshnessInput input;
    input.requestTime = kNow.addSecs(-5);
    input.responseTime = kNow.addSecs(-3);
    input.now = kNow;
    input.responseHeaders = headers(
            {{"Date", "{t-13}"}, {"Age", "5"}, {"Cache-Control", "max-age=14"}});
    Freshness result = evaluateFreshness(input);
    QCOMPARE(result.currentAge, 13);
    QVERIFY(result.fresh);
    // When the Age value dominates: Age 20 + delay 2 = 22 > apparent age 10, plus 3 resident.
    input.responseHeaders = headers(
            {{"Date", "{t-13}"}, {"Age", "20"}, {"Cache-Control", "max-age=14"}});
    result = evaluateFreshness(input);
    QCOMPARE(result.currentAge, 25);
    QVERIFY(!result.fresh);
    QCOMPARE(result.next, Freshness::Next::Fetch);
}

void TestFreshness::cacheControlParsing()
{
    const CacheControl control = CacheControl::parse(
            headers({{"Cache-Control", "Max-Age=\"60\", no-cache=\"Set-Cookie, X-A\", PUBLIC"},
                     {"Cache-Control", "s-maxage=abc"}}));
    QVERIFY(control.has("max-age"));
    QCOMPARE(control.seconds("max-age").value_or(-1), 60);
    QVERIFY(control.has("no-cache"));
    QVERIFY(control.has("public"));
    QVERIFY(!control.seconds("s-maxage").has_value());
    QVERIFY(!control.has("private"));
}

QTEST_GUILESS_MAIN(TestFreshness)
#include "tst_freshness.moc"
