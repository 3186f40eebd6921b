// The files of other tools: HAR 1.2 written and read (with a browser's), secrets masked, .http
// files parsed, resolved and written back, JetBrains' environment files, and what an imported
// request becomes in the editor. (Curl commands and snippets are in tst_interop.)
#include "cookies/cookiejar.h"
#include "inspector/composition.h"
#include "inspector/environments.h"
#include "interop/curlcommand.h"
#include "interop/har.h"
#include "interop/harreader.h"
#include "interop/httpfile.h"
#include "interop/secrets.h"
#include "requestdescription.h"
#include "syntheticexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

namespace {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): the required fields and their types.
QStringList harProblems(const QJsonObject &document)
{
    QStringList problems;
    auto need = [&problems](const QJsonObject &object,
                            const QString &where,
                            const char *key,
                            QJsonValue::Type type) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.type() != type)
            problems.append(where + QLatin1Char('.') + QLatin1String(key));
        return value;
    };
    const QJsonObject log = need(document, QStringLiteral("root"), "log", QJsonValue::Object)
                                    .toObject();
    need(log, QStringLiteral("log"), "version", QJsonValue::String);
    const QJsonObject creator = need(log, QStringLiteral("log"), "creator", QJsonValue::Object)
                                        .toObject();
    need(creator, QStringLiteral("creator"), "name", QJsonValue::String);
    need(creator, QStringLiteral("creator"), "version", QJsonValue::String);
    const QJsonArray entries = need(log, QStringLiteral("log"), "entries", QJsonValue::Array)
                                       .toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entries[%1]").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        const QString started = need(entry, where, "startedDateTime", QJsonValue::String).toString();
        if (!QDateTime::fromString(started, Qt::ISODateWithMs).isValid())
            problems.append(where + QStringLiteral(".startedDateTime is not ISO 8601"));
        need(entry, where, "time", QJsonValue::Double);
        need(entry, where, "cache", QJsonValue::Object);
        const QJsonObject request = need(entry, where, "request", QJsonValue::Object).toObject();
        for (const char *key : {"method", "url", "httpVersion"})
            need(request, where + QStringLiteral(".request"), key, QJsonValue::String);
        for (const char *key : {"cookies", "headers", "queryString"})
            need(request, where + QStringLiteral(".request"), key, QJsonValue::Array);
        for (const char *key : {"headersSize", "bodySize"})
            need(request, where + QStringLiteral(".request"), key, QJsonValue::Double);
        if (request.contains(QStringLiteral("postData")))
            need(request.value(QStringLiteral("postData")).toObject(),
                 where + QStringLiteral(".postData"),
                 "mimeType",
                 QJsonValue::String);
        const QJsonObject response = need(entry, where, "response", QJsonValue::Object).toObject();
        need(response, where + QStringLiteral(".response"), "status", QJsonValue::Double);
        for (const char *key : {"statusText", "httpVersion", "redirectURL"})
            need(response, where + QStringLiteral(".response"), key, QJsonValue::String);
        for (const char *key : {"cookies", "headers"})
            need(response, where + QStringLiteral(".response"), key, QJsonValue::Array);
        for (const char *key : {"headersSize", "bodySize"})
            need(response, where + QStringLiteral(".response"), key, QJsonValue::Double);
        const QJsonObject content = need(response,
                                         where + QStringLiteral(".response"),
                                         "content",
                                         QJsonValue::Object)
                                            .toObject();
        need(content, where + QStringLiteral(".content"), "size", QJsonValue::Double);
        need(content, where + QStringLiteral(".content"), "mimeType", QJsonValue::String);
        for (const QJsonObject &message : {request, response}) {
            for (const QJsonValue &header : message.value(QStringLiteral("headers")).toArray()) {
                need(header.toObject(),
                     where + QStringLiteral(".header"),
                     "name",
                     QJsonValue::String);
                need(header.toObject(),
                     where + QStringLiteral(".header"),
                     "value",
                     QJsonValue::String);
            }
        }
        const QJsonObject timings = need(entry, where, "timings", QJsonValue::Object).toObject();
        double sum = 0;
        for (const char *key : {"send", "wait", "receive"}) {
            const double value = need(timings,
                                      where + QStringLiteral(".timings"),
                                      key,
                                      QJsonValue::Double)
                                         .toDouble();
            if (value < 0)
                problems.append(where + QStringLiteral(".timings.") + QLatin1String(key)
                                + QStringLiteral(" < 0"));
            sum += value;
        }
        for (const char *key : {"blocked", "dns", "connect"}) {
            const double value = timings.value(QLatin1String(key)).toDouble(-1);
            if (value < -1)
                problems.append(where + QStringLiteral(".timings.") + QLatin1String(key));
            sum += qMax(0.0, value);
        }
        // "time" is the sum of the phases (ssl is counted inside connect).
        if (qAbs(sum - entry.value(QStringLiteral("time")).toDouble()) > 0.01)
            problems.append(where
                            + QStringLiteral(".time %1 is not the sum of its timings %2")
                                      .arg(entry.value(QStringLiteral("time")).toDouble())
                                      .arg(sum));
    }
    return problems;
}

} // namespace

