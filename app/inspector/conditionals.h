#pragma once

#include "model/request.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace HttpLens {

struct Exchange;

// The conditional header fields a user switches on and off. Each has its own value so a user can
// send a stale ETag on purpose and watch the 200 come back.
struct Conditionals
{
    struct Field
    {
        bool enabled = false;
        QByteArray value;

        bool operator==(const Field &other) const
        {
            return enabled == other.enabled && value == other.value;
        }
    };

    Field ifNoneMatch;
    Field ifModifiedSince;
    Field ifMatch;
    Field ifUnmodifiedSince;
    Field ifRange;

    // The five fields in the order of conditionalHeaderNames().
    std::array<Field *, 5> fields()
    {
        return {&ifNoneMatch, &ifModifiedSince, &ifMatch, &ifUnmodifiedSince, &ifRange};
    }
    std::array<const Field *, 5> fields() const
    {
        return {&ifNoneMatch, &ifModifiedSince, &ifMatch, &ifUnmodifiedSince, &ifRange};
    }

    bool anyEnabled() const;
    bool operator==(const Conditionals &other) const;
};

// The names of the five fields, in the order they are sent.
const QList<QByteArray> &conditionalHeaderNames();

// Replaces every conditional field in a request's header list with the enabled ones: a toggle
// always wins over a hand-written line of the same name, so the panel says what is sent.
void applyConditionals(QList<HeaderLine> &headers, const Conditionals &conditionals);

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

// If-None-Match and If-Modified-Since switched on with the learned values (RFC 9110 §13.1.1 and
// §13.1.3): what a cache or a careful crawler sends to revalidate.
Conditionals revalidationFor(const LearnedValidators &validators);

// The identity of a resource for "the last response to the same URL": the URL without its
// fragment, with the scheme and host in lower case and a default port dropped.
QString resourceKey(const QString &url);

} // namespace HttpLens
