#include "knowledge/freshness.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/reasonphrases.h"
#include "knowledge/statuscatalogue.h"

#include "model/request.h"

#include "text.h"

#include <QTest>

using namespace HttpLens;

namespace {

// The IANA HTTP Status Code Registry, every assigned or reserved code.
const QList<int> kIana{100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207,
                       208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401,
                       402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414,
                       415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431,
                       451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511};

// The unofficial codes people meet, which the catalogue must explain with their origin.
const QList<int> kUnofficial{419, 420, 430, 440, 444, 449, 450, 460, 463, 494,
                             495, 496, 497, 498, 499, 509, 520, 521, 522, 523,
                             524, 525, 526, 527, 529, 530, 561, 598, 599};

} // namespace

Q_DECLARE_METATYPE(StatusCatalogue::Explanation::Kind)

class TestStatusCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRegisteredCode();
    void unofficialCodes();
    void bothLanguagesEverywhere();
    void agreesWithOtherSources();
    void explain_data();
    void explain();
    void languages();
    void headerCatalogue();

private:
    std::optional<StatusCatalogue> m_catalogue;
};

void TestStatusCatalogue::initTestCase()
{
    QString error;
    m_catalogue = StatusCatalogue::load(&error);
    QVERIFY2(m_catalogue, qPrintable(error));
}

void TestStatusCatalogue::everyRegisteredCode()
{
    for (int code : kIana) {
        const auto entry = m_catalogue->find(code, Language::English);
        QVERIFY2(entry, qPrintable(QString::number(code)));
        QVERIFY2(entry->official, qPrintable(QString::number(code)));
        QVERIFY2(entry->spec.startsWith(QLatin1String("RFC"))
                         || entry->spec.startsWith(QLatin1String("draft")),
                 qPrintable(entry->spec));
        QVERIFY(!entry->reason.isEmpty());
    }
    // Nothing is marked official that the registry does not hold.
    for (int code : m_catalogue->codes()) {
        if (m_catalogue->find(code, Language::English)->official)
            QVERIFY2(kIana.contains(code), qPrintable(QString::number(code)));
    }
}

void TestStatusCatalogue::unofficialCodes()
{
    for (int code : kUnofficial) {
        const auto entry = m_catalogue->find(code, Language::English);
        QVERIFY2(entry, qPrintable(QString::number(code)));
        QVERIFY2(!entry->official, qPrintable(QString::number(code)));
        QVERIFY2(!entry->origin.isEmpty(), qPrintable(QString::number(code)));
    }
    QCOMPARE(m_catalogue->codes().size(), kIana.size() + kUnofficial.size());
}

void TestStatusCatalogue::bothLanguagesEverywhere()
{
    for (int code : m_catalogue->codes()) {
        const auto en = m_catalogue->find(code, Language::English);
        const auto zh = m_catalogue->find(code, Language::Chinese);
        QVERIFY(en && zh);
        const QString where = QString::number(code);
        QVERIFY2(!en->summary.isEmpty() && !en->detail.isEmpty(), qPrintable(where));
        QVERIFY2(!hasChinese(en->summary) && !hasChinese(en->detail), qPrintable(where));
        QVERIFY2(hasChinese(zh->summary) && hasChinese(zh->detail), qPrintable(where));
        QCOMPARE(en->reason, zh->reason);
    }
    for (int cls = 1; cls <= 5; ++cls) {
        QVERIFY(hasChinese(m_catalogue->explain(cls * 100 + 99, Language::Chinese).detail));
        QVERIFY(!hasChinese(m_catalogue->explain(cls * 100 + 99, Language::English).detail));
    }
    QVERIFY(hasChinese(m_catalogue->explain(705, Language::Chinese).detail));
}

void TestStatusCatalogue::agreesWithOtherSources()
{
    for (int code : kIana) {
        const auto entry = m_catalogue->find(code, Language::English);
        const QByteArray phrase = standardReasonPhrase(code);
        if (!phrase.isEmpty())
            QCOMPARE(entry->reason, phrase);
        QVERIFY2(entry->cacheable == isHeuristicallyCacheable(code),
                 qPrintable(QString::number(code)));
    }
}

