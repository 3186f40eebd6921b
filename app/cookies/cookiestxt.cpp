#include "cookiestxt.h"

namespace HttpLens {

QByteArray cookiesTxt(const QList<Cookie> &cookies)
{
    QByteArray text = "# Netscape HTTP Cookie File\n# Written by HTTP Lens; curl reads it with -b "
                      "and writes it with -c.\n\n";
    for (const Cookie &cookie : cookies)
        text += cookie.toNetscapeLine() + '\n';
    return text;
}

CookiesTxt readCookiesTxt(const QByteArray &text)
{
    CookiesTxt read;
    for (const QByteArray &line : text.split('\n')) {
        if (std::optional<Cookie> cookie = Cookie::fromNetscapeLine(line)) {
            read.cookies.append(*cookie);
            continue;
        }
        const QByteArray trimmed = line.trimmed();
        // "#HttpOnly_" lines are cookies; any other '#' line is a comment.
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            ++read.skipped;
    }
    return read;
}

QList<Cookie> mergeCookies(QList<Cookie> jar, const QList<Cookie> &incoming)
{
    for (const Cookie &cookie : incoming) {
        jar.removeIf([&cookie](const Cookie &old) {
            return old.name == cookie.name && old.domain == cookie.domain
                   && old.path == cookie.path;
        });
        jar.append(cookie);
    }
    return jar;
}

} // namespace HttpLens
