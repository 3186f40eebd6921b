#include "engine.h"

#include "curlworker.h"
#include "transferstate.h"
#include "transporterror.h"

#include "model/url.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <curl/curl.h>

#include <mutex>

namespace HttpLens {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

Engine::Engine(QObject *parent)
    : QObject(parent)
{
    globalInit();
    // Told on the worker; the results are read here, from the event loop.
    m_worker = std::make_unique<CurlWorker>(thread(), [this] {
        QMetaObject::invokeMethod(this, &Engine::drain, Qt::QueuedConnection);
    });
}

Engine::~Engine()
{
    auto detach = [](TransferState &state) {
        if (state.transfer) {
            state.transfer->m_engine = nullptr;
            state.transfer->m_state = nullptr;
        }
    };
    for (TransferState *state : m_running)
        detach(*state);
    for (auto &state : m_queue)
        detach(*state);
    m_running.clear();
    m_queue.clear();
    // Stops the thread and drops what it still runs or holds, without a word to anyone.
    m_worker.reset();
}

std::unique_ptr<TransferState> Engine::newState(Transfer *transfer, const Request &request)
{
    auto state = std::make_unique<TransferState>();
    state->id = transfer->id();
    state->transfer = transfer;
    state->capture = m_capture;
    state->clock.start();
    state->exchange.request = request;
    state->exchange.started = QDateTime::currentDateTimeUtc();
    state->exchange.body.setMemoryLimit(m_bodyMemoryLimit);
    transfer->m_state = state.get();
    return state;
}

Transfer *Engine::send(const Request &request, BodyHandling body, BodySink sink)
{
    Q_ASSERT(body != BodyHandling::Stream || sink);
    auto *transfer = new Transfer(this, ++m_nextId);
    std::unique_ptr<TransferState> state = newState(transfer, request);
    state->body = body;
    if (body == BodyHandling::Digest)
        state->digest = std::make_unique<BodyDigest>();
    state->sink = std::move(sink);
    dispatch(std::move(state));
    return transfer;
}

Transfer *Engine::forward(const Request &request, std::shared_ptr<TransferChannel> channel)
{
    Q_ASSERT(channel);
    auto *transfer = new Transfer(this, ++m_nextId);
    std::unique_ptr<TransferState> state = newState(transfer, request);
    state->channel = std::move(channel);
    dispatch(std::move(state));
    return transfer;
}

void Engine::resume(Transfer *transfer)
{
    if (transfer && transfer->m_state && m_running.count(transfer->m_state))
        m_worker->resume(transfer->id());
}

void Engine::dispatch(std::unique_ptr<TransferState> state)
{
    const QList<Request::Problem> problems = state->exchange.request.problems();
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const Request::Problem &problem : problems)
            messages.append(problem.message);
        finishUnsent(*state, problems.first().curlCode, messages.join(QLatin1Char(' ')));
    } else if (!hasRoomOnWorker()) {
        // Queued transfers hold no libcurl handle: a batch of thousands costs little memory.
        m_queue.push_back(std::move(state));
    } else {
        submit(std::move(state));
    }
    // finished() always comes from the event loop, so the caller can connect to it first.
    if (!m_toFinish.empty())
        QMetaObject::invokeMethod(this, &Engine::emitPending, Qt::QueuedConnection);
}

void Engine::finishUnsent(TransferState &state, int curlCode, const QString &sentence)
{
    TransportError error = describeTransportError(curlCode, QString(), state.exchange.request.url);
    if (!sentence.isEmpty()) {
        error.sentence = sentence;
        error.hint = QCoreApplication::translate(
                "HttpLens::Engine", "Nothing was sent. Correct the request and send it again.");
    }
    state.exchange.error = error;
    if (Transfer *transfer = state.transfer) {
        transfer->m_exchange = std::move(state.exchange);
        transfer->m_state = nullptr;
        transfer->m_finished = true;
        m_toFinish.emplace_back(transfer);
    }
}

// The worker holds up to twice the limit, the rest waiting for a place it fills itself as
// transfers finish: the next transfer is ready there before this thread hears of the last.
bool Engine::hasRoomOnWorker() const
{
    return m_maxConcurrent == 0 || int(m_running.size()) < 2 * m_maxConcurrent;
}

void Engine::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(0, count);
    m_worker->setLimits(m_maxConcurrent, m_maxPerHost);
    startQueued();
    emitPending();
}

