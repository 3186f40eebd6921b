#include "simulatedcache.h"

#include "freshness.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace HttpLens {

namespace {

class CacheText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::SimulatedCache)
};

// RFC 9111 §3.2: what a 304 never changes in the stored response.
bool keptOnRefresh(const QByteArray &name)
{
    static const QList<QByteArray> kept{"connection",
                                        "keep-alive",
                                        "proxy-connection",
                                        "te",
                                        "transfer-encoding",
                                        "upgrade",
                                        "content-length",
                                        "content-encoding",
                                        "content-range",
                                        "proxy-authenticate",
                                        "proxy-authorization",
                                        "proxy-authentication-info"};
    return kept.contains(name.toLower());
}

// A request field's value as a secondary key compares it: all lines joined, blanks squeezed.
QByteArray keyValue(const HeaderList &headers, const QByteArray &name)
{
    return headerValues(headers, name).join(", ").simplified();
}

bool unsafe(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS" && method != "TRACE";
}

// Where the stored request and this one differ in a field the stored response varies on.
QString varyMismatch(const CacheEntry &entry, const HeaderList &requestHeaders)
{
    for (const QByteArray &name : varyNames(entry.responseHeaders)) {
        if (name == "*")
            return CacheText::tr(
                    "The stored response has Vary: *, so it matches no later request.");
        const QByteArray stored = keyValue(entry.requestHeaders, name);
        const QByteArray asked = keyValue(requestHeaders, name);
        if (stored != asked)
            return CacheText::tr("The stored response varies on %1: it was stored for \"%2\", and "
                                 "this request sends \"%3\" (RFC 9111 §4.1).")
                    .arg(QString::fromLatin1(name),
                         QString::fromLatin1(stored),
                         QString::fromLatin1(asked));
    }
    return {};
}

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const HeaderField &field : headers)
        array.append(QJsonArray{QString::fromLatin1(field.name), QString::fromLatin1(field.value)});
    return array;
}

bool headersFromJson(const QJsonValue &value, HeaderList *headers)
{
    if (!value.isArray() || value.toArray().size() > 1000)
        return false;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return false;
        const QByteArray name = pair.at(0).toString().toLatin1();
        const QByteArray text = pair.at(1).toString().toLatin1();
        if (name.isEmpty() || name.contains('\n') || name.contains('\r') || text.contains('\n')
            || text.contains('\r'))
            return false;
        headers->append(HeaderField{name, text});
    }
    return true;
}

} // namespace

QList<QByteArray> varyNames(const HeaderList &responseHeaders)
{
    QList<QByteArray> names;
    for (const QByteArray &value : headerValues(responseHeaders, "Vary")) {
        for (const QByteArray &name : value.split(',')) {
            const QByteArray trimmed = name.trimmed().toLower();
            if (!trimmed.isEmpty() && !names.contains(trimmed))
                names.append(trimmed);
        }
    }
    return names;
}

SimulatedCache::SimulatedCache(bool shared)
    : m_shared(shared)
{}

qsizetype SimulatedCache::indexOf(const QString &url, const HeaderList &requestHeaders) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const CacheEntry &entry = m_entries.at(i);
        if (entry.url == url && varyMismatch(entry, requestHeaders).isEmpty())
            return i;
    }
    return -1;
}

std::optional<CacheEntry> SimulatedCache::find(const QString &url,
                                               const QByteArray &method,
                                               const HeaderList &requestHeaders,
                                               QString *mismatch) const
{
    if (method != "GET" && method != "HEAD")
        return std::nullopt;
    QString why;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const CacheEntry &entry = m_entries.at(i);
        if (entry.url != url)
            continue;
        const QString differs = varyMismatch(entry, requestHeaders);
        if (differs.isEmpty())
            return entry;
        if (why.isEmpty())
            why = differs;
    }
    if (mismatch)
        *mismatch = why;
    return std::nullopt;
}

