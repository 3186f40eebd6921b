#pragma once

#include "model/headers.h"
#include "model/httpdate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace HttpLens::Practice {

// An entity tag as it appears on the wire: "W/\"abc\"" or "\"abc\"".
struct EntityTag
{
    QByteArray opaque; // the quoted part, quotes included
    bool weak = false;

    static EntityTag parse(QByteArrayView text, bool *ok = nullptr);
    QByteArray toHeader() const { return weak ? "W/" + opaque : opaque; }
    // RFC 9110 §8.8.3.2: strong comparison needs both strong and equal; weak only equal.
    bool strongMatch(const EntityTag &other) const
    {
        return !weak && !other.weak && opaque == other.opaque;
    }
    bool weakMatch(const EntityTag &other) const { return opaque == other.opaque; }
};

// What the server knows about the selected representation.
struct Validators
{
    bool exists = true;
    EntityTag etag;         // empty opaque: the resource has no ETag
    QDateTime lastModified; // invalid: no Last-Modified
};

// The outcome of evaluating a request's preconditions, with the reason in words.
struct PreconditionResult
{
    enum class Outcome { Proceed, NotModified, PreconditionFailed };
    Outcome outcome = Outcome::Proceed;
    QByteArray decidedBy;               // the request header that decided, empty when none applied
    QString reason;                     // in English, as X-Precondition carries it
    const char *reasonSource = nullptr; // the same, before its arguments, marked for lupdate
    QStringList reasonArguments;

    // The reason in the language of the answer being written (a 412's body).
    QString reasonSaid() const;
};

// RFC 9110 §13.2.2: If-Match, then If-Unmodified-Since (only without If-Match), then
// If-None-Match, then If-Modified-Since (only for GET and HEAD and only without If-None-Match).
PreconditionResult evaluatePreconditions(const QByteArray &method,
                                         const HeaderList &requestHeaders,
                                         const Validators &validators);

// RFC 9110 §13.1.5: whether If-Range lets a Range request be served as 206.
bool ifRangeAllows(const QByteArray &ifRange, const Validators &validators);

} // namespace HttpLens::Practice
