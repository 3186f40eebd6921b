// The pure parts of `httplens-cli check` and the window's checks: the URL list, sitemaps, the
// decision "changed or not", the record kept between runs, the state database and the renderings.
#include "batch/checkreport.h"
#include "batch/checkresult.h"
#include "batch/checkstate.h"
#include "batch/sitemap.h"
#include "batch/urllist.h"
#include "cli/checkcommand.h"
#include "gzip.h"
#include "model/url.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace HttpLens;
using Change = CheckResult::Change;
using DecidedBy = CheckResult::DecidedBy;

Q_DECLARE_METATYPE(HttpLens::CheckResult::Change)
Q_DECLARE_METATYPE(HttpLens::CheckResult::DecidedBy)

namespace {

ResourceRecord record(int status, const QByteArray &sha, const QByteArray &etag = {})
{
    ResourceRecord r;
    r.url = QStringLiteral("http://example.test/");
    r.status = status;
    r.sha256 = sha;
    r.etag = etag;
    r.checkedAt = 100;
    r.changedAt = 50;
    r.fullBytes = 5000;
    return r;
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT

private slots:
    void listLines_data();
    void listLines();
    void listReaderNumbersLines();
    void listReaderSkipsEndlessLine();
    void originsForThePerHostLimit_data();
    void originsForThePerHostLimit();
    void sitemapUrlset();
    void sitemapIndexGzipped();
    void sitemapRefusals_data();
    void sitemapRefusals();
    void gunzipBounded();
    void decide_data();
    void decide();
    void recordAfter304KeepsHash();
    void recordAfterGoneForgetsValidators();
    void recordAfterErrorKeepsEverything();
    void stateRemembersAcrossOpens();
    void stateResumesWhereItStopped();
    void stateBelongsToOneRunAtATime();
    void jsonRoundTrip();
    void jsonLinesReadAsQtWritesThem_data();
    void jsonLinesReadAsQtWritesThem();
    void csvEscapesFormulasAndQuotes();
    void summaryCountsAndSavings();
    void numbersOutOfRangeAreRefused_data();
    void numbersOutOfRangeAreRefused();
};

void TestBatch::listLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("item");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("problem");
    QTest::newRow("url") << QByteArray("https://example.test/a\n") << true
                         << QStringLiteral("https://example.test/a") << false;
    QTest::newRow("blank") << QByteArray("  \r\n") << false << QString() << false;
    QTest::newRow("comment") << QByteArray("# a comment\n") << false << QString() << false;
    QTest::newRow("no scheme, as curl") << QByteArray("example.test/b") << true
                                        << QStringLiteral("http://example.test/b") << false;
    QTest::newRow("spaces encoded") << QByteArray("http://example.test/two words") << true
                                    << QStringLiteral("http://example.test/two%20words") << false;
    QTest::newRow("crlf") << QByteArray("http://example.test/c\r\n") << true
                          << QStringLiteral("http://example.test/c") << false;
    QTest::newRow("unsupported scheme") << QByteArray("ftp://example.test/") << true
                                        << QStringLiteral("ftp://example.test/") << true;
    QTest::newRow("no host") << QByteArray("http://") << true << QStringLiteral("http://") << true;
    QTest::newRow("words") << QByteArray("not a url") << true << QString() << true;
}

void TestBatch::listLines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, item);
    QFETCH(QString, url);
    QFETCH(bool, problem);
    const std::optional<UrlListReader::Item> read = urlListItem(line, 7);
    QCOMPARE(read.has_value(), item);
    if (!item)
        return;
    QCOMPARE(read->line, 7);
    if (!url.isEmpty())
        QCOMPARE(read->url, url);
    QCOMPARE(!read->problem.isEmpty(), problem);
    if (problem)
        QVERIFY2(read->problem.contains(QLatin1String("7")), qPrintable(read->problem));
}

