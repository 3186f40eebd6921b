#pragma once

#include "batch/checkoptions.h"
#include "batch/checkresult.h"
#include "batch/checkstats.h"
#include "batch/fixedsupply.h"
#include "batch/listsupply.h"
#include "batch/urlsupply.h"
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
    // Room for one more transfer, in all and to the host: the engine runs at most the limits at
    // once, and what is handed over beyond waits there.
    bool hasRoom() const;
    bool hostHasRoom(const QString &host) const;
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
