#include "curlworker.h"

#include "transferstate.h"

#include <QThread>

#include <curl/curl.h>

#include <algorithm>
#include <chrono>

namespace HttpLens {

namespace {

// The longest curl_multi_poll() waits when libcurl has no timeout of its own to offer; any
// request, cancellation or stop wakes it at once.
constexpr int kPollMs = 1000;
// How long the worker waits on the processor for the owner's next request.
constexpr int kAwaitUs = 50;
// Idle connections libcurl keeps open for reuse.
constexpr int kIdleConnections = 256;

} // namespace

CurlWorker::CurlWorker(QThread *owner, std::function<void()> notify)
    : m_owner(owner)
    , m_notify(std::move(notify))
{
    m_multi = curl_multi_init();
    if (!m_multi)
        qFatal("libcurl could not create a multi handle");
    // libcurl keeps four idle connections per easy handle it holds, and the engine's handles come
    // and go with their transfers: between two bursts it would close what the next one needs.
    // A fixed cache keeps connections to a busy origin for reuse (the capture proxy relays
    // thousands of requests to one server).
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, long(kIdleConnections));
    m_thread = std::thread([this] { run(); });
}

CurlWorker::~CurlWorker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    wakeUp();
    m_thread.join();
    for (auto &entry : m_running)
        removeHandle(entry.first);
    m_running.clear(); // each state cleans up its own easy handle
    m_waiting.clear();
    m_inbox.clear();
    curl_multi_cleanup(m_multi);
}

void CurlWorker::wake()
{
    // Called with m_mutex held: one wake-up per round is enough.
    if (!m_awake) {
        m_awake = true;
        m_work.store(true, std::memory_order_seq_cst);
        if (!m_spinning.load(std::memory_order_seq_cst))
            wakeUp();
    }
}

void CurlWorker::wakeUp()
{
    // Should the wake-up fail, curl_multi_poll() still returns within kPollMs: the work waits
    // that long, it is not lost.
    const CURLMcode rc = curl_multi_wakeup(m_multi);
    if (rc != CURLM_OK)
        qWarning("curl_multi_wakeup: %s", curl_multi_strerror(rc));
}

void CurlWorker::setLimits(int maxRunning, int maxPerHost)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_maxRunning = qMax(0, maxRunning);
    m_maxPerHost = qMax(0, maxPerHost);
    wake();
}

void CurlWorker::start(std::unique_ptr<TransferState> state)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_inbox.push_back(std::move(state));
    wake();
}

void CurlWorker::cancel(quint64 id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancels.push_back(id);
    wake();
}

void CurlWorker::resume(quint64 id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_resumes.push_back(id);
    wake();
}

CurlWorker::Outbox CurlWorker::take()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_told = false;
    return std::exchange(m_outbox, {});
}

void CurlWorker::run()
{
    for (;;) {
        std::vector<std::unique_ptr<TransferState>> incoming;
        std::vector<quint64> cancels;
        std::vector<quint64> resumes;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping)
                return;
            incoming.swap(m_inbox);
            cancels.swap(m_cancels);
            resumes.swap(m_resumes);
            m_limitRunning = m_maxRunning;
            m_limitPerHost = m_maxPerHost;
            m_awake = false;
            m_work.store(false, std::memory_order_seq_cst);
        }
        admit(std::move(incoming));
        abort(cancels);
        unpause(resumes);
        startWaiting();
        int running = 0;
        const CURLMcode performed = curl_multi_perform(m_multi, &running);
        if (performed != CURLM_OK)
            failRunning("curl_multi_perform", performed);
        collect();
        // Places that came free are taken by waiting transfers at once; they start connecting
        // in the next round, without waiting for the poll.
        const bool started = startWaiting();
        // With nothing left to run, the owner's answer to what was just handed over is often
        // the next request (one URL after another): waiting for it a few microseconds on the
        // processor is cheaper than two trips through the scheduler.
        if (publish() && m_running.empty() && awaitWork())
            continue;
        if (started)
            continue;
        const CURLMcode polled = curl_multi_poll(m_multi, nullptr, 0, kPollMs, nullptr);
        if (polled != CURLM_OK)
            failRunning("curl_multi_poll", polled);
    }
}

