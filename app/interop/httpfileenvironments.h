#pragma once

#include "interop/environment.h"

#include <QStringList>

#include <optional>

namespace HttpLens {

// The environments of an .http file as JetBrains' HTTP client reads them: http-client.env.json
// and http-client.private.env.json beside it, the private file's values first. The window and
// `httplens-cli run` both resolve a file's requests with these, so one file gives one result.
struct FileEnvironments
{
    QList<Environment> list; // one per name, the private file's variables before the public's
    QStringList files;       // the files read
};

// The files beside httpFile; nullopt with a sentence when one exists and cannot be read.
std::optional<FileEnvironments> environmentsBeside(const QString &httpFile, QString *error);
// The same files in a folder (the .http file's).
std::optional<FileEnvironments> environmentsInFolder(const QString &folder, QString *error);
// Files given by name (--env-file).
std::optional<FileEnvironments> environmentsIn(const QStringList &paths, QString *error);

// The variables of environment `name`: the file's first, then `fallback` (the window's own
// environment of that name), so the file wins a lookup.
Variables layeredVariables(const FileEnvironments &files,
                           const QString &name,
                           const Variables &fallback);

} // namespace HttpLens
