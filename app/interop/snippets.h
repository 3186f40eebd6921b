#pragma once

#include "model/request.h"

#include <QList>
#include <QString>

namespace HttpLens {

// A request written as code for another tool, so that what was worked out in HTTP Lens can go
// into a script. Each snippet sends the same method, URL, headers and body; where the other
// tool adds headers of its own or treats a status differently (urllib raises HTTPError on a 304),
// the snippet says so in a comment.
enum class SnippetLanguage {
    Curl,
    PythonRequests,
    PythonUrllib,
    HTTPie,
    JavaScriptFetch,
    CppLibcurl
};

QList<SnippetLanguage> snippetLanguages();
QString snippetLanguageName(SnippetLanguage language); // "Python (requests)", ...
QString snippet(const Request &request, SnippetLanguage language);

} // namespace HttpLens
