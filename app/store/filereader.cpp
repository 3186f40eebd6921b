#include "filereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace HttpLens {

namespace {

class ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::FileReader)
};

} // namespace

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error)
{
    // No file name holds a NUL; Qt would only warn on standard error and find nothing.
    if (path.contains(QChar(0))) {
        *error = ReaderText::tr("The file name \"%1\" contains a NUL character, which no file "
                                "name can hold.")
                         .arg(QString(path).replace(QChar(0), QLatin1String("\\0")));
        return std::nullopt;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ReaderText::tr("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = ReaderText::tr("%1 is not a regular file.").arg(path);
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        *error = ReaderText::tr("%1 is larger than %2 MB, more than HTTP Lens reads from such a "
                                "file.")
                         .arg(path)
                         .arg(maxBytes / 1000000);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReaderText::tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    // The size may have changed since it was checked; never read more than the limit.
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes) {
        *error = ReaderText::tr("%1 grew beyond %2 MB while it was read.")
                         .arg(path)
                         .arg(maxBytes / 1000000);
        return std::nullopt;
    }
    return content;
}

} // namespace HttpLens
