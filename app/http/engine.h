#pragma once

#include "http/transfer.h"
#include "http/transferchannel.h"
#include "model/exchange.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_set>
#include <vector>

namespace HttpLens {

class CurlWorker;
struct TransferState;

// Sends requests through one libcurl multi handle, driven on a thread of its own (CurlWorker)
// as curl's tool drives it, so the thread that owns the engine never waits for the network and
// does only its own work: composing requests and reading results. Any number of transfers run
// at once; setMaxConcurrent() queues the rest. Signals are emitted on the owning thread, never
// from inside libcurl, so slots may cancel, delete or start transfers freely: from its event
// loop, except that cancelling a transfer still waiting in the queue emits its finished() at
// once, from inside Transfer::cancel().
class Engine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // What becomes of a response body. Keep: in memory up to the limit, in a temporary file
    // beyond (Exchange::body). Digest: only its SHA-256 is kept (Exchange::bodyDigest), for
    // callers that compare bodies and need none of them (httplens-cli check). Stream: each
    // piece goes to the sink as it arrives and nothing is kept, for output that goes straight
    // to a terminal or a pipe (httplens-cli send -s): an endless body costs no memory or disk.
    enum class BodyHandling { Keep, Digest, Stream };

    // Stream's sink: the hop whose body it is (its response head complete) and the next piece,
    // decoded. Called on the engine's worker thread, while libcurl runs the transfer, so it
    // must touch nothing the owning thread uses meanwhile. false stops the transfer with a
    // write error (curl's exit code 23).
    using BodySink = std::function<bool(const Hop &hop, QByteArrayView piece)>;

    // Validates and starts the request. Always returns a Transfer; an invalid request finishes
    // (asynchronously) with the validation problem as its error and nothing sent. The sink is
    // for BodyHandling::Stream, and required with it.
    Transfer *send(const Request &request,
                   BodyHandling body = BodyHandling::Keep,
                   BodySink sink = {});

    // Relays a request for the capture proxy: it goes out as the channel's settings say (the
    // request target verbatim, the body read from the channel) and its response streams into
    // the channel while the exchange is recorded as for send(). Transfer::received() says when
    // the channel has something to take; resume() continues a transfer the channel paused.
    Transfer *forward(const Request &request, std::shared_ptr<TransferChannel> channel);
    void resume(Transfer *transfer);

    // How much of each transfer is recorded. Everything, the default, keeps libcurl's debug
    // stream: every hop's request head as written, the trace and the informational log.
    // ResponsesOnly keeps each hop's response head (1xx and redirects included), the body,
    // timings, connection and TLS verification details, but not the request heads, the trace or
    // the log, so libcurl formats no log that nobody reads. For callers that show only bodies
    // (httplens-cli send -s). Applies to transfers sent afterwards; one already sent keeps its
    // level, even while it waits in the queue.
    enum class Capture { Everything, ResponsesOnly };
    void setCapture(Capture capture) { m_capture = capture; }
    Capture capture() const { return m_capture; }

    // How many transfers run at once (0: no limit), and how many of them to one origin (scheme,
    // host and port; 0: no limit). A transfer that waits for a place starts as soon as one comes
    // free, its times counted from then.
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxPerHost(int count);
    int maxPerHost() const { return m_maxPerHost; }
    void setBodyMemoryLimit(qint64 bytes) { m_bodyMemoryLimit = bytes; }
    // Transfers handed to libcurl's thread (running, or waiting there for a place: up to twice
    // the limit), and those still queued here.
    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }

signals:
    void transferFinished(HttpLens::Transfer *transfer);

private:
    friend class Transfer;

    std::unique_ptr<TransferState> newState(Transfer *transfer, const Request &request);
    void dispatch(std::unique_ptr<TransferState> state);
    void submit(std::unique_ptr<TransferState> state);
    void startQueued();
    bool hasRoomOnWorker() const;
    void drain();
    void finishUnsent(TransferState &state, int curlCode, const QString &sentence);
    void emitPending();
    void cancelTransfer(Transfer *transfer);
    void forgetTransfer(Transfer *transfer);

    std::unique_ptr<CurlWorker> m_worker;
    std::unordered_set<TransferState *> m_running; // with the worker, for a live Transfer
    std::deque<std::unique_ptr<TransferState>> m_queue;
    std::vector<QPointer<Transfer>> m_toFinish;
    std::vector<QPointer<Transfer>> m_toProgress;
    std::vector<QPointer<Transfer>> m_toReceive;
    quint64 m_nextId = 0;
    int m_maxConcurrent = 0;
    int m_maxPerHost = 0;
    Capture m_capture = Capture::Everything;
    qint64 m_bodyMemoryLimit = 8 * 1024 * 1024;
};

} // namespace HttpLens