void TestBatch::listReaderNumbersLines()
{
    QByteArray text = "# list\n\nhttp://a.test/\nbad line here\n\nhttp://b.test/x\nhttp://c.test/";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    UrlListReader reader(&buffer);
    QList<std::pair<qint64, bool>> seen;
    while (const std::optional<UrlListReader::Item> item = reader.next())
        seen.append({item->line, item->problem.isEmpty()});
    const QList<std::pair<qint64, bool>> expected{{3, true}, {4, false}, {6, true}, {7, true}};
    QCOMPARE(seen, expected);
}

void TestBatch::listReaderSkipsEndlessLine()
{
    QByteArray text = "http://a.test/\n" + QByteArray(1000 * 1000, 'x') + "\nhttp://b.test/\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    UrlListReader reader(&buffer);
    QCOMPARE(reader.next()->url, QStringLiteral("http://a.test/"));
    const std::optional<UrlListReader::Item> endless = reader.next();
    QVERIFY(endless);
    QCOMPARE(endless->line, 2);
    QVERIFY2(endless->problem.contains(QLatin1String("longer")), qPrintable(endless->problem));
    // The long line cost one bounded read; the next URL is still there, with its number.
    const std::optional<UrlListReader::Item> after = reader.next();
    QVERIFY(after);
    QCOMPARE(after->line, 3);
    QCOMPARE(after->url, QStringLiteral("http://b.test/"));
}

void TestBatch::originsForThePerHostLimit_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::newRow("default port") << QStringLiteral("http://Example.TEST/a?b#c")
                                  << QStringLiteral("http://example.test:80");
    QTest::newRow("https") << QStringLiteral("HTTPS://example.test")
                           << QStringLiteral("https://example.test:443");
    QTest::newRow("port") << QStringLiteral("http://127.0.0.2:8080/x")
                          << QStringLiteral("http://127.0.0.2:8080");
    QTest::newRow("user info") << QStringLiteral("http://ann:p@ss:w@example.test:81/")
                               << QStringLiteral("http://example.test:81");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9000/")
                          << QStringLiteral("http://[::1]:9000");
    QTest::newRow("ipv6, no port")
            << QStringLiteral("http://[::1]/") << QStringLiteral("http://[::1]:80");
    QTest::newRow("query at once") << QStringLiteral("http://example.test?q=1:2")
                                   << QStringLiteral("http://example.test:80");
    QTest::newRow("empty port") << QStringLiteral("http://example.test:/")
                                << QStringLiteral("http://example.test:80");
}

void TestBatch::originsForThePerHostLimit()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(connectionOrigin(url), origin);
}

void TestBatch::sitemapUrlset()
{
    const Sitemap sitemap = parseSitemap(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            "<url><loc> http://a.test/1 </loc><lastmod>2026-01-01</lastmod></url>"
            "<url><loc>http://a.test/2?x=1&amp;y=2</loc></url>"
            "<url><lastmod>2026-01-01</lastmod></url>"
            "</urlset>");
    QVERIFY2(sitemap.ok, qPrintable(sitemap.error));
    QVERIFY(!sitemap.isIndex);
    QCOMPARE(sitemap.locations,
             QStringList({QStringLiteral("http://a.test/1"),
                          QStringLiteral("http://a.test/2?x=1&y=2")}));
}

void TestBatch::sitemapIndexGzipped()
{
    const QByteArray index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                             "<sitemap><loc>http://a.test/s1.xml.gz</loc></sitemap>"
                             "<sitemap><loc>http://a.test/s2.xml</loc></sitemap></sitemapindex>";
    const Sitemap parsed = parseSitemap(gzipped(index));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(parsed.isIndex);
    QCOMPARE(parsed.locations.size(), 2);
    QCOMPARE(parsed.locations.first(), QStringLiteral("http://a.test/s1.xml.gz"));
}

