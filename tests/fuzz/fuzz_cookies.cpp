// cookies.txt, Set-Cookie and Cookie fields: every line read all three ways, the jar written
// back, and the Cookie field a client would send computed from what was read.
#include "cookies/cookiejar.h"
#include "cookies/cookiestxt.h"
#include "fuzzinput.h"

#include <QUrl>

using namespace HttpLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    const CookiesTxt jar = readCookiesTxt(input);
    readCookiesTxt(cookiesTxt(jar.cookies));
    for (const QByteArray &line : input.split('\n')) {
        const SetCookie setCookie = SetCookie::parse(line);
        setCookie.attribute("Domain");
        parseCookieHeader(line);
        if (const std::optional<Cookie> cookie = Cookie::fromNetscapeLine(line))
            Cookie::fromNetscapeLine(cookie->toNetscapeLine());
    }
    mergeCookies(jar.cookies, jar.cookies);
    cookieHeaderFor(jar.cookies, QUrl(QStringLiteral("https://www.example.com/a/b")), 1700000000);
    return 0;
}
