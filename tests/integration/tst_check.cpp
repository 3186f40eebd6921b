// `httplens-cli check` run as a user runs it, against nginx and the practice server, both on
// loopback and started here: statuses, revalidation across runs, the hash fallback, failures
// beside healthy URLs, Retry-After, the per-host limit, a killed run resumed, sitemaps and
// malformed lists.
#include "childprocess.h"
#include "gzip.h"
#include "nginxserver.h"
#include "practice/practiceserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace HttpLens;

namespace {

ServedRun check(const QStringList &arguments, const QByteArray &input = {})
{
    return runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                              QStringList{QStringLiteral("check"), QStringLiteral("-q")} + arguments,
                              input,
                              60000);
}

// The JSON lines of a run, by URL; a URL reported twice fails the test.
QHash<QString, QJsonObject> resultsByUrl(const QByteArray &out, bool *unique)
{
    QHash<QString, QJsonObject> results;
    *unique = true;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString url = object.value(QStringLiteral("url")).toString();
        if (url.isEmpty() || results.contains(url))
            *unique = false;
        results.insert(url, object);
    }
    return results;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

int num(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInt();
}

} // namespace

class TestCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusesAndRedirects();
    void malformedLinesAreSkipped();
    void revalidationAcrossRuns();
    void hashFallback();
    void failuresBesideHealthyUrls();
    void retryAfterHonoured();
    void perHostLimit();
    void killedRunResumed();
    void interruptStopsCleanly();
    void sitemapIndexWithGzippedSitemap();
    void csvAndStandardInput();
    void headFallsBackToGet();
    void rateIsKept();

private:
    QString practice(const QString &path) const { return m_practice.url(path); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    NginxServer m_nginx;
    Practice::PracticeServer m_practice;
    QTemporaryDir m_dir;
};

void TestCheck::initTestCase()
{
    QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
    QVERIFY(m_practice.listen());
    QVERIFY(m_dir.isValid());
}

void TestCheck::statusesAndRedirects()
{
    const QStringList urls{practice(QStringLiteral("/status/200")),
                           practice(QStringLiteral("/status/404")),
                           practice(QStringLiteral("/status/705")),
                           practice(QStringLiteral("/redirect/3")),
                           m_nginx.url(QStringLiteral("/no-such-file"))};
    QVERIFY(writeFile(path(QStringLiteral("statuses.txt")), urls.join(QLatin1Char('\n')).toUtf8()));
    const ServedRun run = check(
            {QStringLiteral("--json"), QStringLiteral("-L"), path(QStringLiteral("statuses.txt"))});
    QCOMPARE(run.exitCode, 0); // whatever the statuses
    bool unique = false;
    const QHash<QString, QJsonObject> results = resultsByUrl(run.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 5);
    QCOMPARE(num(results.value(urls[0]), "status"), 200);
    QCOMPARE(str(results.value(urls[0]), "reason"), QStringLiteral("OK"));
    QCOMPARE(str(results.value(urls[0]), "change"), QStringLiteral("new"));
    QCOMPARE(str(results.value(urls[0]), "decidedBy"), QStringLiteral("none"));
    QVERIFY(results.value(urls[0]).value(QStringLiteral("timeMs")).toDouble() > 0);
    QVERIFY(num(results.value(urls[0]), "wireBytes") > 0);
    QCOMPARE(num(results.value(urls[1]), "status"), 404);
    QCOMPARE(str(results.value(urls[1]), "change"), QStringLiteral("gone"));
    QCOMPARE(num(results.value(urls[2]), "status"), 705); // no HTTP status, reported as it came
    const QJsonObject redirected = results.value(urls[3]);
    QCOMPARE(num(redirected, "status"), 200);
    QCOMPARE(num(redirected, "redirects"), 3);
    QCOMPARE(str(redirected, "finalUrl"), practice(QStringLiteral("/get")));
    // Every hop is recorded: the three redirects, each with its status and the URL it answered.
    const QJsonArray hops = redirected.value(QStringLiteral("hops")).toArray();
    QCOMPARE(hops.size(), 3);
    QCOMPARE(hops.at(0)[QStringLiteral("url")].toString(), urls[3]);
    QCOMPARE(hops.at(0)[QStringLiteral("status")].toInt(), 302);
    QVERIFY(hops.at(2)[QStringLiteral("url")].toString().endsWith(
            QStringLiteral("/relative-redirect/1")));
    QVERIFY(!results.value(urls[0]).contains(QStringLiteral("hops")));
    QCOMPARE(num(results.value(urls[4]), "status"), 404);
    QVERIFY2(run.err.contains("By status:"), run.err.constData());

    // For scripts: --fail-on turns a class into exit code 1, and only that class.
    QCOMPARE(check({QStringLiteral("--fail-on"),
                    QStringLiteral("4xx"),
                    path(QStringLiteral("statuses.txt"))})
                     .exitCode,
             1);
    QCOMPARE(check({QStringLiteral("--fail-on"),
                    QStringLiteral("5xx,error"),
                    path(QStringLiteral("statuses.txt"))})
                     .exitCode,
             0);
}

