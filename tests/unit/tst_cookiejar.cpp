// The cookie jar: cookies.txt lines read and written, Set-Cookie and Cookie fields taken apart,
// the jar edited as the Cookies tab edits it, and the jar going to libcurl and back.
#include "cookies/cookiejar.h"
#include "cookies/cookiestxt.h"
#include "http/engine.h"
#include "inspector/composition.h"
#include "practice/practiceserver.h"
#include "transferwait.h"

#include <QTest>

using namespace HttpLens;

class TestCookieJar : public QObject
{
    Q_OBJECT

private slots:
    void cookiesTxt_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QByteArray("example.org\tFALSE\t/\tFALSE\t0\tsid\tabc") << true;
        QTest::newRow("httponly") << QByteArray(
                "#HttpOnly_.example.org\tTRUE\t/a\tTRUE\t2000000000\tn\tv")
                                  << true;
        QTest::newRow("comment") << QByteArray("# Netscape HTTP Cookie File") << false;
        QTest::newRow("blank") << QByteArray("   ") << false;
        QTest::newRow("short") << QByteArray("example.org\tFALSE\t/\tFALSE\t0\tsid") << false;
        QTest::newRow("bad-expiry")
                << QByteArray("example.org\tFALSE\t/\tFALSE\tsoon\tsid\tv") << false;
        QTest::newRow("empty-value") << QByteArray("h\tFALSE\t/\tFALSE\t0\tn\t") << true;
    }

    void cookiesTxt()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        const std::optional<Cookie> cookie = Cookie::fromNetscapeLine(line);
        QCOMPARE(bool(cookie), valid);
        if (cookie)
            QCOMPARE(cookie->toNetscapeLine(), line);
    }

    void setCookieAndCookieHeader()
    {
        const SetCookie c = SetCookie::parse(
                "session=abc=def; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; path=/x");
        QCOMPARE(c.name, QByteArray("session"));
        QCOMPARE(c.value, QByteArray("abc=def"));
        QVERIFY(c.hasAttribute("httponly"));
        QCOMPARE(c.attribute("PATH"), QByteArray("/x"));
        QCOMPARE(c.attribute("samesite"), QByteArray("Lax"));
        QVERIFY(!c.hasAttribute("Secure"));
        const auto pairs = parseCookieHeader("a=1; b = 2 ;flag;; c=x=y");
        QCOMPARE(pairs.size(), 4);
        QCOMPARE(pairs.at(1), (std::pair<QByteArray, QByteArray>("b", "2")));
        QCOMPARE(pairs.at(2).first, QByteArray("flag"));
        QCOMPARE(pairs.at(3).second, QByteArray("x=y"));
    }

    void cookieJarEditing()
    {
        CookieJar jar;
        jar.setFromNetscapeLines({"h\tFALSE\t/\tFALSE\t0\tn\tv",
                                  "garbage",
                                  "#HttpOnly_h\tFALSE\t/\tFALSE\t0\tsid\ts"});
        QCOMPARE(jar.rowCount(), 2);
        QVERIFY(jar.setData(jar.index(0, CookieJar::Value), QStringLiteral("changed")));
        QVERIFY(!jar.setData(jar.index(0, CookieJar::Value), QStringLiteral("a\tb")));
        QVERIFY(!jar.setData(jar.index(0, CookieJar::Name), QString()));
        QVERIFY(jar.setData(jar.index(0, CookieJar::Expires),
                            QStringLiteral("2030-01-01T00:00:00Z")));
        QCOMPARE(jar.cookies().first().expires, qint64(1893456000));
        QCOMPARE(jar.index(1, CookieJar::HttpOnly).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        jar.removeCookie(1);
        QCOMPARE(jar.toNetscapeLines(),
                 QList<QByteArray>({"h\tFALSE\t/\tFALSE\t1893456000\tn\tchanged"}));
    }

    // The jar goes to libcurl before the request and comes back, updated, afterwards.
    void cookieJarThroughEngine()
    {
        Practice::PracticeServer server;
        QVERIFY(server.listen());
        Engine engine;
        CookieJar jar;
        Composition c;
        c.url = server.url(QStringLiteral("/cookies/set?flavour=oat"));
        c.followRedirects = false;
        Exchange set = sendAndWait(engine, buildRequest(c, jar.toNetscapeLines()).request);
        QVERIFY(set.status() >= 200);
        jar.setFromNetscapeLines(set.cookies);
        QCOMPARE(jar.rowCount(), 1);
        QCOMPARE(jar.cookies().first().name, QByteArray("flavour"));

        QVERIFY(jar.setData(jar.index(0, CookieJar::Value), QStringLiteral("rye")));
        c.url = server.url(QStringLiteral("/cookies"));
        Exchange read = sendAndWait(engine, buildRequest(c, jar.toNetscapeLines()).request);
        QCOMPARE(headerValue(read.finalHop()->request.headers, "Cookie"), QByteArray("flavour=rye"));

        c.useCookieJar = false;
        Exchange without = sendAndWait(engine, buildRequest(c, jar.toNetscapeLines()).request);
        QVERIFY(!hasHeader(without.finalHop()->request.headers, "Cookie"));
        QVERIFY(without.cookies.isEmpty());

        // A Cookie row of the user's joins the jar's cookies in libcurl's one Cookie field.
        c.useCookieJar = true;
        c.headers = {{true, QStringLiteral("Cookie"), QStringLiteral("extra=1")}};
        Exchange both = sendAndWait(engine, buildRequest(c, jar.toNetscapeLines()).request);
        QCOMPARE(headerValues(both.finalHop()->request.headers, "Cookie"),
                 QList<QByteArray>{"flavour=rye; extra=1"});
    }
};

QTEST_GUILESS_MAIN(TestCookieJar)
#include "tst_cookiejar.moc"
