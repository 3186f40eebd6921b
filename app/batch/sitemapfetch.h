#pragma once

#include "batch/batchchecker.h"

#include <QStringList>

namespace HttpLens {

class Engine;

// The URLs of a sitemap given as a file or a URL, with the sitemaps of an index read in turn (a
// gzipped one too), at most 1,000 sitemaps and two levels deep. A sitemap that cannot be read is
// reported in `problems`; ok is false only when none could be read.
struct SitemapUrls
{
    bool ok = false;
    QStringList urls;
    QStringList problems;
};
// options gives the time limits, TLS verification and headers of the fetches.
SitemapUrls loadSitemapUrls(Engine *engine, const QString &source, const CheckOptions &options);

} // namespace HttpLens