class TestInteropFiles : public QObject
{
    Q_OBJECT

private slots:
    void harIsValid12();
    void harRoundTrip();
    void harMasksSecrets();
    void harFromBrowser();
    void httpFileParse();
    void httpFileResolve();
    void httpFileWriteAndReadBack();
    void environmentsJson();
    void compositionFromImportedRequest();
    void jarCookiesForAUrl();
};

void TestInteropFiles::harIsValid12()
{
    const Exchange exchange = syntheticExchange(3);
    Exchange failed;
    failed.request.url = QStringLiteral("http://127.0.0.1:1/");
    failed.error.curlCode = 7;
    const QJsonObject har = harLog({&exchange, &failed}, HarOptions{true});
    const QStringList problems = harProblems(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(har.value(QStringLiteral("log"))
                     .toObject()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
             2);
}

void TestInteropFiles::harRoundTrip()
{
    QList<Exchange> originals;
    for (int i = 1; i <= 4; ++i)
        originals.append(syntheticExchange(i, 3000));
    QList<const Exchange *> pointers;
    for (const Exchange &exchange : originals)
        pointers.append(&exchange);
    const QByteArray json = QJsonDocument(harLog(pointers)).toJson();
    const HarReadResult read = readHar(json);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), originals.size());
    for (qsizetype i = 0; i < originals.size(); ++i) {
        const Exchange &a = originals.at(i);
        const Exchange &b = read.exchanges.at(i);
        const QStringList differences = restoredDifferences(a, b);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));
        // Written again, the HAR is the same.
        QCOMPARE(harEntries(b), harEntries(a));
    }
    // Its requests can be sent again.
    const HarRequests requests = readHarRequests(json);
    QVERIFY(requests.ok);
    QCOMPARE(requests.requests.size(), 4);
    QCOMPARE(requests.requests.first().url, originals.first().request.url);
    QCOMPARE(requests.requests.first().method, QByteArray("GET"));
}

