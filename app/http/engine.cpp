#include "engine.h"

#include "transporterror.h"

#include "model/url.h"

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
bool isCompleteHead(QByteArrayView head)
{
    return head == "\r\n" || head == "\n" || head.endsWith("\n\r\n") || head.endsWith("\n\n");
}

// "HTTP/1.1 103 ..." but not 101, which ends the HTTP exchange on that connection.
bool isInterimStatusLine(QByteArrayView head)
{
    const qsizetype space = head.indexOf(' ');
    if (space < 0 || space + 3 >= head.size())
        return false;
    const QByteArrayView code = head.sliced(space + 1, 3);
    return code.front() == '1' && code != "101";
}
} // namespace

// Per-transfer state that libcurl's callbacks write into. It lives exactly as long as the easy
// handle and never emits anything itself.
struct TransferState
{
    Engine *engine = nullptr;
    Transfer *transfer = nullptr;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    curl_slist *resolve = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Exchange exchange;
    QElapsedTimer clock; // started when the transfer was handed to send()
    qint64 addedUs = -1; // when it left the engine's queue for libcurl
    Hop *hop = nullptr;  // the hop being recorded
    Engine::Capture capture = Engine::Capture::Everything; // the engine's when it was sent
    bool responseStarted = false;
    bool finalHeadDone = false;
    QByteArray pendingHead;
    bool cancelled = false;
    bool writeFailed = false;
    curl_off_t downloaded = 0;
    curl_off_t expected = 0;
    bool progressDirty = false;
    std::vector<TransferState *> *progressList = nullptr; // the engine's list of dirty states

