#include "checkstate.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

namespace HttpLens {

namespace {

class StateText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::CheckState)
};

// Bound values are copied by SQLite: the temporaries may go at once.
void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindUtf8(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindBlob(sqlite3_stmt *statement, int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

// A column as bytes, whether it holds a blob, text or NULL (an empty value).
QByteArray columnBytes(sqlite3_stmt *statement, int index)
{
    const void *data = sqlite3_column_blob(statement, index);
    const int size = sqlite3_column_bytes(statement, index);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

// A statement made for one use, finalized when it goes.
class OneUse
{
public:
    explicit OneUse(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    ~OneUse() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(OneUse)
    sqlite3_stmt *get() const { return m_statement; }
    explicit operator bool() const { return m_statement != nullptr; }

private:
    sqlite3_stmt *m_statement;
};

} // namespace

CheckState::CheckState() = default;

CheckState::~CheckState()
{
    if (!m_db)
        return;
    commit();
    sqlite3_finalize(m_select);
    sqlite3_finalize(m_insert);
    sqlite3_close_v2(m_db);
}

bool CheckState::fail(const QString &sentence)
{
    m_error = sentence;
    return false;
}

// SQLite's last error, in the sentence every failed use of the file gets.
bool CheckState::unusable()
{
    return fail(StateText::tr("The state file cannot be used: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

bool CheckState::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    return unusable();
}

sqlite3_stmt *CheckState::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        unusable();
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

bool CheckState::open(const QString &path)
{
    // A file another run holds is refused at once (SQLite's busy timeout is 0 unless set), not
    // after a wait that could not help.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(),
                                   &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                    : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return fail(StateText::tr("The state file %1 cannot be opened: %2").arg(path, reason));
    }
    // One run owns the file: a second run on it at the same time is refused ("database is
    // locked"), and no transaction pays for taking and releasing file locks.
    return exec("PRAGMA locking_mode=EXCLUSIVE") && exec("PRAGMA journal_mode=WAL")
           && exec("PRAGMA synchronous=NORMAL")
           && exec("CREATE TABLE IF NOT EXISTS resources (url TEXT PRIMARY KEY, etag BLOB, "
                   "last_modified BLOB, sha256 BLOB, status INTEGER, checked_at INTEGER, "
                   "changed_at INTEGER, full_bytes INTEGER, run INTEGER, batch INTEGER, "
                   "result TEXT)")
           && exec("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started INTEGER, "
                   "finished INTEGER, batches INTEGER DEFAULT 0, reported_through INTEGER "
                   "DEFAULT 0)")
           && (m_select = prepare("SELECT etag, last_modified, sha256, status, checked_at, "
                                  "changed_at, full_bytes FROM resources WHERE url = ?"))
           && (m_insert = prepare("INSERT OR REPLACE INTO resources (url, etag, last_modified, "
                                  "sha256, status, checked_at, changed_at, full_bytes, run, "
                                  "batch, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool CheckState::beginRun(bool resume)
{
    if (resume) {
        OneUse last(prepare("SELECT id, batches, reported_through FROM runs WHERE finished IS "
                            "NULL ORDER BY id DESC LIMIT 1"));
        if (last && sqlite3_step(last.get()) == SQLITE_ROW) {
            m_run = sqlite3_column_int64(last.get(), 0);
            m_batch = sqlite3_column_int64(last.get(), 1);
            m_reportedThrough = sqlite3_column_int64(last.get(), 2);
            m_resumed = true;
            return true;
        }
    }
    OneUse insert(prepare("INSERT INTO runs (started) VALUES (?)"));
    if (!insert)
        return false;
    sqlite3_bind_int64(insert.get(), 1, QDateTime::currentSecsSinceEpoch());
    if (sqlite3_step(insert.get()) != SQLITE_DONE)
        return unusable();
    m_run = sqlite3_last_insert_rowid(m_db);
    return true;
}

bool CheckState::checkedInThisRun(const QString &url)
{
    if (!m_resumed)
        return false;
    OneUse query(prepare("SELECT 1 FROM resources WHERE url = ? AND run = ?"));
    if (!query)
        return false;
    bindText(query.get(), 1, url);
    sqlite3_bind_int64(query.get(), 2, m_run);
    return sqlite3_step(query.get()) == SQLITE_ROW;
}

void CheckState::finishRun()
{
    commit();
    OneUse query(prepare("UPDATE runs SET finished = ? WHERE id = ?"));
    if (!query)
        return;
    sqlite3_bind_int64(query.get(), 1, QDateTime::currentSecsSinceEpoch());
    sqlite3_bind_int64(query.get(), 2, m_run);
    sqlite3_step(query.get());
}

std::optional<ResourceRecord> CheckState::record(const QString &url)
{
    // What waits for the next commit is the newest knowledge of the URL.
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it) {
        if (it->first.url == url)
            return it->first;
    }
    if (!m_select)
        return std::nullopt;
    sqlite3_reset(m_select);
    bindText(m_select, 1, url);
    std::optional<ResourceRecord> found;
    if (sqlite3_step(m_select) == SQLITE_ROW) {
        ResourceRecord r;
        r.url = url;
        r.etag = columnBytes(m_select, 0);
        r.lastModified = columnBytes(m_select, 1);
        r.sha256 = columnBytes(m_select, 2);
        r.status = sqlite3_column_int(m_select, 3);
        r.checkedAt = sqlite3_column_int64(m_select, 4);
        r.changedAt = sqlite3_column_int64(m_select, 5);
        r.fullBytes = sqlite3_column_int64(m_select, 6);
        found = r;
    }
    sqlite3_reset(m_select);
    return found;
}

void CheckState::store(const ResourceRecord &record, const QByteArray &result)
{
    m_pending.append({record, result});
}

bool CheckState::markReported()
{
    if (m_reportedThrough == m_batch)
        return true;
    // One small write per batch: every row of a batch up to this one was reported.
    OneUse query(prepare("UPDATE runs SET reported_through = ? WHERE id = ?"));
    if (!query)
        return false;
    sqlite3_bind_int64(query.get(), 1, m_batch);
    sqlite3_bind_int64(query.get(), 2, m_run);
    if (sqlite3_step(query.get()) != SQLITE_DONE)
        return false;
    m_reportedThrough = m_batch;
    return true;
}

QList<QByteArray> CheckState::unreportedResults()
{
    QList<QByteArray> results;
    if (!m_resumed)
        return results;
    OneUse query(prepare("SELECT result FROM resources WHERE run = ? AND batch > ? AND result "
                         "IS NOT NULL ORDER BY batch"));
    if (!query)
        return results;
    sqlite3_bind_int64(query.get(), 1, m_run);
    sqlite3_bind_int64(query.get(), 2, m_reportedThrough);
    while (sqlite3_step(query.get()) == SQLITE_ROW)
        results.append(columnBytes(query.get(), 0));
    return results;
}

// The rows of the batch and the run's count of batches, inside the caller's transaction.
bool CheckState::writePending(qint64 batch)
{
    for (const auto &[r, result] : std::as_const(m_pending)) {
        sqlite3_reset(m_insert);
        bindText(m_insert, 1, r.url);
        bindBlob(m_insert, 2, r.etag);
        bindBlob(m_insert, 3, r.lastModified);
        bindBlob(m_insert, 4, r.sha256);
        sqlite3_bind_int(m_insert, 5, r.status);
        sqlite3_bind_int64(m_insert, 6, r.checkedAt);
        sqlite3_bind_int64(m_insert, 7, r.changedAt);
        sqlite3_bind_int64(m_insert, 8, r.fullBytes);
        sqlite3_bind_int64(m_insert, 9, m_run);
        sqlite3_bind_int64(m_insert, 10, batch);
        bindUtf8(m_insert, 11, result);
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            return false;
    }
    sqlite3_reset(m_insert);
    OneUse count(prepare("UPDATE runs SET batches = ? WHERE id = ?"));
    if (!count)
        return false;
    sqlite3_bind_int64(count.get(), 1, batch);
    sqlite3_bind_int64(count.get(), 2, m_run);
    return sqlite3_step(count.get()) == SQLITE_DONE;
}

bool CheckState::commit()
{
    if (m_pending.isEmpty() || !m_db || !m_insert)
        return m_pending.isEmpty();
    const qint64 batch = m_batch + 1;
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK || !writePending(batch)
        || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = StateText::tr("The state file cannot be written: %1")
                          .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_insert);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    m_batch = batch;
    m_pending.clear();
    return true;
}

} // namespace HttpLens
