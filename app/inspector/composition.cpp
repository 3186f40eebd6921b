#include "composition.h"

#include "cookies/cookiejar.h"
#include "files/filereader.h"
#include "knowledge/statuscatalogue.h"
#include "model/httpdate.h"
#include "model/url.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QUrl>

#include <iterator>

namespace HttpLens {

namespace {

class CompositionText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Composition)
};

bool hasRow(const QList<HeaderLine> &lines, const QByteArray &name)
{
    for (const HeaderLine &line : lines) {
        if (line.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Characters a query component may keep as they are; '&', '=', '#', '+' and '%' are encoded so
// that the row survives the trip through the URL text.
const QByteArray queryKeep = QByteArrayLiteral("!$'()*,;:@/?[]~-._");

QString encodeQueryPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, queryKeep));
}

QString decodeQueryPart(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QByteArray formEncode(const QString &text)
{
    QByteArray encoded = QUrl::toPercentEncoding(text, "*-._ ");
    encoded.replace(' ', '+');
    return encoded;
}

const QByteArray kFormType = "application/x-www-form-urlencoded";

// ':' and the blanks after it, nothing else: a row read from a file cannot smuggle a line break.
bool isSeparator(const QByteArray &separator)
{
    if (!separator.startsWith(':'))
        return false;
    for (qsizetype i = 1; i < separator.size(); ++i) {
        if (separator.at(i) != ' ' && separator.at(i) != '\t')
            return false;
    }
    return true;
}

// With the jar's cookies for the URL, libcurl writes a Cookie field of its own; a Cookie row is
// then handed to libcurl as curl's -b string, which libcurl joins to the jar's cookies in that
// one field, as curl does for -b FILE -b 'a=1'. Without jar cookies the row stays where it is.
void mergeCookieRow(Request &r)
{
    QList<Cookie> jar;
    for (const QByteArray &line : std::as_const(r.cookieLines)) {
        if (const std::optional<Cookie> cookie = Cookie::fromNetscapeLine(line))
            jar.append(*cookie);
    }
    if (jar.isEmpty()
        || cookieHeaderFor(jar, QUrl(r.url), QDateTime::currentSecsSinceEpoch()).isEmpty())
        return;
    for (qsizetype i = 0; i < r.headers.size(); ++i) {
        const HeaderLine &line = r.headers.at(i);
        if (line.kind == HeaderLine::Kind::Set
            && line.name.compare("Cookie", Qt::CaseInsensitive) == 0) {
            r.cookie = line.value;
            r.headers.removeAt(i);
            return;
        }
    }
}

QByteArray randomBoundary()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray boundary = "------------------------httplens";
    for (int i = 0; i < 16; ++i)
        boundary += alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)];
    return boundary;
}

// A quoted-string for the multipart Content-Disposition parameters (RFC 7578 §4.2).
QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\\', "\\\\");
    bytes.replace('"', "\\\"");
    bytes.replace('\r', "%0D");
    bytes.replace('\n', "%0A");
    return '"' + bytes + '"';
}

QJsonArray rowsToJson(const QList<KeyValueRow> &rows)
{
    QJsonArray array;
    for (const KeyValueRow &row : rows) {
        QJsonObject object{{QStringLiteral("enabled"), row.enabled},
                           {QStringLiteral("name"), row.name},
                           {QStringLiteral("value"), row.value}};
        if (!row.separator.isEmpty())
            object.insert(QStringLiteral("separator"), QString::fromLatin1(row.separator));
        array.append(object);
    }
    return array;
}

QList<KeyValueRow> rowsFromJson(const QJsonValue &value)
{
    QList<KeyValueRow> rows;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        rows.append({object.value(QStringLiteral("enabled")).toBool(true),
                     object.value(QStringLiteral("name")).toString(),
                     object.value(QStringLiteral("value")).toString(),
                     object.value(QStringLiteral("separator")).toString().toLatin1()});
    }
    return rows;
}

const char *const bodyModeNames[] = {"none", "raw", "json", "form", "multipart"};
const char *const originNames[] = {"", "typed", "curl", "har", "http-file", "response", "captured"};
const char *const versionNames[] = {"default", "1.0", "1.1", "2"};

} // namespace

bool Composition::operator==(const Composition &o) const
{
    return method == o.method && url == o.url && headers == o.headers && bodyMode == o.bodyMode
           && rawBody == o.rawBody && rawBodyFile == o.rawBodyFile
           && rawContentType == o.rawContentType && jsonBody == o.jsonBody
           && formFields == o.formFields && multipart == o.multipart
           && validatorOrigins == o.validatorOrigins && followRedirects == o.followRedirects
           && maxRedirects == o.maxRedirects && httpVersion == o.httpVersion
           && timeoutSeconds == o.timeoutSeconds && downloadLimitMiB == o.downloadLimitMiB
           && verifyTls == o.verifyTls && decompress == o.decompress
           && useCookieJar == o.useCookieJar && resolve == o.resolve;
}

