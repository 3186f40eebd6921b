#include "interop/har.h"
#include "interop/harreader.h"
#include "knowledge/findings.h"
#include "knowledge/statuscatalogue.h"

#include "findingsfixture.h"
#include "text.h"

#include <QJsonDocument>

#include <QTest>

using namespace HttpLens;

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void severityNames();
    void harRoundTrip();
    void browserHar();
    void badHar_data();
    void badHar();
};

void TestFindings::rules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QList<HopSpec>>("hops");
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<bool>("fires");
    const QString http = QStringLiteral("http://x/r");
    const QString https = QStringLiteral("https://x/r");
    const QByteArray date = "Date: Sun, 22 Nov 2026 10:00:00 GMT\r\n";
    auto row = [&](const char *name,
                   const QString &url,
                   const QList<HopSpec> &hops,
                   const char *rule,
                   bool fires) { QTest::newRow(name) << url << hops << QByteArray(rule) << fires; };

    // Why a 304 happened.
    row("304 by ETag",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "not-modified-etag",
        true);
    row("304 by weak ETag form",
        http,
        {{get("If-None-Match: W/\"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "not-modified-etag",
        true);
    row("200 is no 304",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK", date + "ETag: \"v2\"\r\nContent-Type: text/plain\r\n")}},
        "not-modified-etag",
        false);
    row("304 by date",
        http,
        {{get("If-Modified-Since: Sun, 22 Nov 2026 09:00:00 GMT\r\n"),
          response("304 Not Modified", date)}},
        "not-modified-date",
        true);
    // A 200 to a date that is not earlier than Last-Modified: the server compares exactly.
    const QByteArray lastModified = "Last-Modified: Sat, 21 Nov 2026 10:00:00 GMT\r\n";
    row("200 to a later date than Last-Modified",
        http,
        {{get("If-Modified-Since: Sun, 22 Nov 2026 09:00:00 GMT\r\n"),
          response("200 OK", date + lastModified + "Content-Type: text/plain\r\n")}},
        "date-not-exact",
        true);
    row("200 to the same date as Last-Modified",
        http,
        {{get("If-Modified-Since: Sat, 21 Nov 2026 10:00:00 GMT\r\n"),
          response("200 OK", date + lastModified + "Content-Type: text/plain\r\n")}},
        "date-not-exact",
        true);
    row("200 to an earlier date: the document changed",
        http,
        {{get("If-Modified-Since: Fri, 20 Nov 2026 09:00:00 GMT\r\n"),
          response("200 OK", date + lastModified + "Content-Type: text/plain\r\n")}},
        "date-not-exact",
        false);
    row("200 to a later date is not called a change",
        http,
        {{get("If-Modified-Since: Sun, 22 Nov 2026 09:00:00 GMT\r\n"),
          response("200 OK", date + lastModified + "Content-Type: text/plain\r\n")}},
        "changed",
        false);
    row("date not consulted when If-None-Match was sent",
        http,
        {{get("If-None-Match: \"v0\"\r\nIf-Modified-Since: Sun, 22 Nov 2026 09:00:00 GMT\r\n"),
          response("200 OK", date + lastModified + "ETag: \"v1\"\r\nContent-Type: text/plain\r\n")}},
        "date-not-exact",
        false);
    // A body where the method gives it no meaning.
    row("GET with a body",
        http,
        {{"GET /r HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n",
          response("200 OK", date),
          0,
          -1,
          {},
          "a=1"}},
        "body-without-meaning",
        true);
    row("POST with a body",
        http,
        {{"POST /r HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n",
          response("200 OK", date),
          0,
          -1,
          {},
          "a=1"}},
        "body-without-meaning",
        false);
    row("GET without a body",
        http,
        {{kGet, response("200 OK", date)}},
        "body-without-meaning",
        false);
    row("304 by date not when INM was sent",
        http,
        {{get("If-None-Match: \"v1\"\r\nIf-Modified-Since: Sun, 22 Nov 2026 09:00:00 GMT\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "not-modified-date",
        false);
    row("INM precedence",
        http,
        {{get("If-None-Match: \"v1\"\r\nIf-Modified-Since: Sun, 22 Nov 2026 09:00:00 GMT\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "inm-precedence",
        true);
    row("no precedence note with INM alone",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "inm-precedence",
        false);
    row("304 unasked",
        http,
        {{kGet, response("304 Not Modified", date)}},
        "not-modified-unasked",
        true);
    row("304 asked",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "not-modified-unasked",
        false);
    row("304 without Date",
        http,
        {{get("If-None-Match: \"v1\"\r\n"), response("304 Not Modified", "ETag: \"v1\"\r\n")}},
        "not-modified-no-date",
        true);
    row("304 with Date",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "not-modified-no-date",
        false);
    row("304 without ETag",
        http,
        {{get("If-None-Match: \"v1\"\r\n"), response("304 Not Modified", date)}},
        "not-modified-no-etag",
        true);
    row("304 with ETag",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "not-modified-no-etag",
        false);
    row("304 with a body",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n"),
          12}},
        "not-modified-body",
        true);
    row("304 with Content-Length",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\nContent-Length: 12\r\n")}},
        "not-modified-body",
        true);
    row("304 without body",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("304 Not Modified", date + "ETag: \"v1\"\r\n")}},
        "not-modified-body",
        false);

    // 200 to a conditional request.
    row("200 changed",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK",
                   date + "ETag: \"v2\"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n"),
          3}},
        "changed",
        true);
    row("200 unconditional",
        http,
        {{kGet,
          response("200 OK",
                   date + "ETag: \"v2\"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n"),
          3}},
        "changed",
        false);
    row("validators ignored",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK",
                   date + "ETag: \"v1\"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n"),
          3}},
        "validator-ignored",
        true);
    row("validators honoured",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK",
                   date + "ETag: \"v2\"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n"),
          3}},
        "validator-ignored",
        false);
    // Weak and strong validators.
    row("weak ETag",
        http,
        {{kGet, response("200 OK", "ETag: W/\"a\"\r\nContent-Length: 0\r\n")}},
        "weak-etag",
        true);
    row("strong ETag is not weak",
        http,
        {{kGet, response("200 OK", "ETag: \"a\"\r\nContent-Length: 0\r\n")}},
        "weak-etag",
        false);
    row("strong ETag",
        http,
        {{kGet, response("200 OK", "ETag: \"a\"\r\nContent-Length: 0\r\n")}},
        "strong-etag",
        true);
    row("no ETag", http, {{kGet, response("200 OK", "Content-Length: 0\r\n")}}, "strong-etag", false);

    // Redirects.
    const QByteArray post = "POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n";
    row("302 POST becomes GET",
        http,
        {{post, response("302 Found", "Location: /r\r\nContent-Length: 0\r\n")},
         {kGet, response("200 OK", "Content-Length: 0\r\n")}},
        "redirect-post-to-get",
        true);
    row("307 keeps POST",
        http,
        {{post, response("307 Temporary Redirect", "Location: /r\r\nContent-Length: 0\r\n")},
         {post, response("200 OK", "Content-Length: 0\r\n")}},
        "redirect-post-to-get",
        false);
    row("307 keeps the method",
        http,
        {{post, response("307 Temporary Redirect", "Location: /r\r\nContent-Length: 0\r\n")},
         {post, response("200 OK", "Content-Length: 0\r\n")}},
        "redirect-keeps-method",
        true);
    row("303 always GET",
        http,
        {{post, response("303 See Other", "Location: /r\r\nContent-Length: 0\r\n")},
         {kGet, response("200 OK", "Content-Length: 0\r\n")}},
        "redirect-see-other",
        true);
    row("303 after GET says nothing",
        http,
        {{kGet, response("303 See Other", "Location: /r\r\nContent-Length: 0\r\n")},
         {kGet, response("200 OK", "Content-Length: 0\r\n")}},
        "redirect-see-other",
        false);
    row("3xx without Location",
        http,
        {{kGet, response("302 Found", "Content-Length: 0\r\n")}},
        "redirect-no-location",
        true);
    row("3xx with Location",
        http,
        {{kGet, response("302 Found", "Location: /x\r\nContent-Length: 0\r\n")}},
        "redirect-no-location",
        false);
    row("304 needs no Location",
        http,
        {{get("If-None-Match: \"v\"\r\n"), response("304 Not Modified", date + "ETag: \"v\"\r\n")}},
        "redirect-no-location",
        false);

    // Required headers.
    row("401 without challenge",
        http,
        {{kGet, response("401 Unauthorized", "Content-Length: 0\r\n")}},
        "401-no-challenge",
        true);
    row("401 with challenge",
        http,
        {{kGet,
          response("401 Unauthorized",
                   "WWW-Authenticate: Basic realm=\"x\"\r\nContent-Length: 0\r\n")}},
        "401-no-challenge",
        false);
    row("405 without Allow",
        http,
        {{kGet, response("405 Method Not Allowed", "Content-Length: 0\r\n")}},
        "405-no-allow",
        true);
    row("405 with Allow",
        http,
        {{kGet, response("405 Method Not Allowed", "Allow: GET\r\nContent-Length: 0\r\n")}},
        "405-no-allow",
        false);
    row("503 with Retry-After",
        http,
        {{kGet, response("503 Service Unavailable", "Retry-After: 120\r\nContent-Length: 0\r\n")}},
        "retry-after",
        true);
    row("200 with Retry-After says nothing",
        http,
        {{kGet, response("200 OK", "Retry-After: 120\r\nContent-Length: 0\r\n")}},
        "retry-after",
        false);
    row("429 without Retry-After",
        http,
        {{kGet, response("429 Too Many Requests", "Content-Length: 0\r\n")}},
        "no-retry-after",
        true);

    // Cookies.
    row("cookie without Secure over https",
        https,
        {{kGet,
          response("200 OK", "Set-Cookie: s=1; HttpOnly; SameSite=Lax\r\nContent-Length: 0\r\n")}},
        "cookie-not-secure",
        true);
    row("cookie with Secure over https",
        https,
        {{kGet,
          response("200 OK",
                   "Set-Cookie: s=1; Secure; HttpOnly; SameSite=Lax\r\nContent-Length: 0\r\n")}},
        "cookie-not-secure",
        false);
    row("Secure does not matter over http",
        http,
        {{kGet,
          response("200 OK", "Set-Cookie: s=1; HttpOnly; SameSite=Lax\r\nContent-Length: 0\r\n")}},
        "cookie-not-secure",
        false);
    row("cookie without HttpOnly",
        http,
        {{kGet, response("200 OK", "Set-Cookie: s=1; SameSite=Lax\r\nContent-Length: 0\r\n")}},
        "cookie-not-httponly",
        true);
    row("cookie with httponly in any case",
        http,
        {{kGet,
          response("200 OK", "Set-Cookie: s=1; httponly; SameSite=Lax\r\nContent-Length: 0\r\n")}},
        "cookie-not-httponly",
        false);
    row("cookie without SameSite",
        http,
        {{kGet, response("200 OK", "Set-Cookie: s=1; HttpOnly\r\nContent-Length: 0\r\n")}},
        "cookie-no-samesite",
        true);
    row("cookie with SameSite",
        http,
        {{kGet,
          response("200 OK",
                   "Set-Cookie: s=1; HttpOnly; SameSite=Strict\r\nContent-Length: 0\r\n")}},
        "cookie-no-samesite",
        false);
    row("cookie deleted by Expires",
        http,
        {{kGet,
          response("200 OK",
                   "Set-Cookie: s=; Expires=Thu, 01 Jan 1970 00:00:00 GMT\r\nContent-Length: "
                   "0\r\n")}},
        "cookie-deleted",
        true);
    row("cookie deleted by Max-Age=0",
        http,
        {{kGet, response("200 OK", "Set-Cookie: s=; Max-Age=0\r\nContent-Length: 0\r\n")}},
        "cookie-deleted",
        true);
    row("cookie with a future expiry",
        http,
        {{kGet, response("200 OK", "Set-Cookie: s=1; Max-Age=60\r\nContent-Length: 0\r\n")}},
        "cookie-deleted",
        false);

    // Body length, coding and type.
    row("Content-Length mismatch",
        http,
        {{kGet, response("200 OK", "Content-Type: text/plain\r\nContent-Length: 10\r\n"), 4}},
        "length-mismatch",
        true);
    row("Content-Length matches",
        http,
        {{kGet, response("200 OK", "Content-Type: text/plain\r\nContent-Length: 4\r\n"), 4}},
        "length-mismatch",
        false);
    row("Content-Length twice, disagreeing",
        http,
        {{kGet,
          response("200 OK",
                   "Content-Type: text/plain\r\nContent-Length: 4\r\nContent-Length: 40\r\n"),
          4}},
        "content-length-repeated",
        true);
    row("Content-Length as a disagreeing list",
        http,
        {{kGet, response("200 OK", "Content-Type: text/plain\r\nContent-Length: 4, 5\r\n"), 4}},
        "content-length-repeated",
        true);
    row("Content-Length once",
        http,
        {{kGet, response("200 OK", "Content-Type: text/plain\r\nContent-Length: 4\r\n"), 4}},
        "content-length-repeated",
        false);
    row("Content-Length with Transfer-Encoding",
        http,
        {{kGet,
          response("200 OK",
                   "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"
                   "Content-Length: 4\r\n"),
          4}},
        "content-length-with-transfer-encoding",
        true);
    row("HEAD has no body to count",
        http,
        {{"HEAD /r HTTP/1.1\r\nHost: x\r\n\r\n",
          response("200 OK", "Content-Type: text/plain\r\nContent-Length: 10\r\n")}},
        "length-mismatch",
        false);
    row("Content-Encoding decoded",
        http,
        {{kGet,
          response("200 OK",
                   "Content-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: 40\r\n"),
          40,
          400}},
        "content-encoding",
        true);
    row("no Content-Encoding",
        http,
        {{kGet, response("200 OK", "Content-Type: text/plain\r\nContent-Length: 40\r\n"), 40}},
        "content-encoding",
        false);
    row("body without Content-Type",
        http,
        {{kGet, response("200 OK", "Content-Length: 4\r\n"), 4}},
        "no-content-type",
        true);
    row("empty body needs no type",
        http,
        {{kGet, response("200 OK", "Content-Length: 0\r\n")}},
        "no-content-type",
        false);

    // HSTS and Vary.
    row("HSTS over https",
        https,
        {{kGet,
          response("200 OK",
                   "Strict-Transport-Security: max-age=31536000\r\nContent-Length: 0\r\n")}},
        "hsts",
        true);
    row("HSTS over http is ignored",
        http,
        {{kGet,
          response("200 OK",
                   "Strict-Transport-Security: max-age=31536000\r\nContent-Length: 0\r\n")}},
        "hsts-over-http",
        true);
    row("no HSTS", https, {{kGet, response("200 OK", "Content-Length: 0\r\n")}}, "hsts", false);
    row("Vary",
        http,
        {{kGet, response("200 OK", "Vary: Accept-Encoding\r\nContent-Length: 0\r\n")}},
        "vary",
        true);
    row("Vary star",
        http,
        {{kGet, response("200 OK", "Vary: *\r\nContent-Length: 0\r\n")}},
        "vary-star",
        true);
    row("fresh for a while",
        http,
        {{kGet, response("200 OK", "Cache-Control: max-age=600\r\nContent-Length: 0\r\n")}},
        "fresh",
        true);
    row("no-store is never fresh",
        http,
        {{kGet,
          response("200 OK", "Cache-Control: no-store, max-age=600\r\nContent-Length: 0\r\n")}},
        "fresh",
        false);
    row("no-store is not storable",
        http,
        {{kGet, response("200 OK", "Cache-Control: no-store\r\nContent-Length: 0\r\n")}},
        "not-storable",
        true);
    row("max-age is storable",
        http,
        {{kGet, response("200 OK", "Cache-Control: max-age=600\r\nContent-Length: 0\r\n")}},
        "not-storable",
        false);
    row("revalidate with the ETag",
        http,
        {{kGet,
          response("200 OK", "Cache-Control: no-cache\r\nETag: \"r\"\r\nContent-Length: 0\r\n")}},
        "revalidate",
        true);
    row("nothing to revalidate when fresh",
        http,
        {{kGet,
          response("200 OK", "Cache-Control: max-age=600\r\nETag: \"r\"\r\nContent-Length: 0\r\n")}},
        "revalidate",
        false);
    row("stale without validators",
        http,
        {{kGet, response("200 OK", "Cache-Control: max-age=0\r\nContent-Length: 0\r\n")}},
        "refetch",
        true);
    row("stale with a validator",
        http,
        {{kGet,
          response("200 OK", "Cache-Control: max-age=0\r\nETag: \"r\"\r\nContent-Length: 0\r\n")}},
        "refetch",
        false);
    row("Vary on a header is not star",
        http,
        {{kGet, response("200 OK", "Vary: Accept\r\nContent-Length: 0\r\n")}},
        "vary-star",
        false);
    row("HSTS over https is honoured",
        https,
        {{kGet,
          response("200 OK", "Strict-Transport-Security: max-age=60\r\nContent-Length: 0\r\n")}},
        "hsts-over-http",
        false);
    row("interim responses",
        http,
        {{kGet,
          response("200 OK", "Content-Length: 0\r\n"),
          0,
          -1,
          "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"}},
        "interim",
        true);
    row("no interim responses",
        http,
        {{kGet, response("200 OK", "Content-Length: 0\r\n")}},
        "interim",
        false);
    row("503 with Retry-After needs no note",
        http,
        {{kGet, response("503 Service Unavailable", "Retry-After: 5\r\nContent-Length: 0\r\n")}},
        "no-retry-after",
        false);
    row("307 after GET says nothing",
        http,
        {{kGet, response("307 Temporary Redirect", "Location: /r\r\nContent-Length: 0\r\n")},
         {kGet, response("200 OK", "Content-Length: 0\r\n")}},
        "redirect-keeps-method",
        false);
    row("no Vary", http, {{kGet, response("200 OK", "Content-Length: 0\r\n")}}, "vary", false);
}

