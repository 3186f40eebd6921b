#pragma once

#include "inspector/conditionals.h"
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

    bool operator==(const KeyValueRow &other) const
    {
        return enabled == other.enabled && name == other.name && value == other.value;
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
    QList<KeyValueRow> headers;

    BodyMode bodyMode = BodyMode::None;
    QString rawBody;
    QString rawContentType = QStringLiteral("text/plain; charset=utf-8");
    QString jsonBody;
    QList<KeyValueRow> formFields;
    QList<FormPart> multipart;

    Conditionals conditionals;

    bool followRedirects = true;
    int maxRedirects = 10;
    HttpVersion httpVersion = HttpVersion::Default;
    int timeoutSeconds = 30; // 0: none
    bool verifyTls = true;
    bool decompress = true;
    bool useCookieJar = true;
    QString resolve; // "host:port:address", as curl's --resolve

    bool operator==(const Composition &other) const;
};

// The Request a composition sends, or the reasons it cannot be sent yet (invalid JSON, an
// unreadable file, a header row without a name). Header rows are sent in their order, switched
// off rows are left out, and a body mode adds its Content-Type unless a row already sets one.
struct BuiltRequest
{
    Request request;
    QStringList errors;
};

// jarLines: the cookie jar in cookies.txt lines, handed to libcurl when the jar is on. The
// boundary is chosen at random unless given (tests give one).
BuiltRequest buildRequest(const Composition &composition,
                          const QList<QByteArray> &jarLines = {},
                          const QByteArray &boundary = {});

// The editor's view of a request that came from elsewhere (a curl command, a HAR entry, an
// .http file): curl's separate options become the header rows they send (-A User-Agent, -b
// Cookie, -u Authorization, -z If-Modified-Since) and the body is kept byte for byte as raw
// text. What the editor cannot express is described in `notes`.
struct ImportedComposition
{
    Composition composition;
    QStringList notes;
};
ImportedComposition compositionFromRequest(const Request &request);

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
// Sets the first row called name (case-insensitive) to value and switches it on, or appends it.
void setHeaderRow(QList<KeyValueRow> &rows, const QString &name, const QString &value);

QJsonObject compositionToJson(const Composition &composition);
Composition compositionFromJson(const QJsonObject &object);

} // namespace HttpLens