void TestCheck::malformedLinesAreSkipped()
{
    const QByteArray list = "# a comment, then a blank line\n\n"
                            + practice(QStringLiteral("/get")).toUtf8()
                            + "\nthis is not a url\nftp://example.test/file\n"
                            + QByteArray(100 * 1024, 'a') + "\n"
                            + practice(QStringLiteral("/status/201")).toUtf8() + "\n";
    QVERIFY(writeFile(path(QStringLiteral("malformed.txt")), list));
    const ServedRun run = check({QStringLiteral("--json"), path(QStringLiteral("malformed.txt"))});
    QCOMPARE(run.exitCode, 0);
    bool unique = false;
    const QHash<QString, QJsonObject> results = resultsByUrl(run.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 2); // the run went on past every bad line
    QCOMPARE(num(results.value(practice(QStringLiteral("/status/201"))), "status"), 201);
    for (const char *line : {"Line 4", "Line 5", "Line 6"})
        QVERIFY2(run.err.contains(line), run.err.constData());
    QVERIFY2(run.err.contains("3 lines of the list were no URL")
                     || run.err.contains("3 line(s) of the list were no URL"),
             run.err.constData());
}

void TestCheck::revalidationAcrossRuns()
{
    const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-2);
    QStringList urls;
    for (int i = 0; i < 20; ++i) {
        const QString name = QStringLiteral("reval/page%1.html").arg(i);
        QVERIFY(m_nginx.writeFile(name, QByteArray(2000 + i, 'a' + char(i % 26)), then));
        urls << m_nginx.url(QLatin1Char('/') + name);
    }
    QVERIFY(writeFile(path(QStringLiteral("reval.txt")), urls.join(QLatin1Char('\n')).toUtf8()));
    const QStringList arguments{QStringLiteral("--json"),
                                QStringLiteral("--state"),
                                path(QStringLiteral("reval.db")),
                                path(QStringLiteral("reval.txt"))};
    ServedRun first = check(arguments);
    QCOMPARE(first.exitCode, 0);
    bool unique = false;
    QHash<QString, QJsonObject> results = resultsByUrl(first.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 20);
    for (const QJsonObject &r : std::as_const(results))
        QCOMPARE(str(r, "change"), QStringLiteral("new"));

    // Three pages change between the runs: new content, a newer modification time.
    for (int i : {3, 7, 15}) {
        const QString name = QStringLiteral("reval/page%1.html").arg(i);
        QVERIFY(m_nginx.writeFile(name, "changed " + QByteArray::number(i), then.addSecs(3600)));
    }
    const ServedRun second = check(arguments);
    QCOMPARE(second.exitCode, 0);
    results = resultsByUrl(second.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 20);
    QStringList changed;
    int unchangedBy304 = 0;
    for (const QJsonObject &r : std::as_const(results)) {
        if (str(r, "change") == QLatin1String("changed")) {
            changed << str(r, "url");
            QCOMPARE(num(r, "status"), 200);
            QCOMPARE(str(r, "decidedBy"), QStringLiteral("hash"));
        } else if (str(r, "change") == QLatin1String("unchanged")
                   && str(r, "decidedBy") == QLatin1String("304")) {
            ++unchangedBy304;
            QCOMPARE(num(r, "status"), 304);
            QVERIFY(num(r, "wireBytes") < 2000); // no body came
            QVERIFY(num(r, "savedBytes") > 2000);
        }
    }
    changed.sort();
    QStringList expected{urls[15], urls[3], urls[7]};
    expected.sort();
    QCOMPARE(changed, expected);
    QCOMPARE(unchangedBy304, 17);
    QVERIFY2(second.err.contains("revalidation saved"), second.err.constData());
}