// The multi handle refused to go on (out of memory, a broken internal state): every transfer
// it holds ends now with libcurl's reason, instead of waiting for an answer that cannot come.
void CurlWorker::failRunning(const char *call, int code)
{
    const CURLMcode rc = CURLMcode(code);
    auto running = std::exchange(m_running, {});
    m_runningPerHost.clear();
    for (auto &entry : running) {
        removeHandle(entry.first);
        qsnprintf(entry.second->errorBuffer,
                  CURL_ERROR_SIZE,
                  "%s: %s",
                  call,
                  curl_multi_strerror(rc));
        finish(std::move(entry.second), CURLE_FAILED_INIT);
    }
}

void CurlWorker::removeHandle(void *easy)
{
    const CURLMcode rc = curl_multi_remove_handle(m_multi, easy);
    // The handle is cleaned up next whatever the answer; an error here only says libcurl had
    // already let go of it.
    if (rc != CURLM_OK)
        qWarning("curl_multi_remove_handle: %s", curl_multi_strerror(rc));
}

void CurlWorker::admit(std::vector<std::unique_ptr<TransferState>> states)
{
    for (std::unique_ptr<TransferState> &state : states)
        m_waiting.push_back(std::move(state));
}

bool CurlWorker::hasRoom(const TransferState &state) const
{
    return m_limitPerHost <= 0 || state.hostKey.isEmpty()
           || m_runningPerHost.value(state.hostKey) < m_limitPerHost;
}

// In the order they were handed over, except that one whose host is at its limit lets the
// others pass.
bool CurlWorker::startWaiting()
{
    bool started = false;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (m_limitRunning > 0 && int(m_running.size()) >= m_limitRunning)
            break;
        if (!hasRoom(**it)) {
            ++it;
            continue;
        }
        std::unique_ptr<TransferState> state = std::move(*it);
        it = m_waiting.erase(it);
        // Its times count from here: the wait for a place was the engine's queue.
        state->addedUs = state->clock.nsecsElapsed() / 1000;
        state->exchange.timings.queueUs = state->addedUs;
        state->progressList = &m_progressDirty;
        state->channelList = &m_channelDirty;
        CURL *easy = state->easy;
        const CURLMcode rc = curl_multi_add_handle(m_multi, easy);
        if (rc != CURLM_OK) {
            qstrncpy(state->errorBuffer, curl_multi_strerror(rc), CURL_ERROR_SIZE);
            finish(std::move(state), CURLE_FAILED_INIT);
            continue;
        }
        if (!state->hostKey.isEmpty())
            ++m_runningPerHost[state->hostKey];
        m_running.emplace(easy, std::move(state));
        started = true;
    }
    return started;
}

std::unique_ptr<TransferState> CurlWorker::release(void *easy)
{
    auto it = m_running.find(easy);
    if (it == m_running.end())
        return nullptr;
    std::unique_ptr<TransferState> state = std::move(it->second);
    m_running.erase(it);
    if (!state->hostKey.isEmpty()) {
        auto count = m_runningPerHost.find(state->hostKey);
        if (count != m_runningPerHost.end() && --count.value() <= 0)
            m_runningPerHost.erase(count);
    }
    return state;
}

TransferState *CurlWorker::runningState(quint64 id)
{
    auto it = std::find_if(m_running.begin(), m_running.end(), [id](const auto &entry) {
        return entry.second->id == id;
    });
    return it == m_running.end() ? nullptr : it->second.get();
}

void CurlWorker::abort(const std::vector<quint64> &ids)
{
    for (quint64 id : ids) {
        if (TransferState *found = runningState(id)) {
            std::unique_ptr<TransferState> state = release(found->easy);
            removeHandle(state->easy);
            finish(std::move(state), CURLE_ABORTED_BY_CALLBACK);
            continue;
        }
        // Still waiting for a place: libcurl never had it.
        auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(), [id](const auto &state) {
            return state->id == id;
        });
        if (waiting == m_waiting.end())
            continue; // finished already
        std::unique_ptr<TransferState> state = std::move(*waiting);
        m_waiting.erase(waiting);
        finish(std::move(state), CURLE_ABORTED_BY_CALLBACK);
    }
}

