// The practice server's caching scenarios (/caching/…), each asked twice: by HTTP Lens's own
// engine and by the curl tool as an independent client. Both must see the same answer.
#include "http/engine.h"
#include "model/httpdate.h"
#include "practice/practiceserver.h"
#include "practice/routetable.h"
#include "practiceclient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace HttpLens;
using namespace HttpLens::Practice;

namespace {

struct Answer
{
    int status = 0;
    HeaderList headers;
};

} // namespace

class TestCachingScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void revalidation_data();
    void revalidation();
    void directives_data();
    void directives();
    void languagesAreTwoRepresentations();
    void heuristicPageIsTenDaysOld();
    void cdnHopPassesOnAge();
    void editingTheDocumentChangesTheScenarios();
    void listedAndDocumented();

private:
    Answer viaEngine(const QString &path, const QStringList &headers);
    Answer viaCurl(const QString &path, const QStringList &headers);
    QStringList filled(const QStringList &templates, const Answer &first) const;

    PracticeServer m_server;
    Engine m_engine;
    QString m_curl;
};

void TestCachingScenarios::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    m_curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QVERIFY2(!m_curl.isEmpty(), "the curl command-line tool is needed (Debian: curl)");
    // The scenarios' document, made a second in the server's past, so that a date one second
    // after its Last-Modified is no date in the future.
    QCOMPARE(viaEngine(QStringLiteral("/caching/strong-etag?doc=old"), {}).status, 200);
    m_server.advanceClock(1);
}

Answer TestCachingScenarios::viaEngine(const QString &path, const QStringList &headers)
{
    QList<HeaderLine> lines;
    for (const QString &header : headers)
        lines.append(HeaderLine::fromCurlSyntax(header.toUtf8()));
    const Exchange exchange = sendToPractice(m_engine, m_server, path, {}, lines);
    Answer answer;
    answer.status = exchange.status();
    if (const Hop *hop = exchange.finalHop())
        answer.headers = hop->response.headers;
    return answer;
}

Answer TestCachingScenarios::viaCurl(const QString &path, const QStringList &headers)
{
    QStringList arguments{QStringLiteral("-s"),
                          QStringLiteral("-D"),
                          QStringLiteral("-"),
                          QStringLiteral("-o"),
                          QStringLiteral("/dev/null")};
    for (const QString &header : headers)
        arguments << QStringLiteral("-H") << header;
    arguments << m_server.url(path);
    QProcess process;
    process.start(m_curl, arguments);
    // The server lives on this thread's event loop, so wait while letting it run.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000))
        return {};
    const QByteArray head = process.readAllStandardOutput();
    QByteArrayView startLine;
    Answer answer;
    answer.headers = parseHead(head, &startLine);
    answer.status = startLine.toByteArray().split(' ').value(1).toInt();
    return answer;
}

// The conditional request's fields, with {etag}, {lm} and {later} (Last-Modified plus one
// second) taken from the first answer.
QStringList TestCachingScenarios::filled(const QStringList &templates, const Answer &first) const
{
    const QByteArray lastModified = headerValue(first.headers, "Last-Modified");
    const QByteArray later = formatHttpDate(parseHttpDate(lastModified).addSecs(1));
    QStringList out;
    for (QString header : templates) {
        header.replace(QLatin1String("{etag}"),
                       QString::fromLatin1(headerValue(first.headers, "ETag")));
        header.replace(QLatin1String("{lm}"), QString::fromLatin1(lastModified));
        header.replace(QLatin1String("{later}"), QString::fromLatin1(later));
        out.append(header);
    }
    return out;
}

