#pragma once

#include "model/request.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace HttpLens {

struct Exchange;

// Where the value of a conditional field came from, so the Conditional tab can say "from the
// pasted command" or "from the ETag of response #3".
struct ValidatorOrigin
{
    enum class Kind { None, Typed, CurlCommand, HarEntry, HttpFile, Response, Captured };
    Kind kind = Kind::None;
    quint64 historyId = 0; // Response: the exchange the value came from

    bool operator==(const ValidatorOrigin &other) const
    {
        return kind == other.kind && historyId == other.historyId;
    }
};
// The conditional fields by name: their places in conditionalHeaderNames(), in
// ValidatorOrigins and in the Conditional tab.
namespace ConditionalField {
enum : int { IfNoneMatch, IfModifiedSince, IfMatch, IfUnmodifiedSince, IfRange, Count };
}

// One origin per conditional field, in the order of conditionalHeaderNames().
using ValidatorOrigins = std::array<ValidatorOrigin, ConditionalField::Count>;

// If-None-Match, If-Modified-Since, If-Match, If-Unmodified-Since and If-Range.
const QList<QByteArray> &conditionalHeaderNames();
// The position of name (case-insensitive) in conditionalHeaderNames(), or -1.
int conditionalIndex(QByteArrayView name);

// The validators a response gave for its resource, and where they came from, so the panel can
// say "from the ETag of response #3 (200) at 10:04:12".
struct LearnedValidators
{
    QByteArray etag;
    QByteArray lastModified;
    quint64 historyId = 0;
    int status = 0;
    QDateTime received;
    QString url;

    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
};

// ETag and Last-Modified of the final response (a 304 carries them too); empty when the
// exchange has neither or no response arrived.
LearnedValidators validatorsFrom(const Exchange &exchange);

// The identity of a resource for "the last response to the same URL": the URL without its
// fragment, with the scheme and host in lower case and a default port dropped.
QString resourceKey(const QString &url);

} // namespace HttpLens
