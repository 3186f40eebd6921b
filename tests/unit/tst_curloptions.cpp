#include "interop/curloptions.h"
#include "requestdescription.h"

#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

// The request's description (requestdescription.h) followed by what the command line asked for
// beyond the request.
QString describe(const CurlCommand &command)
{
    QStringList parts = describeRequestParts(command.requests.first());
    if (command.requests.size() > 1)
        parts.insert(1, QStringLiteral("urls=%1").arg(command.requests.size()));
    if (!command.outputs.isEmpty())
        parts << QStringLiteral("o=") + command.outputs.join(QLatin1Char(','));
    if (!command.harFile.isEmpty())
        parts << QStringLiteral("har=") + command.harFile;
    if (!command.etagSave.isEmpty())
        parts << QStringLiteral("etagsave=") + command.etagSave;
    if (command.verbose)
        parts << QStringLiteral("verbose");
    if (command.silent)
        parts << QStringLiteral("silent");
    if (command.showError)
        parts << QStringLiteral("showerror");
    if (command.parallel)
        parts << QStringLiteral("parallel=%1").arg(command.parallelMax);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCurlOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void optionsWithoutUrl();
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void fileArguments();
    void etagCompare();

private:
    QTemporaryDir m_dir;
};

void TestCurlOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir::setCurrent(m_dir.path()));
}

