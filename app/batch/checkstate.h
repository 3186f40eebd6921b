#pragma once

#include "batch/checkresult.h"

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace HttpLens {

// The state file of `httplens-cli check --state FILE`: an SQLite database in WAL mode with one
// row per URL (ResourceRecord) and one per run, used through SQLite's own interface with its two
// busy statements prepared once (a revalidation run reads and writes a row per URL, and Qt SQL's
// conversions cost several times what SQLite itself does). Writes are grouped: records wait in
// a batch that commit() writes in one transaction, so a run that is killed keeps every
// URL committed before. A result is reported only once its batch is committed, and the run
// notes right after that its batches so far were reported; a URL's row says which run and
// batch checked it last, so --resume skips what the interrupted run did and reports what it had
// checked but not yet printed: each URL is checked once and reported once.
class CheckState
{
public:
    CheckState();
    ~CheckState();
    Q_DISABLE_COPY_MOVE(CheckState)

    // Opens (creating it when missing) the database; false with a sentence in error().
    bool open(const QString &path);
    QString error() const { return m_error; }

    // A new run, or the newest unfinished one when resuming (a new one when there is none).
    bool beginRun(bool resume);
    qint64 runId() const { return m_run; }
    bool resumed() const { return m_resumed; }
    // Whether the current run has checked this URL already (only after a resume).
    bool checkedInThisRun(const QString &url);
    void finishRun();

    std::optional<ResourceRecord> record(const QString &url);
    // Queues a record, and the result to report for it, for the next commit.
    void store(const ResourceRecord &record, const QByteArray &result);
    // Every result committed so far was printed: a resumed run does not report them again.
    bool markReported();
    // The results the current run checked but did not get to report (after a resume).
    QList<QByteArray> unreportedResults();
    int pending() const { return int(m_pending.size()); }
    bool commit();

private:
    bool exec(const char *sql);
    sqlite3_stmt *prepare(const char *sql);
    bool fail(const QString &sentence);
    bool unusable();
    bool writePending(qint64 batch);

    sqlite3 *m_db = nullptr;
    QString m_error;
    qint64 m_run = 0;
    bool m_resumed = false;
    QList<std::pair<ResourceRecord, QByteArray>> m_pending;
    qint64 m_batch = 0;               // batches of this run committed
    qint64 m_reportedThrough = 0;     // the last of them whose results were reported
    sqlite3_stmt *m_select = nullptr; // a URL's record
    sqlite3_stmt *m_insert = nullptr; // a URL's new record
};

} // namespace HttpLens
