#include "browsercache.h"

#include "files/datafiles.h"
#include "files/filereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace HttpLens {

namespace {

class BrowserCacheText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::BrowserCache)
};

constexpr qint64 kMaxCacheFileBytes = 64 * 1024 * 1024;

QString cacheFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("cache.json"));
}

} // namespace

BrowserCache::BrowserCache() = default;

CacheEntry BrowserCache::entryFor(const Exchange &exchange)
{
    CacheEntry entry;
    const Hop *hop = exchange.finalHop();
    if (!hop || !hop->hasResponse)
        return entry;
    entry.url = hop->url;
    entry.method = hop->request.method.isEmpty() ? exchange.request.effectiveMethod()
                                                 : hop->request.method;
    entry.requestHeaders = hop->request.headers;
    entry.status = hop->response.status;
    entry.responseHeaders = hop->response.headers;
    // The final hop's request went out when it started; its response was complete at the end.
    const QDateTime started = hop->started.isValid() ? hop->started : exchange.started;
    entry.requestTime = started;
    entry.responseTime = exchange.started.isValid() && exchange.timings.totalUs >= 0
                                 ? exchange.started.addMSecs(exchange.timings.totalUs / 1000)
                                 : started;
    if (!entry.responseTime.isValid())
        entry.responseTime = QDateTime::currentDateTimeUtc();
    if (!entry.requestTime.isValid())
        entry.requestTime = entry.responseTime;
    entry.bodyBytes = hop->bodyDecodedBytes;
    return entry;
}

HeaderList BrowserCache::fieldsOf(const QList<HeaderLine> &lines)
{
    HeaderList fields;
    for (const HeaderLine &line : lines) {
        if (line.kind != HeaderLine::Kind::Remove && !line.name.isEmpty())
            fields.append(HeaderField{line.name, line.value});
    }
    return fields;
}

BrowserCache::Recorded BrowserCache::record(const Exchange &exchange)
{
    Recorded recorded;
    const CacheEntry entry = entryFor(exchange);
    if (entry.status == 0 || exchange.error.isError()) {
        recorded.browser.reason = BrowserCacheText::tr("No complete response: nothing to store.");
        recorded.shared = recorded.browser;
        return recorded;
    }
    recorded.browser = m_browser.record(entry);
    recorded.shared = m_shared.record(entry);
    return recorded;
}

BrowserCache::Decisions BrowserCache::decide(const QString &url,
                                             const QByteArray &method,
                                             const HeaderList &requestHeaders,
                                             const QDateTime &at) const
{
    return {CacheDecision::decide(m_browser, url, method, requestHeaders, at),
            CacheDecision::decide(m_shared, url, method, requestHeaders, at)};
}

QStringList BrowserCache::describe(const SimulatedCache::Update &update)
{
    QStringList lines;
    switch (update.kind) {
    case SimulatedCache::Update::Kind::Stored:
        lines.append(BrowserCacheText::tr("Stored. %1").arg(update.reason));
        break;
    case SimulatedCache::Update::Kind::Refreshed:
        lines.append(update.reason);
        for (const FieldChange &change : update.changes)
            lines.append(change.before.isEmpty() ? BrowserCacheText::tr("%1: (none) → %2")
                                                           .arg(QString::fromLatin1(change.name),
                                                                QString::fromLatin1(change.after))
                                                 : BrowserCacheText::tr("%1: %2 → %3")
                                                           .arg(QString::fromLatin1(change.name),
                                                                QString::fromLatin1(change.before),
                                                                QString::fromLatin1(change.after)));
        if (update.changes.isEmpty())
            lines.append(BrowserCacheText::tr("No stored header field changed."));
        break;
    case SimulatedCache::Update::Kind::Invalidated:
        lines.append(update.reason);
        break;
    case SimulatedCache::Update::Kind::NotStored:
        lines.append(BrowserCacheText::tr("Not stored. %1").arg(update.reason));
        break;
    }
    return lines;
}

bool BrowserCache::load(const QString &directory, QString *error)
{
    const QString path = cacheFile(directory);
    if (!QFileInfo::exists(path))
        return true;
    const std::optional<QByteArray> content = readRegularFile(path, kMaxCacheFileBytes, error);
    if (!content)
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*content, &parseError);
    QString why;
    std::optional<SimulatedCache> browser;
    std::optional<SimulatedCache> shared;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        why = parseError.errorString();
    } else {
        browser = SimulatedCache::fromJson(document.object()
                                                   .value(QStringLiteral("browser"))
                                                   .toObject(),
                                           &why);
        if (browser)
            shared = SimulatedCache::fromJson(document.object()
                                                      .value(QStringLiteral("shared"))
                                                      .toObject(),
                                              &why);
    }
    if (!browser || !shared) {
        *error = BrowserCacheText::tr("The cache file %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    m_browser = *browser;
    m_shared = *shared;
    return true;
}

bool BrowserCache::save(const QString &directory, QString *error) const
{
    if (!ensurePrivateDirectory(directory, error))
        return false;
    const QJsonObject object{{QStringLiteral("browser"), m_browser.toJson()},
                             {QStringLiteral("shared"), m_shared.toJson()}};
    // The requests' fields can hold credentials: the file is the user's alone.
    return writeFileAtomically(cacheFile(directory),
                               QJsonDocument(object).toJson(QJsonDocument::Indented),
                               FileSecrecy::Secret,
                               error);
}

} // namespace HttpLens
