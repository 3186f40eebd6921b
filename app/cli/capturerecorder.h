#pragma once

#include "model/exchange.h"

#include <QFile>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace HttpLens {

class HarStreamWriter;
class HistoryJournal;

// Where `httplens-cli capture` puts each exchange: the history journal first, then the HAR (with
// --har) and the line or JSON object that reports it. This runs on a thread of its own, so that
// writing JSON never holds up the relaying: the proxy hands an exchange over and goes on. A line
// is printed only once its exchange is in the journal, so whatever was reported survives the
// process being killed.
class CaptureRecorder
{
public:
    struct Options
    {
        QString journal; // empty: no history
        QString har;     // empty: no HAR
        QString log;     // empty: the stream below
        FILE *stream = stdout;
        bool json = false;
        bool quiet = false;
    };

    explicit CaptureRecorder(const Options &options);
    ~CaptureRecorder();
    Q_DISABLE_COPY_MOVE(CaptureRecorder)

    bool open(QString *error);
    void record(const Exchange &exchange);
    // Writes what is queued, ends the HAR and stops the thread.
    bool close(QString *error);

private:
    void run();
    void write(const Exchange &exchange);

    const Options m_options;
    QFile m_log;
    std::unique_ptr<HarStreamWriter> m_har;
    std::unique_ptr<HistoryJournal> m_journal;
    bool m_journalFailed = false;
    qint64 m_count = 0;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Exchange> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace HttpLens
