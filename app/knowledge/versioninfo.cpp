#include "versioninfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <curl/curl.h>

namespace HttpLens {

namespace {

class VersionText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Version)
};

} // namespace

QString VersionInfo::libcurl()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    if (!info)
        return QString();
    QStringList parts;
    if (info->ssl_version)
        parts.append(QString::fromLatin1(info->ssl_version));
    if (info->features & CURL_VERSION_HTTP2)
        parts.append(QStringLiteral("HTTP/2"));
    if (info->features & CURL_VERSION_BROTLI)
        parts.append(QStringLiteral("brotli"));
    if (info->features & CURL_VERSION_ZSTD)
        parts.append(QStringLiteral("zstd"));
    if (info->features & CURL_VERSION_PSL)
        parts.append(QStringLiteral("libpsl"));
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(info->version),
                                         parts.join(QStringLiteral(", ")));
}

QString VersionInfo::qt()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running
                            : VersionText::tr("%1 (built against %2)").arg(running, built);
}

QString VersionInfo::text(const QString &program)
{
    return VersionText::tr("%1 version %2\nlibcurl %3\nQt %4\n")
            .arg(program, QStringLiteral(HTTPLENS_VERSION), libcurl(), qt());
}

} // namespace HttpLens
