#pragma once

#include "files/filereadrule.h"

#include "model/request.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace HttpLens {

using Variables = QList<std::pair<QString, QString>>; // name, value; in order

// One request of an .http file, as written: variables ({{name}}) are still in it.
struct HttpFileRequest
{
    QString name;   // "### name" (JetBrains) or "# @name name" (VS Code REST Client)
    int line = 0;   // 1-based line of the request line
    QString method; // GET when only a URL is written
    QString url;    // query continuation lines ("  &page=2") already joined
    Variables headers;
    QString body;                // as written, line ends as LF
    QString bodyFile;            // "< path", relative to the .http file
    bool followRedirects = true; // "# @no-redirect" switches it off
    QStringList notes;           // what HTTP Lens read but does not do (response handlers)
};

// An .http file in the syntax JetBrains' HTTP client and VS Code's REST Client share:
// requests separated by ### lines, # and // comments, @name = value file variables, {{name}}
// references, headers up to the first blank line, then the body.
struct HttpFile
{
    Variables variables;
    QList<HttpFileRequest> requests;
    // Lines where a request should start that are none ("GET not json" in a file that is not an
    // .http file), left out of requests with a sentence each.
    QStringList problems;
};

HttpFile parseHttpFile(const QString &text);

// {{name}} replaced from `lookup`; {{$timestamp}}, {{$isoTimestamp}}, {{$guid}} / {{$uuid}} /
// {{$random.uuid}} and {{$randomInt min max}} are generated. Names with no value are listed in
// `unknown` and left as written.
using VariableLookup = std::function<std::optional<QString>(const QString &name)>;
QString substituteVariables(const QString &text, const VariableLookup &lookup, QStringList *unknown);

// The request to send: file variables (which may refer to each other and to the environment)
// over environment variables, a relative URL completed from the Host field, a body file read
// relative to the folder of the rule (the .http file's) when the rule allows it. A body file
// the rule does not allow is not read: it is in refused, with a sentence in errors.
struct ResolvedHttpRequest
{
    Request request;
    QStringList errors;
    QStringList notes; // what was read from elsewhere ("the body was read from ./payload.json")
    QList<FileReadRule::Check> refused;
};
// Reference: a body file is not read at all; the request names it (Request::bodyFileUnread),
// for a converter that writes "< path" or @path in its place.
enum class BodyFiles { Read, Reference };
ResolvedHttpRequest resolveHttpRequest(const HttpFile &file,
                                       int index,
                                       const Variables &environment,
                                       const FileReadRule &files,
                                       BodyFiles bodyFiles = BodyFiles::Read);

// The index of the request called name, or -1.
int findHttpRequest(const HttpFile &file, const QString &name);

// Writing: one request as an .http block (no leading ###), from a Request or as written.
HttpFileRequest httpFileRequestFrom(const Request &request, const QString &name = {});
QString formatHttpFileRequest(const HttpFileRequest &request);
// `existing` with the request appended after a ### separator; the existing text is kept as it is.
QString appendHttpFileRequest(const QString &existing, const HttpFileRequest &request);

} // namespace HttpLens