void TestCheck::hashFallback()
{
    const QString plain = practice(QStringLiteral("/crawl/plain/hash-a"));
    const QString ignoring = practice(QStringLiteral("/crawl/ignoring/hash-b"));
    QVERIFY(writeFile(path(QStringLiteral("hash.txt")), (plain + u'\n' + ignoring).toUtf8()));
    const QStringList arguments{QStringLiteral("--json"),
                                QStringLiteral("--state"),
                                path(QStringLiteral("hash.db")),
                                path(QStringLiteral("hash.txt"))};
    QCOMPARE(check(arguments).exitCode, 0);
    const ServedRun second = check(arguments);
    bool unique = false;
    const QHash<QString, QJsonObject> results = resultsByUrl(second.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 2);
    for (const QString &url : {plain, ignoring}) {
        const QJsonObject r = results.value(url);
        QCOMPARE(num(r, "status"), 200);
        QCOMPARE(str(r, "change"), QStringLiteral("unchanged"));
        QCOMPARE(str(r, "decidedBy"), QStringLiteral("hash"));
    }
    QVERIFY2(str(results.value(plain), "note").contains(QLatin1String("no validators")),
             qPrintable(str(results.value(plain), "note")));
    QVERIFY2(str(results.value(ignoring), "note").contains(QLatin1String("ignored the validators")),
             qPrintable(str(results.value(ignoring), "note")));

    // The document changes: the hash says so.
    const ServedRun edit = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                              {QStringLiteral("send"),
                                               QStringLiteral("-s"),
                                               QStringLiteral("-X"),
                                               QStringLiteral("PUT"),
                                               QStringLiteral("--data"),
                                               QStringLiteral("new text"),
                                               practice(QStringLiteral("/lab/hash-a"))});
    QCOMPARE(edit.exitCode, 0);
    const ServedRun third = check(arguments);
    const QHash<QString, QJsonObject> after = resultsByUrl(third.out, &unique);
    QCOMPARE(str(after.value(plain), "change"), QStringLiteral("changed"));
    QCOMPARE(str(after.value(ignoring), "change"), QStringLiteral("unchanged"));
}

void TestCheck::failuresBesideHealthyUrls()
{
    QStringList urls{practice(QStringLiteral("/delay/5")), QStringLiteral("http://127.0.0.1:1/")};
    for (int i = 0; i < 5; ++i)
        urls << practice(QStringLiteral("/status/%1").arg(200 + i));
    QVERIFY(writeFile(path(QStringLiteral("failures.txt")), urls.join(QLatin1Char('\n')).toUtf8()));
    QElapsedTimer clock;
    clock.start();
    const ServedRun run = check({QStringLiteral("--json"),
                                 QStringLiteral("-m"),
                                 QStringLiteral("1"),
                                 path(QStringLiteral("failures.txt"))});
    QVERIFY2(clock.elapsed() < 4500, "the slow URL was not cut off by -m");
    QCOMPARE(run.exitCode, 0);
    bool unique = false;
    const QHash<QString, QJsonObject> results = resultsByUrl(run.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 7);
    const QJsonObject timedOut = results.value(urls[0]);
    QCOMPARE(str(timedOut, "change"), QStringLiteral("error"));
    QCOMPARE(timedOut.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("curlCode"))
                     .toInt(),
             28);
    const QJsonObject refused = results.value(urls[1]);
    QCOMPARE(str(refused, "change"), QStringLiteral("error"));
    QCOMPARE(refused.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("curlCode"))
                     .toInt(),
             7);
    QVERIFY(!refused.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(num(results.value(urls[2 + i]), "status"), 200 + i);
    QCOMPARE(check({QStringLiteral("--fail-on"),
                    QStringLiteral("error"),
                    QStringLiteral("-m"),
                    QStringLiteral("1"),
                    path(QStringLiteral("failures.txt"))})
                     .exitCode,
             1);
}