void TestStatusCatalogue::explain_data()
{
    using Kind = StatusCatalogue::Explanation::Kind;
    QTest::addColumn<int>("code");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("title");
    QTest::newRow("304") << 304 << Kind::Registered << "304 Not Modified";
    QTest::newRow("418 reserved") << 418 << Kind::Registered << "418 (Unused)";
    QTest::newRow("444 nginx") << 444 << Kind::Unofficial << "444 No Response";
    QTest::newRow("522 Cloudflare") << 522 << Kind::Unofficial << "522 Connection Timed Out";
    QTest::newRow("299 by class") << 299 << Kind::ClassOnly << "299";
    QTest::newRow("150 by class") << 150 << Kind::ClassOnly << "150";
    QTest::newRow("705 is not HTTP") << 705 << Kind::NotHttp << "705";
    QTest::newRow("600 is not HTTP") << 600 << Kind::NotHttp << "600";
    QTest::newRow("99 is not HTTP") << 99 << Kind::NotHttp << "99";
    QTest::newRow("0 is not HTTP") << 0 << Kind::NotHttp << "0";
    QTest::newRow("negative") << -1 << Kind::NotHttp << "-1";
}

void TestStatusCatalogue::explain()
{
    using Kind = StatusCatalogue::Explanation::Kind;
    QFETCH(int, code);
    QFETCH(Kind, kind);
    QFETCH(QString, title);
    for (Language language : {Language::English, Language::Chinese}) {
        const StatusCatalogue::Explanation e = m_catalogue->explain(code, language);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.title, title);
        QVERIFY(!e.summary.isEmpty());
        QVERIFY(!e.detail.isEmpty());
        QCOMPARE(e.className.isEmpty(), kind == Kind::NotHttp);
    }
}

void TestStatusCatalogue::languages()
{
    QCOMPARE(languageFor(QStringLiteral("zh_CN")), Language::Chinese);
    QCOMPARE(languageFor(QStringLiteral("zh")), Language::Chinese);
    QCOMPARE(languageFor(QStringLiteral("en_US")), Language::English);
    QCOMPARE(languageFor(QStringLiteral("fr_FR")), Language::English);
}

void TestStatusCatalogue::headerCatalogue()
{
    QString error;
    const std::optional<HeaderCatalogue> headers = HeaderCatalogue::load(&error);
    QVERIFY2(headers, qPrintable(error));
    const QList<QByteArray> names = headers->names();
    QVERIFY2(names.size() >= 80, qPrintable(QString::number(names.size())));
    for (const QByteArray &name : names) {
        const auto en = headers->find(name, Language::English);
        const auto zh = headers->find(name, Language::Chinese);
        QVERIFY(en && zh);
        QVERIFY2(isToken(name), name.constData());
        QVERIFY2(!en->meaning.isEmpty() && !hasChinese(en->meaning), name.constData());
        QVERIFY2(hasChinese(zh->meaning), name.constData());
        QVERIFY2(!en->spec.isEmpty(), name.constData());
        QVERIFY2(en->example.toLower().startsWith(QByteArray(name.toLower() + ": ")),
                 en->example.constData());
        QVERIFY2(QStringList({QStringLiteral("request"),
                              QStringLiteral("response"),
                              QStringLiteral("both")})
                         .contains(en->direction),
                 name.constData());
    }
    // Look-ups ignore case; the headers HTTP Lens's own findings talk about are all there.
    QCOMPARE(headers->find("etag", Language::English)->name, QByteArray("ETag"));
    for (const char *name : {"If-None-Match",
                             "If-Modified-Since",
                             "If-Match",
                             "If-Range",
                             "Last-Modified",
                             "Cache-Control",
                             "Expires",
                             "Age",
                             "Vary",
                             "Set-Cookie",
                             "Cookie",
                             "Location",
                             "WWW-Authenticate",
                             "Allow",
                             "Retry-After",
                             "Strict-Transport-Security",
                             "Content-Encoding",
                             "Content-Length",
                             "Content-Type",
                             "Content-Range",
                             "Range",
                             "Date",
                             "Authorization",
                             "User-Agent",
                             "Accept",
                             "Host"})
        QVERIFY2(headers->find(name, Language::Chinese), name);
    QVERIFY(!headers->find("X-Not-A-Real-Header", Language::English));
}

QTEST_GUILESS_MAIN(TestStatusCatalogue)
#include "tst_statuscatalogue.moc"
