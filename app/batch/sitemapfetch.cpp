#include "sitemapfetch.h"

#include "batch/sitemap.h"
#include "files/filereader.h"
#include "http/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

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

// The body of a fetched sitemap, or a sentence saying why there is none.
std::optional<QByteArray> fetchedBody(const QString &url, const Exchange &exchange, QString *error)
{
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

SitemapFetch::SitemapFetch(Engine *engine,
                           const QString &source,
                           const CheckOptions &options,
                           QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_options(options)
    , m_pending{{source, 0}}
    , m_seen{source}
{}

SitemapFetch::~SitemapFetch()
{
    delete m_transfer;
}

void SitemapFetch::start()
{
    // From the event loop, so that the caller has connected finished() whatever happens.
    QTimer::singleShot(0, this, &SitemapFetch::next);
}

void SitemapFetch::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_transfer)
        m_transfer->cancel(); // fetched() follows and finishes
    else
        QTimer::singleShot(0, this, &SitemapFetch::finish);
}

void SitemapFetch::next()
{
    // Breadth first; files are read here, a web address is fetched and continues in fetched().
    while (!m_cancelled && !m_pending.isEmpty() && m_read < kMaxSitemaps) {
        m_current = m_pending.takeFirst();
        const QString &where = m_current.first;
        if (isWebAddress(where)) {
            Request request = m_options.request(where);
            request.followRedirects = true;
            request.decompress = true;
            m_transfer = m_engine->send(request);
            connect(m_transfer, &Transfer::finished, this, &SitemapFetch::fetched);
            if (m_transfer->isFinished())
                QTimer::singleShot(0, this, &SitemapFetch::fetched);
            return;
        }
        QString error;
        const std::optional<QByteArray> bytes = readRegularFile(where, kMaxFileBytes, &error);
        if (!bytes)
            m_result.problems.append(error);
        else if (!take(where, m_current.second, *bytes))
            break;
    }
    finish();
}

void SitemapFetch::fetched()
{
    if (!m_transfer)
        return; // the queued call after a finished() already handled
    Transfer *transfer = m_transfer;
    m_transfer = nullptr;
    const Exchange exchange = transfer->takeExchange();
    transfer->deleteLater();
    if (m_cancelled) {
        // The engine may report a cancelled transfer at once, inside cancel().
        QTimer::singleShot(0, this, &SitemapFetch::finish);
        return;
    }
    QString error;
    const std::optional<QByteArray> bytes = fetchedBody(m_current.first, exchange, &error);
    if (!bytes)
        m_result.problems.append(error);
    else if (!take(m_current.first, m_current.second, *bytes)) {
        finish();
        return;
    }
    next();
}

bool SitemapFetch::take(const QString &where, int depth, const QByteArray &bytes)
{
    ++m_read;
    const Sitemap sitemap = parseSitemap(bytes);
    if (!sitemap.ok) {
        m_result.problems.append(FetchText::tr("%1: %2").arg(where, sitemap.error));
        return true;
    }
    ++m_parsed;
    if (!sitemap.isIndex) {
        const bool tooMany = m_result.urls.size() + sitemap.locations.size() > kMaxUrls;
        m_result.urls += sitemap.locations.mid(0, kMaxUrls - m_result.urls.size());
        if (tooMany) {
            m_result.problems.append(
                    FetchText::tr("More than %1 URLs: the rest are not checked.").arg(kMaxUrls));
            m_pending.clear();
            return false;
        }
        return true;
    }
    if (depth >= 2) {
        m_result.problems.append(FetchText::tr("%1: a sitemap index inside an index inside an "
                                               "index is not followed.")
                                         .arg(where));
        return true;
    }
    for (QString location : sitemap.locations) {
        if (!isWebAddress(location) && !isWebAddress(where))
            location = QFileInfo(where).dir().filePath(location);
        if (!m_seen.contains(location)) {
            m_seen.insert(location);
            m_pending.append({location, depth + 1});
        }
    }
    return true;
}

void SitemapFetch::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_pending.isEmpty() && !m_cancelled)
        m_result.problems.append(
                FetchText::tr("More than %1 sitemaps: the rest are not read.").arg(kMaxSitemaps));
    m_result.ok = m_parsed > 0 && !m_cancelled;
    emit finished();
}

} // namespace HttpLens
