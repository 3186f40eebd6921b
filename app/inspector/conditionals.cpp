#include "conditionals.h"

#include "model/exchange.h"

#include <QUrl>

namespace HttpLens {

const QList<QByteArray> &conditionalHeaderNames()
{
    static const QList<QByteArray> names = {"If-None-Match",
                                            "If-Modified-Since",
                                            "If-Match",
                                            "If-Unmodified-Since",
                                            "If-Range"};
    return names;
}

int conditionalIndex(QByteArrayView name)
{
    const QList<QByteArray> &names = conditionalHeaderNames();
    for (int i = 0; i < names.size(); ++i) {
        if (name.compare(names.at(i), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
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