void TestBatch::sitemapRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("html") << QByteArray("<html><body>hi</body></html>") << QStringLiteral("<html>");
    QTest::newRow("broken") << QByteArray("<urlset><url><loc>http://a.test/</url>")
                            << QStringLiteral("well-formed");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("cut gzip") << gzipped("<urlset></urlset>").left(12) << QStringLiteral("gzip");
    QByteArray many = "<urlset>";
    for (int i = 0; i <= 50000; ++i)
        many += "<url><loc>http://a.test/" + QByteArray::number(i) + "</loc></url>";
    many += "</urlset>";
    QTest::newRow("too many") << many << QStringLiteral("50000");
}

void TestBatch::sitemapRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const Sitemap sitemap = parseSitemap(bytes);
    QVERIFY(!sitemap.ok);
    QVERIFY2(sitemap.error.contains(says), qPrintable(sitemap.error));
}

void TestBatch::gunzipBounded()
{
    // A small file that unpacks to 100 MB is stopped at the bound, not unpacked whole.
    const QByteArray bomb = gzipped(QByteArray(100 * 1000 * 1000, '\0'), Z_BEST_COMPRESSION);
    QVERIFY(bomb.size() < 200 * 1000);
    QString error;
    QVERIFY(gunzip(bomb, 1000 * 1000, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("more than")), qPrintable(error));
    error.clear();
    QCOMPARE(gunzip(gzipped("hello"), 1000, &error), QByteArray("hello"));
    QVERIFY(error.isEmpty());
    QVERIFY(gunzip("not gzip at all", 1000, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestBatch::decide_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("beforeStatus");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("sha");
    QTest::addColumn<bool>("transportError");
    QTest::addColumn<bool>("sentValidators");
    QTest::addColumn<Change>("change");
    QTest::addColumn<DecidedBy>("decidedBy");
    QTest::addColumn<bool>("note");
    QTest::newRow("first visit") << false << 0 << 200 << QByteArray("h1") << false << false
                                 << Change::New << DecidedBy::None << false;
    QTest::newRow("304") << true << 200 << 304 << QByteArray() << false << true << Change::Unchanged
                         << DecidedBy::NotModified << false;
    QTest::newRow("same hash, validators ignored")
            << true << 200 << 200 << QByteArray("h1") << false << true << Change::Unchanged
            << DecidedBy::Hash << true;
    QTest::newRow("same hash, no validators")
            << true << 200 << 200 << QByteArray("h1") << false << false << Change::Unchanged
            << DecidedBy::Hash << true;
    QTest::newRow("other hash") << true << 200 << 200 << QByteArray("h2") << false << true
                                << Change::Changed << DecidedBy::Hash << false;
    QTest::newRow("404") << true << 200 << 404 << QByteArray("x") << false << true << Change::Gone
                         << DecidedBy::None << false;
    QTest::newRow("410 first visit") << false << 0 << 410 << QByteArray() << false << false
                                     << Change::Gone << DecidedBy::None << false;
    QTest::newRow("refused") << true << 200 << 0 << QByteArray() << true << true << Change::Error
                             << DecidedBy::None << false;
    QTest::newRow("still 500") << true << 500 << 500 << QByteArray() << false << false
                               << Change::Unchanged << DecidedBy::None << false;
    QTest::newRow("500 now") << true << 200 << 500 << QByteArray() << false << true
                             << Change::Changed << DecidedBy::None << false;
    QTest::newRow("705 as before") << true << 705 << 705 << QByteArray() << false << false
                                   << Change::Unchanged << DecidedBy::None << false;
    QTest::newRow("error before, 200 now") << true << 0 << 200 << QByteArray("h1") << false << false
                                           << Change::New << DecidedBy::None << false;
}

void TestBatch::decide()
{
    QFETCH(bool, known);
    QFETCH(int, beforeStatus);
    QFETCH(int, status);
    QFETCH(QByteArray, sha);
    QFETCH(bool, transportError);
    QFETCH(bool, sentValidators);
    QFETCH(Change, change);
    QFETCH(DecidedBy, decidedBy);
    QFETCH(bool, note);
    std::optional<ResourceRecord> before;
    if (known)
        before = record(beforeStatus, beforeStatus >= 200 && beforeStatus < 300 ? "h1" : "");
    const ChangeDecision d = decideChange(before, status, sha, transportError, sentValidators);
    QCOMPARE(d.change, change);
    QCOMPARE(d.decidedBy, decidedBy);
    QCOMPARE(!d.note.isEmpty(), note);
}

void TestBatch::recordAfter304KeepsHash()
{
    CheckResult result;
    result.url = QStringLiteral("http://example.test/");
    result.status = 304;
    result.change = Change::Unchanged;
    result.wireBytes = 200;
    const ResourceRecord r
            = updatedRecord(record(200, "h1", "\"v1\""), result, "\"v2\"", {}, {}, 900);
    QCOMPARE(r.status, 200); // the representation is still the 200 seen before
    QCOMPARE(r.sha256, QByteArray("h1"));
    QCOMPARE(r.etag, QByteArray("\"v2\""));
    QCOMPARE(r.fullBytes, 5000); // what a full download costs, for the savings
    QCOMPARE(r.checkedAt, 900);
    QCOMPARE(r.changedAt, 50);
}

void TestBatch::recordAfterGoneForgetsValidators()
{
    CheckResult result;
    result.url = QStringLiteral("http://example.test/");
    result.status = 404;
    result.change = Change::Gone;
    const ResourceRecord r
            = updatedRecord(record(200, "h1", "\"v1\""), result, "\"404\"", "x", "h9", 900);
    QCOMPARE(r.status, 404);
    QVERIFY(r.etag.isEmpty());
    QVERIFY(r.lastModified.isEmpty());
    QVERIFY(r.sha256.isEmpty());
    QCOMPARE(r.changedAt, 900);
}

void TestBatch::recordAfterErrorKeepsEverything()
{
    CheckResult result;
    result.url = QStringLiteral("http://example.test/");
    result.change = Change::Error;
    result.curlCode = 7;
    const ResourceRecord r = updatedRecord(record(200, "h1", "\"v1\""), result, {}, {}, {}, 900);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.etag, QByteArray("\"v1\""));
    QCOMPARE(r.sha256, QByteArray("h1"));
    QCOMPARE(r.checkedAt, 900);
    QCOMPARE(r.changedAt, 50);
}

void TestBatch::stateRemembersAcrossOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.db"));
    ResourceRecord r = record(200, "h1", "\"v1\"");
    r.lastModified = "Tue, 01 Dec 2026 06:00:00 GMT";
    {
        CheckState state;
        QVERIFY2(state.open(path), qPrintable(state.error()));
        QVERIFY(state.beginRun(false));
        state.store(r, "{}");
        QCOMPARE(state.pending(), 1);
        // What waits for the commit is already what record() answers.
        QCOMPARE(state.record(r.url)->etag, QByteArray("\"v1\""));
        QVERIFY(state.commit());
        QCOMPARE(state.pending(), 0);
        state.finishRun();
    }
    CheckState again;
    QVERIFY(again.open(path));
    const std::optional<ResourceRecord> read = again.record(r.url);
    QVERIFY(read);
    QCOMPARE(read->etag, r.etag);
    QCOMPARE(read->lastModified, r.lastModified);
    QCOMPARE(read->sha256, r.sha256);
    QCOMPARE(read->status, 200);
    QCOMPARE(read->fullBytes, 5000);
    QVERIFY(!again.record(QStringLiteral("http://other.test/")));
    // The last run finished: a resume starts a new one that has checked nothing.
    QVERIFY(again.beginRun(true));
    QVERIFY(!again.resumed());
    QVERIFY(!again.checkedInThisRun(r.url));
}

