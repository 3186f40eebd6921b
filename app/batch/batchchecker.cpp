#include "batchchecker.h"

#include "batch/checkreport.h"
#include "batch/checkstate.h"
#include "http/engine.h"
#include "model/httpdate.h"
#include "model/url.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <curl/curl.h>

namespace HttpLens {

namespace {

class CheckerText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Check)
};

constexpr int kCommitEvery = 100;
// Transfers handed to the engine ahead of their place, as a multiple of the limits the engine
// keeps: a finished transfer's place is taken on the engine's thread at once.
constexpr int kAhead = 2;
constexpr int kFlushMs = 200;

bool isRetryableTransportError(int code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
        return true;
    default:
        return false;
    }
}

// Retry-After as milliseconds from now: delay-seconds or an HTTP-date (RFC 9110 §10.2.3);
// -1 when absent or unreadable.
qint64 retryAfterMs(const Exchange &exchange)
{
    const Hop *hop = exchange.finalHop();
    if (!hop)
        return -1;
    const QByteArray value = headerValue(hop->response.headers, "Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

int statusClass(int status)
{
    return status >= 100 && status <= 599 ? status / 100 - 1 : 5;
}

} // namespace

BatchChecker::BatchChecker(Engine *engine,
                           UrlSupply *supply,
                           CheckState *state,
                           const CheckOptions &options,
                           QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_supply(supply)
    , m_state(state)
    , m_options(options)
{
    m_options.concurrency = qMax(1, m_options.concurrency);
    m_options.perHost = qMax(1, m_options.perHost);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BatchChecker::flush);
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &BatchChecker::pump);
}

BatchChecker::~BatchChecker()
{
    for (auto &entry : m_inFlight)
        delete entry.first; // cancels quietly
}

void BatchChecker::start()
{
    m_running = true;
    m_clock.start();
    m_engine->setMaxConcurrent(m_options.concurrency);
    m_engine->setMaxPerHost(m_options.perHost);
    m_stats.total = m_supply->total();
    if (m_state && m_state->resumed())
        reportResumed();
    pump();
}

CheckStats BatchChecker::stats() const
{
    CheckStats stats = m_stats;
    // The clock stops when the run does: a summary read later says how long it took.
    if (m_running && m_clock.isValid())
        stats.elapsedMs = m_clock.elapsed();
    return stats;
}

bool BatchChecker::hasRoom() const
{
    return int(m_inFlight.size()) < kAhead * m_options.concurrency;
}

bool BatchChecker::hostHasRoom(const QString &host) const
{
    return m_perHost.value(host) < kAhead * m_options.perHost;
}

// The next URL to send: one parked for a host that has room again, else the supply's next.
bool BatchChecker::takeNext(Job *job)
{
    for (auto it = m_parked.begin(); it != m_parked.end(); ++it) {
        if (hostHasRoom(it.key()) && !it->empty()) {
            *job = std::move(it->front());
            it->pop_front();
            --m_parkedCount;
            if (it->empty())
                m_parked.erase(it);
            return true;
        }
    }
    // Enough URLs wait for busy hosts already: the supply can wait too.
    while (!m_supplyDone && m_parkedCount < 4 * qint64(m_options.concurrency)) {
        const std::optional<UrlListReader::Item> item = m_supply->next();
        if (!item) {
            m_supplyDone = true;
            break;
        }
        if (!item->problem.isEmpty()) {
            ++m_stats.invalid;
            emit invalidLine(item->line, item->problem);
            continue;
        }
        if (m_state && m_state->checkedInThisRun(item->url)) {
            ++m_stats.skipped;
            continue;
        }
        Job next;
        next.item = *item;
        next.host = connectionOrigin(item->url);
        if (!hostHasRoom(next.host)) {
            const QString host = next.host;
            m_parked[host].push_back(std::move(next));
            ++m_parkedCount;
            continue;
        }
        *job = std::move(next);
        return true;
    }
    return false;
}