void TestCurlOptions::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString u = QStringLiteral("http://h/");

    QTest::newRow("bare URL") << QStringList{u} << "url=http://h/";
    QTest::newRow("scheme guessed like curl")
            << QStringList{QStringLiteral("h:8080/x")} << "url=http://h:8080/x";
    QTest::newRow("--url") << QStringList{QStringLiteral("--url"), u} << "url=http://h/";
    QTest::newRow("-X") << QStringList{QStringLiteral("-X"), QStringLiteral("DELETE"), u}
                        << "url=http://h/ method=DELETE";
    QTest::newRow("-X attached") << QStringList{QStringLiteral("-XPUT"), u}
                                 << "url=http://h/ method=PUT";
    QTest::newRow("--request") << QStringList{QStringLiteral("--request"),
                                              QStringLiteral("PATCH"),
                                              u}
                               << "url=http://h/ method=PATCH";
    QTest::newRow("-H set, remove, empty") << QStringList{QStringLiteral("-H"),
                                                          QStringLiteral("X-A: 1"),
                                                          QStringLiteral("-H"),
                                                          QStringLiteral("Accept:"),
                                                          QStringLiteral("-H"),
                                                          QStringLiteral("X-E;"),
                                                          u}
                                           << "url=http://h/ H[X-A: 1] H[Accept:] H[X-E;]";
    QTest::newRow("-d twice joins with &") << QStringList{QStringLiteral("-d"),
                                                          QStringLiteral("a=1"),
                                                          QStringLiteral("--data"),
                                                          QStringLiteral("b=2"),
                                                          u}
                                           << "url=http://h/ body=a=1&b=2";
    QTest::newRow("--data-raw keeps @")
            << QStringList{QStringLiteral("--data-raw"), QStringLiteral("@notafile"), u}
            << "url=http://h/ body=@notafile";
    QTest::newRow("--data-urlencode name=value")
            << QStringList{QStringLiteral("--data-urlencode"), QStringLiteral("q=a b&c"), u}
            << "url=http://h/ body=q=a+b%26c";
    QTest::newRow("--data-urlencode plain")
            << QStringList{QStringLiteral("--data-urlencode"), QStringLiteral("x y"), u}
            << "url=http://h/ body=x+y";
    QTest::newRow("--json adds two headers")
            << QStringList{QStringLiteral("--json"), QStringLiteral("{\"a\":1}"), u}
            << "url=http://h/ body={\"a\":1} H[Content-Type: application/json] H[Accept: "
               "application/json]";
    QTest::newRow("--json twice concatenates") << QStringList{QStringLiteral("--json"),
                                                              QStringLiteral("{\"a\":"),
                                                              QStringLiteral("--json"),
                                                              QStringLiteral("1}"),
                                                              u}
                                               << "url=http://h/ body={\"a\":1} H[Content-Type: "
                                                  "application/json] H[Accept: application/json]";
    QTest::newRow("--json keeps a user Content-Type")
            << QStringList{QStringLiteral("-H"),
                           QStringLiteral("Content-Type: text/x"),
                           QStringLiteral("--json"),
                           QStringLiteral("1"),
                           u}
            << "url=http://h/ body=1 H[Content-Type: text/x]";
    QTest::newRow("-G moves data to the query") << QStringList{QStringLiteral("-G"),
                                                               QStringLiteral("-d"),
                                                               QStringLiteral("a=1"),
                                                               QStringLiteral("http://h/p?x=0")}
                                                << "url=http://h/p?x=0&a=1";
    QTest::newRow("-I") << QStringList{QStringLiteral("-I"), u} << "url=http://h/ head";
    QTest::newRow("clustered -sSL")
            << QStringList{QStringLiteral("-sSL"), u} << "url=http://h/ follow silent showerror";
    QTest::newRow("cluster ending in an option with argument")
            << QStringList{QStringLiteral("-sX"), QStringLiteral("POST"), u}
            << "url=http://h/ method=POST silent";
    QTest::newRow("--max-redirs") << QStringList{QStringLiteral("-L"),
                                                 QStringLiteral("--max-redirs"),
                                                 QStringLiteral("3"),
                                                 u}
                                  << "url=http://h/ follow maxredirs=3";
    QTest::newRow("-z date") << QStringList{QStringLiteral("-z"),
                                            QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT"),
                                            u}
                             << "url=http://h/ H[If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT]";
    QTest::newRow("-z negated") << QStringList{QStringLiteral("--time-cond"),
                                               QStringLiteral("-Sun, 06 Nov 1994 08:49:37 GMT"),
                                               u}
                                << "url=http://h/ H[If-Unmodified-Since: Sun, 06 Nov 1994 08:49:37 "
                                   "GMT]";
    QTest::newRow("-b cookie string")
            << QStringList{QStringLiteral("-b"), QStringLiteral("a=1; b=2"), u}
            << "url=http://h/ cookie=a=1; b=2";
    QTest::newRow("-c jar enables the engine")
            << QStringList{QStringLiteral("-c"), QStringLiteral("jar.txt"), u}
            << "url=http://h/ jar=jar.txt engine";
    QTest::newRow("-u") << QStringList{QStringLiteral("-u"), QStringLiteral("ann:s3cret"), u}
                        << "url=http://h/ user=ann:s3cret";
    QTest::newRow("-A and -e") << QStringList{QStringLiteral("-A"),
                                              QStringLiteral("agent/1"),
                                              QStringLiteral("-e"),
                                              QStringLiteral("http://ref/"),
                                              u}
                               << "url=http://h/ ua=agent/1 referer=http://ref/";
    QTest::newRow("empty -A still sets")
            << QStringList{QStringLiteral("-A"), QString(), u} << "url=http://h/ ua=";
    QTest::newRow("--compressed -k")
            << QStringList{QStringLiteral("--compressed"), QStringLiteral("-k"), u}
            << "url=http://h/ insecure compressed";
    QTest::newRow("--resolve") << QStringList{QStringLiteral("--resolve"),
                                              QStringLiteral("h:80:127.0.0.1"),
                                              u}
                               << "url=http://h/ resolve=h:80:127.0.0.1";
    QTest::newRow("--http1.0") << QStringList{QStringLiteral("--http1.0"), u}
                               << "url=http://h/ version=1";
    QTest::newRow("-0") << QStringList{QStringLiteral("-0"), u} << "url=http://h/ version=1";
    QTest::newRow("--http1.1") << QStringList{QStringLiteral("--http1.1"), u}
                               << "url=http://h/ version=2";
    QTest::newRow("--http2") << QStringList{QStringLiteral("--http2"), u}
                             << "url=http://h/ version=3";
    QTest::newRow("-m fractional seconds") << QStringList{QStringLiteral("-m"),
                                                          QStringLiteral("1.5"),
                                                          QStringLiteral("--connect-timeout"),
                                                          QStringLiteral("2"),
                                                          u}
                                           << "url=http://h/ timeout=1500 connecttimeout=2000";
    QTest::newRow("-x") << QStringList{QStringLiteral("-x"), QStringLiteral("http://proxy:3128"), u}
                        << "url=http://h/ proxy=http://proxy:3128";
    QTest::newRow("-o pairs with URLs") << QStringList{QStringLiteral("-o"),
                                                       QStringLiteral("a"),
                                                       u,
                                                       QStringLiteral("-o"),
                                                       QStringLiteral("b"),
                                                       QStringLiteral("http://i/")}
                                        << "url=http://h/ urls=2 o=a,b";
    QTest::newRow("--har and -v") << QStringList{QStringLiteral("--har"),
                                                 QStringLiteral("-"),
                                                 QStringLiteral("-v"),
                                                 u}
                                  << "url=http://h/ har=- verbose";
    QTest::newRow("-Z --parallel-max") << QStringList{QStringLiteral("-Z"),
                                                      QStringLiteral("--parallel-max"),
                                                      QStringLiteral("7"),
                                                      u,
                                                      u}
                                       << "url=http://h/ urls=2 parallel=7";
    QTest::newRow("--parallel-immediate")
            << QStringList{QStringLiteral("-Z"), QStringLiteral("--parallel-immediate"), u}
            << "url=http://h/ parallel=50";
    QTest::newRow("-- ends options")
            << QStringList{QStringLiteral("--"), QStringLiteral("-weird-host")}
            << "url=http://-weird-host";
    QTest::newRow("--etag-save") << QStringList{QStringLiteral("--etag-save"),
                                                QStringLiteral("e.txt"),
                                                u}
                                 << "url=http://h/ etagsave=e.txt";
}