void TestBatch::stateResumesWhereItStopped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.db"));
    auto stored = [](const QString &url) {
        ResourceRecord r;
        r.url = url;
        r.status = 200;
        return r;
    };
    const QString a = QStringLiteral("http://a.test/");
    const QString b = QStringLiteral("http://b.test/");
    {
        CheckState state; // a run that is killed: no finishRun()
        QVERIFY(state.open(path));
        QVERIFY(state.beginRun(false));
        state.store(stored(a), "{\"url\":\"http://a.test/\",\"status\":200}");
        QVERIFY(state.commit());
        QVERIFY(state.markReported());
        state.store(stored(b), "{\"url\":\"http://b.test/\",\"status\":200}");
        QVERIFY(state.commit()); // b was committed, never printed
    }
    CheckState resumed;
    QVERIFY(resumed.open(path));
    QVERIFY(resumed.beginRun(true));
    QVERIFY(resumed.resumed());
    QVERIFY(resumed.checkedInThisRun(a));
    QVERIFY(resumed.checkedInThisRun(b));
    QVERIFY(!resumed.checkedInThisRun(QStringLiteral("http://c.test/")));
    const QList<QByteArray> unreported = resumed.unreportedResults();
    QCOMPARE(unreported.size(), 1);
    QVERIFY(unreported.first().contains("b.test"));
}

