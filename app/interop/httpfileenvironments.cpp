#include "httpfileenvironments.h"

#include "files/filereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace HttpLens {

namespace {

class EnvironmentFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::EnvironmentFiles)
};

constexpr qint64 kMaxEnvironmentFileBytes = 16LL * 1000 * 1000;

} // namespace

std::optional<FileEnvironments> environmentsIn(const QStringList &paths, QString *error)
{
    FileEnvironments result;
    for (const QString &path : paths) {
        const std::optional<QByteArray> content = readRegularFile(path,
                                                                  kMaxEnvironmentFileBytes,
                                                                  error);
        if (!content)
            return std::nullopt;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*content, &parseError);
        if (!document.isObject()) {
            *error = EnvironmentFileText::tr("%1 is not a JSON object of environments (%2).")
                             .arg(path, parseError.errorString());
            return std::nullopt;
        }
        QStringList problems;
        const Environments environments = environmentsFromJson(document.object(), &problems);
        result.files.append(path);
        // A later file (the private one) goes first: the first match wins a lookup.
        for (const Environment &environment : environments.list) {
            auto same = std::find_if(result.list.begin(),
                                     result.list.end(),
                                     [&environment](const Environment &e) {
                                         return e.name == environment.name;
                                     });
            if (same == result.list.end())
                result.list.append(environment);
            else
                same->variables = environment.variables + same->variables;
        }
    }
    return result;
}

std::optional<FileEnvironments> environmentsBeside(const QString &httpFile, QString *error)
{
    return environmentsInFolder(QFileInfo(httpFile).absolutePath(), error);
}

std::optional<FileEnvironments> environmentsInFolder(const QString &folder, QString *error)
{
    const QDir dir(folder);
    QStringList paths;
    for (const char *name : {"http-client.env.json", "http-client.private.env.json"}) {
        if (dir.exists(QLatin1String(name)))
            paths.append(dir.filePath(QLatin1String(name)));
    }
    return environmentsIn(paths, error);
}

Variables layeredVariables(const FileEnvironments &files,
                           const QString &name,
                           const Variables &fallback)
{
    for (const Environment &environment : files.list) {
        if (environment.name == name)
            return environment.variables + fallback;
    }
    return fallback;
}

} // namespace HttpLens
