#pragma once

#include "inspector/conditionals.h"
#include "model/exchange.h"
#include "model/request.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace HttpLens {

// A row of the params, headers or form table: switched on or off by its checkbox.
struct KeyValueRow
{
    bool enabled = true;
    QString name;
    QString value;
    // Header rows: the exact bytes between name and value when they are not ": " (an imported
    // "X:a" or "X:  a" is sent as it was written).
    QByteArray separator = {};

    bool operator==(const KeyValueRow &other) const
    {
        return enabled == other.enabled && name == other.name && value == other.value
               && separator == other.separator;
    }
};

// A multipart/form-data part: a text field, or a file read when the request is built.
struct FormPart
{
    bool enabled = true;
    QString name;
    QString value; // the text, or the file's path
    bool isFile = false;
    QString contentType; // empty: text/plain for text, application/octet-stream for files

    bool operator==(const FormPart &other) const
    {
        return enabled == other.enabled && name == other.name && value == other.value
               && isFile == other.isFile && contentType == other.contentType;
    }
};

enum class BodyMode { None, Raw, Json, Form, Multipart };

// What the request editor shows: everything a user composes before pressing Send. It holds no
// widget state, so it can be built, saved, restored and tested without a window.
struct Composition
{
    QString method = QStringLiteral("GET");
    QString url;
    // Every header field the request sends, in the order it sends them; the conditional fields
    // (If-None-Match, If-Modified-Since, ...) are rows too, which the Conditional tab shows. A
    // row with an empty value removes one of libcurl's defaults (Host, Accept, ...) as curl's
    // -H 'Accept:' does, and sends an empty field for any other name.
    QList<KeyValueRow> headers;

    BodyMode bodyMode = BodyMode::None;
    QString rawBody;
    QString rawBodyFile; // the file rawBody was read from, while it is as read (else empty)
    QString rawContentType = QStringLiteral("text/plain; charset=utf-8");
    QString jsonBody;
    QList<KeyValueRow> formFields;
    QList<FormPart> multipart;

    // Where each conditional field's value came from, in the order of conditionalHeaderNames().
    // The fields belong to the URL: moving the composition to another resource takes them off.
    ValidatorOrigins validatorOrigins;

    bool followRedirects = true;
    int maxRedirects = 10;
    HttpVersion httpVersion = HttpVersion::Default;
    int timeoutSeconds = 30;     // 0: none
    int downloadLimitMiB = 1024; // the largest body to receive; 0: none
    bool verifyTls = true;
    bool decompress = true;
    bool useCookieJar = true;
    QString resolve; // "host:port:address", as curl's --resolve

    bool operator==(const Composition &other) const;
};

// The Request a composition sends, or the reasons it cannot be sent yet (invalid JSON, an
// unreadable file, a header row without a name). Header rows are sent in their order, switched
// off rows are left out, and a body mode adds its Content-Type unless a row already sets one
// (or libcurl writes the same one itself, as it does for a urlencoded form). notes say what
// would surprise but does not stop the request.
struct BuiltRequest
{
    Request request;
    QStringList errors;
    QStringList notes;
};

// jarLines: the cookie jar in cookies.txt lines, handed to libcurl when the jar is on. The
// boundary is chosen at random unless given (tests give one).
BuiltRequest buildRequest(const Composition &composition,
                          const QList<QByteArray> &jarLines = {},
                          const QByteArray &boundary = {});

// The editor's view of a request that came from elsewhere (a curl command, a HAR entry, an
// .http file). Its header rows are the fields libcurl writes for it, in libcurl's order: curl's
// separate options become the rows they send (-u Authorization, -A User-Agent, -e Referer, -b
// Cookie), with libcurl's default Accept (and Accept-Encoding) written out where an option
// field comes before them, so that building the request again puts the same head on the wire.
// Conditional fields found among them are marked as coming from `source`. The body is kept byte
// for byte as raw text. What the editor cannot express is described in `notes`.
struct ImportedComposition
{
    Composition composition;
    QStringList notes;
};
ImportedComposition compositionFromRequest(
        const Request &request, ValidatorOrigin::Kind source = ValidatorOrigin::Kind::CurlCommand);
// The composition of an exchange the capture proxy relayed: the request as it went to the
// server, so that "Edit and send" puts the same bytes on the wire (an empty Host row first
// keeps libcurl's own out, so the program's Host line goes where the program put it).
Composition capturedComposition(const Exchange &exchange);

// Header names libcurl writes on its own (Host, Accept, Accept-Encoding, Content-Type,
// Content-Length, Expect, Transfer-Encoding, User-Agent): an empty row of one of these names
// removes libcurl's field instead of sending an empty one.
bool isLibcurlDefaultField(const QByteArray &name);

// The Accept-Encoding value libcurl writes when asked to decode (curl --compressed): the
// codings of this build, "deflate, gzip, br, zstd" with all of them.
QByteArray libcurlAcceptEncoding();

// Where JSON text is invalid, in words with the line and column; empty when it parses.
QString jsonProblem(const QString &text);

// The query of a URL as rows (decoded for reading) and the URL rebuilt from rows. Rebuilding
// keeps everything before '?' and the fragment as typed and encodes only what must be encoded,
// so rows -> URL -> rows gives the same rows.
QList<KeyValueRow> queryRows(const QString &url);
QString urlWithQueryRows(const QString &url, const QList<KeyValueRow> &rows);

// The Authorization values of the auth helper. It writes them into a visible header row.
QString basicAuthorization(const QString &user, const QString &password);
QString bearerAuthorization(const QString &token);
// The Accept-Language of the interface's language, for the row the window writes only when the
// user asks for it: "zh-CN, zh;q=0.9, en;q=0.8" in Chinese, "en" in English.
QString interfaceAcceptLanguage();
// Sets the first row called name (case-insensitive) to value and switches it on, or appends it.
void setHeaderRow(QList<KeyValueRow> &rows, const QString &name, const QString &value);

QJsonObject compositionToJson(const Composition &composition);
Composition compositionFromJson(const QJsonObject &object);

} // namespace HttpLens
