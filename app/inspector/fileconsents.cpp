#include "fileconsents.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

namespace HttpLens {

namespace {

const QString kGroup = QStringLiteral("fileConsents");

// Which .http file, and which version of it: a consent lapses when the file changes.
QString fileKey(const QString &httpFile)
{
    const QFileInfo info(httpFile);
    return QString::fromLatin1(
            QCryptographicHash::hash(info.canonicalFilePath().toUtf8(), QCryptographicHash::Sha1)
                    .toHex());
}

QString version(const QString &httpFile)
{
    const QFileInfo info(httpFile);
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

FileReadRule FileConsents::ruleFor(const QString &httpFile)
{
    FileReadRule rule(QFileInfo(httpFile).absolutePath());
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.beginGroup(fileKey(httpFile));
    if (settings.value(QStringLiteral("version")).toString() != version(httpFile))
        return rule; // changed since: asked again
    for (const QString &path : settings.value(QStringLiteral("paths")).toStringList()) {
        // A remembered path that has become a secret place since is asked about again.
        const FileReadRule::Check check = rule.check(path);
        if (check.place == FileReadRule::Place::Outside)
            rule.allow(path);
    }
    return rule;
}

void FileConsents::remember(const QString &httpFile, const FileReadRule::Check &check)
{
    if (check.place != FileReadRule::Place::Outside)
        return;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.beginGroup(fileKey(httpFile));
    QStringList paths;
    if (settings.value(QStringLiteral("version")).toString() == version(httpFile))
        paths = settings.value(QStringLiteral("paths")).toStringList();
    if (!paths.contains(check.resolved))
        paths.append(check.resolved);
    settings.setValue(QStringLiteral("version"), version(httpFile));
    settings.setValue(QStringLiteral("paths"), paths);
}

} // namespace HttpLens
