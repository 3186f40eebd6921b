#include "sitemapfetch.h"

#include "batch/sitemap.h"
#include "http/engine.h"
#include "store/filereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>

namespace HttpLens {

namespace {

class FetchText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Sitemap)
};

constexpr int kMaxSitemaps = 1000;
constexpr qint64 kMaxFileBytes = 60LL * 1000 * 1000;
// The URLs are held in memory (a sitemap index lists its sitemaps in no order a reader could
// stream), so their count is bounded: 20 sitemaps of 50,000 URLs, about 100 MB at most.
constexpr qsizetype kMaxUrls = 1000 * 1000;

bool isWebAddress(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

std::optional<QByteArray> fetch(Engine *engine,
                                const QString &url,
                                const CheckOptions &options,
                                QString *error)
{
    Request request = options.request(url);
    request.followRedirects = true;
    request.decompress = true;
    Transfer *transfer = engine->send(request);
    QEventLoop loop;
    QObject::connect(transfer, &Transfer::finished, &loop, &QEventLoop::quit);
    if (!transfer->isFinished())
        loop.exec();
    const Exchange exchange = transfer->exchange();
    delete transfer;
    if (exchange.error.isError()) {
        *error = FetchText::tr("The sitemap %1 could not be fetched: %2")
                         .arg(url, exchange.error.sentence);
        return std::nullopt;
    }
    if (exchange.status() != 200) {
        *error = FetchText::tr("The sitemap %1 answered %2, not 200.")
                         .arg(url)
                         .arg(exchange.status());
        return std::nullopt;
    }
    if (exchange.body.size() > kMaxFileBytes) {
        *error = FetchText::tr("The sitemap %1 is larger than %2 MB.")
                         .arg(url)
                         .arg(kMaxFileBytes / 1000000);
        return std::nullopt;
    }
    return exchange.body.read();
}

} // namespace

SitemapUrls loadSitemapUrls(Engine *engine, const QString &source, const CheckOptions &options)
{
    SitemapUrls result;
    // Breadth first: (where, depth); a file's relative entries are files beside it.
    QList<std::pair<QString, int>> pending{{source, 0}};
    QSet<QString> seen{source};
    int fetched = 0;
    int parsed = 0;
    while (!pending.isEmpty() && fetched < kMaxSitemaps) {
        const auto [where, depth] = pending.takeFirst();
        QString error;
        const std::optional<QByteArray> bytes = isWebAddress(where)
                                                        ? fetch(engine, where, options, &error)
                                                        : readRegularFile(where,
                                                                          kMaxFileBytes,
                                                                          &error);
        if (!bytes) {
            result.problems.append(error);
            continue;
        }
        ++fetched;
        const Sitemap sitemap = parseSitemap(*bytes);
        if (!sitemap.ok) {
            result.problems.append(FetchText::tr("%1: %2").arg(where, sitemap.error));
            continue;
        }
        ++parsed;
        if (!sitemap.isIndex) {
            const bool tooMany = result.urls.size() + sitemap.locations.size() > kMaxUrls;
            result.urls += sitemap.locations.mid(0, kMaxUrls - result.urls.size());
            if (tooMany) {
                result.problems.append(
                        FetchText::tr("More than %1 URLs: the rest are not checked.").arg(kMaxUrls));
                break;
            }
            continue;
        }
        if (depth >= 2) {
            result.problems.append(FetchText::tr("%1: a sitemap index inside an index inside an "
                                                 "index is not followed.")
                                           .arg(where));
            continue;
        }
        for (QString location : sitemap.locations) {
            if (!isWebAddress(location) && !isWebAddress(where))
                location = QFileInfo(where).dir().filePath(location);
            if (!seen.contains(location)) {
                seen.insert(location);
                pending.append({location, depth + 1});
            }
        }
    }
    if (!pending.isEmpty())
        result.problems.append(
                FetchText::tr("More than %1 sitemaps: the rest are not read.").arg(kMaxSitemaps));
    result.ok = parsed > 0;
    return result;
}

} // namespace HttpLens