void TestInteropFiles::harMasksSecrets()
{
    Exchange exchange = syntheticExchange(1);
    Hop &hop = exchange.hops.first();
    hop.url = QStringLiteral("http://h.test/cb?code=abc123&state=xyz&access_token=tok");
    hop.request = RequestHead::parse(
            "POST /cb?code=abc123&state=xyz&access_token=tok HTTP/1.1\r\nHost: h.test\r\n"
            "Authorization: Bearer eyJhbGciOi.payload.sig\r\nCookie: sid=s3cr3t; theme=dark\r\n"
            "X-Api-Key: k-123\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n");
    hop.requestBody = "user=ann&password=hunter2";
    hop.response = ResponseHead::parse(
            "HTTP/1.1 302 Found\r\nSet-Cookie: sid=n3w; Path=/; HttpOnly\r\n"
            "Location: /home?token=t2\r\nContent-Length: 0\r\n\r\n");
    const QByteArray masked = QJsonDocument(harLog({&exchange}, HarOptions{true})).toJson();
    for (const char *secret :
         {"abc123", "eyJhbGciOi", "s3cr3t", "k-123", "hunter2", "n3w", "=tok", "t2"})
        QVERIFY2(!masked.contains(secret), secret);
    for (const char *kept : {"state=xyz",
                             "Bearer [masked]",
                             "sid=[masked]; theme=[masked]",
                             "sid=[masked]; Path=/; HttpOnly",
                             "user=ann&password=[masked]",
                             "_secretsMasked"})
        QVERIFY2(masked.contains(kept), kept);
    QVERIFY(harProblems(QJsonDocument::fromJson(masked).object()).isEmpty());
    // Kept on request.
    const QByteArray full = QJsonDocument(harLog({&exchange}, HarOptions{false})).toJson();
    QVERIFY(full.contains("hunter2"));
    QVERIFY(full.contains("eyJhbGciOi"));
    QCOMPARE(maskedHeaderValue("Authorization", "Basic YW5uOnB3"), QByteArray("Basic [masked]"));
    QVERIFY(!isSecretParameter(QStringLiteral("page")));
    QVERIFY(isSecretParameter(QStringLiteral("client_secret")));
}

// What Chrome's "Save all as HAR" writes for an HTTP/2 POST.
void TestInteropFiles::harFromBrowser()
{
    const QByteArray chrome
            = R"({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
      "pages": [], "entries": [{
        "startedDateTime": "2026-11-20T10:00:00.000Z", "time": 84.2,
        "request": {"method": "POST", "url": "https://api.example.com/v1/items?x=1", "httpVersion": "http/2.0",
          "headers": [{"name": ":authority", "value": "api.example.com"}, {"name": ":method", "value": "POST"},
                      {"name": "accept", "value": "application/json"}, {"name": "content-length", "value": "13"},
                      {"name": "accept-encoding", "value": "gzip, deflate, br"},
                      {"name": "content-type", "value": "application/json"}],
          "queryString": [{"name": "x", "value": "1"}], "cookies": [], "headersSize": -1, "bodySize": 13,
          "postData": {"mimeType": "application/json", "text": "{\"name\":\"a\"}"}},
        "response": {"status": 201, "statusText": "", "httpVersion": "http/2.0",
          "headers": [{"name": "content-type", "value": "application/json"}, {"name": "etag", "value": "\"1\""}],
          "cookies": [], "content": {"size": 2, "mimeType": "application/json", "text": "{}"},
          "redirectURL": "", "headersSize": -1, "bodySize": 2, "_transferSize": 120},
        "cache": {}, "timings": {"blocked": 1, "dns": -1, "ssl": -1, "connect": -1, "send": 0.2, "wait": 80, "receive": 3}
      }]}})";
    const HarReadResult read = readHar(chrome);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.exchanges.size(), 1);
    const Exchange &exchange = read.exchanges.first();
    QCOMPARE(exchange.status(), 201);
    QCOMPARE(exchange.body.read(), QByteArray("{}"));
    QCOMPARE(headerValue(exchange.hops.first().response.headers, "ETag"), QByteArray("\"1\""));
    const Request request = readHarRequests(chrome).requests.first();
    QCOMPARE(describeRequest(request),
             QStringLiteral(
                     "url=https://api.example.com/v1/items?x=1 method=POST body={\"name\":\"a\"} "
                     "H[accept: application/json] H[accept-encoding: gzip, deflate, br] "
                     "H[content-type: application/json] compressed"));
    QVERIFY(request.problems().isEmpty());
    // Firefox writes form posts with params (and sometimes no text), and HTTP/1.1 heads.
    const QByteArray firefox
            = R"({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "120.0"},
      "entries": [{"startedDateTime": "2026-11-20T10:00:00.000+01:00", "time": 12,
        "request": {"bodySize": 21, "method": "POST", "url": "http://h.test/login", "httpVersion": "HTTP/1.1",
          "headers": [{"name": "Host", "value": "h.test"},
                      {"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
          "cookies": [], "queryString": [], "headersSize": 120,
          "postData": {"mimeType": "application/x-www-form-urlencoded",
                       "params": [{"name": "user", "value": "ann"}, {"name": "pass", "value": "a b&c"}]}},
        "response": {"status": 303, "statusText": "See Other", "httpVersion": "HTTP/1.1",
          "headers": [{"name": "Location", "value": "/home"}], "cookies": [],
          "content": {"mimeType": "text/html", "size": 0}, "redirectURL": "/home", "headersSize": 80, "bodySize": 0},
        "cache": {}, "timings": {"blocked": 0, "dns": 0, "connect": 1, "ssl": -1, "send": 0, "wait": 10, "receive": 1}}]}})";
    const Request form = readHarRequests(firefox).requests.first();
    QCOMPARE(form.body, QByteArray("user=ann&pass=a%20b%26c"));
    QCOMPARE(readHar(firefox).exchanges.first().status(), 303);
    QCOMPARE(readHar(firefox).exchanges.first().hops.first().request.method, QByteArray("POST"));

    // Not HAR at all.
    QVERIFY(!readHar("{\"log\": 3}").ok);
    QVERIFY(!readHar("not json").ok);
    QVERIFY(!readHarRequests("[]").ok);
}

