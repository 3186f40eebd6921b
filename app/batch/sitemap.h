#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace HttpLens {

// A sitemap (sitemaps.org): the <loc> of each <url> of a <urlset>, or of each <sitemap> of a
// <sitemapindex>. The bytes may be gzip-compressed (.xml.gz), which is recognised by their magic
// number; what a sitemap may hold by the protocol (50,000 URLs, 50 MB) bounds what is read.
struct Sitemap
{
    bool ok = false;
    QString error;
    bool isIndex = false;
    QStringList locations; // URLs, or sitemaps for an index
};
Sitemap parseSitemap(const QByteArray &bytes);

// gzip-compressed bytes unpacked, up to maxBytes; empty with `error` set when they are not gzip
// or unpack to more.
QByteArray gunzip(const QByteArray &bytes, qint64 maxBytes, QString *error);

} // namespace HttpLens
