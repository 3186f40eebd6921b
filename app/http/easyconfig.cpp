// The easy handle of one transfer: its options and the callbacks that record what happens.
#include "transferstate.h"

#include "model/url.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

namespace HttpLens {

TransferState::TransferState()
    : recorder(
            &exchange,
            [this] { return nowUs(); },
            [this] {
                char *url = nullptr;
                if (easy && curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK && url)
                    return QString::fromUtf8(url);
                return exchange.request.url;
            })
{}

TransferState::~TransferState()
{
    if (easy)
        curl_easy_cleanup(easy);
    curl_slist_free_all(headers);
    curl_slist_free_all(resolve);
}

namespace {

// libcurl looks an international host name up by its ASCII (IDNA) form, so an entry written
// with the Unicode form ("bücher.test:80:127.0.0.1") is given in both: the name must never slip
// through to the system resolver.
QStringList resolveEntries(const QStringList &entries)
{
    QStringList out;
    for (const QString &entry : entries) {
        out.append(entry);
        const qsizetype prefix = entry.startsWith(QLatin1Char('+'))
                                                 || entry.startsWith(QLatin1Char('-'))
                                         ? 1
                                         : 0;
        const qsizetype colon = entry.indexOf(QLatin1Char(':'), prefix);
        if (colon < 0)
            continue;
        const QString host = entry.mid(prefix, colon - prefix);
        const bool ascii = std::all_of(host.begin(), host.end(), [](QChar c) {
            return c.unicode() < 0x80;
        });
        if (ascii)
            continue;
        const QString ace = QString::fromLatin1(QUrl::toAce(host));
        if (!ace.isEmpty() && ace != host)
            out.append(entry.left(prefix) + ace + entry.mid(colon));
    }
    return out;
}

// Request heads and bodies as written and libcurl's notes come from its debug stream. Response
// heads are taken from the header callback instead: libcurl 7.88 hands the debug stream the
// wrong bytes for a head whose last line ends across two reads, the header callback the right
// ones.
int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *userp)
{
    auto *state = static_cast<TransferState *>(userp);
    const QByteArrayView bytes(data, qsizetype(size));
    switch (type) {
    case CURLINFO_TEXT:
        state->recorder.text(bytes);
        break;
    case CURLINFO_HEADER_OUT:
        state->recorder.requestHead(bytes);
        break;
    case CURLINFO_DATA_OUT:
        state->recorder.requestBody(bytes);
        break;
    case CURLINFO_DATA_IN:
        state->recorder.responseBody(qint64(size));
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
    // A status line: the hop's connection is in use now, so its TLS session can be read.
    if (bytes > 5 && qstrncmp(data, "HTTP/", 5) == 0 && !state->recorder.inResponseHead())
        TlsInspection::readSession(state->easy, state->exchange.tls);
    state->recorder.responseBytes(QByteArrayView(data, qsizetype(bytes)));
    if (state->channel && state->channel->headerLine(QByteArrayView(data, qsizetype(bytes))))
        state->markChannelDirty();
    return bytes;
}

// A relayed transfer's body goes to its channel, and the exchange keeps the first part of it.
size_t relayBody(TransferState &state, Hop *hop, QByteArrayView piece)
{
    switch (state.channel->body(piece)) {
    case TransferChannel::BodyResult::Full:
        return CURL_WRITEFUNC_PAUSE; // libcurl hands the same bytes again on resuming
    case TransferChannel::BodyResult::TakenNotify:
        state.markChannelDirty();
        break;
    case TransferChannel::BodyResult::Taken:
        break;
    }
    const qint64 kept = state.exchange.body.size();
    const qint64 keep = qBound<qint64>(0, state.channel->settings().keepBody - kept, piece.size());
    if (keep > 0 && !state.exchange.body.append(piece.data(), keep))
        state.writeFailed = true;
    if (hop)
        hop->bodyDecodedBytes += piece.size();
    return size_t(piece.size());
}

size_t readCallback(char *buffer, size_t size, size_t count, void *userp)
{
    auto *state = static_cast<TransferState *>(userp);
    if (state->cancelled)
        return CURL_READFUNC_ABORT;
    const qint64 read = state->channel->readUpload(buffer, qint64(size * count));
    return read < 0 ? CURL_READFUNC_PAUSE : size_t(read);
}

size_t writeCallback(char *data, size_t size, size_t count, void *userp)
{
    auto *state = static_cast<TransferState *>(userp);
    const size_t bytes = size * count;
    if (state->cancelled)
        return 0;
    // The limit holds while the body arrives, whatever Content-Length said (libcurl 7.88 checks
    // only that), and counts decoded bytes: a gzip bomb stops at the limit too.
    Hop *hop = state->recorder.currentHop();
    const qint64 limit = state->exchange.request.maxFileSize;
    if (limit > 0 && (hop ? hop->bodyDecodedBytes : 0) + qint64(bytes) > limit) {
        state->tooLarge = true;
        return 0;
    }
    const QByteArrayView piece(data, qsizetype(bytes));
    if (state->channel)
        return relayBody(*state, hop, piece);
    bool written = true;
    if (state->body == Engine::BodyHandling::Digest)
        state->digest->addData(piece);
    else if (state->body == Engine::BodyHandling::Stream)
        written = hop && state->sink && state->sink(*hop, piece);
    else
        written = state->exchange.body.append(data, qint64(bytes));
    if (!written) {
        state->writeFailed = true;
        return 0;
    }
    if (hop)
        hop->bodyDecodedBytes += qint64(bytes);
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

QByteArray libcurlDefaultMethod(const Request &request)
{
    if (request.noBody || request.method == "HEAD")
        return "HEAD";
    return request.hasBody ? "POST" : "GET";
}

// libcurl copies every string option it is given, so the temporaries below may go.
class Options
{
public:
    explicit Options(CURL *easy)
        : m_easy(easy)
    {}
    template<typename T>
    void set(CURLoption option, T value)
    {
        if (m_rc == CURLE_OK)
            m_rc = curl_easy_setopt(m_easy, option, value);
    }
    void fail(CURLcode rc)
    {
        if (m_rc == CURLE_OK)
            m_rc = rc;
    }
    CURLcode result() const { return m_rc; }

private:
    CURL *m_easy;
    CURLcode m_rc = CURLE_OK;
};

void setCallbacks(TransferState &state, Options &o)
{
    o.set(CURLOPT_PRIVATE, static_cast<void *>(&state));
    o.set(CURLOPT_ERRORBUFFER, state.errorBuffer);
    o.set(CURLOPT_NOSIGNAL, 1L);
    if (state.capture == Engine::Capture::Everything) {
        o.set(CURLOPT_VERBOSE, 1L);
        o.set(CURLOPT_DEBUGFUNCTION, debugCallback);
        o.set(CURLOPT_DEBUGDATA, static_cast<void *>(&state));
    }
    state.recorder.setTracing(state.capture == Engine::Capture::Everything);
    o.set(CURLOPT_HEADERFUNCTION, headerCallback);
    o.set(CURLOPT_HEADERDATA, static_cast<void *>(&state));
    o.set(CURLOPT_WRITEFUNCTION, writeCallback);
    o.set(CURLOPT_WRITEDATA, static_cast<void *>(&state));
    o.set(CURLOPT_NOPROGRESS, 0L);
    o.set(CURLOPT_XFERINFOFUNCTION, progressCallback);
    o.set(CURLOPT_XFERINFODATA, static_cast<void *>(&state));
    o.set(CURLOPT_CERTINFO, 1L);
    if (TlsInspection::available()) {
        o.set(CURLOPT_SSL_CTX_FUNCTION, &TlsInspection::watchContext);
        o.set(CURLOPT_SSL_CTX_DATA, static_cast<void *>(&state.tlsCapture));
    }
}

void setMethodAndBody(const Request &request, Options &o)
{
    if (request.noBody || request.method == "HEAD")
        o.set(CURLOPT_NOBODY, 1L);
    if (request.hasBody) {
        o.set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        o.set(CURLOPT_COPYPOSTFIELDS, request.body.constData());
    }
    // libcurl picks GET, POST (with a body) or HEAD (without one) itself, and after a 301, 302
    // or 303 it continues a POST as a GET, as browsers do (RFC 9110 §15.4). A custom method
    // string would survive every redirect, so it is set only for a method libcurl would not
    // choose on its own.
    if (!request.method.isEmpty() && request.method != libcurlDefaultMethod(request))
        o.set(CURLOPT_CUSTOMREQUEST, request.method.constData());
}

// A relayed request goes out as the client wrote it: its method and request target verbatim,
// dot segments kept, its body streamed from the channel with the client's own framing fields
// (libcurl adds no Content-Length or Transfer-Encoding when the header list has them). No
// redirect is followed, so the method string is safe to set whatever it is.
void setRelay(TransferState &state, const Request &request, Options &o)
{
    const TransferChannel::Settings &relay = state.channel->settings();
    if (!relay.requestTarget.isEmpty())
        o.set(CURLOPT_REQUEST_TARGET, relay.requestTarget.constData());
    o.set(CURLOPT_PATH_AS_IS, 1L);
    if (request.method == "HEAD")
        o.set(CURLOPT_NOBODY, 1L);
    if (relay.upload != TransferChannel::Upload::None) {
        o.set(CURLOPT_UPLOAD, 1L);
        o.set(CURLOPT_READFUNCTION, readCallback);
        o.set(CURLOPT_READDATA, static_cast<void *>(&state));
        o.set(CURLOPT_INFILESIZE_LARGE,
              curl_off_t(relay.upload == TransferChannel::Upload::Sized ? relay.uploadSize : -1));
    }
    o.set(CURLOPT_CUSTOMREQUEST, request.method.constData());
    state.recorder.setRequestBodyLimit(relay.keepRequestBody);
}

void setHeaders(TransferState &state, const Request &request, Options &o)
{
    for (const HeaderLine &line : request.headers) {
        curl_slist *next = curl_slist_append(state.headers, line.toCurlSyntax().constData());
        if (!next)
            return o.fail(CURLE_OUT_OF_MEMORY);
        state.headers = next;
    }
    if (state.headers)
        o.set(CURLOPT_HTTPHEADER, state.headers);
    if (request.userAgentSet)
        o.set(CURLOPT_USERAGENT, request.userAgent.constData());
    if (!request.referer.isEmpty())
        o.set(CURLOPT_REFERER, request.referer.constData());
    if (!request.bearerToken.isEmpty() && request.userPassword.isEmpty()) {
        o.set(CURLOPT_XOAUTH2_BEARER, request.bearerToken.constData());
        o.set(CURLOPT_HTTPAUTH, long(CURLAUTH_BEARER));
    }
    if (!request.userPassword.isEmpty()) {
        o.set(CURLOPT_USERPWD, request.userPassword.constData());
        o.set(CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    }
}

void setCookies(const Request &request, Options &o)
{
    if (!request.cookie.isEmpty())
        o.set(CURLOPT_COOKIE, request.cookie.constData());
    for (const QString &file : request.cookieFiles)
        o.set(CURLOPT_COOKIEFILE, file.toLocal8Bit().constData());
    if ((request.cookieEngine || !request.cookieLines.isEmpty()) && request.cookieFiles.isEmpty())
        o.set(CURLOPT_COOKIEFILE, "");
    for (const QByteArray &line : request.cookieLines) {
        if (!line.isEmpty())
            o.set(CURLOPT_COOKIELIST, line.constData());
    }
    if (!request.cookieJar.isEmpty())
        o.set(CURLOPT_COOKIEJAR, request.cookieJar.toLocal8Bit().constData());
}

void setConnection(TransferState &state, const Request &request, Options &o)
{
    if (request.followRedirects) {
        o.set(CURLOPT_FOLLOWLOCATION, 1L);
        o.set(CURLOPT_MAXREDIRS, long(request.maxRedirects));
    }
    switch (request.httpVersion) {
    case HttpVersion::Default:
        break;
    case HttpVersion::Http1_0:
        o.set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_0));
        break;
    case HttpVersion::Http1_1:
        o.set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
        break;
    case HttpVersion::Http2:
        o.set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2_0));
        break;
    }
    if (request.timeoutMs > 0)
        o.set(CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    if (request.connectTimeoutMs > 0)
        o.set(CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    for (const QString &entry : resolveEntries(request.resolve)) {
        curl_slist *next = curl_slist_append(state.resolve, entry.toUtf8().constData());
        if (!next)
            return o.fail(CURLE_OUT_OF_MEMORY);
        state.resolve = next;
    }
    if (state.resolve)
        o.set(CURLOPT_RESOLVE, state.resolve);
    if (request.maxFileSize > 0)
        o.set(CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxFileSize));
    if (!request.proxy.isEmpty())
        o.set(CURLOPT_PROXY, request.proxy.toUtf8().constData());
    if (request.insecure) {
        o.set(CURLOPT_SSL_VERIFYPEER, 0L);
        o.set(CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (request.decompress)
        o.set(CURLOPT_ACCEPT_ENCODING, "");
    else
        o.set(CURLOPT_HTTP_CONTENT_DECODING, 0L);
}

} // namespace

CURLcode configureEasy(TransferState &state)
{
    const Request &request = state.exchange.request;
    Options o(state.easy);
    const QByteArray url = encodeUrl(request.url).toUtf8();
    o.set(CURLOPT_URL, url.constData());
    o.set(CURLOPT_PROTOCOLS_STR, "http,https");
    o.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    // No CURLOPT_PIPEWAIT: with the event-driven API, libcurl 7.88 can leave transfers parked
    // by it without a timer or socket to wake them. Every transfer connects at once.
    setCallbacks(state, o);
    if (state.channel)
        setRelay(state, request, o);
    else
        setMethodAndBody(request, o);
    setHeaders(state, request, o);
    setCookies(request, o);
    setConnection(state, request, o);
    return o.result();
}

} // namespace HttpLens
