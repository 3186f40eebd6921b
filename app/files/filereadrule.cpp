#include "filereadrule.h"

#include "files/datafolder.h"
#include "model/units.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace HttpLens {

namespace {

class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::FileReadRule)
};

// Under home: what holds keys, tokens, passwords and browser sessions.
const char *const kHomeSecrets[] = {
        ".ssh",
        ".gnupg",
        ".aws",
        ".netrc",
        ".docker/config.json",
        ".config/gh",
        ".kube",
        ".git-credentials",
        ".pgpass",
        ".mozilla",
        ".config/google-chrome",
        ".config/chromium",
        ".config/BraveSoftware",
        ".config/microsoft-edge",
        ".password-store",
        ".local/share/keyrings",
};

const char *const kSystemPlaces[] = {"/proc", "/sys", "/dev"};

bool isUnder(const QString &path, const QString &place)
{
    return path == place || path.startsWith(place + QLatin1Char('/'));
}

// The canonical form of what exists; for what does not, the cleaned absolute path under the
// canonical form of its nearest existing parent, so that a symlinked folder still counts.
QString canonical(const QString &absolute)
{
    const QString cleaned = QDir::cleanPath(absolute);
    const QString real = QFileInfo(cleaned).canonicalFilePath();
    if (!real.isEmpty())
        return real;
    const qsizetype slash = cleaned.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return cleaned;
    const QString parent = canonical(cleaned.left(slash));
    return parent + cleaned.mid(slash);
}

} // namespace

FileReadRule::FileReadRule(const QString &folder)
{
    if (!folder.isEmpty())
        m_folder = canonical(QDir(folder).absolutePath());
    const QString home = canonical(QDir::homePath());
    for (const char *secret : kHomeSecrets)
        m_secretPlaces.append(home + QLatin1Char('/') + QLatin1String(secret));
    addSecretPlace(defaultDataFolder());
}

FileReadRule FileReadRule::own()
{
    FileReadRule rule;
    rule.m_own = true;
    return rule;
}

void FileReadRule::addSecretPlace(const QString &path)
{
    if (!path.isEmpty())
        m_secretPlaces.append(canonical(QDir(path).absolutePath()));
}

QString FileReadRule::resolve(const QString &path) const
{
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    if (QDir::isRelativePath(expanded))
        expanded = (m_folder.isEmpty() ? QDir::currentPath() : m_folder) + QLatin1Char('/')
                   + expanded;
    return canonical(expanded);
}

FileReadRule::Place FileReadRule::placeOf(const QString &resolved) const
{
    for (const char *place : kSystemPlaces) {
        if (isUnder(resolved, QLatin1String(place)))
            return Place::System;
    }
    for (const QString &secret : m_secretPlaces) {
        if (isUnder(resolved, secret))
            return Place::Secret;
    }
    if (!m_folder.isEmpty() && resolved.startsWith(m_folder + QLatin1Char('/')))
        return Place::Inside;
    return Place::Outside;
}

FileReadRule::Check FileReadRule::check(const QString &path) const
{
    Check check;
    check.asked = path;
    check.resolved = resolve(path);
    const QFileInfo info(check.resolved);
    if (info.isFile())
        check.size = info.size();
    if (m_own) {
        check.place = Place::Inside;
        check.allowed = true;
        return check;
    }
    check.place = placeOf(check.resolved);
    check.allowed = check.place == Place::Inside || m_allowed.contains(check.resolved)
                    || (m_outside && check.place == Place::Outside);
    return check;
}

QString FileReadRule::shownPath(const QString &resolved)
{
    const QString home = canonical(QDir::homePath());
    if (isUnder(resolved, home) && home != QLatin1String("/"))
        return QLatin1Char('~') + resolved.mid(home.size());
    return resolved;
}

QString FileReadRule::refusal(const Check &check)
{
    // As written, and where it leads when that differs ("../x", a symlink, /proc/self).
    const QString resolved = shownPath(check.resolved);
    const bool same = check.asked.isEmpty() || check.asked == resolved
                      || check.asked == check.resolved;
    QString shown = same ? resolved : RuleText::tr("%1 (that is %2)").arg(check.asked, resolved);
    if (check.size >= 0)
        shown = RuleText::tr("%1, %2,").arg(shown, formatByteSize(check.size));
    switch (check.place) {
    case Place::System:
        return RuleText::tr("%1 is a system file (under /proc, /sys or /dev); it is not read "
                            "without your consent.")
                .arg(shown);
    case Place::Secret:
        return RuleText::tr("%1 is where keys, tokens or passwords are kept; it is not read "
                            "without your consent.")
                .arg(shown);
    case Place::Outside:
    case Place::Inside:
        break;
    }
    return RuleText::tr("%1 is outside the folder of the file that asks for it; it is not read "
                        "without your consent.")
            .arg(shown);
}

} // namespace HttpLens