void TestFindings::rules()
{
    QFETCH(QString, url);
    QFETCH(QList<HopSpec>, hops);
    QFETCH(QByteArray, rule);
    QFETCH(bool, fires);
    checkRule(url, hops, rule, fires);
}

void TestFindings::severityNames()
{
    QCOMPARE(severityName(Finding::Severity::Problem), QByteArray("problem"));
    QCOMPARE(severityName(Finding::Severity::Info), QByteArray("info"));
}

void TestFindings::harRoundTrip()
{
    // Written by HTTP Lens and read back: the same hops, the same bytes, the same findings.
    const QByteArray post = "POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n";
    Exchange original = makeExchange(
            QStringLiteral("http://x/form"),
            {{post, response("302 Found", "Location: /r\r\nContent-Length: 0\r\n")},
             {kGet, response("200 OK", "Content-Type: text/plain\r\nContent-Length: 4\r\n"), 4}});
    original.hops[1].url = QStringLiteral("http://x/r"); // where the 302 led
    const QByteArray json = QJsonDocument(harLog({&original})).toJson();
    const HarReadResult read = readHar(json);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 1);
    const Exchange &copy = read.exchanges.first();
    QCOMPARE(copy.hops.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(copy.hops.at(i).request.raw, original.hops.at(i).request.raw);
        QCOMPARE(copy.hops.at(i).response.raw, original.hops.at(i).response.raw);
    }
    QStringList before, after;
    for (const Finding &f : findingsFor(original))
        before.append(QString::fromLatin1(f.id));
    for (const Finding &f : findingsFor(copy))
        after.append(QString::fromLatin1(f.id));
    QCOMPARE(after, before);
    QVERIFY(after.contains(QStringLiteral("redirect-post-to-get")));
}