QString jsonProblem(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    // Qt reports a byte offset; people count lines and columns.
    const int offset = qBound(0, error.offset, int(bytes.size()));
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return CompositionText::tr("Line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(error.errorString());
}

BuiltRequest buildRequest(const Composition &c,
                          const QList<QByteArray> &jarLines,
                          const QByteArray &givenBoundary)
{
    BuiltRequest built;
    Request &r = built.request;
    r.method = c.method.trimmed().toLatin1();
    if (r.method.isEmpty())
        r.method = "GET";
    r.url = encodeUrl(c.url);

    for (const KeyValueRow &row : c.headers) {
        if (!row.enabled || (row.name.trimmed().isEmpty() && row.value.isEmpty()))
            continue;
        HeaderLine line;
        line.name = row.name.trimmed().toUtf8();
        line.value = row.value.toUtf8();
        if (isSeparator(row.separator))
            line.separator = row.separator;
        if (line.value.isEmpty())
            line.kind = isLibcurlDefaultField(line.name) ? HeaderLine::Kind::Remove
                                                         : HeaderLine::Kind::Empty;
        if (line.name.isEmpty())
            built.errors.append(CompositionText::tr("A header row has a value but no name."));
        r.headers.append(line);
    }

    // libcurl itself labels a body without a Content-Type field as a urlencoded form, after its
    // Content-Length; leaving that one to libcurl keeps curl's order of the two.
    auto setContentType = [&](const QByteArray &type) {
        if (!type.isEmpty() && type != kFormType && !hasRow(r.headers, "Content-Type"))
            r.headers.append({HeaderLine::Kind::Set, "Content-Type", type, ": "});
    };
    switch (c.bodyMode) {
    case BodyMode::None:
        break;
    case BodyMode::Raw:
        r.hasBody = true;
        r.body = c.rawBody.toUtf8();
        r.bodyFile = c.rawBodyFile;
        setContentType(c.rawContentType.trimmed().toUtf8());
        break;
    case BodyMode::Json: {
        const QString problem = jsonProblem(c.jsonBody);
        if (!problem.isEmpty())
            built.errors.append(CompositionText::tr("The JSON body is not valid. %1").arg(problem));
        r.hasBody = true;
        r.body = c.jsonBody.toUtf8();
        setContentType("application/json");
        break;
    }
    case BodyMode::Form: {
        QByteArray body;
        for (const KeyValueRow &row : c.formFields) {
            if (!row.enabled || row.name.isEmpty())
                continue;
            if (!body.isEmpty())
                body += '&';
            body += formEncode(row.name) + '=' + formEncode(row.value);
        }
        r.hasBody = true;
        r.body = body;
        setContentType("application/x-www-form-urlencoded");
        break;
    }
    case BodyMode::Multipart: {
        const QByteArray boundary = givenBoundary.isEmpty() ? randomBoundary() : givenBoundary;
        QByteArray body;
        for (const FormPart &part : c.multipart) {
            if (!part.enabled || part.name.isEmpty())
                continue;
            QByteArray content;
            QByteArray disposition = "Content-Disposition: form-data; name=" + quoted(part.name);
            QByteArray type = part.contentType.toUtf8();
            if (part.isFile) {
                // Through the one reader of files a request sends: a regular file, and no more
                // than a body may hold; a FIFO or a device is refused, never read.
                QString error;
                const std::optional<QByteArray> read = readRegularFile(part.value,
                                                                       kMaxRequestBodyFileBytes,
                                                                       &error);
                if (!read) {
                    built.errors.append(
                            CompositionText::tr(
                                    "The file \"%1\" for part \"%2\" cannot be read: %3")
                                    .arg(part.value, part.name, error));
                    continue;
                }
                content = *read;
                disposition += "; filename=" + quoted(QFileInfo(part.value).fileName());
                if (type.isEmpty())
                    type = "application/octet-stream";
            } else {
                content = part.value.toUtf8();
            }
            body += "--" + boundary + "\r\n" + disposition + "\r\n";
            if (!type.isEmpty())
                body += "Content-Type: " + type + "\r\n";
            body += "\r\n" + content + "\r\n";
        }
        body += "--" + boundary + "--\r\n";
        r.hasBody = true;
        r.body = body;
        setContentType("multipart/form-data; boundary=" + boundary);
        break;
    }
    }

    r.followRedirects = c.followRedirects;
    r.maxRedirects = c.maxRedirects;
    r.httpVersion = c.httpVersion;
    r.timeoutMs = qint64(qMax(0, c.timeoutSeconds)) * 1000;
    r.maxFileSize = qint64(qMax(0, c.downloadLimitMiB)) * 1024 * 1024;
    r.insecure = !c.verifyTls;
    r.decompress = c.decompress;
    if (c.useCookieJar) {
        r.cookieEngine = true;
        r.cookieLines = jarLines;
        mergeCookieRow(r);
    }
    if (r.hasBody && r.effectiveMethod() == "HEAD") {
        r.hasBody = false;
        r.body.clear();
        built.notes.append(CompositionText::tr(
                "A HEAD request is sent without the body of the Body tab: libcurl "
                "cannot send one and still read an answer that has none."));
    }
    if (!c.resolve.trimmed().isEmpty())
        r.resolve.append(c.resolve.trimmed());

    for (const Request::Problem &problem : r.problems())
        built.errors.append(problem.message);
    return built;
}

QList<KeyValueRow> queryRows(const QString &url)
{
    QList<KeyValueRow> rows;
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question < 0)
        return rows;
    qsizetype end = url.indexOf(QLatin1Char('#'), question);
    if (end < 0)
        end = url.size();
    const QString query = url.mid(question + 1, end - question - 1);
    if (query.isEmpty())
        return rows;
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0)
            rows.append({true, decodeQueryPart(pair), QString()});
        else
            rows.append({true,
                         decodeQueryPart(pair.left(equals)),
                         decodeQueryPart(pair.mid(equals + 1))});
    }
    return rows;
}

