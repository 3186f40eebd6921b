#pragma once

#include "model/entitytag.h"
#include "model/headers.h"
#include "model/httpdate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace HttpLens::Practice {

// The entity tags of the practice server are the model's, parsed strictly as RFC 9110 says.
using HttpLens::EntityTag;

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