void TestCurlOptions::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CurlParseResult result = parseCurlArguments(args);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(describe(result.command), expected);
}

void TestCurlOptions::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown long option is named") << QStringList{QStringLiteral("--proto-default"),
                                                                 QStringLiteral("x"),
                                                                 QStringLiteral("http://h/")}
                                                  << 2 << "--proto-default";
    QTest::newRow("unknown short option is named")
            << QStringList{QStringLiteral("-sq"), QStringLiteral("http://h/")} << 2 << "-q";
    QTest::newRow("--opt=value is not curl syntax")
            << QStringList{QStringLiteral("--max-redirs=3"), QStringLiteral("http://h/")} << 2
            << "next argument";
    QTest::newRow("missing argument")
            << QStringList{QStringLiteral("http://h/"), QStringLiteral("-H")} << 2 << "--header";
    QTest::newRow("no URL") << QStringList{QStringLiteral("-v")} << 2 << "No URL";
    QTest::newRow("bad --max-redirs") << QStringList{QStringLiteral("--max-redirs"),
                                                     QStringLiteral("lots"),
                                                     QStringLiteral("http://h/")}
                                      << 2 << "lots";
    QTest::newRow("bad -m") << QStringList{QStringLiteral("-m"),
                                           QStringLiteral("soon"),
                                           QStringLiteral("http://h/")}
                            << 2 << "soon";
    QTest::newRow("negative -m") << QStringList{QStringLiteral("-m"),
                                                QStringLiteral("-1"),
                                                QStringLiteral("http://h/")}
                                 << 2 << "-1";
    // NaN compares false both ways; it must not pass for a time limit.
    QTest::newRow("-m nan") << QStringList{QStringLiteral("-m"),
                                           QStringLiteral("nan"),
                                           QStringLiteral("http://h/")}
                            << 2 << "\"nan\"";
    QTest::newRow("--connect-timeout inf") << QStringList{QStringLiteral("--connect-timeout"),
                                                          QStringLiteral("inf"),
                                                          QStringLiteral("http://h/")}
                                           << 2 << "\"inf\"";
    QTest::newRow("bad --resolve") << QStringList{QStringLiteral("--resolve"),
                                                  QStringLiteral("h:80"),
                                                  QStringLiteral("http://h/")}
                                   << 2 << "host:port:address";
    QTest::newRow("-u without password")
            << QStringList{QStringLiteral("-u"), QStringLiteral("ann"), QStringLiteral("http://h/")}
            << 2 << "user:password";
    QTest::newRow("-d @missing") << QStringList{QStringLiteral("-d"),
                                                QStringLiteral("@missing.txt"),
                                                QStringLiteral("http://h/")}
                                 << 26 << "missing.txt";
    QTest::newRow("-b missing file") << QStringList{QStringLiteral("-b"),
                                                    QStringLiteral("nofile"),
                                                    QStringLiteral("http://h/")}
                                     << 26 << "nofile";
    // curl_getdate reads a year of ten digits; no HTTP date can carry it (found by fuzzing).
    QTest::newRow("-z year beyond 9999") << QStringList{QStringLiteral("-z"),
                                                        QStringLiteral("Tue, 01 Dec 2026020260t"),
                                                        QStringLiteral("http://h/")}
                                         << 2 << "outside the years 1 to 9999";
    QTest::newRow("-z neither date nor file") << QStringList{QStringLiteral("-z"),
                                                             QStringLiteral("yesterday-ish"),
                                                             QStringLiteral("http://h/")}
                                              << 2 << "yesterday-ish";
    QTest::newRow("--etag-compare missing file") << QStringList{QStringLiteral("--etag-compare"),
                                                                QStringLiteral("none.etag"),
                                                                QStringLiteral("http://h/")}
                                                 << 26 << "none.etag";
    QTest::newRow("--parallel-max out of range") << QStringList{QStringLiteral("--parallel-max"),
                                                                QStringLiteral("0"),
                                                                QStringLiteral("http://h/")}
                                                 << 2 << "1 to 300";
    QTest::newRow("referer ;auto") << QStringList{QStringLiteral("-e"),
                                                  QStringLiteral(";auto"),
                                                  QStringLiteral("http://h/")}
                                   << 2 << ";auto";
}

