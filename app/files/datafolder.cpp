#include "datafolder.h"

#include <QDir>
#include <QStandardPaths>

namespace HttpLens {

QString defaultDataFolder()
{
    // The window's QCoreApplication names (organisation HttpLens, application httplens) decide
    // its AppDataLocation; the command line has names of its own, so the path is built here.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("HttpLens/httplens"));
}

} // namespace HttpLens