void TestInteropFiles::httpFileParse()
{
    const QString text = QStringLiteral("@host = 127.0.0.1:8808\n"
                                        "@base = http://{{host}}\n"
                                        "\n"
                                        "### Welcome page\n"
                                        "GET {{base}}/lab/welcome HTTP/1.1\n"
                                        "Accept: text/html\n"
                                        "# a comment among the headers\n"
                                        "\n"
                                        "###\n"
                                        "# @name create\n"
                                        "// another comment\n"
                                        "POST {{base}}/echo\n"
                                        "    ?debug=1\n"
                                        "    &pretty=yes\n"
                                        "Content-Type: application/json\n"
                                        "Authorization: Bearer {{token}}\n"
                                        "\n"
                                        "{\n"
                                        "  \"id\": \"{{$uuid}}\",\n"
                                        "  \"# not a comment\": 1\n"
                                        "}\n"
                                        "\n"
                                        "> {%\n"
                                        "  client.global.set(\"id\", response.body.id);\n"
                                        "%}\n"
                                        "\n"
                                        "### upload\n"
                                        "# @no-redirect\n"
                                        "PUT http://h.test/files/1\n"
                                        "\n"
                                        "< ./payload.bin\n"
                                        "\n"
                                        "###\n"
                                        "https://h.test/plain\n");
    const HttpFile file = parseHttpFile(text);
    QCOMPARE(file.variables.size(), 2);
    QCOMPARE(file.variables.at(1),
             (std::pair<QString, QString>(QStringLiteral("base"),
                                          QStringLiteral("http://{{host}}"))));
    QCOMPARE(file.requests.size(), 4);
    const HttpFileRequest &welcome = file.requests.at(0);
    QCOMPARE(welcome.name, QStringLiteral("Welcome page"));
    QCOMPARE(welcome.method, QStringLiteral("GET"));
    QCOMPARE(welcome.url, QStringLiteral("{{base}}/lab/welcome"));
    QCOMPARE(welcome.headers.size(), 1);
    QCOMPARE(welcome.line, 5);
    const HttpFileRequest &create = file.requests.at(1);
    QCOMPARE(create.name, QStringLiteral("create"));
    QCOMPARE(create.url, QStringLiteral("{{base}}/echo?debug=1&pretty=yes"));
    QCOMPARE(create.headers.size(), 2);
    QCOMPARE(create.body,
             QStringLiteral("{\n  \"id\": \"{{$uuid}}\",\n  \"# not a comment\": 1\n}"));
    QCOMPARE(create.notes.size(), 1); // the response handler
    const HttpFileRequest &upload = file.requests.at(2);
    QCOMPARE(upload.bodyFile, QStringLiteral("./payload.bin"));
    QVERIFY(!upload.followRedirects);
    QCOMPARE(file.requests.at(3).method, QStringLiteral("GET"));
    QCOMPARE(file.requests.at(3).url, QStringLiteral("https://h.test/plain"));
    QCOMPARE(findHttpRequest(file, QStringLiteral("create")), 1);
    QCOMPARE(findHttpRequest(file, QStringLiteral("nope")), -1);
    // CRLF files read the same.
    QCOMPARE(parseHttpFile(QString(text).replace(QLatin1String("\n"), QLatin1String("\r\n")))
                     .requests.at(1)
                     .body,
             create.body);
    QVERIFY(parseHttpFile(QString()).requests.isEmpty());
}

