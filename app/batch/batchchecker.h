#pragma once

#include "batch/checkresult.h"
#include "batch/urllist.h"
#include "model/exchange.h"
#include "model/request.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>
#include <unordered_map>

namespace HttpLens {

class CheckState;
class Engine;
class Transfer;

// Where the URLs of a check come from, pulled one at a time as the checker has room: a list
// read line by line, or URLs already at hand (a sitemap, text pasted into the window).
class UrlSupply
{
public:
    virtual ~UrlSupply() = default;
    virtual std::optional<UrlListReader::Item> next() = 0;
    // How many URLs there are, when that is known beforehand (-1 otherwise).
    virtual qint64 total() const { return -1; }
};

class ListSupply : public UrlSupply
{
public:
    ListSupply(QIODevice *device, qint64 total);
    std::optional<UrlListReader::Item> next() override { return m_reader.next(); }
    qint64 total() const override { return m_total; }

private:
    UrlListReader m_reader;
    qint64 m_total;
};

class FixedSupply : public UrlSupply
{
public:
    // Lines of a list (blank lines and # comments are skipped, and not counted in total()).
    explicit FixedSupply(const QStringList &lines);
    std::optional<UrlListReader::Item> next() override;
    qint64 total() const override { return m_total; }

private:
    QStringList m_urls;
    qsizetype m_next = 0;
    qint64 m_total = 0;
};

struct CheckOptions
{
    int concurrency = 50;
    int perHost = 6; // requests at once to one scheme, host and port, as browsers allow
    double rate = 0; // requests per second overall; 0: as fast as the limits allow
    qint64 timeoutMs = 30000;
    qint64 connectTimeoutMs = 0;
    bool followRedirects = false;
    int maxRedirects = 50;
    int retries = 0;           // for connection failures and for 429 and 503
    qint64 retryCapMs = 30000; // the longest a Retry-After is waited for
    QList<HeaderLine> headers;
    QByteArray userAgent;
    bool userAgentSet = false;
    bool head = false; // HEAD, sent again as GET where the server refuses it (405, 501)
    bool insecure = false;

    // A GET of url with these headers, limits and TLS settings.
    Request request(const QString &url) const;
    // Why no request could be sent with these options (a header that would split the
    // request, say), in a sentence; empty when they are fine.
    QString problem() const;
};

// Counts of a check so far, for the progress line, the window and the summary.
struct CheckStats
{
    qint64 total = -1; // when known
    qint64 done = 0;
    qint64 invalid = 0;
    qint64 skipped = 0;                  // checked already by the run this one resumes
    std::array<qint64, 6> byClass = {};  // 1xx..5xx, and statuses outside 100-599
    std::array<qint64, 5> byChange = {}; // in the order of CheckResult::Change
    qint64 wireBytes = 0;
    qint64 savedBytes = 0; // what the 304s saved against downloading the resources again
    qint64 elapsedMs = 0;
};

// Checks many URLs at once on one engine: status, redirects, time and bytes of each, and with
// a state whether it changed since the last run, asked with If-None-Match and If-Modified-Since
// (a 304 answers in a few hundred bytes) and decided by a hash of the body where the server
// sends it anyway. Bodies go into the hash and are never kept, so memory does not depend on
// page sizes, and URLs are pulled from their supply as there is room, so it does not depend on
// the length of the list either.
class BatchChecker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchChecker)

public:
    // state may be null (no revalidation, nothing remembered).
    BatchChecker(Engine *engine,
                 UrlSupply *supply,
                 CheckState *state,
                 const CheckOptions &options,
                 QObject *parent = nullptr);
    ~BatchChecker() override;

    void start();
    // Stops taking URLs, cancels the transfers in flight (they are not reported), writes the
    // state and finishes.
    void cancel();
    bool isRunning() const { return m_running; }
    CheckStats stats() const;

signals:
    void resultReady(const HttpLens::CheckResult &result);
    // The results of one batch have all been emitted; they are marked as reported next.
    void batchReported();
    void invalidLine(qint64 line, const QString &problem);
    // The state file could not be written; the run goes on, but cannot be resumed exactly.
    void stateError(const QString &message);
    void finished(bool cancelled);

private:
    struct Job
    {
        UrlListReader::Item item;
        QString host; // scheme, host and port: what the per-host limit counts
        int attempt = 1;
        bool asGet = false; // HEAD was refused
        std::optional<ResourceRecord> before;
        bool sentValidators = false;
        qint64 startedMs = 0;
    };

    void pump();
    bool takeNext(Job *job);
    void launch(Job job);
    void onFinished(Transfer *transfer);
    bool retryLater(Job &job, const Exchange &exchange);
    void report(const Job &job, const Exchange &exchange);
    void count(const CheckResult &result);
    void flush();
    void reportResumed();
    void finishIfDone();

    Engine *m_engine;
    UrlSupply *m_supply;
    CheckState *m_state;
    CheckOptions m_options;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_supplyDone = false;
    bool m_stateFailed = false;
    std::unordered_map<Transfer *, Job> m_inFlight;
    QHash<QString, int> m_perHost;
    QHash<QString, std::deque<Job>> m_parked; // waiting for their host to have room
    qint64 m_parkedCount = 0;
    int m_delayedCount = 0;          // waiting to be retried
    QList<CheckResult> m_unreported; // waiting for the state's commit
    QTimer m_flushTimer;
    QTimer m_rateTimer;
    qint64 m_nextSlotMs = 0;
    QElapsedTimer m_clock;
    CheckStats m_stats;
};

} // namespace HttpLens
