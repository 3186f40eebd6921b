#pragma once

#include "files/filereadrule.h"

#include <QString>

namespace HttpLens {

// The person's answers to "send the contents of this file?" for the requests of an .http file,
// kept in the settings: a path agreed to for one .http file is read again without asking until
// that .http file changes (its size or modification time). Secret and system places are never
// remembered: they are asked about every time.
class FileConsents
{
public:
    // The rule for the requests of httpFile: its folder, with the paths agreed to before.
    static FileReadRule ruleFor(const QString &httpFile);
    // Remembers that resolvedPath may be read for httpFile (unless it is a secret or system
    // place, which rule.allow() covers for this one time only).
    static void remember(const QString &httpFile, const FileReadRule::Check &check);
};

} // namespace HttpLens