void Engine::setMaxPerHost(int count)
{
    m_maxPerHost = qMax(0, count);
    m_worker->setLimits(m_maxConcurrent, m_maxPerHost);
}

// The easy handle is configured here, which spares the worker that part of the work; from
// then on the state belongs to the worker until it comes back finished.
void Engine::submit(std::unique_ptr<TransferState> state)
{
    TransferState &ref = *state;
    // Typical sizes for one request and response: growing these piecemeal costs more than the
    // whole capture otherwise does.
    if (ref.capture == Capture::Everything) {
        ref.exchange.trace.reserve(16);
        ref.exchange.traceBytes.reserve(1024);
        ref.exchange.log.reserve(256);
    }
    if (m_maxPerHost > 0)
        ref.hostKey = connectionOrigin(ref.exchange.request.url);
    ref.easy = curl_easy_init();
    if (!ref.easy) {
        finishUnsent(ref, CURLE_FAILED_INIT, QString());
        return;
    }
    if (const CURLcode rc = configureEasy(ref); rc != CURLE_OK) {
        finishUnsent(ref, rc, QString());
        return;
    }
    m_running.insert(state.get());
    m_worker->start(std::move(state));
}

void Engine::startQueued()
{
    while (!m_queue.empty() && hasRoomOnWorker()) {
        std::unique_ptr<TransferState> state = std::move(m_queue.front());
        m_queue.pop_front();
        submit(std::move(state));
    }
}

void Engine::drain()
{
    CurlWorker::Outbox outbox = m_worker->take();
    for (const CurlWorker::Progress &progress : outbox.progress) {
        Transfer *transfer = progress.state->transfer;
        if (!transfer)
            continue;
        transfer->m_received = progress.received;
        transfer->m_expected = progress.expected;
        m_toProgress.emplace_back(transfer);
    }
    for (TransferState *state : outbox.received) {
        if (Transfer *transfer = state->transfer)
            m_toReceive.emplace_back(transfer);
    }
    for (std::unique_ptr<TransferState> &state : outbox.finished) {
        Transfer *transfer = state->transfer;
        if (!transfer)
            continue; // its Transfer was deleted: it was forgotten already
        m_running.erase(state.get());
        if (transfer->m_received != qint64(state->downloaded)) {
            // A transfer that completes within one round still reports its final progress.
            transfer->m_received = qint64(state->downloaded);
            transfer->m_expected = qint64(state->expected);
            m_toProgress.emplace_back(transfer);
        }
        transfer->m_exchange = std::move(state->exchange);
        transfer->m_state = nullptr;
        transfer->m_finished = true;
        m_toFinish.emplace_back(transfer);
    }
    outbox.finished.clear();
    startQueued();
    emitPending();
}

void Engine::emitPending()
{
    auto progress = std::exchange(m_toProgress, {});
    for (const QPointer<Transfer> &transfer : progress) {
        if (transfer)
            emit transfer->progress(transfer->m_received, transfer->m_expected);
    }
    auto received = std::exchange(m_toReceive, {});
    for (const QPointer<Transfer> &transfer : received) {
        if (transfer && !transfer->m_finished)
            emit transfer->received();
    }
    auto finished = std::exchange(m_toFinish, {});
    for (const QPointer<Transfer> &transfer : finished) {
        if (!transfer)
            continue;
        emit transfer->finished();
        if (transfer)
            emit transferFinished(transfer);
    }
}

void Engine::cancelTransfer(Transfer *transfer)
{
    TransferState *state = transfer->m_state;
    if (!state)
        return;
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->get() == state) {
            std::unique_ptr<TransferState> owned = std::move(*it);
            m_queue.erase(it);
            finishUnsent(*owned, CURLE_ABORTED_BY_CALLBACK, QString());
            emitPending();
            return;
        }
    }
    // The callbacks stop at once; the worker removes the transfer and sends it back.
    state->cancelled = true;
    m_worker->cancel(state->id);
}

void Engine::forgetTransfer(Transfer *transfer)
{
    TransferState *state = transfer->m_state;
    if (!state)
        return;
    transfer->m_state = nullptr;
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->get() == state) {
            m_queue.erase(it);
            return;
        }
    }
    if (m_running.erase(state) == 0)
        return;
    // The worker still holds the state: it comes back without a Transfer and is dropped.
    state->transfer = nullptr;
    state->cancelled = true;
    m_worker->cancel(state->id);
    QMetaObject::invokeMethod(this, &Engine::startQueued, Qt::QueuedConnection);
}

} // namespace HttpLens
