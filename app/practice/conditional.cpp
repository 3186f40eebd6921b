#include "conditional.h"

#include "languagescope.h"

#include <QCoreApplication>

namespace HttpLens::Practice {

namespace {

QString filled(QString text, const QStringList &arguments)
{
    for (const QString &argument : arguments)
        text = text.arg(argument);
    return text;
}

void explain(PreconditionResult *result, const char *source, const QStringList &arguments = {})
{
    result->reasonSource = source;
    result->reasonArguments = arguments;
    result->reason = filled(QString::fromUtf8(source), arguments);
}

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
            if (star)
                explain(&result,
                        QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "If-Match: * requires the resource to exist, and it "
                                          "does not."));
            else
                explain(&result,
                        QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "No entity tag in If-Match matches the current one %1 "
                                          "by strong comparison."),
                        {QString::fromLatin1(validators.etag.toHeader())});
            return result;
        }
    } else {
        // 2. If-Unmodified-Since, only when there is no If-Match.
        const QList<QByteArray> ius = headerValues(requestHeaders, "If-Unmodified-Since");
        const QDateTime date = ius.size() == 1 ? parseHttpDate(ius.first()) : QDateTime();
        if (date.isValid() && lastModified.isValid() && lastModified > date) {
            result.outcome = PreconditionResult::Outcome::PreconditionFailed;
            result.decidedBy = "If-Unmodified-Since";
            explain(&result,
                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                      "The resource was modified at %1, after %2."),
                    {QString::fromLatin1(formatHttpDate(lastModified)),
                     QString::fromLatin1(formatHttpDate(date))});
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
            if (star)
                explain(&result,
                        QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "If-None-Match: * matches because the resource "
                                          "exists."));
            else
                explain(&result,
                        QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "If-None-Match lists %1, which matches the current "
                                          "entity tag by weak comparison."),
                        {QString::fromLatin1(validators.etag.toHeader())});
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
            explain(&result,
                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                      "The resource has not been modified since %1 (last "
                                      "modified %2)."),
                    {QString::fromLatin1(formatHttpDate(date)),
                     QString::fromLatin1(formatHttpDate(lastModified))});
        }
    }
    return result;
}

QString PreconditionResult::reasonSaid() const
{
    return reasonSource ? filled(say(reasonSource), reasonArguments) : reason;
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
