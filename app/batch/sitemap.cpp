#include "sitemap.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <zlib.h>

namespace HttpLens {

namespace {

class SitemapText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Sitemap)
};

constexpr qint64 kMaxSitemapBytes = 50LL * 1000 * 1000;
constexpr int kMaxLocations = 50000;

} // namespace

QByteArray gunzip(const QByteArray &bytes, qint64 maxBytes, QString *error)
{
    z_stream stream = {};
    // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        *error = SitemapText::tr("The gzip decoder could not start.");
        return {};
    }
    QByteArray out;
    char buffer[64 * 1024];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            *error = SitemapText::tr("The compressed sitemap unpacks to more than %1 MB.")
                             .arg(maxBytes / 1000000);
            return {};
        }
        if (stream.avail_in == 0 && rc == Z_OK && stream.avail_out != 0)
            break; // the input ended before the stream did
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) {
        *error = SitemapText::tr("The gzip data is damaged or cut off.");
        return {};
    }
    return out;
}

Sitemap parseSitemap(const QByteArray &raw)
{
    Sitemap sitemap;
    QByteArray bytes = raw;
    if (bytes.startsWith("\x1f\x8b")) {
        bytes = gunzip(raw, kMaxSitemapBytes, &sitemap.error);
        if (bytes.isEmpty())
            return sitemap;
    }
    if (bytes.size() > kMaxSitemapBytes) {
        sitemap.error = SitemapText::tr("The sitemap is larger than %1 MB.")
                                .arg(kMaxSitemapBytes / 1000000);
        return sitemap;
    }
    if (bytes.trimmed().isEmpty()) {
        sitemap.error = SitemapText::tr("The sitemap is empty.");
        return sitemap;
    }
    QXmlStreamReader xml(bytes);
    bool inEntry = false;
    bool rootSeen = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!rootSeen) {
                rootSeen = true;
                if (name == QLatin1String("sitemapindex")) {
                    sitemap.isIndex = true;
                } else if (name != QLatin1String("urlset")) {
                    sitemap.error = SitemapText::tr("This is no sitemap: its root element is "
                                                    "<%1>, not <urlset> or <sitemapindex>.")
                                            .arg(name.toString());
                    return sitemap;
                }
            } else if (name == QLatin1String("url") || name == QLatin1String("sitemap")) {
                inEntry = true;
            } else if (inEntry && name == QLatin1String("loc")) {
                const QString location = xml.readElementText().trimmed();
                if (!location.isEmpty())
                    sitemap.locations.append(location);
                if (sitemap.locations.size() > kMaxLocations) {
                    sitemap.error = SitemapText::tr("The sitemap lists more than %1 entries, the "
                                                    "most the protocol allows.")
                                            .arg(kMaxLocations);
                    return sitemap;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("url") || xml.name() == QLatin1String("sitemap"))
                inEntry = false;
        }
    }
    if (xml.hasError()) {
        sitemap.error = SitemapText::tr("The sitemap is not well-formed XML (line %1): %2")
                                .arg(xml.lineNumber())
                                .arg(xml.errorString());
        return sitemap;
    }
    if (!rootSeen) {
        sitemap.error = SitemapText::tr("The sitemap is empty.");
        return sitemap;
    }
    sitemap.ok = true;
    return sitemap;
}

} // namespace HttpLens
