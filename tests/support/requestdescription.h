#pragma once

#include "model/request.h"

#include <QStringList>

// A compact, readable rendering of a request: only non-default fields, in a fixed order, so a
// test row can state its whole expectation in one string.
inline QStringList describeRequestParts(const HttpLens::Request &r)
{
    using namespace HttpLens;
    QStringList parts;
    parts << QStringLiteral("url=") + r.url;
    if (!r.method.isEmpty())
        parts << QStringLiteral("method=") + QString::fromLatin1(r.method);
    if (r.noBody)
        parts << QStringLiteral("head");
    if (r.hasBody)
        parts << QStringLiteral("body=") + QString::fromLatin1(r.body);
    for (const HeaderLine &line : r.headers)
        parts << QStringLiteral("H[") + QString::fromLatin1(line.toCurlSyntax()) + QLatin1Char(']');
    if (r.userAgentSet)
        parts << QStringLiteral("ua=") + QString::fromUtf8(r.userAgent);
    if (!r.referer.isEmpty())
        parts << QStringLiteral("referer=") + QString::fromUtf8(r.referer);
    if (!r.userPassword.isEmpty())
        parts << QStringLiteral("user=") + QString::fromUtf8(r.userPassword);
    if (!r.bearerToken.isEmpty())
        parts << QStringLiteral("bearer=") + QString::fromUtf8(r.bearerToken);
    if (!r.cookie.isEmpty())
        parts << QStringLiteral("cookie=") + QString::fromUtf8(r.cookie);
    if (!r.cookieFiles.isEmpty())
        parts << QStringLiteral("cookiefiles=") + QString::number(r.cookieFiles.size());
    if (!r.cookieJar.isEmpty())
        parts << QStringLiteral("jar=") + r.cookieJar;
    if (r.cookieEngine)
        parts << QStringLiteral("engine");
    if (r.followRedirects)
        parts << QStringLiteral("follow");
    if (r.maxRedirects != 50)
        parts << QStringLiteral("maxredirs=%1").arg(r.maxRedirects);
    if (r.httpVersion != HttpVersion::Default)
        parts << QStringLiteral("version=%1").arg(int(r.httpVersion));
    if (r.timeoutMs)
        parts << QStringLiteral("timeout=%1").arg(r.timeoutMs);
    if (r.connectTimeoutMs)
        parts << QStringLiteral("connecttimeout=%1").arg(r.connectTimeoutMs);
    for (const QString &resolve : r.resolve)
        parts << QStringLiteral("resolve=") + resolve;
    if (!r.proxy.isEmpty())
        parts << QStringLiteral("proxy=") + r.proxy;
    if (r.insecure)
        parts << QStringLiteral("insecure");
    if (r.decompress)
        parts << QStringLiteral("compressed");
    return parts;
}

inline QString describeRequest(const HttpLens::Request &r)
{
    return describeRequestParts(r).join(QLatin1Char(' '));
}
