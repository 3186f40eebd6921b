#include "engine.h"

#include "transferstate.h"
#include "transporterror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <curl/curl.h>

#include <algorithm>
#include <limits>
#include <mutex>

namespace HttpLens {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

struct Engine::SocketWatch
{
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    globalInit();
    m_multi = curl_multi_init();
    if (!m_multi)
        qFatal("libcurl could not create a multi handle");
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &Engine::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &Engine::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Engine::onTimeout);
}

Engine::~Engine()
{
    m_destroying = true;
    m_timer->stop();
    auto detach = [this](TransferState &state) {
        if (state.transfer) {
            state.transfer->m_engine = nullptr;
            state.transfer->m_state = nullptr;
        }
        if (state.easy && m_running.count(state.easy))
            curl_multi_remove_handle(m_multi, state.easy);
    };
    for (auto &entry : m_running)
        detach(*entry.second);
    for (auto &state : m_queue)
        detach(*state);
    m_progressDirty.clear();
    m_running.clear();
    m_queue.clear();
    // Cleanup may still report sockets to remove; the map must outlive it.
    curl_multi_cleanup(m_multi);
    m_sockets.clear();
}

Transfer *Engine::send(const Request &request, BodyHandling body)
{
    auto *transfer = new Transfer(this, ++m_nextId);
    auto state = std::make_unique<TransferState>();
    state->engine = this;
    state->transfer = transfer;
    state->progressList = &m_progressDirty;
    state->capture = m_capture;
    state->body = body;
    if (body == BodyHandling::Digest)
        state->digest = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    state->clock.start();
    state->exchange.request = request;
    state->exchange.started = QDateTime::currentDateTimeUtc();
    state->exchange.body.setMemoryLimit(m_bodyMemoryLimit);
    transfer->m_state = state.get();

    const QList<Request::Problem> problems = request.problems();
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const Request::Problem &problem : problems)
            messages.append(problem.message);
        finishUnsent(*state, problems.first().curlCode, messages.join(QLatin1Char(' ')));
    } else if (m_maxConcurrent > 0 && int(m_running.size()) >= m_maxConcurrent) {
        // Queued transfers hold no libcurl handle: a batch of thousands costs little memory.
        m_queue.push_back(std::move(state));
    } else {
        addToMulti(std::move(state));
    }
    // finished() always comes from the event loop, so the caller can connect to it first.
    if (!m_toFinish.empty())
        QMetaObject::invokeMethod(this, &Engine::emitPending, Qt::QueuedConnection);
    return transfer;
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

void Engine::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(0, count);
    startQueued();
    emitPending();
}

bool Engine::addToMulti(std::unique_ptr<TransferState> state)
{
    TransferState &ref = *state;
    // Typical sizes for one request and response: growing these piecemeal costs more than the
    // whole capture otherwise does.
    if (ref.capture == Capture::Everything) {
        ref.exchange.trace.reserve(16);
        ref.exchange.traceBytes.reserve(1024);
        ref.exchange.log.reserve(256);
    }
    ref.addedUs = ref.clock.nsecsElapsed() / 1000;
    ref.exchange.timings.queueUs = ref.addedUs;
    ref.easy = curl_easy_init();
    if (!ref.easy) {
        finishUnsent(ref, CURLE_FAILED_INIT, QString());
        return false;
    }
    if (const CURLcode rc = configureEasy(ref); rc != CURLE_OK) {
        finishUnsent(ref, rc, QString());
        return false;
    }
    CURL *easy = ref.easy;
    m_running.emplace(easy, std::move(state));
    const CURLMcode rc = curl_multi_add_handle(m_multi, easy);
    if (rc != CURLM_OK) {
        qstrncpy(ref.errorBuffer, curl_multi_strerror(rc), CURL_ERROR_SIZE);
        finalize(ref, CURLE_FAILED_INIT, false);
        return false;
    }
    return true;
}

