#pragma once

#include "cacheentry.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace HttpLens {

// What a browser's private cache, or a shared cache such as a CDN, would hold after the
// responses it saw: entries keyed by URL and by the request fields their Vary names (RFC 9111
// §4.1). It stores what RFC 9111 §3 lets it store, and a 304 refreshes the stored response it
// validated (§4.3.4). Nothing is sent from here; it only remembers and answers.
class SimulatedCache
{
public:
    explicit SimulatedCache(bool shared = false);

    bool isShared() const { return m_shared; }
    const QList<CacheEntry> &entries() const { return m_entries; }

    // What recording one response did to the cache.
    struct Update
    {
        enum class Kind { Stored, Refreshed, NotStored, Invalidated };
        Kind kind = Kind::NotStored;
        QString reason;             // in the user's language
        QList<FieldChange> changes; // Refreshed: the header fields the 304 updated
    };
    Update record(const CacheEntry &response);

    // The stored response a request may be answered from, if any. When entries for the URL
    // exist but none matches, mismatch says which Vary field differs, in the user's language.
    std::optional<CacheEntry> find(const QString &url,
                                   const QByteArray &method,
                                   const HeaderList &requestHeaders,
                                   QString *mismatch = nullptr) const;

    // The cache as JSON, for `httplens-cli send --cache DIR`; fromJson refuses what it cannot
    // read with a sentence, never half a cache.
    QJsonObject toJson() const;
    static std::optional<SimulatedCache> fromJson(const QJsonObject &object, QString *error);

    static constexpr int kMaxEntries = 1000;

private:
    qsizetype indexOf(const QString &url, const HeaderList &requestHeaders) const;

    bool m_shared;
    QList<CacheEntry> m_entries; // oldest first; the oldest goes when kMaxEntries is reached
};

// The request fields a response's Vary names, lower-case; "*" when it varies on everything.
QList<QByteArray> varyNames(const HeaderList &responseHeaders);

} // namespace HttpLens