QString urlWithQueryRows(const QString &url, const QList<KeyValueRow> &rows)
{
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    const QString fragment = hash < 0 ? QString() : url.mid(hash);
    QString base = hash < 0 ? url : url.left(hash);
    const qsizetype question = base.indexOf(QLatin1Char('?'));
    if (question >= 0)
        base.truncate(question);
    QStringList pairs;
    for (const KeyValueRow &row : rows) {
        if (!row.enabled || (row.name.isEmpty() && row.value.isEmpty()))
            continue;
        pairs.append(row.value.isEmpty() && !row.name.isEmpty()
                             ? encodeQueryPart(row.name)
                             : encodeQueryPart(row.name) + QLatin1Char('=')
                                       + encodeQueryPart(row.value));
    }
    if (pairs.isEmpty())
        return base + fragment;
    return base + QLatin1Char('?') + pairs.join(QLatin1Char('&')) + fragment;
}

QString basicAuthorization(const QString &user, const QString &password)
{
    return QStringLiteral("Basic ")
           + QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64());
}

QString bearerAuthorization(const QString &token)
{
    return QStringLiteral("Bearer ") + token.trimmed();
}

QString interfaceAcceptLanguage()
{
    return languageFor() == Language::Chinese ? QStringLiteral("zh-CN, zh;q=0.9, en;q=0.8")
                                              : QStringLiteral("en");
}

void setHeaderRow(QList<KeyValueRow> &rows, const QString &name, const QString &value)
{
    for (KeyValueRow &row : rows) {
        if (row.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            row.value = value;
            row.enabled = true;
            return;
        }
    }
    rows.append({true, name, value});
}

QJsonObject compositionToJson(const Composition &c)
{
    QJsonArray parts;
    for (const FormPart &part : c.multipart)
        parts.append(QJsonObject{{QStringLiteral("enabled"), part.enabled},
                                 {QStringLiteral("name"), part.name},
                                 {QStringLiteral("value"), part.value},
                                 {QStringLiteral("file"), part.isFile},
                                 {QStringLiteral("contentType"), part.contentType}});
    QJsonObject origins;
    for (int i = 0; i < 5; ++i) {
        const ValidatorOrigin &origin = c.validatorOrigins.at(size_t(i));
        if (origin.kind == ValidatorOrigin::Kind::None)
            continue;
        QJsonObject entry{
                {QStringLiteral("from"), QString::fromLatin1(originNames[int(origin.kind)])}};
        if (origin.historyId)
            entry.insert(QStringLiteral("exchange"), qint64(origin.historyId));
        origins.insert(QString::fromLatin1(conditionalHeaderNames().at(i)), entry);
    }
    return QJsonObject{
            {QStringLiteral("method"), c.method},
            {QStringLiteral("url"), c.url},
            {QStringLiteral("headers"), rowsToJson(c.headers)},
            {QStringLiteral("bodyMode"), QString::fromLatin1(bodyModeNames[int(c.bodyMode)])},
            {QStringLiteral("rawBody"), c.rawBody},
            {QStringLiteral("rawBodyFile"), c.rawBodyFile},
            {QStringLiteral("rawContentType"), c.rawContentType},
            {QStringLiteral("jsonBody"), c.jsonBody},
            {QStringLiteral("formFields"), rowsToJson(c.formFields)},
            {QStringLiteral("multipart"), parts},
            {QStringLiteral("validatorOrigins"), origins},
            {QStringLiteral("followRedirects"), c.followRedirects},
            {QStringLiteral("maxRedirects"), c.maxRedirects},
            {QStringLiteral("httpVersion"), QString::fromLatin1(versionNames[int(c.httpVersion)])},
            {QStringLiteral("timeoutSeconds"), c.timeoutSeconds},
            {QStringLiteral("downloadLimitMiB"), c.downloadLimitMiB},
            {QStringLiteral("verifyTls"), c.verifyTls},
            {QStringLiteral("decompress"), c.decompress},
            {QStringLiteral("useCookieJar"), c.useCookieJar},
            {QStringLiteral("resolve"), c.resolve},
    };
}