void Engine::startQueued()
{
    while (!m_queue.empty() && (m_maxConcurrent == 0 || int(m_running.size()) < m_maxConcurrent)) {
        std::unique_ptr<TransferState> state = std::move(m_queue.front());
        m_queue.pop_front();
        addToMulti(std::move(state));
    }
}

int Engine::socketCallback(void *, int socket, int what, void *engine, void *)
{
    static_cast<Engine *>(engine)->onSocket(socket, what);
    return 0;
}

int Engine::timerCallback(void *, long timeoutMs, void *engine)
{
    auto *self = static_cast<Engine *>(engine);
    if (self->m_destroying)
        return 0;
    if (timeoutMs < 0) {
        self->m_timer->stop();
        self->m_timeoutDue = false;
    } else if (timeoutMs == 0 && self->m_curlDepth > 0) {
        // "As soon as possible": socketAction() calls libcurl again right after it returns,
        // which saves a trip through the event loop. The callback itself must not call it.
        self->m_timer->stop();
        self->m_timeoutDue = true;
    } else {
        self->m_timeoutDue = false;
        self->m_timer->start(int(qMin<long>(timeoutMs, std::numeric_limits<int>::max())));
    }
    return 0;
}

void Engine::onSocket(int socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        auto it = m_sockets.find(socket);
        if (it == m_sockets.end())
            return;
        // Disabled at once: the descriptor may be reused by the very next socket libcurl opens,
        // and a notifier still watching it would steal that socket's events. The disabled pair
        // is kept for the next socket instead of being rebuilt for every request.
        std::unique_ptr<SocketWatch> watch = std::move(it->second);
        m_sockets.erase(it);
        watch->read->setEnabled(false);
        watch->write->setEnabled(false);
        if (!m_destroying && m_spareWatches.size() < 64)
            m_spareWatches.push_back(std::move(watch));
        return;
    }
    if (m_destroying)
        return;
    auto &watch = m_sockets[socket];
    if (!watch) {
        if (!m_spareWatches.empty()) {
            watch = std::move(m_spareWatches.back());
            m_spareWatches.pop_back();
        } else {
            watch = std::make_unique<SocketWatch>();
            watch->read = std::make_unique<QSocketNotifier>(QSocketNotifier::Read);
            watch->write = std::make_unique<QSocketNotifier>(QSocketNotifier::Write);
            connect(watch->read.get(),
                    &QSocketNotifier::activated,
                    this,
                    &Engine::onSocketActivated);
            connect(watch->write.get(),
                    &QSocketNotifier::activated,
                    this,
                    &Engine::onSocketActivated);
        }
        watch->read->setSocket(qintptr(socket));
        watch->write->setSocket(qintptr(socket));
    }
    watch->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    watch->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
}

void Engine::onSocketActivated(QSocketDescriptor socket, QSocketNotifier::Type type)
{
    socketAction(int(qintptr(socket)),
                 type == QSocketNotifier::Read ? CURL_CSELECT_IN : CURL_CSELECT_OUT);
}

void Engine::onTimeout()
{
    socketAction(CURL_SOCKET_TIMEOUT, 0);
}

void Engine::socketAction(int socket, int eventMask)
{
    int running = 0;
    ++m_curlDepth;
    CURLMcode rc = curl_multi_socket_action(m_multi, socket, eventMask, &running);
    // Results are collected and queued transfers started before returning to the event loop;
    // when libcurl then asks for an immediate timeout it is served here. Bounded, so sockets
    // still get their turn.
    for (int round = 0; round < 64; ++round) {
        processMessages();
        startQueued();
        if (rc != CURLM_OK || !m_timeoutDue)
            break;
        m_timeoutDue = false;
        rc = curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &running);
    }
    if (m_timeoutDue) {
        m_timeoutDue = false;
        m_timer->start(0);
    }
    --m_curlDepth;
    if (rc != CURLM_OK && rc != CURLM_BAD_SOCKET)
        qWarning("curl_multi_socket_action: %s", curl_multi_strerror(rc));
    emitPending();
}

