#include "cookies/cookiejar.h"
#include "cookies/cookiestxt.h"
#include "http/engine.h"
#include "inspector/bodyformat.h"
#include "inspector/comparison.h"
#include "inspector/composition.h"
#include "inspector/conditionalrows.h"
#include "inspector/conditionals.h"
#include "inspector/history.h"
#include "inspector/historyfilter.h"
#include "inspector/inspectorsession.h"
#include "inspector/transcript.h"
#include "inspector/walkthrough.h"
#include "practice/practiceserver.h"
#include "timelimit.h"
#include "transferwait.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

// The logic behind the desktop inspector's widgets: composing a request, the conditional
// panel, history, compare, body views and the walkthrough (the cookie jar is in tst_cookiejar). The widgets only display
// what these functions return, so this is where their behaviour is tested.
class TestInspector : public QObject
{
    Q_OBJECT

private:
    static Exchange exchangeWith(const QString &url,
                                 const QByteArray &rawResponse,
                                 const QByteArray &rawRequest = "GET / HTTP/1.1\r\n\r\n")
    {
        Exchange exchange;
        exchange.request.url = url;
        exchange.request.method = "GET";
        exchange.started = QDateTime::currentDateTimeUtc();
        Hop hop;
        hop.url = url;
        hop.request = RequestHead::parse(rawRequest);
        hop.hasResponse = true;
        hop.response = ResponseHead::parse(rawResponse);
        exchange.hops.append(hop);
        return exchange;
    }

private slots:
    // A body read from a file here keeps its file while unchanged, and sends it along; a HAR's
    // _bodyFile is someone else's claim and is not taken over.
    void bodyFileFollowsTheBody()
    {
        Request request;
        request.method = "POST";
        request.url = QStringLiteral("http://h.test/");
        request.hasBody = true;
        request.body = "payload";
        request.bodyFile = QStringLiteral("/data/payload.txt");
        const Composition fromFile
                = compositionFromRequest(request, ValidatorOrigin::Kind::HttpFile).composition;
        QCOMPARE(fromFile.rawBodyFile, request.bodyFile);
        QCOMPARE(buildRequest(fromFile).request.bodyFile, request.bodyFile);
        QCOMPARE(compositionFromJson(compositionToJson(fromFile)).rawBodyFile, request.bodyFile);
        QVERIFY(compositionFromRequest(request, ValidatorOrigin::Kind::HarEntry)
                        .composition.rawBodyFile.isEmpty());
    }
    void buildHeadersInOrder()
    {
        Composition c;
        c.url = QStringLiteral("http://127.0.0.1:8808/get");
        c.headers = {{true, QStringLiteral("X-One"), QStringLiteral("1")},
                     {false, QStringLiteral("X-Off"), QStringLiteral("no")},
                     {true, QStringLiteral("Accept"), QString()},
                     {true, QStringLiteral("X-Blank"), QString()},
                     {true, QStringLiteral("X-Two"), QStringLiteral("2")}};
        const BuiltRequest built = buildRequest(c);
        QVERIFY2(built.errors.isEmpty(), qPrintable(built.errors.join(u'\n')));
        QCOMPARE(built.request.headers.size(), 4);
        QCOMPARE(built.request.headers.at(0).name, QByteArray("X-One"));
        // An empty row removes one of libcurl's own fields and sends any other one empty.
        QCOMPARE(built.request.headers.at(1).kind, HeaderLine::Kind::Remove);
        QCOMPARE(built.request.headers.at(2).kind, HeaderLine::Kind::Empty);
        QCOMPARE(built.request.headers.at(3).value, QByteArray("2"));
        QCOMPARE(built.request.method, QByteArray("GET"));
        QVERIFY(built.request.followRedirects);
        QVERIFY(!built.request.insecure);
    }

