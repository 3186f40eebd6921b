#include "practice/conditional.h"

#include <QTest>

using namespace HttpLens;
using namespace HttpLens::Practice;

Q_DECLARE_METATYPE(PreconditionResult::Outcome)

namespace {
const QByteArray kNow = "Sun, 22 Nov 2026 10:00:00 GMT";
const QByteArray kBefore = "Sat, 21 Nov 2026 10:00:00 GMT";
const QByteArray kAfter = "Mon, 23 Nov 2026 10:00:00 GMT";
} // namespace

class TestConditional : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void weakEtagResource();
    void missingResource();
    void httpDates_data();
    void httpDates();
    void ifRange_data();
    void ifRange();
    void entityTags_data();
    void entityTags();
    void entityTagLists_data();
    void entityTagLists();
};

void TestConditional::matrix_data()
{
    // The resource: strong ETag "v2", last modified at kNow.
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<PreconditionResult::Outcome>("outcome");
    QTest::addColumn<QByteArray>("decidedBy");
    using O = PreconditionResult::Outcome;

    QTest::newRow("no preconditions")
            << QByteArray("GET") << HeaderList{} << O::Proceed << QByteArray();

    // If-Match: strong comparison, 412 for every method when nothing matches.
    QTest::newRow("If-Match strong match GET")
            << QByteArray("GET") << HeaderList{{"If-Match", "\"v2\""}} << O::Proceed
            << QByteArray();
    QTest::newRow("If-Match strong match PUT")
            << QByteArray("PUT") << HeaderList{{"If-Match", "\"v2\""}} << O::Proceed
            << QByteArray();
    QTest::newRow("If-Match no match GET")
            << QByteArray("GET") << HeaderList{{"If-Match", "\"v1\""}} << O::PreconditionFailed
            << QByteArray("If-Match");
    QTest::newRow("If-Match no match PUT")
            << QByteArray("PUT") << HeaderList{{"If-Match", "\"v1\""}} << O::PreconditionFailed
            << QByteArray("If-Match");
    QTest::newRow("If-Match weak tag never matches")
            << QByteArray("PUT") << HeaderList{{"If-Match", "W/\"v2\""}} << O::PreconditionFailed
            << QByteArray("If-Match");
    QTest::newRow("If-Match list with a match")
            << QByteArray("PUT") << HeaderList{{"If-Match", "\"v1\", \"v2\""}} << O::Proceed
            << QByteArray();
    QTest::newRow("If-Match list over two fields")
            << QByteArray("PUT") << HeaderList{{"If-Match", "\"v1\""}, {"If-Match", "\"v2\""}}
            << O::Proceed << QByteArray();
    QTest::newRow("If-Match star")
            << QByteArray("PUT") << HeaderList{{"If-Match", "*"}} << O::Proceed << QByteArray();
    QTest::newRow("If-Match invalid is ignored")
            << QByteArray("PUT") << HeaderList{{"If-Match", "v2"}} << O::Proceed << QByteArray();

    // If-Unmodified-Since, only without If-Match.
    QTest::newRow("IUS not modified since")
            << QByteArray("PUT") << HeaderList{{"If-Unmodified-Since", kAfter}} << O::Proceed
            << QByteArray();
    QTest::newRow("IUS same second")
            << QByteArray("PUT") << HeaderList{{"If-Unmodified-Since", kNow}} << O::Proceed
            << QByteArray();
    QTest::newRow("IUS modified since")
            << QByteArray("PUT") << HeaderList{{"If-Unmodified-Since", kBefore}}
            << O::PreconditionFailed << QByteArray("If-Unmodified-Since");
    QTest::newRow("IUS ignored when If-Match passes")
            << QByteArray("PUT")
            << HeaderList{{"If-Match", "\"v2\""}, {"If-Unmodified-Since", kBefore}} << O::Proceed
            << QByteArray();
    QTest::newRow("IUS invalid date ignored")
            << QByteArray("PUT") << HeaderList{{"If-Unmodified-Since", "yesterday"}} << O::Proceed
            << QByteArray();

    // If-None-Match: weak comparison; 304 for GET and HEAD, 412 otherwise.
    QTest::newRow("INM strong match GET")
            << QByteArray("GET") << HeaderList{{"If-None-Match", "\"v2\""}} << O::NotModified
            << QByteArray("If-None-Match");
    QTest::newRow("INM weak form matches GET")
            << QByteArray("GET") << HeaderList{{"If-None-Match", "W/\"v2\""}} << O::NotModified
            << QByteArray("If-None-Match");
    QTest::newRow("INM match HEAD") << QByteArray("HEAD") << HeaderList{{"If-None-Match", "\"v2\""}}
                                    << O::NotModified << QByteArray("If-None-Match");
    QTest::newRow("INM match PUT is 412")
            << QByteArray("PUT") << HeaderList{{"If-None-Match", "\"v2\""}} << O::PreconditionFailed
            << QByteArray("If-None-Match");
    QTest::newRow("INM no match GET")
            << QByteArray("GET") << HeaderList{{"If-None-Match", "\"v1\""}} << O::Proceed
            << QByteArray();
    QTest::newRow("INM weak no match")
            << QByteArray("GET") << HeaderList{{"If-None-Match", "W/\"v1\""}} << O::Proceed
            << QByteArray();
    QTest::newRow("INM list with a match")
            << QByteArray("GET") << HeaderList{{"If-None-Match", "\"a\", W/\"v2\", \"b\""}}
            << O::NotModified << QByteArray("If-None-Match");
    QTest::newRow("INM star GET") << QByteArray("GET") << HeaderList{{"If-None-Match", "*"}}
                                  << O::NotModified << QByteArray("If-None-Match");
    QTest::newRow("INM star PUT") << QByteArray("PUT") << HeaderList{{"If-None-Match", "*"}}
                                  << O::PreconditionFailed << QByteArray("If-None-Match");
    QTest::newRow("INM empty quoted tag")
            << QByteArray("GET") << HeaderList{{"If-None-Match", "\"\""}} << O::Proceed
            << QByteArray();

    // If-Modified-Since: GET and HEAD only, never with If-None-Match.
    QTest::newRow("IMS not modified")
            << QByteArray("GET") << HeaderList{{"If-Modified-Since", kNow}} << O::NotModified
            << QByteArray("If-Modified-Since");
    QTest::newRow("IMS later date")
            << QByteArray("GET") << HeaderList{{"If-Modified-Since", kAfter}} << O::NotModified
            << QByteArray("If-Modified-Since");
    QTest::newRow("IMS modified") << QByteArray("GET") << HeaderList{{"If-Modified-Since", kBefore}}
                                  << O::Proceed << QByteArray();
    QTest::newRow("IMS ignored for POST")
            << QByteArray("POST") << HeaderList{{"If-Modified-Since", kAfter}} << O::Proceed
            << QByteArray();
    QTest::newRow("IMS invalid date ignored")
            << QByteArray("GET") << HeaderList{{"If-Modified-Since", "not a date"}} << O::Proceed
            << QByteArray();
    QTest::newRow("IMS two values ignored")
            << QByteArray("GET")
            << HeaderList{{"If-Modified-Since", kAfter}, {"If-Modified-Since", kAfter}}
            << O::Proceed << QByteArray();
    QTest::newRow("INM no match beats IMS match")
            << QByteArray("GET")
            << HeaderList{{"If-None-Match", "\"v1\""}, {"If-Modified-Since", kAfter}} << O::Proceed
            << QByteArray();
    QTest::newRow("INM match with IMS modified")
            << QByteArray("GET")
            << HeaderList{{"If-None-Match", "\"v2\""}, {"If-Modified-Since", kBefore}}
            << O::NotModified << QByteArray("If-None-Match");

    // Order: If-Match failing wins over an If-None-Match that would give 304.
    QTest::newRow("If-Match fails before INM")
            << QByteArray("GET") << HeaderList{{"If-Match", "\"v1\""}, {"If-None-Match", "\"v2\""}}
            << O::PreconditionFailed << QByteArray("If-Match");
    QTest::newRow("IUS fails before IMS")
            << QByteArray("GET")
            << HeaderList{{"If-Unmodified-Since", kBefore}, {"If-Modified-Since", kAfter}}
            << O::PreconditionFailed << QByteArray("If-Unmodified-Since");
}