void TestInteropFiles::httpFileResolve()
{
    QTemporaryDir dir;
    QFile payload(dir.filePath(QStringLiteral("payload.bin")));
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write("\x00\x01raw", 5);
    payload.close();
    const HttpFile file = parseHttpFile(
            QStringLiteral("@host = 127.0.0.1:8808\n@base = http://{{host}}\n\n"
                           "POST {{base}}/echo?who={{user}}\nAuthorization: Bearer "
                           "{{token}}\nX-Id: {{$randomInt 5 6}}\n\n"
                           "{\"who\": \"{{user}}\"}\n"
                           "###\nPUT /files/1\nHost: h.test\n\n< payload.bin\n"
                           "###\nGET {{base}}/{{missing}}\n"));
    const Variables environment{{QStringLiteral("user"), QStringLiteral("ann")},
                                {QStringLiteral("token"), QStringLiteral("t0k")},
                                {QStringLiteral("host"), QStringLiteral("ignored.test")}};
    ResolvedHttpRequest resolved = resolveHttpRequest(file,
                                                      0,
                                                      environment,
                                                      FileReadRule(dir.path()));
    QVERIFY2(resolved.errors.isEmpty(), qPrintable(resolved.errors.join(QLatin1Char('\n'))));
    QCOMPARE(describeRequest(resolved.request),
             QStringLiteral(
                     "url=http://127.0.0.1:8808/echo?who=ann method=POST body={\"who\": \"ann\"} "
                     "H[Authorization: Bearer t0k] H[X-Id: 5] follow"));
    resolved = resolveHttpRequest(file, 1, environment, FileReadRule(dir.path()));
    QVERIFY(resolved.errors.isEmpty());
    QCOMPARE(resolved.request.url, QStringLiteral("http://h.test/files/1"));
    QCOMPARE(resolved.request.body, QByteArray("\x00\x01raw", 5));
    resolved = resolveHttpRequest(file, 2, environment, FileReadRule(dir.path()));
    QCOMPARE(resolved.errors.size(), 1);
    QVERIFY2(resolved.errors.first().contains(QLatin1String("{{missing}}")),
             qPrintable(resolved.errors.first()));
    QCOMPARE(resolveHttpRequest(file, 9, environment, FileReadRule(dir.path())).errors.size(), 1);
    // Variables that refer to each other in a circle end, unresolved.
    const HttpFile circle = parseHttpFile(
            QStringLiteral("@a = {{b}}\n@b = {{a}}\nGET http://h.test/{{a}}\n"));
    QVERIFY(!resolveHttpRequest(circle, 0, {}, FileReadRule(dir.path())).errors.isEmpty());
    // Variables that each use the next ten times would expand to 10^15 copies: refused at once.
    QString bomb = QStringLiteral("@v0 = x\n");
    for (int i = 1; i <= 15; ++i)
        bomb += QStringLiteral("@v%1 = %2\n")
                        .arg(i)
                        .arg(QStringLiteral("{{v%1}}").arg(i - 1).repeated(10));
    bomb += QStringLiteral("GET http://h.test/{{v15}}\n");
    QElapsedTimer clock;
    clock.start();
    const ResolvedHttpRequest refused = resolveHttpRequest(parseHttpFile(bomb),
                                                           0,
                                                           {},
                                                           FileReadRule(dir.path()));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(refused.errors.size(), 1);
    QVERIFY2(refused.errors.first().contains(QLatin1String("expand too far")),
             qPrintable(refused.errors.first()));
}