void TestCheck::retryAfterHonoured()
{
    const QString url = practice(
            QStringLiteral("/crawl/retry-after/1?key=%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QElapsedTimer clock;
    clock.start();
    const ServedRun run = check({QStringLiteral("--json"),
                                 QStringLiteral("--retries"),
                                 QStringLiteral("1"),
                                 QStringLiteral("-")},
                                url.toUtf8() + '\n');
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(run.exitCode, 0);
    bool unique = false;
    const QHash<QString, QJsonObject> results = resultsByUrl(run.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 1);
    QCOMPARE(num(results.value(url), "status"), 200);
    QCOMPARE(num(results.value(url), "attempts"), 2);
    QVERIFY2(elapsed >= 1000, "Retry-After: 1 was not waited for");

    // Without retries the 429 is the answer.
    const QString other = practice(QStringLiteral("/crawl/retry-after/1?key=other-%1")
                                           .arg(QDateTime::currentMSecsSinceEpoch()));
    const ServedRun once = check({QStringLiteral("--json"), QStringLiteral("-")}, other.toUtf8());
    QCOMPARE(num(resultsByUrl(once.out, &unique).value(other), "status"), 429);
}

void TestCheck::perHostLimit()
{
    // Three hosts, one practice server each; every one must see the limit, and reach it.
    std::vector<std::unique_ptr<Practice::PracticeServer>> servers;
    QStringList urls;
    for (const char *address : {"127.0.0.1", "127.0.0.2", "127.0.0.3"}) {
        auto server = std::make_unique<Practice::PracticeServer>();
        Practice::PracticeServer::Options options;
        options.address = QHostAddress(QString::fromLatin1(address));
        QVERIFY2(server->listen(options), qPrintable(server->errorString()));
        for (int i = 0; i < 10; ++i)
            urls << server->url(QStringLiteral("/delay/0.2?n=%1").arg(i));
        servers.push_back(std::move(server));
    }
    QVERIFY(writeFile(path(QStringLiteral("hosts.txt")), urls.join(QLatin1Char('\n')).toUtf8()));
    QElapsedTimer clock;
    clock.start();
    const ServedRun run = check({QStringLiteral("--json"),
                                 QStringLiteral("--per-host"),
                                 QStringLiteral("2"),
                                 path(QStringLiteral("hosts.txt"))});
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(run.exitCode, 0);
    bool unique = false;
    QCOMPARE(resultsByUrl(run.out, &unique).size(), 30);
    // Ten 0.2 s answers two at a time take 1 s per host; the hosts run side by side.
    QVERIFY2(elapsed >= 1000 && elapsed < 2800, qPrintable(QString::number(elapsed)));
    for (const auto &server : servers) {
        const ServedRun connections = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                                         {QStringLiteral("send"),
                                                          QStringLiteral("-s"),
                                                          server->url(
                                                                  QStringLiteral("/connections"))});
        const QJsonObject report = QJsonDocument::fromJson(connections.out).object();
        QCOMPARE(report.value(QStringLiteral("mostFromYou")).toInt(), 2);
    }
}

void TestCheck::killedRunResumed()
{
    QStringList urls;
    for (int i = 0; i < 400; ++i)
        urls << practice(QStringLiteral("/crawl/plain/resume-%1").arg(i));
    QVERIFY(writeFile(path(QStringLiteral("resume.txt")), urls.join(QLatin1Char('\n')).toUtf8()));
    const QStringList arguments{QStringLiteral("check"),
                                QStringLiteral("-q"),
                                QStringLiteral("--json"),
                                QStringLiteral("--rate"),
                                QStringLiteral("400"),
                                QStringLiteral("--state"),
                                path(QStringLiteral("resume.db")),
                                path(QStringLiteral("resume.txt"))};
    QProcess first;
    QByteArray firstOut;
    connect(&first, &QProcess::readyReadStandardOutput, this, [&] {
        firstOut += first.readAllStandardOutput();
    });
    first.start(QStringLiteral(HTTPLENS_CLI_PATH), arguments);
    QTRY_VERIFY_WITH_TIMEOUT(firstOut.count('\n') >= 150, 20000);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(5000));
    firstOut += first.readAllStandardOutput();
    // Only whole lines count: a line cut by the kill was not reported.
    firstOut.truncate(firstOut.lastIndexOf('\n') + 1);
    const qsizetype before = firstOut.count('\n');
    QVERIFY2(before < 400, "the run ended before it was killed");

    const ServedRun resumed = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                                 arguments + QStringList{QStringLiteral("--resume")},
                                                 {},
                                                 60000);
    QCOMPARE(resumed.exitCode, 0);
    bool unique = false;
    const QHash<QString, QJsonObject> all = resultsByUrl(firstOut + resumed.out, &unique);
    QVERIFY2(unique, "a URL was reported twice");
    QCOMPARE(all.size(), 400);
    for (const QString &url : urls)
        QVERIFY2(all.contains(url), qPrintable(url));
    QVERIFY2(resumed.err.contains("interrupted run"), resumed.err.constData());
}