void TestFindings::browserHar()
{
    // A browser's HAR has no raw fields: heads are rebuilt from the header lists, HTTP/2
    // pseudo-headers dropped, and a redirect chain grouped by its Location.
    const QByteArray json = R"({"log": {"version": "1.2", "entries": [
        {"startedDateTime": "2026-11-22T10:00:00.000Z", "time": 12.5,
         "request": {"method": "GET", "url": "https://example.com/old", "httpVersion": "h2",
                     "headers": [{"name": ":authority", "value": "example.com"}, {"name": "accept", "value": "*/*"}]},
         "response": {"status": 301, "statusText": "", "httpVersion": "h2",
                      "headers": [{"name": "location", "value": "/new"}], "content": {"size": 0}, "bodySize": 0}},
        {"startedDateTime": "2026-11-22T10:00:00.020Z", "time": 20,
         "request": {"method": "GET", "url": "https://example.com/new", "httpVersion": "h2", "headers": []},
         "response": {"status": 200, "statusText": "", "httpVersion": "h2",
                      "headers": [{"name": "set-cookie", "value": "id=1; Path=/"}, {"name": "content-type", "value": "text/html"}],
                      "content": {"size": 900}, "bodySize": 300}},
        {"startedDateTime": "2026-11-22T10:00:01.000Z", "time": 5,
         "request": {"method": "GET", "url": "https://example.com/other", "httpVersion": "h2", "headers": []},
         "response": {"status": 404, "statusText": "", "httpVersion": "h2", "headers": [], "content": {"size": 0}, "bodySize": 0}}
    ]}})";
    const HarReadResult read = readHar(json);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 2);
    const Exchange &chain = read.exchanges.first();
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.first().request.method, QByteArray("GET"));
    QCOMPARE(chain.hops.first().request.target, QByteArray("/old"));
    QVERIFY(!chain.hops.first().request.raw.contains(":authority"));
    QCOMPARE(chain.status(), 200);
    QCOMPARE(chain.finalHop()->response.httpVersion, QByteArray("HTTP/2"));
    QCOMPARE(chain.finalHop()->bodyWireBytes, 300);
    QCOMPARE(chain.finalHop()->bodyDecodedBytes, 900);
    QStringList ids;
    for (const Finding &f : findingsFor(chain))
        ids.append(QString::fromLatin1(f.id));
    QVERIFY2(ids.contains(QStringLiteral("cookie-not-secure")),
             qPrintable(ids.join(QLatin1Char(' '))));
    QCOMPARE(read.exchanges.last().status(), 404);
}

void TestFindings::badHar_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("garbage") << "not valid JSON";
    QTest::newRow("truncated") << QByteArray("{\"log\": {\"entries\": [") << "not valid JSON";
    QTest::newRow("no log") << QByteArray("{\"x\": 1}") << "not a HAR file";
    QTest::newRow("entries not a list")
            << QByteArray("{\"log\": {\"entries\": 5}}") << "not a HAR file";
}

void TestFindings::badHar()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const HarReadResult read = readHar(json);
    QVERIFY(!read.ok);
    QVERIFY2(read.error.contains(mentions), qPrintable(read.error));
    // Odd but well-formed entries are read without complaint.
    QVERIFY(readHar("{\"log\": {\"entries\": [1, \"x\", {}, {\"request\": 5, \"response\": "
                    "{\"status\": \"x\"}}]}}")
                    .ok);
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