void TestConditional::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(HeaderList, headers);
    QFETCH(PreconditionResult::Outcome, outcome);
    QFETCH(QByteArray, decidedBy);
    Validators validators;
    validators.etag = {"\"v2\"", false};
    validators.lastModified = parseHttpDate(kNow);
    QVERIFY(validators.lastModified.isValid());
    const PreconditionResult result = evaluatePreconditions(method, headers, validators);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.decidedBy, decidedBy);
    QCOMPARE(result.reason.isEmpty(), decidedBy.isEmpty());
}

void TestConditional::weakEtagResource()
{
    Validators validators;
    validators.etag = {"\"v2\"", true};
    using O = PreconditionResult::Outcome;
    QCOMPARE(evaluatePreconditions("GET", {{"If-None-Match", "\"v2\""}}, validators).outcome,
             O::NotModified);
    QCOMPARE(evaluatePreconditions("GET", {{"If-None-Match", "W/\"v2\""}}, validators).outcome,
             O::NotModified);
    // A weak validator can never satisfy If-Match.
    QCOMPARE(evaluatePreconditions("PUT", {{"If-Match", "W/\"v2\""}}, validators).outcome,
             O::PreconditionFailed);
    QCOMPARE(evaluatePreconditions("PUT", {{"If-Match", "\"v2\""}}, validators).outcome,
             O::PreconditionFailed);
}