void TestBatch::stateBelongsToOneRunAtATime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.db"));
    CheckState first;
    QVERIFY(first.open(path));
    QVERIFY(first.beginRun(false));
    // A second run on the same file while the first holds it is refused, with a sentence.
    CheckState second;
    QVERIFY(!(second.open(path) && second.beginRun(false)));
    QVERIFY2(second.error().contains(QLatin1String("locked")), qPrintable(second.error()));
}

void TestBatch::jsonRoundTrip()
{
    CheckResult r;
    r.line = 12;
    r.url = QStringLiteral("http://a.test/x");
    r.finalUrl = QStringLiteral("http://a.test/y");
    r.status = 304;
    r.reason = "Not Modified";
    r.redirects = 1;
    r.hops = {{301, QStringLiteral("http://a.test/x")}};
    r.timeMs = 12.3456;
    r.wireBytes = 321;
    r.change = Change::Unchanged;
    r.decidedBy = DecidedBy::NotModified;
    r.attempts = 2;
    r.savedBytes = 4000;
    r.note = QStringLiteral("a note");
    const QByteArray json = checkResultJson(r);
    QVERIFY(json.endsWith('\n'));
    QCOMPARE(json.count('\n'), 1);
    QVERIFY(json.contains("\"decidedBy\":\"304\""));
    QVERIFY(json.contains("\"change\":\"unchanged\""));
    const std::optional<CheckResult> back = checkResultFromJson(json);
    QVERIFY(back);
    QCOMPARE(back->line, r.line);
    QCOMPARE(back->finalUrl, r.finalUrl);
    QCOMPARE(back->status, 304);
    QCOMPARE(back->reason, r.reason);
    QCOMPARE(back->redirects, 1);
    QCOMPARE(back->hops.size(), 1);
    QCOMPARE(back->hops.at(0).status, 301);
    QCOMPARE(back->hops.at(0).url, r.url);
    QCOMPARE(back->timeMs, 12.346);
    QCOMPARE(back->wireBytes, 321);
    QCOMPARE(back->change, Change::Unchanged);
    QCOMPARE(back->decidedBy, DecidedBy::NotModified);
    QCOMPARE(back->attempts, 2);
    QCOMPARE(back->savedBytes, 4000);
    QCOMPARE(back->note, r.note);

    CheckResult failed;
    failed.url = QStringLiteral("http://127.0.0.1:1/");
    failed.finalUrl = failed.url;
    failed.change = Change::Error;
    failed.curlCode = 7;
    failed.error = QStringLiteral("Connection refused");
    const QByteArray failedJson = checkResultJson(failed);
    QVERIFY(failedJson.contains("\"error\":{\"curlCode\":7,\"message\":\"Connection refused\"}"));
    QCOMPARE(checkResultFromJson(failedJson)->curlCode, 7);
    QVERIFY(!checkResultFromJson("not json"));
    QVERIFY(!checkResultFromJson("{\"status\":200}"));
}

