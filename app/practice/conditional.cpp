#include "conditional.h"

#include <QCoreApplication>

namespace HttpLens::Practice {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpLens::Practice::Conditional", text);
}

const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kLongDays[]
        = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char *const kMonths[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isEtagChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == 0x21 || (u >= 0x23 && u <= 0x7e) || u >= 0x80;
}

// A list of entity tags as in If-Match and If-None-Match, or "*". Returns false when the field
// is not valid, in which case the precondition is ignored.
bool parseTagList(const QList<QByteArray> &values, bool *star, QList<EntityTag> *tags)
{
    *star = false;
    tags->clear();
    for (const QByteArray &value : values) {
        QByteArrayView rest(value);
        for (;;) {
            while (!rest.isEmpty()
                   && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == ','))
                rest = rest.sliced(1);
            if (rest.isEmpty())
                break;
            if (rest.front() == '*') {
                *star = true;
                rest = rest.sliced(1);
                continue;
            }
            bool weak = false;
            if (rest.startsWith("W/")) {
                weak = true;
                rest = rest.sliced(2);
            }
            if (rest.isEmpty() || rest.front() != '"')
                return false;
            const qsizetype close = rest.indexOf('"', 1);
            if (close < 0)
                return false;
            const QByteArrayView opaque = rest.first(close + 1);
            for (char c : opaque.sliced(1, opaque.size() - 2)) {
                if (!isEtagChar(c))
                    return false;
            }
            tags->append({opaque.toByteArray(), weak});
            rest = rest.sliced(close + 1);
        }
    }
    // "*" combined with tags is not a valid field value.
    return !(*star && !tags->isEmpty()) && (*star || !tags->isEmpty());
}

QDateTime truncatedToSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

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

EntityTag EntityTag::parse(QByteArrayView text, bool *ok)
{
    bool star = false;
    QList<EntityTag> tags;
    const bool valid = parseTagList({text.trimmed().toByteArray()}, &star, &tags) && !star
                       && tags.size() == 1;
    if (ok)
        *ok = valid;
    return valid ? tags.first() : EntityTag();
}

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
    const QTime clock = utc.time();
    auto two = [](int value) { return QByteArray::number(value).rightJustified(2, '0'); };
    return QByteArray(kDays[date.dayOfWeek() - 1]) + ", " + two(date.day()) + ' '
           + kMonths[date.month() - 1] + ' '
           + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + two(clock.hour()) + ':'
           + two(clock.minute()) + ':' + two(clock.second()) + " GMT";
}

PreconditionResult evaluatePreconditions(const QByteArray &method,
                                         const HeaderList &requestHeaders,
                                         const Validators &validators)
{
    PreconditionResult result;
    const bool getOrHead = method == "GET" || method == "HEAD";
    const bool hasEtag = !validators.etag.opaque.isEmpty();
    const QDateTime lastModified = validators.lastModified.isValid()
                                           ? truncatedToSeconds(validators.lastModified)
                                           : QDateTime();
    bool star = false;
    QList<EntityTag> tags;

    // 1. If-Match: strong comparison; "*" matches any current representation.
    const QList<QByteArray> ifMatch = headerValues(requestHeaders, "If-Match");
    if (!ifMatch.isEmpty() && parseTagList(ifMatch, &star, &tags)) {
        bool matched = star && validators.exists;
        for (const EntityTag &tag : std::as_const(tags))
            matched = matched || (validators.exists && hasEtag && tag.strongMatch(validators.etag));
        if (!matched) {
            result.outcome = PreconditionResult::Outcome::PreconditionFailed;
            result.decidedBy = "If-Match";
            result.reason = star ? tr(
                                    "If-Match: * requires the resource to exist, and it does not.")
                                 : tr("No entity tag in If-Match matches the current one %1 by "
                                      "strong comparison.")
                                            .arg(QString::fromLatin1(validators.etag.toHeader()));
            return result;
        }
    } else {
        // 2. If-Unmodified-Since, only when there is no If-Match.
        const QList<QByteArray> ius = headerValues(requestHeaders, "If-Unmodified-Since");
        const QDateTime date = ius.size() == 1 ? parseHttpDate(ius.first()) : QDateTime();
        if (date.isValid() && lastModified.isValid() && lastModified > date) {
            result.outcome = PreconditionResult::Outcome::PreconditionFailed;
            result.decidedBy = "If-Unmodified-Since";
            result.reason = tr("The resource was modified at %1, after %2.")
                                    .arg(QString::fromLatin1(formatHttpDate(lastModified)),
                                         QString::fromLatin1(formatHttpDate(date)));
            return result;
        }
    }

    // 3. If-None-Match: weak comparison; it takes precedence over If-Modified-Since.
    const QList<QByteArray> ifNoneMatch = headerValues(requestHeaders, "If-None-Match");
    if (!ifNoneMatch.isEmpty() && parseTagList(ifNoneMatch, &star, &tags)) {
        bool matched = star && validators.exists;
        for (const EntityTag &tag : std::as_const(tags))
            matched = matched || (validators.exists && hasEtag && tag.weakMatch(validators.etag));
        if (matched) {
            result.outcome = getOrHead ? PreconditionResult::Outcome::NotModified
                                       : PreconditionResult::Outcome::PreconditionFailed;
            result.decidedBy = "If-None-Match";
            result.reason = star ? tr("If-None-Match: * matches because the resource exists.")
                                 : tr("If-None-Match lists %1, which matches the current entity "
                                      "tag by weak comparison.")
                                            .arg(QString::fromLatin1(validators.etag.toHeader()));
        }
        return result;
    }

    // 4. If-Modified-Since, for GET and HEAD only.
    const QList<QByteArray> ims = headerValues(requestHeaders, "If-Modified-Since");
    if (getOrHead && ims.size() == 1 && lastModified.isValid()) {
        const QDateTime date = parseHttpDate(ims.first());
        if (date.isValid() && lastModified <= date) {
            result.outcome = PreconditionResult::Outcome::NotModified;
            result.decidedBy = "If-Modified-Since";
            result.reason = tr("The resource has not been modified since %1 (last modified %2).")
                                    .arg(QString::fromLatin1(formatHttpDate(date)),
                                         QString::fromLatin1(formatHttpDate(lastModified)));
        }
    }
    return result;
}

bool ifRangeAllows(const QByteArray &ifRange, const Validators &validators)
{
    const QByteArray value = ifRange.trimmed();
    if (value.startsWith('"') || value.startsWith("W/")) {
        bool ok = false;
        const EntityTag tag = EntityTag::parse(value, &ok);
        return ok && !validators.etag.opaque.isEmpty() && tag.strongMatch(validators.etag);
    }
    const QDateTime date = parseHttpDate(value);
    return date.isValid() && validators.lastModified.isValid()
           && truncatedToSeconds(validators.lastModified) == date;
}

} // namespace HttpLens::Practice
