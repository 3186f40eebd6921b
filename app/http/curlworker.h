#pragma once

// Private to the engine (app/http): the thread that drives libcurl's multi handle.

#include <QtGlobal>

#include <QHash>
#include <QString>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

class QThread;

namespace HttpLens {

struct TransferState;

// libcurl's multi handle on a thread of its own, driven as curl's own tool drives it: wait in
// curl_multi_poll() for any socket or timeout, then one curl_multi_perform() serves every
// socket that is ready, so requests leave in bursts. The owning thread hands over transfers
// whose easy handle is configured (start), asks for cancellations (cancel) and collects what
// finished (take) when told that something did (the notify function, called on the worker).
// Everything libcurl's callbacks write happens on the worker, into the transfer's state, and the
// state goes back whole: the two threads never touch one state at the same time, except for its
// atomic cancelled flag.
class CurlWorker
{
public:
    struct Progress
    {
        TransferState *state = nullptr;
        qint64 received = 0;
        qint64 expected = 0;
    };
    // What the worker hands back, in order: progress first, then the relayed transfers whose
    // channel received something, then the finished transfers (their easy handles cleaned up,
    // their exchanges complete).
    struct Outbox
    {
        std::vector<Progress> progress;
        std::vector<TransferState *> received;
        std::vector<std::unique_ptr<TransferState>> finished;
    };

    // owner: the thread that takes the results; files of spilled bodies are handed to it.
    CurlWorker(QThread *owner, std::function<void()> notify);
    ~CurlWorker(); // stops the thread; transfers still running are dropped quietly
    Q_DISABLE_COPY_MOVE(CurlWorker)

    // Transfers handed over wait on the worker while maxRunning run (0: no limit), or while
    // maxPerHost run to their state's hostKey: a finished transfer's place is taken in the same
    // round, without a trip to the owning thread.
    void setLimits(int maxRunning, int maxPerHost);
    void start(std::unique_ptr<TransferState> state);
    // Ends a running transfer with CURLE_ABORTED_BY_CALLBACK; nothing when it has finished.
    void cancel(quint64 id);
    // Continues a paused relayed transfer (its channel has room or upload bytes again).
    void resume(quint64 id);
    Outbox take();

private:
    void run();
    void admit(std::vector<std::unique_ptr<TransferState>> states);
    bool startWaiting(); // true when a waiting transfer was started
    bool hasRoom(const TransferState &state) const;
    std::unique_ptr<TransferState> release(void *easy); // out of m_running, its host counted off
    void abort(const std::vector<quint64> &ids);
    void unpause(const std::vector<quint64> &ids);
    TransferState *runningState(quint64 id);
    void collect();
    void finish(std::unique_ptr<TransferState> state, int curlResult);
    void failRunning(const char *call, int code);
    void removeHandle(void *easy);
    bool publish(); // true when finished transfers were handed over
    bool awaitWork();
    void wake();
    void wakeUp();

    QThread *m_owner;
    std::function<void()> m_notify;
    void *m_multi = nullptr;

    // Shared with the owning thread, under m_mutex.
    std::mutex m_mutex;
    std::vector<std::unique_ptr<TransferState>> m_inbox;
    std::vector<quint64> m_cancels;
    std::vector<quint64> m_resumes;
    int m_maxRunning = 0;
    int m_maxPerHost = 0;
    Outbox m_outbox;
    bool m_told = false;  // notify() was called and take() has not come yet
    bool m_awake = false; // a wake-up is on its way to curl_multi_poll()
    bool m_stopping = false;
    std::atomic<bool> m_work{false};     // the inbox or the cancellations hold something
    std::atomic<bool> m_spinning{false}; // in awaitWork(): no wake-up needed

    // The worker's own.
    std::unordered_map<void *, std::unique_ptr<TransferState>> m_running;
    std::deque<std::unique_ptr<TransferState>> m_waiting; // handed over, not yet started
    QHash<QString, int> m_runningPerHost;
    int m_limitRunning = 0; // the limits this round applies
    int m_limitPerHost = 0;
    std::vector<TransferState *> m_progressDirty;
    std::vector<TransferState *> m_channelDirty;
    Outbox m_ready; // collected in this round, published at its end

    std::thread m_thread;
};

} // namespace HttpLens
