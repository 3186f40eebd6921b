#pragma once

#include "interop/curloptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace HttpLens {

// A curl command as text (pasted from a browser's "Copy as cURL", a README or a terminal) turned
// into requests, through the same option parser as `httplens-cli send`. Options that only shape
// curl's output (-o, -s, -v, ...) are accepted and listed in `ignored`, so the user sees what
// did not become part of the request.
struct CurlImport
{
    bool ok = false;
    CurlCommand command;
    QString error;
    QStringList notes;                  // what was left out, in sentences
    QList<FileReadRule::Check> refused; // files it would read that files does not allow
};

// A pasted command was written by someone else: the files it reads (-d @file, -H @file,
// -b FILE, --etag-compare) are read only as files allows; by default nothing is inside.
CurlImport importCurlCommand(const QString &text,
                             const FileReadRule &files = FileReadRule(QString()));
// Several commands, as "Copy all as cURL" writes them (joined by ";" or newlines).
QList<CurlImport> importCurlCommands(const QString &text,
                                     const FileReadRule &files = FileReadRule(QString()));

// True when text starts with "curl" followed by a blank (a leading "$ " prompt allowed), so a
// paste into the URL field can be recognised as a command.
bool looksLikeCurlCommand(const QString &text);

// The curl arguments (without "curl" itself) that send this request, in a stable order:
// URL, method, headers, body, then options. Parsing them back gives the same request.
QList<QByteArray> curlArguments(const Request &request);

// The whole command, every word quoted for bash. Multi-line puts each option on its own line
// with a backslash continuation, as browsers do.
enum class CurlLayout { OneLine, MultiLine };
QString curlCommandLine(const Request &request, CurlLayout layout = CurlLayout::MultiLine);

} // namespace HttpLens
