#include "interopfiles.h"

#include "files/datafiles.h"
#include "files/filereader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace HttpLens {

namespace {

class FilesText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::InteropFiles)
};

// Limits on what is read into memory at once.
constexpr qint64 kMaxHarBytes = 1024LL * 1024 * 1024;
constexpr qint64 kMaxTextFileBytes = 64LL * 1024 * 1024;

} // namespace

HarReadResult readHarFile(const QString &path)
{
    HarReadResult result;
    const std::optional<QByteArray> content = readRegularFile(path, kMaxHarBytes, &result.error);
    if (!content)
        return result;
    result = readHar(*content);
    if (!result.ok)
        result.error = FilesText::tr("%1 cannot be imported: %2").arg(path, result.error);
    return result;
}

bool writeHarFile(const QString &path,
                  const QList<const Exchange *> &exchanges,
                  const HarOptions &options,
                  QString *error)
{
    return writeFileAtomically(path,
                               QJsonDocument(harLog(exchanges, options)).toJson(),
                               options.maskSecrets ? FileSecrecy::Public : FileSecrecy::Secret,
                               error);
}

std::optional<HttpFile> readHttpFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> content = readRegularFile(path, kMaxTextFileBytes, error);
    if (!content)
        return std::nullopt;
    return parseHttpFile(QString::fromUtf8(*content));
}

bool appendToHttpFile(const QString &path, const HttpFileRequest &request, QString *error)
{
    QString existing;
    if (QFileInfo::exists(path)) {
        const std::optional<QByteArray> content = readRegularFile(path, kMaxTextFileBytes, error);
        if (!content)
            return false;
        existing = QString::fromUtf8(*content);
    }
    const QString text = appendHttpFileRequest(existing, request);
    return writeFileAtomically(path, text.toUtf8(), FileSecrecy::Public, error);
}

std::optional<CookiesTxt> readCookiesTxtFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> content = readRegularFile(path, kMaxTextFileBytes, error);
    if (!content)
        return std::nullopt;
    return readCookiesTxt(*content);
}

bool writeCookiesTxtFile(const QString &path, const QList<Cookie> &cookies, QString *error)
{
    return writeFileAtomically(path, cookiesTxt(cookies), FileSecrecy::Secret, error);
}

} // namespace HttpLens