// The JSON lines are written by hand for speed; each must be the line QJsonDocument makes of
// the same result (the format they always had), whatever the strings and numbers hold.
void TestBatch::jsonLinesReadAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("timeMs");
    QTest::newRow("plain") << QStringLiteral("http://a.test/x") << 12.3456;
    QTest::newRow("escapes") << QStringLiteral("a\"b\\c/d\u0001\u001f\u007f\t\n\r\b\f") << 0.0;
    QTest::newRow("unicode") << QStringLiteral("http://例子.测试/é?q=中文\u2028") << 1000.0;
    QTest::newRow("whole") << QStringLiteral("x") << 1e6;
    QTest::newRow("small") << QStringLiteral("x") << 0.0001;
    QTest::newRow("large") << QStringLiteral("x") << 123456789.987;
    QTest::newRow("huge") << QStringLiteral("x") << 1e21;
}

void TestBatch::jsonLinesReadAsQtWritesThem()
{
    QFETCH(QString, text);
    QFETCH(double, timeMs);
    CheckResult r;
    r.line = 7;
    r.url = text;
    r.finalUrl = text + QStringLiteral("/final");
    r.status = 301;
    r.reason = "Moved \"Permanently\"";
    r.redirects = 2;
    r.hops = {{301, text}, {302, QStringLiteral("http://b.test/")}};
    r.timeMs = timeMs;
    r.wireBytes = 1234567890123;
    r.attempts = 3;
    r.savedBytes = 99;
    r.note = text;
    r.curlCode = 28;
    r.error = text;
    QJsonArray hops;
    for (const CheckHop &hop : r.hops)
        hops.append(QJsonObject{{QStringLiteral("status"), hop.status},
                                {QStringLiteral("url"), hop.url}});
    const QJsonObject expected{{QStringLiteral("url"), r.url},
                               {QStringLiteral("finalUrl"), r.finalUrl},
                               {QStringLiteral("status"), r.status},
                               {QStringLiteral("reason"), QString::fromLatin1(r.reason)},
                               {QStringLiteral("redirects"), r.redirects},
                               {QStringLiteral("timeMs"), std::round(r.timeMs * 1000.0) / 1000.0},
                               {QStringLiteral("wireBytes"), r.wireBytes},
                               {QStringLiteral("change"), changeName(r.change)},
                               {QStringLiteral("decidedBy"), decidedByName(r.decidedBy)},
                               {QStringLiteral("line"), r.line},
                               {QStringLiteral("hops"), hops},
                               {QStringLiteral("attempts"), r.attempts},
                               {QStringLiteral("savedBytes"), r.savedBytes},
                               {QStringLiteral("note"), r.note},
                               {QStringLiteral("error"),
                                QJsonObject{{QStringLiteral("curlCode"), r.curlCode},
                                            {QStringLiteral("message"), r.error}}}};
    QCOMPARE(checkResultJson(r), QJsonDocument(expected).toJson(QJsonDocument::Compact) + '\n');
    // The optional members left out as before.
    CheckResult bare;
    bare.url = text;
    const QJsonObject bareExpected{{QStringLiteral("url"), bare.url},
                                   {QStringLiteral("finalUrl"), QString()},
                                   {QStringLiteral("status"), 0},
                                   {QStringLiteral("reason"), QString()},
                                   {QStringLiteral("redirects"), 0},
                                   {QStringLiteral("timeMs"), 0.0},
                                   {QStringLiteral("wireBytes"), 0},
                                   {QStringLiteral("change"), changeName(bare.change)},
                                   {QStringLiteral("decidedBy"), decidedByName(bare.decidedBy)}};
    QCOMPARE(checkResultJson(bare),
             QJsonDocument(bareExpected).toJson(QJsonDocument::Compact) + '\n');
}