void TestInteropFiles::httpFileWriteAndReadBack()
{
    Request request;
    request.method = "PATCH";
    request.url = QStringLiteral("http://h.test/items/7");
    request.headers = {HeaderLine::fromCurlSyntax("Content-Type: application/json")};
    request.userPassword = "ann:pw";
    request.hasBody = true;
    request.body = "{\n  \"a\": 1\n}";
    request.followRedirects = false;
    const HttpFileRequest written = httpFileRequestFrom(request, QStringLiteral("patch-item"));
    const QString existing = QStringLiteral("# my requests\nGET http://h.test/\n");
    const QString text = appendHttpFileRequest(existing, written);
    QVERIFY(text.startsWith(existing));
    const HttpFile file = parseHttpFile(text);
    QCOMPARE(file.requests.size(), 2);
    const HttpFileRequest &back = file.requests.at(1);
    QCOMPARE(back.name, QStringLiteral("patch-item"));
    QCOMPARE(back.method, QStringLiteral("PATCH"));
    QCOMPARE(back.url, request.url);
    QCOMPARE(back.headers, written.headers);
    QCOMPARE(back.body, QString::fromUtf8(request.body));
    QVERIFY(!back.followRedirects);
    const ResolvedHttpRequest resolved = resolveHttpRequest(file, 1, {}, FileReadRule(QString()));
    QCOMPARE(resolved.request.body, request.body);
}

void TestInteropFiles::environmentsJson()
{
    Environments environments;
    environments.list = {{QStringLiteral("dev"),
                          {{QStringLiteral("host"), QStringLiteral("127.0.0.1:8808")}}},
                         {QStringLiteral("prod"),
                          {{QStringLiteral("host"), QStringLiteral("api.example.com")},
                           {QStringLiteral("token"), QStringLiteral("t")}}}};
    environments.active = QStringLiteral("prod");
    QStringList problems;
    const Environments back = environmentsFromJson(environmentsToJson(environments), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back.list, environments.list);
    QCOMPARE(environments.activeVariables().size(), 2);
    // JetBrains files may hold numbers and booleans; nested objects are refused by name.
    const QJsonObject jetbrains
            = QJsonDocument::fromJson(
                      R"({"local": {"port": 8808, "debug": true, "nested": {"x": 1}}, "broken": 3})")
                      .object();
    const Environments read = environmentsFromJson(jetbrains, &problems);
    QCOMPARE(read.list.size(), 1);
    QCOMPARE(read.find(QStringLiteral("local"))->variables.size(), 2);
    QCOMPARE(problems.size(), 2);

    Composition c;
    c.url = QStringLiteral("http://{{host}}/x");
    c.headers = {{true, QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}")},
                 {false, QStringLiteral("X-Off"), QStringLiteral("{{unused}}")}};
    c.bodyMode = BodyMode::Raw;
    c.rawBody = QStringLiteral("{{token}}-{{nope}}");
    c.jsonBody = QStringLiteral("{{hidden}}");
    QStringList unknown;
    const Composition substituted = substituteComposition(c,
                                                          environments.activeVariables(),
                                                          &unknown);
    QCOMPARE(substituted.url, QStringLiteral("http://api.example.com/x"));
    QCOMPARE(substituted.headers.first().value, QStringLiteral("Bearer t"));
    QCOMPARE(substituted.rawBody, QStringLiteral("t-{{nope}}"));
    QCOMPARE(unknown, QStringList{QStringLiteral("nope")});
}

