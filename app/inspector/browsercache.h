#pragma once

#include "knowledge/cachedecision.h"
#include "knowledge/simulatedcache.h"
#include "model/exchange.h"

#include <QString>

namespace HttpLens {

// The browser-cache simulator as the window and `httplens-cli send --cache DIR` both use it: a
// private cache (a browser's) and a shared one (a CDN's) fed with every finished exchange, and
// what each would do with the next request at a chosen moment. One object, one path: the
// window asks it before "Send as a browser would", the command line before each request.
class BrowserCache
{
public:
    BrowserCache();

    const SimulatedCache &browser() const { return m_browser; }
    const SimulatedCache &shared() const { return m_shared; }

    struct Recorded
    {
        SimulatedCache::Update browser;
        SimulatedCache::Update shared;
    };
    // Feeds both caches with the exchange's final response.
    Recorded record(const Exchange &exchange);

    struct Decisions
    {
        CacheDecision browser;
        CacheDecision shared;
    };
    Decisions decide(const QString &url,
                     const QByteArray &method,
                     const HeaderList &requestHeaders,
                     const QDateTime &at) const;

    // The final response of an exchange as a cache sees it, with the times RFC 9111 uses.
    static CacheEntry entryFor(const Exchange &exchange);
    // What the header fields of a request are, as a cache compares them for Vary.
    static HeaderList fieldsOf(const QList<HeaderLine> &lines);
    // What recording did, in sentences: stored or not and why, and a 304's changes with the
    // old and the new value of every field.
    static QStringList describe(const SimulatedCache::Update &update);

    // DIR/cache.json. A missing file is an empty cache; a file that cannot be read is refused
    // with a sentence and left untouched.
    bool load(const QString &directory, QString *error);
    bool save(const QString &directory, QString *error) const;

private:
    SimulatedCache m_browser{false};
    SimulatedCache m_shared{true};
};

} // namespace HttpLens
