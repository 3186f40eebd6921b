// Why a conditional request did or did not get a 304: the findings that name the cause, with
// the RFC section, in both languages. (tst_findings has the rest of the rules.)

#include "findingsfixture.h"

#include <QTest>

using namespace HttpLens;

class TestConditionalFindings : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
};

void TestConditionalFindings::rules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QList<HopSpec>>("hops");
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<bool>("fires");
    const QString http = QStringLiteral("http://x/r");
    const QByteArray date = "Date: Sun, 22 Nov 2026 10:00:00 GMT\r\n";
    const QByteArray lastModified = "Last-Modified: Sat, 21 Nov 2026 10:00:00 GMT\r\n";
    auto row = [&](const char *name,
                   const QString &url,
                   const QList<HopSpec> &hops,
                   const char *rule,
                   bool fires) { QTest::newRow(name) << url << hops << QByteArray(rule) << fires; };

    // One entity-tag parser: a comma inside a quoted tag belongs to it, and the unquoted tags
    // some servers send are read as the quoted ones they stand for.
    row("validators ignored, a comma inside the tag",
        http,
        {{get("If-None-Match: \"x\", \"v1,2\"\r\n"),
          response("200 OK",
                   date + "ETag: \"v1,2\"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n"),
          3}},
        "validator-ignored",
        true);
    row("validators ignored, an unquoted ETag",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK", date + "ETag: v1\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n"),
          3}},
        "validator-ignored",
        true);

    // A 200 to a conditional request with nothing to validate: the server has no validators.
    row("200 without validators",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK", date + "Content-Type: text/plain\r\nContent-Length: 3\r\n"),
          3}},
        "no-validator",
        true);
    row("200 with a new ETag",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK", date + "ETag: \"v2\"\r\nContent-Length: 3\r\n"),
          3}},
        "no-validator",
        false);
    row("200 with a Last-Modified only",
        http,
        {{get("If-Modified-Since: Fri, 20 Nov 2026 10:00:00 GMT\r\n"),
          response("200 OK", date + lastModified + "Content-Length: 3\r\n"),
          3}},
        "no-validator",
        false);

    // A 304 decided by the date although If-None-Match did not match: the precedence bug.
    row("304 from the date against If-None-Match",
        http,
        {{get("If-None-Match: \"old\"\r\nIf-Modified-Since: Sat, 21 Nov 2026 10:00:00 GMT\r\n"),
          response("304 Not Modified", date + "ETag: \"new\"\r\n" + lastModified)}},
        "inm-precedence-broken",
        true);
    row("304 from a matching If-None-Match",
        http,
        {{get("If-None-Match: \"new\"\r\nIf-Modified-Since: Sat, 21 Nov 2026 10:00:00 GMT\r\n"),
          response("304 Not Modified", date + "ETag: \"new\"\r\n" + lastModified)}},
        "inm-precedence-broken",
        false);

    // A content coding's suffix on the ETag: revalidation never matches.
    row("ETag of the gzip variant",
        http,
        {{get("If-None-Match: \"abc\"\r\nAccept-Encoding: gzip\r\n"),
          response("200 OK",
                   date + "ETag: \"abc-gzip\"\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n"),
          3}},
        "etag-coding",
        true);
    row("ETag really changed",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK", date + "ETag: \"v2\"\r\nContent-Length: 3\r\n"),
          3}},
        "etag-coding",
        false);
    row("ETag changed, both shown",
        http,
        {{get("If-None-Match: \"v1\"\r\n"),
          response("200 OK", date + "ETag: \"v2\"\r\nContent-Length: 3\r\n"),
          3}},
        "changed",
        true);

    // Preconditions the server must ignore.
    row("If-Modified-Since not a date",
        http,
        {{get("If-Modified-Since: yesterday\r\n"),
          response("200 OK", date + lastModified + "Content-Length: 0\r\n")}},
        "ims-invalid",
        true);
    row("If-Modified-Since in the future",
        http,
        {{get("If-Modified-Since: Mon, 23 Nov 2026 10:00:00 GMT\r\n"),
          response("200 OK", date + lastModified + "Content-Length: 0\r\n")}},
        "ims-future",
        true);
    row("If-Modified-Since in the past",
        http,
        {{get("If-Modified-Since: Sat, 21 Nov 2026 10:00:00 GMT\r\n"),
          response("304 Not Modified", date + lastModified)}},
        "ims-future",
        false);

    // If-Match compares strongly; If-None-Match on a PUT fails with 412, not 304.
    row("If-Match with a weak tag",
        http,
        {{"PUT /r HTTP/1.1\r\nHost: x\r\nIf-Match: W/\"v1\"\r\nContent-Length: 1\r\n\r\n",
          response("412 Precondition Failed", date + "ETag: W/\"v1\"\r\nContent-Length: 0\r\n")}},
        "if-match-weak",
        true);
    row("If-Match with a strong tag",
        http,
        {{"PUT /r HTTP/1.1\r\nHost: x\r\nIf-Match: \"v1\"\r\nContent-Length: 1\r\n\r\n",
          response("200 OK", date + "ETag: \"v2\"\r\nContent-Length: 0\r\n")}},
        "if-match-weak",
        false);
    row("If-None-Match on a PUT",
        http,
        {{"PUT /r HTTP/1.1\r\nHost: x\r\nIf-None-Match: *\r\nContent-Length: 1\r\n\r\n",
          response("412 Precondition Failed", date + "Content-Length: 0\r\n")}},
        "none-match-412",
        true);
}

void TestConditionalFindings::rules()
{
    QFETCH(QString, url);
    QFETCH(QList<HopSpec>, hops);
    QFETCH(QByteArray, rule);
    QFETCH(bool, fires);
    checkRule(url, hops, rule, fires);
}

QTEST_GUILESS_MAIN(TestConditionalFindings)
#include "tst_conditionalfindings.moc"
