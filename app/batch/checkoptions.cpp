#include "checkoptions.h"

namespace HttpLens {

Request CheckOptions::request(const QString &url) const
{
    Request request;
    request.url = url;
    request.headers = headers;
    request.userAgent = userAgent;
    request.userAgentSet = userAgentSet;
    request.timeoutMs = timeoutMs;
    request.connectTimeoutMs = connectTimeoutMs;
    request.followRedirects = followRedirects;
    request.maxRedirects = maxRedirects;
    request.insecure = insecure;
    return request;
}

QString CheckOptions::problem() const
{
    const QList<Request::Problem> problems = request(QStringLiteral("http://example.org/"))
                                                     .problems();
    return problems.isEmpty() ? QString() : problems.first().message;
}

} // namespace HttpLens