void Engine::afterCurlCall()
{
    processMessages();
    startQueued();
    emitPending();
}

void Engine::processMessages()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        // The message is invalid once its handle is removed: copy what is needed first.
        CURL *easy = message->easy_handle;
        const CURLcode result = message->data.result;
        auto it = m_running.find(easy);
        if (it == m_running.end())
            continue;
        finalize(*it->second, result, true);
    }
    for (TransferState *state : std::exchange(m_progressDirty, {})) {
        state->progressDirty = false;
        if (!state->transfer)
            continue;
        state->transfer->m_received = qint64(state->downloaded);
        state->transfer->m_expected = qint64(state->expected);
        m_toProgress.emplace_back(state->transfer);
    }
}

void Engine::eraseRunning(void *easy)
{
    auto it = m_running.find(easy);
    if (it == m_running.end())
        return;
    TransferState *state = it->second.get();
    if (state->progressDirty) {
        m_progressDirty.erase(std::remove(m_progressDirty.begin(), m_progressDirty.end(), state),
                              m_progressDirty.end());
    }
    m_running.erase(it);
}

void Engine::finalize(TransferState &state, int curlResult, bool remove)
{
    CURL *easy = state.easy;
    if (remove) {
        const CURLMcode rc = curl_multi_remove_handle(m_multi, easy);
        if (rc != CURLM_OK)
            qWarning("curl_multi_remove_handle: %s", curl_multi_strerror(rc));
    }
    readTransferInfo(state, curlResult);

    Transfer *transfer = state.transfer;
    curl_off_t downloaded = 0;
    curl_off_t expected = -1;
    curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
    curl_easy_getinfo(easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);

    // Cleaning the handle now also writes the cookie jar before anyone hears of the result.
    curl_easy_cleanup(easy);
    state.easy = nullptr;

    if (transfer && (downloaded != state.downloaded || state.progressDirty)) {
        // A transfer that completes within one libcurl call still reports its final progress.
        transfer->m_received = qint64(downloaded);
        transfer->m_expected = qint64(qMax<curl_off_t>(expected, 0));
        m_toProgress.emplace_back(transfer);
    }
    if (transfer) {
        transfer->m_exchange = std::move(state.exchange);
        transfer->m_state = nullptr;
        transfer->m_finished = true;
        m_toFinish.emplace_back(transfer);
    }
    eraseRunning(easy); // the key only: the handle itself is already cleaned up
}

void Engine::emitPending()
{
    auto progress = std::exchange(m_toProgress, {});
    for (const QPointer<Transfer> &transfer : progress) {
        if (transfer)
            emit transfer->progress(transfer->m_received, transfer->m_expected);
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
    state->cancelled = true;
    if (m_curlDepth > 0)
        return; // libcurl is on the stack: the progress callback aborts it from inside
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->get() == state) {
            std::unique_ptr<TransferState> owned = std::move(*it);
            m_queue.erase(it);
            finishUnsent(*owned, CURLE_ABORTED_BY_CALLBACK, QString());
            emitPending();
            return;
        }
    }
    if (m_running.count(state->easy)) {
        finalize(*state, CURLE_ABORTED_BY_CALLBACK, true);
        afterCurlCall();
    }
}

void Engine::forgetTransfer(Transfer *transfer)
{
    TransferState *state = transfer->m_state;
    if (!state)
        return;
    state->transfer = nullptr;
    transfer->m_state = nullptr;
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->get() == state) {
            m_queue.erase(it);
            return;
        }
    }
    auto it = m_running.find(state->easy);
    if (it == m_running.end())
        return;
    if (m_curlDepth > 0) {
        state->cancelled = true; // finalize() will find no Transfer to tell
        return;
    }
    curl_multi_remove_handle(m_multi, state->easy);
    eraseRunning(state->easy);
    QMetaObject::invokeMethod(
            this, [this] { afterCurlCall(); }, Qt::QueuedConnection);
}

} // namespace HttpLens