void TestCheck::interruptStopsCleanly()
{
    QStringList urls;
    for (int i = 0; i < 30; ++i)
        urls << practice(QStringLiteral("/delay/0.5?ctrl-c=%1").arg(i));
    QVERIFY(writeFile(path(QStringLiteral("ctrlc.txt")), urls.join(QLatin1Char('\n')).toUtf8()));
    const QStringList arguments{QStringLiteral("check"),
                                QStringLiteral("-q"),
                                QStringLiteral("--json"),
                                QStringLiteral("--concurrency"),
                                QStringLiteral("6"),
                                QStringLiteral("--state"),
                                path(QStringLiteral("ctrlc.db")),
                                path(QStringLiteral("ctrlc.txt"))};
    QProcess first;
    QByteArray out;
    connect(&first, &QProcess::readyReadStandardOutput, this, [&] {
        out += first.readAllStandardOutput();
    });
    first.start(QStringLiteral(HTTPLENS_CLI_PATH), arguments);
    QTRY_VERIFY_WITH_TIMEOUT(out.count('\n') >= 6, 20000);
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(first.processId()), SIGINT);
    QSignalSpy finished(&first, &QProcess::finished);
    QVERIFY(finished.wait(5000));
    // The transfers in flight are cancelled, not waited for.
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 130);
    out += first.readAllStandardOutput();
    const QByteArray err = first.readAllStandardError();
    QVERIFY2(err.contains("Interrupted") && err.contains("By status:"), err.constData());
    QVERIFY(out.endsWith('\n'));

    const ServedRun resumed = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                                 arguments + QStringList{QStringLiteral("--resume")},
                                                 {},
                                                 60000);
    QCOMPARE(resumed.exitCode, 0);
    bool unique = false;
    QCOMPARE(resultsByUrl(out + resumed.out, &unique).size(), 30);
    QVERIFY2(unique, "a URL was reported twice");
}

void TestCheck::sitemapIndexWithGzippedSitemap()
{
    QByteArray urlset = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    QStringList urls;
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("site/p%1.html").arg(i);
        QVERIFY(m_nginx.writeFile(name, "page " + QByteArray::number(i)));
        urls << m_nginx.url(QLatin1Char('/') + name);
        urlset += "<url><loc>" + urls.last().toUtf8() + "</loc></url>\n";
    }
    urlset += "</urlset>\n";
    QVERIFY(m_nginx.writeFile(QStringLiteral("site/sitemap1.xml.gz"), gzipped(urlset)));
    const QByteArray second
            = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
              + m_nginx.url(QStringLiteral("/site/missing.html")).toUtf8()
              + "</loc></url></urlset>";
    QVERIFY(m_nginx.writeFile(QStringLiteral("site/sitemap2.xml"), second));
    const QByteArray index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                             "<sitemap><loc>"
                             + m_nginx.url(QStringLiteral("/site/sitemap1.xml.gz")).toUtf8()
                             + "</loc></sitemap><sitemap><loc>"
                             + m_nginx.url(QStringLiteral("/site/sitemap2.xml")).toUtf8()
                             + "</loc></sitemap></sitemapindex>";
    QVERIFY(m_nginx.writeFile(QStringLiteral("site/sitemap_index.xml"), index));

    const ServedRun run = check({QStringLiteral("--json"),
                                 QStringLiteral("--sitemap"),
                                 m_nginx.url(QStringLiteral("/site/sitemap_index.xml"))});
    QCOMPARE(run.exitCode, 0);
    bool unique = false;
    const QHash<QString, QJsonObject> results = resultsByUrl(run.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 6);
    for (const QString &url : urls)
        QCOMPARE(num(results.value(url), "status"), 200);
    QCOMPARE(num(results.value(m_nginx.url(QStringLiteral("/site/missing.html"))), "status"), 404);

    // The same index as a file.
    QVERIFY(writeFile(path(QStringLiteral("index.xml")), index));
    QCOMPARE(resultsByUrl(check({QStringLiteral("--json"),
                                 QStringLiteral("--sitemap"),
                                 path(QStringLiteral("index.xml"))})
                                  .out,
                          &unique)
                     .size(),
             6);
    // Not a sitemap: a clear error, exit 2.
    QVERIFY(writeFile(path(QStringLiteral("list.txt")), "http://127.0.0.1/\n"));
    const ServedRun wrong = check({QStringLiteral("--sitemap"), path(QStringLiteral("list.txt"))});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("well-formed") || wrong.err.contains("no sitemap"),
             wrong.err.constData());
    QCOMPARE(wrong.err.count('\n'), 1); // said once
    QVERIFY(wrong.out.isEmpty());
    // A sitemap that is not there: one sentence naming it, and no CSV left behind.
    const QString missing = path(QStringLiteral("missing.xml"));
    const ServedRun absent = check({QStringLiteral("--csv"),
                                    path(QStringLiteral("absent.csv")),
                                    QStringLiteral("--sitemap"),
                                    missing});
    QCOMPARE(absent.exitCode, 2);
    QCOMPARE(absent.err, "httplens-cli check: " + missing.toUtf8() + " does not exist.\n");
    QVERIFY(!QFile::exists(path(QStringLiteral("absent.csv"))));
}

