#pragma once

#include "http/transfer.h"
#include "model/exchange.h"

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

class QTimer;

namespace HttpLens {

struct TransferState;

// Sends requests through one libcurl multi handle driven by the Qt event loop: a
// QSocketNotifier per socket and direction and one single-shot QTimer, no threads. Any number
// of transfers run at once; setMaxConcurrent() queues the rest. Signals are only ever emitted
// after libcurl has returned, so slots may cancel, delete or start transfers freely.
class Engine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // What becomes of a response body. Keep: in memory up to the limit, in a temporary file
    // beyond (Exchange::body). Digest: only its SHA-256 is kept (Exchange::bodyDigest), for
    // callers that compare bodies and need none of them (httplens-cli check).
    enum class BodyHandling { Keep, Digest };

    // Validates and starts the request. Always returns a Transfer; an invalid request finishes
    // (asynchronously) with the validation problem as its error and nothing sent.
    Transfer *send(const Request &request, BodyHandling body = BodyHandling::Keep);

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

    void setMaxConcurrent(int count); // 0: no limit
    int maxConcurrent() const { return m_maxConcurrent; }
    void setBodyMemoryLimit(qint64 bytes) { m_bodyMemoryLimit = bytes; }
    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }

signals:
    void transferFinished(HttpLens::Transfer *transfer);

private:
    friend class Transfer;
    struct SocketWatch;

    static int socketCallback(void *easy, int socket, int what, void *engine, void *socketData);
    static int timerCallback(void *multi, long timeoutMs, void *engine);

    void onSocket(int socket, int what);
    void onSocketActivated(QSocketDescriptor socket, QSocketNotifier::Type type);
    void onTimeout();
    void socketAction(int socket, int eventMask);
    void afterCurlCall();
    void processMessages();
    void startQueued();
    bool addToMulti(std::unique_ptr<TransferState> state);
    void finalize(TransferState &state, int curlResult, bool remove);
    void eraseRunning(void *easy);
    void finishUnsent(TransferState &state, int curlCode, const QString &sentence);
    void emitPending();
    void cancelTransfer(Transfer *transfer);
    void forgetTransfer(Transfer *transfer);

    void *m_multi = nullptr;
    QTimer *m_timer = nullptr;
    std::unordered_map<int, std::unique_ptr<SocketWatch>> m_sockets;
    std::vector<std::unique_ptr<SocketWatch>> m_spareWatches;
    std::vector<TransferState *> m_progressDirty;
    std::unordered_map<void *, std::unique_ptr<TransferState>> m_running;
    std::deque<std::unique_ptr<TransferState>> m_queue;
    std::vector<QPointer<Transfer>> m_toFinish;
    std::vector<QPointer<Transfer>> m_toProgress;
    quint64 m_nextId = 0;
    int m_maxConcurrent = 0;
    Capture m_capture = Capture::Everything;
    qint64 m_bodyMemoryLimit = 8 * 1024 * 1024;
    int m_curlDepth = 0;
    bool m_timeoutDue = false;
    bool m_destroying = false;
};

} // namespace HttpLens