void TestCachingScenarios::revalidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("conditional");
    QTest::addColumn<int>("status");
    struct Row
    {
        const char *name;
        const char *path;
        std::initializer_list<const char *> headers;
        int status;
    };
    const char *gzip = "Accept-Encoding: gzip";
    const Row rows[] = {
            {"strong tag matches", "/caching/strong-etag", {"If-None-Match: {etag}"}, 304},
            {"strong, other tag", "/caching/strong-etag", {"If-None-Match: \"other\""}, 200},
            {"weak tag, If-None-Match", "/caching/weak-etag", {"If-None-Match: {etag}"}, 304},
            {"weak tag, If-Match", "/caching/weak-etag", {"If-Match: {etag}"}, 412},
            {"date only, same", "/caching/last-modified?doc=old", {"If-Modified-Since: {lm}"}, 304},
            {"date only, later",
             "/caching/last-modified?doc=old",
             {"If-Modified-Since: {later}"},
             304},
            {"both, If-None-Match decides",
             "/caching/etag-and-date",
             {"If-None-Match: \"other\"", "If-Modified-Since: {lm}"},
             200},
            {"both, tag matches", "/caching/etag-and-date", {"If-None-Match: {etag}"}, 304},
            {"exact date, same", "/caching/exact-date?doc=old", {"If-Modified-Since: {lm}"}, 304},
            {"exact date, a second later",
             "/caching/exact-date?doc=old",
             {"If-Modified-Since: {later}"},
             200},
            {"broken precedence",
             "/caching/broken-precedence",
             {"If-None-Match: \"other\"", "If-Modified-Since: {lm}"},
             304},
            {"broken precedence, no date",
             "/caching/broken-precedence",
             {"If-None-Match: \"other\""},
             200},
            {"gzip suffix never matches", "/caching/gzip-etag", {gzip, "If-None-Match: {etag}"}, 200},
            {"gzip-etag uncompressed", "/caching/gzip-etag", {"If-None-Match: {etag}"}, 304},
            {"vary encoding, gzip", "/caching/vary-encoding", {gzip, "If-None-Match: {etag}"}, 304},
            {"vary encoding, plain", "/caching/vary-encoding", {"If-None-Match: {etag}"}, 304},
            {"no-cache", "/caching/no-cache", {"If-None-Match: {etag}"}, 304},
    };
    for (const Row &row : rows) {
        QStringList headers;
        for (const char *header : row.headers)
            headers.append(QString::fromLatin1(header));
        QTest::newRow(row.name) << QString::fromLatin1(row.path) << headers << row.status;
    }
}

void TestCachingScenarios::revalidation()
{
    QFETCH(QString, path);
    QFETCH(QStringList, conditional);
    QFETCH(int, status);
    QStringList plain;
    for (const QString &header : conditional) {
        if (!header.startsWith(QLatin1String("If-")))
            plain.append(header);
    }
    const Answer first = viaEngine(path, plain);
    QCOMPARE(first.status, 200);
    const QStringList headers = filled(conditional, first);
    const Answer engine = viaEngine(path, headers);
    const Answer curl = viaCurl(path, headers);
    QCOMPARE(engine.status, status);
    QCOMPARE(curl.status, status);
    // RFC 9110 §15.4.5: a 304 carries the validators a 200 would. (A 412 is an error in the
    // client's language, negotiated as such.)
    if (status != 304)
        return;
    for (const QByteArray name : {"ETag", "Last-Modified", "Cache-Control", "Vary"}) {
        QCOMPARE(headerValue(engine.headers, name), headerValue(first.headers, name));
        QCOMPARE(headerValue(curl.headers, name), headerValue(first.headers, name));
    }
}

void TestCachingScenarios::directives_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("cacheControl");
    QTest::addColumn<bool>("etag");
    QTest::addColumn<bool>("lastModified");
    struct Row
    {
        const char *scenario;
        const char *cacheControl;
        bool etag;
        bool lastModified;
    };
    const Row rows[] = {
            {"no-store", "no-store", true, false},
            {"no-cache", "no-cache", true, true},
            {"must-revalidate", "max-age=10, must-revalidate", true, false},
            {"s-maxage", "public, max-age=10, s-maxage=60", true, false},
            {"heuristic", "", false, true},
            {"immutable", "public, max-age=31536000, immutable", true, false},
            {"stale-while-revalidate", "max-age=5, stale-while-revalidate=30", true, false},
    };
    for (const Row &row : rows)
        QTest::newRow(row.scenario)
                << QStringLiteral("/caching/%1").arg(QLatin1String(row.scenario))
                << QByteArray(row.cacheControl) << row.etag << row.lastModified;
}

void TestCachingScenarios::directives()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, cacheControl);
    QFETCH(bool, etag);
    QFETCH(bool, lastModified);
    for (const Answer &answer : {viaEngine(path, {}), viaCurl(path, {})}) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(headerValue(answer.headers, "Cache-Control"), cacheControl);
        QCOMPARE(hasHeader(answer.headers, "ETag"), etag);
        QCOMPARE(hasHeader(answer.headers, "Last-Modified"), lastModified);
        QVERIFY(!hasHeader(answer.headers, "Expires"));
        QVERIFY(!hasHeader(answer.headers, "Age"));
    }
}

void TestCachingScenarios::languagesAreTwoRepresentations()
{
    const QString path = QStringLiteral("/caching/vary-language");
    const Answer english = viaEngine(path, {QStringLiteral("Accept-Language: en")});
    const Answer chinese = viaCurl(path, {QStringLiteral("Accept-Language: zh-CN")});
    QCOMPARE(headerValue(english.headers, "Content-Language"), QByteArray("en"));
    QCOMPARE(headerValue(chinese.headers, "Content-Language"), QByteArray("zh-CN"));
    QVERIFY(headerValue(chinese.headers, "Vary").contains("Accept-Language"));
    QVERIFY(headerValue(english.headers, "ETag") != headerValue(chinese.headers, "ETag"));
    // The English tag does not revalidate the Chinese text, in either client.
    const QStringList cross{QStringLiteral("Accept-Language: zh-CN"),
                            QStringLiteral("If-None-Match: ")
                                    + QString::fromLatin1(headerValue(english.headers, "ETag"))};
    QCOMPARE(viaEngine(path, cross).status, 200);
    QCOMPARE(viaCurl(path, cross).status, 200);
}