    ~TransferState()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
        curl_slist_free_all(resolve);
    }

    qint64 nowUs() const { return clock.nsecsElapsed() / 1000 - (addedUs < 0 ? 0 : addedUs); }

    void beginHop()
    {
        if (hop)
            hop->endUs = nowUs();
        exchange.hops.append(Hop());
        hop = &exchange.hops.last();
        hop->started = QDateTime::currentDateTimeUtc();
        hop->startUs = exchange.hops.size() == 1 ? 0 : nowUs();
        char *url = nullptr;
        if (curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK && url)
            hop->url = QString::fromUtf8(url);
        responseStarted = false;
        finalHeadDone = false;
        pendingHead.clear();
        // Only the final hop's body is kept; earlier ones are counted, not stored.
        exchange.body.clear();
    }

    void record(TraceEvent::Kind kind, const char *data, size_t size, bool keepBytes)
    {
        QList<TraceEvent> &trace = exchange.trace;
        if (!trace.isEmpty() && trace.last().kind == kind) {
            TraceEvent &last = trace.last();
            // Body events merge; libcurl reports a response head line by line, so head lines
            // merge into one event until the head is complete.
            const bool merge = !keepBytes
                               || (kind != TraceEvent::Kind::Info
                                   && !isCompleteHead(QByteArrayView(exchange.traceBytes)
                                                              .sliced(last.offset, last.size)));
            if (merge) {
                if (keepBytes)
                    exchange.traceBytes.append(data, qsizetype(size));
                last.size += qint64(size);
                return;
            }
        }
        TraceEvent event;
        event.kind = kind;
        event.atUs = nowUs();
        event.size = qint64(size);
        if (keepBytes) {
            event.offset = exchange.traceBytes.size();
            exchange.traceBytes.append(data, qsizetype(size));
        }
        trace.append(event);
    }

    void onText(const char *data, size_t size)
    {
        record(TraceEvent::Kind::Info, data, size, true);
        exchange.log.append(data, qsizetype(size));
        const QByteArrayView text = QByteArrayView(data, qsizetype(size)).trimmed();
        if (text.isEmpty() || (text.front() != 'S' && text.front() != 'A'))
            return;
        if (text.startsWith("SSL connection using ")) {
            // "SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384"
            const QByteArrayView rest = text.sliced(21);
            const qsizetype slash = rest.indexOf('/');
            exchange.tls.used = true;
            exchange.tls.protocol
                    = rest.first(slash < 0 ? rest.size() : slash).trimmed().toByteArray();
            exchange.tls.cipher = slash < 0 ? QByteArray()
                                            : rest.sliced(slash + 1).trimmed().toByteArray();
        } else if (text.startsWith("ALPN: server accepted ")) {
            exchange.tls.alpn = text.sliced(22).trimmed().toByteArray();
        } else if (text.startsWith("ALPN, server accepted to use ")) {
            exchange.tls.alpn = text.sliced(29).trimmed().toByteArray();
        } else if (text.startsWith("SSL certificate verify result: ")) {
            exchange.tls.verifyText = QString::fromUtf8(text.sliced(31));
        } else if (text.startsWith("SSL certificate verify ok")) {
            exchange.tls.verifyText = QStringLiteral("ok");
        }
    }

    void onHeaderOut(const char *data, size_t size)
    {
        if (!hop || responseStarted)
            beginHop();
        if (hop->requestUs < 0)
            hop->requestUs = nowUs();
        record(TraceEvent::Kind::RequestHead, data, size, true);
        // Parsed once the hop's response begins or the transfer ends.
        hop->request.raw.append(data, qsizetype(size));
    }

    void onDataOut(const char *data, size_t size)
    {
        if (!hop)
            beginHop();
        record(TraceEvent::Kind::RequestBody, data, size, false);
        hop->requestBody.append(data, qsizetype(size));
    }

    void onHeaderIn(const char *data, size_t size)
    {
        if (!hop)
            beginHop();
        record(TraceEvent::Kind::ResponseHead, data, size, true);
        onResponseHeader(QByteArrayView(data, qsizetype(size)));
    }

    // A response header line from libcurl's header callback, when the debug stream is off. A
    // status line after a complete final head starts the next hop (a redirect); a trailer
    // cannot be mistaken for one, since a field name is a token and has no '/'.
    void onHeaderLine(const char *data, size_t size)
    {
        const QByteArrayView line(data, qsizetype(size));
        if (!hop || (finalHeadDone && line.startsWith("HTTP/")))
            beginHop();
        onResponseHeader(line);
    }

    void onResponseHeader(QByteArrayView chunk)
    {
        if (!responseStarted) {
            responseStarted = true;
            hop->firstByteUs = nowUs();
            if (!hop->request.raw.isEmpty())
                hop->request = RequestHead::parse(hop->request.raw);
        }
        if (finalHeadDone) {
            hop->rawTrailers.append(chunk.data(), chunk.size());
            return;
        }
        // libcurl 7.88 does not report the empty line that ends a 1xx head; the next status
        // line shows it was there. It is restored with the head's own line ending.
        if (!pendingHead.isEmpty() && chunk.startsWith("HTTP/")
            && isInterimStatusLine(pendingHead)) {
            const qsizetype firstEnd = pendingHead.indexOf('\n');
            const bool crlf = firstEnd > 0 && pendingHead.at(firstEnd - 1) == '\r';
            pendingHead.append(crlf ? "\r\n" : "\n");
            completeHead();
        }
        pendingHead.append(chunk);
        if (isCompleteHead(pendingHead))
            completeHead();
    }

    void completeHead()
    {
        ResponseHead head = ResponseHead::parse(pendingHead);
        pendingHead.clear();
        if (head.isInterim()) {
            hop->interim.append(head);
        } else {
            hop->response = head;
            hop->hasResponse = true;
            finalHeadDone = true;
        }
    }

    void onDataIn(size_t size)
    {
        record(TraceEvent::Kind::ResponseBody, nullptr, size, false);
        if (hop)
            hop->bodyWireBytes += qint64(size);
    }
};

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *userp)
{
    auto *state = static_cast<TransferState *>(userp);
    switch (type) {
    case CURLINFO_TEXT:
        state->onText(data, size);
        break;
    case CURLINFO_HEADER_OUT:
        state->onHeaderOut(data, size);
        break;
    case CURLINFO_DATA_OUT:
        state->onDataOut(data, size);
        break;
    case CURLINFO_HEADER_IN:
        state->onHeaderIn(data, size);
        break;
    case CURLINFO_DATA_IN:
        state->onDataIn(size);
        break;
    default:
        break;
    }
    return 0;
}

size_t headerCallback(char *data, size_t size, size_t count, void *userp)
{
    auto *state = static_cast<TransferState *>(userp);
    const size_t bytes = size * count;
    state->onHeaderLine(data, bytes);
    return bytes;
}

size_t writeCallback(char *data, size_t size, size_t count, void *userp)
{
    auto *state = static_cast<TransferState *>(userp);
    const size_t bytes = size * count;
    if (state->cancelled)
        return 0;
    if (!state->exchange.body.append(data, qint64(bytes))) {
        state->writeFailed = true;
        return 0;
    }
    if (state->hop)
        state->hop->bodyDecodedBytes += qint64(bytes);
    return bytes;
}