Composition compositionFromJson(const QJsonObject &o)
{
    Composition c;
    c.method = o.value(QStringLiteral("method")).toString(c.method);
    c.url = o.value(QStringLiteral("url")).toString();
    c.headers = rowsFromJson(o.value(QStringLiteral("headers")));
    const QString mode = o.value(QStringLiteral("bodyMode")).toString();
    for (int i = 0; i < 5; ++i) {
        if (mode == QLatin1String(bodyModeNames[i]))
            c.bodyMode = BodyMode(i);
    }
    c.rawBody = o.value(QStringLiteral("rawBody")).toString();
    c.rawBodyFile = o.value(QStringLiteral("rawBodyFile")).toString();
    c.rawContentType = o.value(QStringLiteral("rawContentType")).toString(c.rawContentType);
    c.jsonBody = o.value(QStringLiteral("jsonBody")).toString();
    c.formFields = rowsFromJson(o.value(QStringLiteral("formFields")));
    for (const QJsonValue &item : o.value(QStringLiteral("multipart")).toArray()) {
        const QJsonObject part = item.toObject();
        c.multipart.append({part.value(QStringLiteral("enabled")).toBool(true),
                            part.value(QStringLiteral("name")).toString(),
                            part.value(QStringLiteral("value")).toString(),
                            part.value(QStringLiteral("file")).toBool(),
                            part.value(QStringLiteral("contentType")).toString()});
    }
    const QJsonObject origins = o.value(QStringLiteral("validatorOrigins")).toObject();
    // Before the conditional fields were header rows, they were toggles of their own; what was
    // switched on is sent, so it becomes a row.
    const QJsonObject legacy = o.value(QStringLiteral("conditionals")).toObject();
    for (int i = 0; i < 5; ++i) {
        const QString name = QString::fromLatin1(conditionalHeaderNames().at(i));
        const QJsonObject origin = origins.value(name).toObject();
        const QString from = origin.value(QStringLiteral("from")).toString();
        for (int kind = 1; kind < int(std::size(originNames)); ++kind) {
            if (from == QLatin1String(originNames[kind]))
                c.validatorOrigins[size_t(i)]
                        = {ValidatorOrigin::Kind(kind),
                           quint64(origin.value(QStringLiteral("exchange")).toInteger())};
        }
        const QJsonObject field = legacy.value(name).toObject();
        if (field.value(QStringLiteral("enabled")).toBool()) {
            c.headers.append({true, name, field.value(QStringLiteral("value")).toString()});
            c.validatorOrigins[size_t(i)] = {ValidatorOrigin::Kind::Typed, 0};
        }
    }
    c.followRedirects = o.value(QStringLiteral("followRedirects")).toBool(c.followRedirects);
    c.maxRedirects = o.value(QStringLiteral("maxRedirects")).toInt(c.maxRedirects);
    const QString version = o.value(QStringLiteral("httpVersion")).toString();
    for (int i = 0; i < 4; ++i) {
        if (version == QLatin1String(versionNames[i]))
            c.httpVersion = HttpVersion(i);
    }
    c.timeoutSeconds = qMax(0, o.value(QStringLiteral("timeoutSeconds")).toInt(c.timeoutSeconds));
    c.downloadLimitMiB = qMax(0,
                              o.value(QStringLiteral("downloadLimitMiB")).toInt(c.downloadLimitMiB));
    c.verifyTls = o.value(QStringLiteral("verifyTls")).toBool(c.verifyTls);
    c.decompress = o.value(QStringLiteral("decompress")).toBool(c.decompress);
    c.useCookieJar = o.value(QStringLiteral("useCookieJar")).toBool(c.useCookieJar);
    c.resolve = o.value(QStringLiteral("resolve")).toString();
    return c;
}

} // namespace HttpLens
