// Two programs on one data folder: the cookie jar and the environments are written whole, so
// each write first merges what the other program wrote since this one last read or wrote the
// file (mergeThreeWays), under a lock file so that two merges do not cross.
#include "workspace.h"

#include "cookies/cookiejar.h"
#include "cookies/cookiestxt.h"
#include "files/datafiles.h"
#include "files/filereader.h"
#include "inspector/threewaymerge.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

namespace HttpLens {

namespace {

constexpr char kActiveKey[] = "_httplensActive";
constexpr qint64 kMaxSharedFileBytes = 32LL * 1000 * 1000;

// What the file holds now; nullopt when it cannot be read (then nothing is merged or written).
std::optional<QByteArray> current(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QByteArray();
    QString error;
    return readRegularFile(path, kMaxSharedFileBytes, &error);
}

QByteArray cookieKey(const Cookie &cookie)
{
    return cookie.domain + '\t' + cookie.path + '\t' + cookie.name;
}

} // namespace

Environments Workspace::environmentsFromFile(const QByteArray &content, QStringList *problems)
{
    QJsonObject object = QJsonDocument::fromJson(content).object();
    const QString active = object.take(QLatin1String(kActiveKey)).toString();
    Environments environments = environmentsFromJson(object, problems);
    environments.active = environments.find(active) ? active : QString();
    return environments;
}

void Workspace::syncShared()
{
    syncCookies();
    syncEnvironments();
}

void Workspace::syncCookies()
{
    if (m_dir.isEmpty() || m_cookiesUntouchable)
        return;
    QLockFile lock(cookiesPath() + QStringLiteral(".lock"));
    lock.tryLock(2000); // a program that died holding it: its stale lock is taken over
    const QList<Cookie> ours = m_jar->cookies();
    const QByteArray oursText = cookiesTxt(ours);
    const std::optional<QByteArray> disk = current(cookiesPath());
    if (!disk)
        return;
    // Nothing changed here or there, as on most of the once-a-second looks: nothing to parse.
    if (*disk == m_savedCookies && oursText == m_savedCookies)
        return;
    QList<Cookie> merged = ours;
    QByteArray mergedText = oursText;
    const QList<Cookie> theirs = readCookiesTxt(*disk).cookies;
    if (*disk != m_savedCookies) {
        merged = mergeThreeWays<Cookie, QByteArray>(readCookiesTxt(m_savedCookies).cookies,
                                                    ours,
                                                    theirs,
                                                    cookieKey);
        mergedText = cookiesTxt(merged);
    }
    // The same cookies as the file holds (whatever its comments): the file stays as it is.
    if (mergedText == cookiesTxt(theirs)) {
        m_savedCookies = *disk;
    } else {
        QString error;
        if (!writeFileAtomically(cookiesPath(), mergedText, FileSecrecy::Secret, &error)) {
            emit problem(error);
            return;
        }
        m_savedCookies = mergedText;
    }
    if (mergedText != oursText) {
        m_syncing = true;
        m_jar->setCookies(merged);
        m_syncing = false;
    }
}

QByteArray Workspace::environmentsFile(const Environments &environments) const
{
    // JetBrains' format, plus the active environment under a key no environment would use.
    QJsonObject object = environmentsToJson(environments);
    if (!environments.active.isEmpty())
        object.insert(QLatin1String(kActiveKey), environments.active);
    return QJsonDocument(object).toJson();
}

void Workspace::syncEnvironments()
{
    if (m_dir.isEmpty() || m_environmentsUntouchable)
        return;
    QLockFile lock(environmentsPath() + QStringLiteral(".lock"));
    lock.tryLock(2000);
    const QByteArray oursText = environmentsFile(m_environments);
    const std::optional<QByteArray> disk = current(environmentsPath());
    if (!disk)
        return;
    Environments merged = m_environments;
    if (*disk != m_savedEnvironments) {
        QStringList problems; // told when the file was opened; a merge keeps what it can read
        const Environments base = environmentsFromFile(m_savedEnvironments, &problems);
        const Environments theirs = environmentsFromFile(*disk, &problems);
        merged.list = mergeThreeWays<Environment, QString>(base.list,
                                                           m_environments.list,
                                                           theirs.list,
                                                           [](const Environment &e) {
                                                               return e.name;
                                                           });
        // The active one is a choice of this program's person unless only the other changed it.
        merged.active = m_environments.active == base.active ? theirs.active
                                                             : m_environments.active;
        if (!merged.find(merged.active))
            merged.active.clear();
    }
    const QByteArray mergedText = environmentsFile(merged);
    // Nothing here and nothing there: no file is made for an empty list.
    const bool nothing = disk->isEmpty() && merged.list.isEmpty() && merged.active.isEmpty();
    if (mergedText != *disk && !nothing) {
        QString error;
        if (!writeFileAtomically(environmentsPath(), mergedText, FileSecrecy::Secret, &error)) {
            emit problem(error);
            return;
        }
    }
    m_savedEnvironments = nothing ? *disk : mergedText;
    if (mergedText != oursText) {
        m_environments = merged;
        emit environmentsChanged();
    }
}

} // namespace HttpLens
