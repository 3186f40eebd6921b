#pragma once

#include "batch/checkoptions.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace HttpLens {

class Engine;
class Transfer;

// What reading a sitemap gave: its URLs, and a sentence for each sitemap that could not be read.
// ok is false only when none could be read.
struct SitemapUrls
{
    bool ok = false;
    QStringList urls;
    QStringList problems;
};

// Reads the URLs of a sitemap given as a file or a URL, with the sitemaps of an index read in
// turn (a gzipped one too), at most 1,000 sitemaps and two levels deep. Files are read at once,
// web addresses fetched one after another on the engine without blocking the event loop; cancel()
// stops between two of them or aborts the fetch under way. finished() is emitted once, always
// from the event loop.
class SitemapFetch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitemapFetch)

public:
    // options gives the time limits, TLS verification and headers of the fetches.
    SitemapFetch(Engine *engine,
                 const QString &source,
                 const CheckOptions &options,
                 QObject *parent = nullptr);
    ~SitemapFetch() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    const SitemapUrls &result() const { return m_result; }

signals:
    void finished();

private:
    void next();
    void fetched();
    // False when no more sitemap is to be read.
    bool take(const QString &where, int depth, const QByteArray &bytes);
    void finish();

    Engine *m_engine = nullptr;
    CheckOptions m_options;
    QList<std::pair<QString, int>> m_pending; // where, depth
    QSet<QString> m_seen;
    std::pair<QString, int> m_current;
    Transfer *m_transfer = nullptr;
    int m_read = 0;
    int m_parsed = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    SitemapUrls m_result;
};

} // namespace HttpLens
