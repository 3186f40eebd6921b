#pragma once

#include "cookies/cookiejar.h"

#include <QByteArray>
#include <QList>

namespace HttpLens {

// cookies.txt, the Netscape cookie file curl reads with -b and writes with -c: the one reader
// and writer for the jar kept in the data folder and for File → Import/Export cookies.txt.

// The file's text: a header curl recognises, then one line per cookie ("#HttpOnly_" kept).
QByteArray cookiesTxt(const QList<Cookie> &cookies);

// The cookies of a file's text; comments and blank lines are skipped silently, every other line
// that is not a cookie is counted in `skipped`.
struct CookiesTxt
{
    QList<Cookie> cookies;
    int skipped = 0;
};
CookiesTxt readCookiesTxt(const QByteArray &text);

// The jar with the incoming cookies added; one of the same name, domain and path is replaced,
// as a browser replaces it.
QList<Cookie> mergeCookies(QList<Cookie> jar, const QList<Cookie> &incoming);

} // namespace HttpLens