void TestCachingScenarios::heuristicPageIsTenDaysOld()
{
    const Answer answer = viaEngine(QStringLiteral("/caching/heuristic"), {});
    const QDateTime date = parseHttpDate(headerValue(answer.headers, "Date"));
    const QDateTime lastModified = parseHttpDate(headerValue(answer.headers, "Last-Modified"));
    QVERIFY(date.isValid() && lastModified.isValid());
    const qint64 age = lastModified.secsTo(date);
    // Ten days before the server started, which was moments ago.
    QVERIFY2(age >= 864000 && age < 864000 + 60, qPrintable(QString::number(age)));
}

void TestCachingScenarios::cdnHopPassesOnAge()
{
    for (const char *path : {"/caching/cdn-age", "/caching/cache-status"}) {
        for (const Answer &answer :
             {viaEngine(QLatin1String(path), {}), viaCurl(QLatin1String(path), {})}) {
            bool ok = false;
            const int age = headerValue(answer.headers, "Age").toInt(&ok);
            QVERIFY(ok && age >= 0 && age < 60);
            QCOMPARE(headerValue(answer.headers, "Via"), QByteArray("1.1 practice-cdn"));
            // The Date is the origin's, from when the CDN stored it: Age seconds ago.
            const qint64 behind = parseHttpDate(headerValue(answer.headers, "Date"))
                                          .secsTo(QDateTime::currentDateTimeUtc());
            QVERIFY2(qAbs(behind - age) <= 2,
                     qPrintable(QStringLiteral("%1 %2").arg(behind).arg(age)));
            if (qstrcmp(path, "/caching/cache-status") == 0) {
                const QByteArray status = headerValue(answer.headers, "Cache-Status");
                QVERIFY2(status
                                 == (age == 0 ? QByteArray("practice-cdn; fwd=uri-miss; stored")
                                              : "practice-cdn; hit; ttl="
                                                        + QByteArray::number(60 - age)),
                         status.constData());
            } else {
                QVERIFY(!hasHeader(answer.headers, "Cache-Status"));
            }
        }
    }
}

void TestCachingScenarios::editingTheDocumentChangesTheScenarios()
{
    const QString path = QStringLiteral("/caching/strong-etag?doc=edited");
    const Answer before = viaEngine(path, {});
    const QStringList ask{QStringLiteral("If-None-Match: ")
                          + QString::fromLatin1(headerValue(before.headers, "ETag"))};
    QCOMPARE(viaCurl(path, ask).status, 304);
    const Exchange put = sendToPractice(m_engine,
                                        m_server,
                                        QStringLiteral("/lab/edited"),
                                        "PUT",
                                        {HeaderLine::fromCurlSyntax("Content-Type: text/plain")},
                                        "a new text");
    QCOMPARE(put.status(), 200);
    QCOMPARE(viaCurl(path, ask).status, 200);
    QCOMPARE(viaEngine(path, ask).status, 200);
}

// Every scenario the route table has is listed by GET / and has a row in both READMEs.
void TestCachingScenarios::listedAndDocumented()
{
    const Exchange index = sendToPractice(m_engine, m_server, QStringLiteral("/"));
    const QByteArray listing = index.body.read();
    QStringList readmes;
    for (const char *name : {"README.md", "README.zh-CN.md"}) {
        QFile file(QStringLiteral(HTTPLENS_SOURCE_DIR "/") + QLatin1String(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), name);
        readmes.append(QString::fromUtf8(file.readAll()));
    }
    int scenarios = 0;
    for (const Route &route : RouteTable::routes()) {
        const QByteArray pattern(route.pattern);
        if (!pattern.startsWith("/caching/"))
            continue;
        ++scenarios;
        QVERIFY2(route.description, route.pattern);
        QVERIFY2(listing.contains(QByteArray("GET " + pattern)), route.pattern);
        for (const QString &readme : readmes)
            QVERIFY2(readme.contains(QStringLiteral("| `%1` |").arg(QLatin1String(route.pattern))),
                     route.pattern);
        QCOMPARE(viaEngine(QLatin1String(route.pattern), {}).status, 200);
    }
    QCOMPARE(scenarios, 18);
}

QTEST_GUILESS_MAIN(TestCachingScenarios)
#include "tst_cachingscenarios.moc"
