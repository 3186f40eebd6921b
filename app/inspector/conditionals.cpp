#include "conditionals.h"

#include "model/exchange.h"

#include <QUrl>

namespace HttpLens {

bool Conditionals::anyEnabled() const
{
    return ifNoneMatch.enabled || ifModifiedSince.enabled || ifMatch.enabled
           || ifUnmodifiedSince.enabled || ifRange.enabled;
}

bool Conditionals::operator==(const Conditionals &other) const
{
    return ifNoneMatch == other.ifNoneMatch && ifModifiedSince == other.ifModifiedSince
           && ifMatch == other.ifMatch && ifUnmodifiedSince == other.ifUnmodifiedSince
           && ifRange == other.ifRange;
}

const QList<QByteArray> &conditionalHeaderNames()
{
    static const QList<QByteArray> names = {"If-None-Match",
                                            "If-Modified-Since",
                                            "If-Match",
                                            "If-Unmodified-Since",
                                            "If-Range"};
    return names;
}

void applyConditionals(QList<HeaderLine> &headers, const Conditionals &conditionals)
{
    const QList<QByteArray> &names = conditionalHeaderNames();
    headers.removeIf([&](const HeaderLine &line) {
        for (const QByteArray &name : names) {
            if (line.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    });
    const auto fields = conditionals.fields();
    for (int i = 0; i < 5; ++i) {
        if (!fields.at(i)->enabled)
            continue;
        HeaderLine line;
        line.name = names.at(i);
        line.value = fields.at(i)->value;
        line.kind = line.value.isEmpty() ? HeaderLine::Kind::Empty : HeaderLine::Kind::Set;
        headers.append(line);
    }
}

LearnedValidators validatorsFrom(const Exchange &exchange)
{
    LearnedValidators learned;
    const Hop *hop = exchange.finalHop();
    if (!hop || !hop->hasResponse)
        return learned;
    learned.etag = headerValue(hop->response.headers, "ETag");
    learned.lastModified = headerValue(hop->response.headers, "Last-Modified");
    learned.status = hop->response.status;
    learned.url = exchange.effectiveUrl.isEmpty() ? exchange.request.url : exchange.effectiveUrl;
    learned.received = exchange.started.addMSecs(qMax<qint64>(exchange.timings.totalUs, 0) / 1000);
    return learned;
}

Conditionals revalidationFor(const LearnedValidators &validators)
{
    Conditionals conditionals;
    conditionals.ifNoneMatch.value = validators.etag;
    conditionals.ifNoneMatch.enabled = !validators.etag.isEmpty();
    conditionals.ifModifiedSince.value = validators.lastModified;
    conditionals.ifModifiedSince.enabled = !validators.lastModified.isEmpty();
    return conditionals;
}

QString resourceKey(const QString &url)
{
    QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url.trimmed();
    parsed.setFragment(QString());
    parsed.setScheme(parsed.scheme().toLower());
    parsed.setHost(parsed.host().toLower());
    if ((parsed.scheme() == QLatin1String("http") && parsed.port() == 80)
        || (parsed.scheme() == QLatin1String("https") && parsed.port() == 443))
        parsed.setPort(-1);
    if (parsed.path().isEmpty())
        parsed.setPath(QStringLiteral("/"));
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace HttpLens