void TestInteropFiles::compositionFromImportedRequest()
{
    const CurlImport import = importCurlCommand(QStringLiteral(
            "curl -X PUT 'http://127.0.0.1:8808/lab/doc' -H 'Accept:' -H 'X-A: 1' -A ua/1 -u "
            "ann:pw "
            "-b 'k=v' --data-raw 'hello' -L --max-redirs 3 --http1.1 -k --compressed -m 7"));
    QVERIFY2(import.ok, qPrintable(import.error));
    const ImportedComposition imported = compositionFromRequest(import.command.requests.first());
    const Composition &c = imported.composition;
    QCOMPARE(c.method, QStringLiteral("PUT"));
    QCOMPARE(c.url, QStringLiteral("http://127.0.0.1:8808/lab/doc"));
    QCOMPARE(c.bodyMode, BodyMode::Raw);
    QCOMPARE(c.rawBody, QStringLiteral("hello"));
    QVERIFY(c.followRedirects);
    QCOMPARE(c.maxRedirects, 3);
    QCOMPARE(c.httpVersion, HttpVersion::Http1_1);
    QVERIFY(!c.verifyTls);
    QVERIFY(c.decompress);
    QCOMPARE(c.timeoutSeconds, 7);
    QVERIFY2(imported.notes.isEmpty(), qPrintable(imported.notes.join(u'\n')));
    // Built again, the editor sends what curl would: the same fields in libcurl's order (its
    // Accept-Encoding written out after User-Agent, "Accept:" still removing its Accept), the
    // same body, and libcurl's own Content-Type after Content-Length.
    const BuiltRequest built = buildRequest(c, {}, "b");
    QVERIFY2(built.errors.isEmpty(), qPrintable(built.errors.join(QLatin1Char('\n'))));
    QStringList fields;
    for (const HeaderLine &line : built.request.headers)
        fields << QString::fromLatin1(line.toCurlSyntax());
    QCOMPARE(fields,
             (QStringList{QStringLiteral("Authorization: Basic YW5uOnB3"),
                          QStringLiteral("User-Agent: ua/1"),
                          QStringLiteral("Accept-Encoding: ")
                                  + QString::fromLatin1(libcurlAcceptEncoding()),
                          QStringLiteral("Cookie: k=v"),
                          QStringLiteral("Accept:"),
                          QStringLiteral("X-A: 1")}));
    QCOMPARE(built.request.body, QByteArray("hello"));
}

// Copy as curl writes the jar's cookies for the URL as -b; which ones follow RFC 6265.
void TestInteropFiles::jarCookiesForAUrl()
{
    auto cookie = [](const char *domain,
                     bool sub,
                     const char *path,
                     bool secure,
                     qint64 expires,
                     const char *name) {
        Cookie c;
        c.domain = domain;
        c.includeSubdomains = sub;
        c.path = path;
        c.secure = secure;
        c.expires = expires;
        c.name = name;
        c.value = QByteArray(name).toUpper();
        return c;
    };
    const QList<Cookie> jar{cookie("www.example.com", false, "/", false, 0, "host"),
                            cookie(".example.com", true, "/api", false, 0, "api"),
                            cookie("example.com", true, "/", true, 0, "secure"),
                            cookie("www.example.com", false, "/", false, 1000, "expired"),
                            cookie("other.test", true, "/", false, 0, "other"),
                            cookie("www.example.com", false, "/apix", false, 0, "prefix"),
                            cookie("example.com", false, "/", false, 0, "exactonly")};
    const qint64 now = 2000;
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("https://www.example.com/api/x")), now),
             QByteArray("api=API; host=HOST; secure=SECURE"));
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("http://www.example.com/api")), now),
             QByteArray("api=API; host=HOST"));
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("http://example.com/")), now),
             QByteArray("exactonly=EXACTONLY"));
    QCOMPARE(cookieHeaderFor(jar, QUrl(QStringLiteral("http://nope.test/")), now), QByteArray());
}

QTEST_GUILESS_MAIN(TestInteropFiles)
#include "tst_interopfiles.moc"