void TestCurlOptions::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const CurlParseResult result = parseCurlArguments(args);
    QVERIFY(!result.ok);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestCurlOptions::fileArguments()
{
    QFile file(QStringLiteral("body.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("line1\r\nline2\n\x01");
    file.close();

    // -d @file drops CR and LF like curl; --data-binary @file keeps every byte.
    CurlParseResult result = parseCurlArguments(
            {QStringLiteral("-d"), QStringLiteral("@body.txt"), QStringLiteral("http://h/")});
    QVERIFY(result.ok);
    QCOMPARE(result.command.requests.first().body, QByteArray("line1line2\x01"));
    result = parseCurlArguments({QStringLiteral("--data-binary"),
                                 QStringLiteral("@body.txt"),
                                 QStringLiteral("http://h/")});
    QVERIFY(result.ok);
    QCOMPARE(result.command.requests.first().body, QByteArray("line1\r\nline2\n\x01"));

    QFile headers(QStringLiteral("headers.txt"));
    QVERIFY(headers.open(QIODevice::WriteOnly));
    headers.write("X-One: 1\r\n\r\nX-Two: 2\n");
    headers.close();
    result = parseCurlArguments(
            {QStringLiteral("-H"), QStringLiteral("@headers.txt"), QStringLiteral("http://h/")});
    QVERIFY(result.ok);
    QCOMPARE(describe(result.command), QStringLiteral("url=http://h/ H[X-One: 1] H[X-Two: 2]"));

    // -z FILE uses the file's modification time.
    QFile stamp(QStringLiteral("stamp"));
    QVERIFY(stamp.open(QIODevice::WriteOnly));
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QVERIFY(stamp.setFileTime(when, QFileDevice::FileModificationTime));
    stamp.close();
    result = parseCurlArguments(
            {QStringLiteral("-z"), QStringLiteral("stamp"), QStringLiteral("http://h/")});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.command.requests.first().headers.first(),
             (HeaderLine{HeaderLine::Kind::Set,
                         "If-Modified-Since",
                         "Tue, 14 Nov 2023 22:13:20 GMT"}));

    // -b FILE reads cookies into the engine.
    result = parseCurlArguments(
            {QStringLiteral("-b"), QStringLiteral("stamp"), QStringLiteral("http://h/")});
    QVERIFY(result.ok);
    QCOMPARE(describe(result.command), QStringLiteral("url=http://h/ cookiefiles=1 engine"));
}

void TestCurlOptions::etagCompare()
{
    QFile file(QStringLiteral("etag.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\"abc-123\"\n");
    file.close();
    CurlParseResult result = parseCurlArguments({QStringLiteral("--etag-compare"),
                                                 QStringLiteral("etag.txt"),
                                                 QStringLiteral("http://h/")});
    QVERIFY(result.ok);
    QCOMPARE(describe(result.command),
             QStringLiteral("url=http://h/ H[If-None-Match: \"abc-123\"]"));

    // Missing file with --etag-save: the first run of a crawler. curl sends the empty ETag.
    result = parseCurlArguments({QStringLiteral("--etag-compare"),
                                 QStringLiteral("new.txt"),
                                 QStringLiteral("--etag-save"),
                                 QStringLiteral("new.txt"),
                                 QStringLiteral("http://h/")});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(describe(result.command),
             QStringLiteral("url=http://h/ H[If-None-Match: \"\"] etagsave=new.txt"));
}

// `run` parses the options that apply to every request of an .http file: no URL among them.
void TestCurlOptions::optionsWithoutUrl()
{
    const QList<QByteArray> options{"-k", "-H", "X-Run: 1", "-m", "5"};
    CurlParseResult result = parseCurlArguments(options);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("No URL")));
    CurlParseOptions withoutUrl;
    withoutUrl.urlRequired = false;
    result = parseCurlArguments(options, withoutUrl);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.command.requests.size(), 1);
    QCOMPARE(describe(result.command), QStringLiteral("url= H[X-Run: 1] timeout=5000 insecure"));
}

QTEST_GUILESS_MAIN(TestCurlOptions)
#include "tst_curloptions.moc"