void TestCheck::csvAndStandardInput()
{
    const QByteArray list = practice(QStringLiteral("/status/200")).toUtf8() + "\n"
                            + practice(QStringLiteral("/status/404")).toUtf8() + "\n";
    const ServedRun run = check({QStringLiteral("--csv"),
                                 path(QStringLiteral("out.csv")),
                                 QStringLiteral("-")},
                                list);
    QCOMPARE(run.exitCode, 0);
    // Without --json, one short line per URL: status, change, URL.
    const QByteArray expected = "200\tnew\t" + practice(QStringLiteral("/status/200")).toUtf8();
    QVERIFY2(run.out.contains(expected), run.out.constData());
    QVERIFY2(run.out.contains("404\tgone\t"), run.out.constData());
    QFile csv(path(QStringLiteral("out.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    QCOMPARE(rows.size(), 4); // header, two rows, the empty rest after the last CRLF
    QVERIFY(rows[0].startsWith("url,finalUrl,status,reason"));
    QVERIFY(rows[1].contains(",200,OK,") || rows[2].contains(",200,OK,"));
    QVERIFY(rows[1].contains(",404,Not Found,") || rows[2].contains(",404,Not Found,"));
}

// -I sends HEAD; a server that refuses it with 405 is asked again with GET, and says so.
void TestCheck::headFallsBackToGet()
{
    const QString refusing = practice(QStringLiteral("/crawl/no-head/head-a"));
    const QString taking = practice(QStringLiteral("/crawl/plain/head-b"));
    const ServedRun run = check({QStringLiteral("--json"),
                                 QStringLiteral("-I"),
                                 QStringLiteral("-")},
                                (refusing + QLatin1Char('\n') + taking).toUtf8());
    QCOMPARE(run.exitCode, 0);
    bool unique = false;
    const QHash<QString, QJsonObject> results = resultsByUrl(run.out, &unique);
    QVERIFY(unique);
    QCOMPARE(results.size(), 2);
    QCOMPARE(num(results.value(refusing), "status"), 200); // HEAD alone would be 405
    QVERIFY(!str(results.value(refusing), "note").isEmpty());
    QCOMPARE(num(results.value(taking), "status"), 200);
    QVERIFY(str(results.value(taking), "note").isEmpty());
    // The HEAD brought no body, the GET did.
    QVERIFY(num(results.value(refusing), "wireBytes")
            > num(results.value(taking), "wireBytes") + 100);
}

// --rate N spaces the requests: 11 at 20 per second take at least half a second.
void TestCheck::rateIsKept()
{
    QByteArray list;
    for (int i = 0; i < 11; ++i)
        list += practice(QStringLiteral("/crawl/plain/rate-%1").arg(i)).toUtf8() + '\n';
    QElapsedTimer clock;
    clock.start();
    const ServedRun run
            = check({QStringLiteral("--rate"), QStringLiteral("20"), QStringLiteral("-")}, list);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 11);
    QVERIFY2(elapsed >= 450, qPrintable(QString::number(elapsed)));
    // Without the limit the same list takes a fraction of that.
    clock.restart();
    QCOMPARE(check({QStringLiteral("-")}, list).exitCode, 0);
    QVERIFY2(clock.elapsed() < elapsed, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
