#include "units.h"

#include <QLocale>

namespace HttpLens {

QString formatByteSize(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("–");
    if (bytes < 1000)
        return QStringLiteral("%1 B").arg(bytes);
    const char *units[] = {"kB", "MB", "GB", "TB"};
    double value = double(bytes) / 1000.0;
    int unit = 0;
    while (value >= 1000.0 && unit < 3) {
        value /= 1000.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', value < 10 ? 2 : 1),
                                       QLatin1String(units[unit]));
}

QString formatDuration(qint64 microseconds)
{
    if (microseconds < 0)
        return QStringLiteral("–");
    if (microseconds < 1000000)
        return QStringLiteral("%1 ms").arg(QLocale().toString(double(microseconds) / 1000.0,
                                                              'f',
                                                              microseconds < 10000 ? 2 : 1));
    return QStringLiteral("%1 s").arg(QLocale().toString(double(microseconds) / 1e6, 'f', 2));
}

} // namespace HttpLens