void TestConditional::missingResource()
{
    Validators validators;
    validators.exists = false;
    using O = PreconditionResult::Outcome;
    QCOMPARE(evaluatePreconditions("PUT", {{"If-Match", "*"}}, validators).outcome,
             O::PreconditionFailed);
    QCOMPARE(evaluatePreconditions("PUT", {{"If-None-Match", "*"}}, validators).outcome, O::Proceed);
}

void TestConditional::httpDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("epoch"); // -1: invalid
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                 << qint64(784111777);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(784111777);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << qint64(784111777);
    QTest::newRow("surrounding blanks")
            << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << qint64(784111777);
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("bad day") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("bad clock") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("yesterday") << qint64(-1);
}

void TestConditional::httpDates()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, epoch);
    const QDateTime date = parseHttpDate(text);
    QCOMPARE(date.isValid() ? date.toSecsSinceEpoch() : qint64(-1), epoch);
    if (epoch >= 0)
        QCOMPARE(formatHttpDate(date), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
}

void TestConditional::ifRange_data()
{
    QTest::addColumn<QByteArray>("ifRange");
    QTest::addColumn<bool>("allows");
    QTest::newRow("same strong tag") << QByteArray("\"v2\"") << true;
    QTest::newRow("other tag") << QByteArray("\"v1\"") << false;
    QTest::newRow("weak tag never") << QByteArray("W/\"v2\"") << false;
    QTest::newRow("exact date") << kNow << true;
    QTest::newRow("other date") << kAfter << false;
    QTest::newRow("garbage") << QByteArray("v2") << false;
}

void TestConditional::ifRange()
{
    QFETCH(QByteArray, ifRange);
    QFETCH(bool, allows);
    Validators validators;
    validators.etag = {"\"v2\"", false};
    validators.lastModified = parseHttpDate(kNow);
    QCOMPARE(ifRangeAllows(ifRange, validators), allows);
}

void TestConditional::entityTags_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("weak");
    QTest::newRow("strong") << QByteArray("\"abc\"") << true << false;
    QTest::newRow("weak") << QByteArray("W/\"abc\"") << true << true;
    QTest::newRow("empty") << QByteArray("\"\"") << true << false;
    QTest::newRow("unquoted") << QByteArray("abc") << false << false;
    QTest::newRow("lower-case w") << QByteArray("w/\"abc\"") << false << false;
    QTest::newRow("unterminated") << QByteArray("\"abc") << false << false;
    QTest::newRow("space inside") << QByteArray("\"a b\"") << false << false;
}

void TestConditional::entityTags()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(bool, weak);
    bool ok = false;
    const EntityTag tag = EntityTag::parse(text, &ok);
    QCOMPARE(ok, valid);
    if (valid) {
        QCOMPARE(tag.weak, weak);
        QCOMPARE(tag.toHeader(), text);
    }
}

void TestConditional::entityTagLists_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("lenient");
    QTest::addColumn<QByteArray>("tags"); // the tags as written back, joined by "|"; "-": invalid
    QTest::newRow("comma inside a tag")
            << QByteArray("\"a,b\", W/\"c\"") << false << QByteArray("\"a,b\"|W/\"c\"");
    QTest::newRow("star") << QByteArray("*") << false << QByteArray("*");
    QTest::newRow("star with a tag") << QByteArray("*, \"a\"") << false << QByteArray("-");
    QTest::newRow("no separator") << QByteArray("\"a\"\"b\"") << false << QByteArray("-");
    QTest::newRow("unquoted, strict") << QByteArray("abc, \"d\"") << false << QByteArray("-");
    QTest::newRow("unquoted, lenient")
            << QByteArray("abc, W/def") << true << QByteArray("\"abc\"|W/\"def\"");
    QTest::newRow("space inside, lenient")
            << QByteArray("\"a b\"") << true << QByteArray("\"a b\"");
    QTest::newRow("empty") << QByteArray(" , ") << true << QByteArray("-");
}

// The one parser of entity-tag lists: the practice server reads them strictly, the findings
// leniently.
void TestConditional::entityTagLists()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, lenient);
    QFETCH(QByteArray, tags);
    const EntityTag::List list = EntityTag::parseList({value},
                                                      lenient ? EntityTag::Parsing::Lenient
                                                              : EntityTag::Parsing::Strict);
    if (tags == "-") {
        QVERIFY(!list.valid);
        return;
    }
    QVERIFY(list.valid);
    QByteArrayList written;
    if (list.star)
        written.append("*");
    for (const EntityTag &tag : list.tags)
        written.append(tag.toHeader());
    QCOMPARE(written.join('|'), tags);
}

QTEST_GUILESS_MAIN(TestConditional)
#include "tst_conditional.moc"