int progressCallback(void *userp, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t, curl_off_t)
{
    auto *state = static_cast<TransferState *>(userp);
    if (state->cancelled)
        return 1;
    if (dlNow != state->downloaded || dlTotal != state->expected) {
        state->downloaded = dlNow;
        state->expected = dlTotal;
        if (!state->progressDirty) {
            state->progressDirty = true;
            state->progressList->push_back(state);
        }
    }
    return 0;
}

qint64 infoTime(CURL *easy, CURLINFO info)
{
    curl_off_t value = -1;
    if (curl_easy_getinfo(easy, info, &value) != CURLE_OK)
        return -1;
    return qint64(value);
}

QByteArray httpVersionName(long version)
{
    switch (version) {
    case CURL_HTTP_VERSION_1_0:
        return "HTTP/1.0";
    case CURL_HTTP_VERSION_1_1:
        return "HTTP/1.1";
    case CURL_HTTP_VERSION_2_0:
        return "HTTP/2";
#if LIBCURL_VERSION_NUM >= 0x074200
    case CURL_HTTP_VERSION_3:
        return "HTTP/3";
#endif
    default:
        return {};
    }
}

QByteArray libcurlDefaultMethod(const Request &request)
{
    if (request.noBody || request.method == "HEAD")
        return "HEAD";
    return request.hasBody ? "POST" : "GET";
}

