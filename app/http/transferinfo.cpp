// What libcurl measured and knows about a finished transfer, read into its exchange.
#include "transferstate.h"

#include "tlsinspection.h"
#include "transporterror.h"

namespace HttpLens {

namespace {

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

void readTimings(CURL *easy, Timings &t)
{
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
}

void readConnection(CURL *easy, Exchange &exchange)
{
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
}

void readTls(TransferState &state)
{
    TlsInfo &tls = state.exchange.tls;
    tls.verificationEnabled = !state.exchange.request.insecure;
    TlsInspection::readResult(state.easy, *state.tlsCapture, tls);
}

void readCookies(CURL *easy, Exchange &exchange)
{
    const Request &r = exchange.request;
    if (!r.cookieEngine && r.cookieLines.isEmpty() && r.cookieFiles.isEmpty())
        return;
    curl_slist *cookies = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_COOKIELIST, &cookies) != CURLE_OK)
        return;
    for (curl_slist *item = cookies; item; item = item->next)
        exchange.cookies.append(QByteArray(item->data));
    curl_slist_free_all(cookies);
}

} // namespace

void readTransferInfo(TransferState &state, int curlResult)
{
    CURL *easy = state.easy;
    Exchange &exchange = state.exchange;
    state.recorder.finish();
    readTimings(easy, exchange.timings);
    readConnection(easy, exchange);
    readTls(state);
    readCookies(easy, exchange);
    // Without the debug stream the final body's wire size comes from libcurl's count.
    if (state.capture == Engine::Capture::ResponsesOnly && !exchange.hops.isEmpty()) {
        curl_off_t downloaded = 0;
        if (curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded) == CURLE_OK)
            exchange.hops.last().bodyWireBytes = qint64(downloaded);
    }
    if (state.digest)
        exchange.bodyDigest = state.digest->result();

    if (state.writeFailed)
        curlResult = CURLE_WRITE_ERROR;
    if (state.tooLarge)
        curlResult = CURLE_FILESIZE_EXCEEDED;
    if (state.cancelled)
        curlResult = CURLE_ABORTED_BY_CALLBACK;
    if (curlResult != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osErrno);
        // The URL libcurl was on when it failed: after a redirect, not the first one.
        const QString tried = exchange.effectiveUrl.isEmpty() ? exchange.request.url
                                                              : exchange.effectiveUrl;
        exchange.error = describeTransportError(curlResult,
                                                QString::fromUtf8(state.errorBuffer),
                                                tried,
                                                osErrno,
                                                state.recorder.inResponseHead());
    }
}

} // namespace HttpLens
