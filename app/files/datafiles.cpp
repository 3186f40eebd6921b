#include "datafiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace HttpLens {

namespace {

class DataFilesText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::DataFiles)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool writeFileAtomically(const QString &path,
                         const QByteArray &content,
                         FileSecrecy secrecy,
                         QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = DataFilesText::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    // The temporary file gets its mode before any byte is in it; the rename keeps it.
    if (secrecy == FileSecrecy::Secret && !file.setPermissions(kOwnerOnly)) {
        *error = DataFilesText::tr("Cannot make %1 private: %2.").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (file.write(content) != content.size() || !file.commit()) {
        *error = DataFilesText::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    return QFile::rename(path, target) ? target : QString();
}

LoadedFile loadJsonObjectFile(const QString &path, const QString &what)
{
    LoadedFile loaded;
    QFile file(path);
    if (!file.exists())
        return loaded;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.status = LoadedFile::Status::Unreadable;
        loaded.message
                = DataFilesText::tr(
                          "The %1 file %2 cannot be read (%3); HTTP Lens starts without it and "
                          "leaves the file alone.")
                          .arg(what, path, file.errorString());
        return loaded;
    }
    loaded.content = file.readAll();
    file.close();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(loaded.content, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        loaded.status = LoadedFile::Status::Loaded;
        return loaded;
    }
    loaded.content.clear();
    const QString aside = moveAside(path);
    loaded.status = aside.isEmpty() ? LoadedFile::Status::Unreadable
                                    : LoadedFile::Status::MovedAside;
    loaded.message
            = aside.isEmpty()
                      ? DataFilesText::tr(
                                "The %1 file %2 is damaged and could not be moved aside; HTTP "
                                "Lens starts without it and leaves the file alone.")
                                .arg(what, path)
                      : DataFilesText::tr(
                                "The %1 file was damaged (%2). It was kept as %3 and HTTP Lens "
                                "starts with an empty one.")
                                .arg(what,
                                     parseError.error == QJsonParseError::NoError
                                             ? DataFilesText::tr("not a JSON object")
                                             : parseError.errorString(),
                                     aside);
    return loaded;
}

bool ensurePrivateDirectory(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = DataFilesText::tr("Cannot create the folder %1.").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, kOwnerOnly | QFileDevice::ExeOwner);
    return true;
}

bool ensureSecretFile(const QString &path, QString *error)
{
    if (!ensurePrivateDirectory(QFileInfo(path).absolutePath(), error))
        return false;
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = DataFilesText::tr("Cannot create %1: %2.").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (!QFile::setPermissions(path, kOwnerOnly)) {
        *error = DataFilesText::tr("Cannot make %1 private.").arg(path);
        return false;
    }
    return true;
}

} // namespace HttpLens
