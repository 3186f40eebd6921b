// Compare, completed: bodies (text line by line, JSON normalised, binary by size and hash) and
// every hop of two exchanges.
#include "findingsfixture.h"
#include "inspector/bodydiff.h"
#include "inspector/comparison.h"

#include <QCryptographicHash>
#include <QTest>

using namespace HttpLens;

namespace {

QStringList rendered(const BodyDiff &diff)
{
    QStringList out;
    for (const BodyDiff::Line &line : diff.lines) {
        const char mark = line.change == BodyDiff::Line::Change::Added     ? '+'
                          : line.change == BodyDiff::Line::Change::Removed ? '-'
                                                                           : ' ';
        out.append(QLatin1Char(mark) + line.text);
    }
    return out;
}

} // namespace

class TestBodyDiff : public QObject
{
    Q_OBJECT

private slots:
    void jsonKeysThatMovedAreNoChange();
    void jsonValueChangeAmongMovedKeys();
    void textLines();
    void lineEndingsDoNotCount();
    void binaryBySizeAndHash();
    void largeBodiesByHashOnly();
    void tooDifferentForATable();
    void hopsSideBySide();
    void exchangesCompareTheirBodies();
};

void TestBodyDiff::jsonKeysThatMovedAreNoChange()
{
    const BodyDiff diff = BodyDiff::compare("{\"a\": 1, \"b\": [1, 2], \"c\": {\"x\": true}}",
                                            "application/json",
                                            "{\"c\":{\"x\":true},\"b\":[1,2],\"a\":1}",
                                            "application/json; charset=utf-8");
    QCOMPARE(diff.kind, BodyDiff::Kind::Identical);
    QCOMPARE(diff.format, BodyDiff::Format::Json);
    QVERIFY(diff.leftSha256 != diff.rightSha256); // the bytes differ, the JSON does not
    QVERIFY(diff.note.contains(QLatin1String("only the order of keys or the spacing")));
}

void TestBodyDiff::jsonValueChangeAmongMovedKeys()
{
    const BodyDiff diff = BodyDiff::compare("{\"name\": \"lens\", \"version\": 1, \"z\": 0}",
                                            "application/json",
                                            "{\"z\": 0, \"version\": 2, \"name\": \"lens\"}",
                                            "application/json");
    QCOMPARE(diff.kind, BodyDiff::Kind::Lines);
    QCOMPARE(diff.added, 1);
    QCOMPARE(diff.removed, 1);
    QCOMPARE(rendered(diff),
             (QStringList{QStringLiteral(" {"),
                          QStringLiteral("     \"name\": \"lens\","),
                          QStringLiteral("-    \"version\": 1,"),
                          QStringLiteral("+    \"version\": 2,"),
                          QStringLiteral("     \"z\": 0"),
                          QStringLiteral(" }")}));
}

void TestBodyDiff::textLines()
{
    const BodyDiff diff = BodyDiff::compare("one\ntwo\nthree\nfour\n",
                                            "text/plain",
                                            "one\nthree\nfour\nfive\n",
                                            "text/plain");
    QCOMPARE(diff.format, BodyDiff::Format::Text);
    QCOMPARE(rendered(diff),
             (QStringList{QStringLiteral(" one"),
                          QStringLiteral("-two"),
                          QStringLiteral(" three"),
                          QStringLiteral(" four"),
                          QStringLiteral("+five")}));
    QCOMPARE(diff.lines.at(1).leftNumber, 2);
    QCOMPARE(diff.lines.at(4).rightNumber, 4);
}

void TestBodyDiff::lineEndingsDoNotCount()
{
    QCOMPARE(BodyDiff::compare("a\r\nb\r\n", "text/plain", "a\nb\n", "text/plain").kind,
             BodyDiff::Kind::Identical);
}

void TestBodyDiff::binaryBySizeAndHash()
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const QByteArray other = png + QByteArray("\0\xff", 2);
    const BodyDiff diff = BodyDiff::compare(png, "image/png", other, "image/png");
    QCOMPARE(diff.kind, BodyDiff::Kind::Binary);
    QCOMPARE(diff.format, BodyDiff::Format::Binary);
    QCOMPARE(diff.leftBytes, 16);
    QCOMPARE(diff.rightBytes, 18);
    QCOMPARE(diff.rightSha256, QCryptographicHash::hash(other, QCryptographicHash::Sha256).toHex());
    QVERIFY(diff.lines.isEmpty());
    QCOMPARE(BodyDiff::compare(png, "image/png", png, "image/png").kind, BodyDiff::Kind::Identical);
}

void TestBodyDiff::largeBodiesByHashOnly()
{
    const QByteArray big(BodyDiff::kMaxLineDiffBytes + 1, 'x');
    const BodyDiff diff = BodyDiff::compare(big, "text/plain", big + 'y', "text/plain");
    QCOMPARE(diff.kind, BodyDiff::Kind::Binary);
    QVERIFY(diff.note.contains(QLatin1String("SHA-256 only")));
    QVERIFY(diff.lines.isEmpty());
}

void TestBodyDiff::tooDifferentForATable()
{
    QByteArray a;
    QByteArray b;
    for (int i = 0; i < 3000; ++i) {
        a += "left " + QByteArray::number(i) + '\n';
        b += "right " + QByteArray::number(i) + '\n';
    }
    const BodyDiff diff = BodyDiff::compare(a, "text/plain", b, "text/plain");
    QCOMPARE(diff.kind, BodyDiff::Kind::Lines);
    QCOMPARE(diff.removed, 3000);
    QCOMPARE(diff.added, 3000);
    QVERIFY(diff.note.contains(QLatin1String("too many lines")));
}

void TestBodyDiff::hopsSideBySide()
{
    const QByteArray redirect = response("302 Found", "Location: /get\r\n");
    const QByteArray ok = response("200 OK", "Content-Length: 0\r\n");
    Exchange left = makeExchange(QStringLiteral("http://h/redirect/1"),
                                 {{kGet, redirect}, {kGet, ok}});
    left.hops[0].startUs = 0;
    left.hops[0].endUs = 1500;
    const Exchange right = makeExchange(QStringLiteral("http://h/get"), {{kGet, ok}});
    const Comparison c = compareExchanges(left, right);
    QCOMPARE(c.hops.size(), 2);
    QCOMPARE(c.hops.at(0).leftStatus, 302);
    QCOMPARE(c.hops.at(0).rightStatus, 200);
    QCOMPARE(c.hops.at(0).leftUs, 1500);
    QCOMPARE(c.hops.at(1).leftStatus, 200);
    QCOMPARE(c.hops.at(1).rightStatus, 0); // the right exchange has one hop only
    QVERIFY(c.hops.at(1).rightUrl.isEmpty());
}

void TestBodyDiff::exchangesCompareTheirBodies()
{
    const QByteArray json = response("200 OK", "Content-Type: application/json\r\n");
    Exchange left = makeExchange(QStringLiteral("http://h/j"), {{kGet, json}});
    Exchange right = makeExchange(QStringLiteral("http://h/j"), {{kGet, json}});
    QVERIFY(left.body.append("{\"b\":1,\"a\":2}", 13));
    QVERIFY(right.body.append("{\"a\":2,\"b\":3}", 13));
    const Comparison c = compareExchanges(left, right);
    QCOMPARE(c.body.format, BodyDiff::Format::Json);
    QCOMPARE(c.body.added, 1);
    QCOMPARE(c.body.removed, 1);
}

QTEST_GUILESS_MAIN(TestBodyDiff)
#include "tst_bodydiff.moc"
