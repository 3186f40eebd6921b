#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace HttpLens {

// Which files a request may read when a file or a pasted command asks for them (an .http file's
// "< path", a pasted curl command's -d @path, -H @path, -F name=@path, -b FILE): such a file
// travels through repositories, chat and web pages, and whoever wrote it chose the path, not
// the person who opens it. A path is resolved (relative to the folder of the file that asks,
// "~" expanded, symlinks followed) and may be read without asking only when it lies inside
// that folder and is no secret place. Outside the folder, under /proc, /sys or /dev, or in a
// secret place (~/.ssh, ~/.gnupg, ~/.aws, ~/.netrc, ~/.kube, browser profiles, HTTP Lens's own
// data folder, where the capture's CA key lives), it is read only with consent: allow() for one
// path, allowOutside() for everything outside the folder but secret places. A command the
// person typed is their own choice: FileReadRule::own() allows everything.
class FileReadRule
{
public:
    enum class Place {
        Inside,  // under the folder of the file that asks
        Outside, // anywhere else
        System,  // /proc, /sys, /dev: the process's environment, devices
        Secret,  // keys, tokens and passwords, and HTTP Lens's own data folder
    };
    struct Check
    {
        QString asked;    // as written
        QString resolved; // absolute, symlinks followed where the file exists
        Place place = Place::Outside;
        bool allowed = false;
        qint64 size = -1; // -1 when it is no regular file that exists
    };

    // Reads asked for by a file in folder; an empty folder (a command pasted into the window)
    // has nothing inside.
    explicit FileReadRule(const QString &folder);
    // The person's own command line: every file is theirs to send.
    static FileReadRule own();

    void allow(const QString &resolvedPath) { m_allowed.insert(resolvedPath); }
    void allowOutside() { m_outside = true; }
    // Where the data folder is, when not the default one (--data-dir): a secret place too.
    void addSecretPlace(const QString &path);

    Check check(const QString &path) const;
    QString resolve(const QString &path) const;
    QString folder() const { return m_folder; }

    // A path as a person reads it, home shortened to "~".
    static QString shownPath(const QString &resolved);
    // Why a file is not read without consent: "~/.ssh/id_rsa (2.6 kB) holds keys or passwords;
    // it is not read without your consent."
    static QString refusal(const Check &check);

private:
    FileReadRule() = default;
    Place placeOf(const QString &resolved) const;

    QString m_folder; // canonical, without a trailing slash; empty: nothing is inside
    bool m_own = false;
    bool m_outside = false;
    QSet<QString> m_allowed;
    QList<QString> m_secretPlaces;
};

} // namespace HttpLens
