#pragma once

// Private to the engine (app/http): the state of one transfer while libcurl runs it.

#include "bodydigest.h"
#include "engine.h"
#include "hoprecorder.h"
#include "tlsinspection.h"
#include "transferchannel.h"

#include <QElapsedTimer>

#include <curl/curl.h>

#include <atomic>
#include <memory>
#include <vector>

namespace HttpLens {

// Per-transfer state that libcurl's callbacks write into. It lives exactly as long as the easy
// handle and never emits anything itself.
struct TransferState
{
    TransferState();
    ~TransferState();
    Q_DISABLE_COPY_MOVE(TransferState)

    // The channel received something: the worker tells the owner at the end of its round.
    void markChannelDirty()
    {
        if (!channelDirty && channelList) {
            channelDirty = true;
            channelList->push_back(this);
        }
    }

    qint64 nowUs() const { return clock.nsecsElapsed() / 1000 - (addedUs < 0 ? 0 : addedUs); }

    quint64 id = 0;
    Transfer *transfer = nullptr; // the owning thread's alone: the worker never reads it
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    curl_slist *resolve = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Exchange exchange;
    HopRecorder recorder;
    QElapsedTimer clock; // started when the transfer was handed to send()
    qint64 addedUs = -1; // when it left the engine's queue for libcurl
    QString hostKey;     // the origin a per-host limit counts it against; empty: none
    Engine::Capture capture = Engine::Capture::Everything; // the engine's when it was sent
    Engine::BodyHandling body = Engine::BodyHandling::Keep;
    std::unique_ptr<BodyDigest> digest; // BodyHandling::Digest
    Engine::BodySink sink;              // BodyHandling::Stream, called on the worker
    // A relayed transfer (Engine::forward): request body in, response out, both streamed.
    std::shared_ptr<TransferChannel> channel;
    // What OpenSSL's certificate check saw; shared with the TLS contexts of its connections,
    // which hold it weakly and may outlive the transfer.
    std::shared_ptr<TlsInspection::Capture> tlsCapture = std::make_shared<TlsInspection::Capture>();
    std::atomic<bool> cancelled{false}; // set by the owning thread, read by the callbacks
    bool writeFailed = false;
    bool tooLarge = false; // the body went past Request::maxFileSize
    curl_off_t downloaded = 0;
    curl_off_t expected = 0;
    bool progressDirty = false;
    std::vector<TransferState *> *progressList = nullptr; // the worker's list of dirty states
    bool channelDirty = false; // the channel received something the owner has not heard of
    std::vector<TransferState *> *channelList = nullptr; // the worker's list of such states
};

// Sets up the easy handle for the state's request and capture level. Returns a libcurl code
// other than CURLE_OK when an option is refused.
CURLcode configureEasy(TransferState &state);

// Reads what libcurl measured and knows about a finished transfer into its exchange: timings,
// connection, TLS, the cookie jar, the effective URL and, for curlResult != CURLE_OK, the
// transport error with its sentence.
void readTransferInfo(TransferState &state, int curlResult);

} // namespace HttpLens