void CurlWorker::unpause(const std::vector<quint64> &ids)
{
    for (quint64 id : ids) {
        // A transfer that finished meanwhile needs nothing. Resuming may call the write
        // callback at once with what libcurl held back; it may pause again.
        if (TransferState *state = runningState(id)) {
            const CURLcode rc = curl_easy_pause(state->easy, CURLPAUSE_CONT);
            if (rc != CURLE_OK)
                qWarning("curl_easy_pause: %s", curl_easy_strerror(rc));
        }
    }
}

void CurlWorker::collect()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        // The message is invalid once its handle is removed: copy what is needed first.
        CURL *easy = message->easy_handle;
        const CURLcode result = message->data.result;
        std::unique_ptr<TransferState> state = release(easy);
        if (!state)
            continue;
        removeHandle(easy);
        finish(std::move(state), result);
    }
}

void CurlWorker::finish(std::unique_ptr<TransferState> state, int curlResult)
{
    readTransferInfo(*state, curlResult);
    curl_off_t downloaded = 0;
    curl_off_t expected = -1;
    if (curl_easy_getinfo(state->easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded) != CURLE_OK)
        downloaded = 0;
    if (curl_easy_getinfo(state->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected) != CURLE_OK)
        expected = -1;
    state->downloaded = downloaded;
    state->expected = qMax<curl_off_t>(expected, 0);
    // Cleaning the handle now also writes the cookie jar before anyone hears of the result.
    curl_easy_cleanup(state->easy);
    state->easy = nullptr;
    if (state->progressDirty) {
        state->progressDirty = false;
        m_progressDirty.erase(std::remove(m_progressDirty.begin(),
                                          m_progressDirty.end(),
                                          state.get()),
                              m_progressDirty.end());
    }
    if (state->channelDirty) {
        state->channelDirty = false;
        m_channelDirty.erase(std::remove(m_channelDirty.begin(), m_channelDirty.end(), state.get()),
                             m_channelDirty.end());
    }
    state->exchange.body.finishWriting();
    state->exchange.body.moveFileToThread(m_owner);
    m_ready.finished.push_back(std::move(state));
}

bool CurlWorker::awaitWork()
{
    m_spinning.store(true, std::memory_order_seq_cst);
    const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(kAwaitUs);
    bool work = m_work.load(std::memory_order_seq_cst);
    while (!work && std::chrono::steady_clock::now() < until) {
        for (int i = 0; i < 64 && !work; ++i) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
            work = m_work.load(std::memory_order_relaxed);
        }
    }
    m_spinning.store(false, std::memory_order_seq_cst);
    // Work that came while this thread stopped waiting sent no wake-up: it is seen here.
    return work || m_work.load(std::memory_order_seq_cst);
}

bool CurlWorker::publish()
{
    for (TransferState *state : std::exchange(m_progressDirty, {})) {
        state->progressDirty = false;
        m_ready.progress.push_back({state, qint64(state->downloaded), qint64(state->expected)});
    }
    for (TransferState *state : std::exchange(m_channelDirty, {})) {
        state->channelDirty = false;
        m_ready.received.push_back(state);
    }
    if (m_ready.progress.empty() && m_ready.received.empty() && m_ready.finished.empty())
        return false;
    const bool finished = !m_ready.finished.empty();
    bool tell = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto append = [](auto &to, auto &from) {
            to.insert(to.end(),
                      std::make_move_iterator(from.begin()),
                      std::make_move_iterator(from.end()));
            from.clear();
        };
        append(m_outbox.progress, m_ready.progress);
        append(m_outbox.received, m_ready.received);
        append(m_outbox.finished, m_ready.finished);
        tell = !m_told;
        m_told = true;
    }
    if (tell)
        m_notify();
    return finished;
}

} // namespace HttpLens