void BatchChecker::pump()
{
    if (!m_running || m_cancelled)
        return;
    while (hasRoom()) {
        if (m_options.rate > 0) {
            const qint64 now = m_clock.elapsed();
            if (now < m_nextSlotMs) {
                if (!m_rateTimer.isActive())
                    m_rateTimer.start(int(m_nextSlotMs - now));
                break;
            }
            m_nextSlotMs = qMax(m_nextSlotMs, now) + qint64(1000.0 / m_options.rate);
        }
        Job job;
        if (!takeNext(&job))
            break;
        launch(std::move(job));
    }
    finishIfDone();
}

void BatchChecker::launch(Job job)
{
    Request request = m_options.request(job.item.url);
    request.noBody = m_options.head && !job.asGet;
    if (m_state && job.attempt == 1 && !job.asGet)
        job.before = m_state->record(job.item.url);
    job.sentValidators = false;
    if (job.before && job.before->status >= 200 && job.before->status < 300) {
        // The validators exactly as the server sent them (RFC 9110 §13.1.1, §13.1.3).
        if (!job.before->etag.isEmpty())
            request.headers.append({HeaderLine::Kind::Set, "If-None-Match", job.before->etag});
        if (!job.before->lastModified.isEmpty())
            request.headers.append(
                    {HeaderLine::Kind::Set, "If-Modified-Since", job.before->lastModified});
        job.sentValidators = !job.before->etag.isEmpty() || !job.before->lastModified.isEmpty();
    }
    job.startedMs = m_clock.elapsed();
    Transfer *transfer = m_engine->send(request, Engine::BodyHandling::Digest);
    ++m_perHost[job.host];
    m_inFlight.emplace(transfer, std::move(job));
    connect(transfer, &Transfer::finished, this, [this, transfer] { onFinished(transfer); });
}

void BatchChecker::onFinished(Transfer *transfer)
{
    auto it = m_inFlight.find(transfer);
    if (it == m_inFlight.end())
        return;
    Job job = std::move(it->second);
    m_inFlight.erase(it);
    const QString host = job.host;
    if (--m_perHost[host] <= 0)
        m_perHost.remove(host);
    const Exchange exchange = transfer->exchange();
    transfer->deleteLater();
    if (m_cancelled)
        return finishIfDone();
    const int status = exchange.status();
    if (!job.asGet && m_options.head && (status == 405 || status == 501)) {
        job.asGet = true;
        launch(std::move(job));
        return;
    }
    if (!retryLater(job, exchange))
        report(job, exchange);
    pump();
}

bool BatchChecker::retryLater(Job &job, const Exchange &exchange)
{
    if (job.attempt > m_options.retries)
        return false;
    const int status = exchange.status();
    qint64 delayMs = -1;
    if (exchange.error.isError() && !exchange.finalHop()) {
        if (!isRetryableTransportError(exchange.error.curlCode))
            return false;
        delayMs = 500LL << qMin(job.attempt - 1, 6); // 0.5 s, 1 s, 2 s, ...
    } else if (status == 429 || status == 503) {
        delayMs = retryAfterMs(exchange);
        if (delayMs < 0)
            delayMs = 1000;
    } else {
        return false;
    }
    // Waiting longer than the cap, or than the time limit allows, is not worth it.
    if (delayMs > m_options.retryCapMs || (m_options.timeoutMs > 0 && delayMs > m_options.timeoutMs))
        return false;
    ++job.attempt;
    ++m_delayedCount;
    QTimer::singleShot(delayMs, this, [this, job] {
        --m_delayedCount;
        if (m_cancelled)
            return finishIfDone();
        // A retry keeps its place ahead of URLs not yet taken.
        const QString host = job.host;
        if (hasRoom() && hostHasRoom(host)) {
            launch(job);
        } else {
            m_parked[host].push_front(job);
            ++m_parkedCount;
        }
        pump();
    });
    return true;
}