    void buildRejectsBadInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("headerName");
        QTest::addColumn<QString>("headerValue");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no-scheme") << "example.org"
                                   << "GET"
                                   << ""
                                   << ""
                                   << "scheme";
        QTest::newRow("ftp") << "ftp://example.org/"
                             << "GET"
                             << ""
                             << ""
                             << "ftp";
        QTest::newRow("method-space") << "http://h/"
                                      << "GE T"
                                      << ""
                                      << ""
                                      << "token";
        QTest::newRow("header-space") << "http://h/"
                                      << "GET"
                                      << "Bad Name"
                                      << "v"
                                      << "token";
        QTest::newRow("header-crlf") << "http://h/"
                                     << "GET"
                                     << "X-A"
                                     << "a\r\nX-B: b"
                                     << "split";
        QTest::newRow("value-no-name") << "http://h/"
                                       << "GET"
                                       << " "
                                       << "v"
                                       << "no name";
    }

    void buildRejectsBadInput()
    {
        QFETCH(QString, url);
        QFETCH(QString, method);
        QFETCH(QString, headerName);
        QFETCH(QString, headerValue);
        QFETCH(QString, expected);
        Composition c;
        c.url = url;
        c.method = method;
        if (!headerName.isEmpty())
            c.headers.append({true, headerName, headerValue});
        const BuiltRequest built = buildRequest(c);
        QVERIFY(!built.errors.isEmpty());
        QVERIFY2(built.errors.join(u' ').contains(expected, Qt::CaseInsensitive),
                 qPrintable(built.errors.join(u'\n')));
    }

    void bodyModes()
    {
        Composition c;
        c.url = QStringLiteral("http://h/post");
        c.method = QStringLiteral("POST");

        c.bodyMode = BodyMode::Json;
        c.jsonBody = QStringLiteral("{\"a\": [1, 2]}");
        BuiltRequest built = buildRequest(c);
        QVERIFY(built.errors.isEmpty());
        QCOMPARE(built.request.body, QByteArray("{\"a\": [1, 2]}"));
        QCOMPARE(built.request.headers.constLast().value, QByteArray("application/json"));

        c.jsonBody = QStringLiteral("{\n  \"a\": [1, 2,]\n}");
        built = buildRequest(c);
        QCOMPARE(built.errors.size(), 1);
        QVERIFY2(built.errors.first().contains(QLatin1String("Line 2")),
                 qPrintable(built.errors.first()));

        c.bodyMode = BodyMode::Form;
        c.formFields = {{true, QStringLiteral("q"), QStringLiteral("a b&c")},
                        {false, QStringLiteral("off"), QStringLiteral("x")},
                        {true, QStringLiteral("名"), QStringLiteral("=")}};
        built = buildRequest(c);
        QVERIFY(built.errors.isEmpty());
        QCOMPARE(built.request.body, QByteArray("q=a+b%26c&%E5%90%8D=%3D"));
        // libcurl writes this very Content-Type itself, after Content-Length, as curl -d does.
        QVERIFY(built.request.headers.isEmpty());

        // A Content-Type row of the user wins over the body mode's.
        c.headers = {{true, QStringLiteral("content-type"), QStringLiteral("text/x-mine")}};
        built = buildRequest(c);
        QCOMPARE(built.request.headers.size(), 1);
        QCOMPARE(built.request.headers.first().value, QByteArray("text/x-mine"));
    }

    void multipartBody()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02", 3));
        file.close();

        Composition c;
        c.url = QStringLiteral("http://h/post");
        c.method = QStringLiteral("POST");
        c.bodyMode = BodyMode::Multipart;
        c.multipart = {{true, QStringLiteral("title"), QStringLiteral("hi \"there\""), false, {}},
                       {true, QStringLiteral("upload"), path, true, {}}};
        BuiltRequest built = buildRequest(c, {}, "BOUNDARY");
        QVERIFY2(built.errors.isEmpty(), qPrintable(built.errors.join(u'\n')));
        const QByteArray expected
                = "--BOUNDARY\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                  "hi \"there\"\r\n"
                  "--BOUNDARY\r\nContent-Disposition: form-data; name=\"upload\"; "
                  "filename=\"data.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                  + QByteArray("\x00\x01\x02", 3) + "\r\n--BOUNDARY--\r\n";
        QCOMPARE(built.request.body, expected);
        QCOMPARE(built.request.headers.constLast().value,
                 QByteArray("multipart/form-data; boundary=BOUNDARY"));

        c.multipart = {
                {true, QStringLiteral("f"), dir.filePath(QStringLiteral("missing")), true, {}}};
        built = buildRequest(c, {}, "B");
        QCOMPARE(built.errors.size(), 1);
        QVERIFY(built.errors.first().contains(QLatin1String("cannot be read")));
    }

    void queryRowsRoundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << "http://h/p" << 0;
        QTest::newRow("simple") << "http://h/p?a=1&b=2" << 2;
        QTest::newRow("encoded") << "http://h/p?q=a%20b%26c&x=%2B" << 2;
        QTest::newRow("flag") << "http://h/p?flag&x=" << 2;
        QTest::newRow("fragment") << "http://h/p?a=1#top" << 1;
        QTest::newRow("chinese") << "http://h/p?q=%E4%B8%AD%E6%96%87" << 1;
    }

    void queryRowsRoundTrip()
    {
        QFETCH(QString, url);
        QFETCH(int, rows);
        const QList<KeyValueRow> parsed = queryRows(url);
        QCOMPARE(parsed.size(), rows);
        const QString rebuilt = urlWithQueryRows(url, parsed);
        QCOMPARE(queryRows(rebuilt), parsed);
        QVERIFY(rebuilt.startsWith(QLatin1String("http://h/p")));
        if (url.contains(u'#'))
            QVERIFY(rebuilt.endsWith(QLatin1String("#top")));
    }

    void queryRowsEditing()
    {
        QList<KeyValueRow> rows = queryRows(QStringLiteral("http://h/p?a=1"));
        QCOMPARE(rows.first().value, QStringLiteral("1"));
        rows.append({true, QStringLiteral("q"), QStringLiteral("a b&c=d")});
        rows.append({false, QStringLiteral("off"), QStringLiteral("1")});
        QCOMPARE(urlWithQueryRows(QStringLiteral("http://h/p?a=1"), rows),
                 QStringLiteral("http://h/p?a=1&q=a%20b%26c%3Dd"));
        QCOMPARE(queryRows(QStringLiteral("http://h/p?q=%E4%B8%AD")).first().value,
                 QStringLiteral("中"));
        QCOMPARE(urlWithQueryRows(QStringLiteral("http://h/p?a=1"), {}),
                 QStringLiteral("http://h/p"));
    }

    void authHelper()
    {
        QCOMPARE(basicAuthorization(QStringLiteral("user"), QStringLiteral("pass")),
                 QStringLiteral("Basic dXNlcjpwYXNz"));
        QCOMPARE(bearerAuthorization(QStringLiteral(" abc ")), QStringLiteral("Bearer abc"));
        QList<KeyValueRow> rows = {{false, QStringLiteral("authorization"), QStringLiteral("x")}};
        setHeaderRow(rows, QStringLiteral("Authorization"), QStringLiteral("Bearer t"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().enabled);
        QCOMPARE(rows.first().value, QStringLiteral("Bearer t"));
        setHeaderRow(rows, QStringLiteral("X-New"), QStringLiteral("1"));
        QCOMPARE(rows.size(), 2);
    }

    void compositionJsonRoundTrip()
    {
        Composition c;
        c.method = QStringLiteral("PATCH");
        c.url = QStringLiteral("http://h/p?x=1");
        c.headers = {{false, QStringLiteral("A"), QStringLiteral("b")},
                     {true, QStringLiteral("X-Tight"), QStringLiteral("v"), ":"},
                     {true, QStringLiteral("If-None-Match"), QStringLiteral("\"abc\"")}};
        c.validatorOrigins[0] = {ValidatorOrigin::Kind::Response, 7};
        c.bodyMode = BodyMode::Multipart;
        c.multipart = {{true,
                        QStringLiteral("f"),
                        QStringLiteral("/tmp/x"),
                        true,
                        QStringLiteral("image/png")}};
        c.httpVersion = HttpVersion::Http2;
        c.followRedirects = false;
        c.timeoutSeconds = 5;
        c.verifyTls = false;
        c.useCookieJar = false;
        c.resolve = QStringLiteral("example.org:80:127.0.0.1");
        const QByteArray json = QJsonDocument(compositionToJson(c)).toJson();
        const Composition back = compositionFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back == c);
        // Garbage yields defaults, not a crash.
        QVERIFY(compositionFromJson(QJsonObject{{QStringLiteral("bodyMode"), 42}}) == Composition());

        // A session saved when conditionals were toggles of their own: what was on becomes a row.
        const Composition legacy = compositionFromJson(
                QJsonDocument::fromJson("{\"url\": \"http://h/doc\", \"headers\": [{\"enabled\": "
                                        "true, \"name\": \"X\", "
                                        "\"value\": \"1\"}], \"conditionals\": {\"If-None-Match\": "
                                        "{\"enabled\": true, "
                                        "\"value\": \"\\\"v1\\\"\"}, \"If-Match\": {\"enabled\": "
                                        "false, \"value\": \"x\"}}}")
                        .object());
        QCOMPARE(legacy.headers.size(), 2);
        QCOMPARE(legacy.headers.at(1).name, QStringLiteral("If-None-Match"));
        QCOMPARE(legacy.headers.at(1).value, QStringLiteral("\"v1\""));

        // A separator read from a file cannot carry a line break onto the wire.
        Composition hostile;
        hostile.url = QStringLiteral("http://h/");
        hostile.headers = {{true, QStringLiteral("X"), QStringLiteral("1"), ":\r\nInjected: 1"}};
        const BuiltRequest built = buildRequest(hostile);
        QVERIFY(built.errors.isEmpty());
        QCOMPARE(built.request.headers.first().separator, QByteArray(": "));
    }

    // The conditional fields are header rows: the Conditional tab reads and writes them in place.
    void conditionalRows()
    {
        Composition c;
        c.url = QStringLiteral("http://h/doc");
        c.headers = {{true, QStringLiteral("if-none-match"), QStringLiteral("\"old\"")},
                     {true, QStringLiteral("X-Keep"), QStringLiteral("1")}};
        QVERIFY(conditionalEnabled(c, 0));
        QCOMPARE(conditionalValue(c, 0), QStringLiteral("\"old\""));
        QVERIFY(!conditionalEnabled(c, 1));
        setConditional(c, 0, QStringLiteral("\"new\""), true, {ValidatorOrigin::Kind::Typed, 0});
        setConditional(c, 2, QStringLiteral("*"), true, {ValidatorOrigin::Kind::Typed, 0});
        QCOMPARE(c.headers.size(), 3);
        QCOMPARE(c.headers.at(0).value, QStringLiteral("\"new\"")); // kept its place
        QCOMPARE(c.headers.at(2).name, QStringLiteral("If-Match")); // a new one goes last
        BuiltRequest built = buildRequest(c);
        QCOMPARE(built.request.headers.size(), 3);
        QCOMPARE(built.request.headers.at(0).name, QByteArray("if-none-match"));
        QCOMPARE(built.request.headers.at(1).name, QByteArray("X-Keep"));
        setConditional(c, 0, QStringLiteral("\"new\""), false, {ValidatorOrigin::Kind::Typed, 0});
        QVERIFY(!conditionalEnabled(c, 0));
        built = buildRequest(c);
        QCOMPARE(built.request.headers.size(), 2);

        // Revalidation writes both validators, marked as coming from the response.
        LearnedValidators learned;
        learned.etag = "\"v1\"";
        learned.lastModified = "Tue, 01 Jan 2030 00:00:00 GMT";
        learned.historyId = 4;
        applyRevalidation(c, learned);
        QVERIFY(conditionalEnabled(c, 0) && conditionalEnabled(c, 1));
        QCOMPARE(conditionalValue(c, 0), QStringLiteral("\"v1\""));
        QCOMPARE(c.validatorOrigins.at(1).kind, ValidatorOrigin::Kind::Response);
        QCOMPARE(c.validatorOrigins.at(1).historyId, quint64(4));
        QVERIFY(conditionalSourceText(c, 0, learned).contains(QLatin1String("#4")));

        // The same resource keeps them; another takes them off, except the version-less "*".
        QVERIFY(moveToUrl(c, QStringLiteral("HTTP://h/doc#part")).isEmpty());
        QVERIFY(conditionalEnabled(c, 0));
        const QStringList removed = moveToUrl(c, QStringLiteral("http://h/other"));
        QCOMPARE(removed,
                 (QStringList{QStringLiteral("if-none-match"),
                              QStringLiteral("If-Modified-Since")}));
        QCOMPARE(c.url, QStringLiteral("http://h/other"));
        QVERIFY(!conditionalEnabled(c, 0) && !conditionalEnabled(c, 1));
        QVERIFY(conditionalEnabled(c, 2)); // If-Match: *
        QCOMPARE(c.validatorOrigins.at(0).kind, ValidatorOrigin::Kind::None);
        QCOMPARE(c.headers.size(), 2);
    }

    void validatorsAndResourceKey()
    {
        const Exchange e = exchangeWith(
                QStringLiteral("http://h/doc"),
                "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\nLast-Modified: Tue, 01 Jan 2030 00:00:00 "
                "GMT\r\n\r\n");
        const LearnedValidators v = validatorsFrom(e);
        QCOMPARE(v.etag, QByteArray("\"v1\""));
        QCOMPARE(v.lastModified, QByteArray("Tue, 01 Jan 2030 00:00:00 GMT"));
        QCOMPARE(v.status, 200);

        QCOMPARE(resourceKey(QStringLiteral("HTTP://Example.ORG:80/a#frag")),
                 resourceKey(QStringLiteral("http://example.org/a")));
        QCOMPARE(resourceKey(QStringLiteral("http://example.org")),
                 resourceKey(QStringLiteral("http://example.org/")));
        QVERIFY(resourceKey(QStringLiteral("http://example.org/a?x=1"))
                != resourceKey(QStringLiteral("http://example.org/a?x=2")));
    }

    void historyValidatorsAndFilter()
    {
        History history;
        QSignalSpy added(&history, &History::added);
        history.add(exchangeWith(QStringLiteral("http://h/doc"),
                                 "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\n\r\n"));
        history.add(
                exchangeWith(QStringLiteral("http://h/other"), "HTTP/1.1 404 Not Found\r\n\r\n"));
        history.add(exchangeWith(QStringLiteral("http://h/doc"), "HTTP/1.1 500 Oops\r\n\r\n"));
        QCOMPARE(added.size(), 3);
        QCOMPARE(history.rowCount(), 3);
        QCOMPARE(history.rowOf(2), 1);
        QCOMPARE(history.rowOf(9), -1);

        // The 500 has no validators, so the panel still offers the ETag of entry 1.
        const std::optional<LearnedValidators> v = history.latestValidators(
                QStringLiteral("http://h/doc#x"));
        QVERIFY(v);
        QCOMPARE(v->historyId, quint64(1));
        QCOMPARE(v->etag, QByteArray("\"v1\""));
        QVERIFY(!history.latestValidators(QStringLiteral("http://h/other")));
        QCOMPARE(history.recentUrls(),
                 QStringList({QStringLiteral("http://h/doc"), QStringLiteral("http://h/other")}));

        HistoryFilter filter;
        filter.setSourceModel(&history);
        filter.setFilterWords(QStringLiteral("404"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterWords(QStringLiteral("get DOC"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterWords(QStringLiteral("doc 404"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterWords(QString());
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(history.index(1, History::Status).data().toInt(), 404);
    }

    void historyFilterIsFast()
    {
        History history;
        const Exchange sample = exchangeWith(QStringLiteral("http://h/doc"),
                                             "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\n\r\n");
        for (int i = 0; i < 10000; ++i) {
            Exchange e = sample;
            e.request.url = QStringLiteral("http://h/item/%1").arg(i);
            history.add(std::move(e));
        }
        HistoryFilter filter;
        filter.setSourceModel(&history);
        QElapsedTimer timer;
        timer.start();
        filter.setFilterWords(QStringLiteral("item/99"));
        QCOMPARE(filter.rowCount(), 111); // 99, 990-999, 9900-9999
        QVERIFY2(timer.elapsed() < timeLimit(1000), qPrintable(QString::number(timer.elapsed())));
    }

    // The URL field asks for validators and completions on every keystroke: with 10,000
    // exchanges that must stay far below what a typist notices.
    void historyLookupsAreIndexed()
    {
        History history;
        const Exchange sample = exchangeWith(QStringLiteral("http://h/doc"),
                                             "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\n\r\n");
        for (int i = 0; i < 10000; ++i) {
            Exchange e = sample;
            e.request.url = QStringLiteral("http://h/item/%1").arg(i % 5000);
            if (i == 9000) // a redirect: its validators belong to where it ended too
                e.effectiveUrl = QStringLiteral("http://h/moved");
            history.add(std::move(e));
        }
        history.add(exchangeWith(QStringLiteral("http://h/item/7"), "HTTP/1.1 500 Oops\r\n\r\n"));
        QCOMPARE(history.latestValidators(QStringLiteral("http://h/item/7"))->historyId,
                 quint64(5008)); // the newest one that had validators, not the 500
        QCOMPARE(history.latestValidators(QStringLiteral("http://H/moved#x"))->historyId,
                 quint64(9001));
        QVERIFY(!history.latestValidators(QStringLiteral("http://h/nothing")));
        const QStringList recent = history.recentUrls(3);
        QCOMPARE(recent,
                 (QStringList{QStringLiteral("http://h/item/7"),
                              QStringLiteral("http://h/item/4999"),
                              QStringLiteral("http://h/item/4998")}));

        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int key = 0; key < 100; ++key) {
            const QString typed = QStringLiteral("http://h/item/%1").arg(key * 37);
            found += history.latestValidators(typed) ? 1 : 0;
            found += int(history.recentUrls().size() > 0);
        }
        const double perKeystrokeMs = double(timer.nsecsElapsed()) / 1e6 / 100;
        qInfo("validators and completions with 10,001 exchanges: %.3f ms per keystroke",
              perKeystrokeMs);
        QCOMPARE(found, 200);
        QVERIFY2(perKeystrokeMs < 5, qPrintable(QString::number(perKeystrokeMs)));

        history.clear();
        QVERIFY(!history.latestValidators(QStringLiteral("http://h/item/7")));
        QVERIFY(history.recentUrls().isEmpty());
    }

    void compare304With200()
    {
        Exchange full = exchangeWith(QStringLiteral("http://h/doc"),
                                     "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\nContent-Length: "
                                     "5000\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n");
        full.hops[0].bodyWireBytes = 5000;
        full.timings.totalUs = 9000;
        Exchange revalidated = exchangeWith(
                QStringLiteral("http://h/doc"),
                "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nSet-Cookie: a=1\r\nAge: 3\r\n\r\n",
                "GET / HTTP/1.1\r\nIf-None-Match: \"v1\"\r\n\r\n");
        revalidated.timings.totalUs = 1000;
        const Comparison c = compareExchanges(full, revalidated);
        QCOMPARE(c.leftStatus, 200);
        QCOMPARE(c.rightStatus, 304);
        QCOMPARE(c.rightReason, QByteArray("Not Modified"));
        auto kindOf = [&](const QList<HeaderDifference> &list, const QByteArray &name) {
            for (const HeaderDifference &d : list) {
                if (d.name.compare(name, Qt::CaseInsensitive) == 0)
                    return int(d.kind);
            }
            return -1;
        };
        QCOMPARE(kindOf(c.responseHeaders, "ETag"), int(HeaderDifference::Kind::Same));
        QCOMPARE(kindOf(c.responseHeaders, "Content-Length"), int(HeaderDifference::Kind::Removed));
        QCOMPARE(kindOf(c.responseHeaders, "Set-Cookie"), int(HeaderDifference::Kind::Changed));
        QCOMPARE(kindOf(c.responseHeaders, "Age"), int(HeaderDifference::Kind::Added));
        QCOMPARE(kindOf(c.requestHeaders, "If-None-Match"), int(HeaderDifference::Kind::Added));
        QCOMPARE(c.leftWire.responseBodyBytes, 5000);
        QCOMPARE(c.rightWire.responseBodyBytes, 0);
        QVERIFY(c.bytesSaved() > 5000 - 100);
        QCOMPARE(c.timings.constLast().phase, QByteArray("total"));
        QCOMPARE(c.timings.constLast().leftUs, 9000);
    }

    void bodyKinds_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("json") << QByteArray("application/json") << QByteArray("{}")
                              << int(BodyKind::Json);
        QTest::newRow("problem+json") << QByteArray("application/problem+json; charset=utf-8")
                                      << QByteArray("{}") << int(BodyKind::Json);
        QTest::newRow("html") << QByteArray("text/html") << QByteArray("<p>")
                              << int(BodyKind::Html);
        QTest::newRow("xml") << QByteArray("application/atom+xml") << QByteArray("<a/>")
                             << int(BodyKind::Xml);
        QTest::newRow("png-type") << QByteArray("image/png") << QByteArray("x")
                                  << int(BodyKind::Image);
        QTest::newRow("png-sniff") << QByteArray("application/octet-stream")
                                   << QByteArray("\x89PNG\r\n\x1a\n") << int(BodyKind::Image);
        QTest::newRow("sniff-json")
                << QByteArray("text/plain") << QByteArray("  [1]") << int(BodyKind::Json);
        QTest::newRow("sniff-html")
                << QByteArray() << QByteArray("<!DOCTYPE html><html>") << int(BodyKind::Html);
        QTest::newRow("text") << QByteArray("text/plain") << QByteArray("hello 世界")
                              << int(BodyKind::Text);
        QTest::newRow("cut-utf8") << QByteArray() << QByteArray("ab\xE4\xB8")
                                  << int(BodyKind::Text);
        QTest::newRow("binary") << QByteArray() << QByteArray("\x00\x01\xff", 3)
                                << int(BodyKind::Binary);
        QTest::newRow("latin1") << QByteArray() << QByteArray("caf\xe9 ok")
                                << int(BodyKind::Binary);
        QTest::newRow("empty") << QByteArray("application/json") << QByteArray()
                               << int(BodyKind::Empty);
    }

    void bodyKinds()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QCOMPARE(int(detectBodyKind(type, bytes)), kind);
    }

    void prettyPrinting()
    {
        bool ok = false;
        QCOMPARE(prettyJson("{\"a\":[1]}", &ok),
                 QByteArray("{\n    \"a\": [\n        1\n    ]\n}\n"));
        QVERIFY(ok);
        QCOMPARE(prettyJson("{bad", &ok), QByteArray("{bad"));
        QVERIFY(!ok);
        QCOMPARE(prettyXml("<a><b>t</b></a>", &ok), QByteArray("<a>\n  <b>t</b>\n</a>\n"));
        QVERIFY(ok);
        QCOMPARE(prettyXml("<a><b></a>", &ok), QByteArray("<a><b></a>"));
        QVERIFY(!ok);
        QCOMPARE(hexLine(16, "HTTP/1.1 200 OK\r"),
                 QStringLiteral("00000010  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d "
                                " |HTTP/1.1 200 OK.|"));
        QCOMPARE(hexLine(0, "A").size(), hexLine(0, "ABCDEFGHIJKLMNOP").size() - 15);
    }

    // One rendering of the raw exchange for the Raw tab and the CLI, trailers included.
    void transcriptBothStyles()
    {
        Exchange e = exchangeWith(QStringLiteral("http://h/a"),
                                  "HTTP/1.1 302 Found\r\nLocation: /b\r\n\r\n",
                                  "POST /a HTTP/1.1\r\nHost: h\r\n\r\n");
        e.hops[0].requestBody = "name=lens";
        Hop second;
        second.url = QStringLiteral("http://h/b");
        second.request = RequestHead::parse("GET /b HTTP/1.1\r\nHost: h\r\n\r\n");
        second.interim.append(
                ResponseHead::parse("HTTP/1.1 103 Early Hints\r\nLink: </s>\r\n\r\n"));
        second.response = ResponseHead::parse(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Evil: a\x1b[2Jb\r\n\r\n");
        second.hasResponse = true;
        second.bodyWireBytes = 12;
        second.rawTrailers = "X-Checksum: abc\r\n\r\n";
        e.hops.append(second);

        const QString plain = transcript(e, TranscriptStyle::Plain);
        QVERIFY2(plain.startsWith(QStringLiteral("── hop 1 of 2: http://h/a\nPOST /a HTTP/1.1\n")),
                 qPrintable(plain));
        QVERIFY(plain.contains(QLatin1String("\n\nname=lens\n\nHTTP/1.1 302 Found\n")));
        QVERIFY(plain.contains(
                QLatin1String("HTTP/1.1 103 Early Hints\nLink: </s>\n\nHTTP/1.1 200")));
        QVERIFY(plain.contains(QLatin1String("[body: 12 B on the wire]\n")));
        QVERIFY(plain.contains(QLatin1String("X-Checksum: abc\n")));
        QVERIFY(!plain.contains(u'\r'));

        const QString terminal = transcript(e, TranscriptStyle::Terminal);
        QVERIFY(terminal.contains(QLatin1String("> POST /a HTTP/1.1\n> Host: h\n} [9 byte")));
        QVERIFY(terminal.contains(QLatin1String("< HTTP/1.1 103 Early Hints\n< Link: </s>\n")));
        QVERIFY(terminal.contains(QLatin1String("< X-Checksum: abc\n")));
        // A server's escape sequence reaches the terminal as text, not as a command.
        QVERIFY(terminal.contains(QLatin1String("< X-Evil: a\\x1b[2Jb\n")));
        QVERIFY(!terminal.contains(QChar(0x1b)));
        QVERIFY(!terminal.contains(u'\r'));
    }

    void walkthroughAdvancesOnRealEvents()
    {
        Walkthrough tour;
        QSignalSpy changed(&tour, &Walkthrough::stepChanged);
        const QString lab = QStringLiteral("http://127.0.0.1:1/lab/welcome");
        tour.observe(
                exchangeWith(QStringLiteral("http://127.0.0.1:1/get"), "HTTP/1.1 200 OK\r\n\r\n"));
        QCOMPARE(tour.step(), Walkthrough::Send);
        // The cookie lab lives under /lab/ too, but is not this lesson's document.
        tour.observe(exchangeWith(QStringLiteral("http://127.0.0.1:1/lab/private"),
                                  "HTTP/1.1 200 OK\r\n\r\n"));
        QCOMPARE(tour.step(), Walkthrough::Send);
        tour.observe(exchangeWith(lab, "HTTP/1.1 200 OK\r\nETag: \"x\"\r\n\r\n"));
        QCOMPARE(tour.step(), Walkthrough::Replay);
        tour.documentChanged(); // too early: ignored
        QCOMPARE(tour.step(), Walkthrough::Replay);
        tour.observe(exchangeWith(lab, "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n"));
        QCOMPARE(tour.step(), Walkthrough::Change);
        tour.documentChanged();
        QCOMPARE(tour.step(), Walkthrough::ReplayAgain);
        // A 200 without validators is not the lesson's replay.
        tour.observe(exchangeWith(lab, "HTTP/1.1 200 OK\r\nETag: \"y\"\r\n\r\n"));
        QCOMPARE(tour.step(), Walkthrough::ReplayAgain);
        tour.observe(exchangeWith(lab,
                                  "HTTP/1.1 200 OK\r\nETag: \"y\"\r\n\r\n",
                                  "GET /lab/welcome HTTP/1.1\r\nIf-None-Match: \"x\"\r\n\r\n"));
        QCOMPARE(tour.step(), Walkthrough::Done);
        QCOMPARE(changed.size(), 4);
        for (int s = Walkthrough::Send; s <= Walkthrough::Done; ++s)
            QVERIFY(!Walkthrough::text(Walkthrough::Step(s)).isEmpty());
        tour.restart();
        QCOMPARE(tour.step(), Walkthrough::Send);
    }

    // The whole lesson against the practice server, through the engine, as the GUI drives it.
    void revalidationAgainstPracticeServer()
    {
        Practice::PracticeServer server;
        QVERIFY(server.listen());
        Engine engine;
        History history;
        Composition c;
        c.url = server.url(QStringLiteral("/lab/lesson"));

        Exchange first = sendAndWait(engine, buildRequest(c).request);
        QCOMPARE(first.status(), 200);
        history.add(std::move(first), c);
        const std::optional<LearnedValidators> learned = history.latestValidators(c.url);
        QVERIFY(learned && !learned->etag.isEmpty());

        applyRevalidation(c, *learned);
        Exchange second = sendAndWait(engine, buildRequest(c).request);
        QCOMPARE(second.status(), 304);
        QCOMPARE(second.body.size(), 0);
        history.add(std::move(second), c);
        const Comparison comparison = compareExchanges(*history.exchangeAt(0),
                                                       *history.exchangeAt(1));
        QVERIFY(comparison.bytesSaved() > 0);

        QVERIFY(server.lab().edit("lesson", "a new text\n"));
        Exchange third = sendAndWait(engine, buildRequest(c).request);
        QCOMPARE(third.status(), 200);
        QCOMPARE(third.body.read(), QByteArray("a new text\n"));
    }

    // The window's one path, without a window: compose, send, record.
    void sessionSendsAndRecords()
    {
        Practice::PracticeServer server;
        QVERIFY(server.listen());
        Engine engine;
        History history;
        CookieJar jar;
        Walkthrough walkthrough;
        InspectorSession session({&engine, &history, &jar, &walkthrough, nullptr, &server});
        QSignalSpy recorded(&session, &InspectorSession::recorded);
        QSignalSpy notSent(&session, &InspectorSession::notSent);
        QSignalSpy sending(&session, &InspectorSession::sendingChanged);

        Composition c;
        c.url = server.url(QStringLiteral("/lab/session"));
        // Nothing to revalidate with yet: said, nothing sent.
        QVERIFY(!session.replayConditionally(c));
        QCOMPARE(notSent.size(), 1);
        QVERIFY(session.send(c));
        QVERIFY(!session.send(c)); // one request at a time
        QVERIFY(recorded.wait(10000));
        QCOMPARE(sending.size(), 2);
        QCOMPARE(history.size(), 1);
        QCOMPARE(walkthrough.step(), Walkthrough::Replay);

        // A replay sends the validators once; the composition handed in is not changed.
        const Composition before = c;
        QVERIFY(session.replayConditionally(c));
        QVERIFY(recorded.wait(10000));
        QVERIFY(c == before);
        QCOMPARE(history.exchangeAt(1)->status(), 304);
        QCOMPARE(history.compositionAt(1).headers.size(), 2);
        QCOMPARE(history.compositionAt(1).validatorOrigins.at(0).historyId, quint64(1));

        // The lab document changes; the next replay gets the new text.
        QVERIFY(session.changeLabDocument(c.url).ok);
        QCOMPARE(walkthrough.step(), Walkthrough::ReplayAgain);
        QVERIFY(session.replayConditionally(c));
        QVERIFY(recorded.wait(10000));
        QCOMPARE(history.exchangeAt(2)->status(), 200);
        QCOMPARE(walkthrough.step(), Walkthrough::Done);

        // Written out for another tool, the jar's cookies become a Cookie value.
        jar.setCookies({*Cookie::fromNetscapeLine("127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tx1")});
        const BuiltRequest exported = session.requestFor(c, InspectorSession::Purpose::Export);
        QCOMPARE(exported.request.cookie, QByteArray("sid=x1"));
        QVERIFY(exported.request.cookieLines.isEmpty());
        const BuiltRequest sent = session.requestFor(c, InspectorSession::Purpose::Send);
        QVERIFY(sent.request.cookie.isEmpty());
        QCOMPARE(sent.request.cookieLines.size(), 1);

        // A variable without a value stops the request with a sentence that names it.
        c.url = QStringLiteral("{{base}}/get");
        QVERIFY(!session.send(c));
        QVERIFY2(notSent.last().first().toStringList().first().contains(QLatin1String("{{base}}")),
                 qPrintable(notSent.last().first().toStringList().join(u' ')));
    }

    // cookies.txt read into the jar: a cookie of the same name, domain and path is replaced.
    void sessionImportsCookies()
    {
        QTemporaryDir dir;
        Engine engine;
        History history;
        CookieJar jar;
        InspectorSession session({&engine, &history, &jar, nullptr, nullptr, nullptr});
        jar.setCookies({*Cookie::fromNetscapeLine("h.test\tFALSE\t/\tFALSE\t0\ta\told"),
                        *Cookie::fromNetscapeLine("h.test\tFALSE\t/\tFALSE\t0\tb\tkept")});
        const QString path = dir.filePath(QStringLiteral("in.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Netscape HTTP Cookie File\nh.test\tFALSE\t/\tFALSE\t0\ta\tnew\n"
                   "#HttpOnly_h.test\tFALSE\t/\tFALSE\t0\tc\tthird\nnot a cookie line\n");
        file.close();
        const InspectorSession::Outcome outcome = session.importCookies(path);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.count, 2);
        QVERIFY2(outcome.message.contains(QLatin1String("skipped")), qPrintable(outcome.message));
        QCOMPARE(jar.cookies().size(), 3);
        QCOMPARE(jar.cookies().at(0).value, QByteArray("kept"));
        QCOMPARE(jar.cookies().at(1).value, QByteArray("new"));
        QVERIFY(jar.cookies().at(2).httpOnly);
        // Written and read again, the jar is the same.
        const QString out = dir.filePath(QStringLiteral("out.txt"));
        QVERIFY(session.exportCookies(out).ok);
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(readCookiesTxt(back.readAll()).cookies, jar.cookies());
        // A folder is no cookies.txt: a sentence, and the jar as it was.
        QVERIFY(!session.importCookies(dir.path()).ok);
        QCOMPARE(jar.cookies().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
