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

QDateTime truncatedToSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

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
    // 1. If-Match: strong comparison; "*" matches any current representation.
    const QList<QByteArray> ifMatch = headerValues(requestHeaders, "If-Match");
    const EntityTag::List matchList = EntityTag::parseList(ifMatch);
    if (!ifMatch.isEmpty() && matchList.valid) {
        bool matched = matchList.star && validators.exists;
        for (const EntityTag &tag : matchList.tags)
            matched = matched || (validators.exists && hasEtag && tag.strongMatch(validators.etag));
        if (!matched) {
            result.outcome = PreconditionResult::Outcome::PreconditionFailed;
            result.decidedBy = "If-Match";
            if (matchList.star)
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
    const EntityTag::List noneMatchList = EntityTag::parseList(ifNoneMatch);
    if (!ifNoneMatch.isEmpty() && noneMatchList.valid) {
        const bool matched = (noneMatchList.star && validators.exists)
                             || (validators.exists && hasEtag
                                 && noneMatchList.containsWeakly(validators.etag));
        if (matched) {
            result.outcome = getOrHead ? PreconditionResult::Outcome::NotModified
                                       : PreconditionResult::Outcome::PreconditionFailed;
            result.decidedBy = "If-None-Match";
            if (noneMatchList.star)
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