// Builds the easy handle. Returns a libcurl code other than CURLE_OK when an option is refused.
CURLcode configure(TransferState &state, const Request &request)
{
    CURL *easy = state.easy;
    CURLcode rc = CURLE_OK;
    auto set = [&](CURLoption option, auto value) {
        if (rc == CURLE_OK)
            rc = curl_easy_setopt(easy, option, value);
    };

    const QByteArray url = encodeUrl(request.url).toUtf8();
    set(CURLOPT_URL, url.constData());
    set(CURLOPT_PRIVATE, static_cast<void *>(&state));
    set(CURLOPT_ERRORBUFFER, state.errorBuffer);
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_PROTOCOLS_STR, "http,https");
    set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    if (state.capture == Engine::Capture::Everything) {
        set(CURLOPT_VERBOSE, 1L);
        set(CURLOPT_DEBUGFUNCTION, debugCallback);
        set(CURLOPT_DEBUGDATA, static_cast<void *>(&state));
    } else {
        set(CURLOPT_HEADERFUNCTION, headerCallback);
        set(CURLOPT_HEADERDATA, static_cast<void *>(&state));
    }
    set(CURLOPT_WRITEFUNCTION, writeCallback);
    set(CURLOPT_WRITEDATA, static_cast<void *>(&state));
    set(CURLOPT_NOPROGRESS, 0L);
    set(CURLOPT_XFERINFOFUNCTION, progressCallback);
    set(CURLOPT_XFERINFODATA, static_cast<void *>(&state));
    set(CURLOPT_CERTINFO, 1L);
    // No CURLOPT_PIPEWAIT: with the event-driven API, libcurl 7.88 can leave transfers parked
    // by it without a timer or socket to wake them. Every transfer connects at once.

    if (request.noBody || request.method == "HEAD")
        set(CURLOPT_NOBODY, 1L);
    if (request.hasBody) {
        set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        set(CURLOPT_COPYPOSTFIELDS, request.body.constData());
    }
    // libcurl picks GET, POST (with a body) or HEAD (without one) itself, and after a 301, 302
    // or 303 it continues a POST as a GET, as browsers do (RFC 9110 §15.4). A custom method
    // string would survive every redirect, so it is set only for a method libcurl would not
    // choose on its own.
    if (!request.method.isEmpty() && request.method != libcurlDefaultMethod(request))
        set(CURLOPT_CUSTOMREQUEST, request.method.constData());

    for (const HeaderLine &line : request.headers) {
        curl_slist *next = curl_slist_append(state.headers, line.toCurlSyntax().constData());
        if (!next)
            return CURLE_OUT_OF_MEMORY;
        state.headers = next;
    }
    if (state.headers)
        set(CURLOPT_HTTPHEADER, state.headers);

    if (request.userAgentSet)
        set(CURLOPT_USERAGENT, request.userAgent.constData());
    if (!request.referer.isEmpty())
        set(CURLOPT_REFERER, request.referer.constData());
    if (!request.bearerToken.isEmpty() && request.userPassword.isEmpty()) {
        set(CURLOPT_XOAUTH2_BEARER, request.bearerToken.constData());
        set(CURLOPT_HTTPAUTH, long(CURLAUTH_BEARER));
    }
    if (!request.userPassword.isEmpty()) {
        set(CURLOPT_USERPWD, request.userPassword.constData());
        set(CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    }
    if (!request.cookie.isEmpty())
        set(CURLOPT_COOKIE, request.cookie.constData());
    for (const QString &file : request.cookieFiles)
        set(CURLOPT_COOKIEFILE, file.toLocal8Bit().constData());
    if ((request.cookieEngine || !request.cookieLines.isEmpty()) && request.cookieFiles.isEmpty())
        set(CURLOPT_COOKIEFILE, "");
    for (const QByteArray &line : request.cookieLines) {
        if (!line.isEmpty())
            set(CURLOPT_COOKIELIST, line.constData());
    }
    if (!request.cookieJar.isEmpty())
        set(CURLOPT_COOKIEJAR, request.cookieJar.toLocal8Bit().constData());

    if (request.followRedirects) {
        set(CURLOPT_FOLLOWLOCATION, 1L);
        set(CURLOPT_MAXREDIRS, long(request.maxRedirects));
    }
    switch (request.httpVersion) {
    case HttpVersion::Default:
        break;
    case HttpVersion::Http1_0:
        set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_0));
        break;
    case HttpVersion::Http1_1:
        set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
        break;
    case HttpVersion::Http2:
        set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2_0));
        break;
    }
    if (request.timeoutMs > 0)
        set(CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    if (request.connectTimeoutMs > 0)
        set(CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    for (const QString &entry : request.resolve) {
        curl_slist *next = curl_slist_append(state.resolve, entry.toUtf8().constData());
        if (!next)
            return CURLE_OUT_OF_MEMORY;
        state.resolve = next;
    }
    if (state.resolve)
        set(CURLOPT_RESOLVE, state.resolve);
    if (!request.proxy.isEmpty())
        set(CURLOPT_PROXY, request.proxy.toUtf8().constData());
    if (request.insecure) {
        set(CURLOPT_SSL_VERIFYPEER, 0L);
        set(CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (request.decompress)
        set(CURLOPT_ACCEPT_ENCODING, "");
    else
        set(CURLOPT_HTTP_CONTENT_DECODING, 0L);
    return rc;
}

} // namespace

struct Engine::SocketWatch
{
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

Transfer::Transfer(Engine *engine, quint64 id)
    : QObject(engine)
    , m_engine(engine)
    , m_id(id)
{}

Transfer::~Transfer()
{
    if (m_engine && !m_finished)
        m_engine->forgetTransfer(this);
}

void Transfer::cancel()
{
    if (m_engine && !m_finished)
        m_engine->cancelTransfer(this);
}

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

Transfer *Engine::send(const Request &request)
{
    auto *transfer = new Transfer(this, ++m_nextId);
    auto state = std::make_unique<TransferState>();
    state->engine = this;
    state->transfer = transfer;
    state->progressList = &m_progressDirty;
    state->capture = m_capture;
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
    ref.pendingHead.reserve(512);
    ref.addedUs = ref.clock.nsecsElapsed() / 1000;
    ref.exchange.timings.queueUs = ref.addedUs;
    ref.easy = curl_easy_init();
    if (!ref.easy) {
        finishUnsent(ref, CURLE_FAILED_INIT, QString());
        return false;
    }
    if (const CURLcode rc = configure(ref, ref.exchange.request); rc != CURLE_OK) {
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
    Exchange &exchange = state.exchange;
    if (remove) {
        const CURLMcode rc = curl_multi_remove_handle(m_multi, easy);
        if (rc != CURLM_OK)
            qWarning("curl_multi_remove_handle: %s", curl_multi_strerror(rc));
    }
    if (state.hop)
        state.hop->endUs = state.nowUs();
    for (Hop &hop : exchange.hops) {
        // A hop whose response never began (cancel, timeout, reset) still shows its request.
        if (hop.request.method.isEmpty() && !hop.request.raw.isEmpty())
            hop.request = RequestHead::parse(hop.request.raw);
    }

    Timings &t = exchange.timings;
#if LIBCURL_VERSION_NUM >= 0x080600
    const qint64 curlQueue = infoTime(easy, CURLINFO_QUEUE_TIME_T);
    if (curlQueue > 0)
        t.queueUs += curlQueue;
#endif
    t.nameLookupUs = infoTime(easy, CURLINFO_NAMELOOKUP_TIME_T);
    t.connectUs = infoTime(easy, CURLINFO_CONNECT_TIME_T);
    t.appConnectUs = infoTime(easy, CURLINFO_APPCONNECT_TIME_T);
    t.preTransferUs = infoTime(easy, CURLINFO_PRETRANSFER_TIME_T);
    t.startTransferUs = infoTime(easy, CURLINFO_STARTTRANSFER_TIME_T);
    t.totalUs = infoTime(easy, CURLINFO_TOTAL_TIME_T);
    t.redirectUs = infoTime(easy, CURLINFO_REDIRECT_TIME_T);
    char *finalUrl = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &finalUrl) == CURLE_OK && finalUrl)
        t.secure = qstrnicmp(finalUrl, "https:", 6) == 0;

    ConnectionInfo &c = exchange.connection;
    char *text = nullptr;
    long number = 0;
    if (curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &text) == CURLE_OK && text)
        c.remoteAddress = QString::fromLatin1(text);
    if (curl_easy_getinfo(easy, CURLINFO_PRIMARY_PORT, &number) == CURLE_OK)
        c.remotePort = int(number);
    if (curl_easy_getinfo(easy, CURLINFO_LOCAL_IP, &text) == CURLE_OK && text)
        c.localAddress = QString::fromLatin1(text);
    if (curl_easy_getinfo(easy, CURLINFO_LOCAL_PORT, &number) == CURLE_OK)
        c.localPort = int(number);
    if (curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &number) == CURLE_OK)
        c.httpVersion = httpVersionName(number);
    if (curl_easy_getinfo(easy, CURLINFO_NUM_CONNECTS, &number) == CURLE_OK)
        c.connectionsOpened = number;
    c.reused = exchange.finalHop() && c.connectionsOpened == 0;
    if (curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &text) == CURLE_OK && text)
        exchange.effectiveUrl = QString::fromUtf8(text);
    if (curl_easy_getinfo(easy, CURLINFO_HEADER_SIZE, &number) == CURLE_OK)
        exchange.headerBytes = number;
    curl_off_t uploaded = 0;
    if (curl_easy_getinfo(easy, CURLINFO_SIZE_UPLOAD_T, &uploaded) == CURLE_OK)
        exchange.uploadBytes = qint64(uploaded);

    TlsInfo &tls = exchange.tls;
    tls.verificationEnabled = !exchange.request.insecure;
    if (curl_easy_getinfo(easy, CURLINFO_SSL_VERIFYRESULT, &number) == CURLE_OK)
        tls.verifyResult = number;
    curl_certinfo *certs = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CERTINFO, &certs) == CURLE_OK && certs) {
        for (int i = 0; i < certs->num_of_certs; ++i) {
            for (curl_slist *item = certs->certinfo[i]; item; item = item->next) {
                const QByteArray entry(item->data);
                if (!entry.startsWith("Cert:"))
                    continue;
                const QList<QSslCertificate> parsed = QSslCertificate::fromData(entry.mid(5),
                                                                                QSsl::Pem);
                tls.chain.append(parsed);
            }
        }
    }
    if (!tls.chain.isEmpty())
        tls.used = true;

    if (state.writeFailed)
        curlResult = CURLE_WRITE_ERROR;
    if (state.cancelled)
        curlResult = CURLE_ABORTED_BY_CALLBACK;
    if (curlResult != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osErrno);
        const bool inResponseHead = state.hop && state.responseStarted && !state.finalHeadDone;
        exchange.error = describeTransportError(curlResult,
                                                QString::fromUtf8(state.errorBuffer),
                                                exchange.request.url,
                                                osErrno,
                                                inResponseHead);
    }

    Transfer *transfer = state.transfer;
    curl_off_t downloaded = 0;
    curl_off_t expected = -1;
    curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
    curl_easy_getinfo(easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);

    if (exchange.request.cookieEngine || !exchange.request.cookieLines.isEmpty()
        || !exchange.request.cookieFiles.isEmpty()) {
        curl_slist *cookies = nullptr;
        if (curl_easy_getinfo(easy, CURLINFO_COOKIELIST, &cookies) == CURLE_OK) {
            for (curl_slist *item = cookies; item; item = item->next)
                exchange.cookies.append(QByteArray(item->data));
            curl_slist_free_all(cookies);
        }
    }

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
