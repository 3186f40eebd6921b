#pragma once

#include "cacheentry.h"
#include "freshness.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace HttpLens {

class SimulatedCache;

// What a cache would do with a request at a given moment (RFC 9111 §4): answer from what it
// stored without asking, answer stale while it revalidates in the background, revalidate with
// a conditional request, or fetch the response again. Every step of the reasoning is kept so
// that it can be shown with the real numbers.
struct CacheDecision
{
    enum class Action { Serve, ServeStale, Revalidate, Fetch };

    Action action = Action::Fetch;
    std::optional<CacheEntry> entry; // the stored response used, if any
    Freshness freshness;             // of that response at the moment asked about
    HeaderList conditional;          // Revalidate: If-None-Match and/or If-Modified-Since
    QStringList steps;               // the reasoning, in the user's language, in order

    static CacheDecision decide(const SimulatedCache &cache,
                                const QString &url,
                                const QByteArray &method,
                                const HeaderList &requestHeaders,
                                const QDateTime &at);

    // One line: "serve from the cache: fresh, age 12 s of 60 s", "revalidate with If-None-Match:
    // \"x\"", …
    QString verdict() const;
};

} // namespace HttpLens