SimulatedCache::Update SimulatedCache::record(const CacheEntry &response)
{
    Update update;
    if (unsafe(response.method) && response.status >= 200 && response.status < 400) {
        // RFC 9111 §4.4: a successful unsafe request invalidates what is stored for the URL.
        const qsizetype before = m_entries.size();
        m_entries.removeIf([&](const CacheEntry &entry) { return entry.url == response.url; });
        update.kind = before == m_entries.size() ? Update::Kind::NotStored
                                                 : Update::Kind::Invalidated;
        update.reason = CacheText::tr("A successful %1 invalidates what is stored for the URL "
                                      "(RFC 9111 §4.4).")
                                .arg(QString::fromLatin1(response.method));
        return update;
    }
    if (response.method == "HEAD") {
        // RFC 9111 §4.3.5: a HEAD response has no body to store; a cache may use its fields to
        // update a stored GET response, which this simulator leaves to the next GET.
        update.reason = CacheText::tr("A response to HEAD has no body to store.");
        return update;
    }
    if (response.status == 304) {
        const qsizetype index = indexOf(response.url, response.requestHeaders);
        const QByteArray etag = headerValue(response.responseHeaders, "ETag");
        if (index < 0
            || (!etag.isEmpty()
                && etag != headerValue(m_entries.at(index).responseHeaders, "ETag"))) {
            update.reason = CacheText::tr("This 304 validates no stored response.");
            return update;
        }
        CacheEntry &entry = m_entries[index];
        for (const HeaderField &field : response.responseHeaders) {
            if (keptOnRefresh(field.name))
                continue;
            const QByteArray before = headerValue(entry.responseHeaders, field.name);
            const QByteArray after = keyValue(response.responseHeaders, field.name);
            if (before == after)
                continue;
            entry.responseHeaders.removeIf([&](const HeaderField &old) {
                return old.name.compare(field.name, Qt::CaseInsensitive) == 0;
            });
            for (const QByteArray &value : headerValues(response.responseHeaders, field.name))
                entry.responseHeaders.append(HeaderField{field.name, value});
            update.changes.append(FieldChange{field.name, before, after});
        }
        entry.requestTime = response.requestTime;
        entry.responseTime = response.responseTime;
        update.kind = Update::Kind::Refreshed;
        update.reason = CacheText::tr("The 304 refreshed the stored response (RFC 9111 §4.3.4).");
        return update;
    }
    FreshnessInput input;
    input.method = response.method;
    input.status = response.status;
    input.requestHeaders = response.requestHeaders;
    input.responseHeaders = response.responseHeaders;
    input.requestTime = response.requestTime;
    input.responseTime = response.responseTime;
    input.now = response.responseTime;
    input.sharedCache = m_shared;
    const Freshness freshness = evaluateFreshness(input);
    update.reason = freshness.storableReason;
    if (!freshness.storable)
        return update;
    const qsizetype index = indexOf(response.url, response.requestHeaders);
    if (index >= 0)
        m_entries.removeAt(index);
    if (m_entries.size() >= kMaxEntries)
        m_entries.removeFirst();
    m_entries.append(response);
    update.kind = Update::Kind::Stored;
    return update;
}

QJsonObject SimulatedCache::toJson() const
{
    QJsonArray entries;
    for (const CacheEntry &entry : m_entries) {
        entries.append(
                QJsonObject{{QStringLiteral("url"), entry.url},
                            {QStringLiteral("method"), QString::fromLatin1(entry.method)},
                            {QStringLiteral("requestHeaders"), headersToJson(entry.requestHeaders)},
                            {QStringLiteral("status"), entry.status},
                            {QStringLiteral("responseHeaders"),
                             headersToJson(entry.responseHeaders)},
                            {QStringLiteral("requestTime"),
                             entry.requestTime.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("responseTime"),
                             entry.responseTime.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("bodyBytes"), double(entry.bodyBytes)},
                            {QStringLiteral("bodySha256"), QString::fromLatin1(entry.bodySha256)}});
    }
    return QJsonObject{{QStringLiteral("shared"), m_shared}, {QStringLiteral("entries"), entries}};
}

std::optional<SimulatedCache> SimulatedCache::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonArray entries = object.value(QStringLiteral("entries")).toArray();
    if (!object.value(QStringLiteral("entries")).isArray() || entries.size() > kMaxEntries) {
        *error = CacheText::tr("The cache file has no list of at most %1 entries.").arg(kMaxEntries);
        return std::nullopt;
    }
    SimulatedCache cache(object.value(QStringLiteral("shared")).toBool());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject item = entries.at(i).toObject();
        CacheEntry entry;
        entry.url = item.value(QStringLiteral("url")).toString();
        entry.method = item.value(QStringLiteral("method")).toString().toLatin1();
        entry.status = item.value(QStringLiteral("status")).toInt();
        entry.requestTime
                = QDateTime::fromString(item.value(QStringLiteral("requestTime")).toString(),
                                        Qt::ISODateWithMs);
        entry.responseTime
                = QDateTime::fromString(item.value(QStringLiteral("responseTime")).toString(),
                                        Qt::ISODateWithMs);
        entry.bodyBytes = qint64(item.value(QStringLiteral("bodyBytes")).toDouble());
        entry.bodySha256 = item.value(QStringLiteral("bodySha256")).toString().toLatin1();
        if (entry.url.isEmpty() || entry.status < 100 || entry.status > 999
            || !entry.requestTime.isValid() || !entry.responseTime.isValid()
            || !headersFromJson(item.value(QStringLiteral("requestHeaders")), &entry.requestHeaders)
            || !headersFromJson(item.value(QStringLiteral("responseHeaders")),
                                &entry.responseHeaders)) {
            *error = CacheText::tr("Entry %1 of the cache file cannot be read.").arg(i + 1);
            return std::nullopt;
        }
        cache.m_entries.append(entry);
    }
    return cache;
}

} // namespace HttpLens
