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
    // Memory for what the file holds, not for the limit (a read of n bytes reserves n first,
    // and under an address-space limit a few such reads of a small file would fail). The size
    // may have changed since it was checked: never more than the limit is read.
    QByteArray content;
    content.reserve(qMin(info.size(), maxBytes) + 1);
    char chunk[64 * 1024];
    for (;;) {
        const qint64 read = file.read(chunk, sizeof chunk);
        if (read < 0) {
            *error = ReaderText::tr("%1 cannot be read: %2.").arg(path, file.errorString());
            return std::nullopt;
        }
        if (read == 0)
            break;
        if (content.size() + read > maxBytes) {
            *error = ReaderText::tr("%1 grew beyond %2 MB while it was read.")
                             .arg(path)
                             .arg(maxBytes / 1000000);
            return std::nullopt;
        }
        content.append(chunk, read);
    }
    return content;
}

} // namespace HttpLens