void BatchChecker::report(const Job &job, const Exchange &exchange)
{
    CheckResult result;
    result.line = job.item.line;
    result.url = job.item.url;
    result.finalUrl = exchange.effectiveUrl.isEmpty() ? job.item.url : exchange.effectiveUrl;
    const Hop *final = exchange.finalHop();
    result.status = exchange.status();
    result.reason = final ? final->response.reason : QByteArray();
    result.redirects = qMax(0, int(exchange.hops.size()) - 1);
    for (int i = 0; i < result.redirects; ++i)
        result.hops.append({exchange.hops.at(i).response.status, exchange.hops.at(i).url});
    result.timeMs = exchange.timings.totalUs >= 0 ? double(exchange.timings.totalUs) / 1000.0 : 0;
    result.wireBytes = exchange.headerBytes;
    for (const Hop &hop : exchange.hops)
        result.wireBytes += hop.bodyWireBytes;
    result.attempts = job.attempt;
    result.sentValidators = job.sentValidators;
    const bool failed = exchange.error.isError() && !final;
    if (failed) {
        result.curlCode = exchange.error.curlCode;
        result.error = exchange.error.sentence;
    }
    const ChangeDecision decision = decideChange(job.before,
                                                 result.status,
                                                 exchange.bodyDigest,
                                                 failed,
                                                 job.sentValidators);
    result.change = decision.change;
    result.decidedBy = decision.decidedBy;
    result.note = job.asGet
                          ? CheckerText::tr("HEAD was refused (%1): sent as GET").arg(result.status)
                          : decision.note;
    if (result.status == 304 && job.before && job.before->fullBytes > result.wireBytes)
        result.savedBytes = job.before->fullBytes - result.wireBytes;

    count(result);
    if (!m_state) {
        emit resultReady(result);
        return;
    }
    const QByteArray etag = final ? headerValue(final->response.headers, "ETag") : QByteArray();
    const QByteArray lastModified = final ? headerValue(final->response.headers, "Last-Modified")
                                          : QByteArray();
    m_state->store(updatedRecord(job.before,
                                 result,
                                 etag,
                                 lastModified,
                                 exchange.bodyDigest,
                                 QDateTime::currentSecsSinceEpoch()),
                   checkResultJson(result));
    m_unreported.append(result);
    // Reported once written: a run killed now keeps every URL it reported.
    if (m_unreported.size() >= kCommitEvery)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BatchChecker::count(const CheckResult &result)
{
    ++m_stats.done;
    if (result.change != CheckResult::Change::Error || result.status > 0)
        ++m_stats.byClass[size_t(statusClass(result.status))];
    ++m_stats.byChange[size_t(result.change)];
    m_stats.wireBytes += result.wireBytes;
    m_stats.savedBytes += result.savedBytes;
}

// Results are reported once their records are committed, and marked as reported right after:
// a run killed at any moment loses no result, and one killed between the two steps reports
// the few results of that batch again when resumed, never none.
void BatchChecker::flush()
{
    m_flushTimer.stop();
    const QList<CheckResult> results = std::exchange(m_unreported, {});
    if (m_state && !m_state->commit()) {
        m_stateFailed = true;
        emit stateError(m_state->error());
    }
    for (const CheckResult &result : results)
        emit resultReady(result);
    if (!results.isEmpty())
        emit batchReported();
    if (m_state && !m_stateFailed)
        m_state->markReported();
}

// What the interrupted run checked and committed but did not get to report.
void BatchChecker::reportResumed()
{
    const QList<QByteArray> pending = m_state->unreportedResults();
    for (const QByteArray &json : pending) {
        const std::optional<CheckResult> result = checkResultFromJson(json);
        if (!result)
            continue;
        count(*result);
        emit resultReady(*result);
    }
    if (!pending.isEmpty())
        emit batchReported();
    m_state->markReported();
}

void BatchChecker::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_rateTimer.stop();
    // A cancelled transfer may report at once, which changes m_inFlight.
    std::vector<QPointer<Transfer>> running;
    for (auto &entry : m_inFlight)
        running.emplace_back(entry.first);
    for (const QPointer<Transfer> &transfer : running) {
        if (transfer)
            transfer->cancel();
    }
    finishIfDone();
}

void BatchChecker::finishIfDone()
{
    if (!m_running)
        return;
    const bool idle = m_inFlight.empty() && m_delayedCount == 0;
    if (!idle || (!m_cancelled && (!m_supplyDone || m_parkedCount > 0)))
        return;
    m_running = false;
    m_stats.elapsedMs = m_clock.elapsed();
    flush();
    if (m_state && !m_cancelled)
        m_state->finishRun();
    emit finished(m_cancelled);
}

} // namespace HttpLens
