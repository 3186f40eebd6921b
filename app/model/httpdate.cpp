#include "httpdate.h"

#include <QList>

namespace HttpLens {

namespace {

const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kMonths[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthIndex(QByteArrayView name)
{
    for (int i = 0; i < 12; ++i) {
        if (name == kMonths[i])
            return i + 1;
    }
    return 0;
}

bool parseClock(QByteArrayView text, int *h, int *m, int *s)
{
    if (text.size() != 8 || text.at(2) != ':' || text.at(5) != ':')
        return false;
    bool ok1 = false, ok2 = false, ok3 = false;
    *h = text.sliced(0, 2).toInt(&ok1);
    *m = text.sliced(3, 2).toInt(&ok2);
    *s = text.sliced(6, 2).toInt(&ok3);
    return ok1 && ok2 && ok3 && *h < 24 && *m < 60 && *s < 61;
}

QDateTime makeDate(int year, int month, int day, QByteArrayView clock)
{
    int h = 0, m = 0, s = 0;
    if (month == 0 || !parseClock(clock, &h, &m, &s))
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    return QDateTime(date, QTime(h, m, qMin(s, 59)), Qt::UTC);
}

} // namespace

QDateTime parseHttpDate(QByteArrayView text)
{
    const QList<QByteArray> parts = text.trimmed().toByteArray().simplified().split(' ');
    bool ok = false;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    if (parts.size() == 6 && parts.at(0).endsWith(',') && parts.at(5) == "GMT") {
        const int day = parts.at(1).toInt(&ok);
        const int year = ok ? parts.at(3).toInt(&ok) : 0;
        if (ok && parts.at(1).size() == 2 && parts.at(3).size() == 4)
            return makeDate(year, monthIndex(parts.at(2)), day, parts.at(4));
        return {};
    }
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
    if (parts.size() == 4 && parts.at(0).endsWith(',') && parts.at(3) == "GMT") {
        const QList<QByteArray> dmy = parts.at(1).split('-');
        if (dmy.size() != 3)
            return {};
        const int day = dmy.at(0).toInt(&ok);
        int year = ok ? dmy.at(2).toInt(&ok) : 0;
        if (!ok || dmy.at(2).size() != 2)
            return {};
        // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is in the past.
        const int currentYear = QDate::currentDate().year();
        year += (currentYear / 100) * 100;
        if (year > currentYear + 50)
            year -= 100;
        return makeDate(year, monthIndex(dmy.at(1)), day, parts.at(2));
    }
    // asctime: "Sun Nov  6 08:49:37 1994"
    if (parts.size() == 5) {
        const int day = parts.at(2).toInt(&ok);
        const int year = ok ? parts.at(4).toInt(&ok) : 0;
        if (ok && parts.at(4).size() == 4)
            return makeDate(year, monthIndex(parts.at(1)), day, parts.at(3));
    }
    return {};
}

QByteArray formatHttpDate(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    // An IMF-fixdate has a four-digit year; an invalid moment has no date at all.
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    const QTime clock = utc.time();
    auto two = [](int value) { return QByteArray::number(value).rightJustified(2, '0'); };
    return QByteArray(kDays[date.dayOfWeek() - 1]) + ", " + two(date.day()) + ' '
           + kMonths[date.month() - 1] + ' '
           + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + two(clock.hour()) + ':'
           + two(clock.minute()) + ':' + two(clock.second()) + " GMT";
}

} // namespace HttpLens
