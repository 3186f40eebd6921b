#pragma once

#include <QByteArray>
#include <QString>

namespace HttpLens {

// The files HTTP Lens keeps between sessions. Each is written whole to a temporary file in the
// same directory and renamed over the old one (QSaveFile), so a crash leaves either the old or
// the new content, never half of one. Files that can hold secrets (history, cookies,
// environments) are created readable by their owner only (0600).
enum class FileSecrecy { Public, Secret };

bool writeFileAtomically(const QString &path,
                         const QByteArray &content,
                         FileSecrecy secrecy,
                         QString *error);

// Moves a damaged file out of the way ("history.jsonl.damaged-20261122-101500") so that it is
// never overwritten; returns the new path, or an empty string when the rename failed.
QString moveAside(const QString &path);

// Reading a file whose content is checked by `valid`: a missing file is not an error, a file
// that fails the check is moved aside and reported in `message`.
struct LoadedFile
{
    enum class Status { Missing, Loaded, MovedAside, Unreadable };
    Status status = Status::Missing;
    QByteArray content;
    QString message; // for the user, when something was wrong
};
LoadedFile loadJsonObjectFile(const QString &path, const QString &what);

// Creates dir (and parents) readable by its owner only.
bool ensurePrivateDirectory(const QString &dir, QString *error);

// Makes a file that others write for HTTP Lens (QSettings' httplens.ini, which holds the last
// request and so perhaps an Authorization row) private before they do: created empty with mode
// 0600 when missing, set to 0600 when not. Qt rewrites it through a temporary file that keeps
// the mode.
bool ensureSecretFile(const QString &path, QString *error);

} // namespace HttpLens