void TestBatch::csvEscapesFormulasAndQuotes()
{
    CheckResult r;
    r.url = QStringLiteral("http://a.test/?q=\"x\",y");
    r.finalUrl = r.url;
    r.status = 200;
    r.reason = "OK";
    r.note = QStringLiteral("=HYPERLINK(\"http://evil.test\")");
    const QByteArray row = checkResultCsv(r);
    QVERIFY(row.endsWith("\r\n"));
    QVERIFY2(row.startsWith("\"http://a.test/?q=\"\"x\"\",y\","), row.constData());
    QVERIFY2(row.contains(",\"'=HYPERLINK(\"\"http://evil.test\"\")\",\r\n"), row.constData());
    r.hops = {{302, QStringLiteral("http://a.test/1")}, {301, QStringLiteral("http://a.test/2")}};
    QVERIFY2(checkResultCsv(r).endsWith(",302 http://a.test/1 -> 301 http://a.test/2\r\n"),
             checkResultCsv(r).constData());
    QCOMPARE(checkCsvHeader().count(','), row.count(',') - 2); // the two URLs' commas are quoted
}

void TestBatch::summaryCountsAndSavings()
{
    CheckStats stats;
    stats.total = 10;
    stats.done = 10;
    stats.byClass[1] = 7; // 2xx
    stats.byClass[2] = 1; // 3xx
    stats.byClass[3] = 1; // 4xx
    stats.byChange[size_t(Change::Unchanged)] = 6;
    stats.byChange[size_t(Change::Changed)] = 2;
    stats.byChange[size_t(Change::Gone)] = 1;
    stats.byChange[size_t(Change::Error)] = 1;
    stats.wireBytes = 1000;
    stats.savedBytes = 9000;
    stats.elapsedMs = 2000;
    const QString summary = checkSummary(stats);
    QVERIFY2(summary.contains(QLatin1String("2xx 7")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("unchanged 6")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("error 1")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("(90.0%)")), qPrintable(summary));
    const QString progress = checkProgressLine(stats);
    QVERIFY2(progress.startsWith(QLatin1String("10 of 10")), qPrintable(progress));
    QVERIFY2(progress.contains(QLatin1String("5 URLs/s")), qPrintable(progress));
    QVERIFY2(progress.contains(QLatin1String("errors 1")), qPrintable(progress));
}

void TestBatch::numbersOutOfRangeAreRefused_data()
{
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("sentence");
    const QString perSecond = QStringLiteral("expects a number of requests per second");
    const QString seconds = QStringLiteral("expects a number of seconds");
    const QString whole = QStringLiteral("expects a whole number");
    QTest::newRow("rate nan") << QByteArray("--rate") << QByteArray("nan") << perSecond;
    QTest::newRow("rate inf") << QByteArray("--rate") << QByteArray("inf") << perSecond;
    QTest::newRow("rate 0") << QByteArray("--rate") << QByteArray("0") << perSecond;
    QTest::newRow("max-time nan") << QByteArray("--max-time") << QByteArray("nan") << seconds;
    QTest::newRow("connect-timeout 1e400")
            << QByteArray("--connect-timeout") << QByteArray("1e400") << seconds;
    QTest::newRow("concurrency 1e9") << QByteArray("--concurrency") << QByteArray("1e9") << whole;
    QTest::newRow("per-host nan") << QByteArray("--per-host") << QByteArray("nan") << whole;
    QTest::newRow("retries inf") << QByteArray("--retries") << QByteArray("inf") << whole;
}

void TestBatch::numbersOutOfRangeAreRefused()
{
    QFETCH(QByteArray, option);
    QFETCH(QByteArray, value);
    QFETCH(QString, sentence);
    const CheckArgumentsResult result = parseCheckArguments({option, value, "urls.txt"});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(sentence), qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::fromLatin1(value)), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
