#pragma once

#include "agecalculation.h"
#include "model/exchange.h"
#include "model/headers.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace HttpLens {

// Cache-Control directives of a message, from all its Cache-Control fields together.
class CacheControl
{
public:
    static CacheControl parse(const HeaderList &headers);

    bool has(const QByteArray &directive) const;
    // The delta-seconds argument of a directive. Empty when absent or not a number; conflict is
    // set when the directive appears more than once with different values.
    std::optional<qint64> seconds(const QByteArray &directive, bool *conflict = nullptr) const;

private:
    QList<std::pair<QByteArray, QByteArray>> m_directives; // lower-case name, unquoted value
};

// RFC 9110 §15.1 (and RFC 7725 for 451): status codes a cache may store and reuse without
// explicit freshness.
bool isHeuristicallyCacheable(int status);

// What RFC 9111 says about one response: may a cache store it, for how long it is fresh, how old
// it is now, and what a cache would do with it next.
struct Freshness
{
    enum class Source { None, SMaxAge, MaxAge, Expires, Heuristic };
    enum class Next { Serve, Revalidate, Fetch };

    bool storable = false;
    QString storableReason;
    Source source = Source::None;
    qint64 lifetime = 0;          // seconds
    qint64 currentAge = 0;        // seconds
    qint64 sinceLastModified = 0; // the heuristic's base: Date (or arrival) minus Last-Modified
    AgeCalculation age;           // how currentAge was reached
    bool fresh = false;
    Next next = Next::Fetch;
    QByteArray validatorHeader; // "If-None-Match" or "If-Modified-Since" for a revalidation
    QByteArray validatorValue;
    QStringList notes; // clock skew, conflicting directives, invalid fields, ...
};

struct FreshnessInput
{
    QByteArray method = "GET";
    int status = 200;
    HeaderList requestHeaders;
    HeaderList responseHeaders;
    QDateTime requestTime;  // when the request was sent
    QDateTime responseTime; // when the response arrived
    QDateTime now;
    bool sharedCache = false;
};

Freshness evaluateFreshness(const FreshnessInput &input);

// What a cache does next with the response, in the user's language: "serve from the cache
// without asking the server", "revalidate with If-None-Match: \"v1\"" or "fetch it again".
QString nextStepText(const Freshness &freshness);

// The verdict for a hop of an exchange (normally its final one) as of now: the request and
// response times come from when the exchange started and how long it took.
Freshness evaluateFreshness(const Exchange &exchange, const Hop &hop);

} // namespace HttpLens
