#include "checkstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace HttpLens {

namespace {

class StateText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::CheckState)
};

std::atomic<int> connectionCounter{0};

} // namespace

CheckState::CheckState()
    : m_connection(QStringLiteral("httplens-check-%1").arg(++connectionCounter))
{}

CheckState::~CheckState()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    commit();
    m_select.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool CheckState::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(sql))
        return true;
    m_error = StateText::tr("The state file cannot be used: %1").arg(query.lastError().text());
    return false;
}

bool CheckState::open(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_error = StateText::tr("Qt's SQLite driver is missing (Debian: libqt6sql6-sqlite).");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // A file another run holds is refused at once, not after a wait that could not help.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    if (!db.open()) {
        m_error = StateText::tr("The state file %1 cannot be opened: %2")
                          .arg(path, db.lastError().text());
        return false;
    }
    // One run owns the file: a second run on it at the same time is refused ("database is
    // locked"), and no transaction pays for taking and releasing file locks.
    return exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"))
           && exec(QStringLiteral("PRAGMA journal_mode=WAL"))
           && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
           && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS resources (url TEXT PRIMARY KEY, "
                                  "etag BLOB, last_modified BLOB, sha256 BLOB, status INTEGER, "
                                  "checked_at INTEGER, changed_at INTEGER, full_bytes INTEGER, "
                                  "run INTEGER, batch INTEGER, result TEXT)"))
           && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, "
                                  "started INTEGER, finished INTEGER, batches INTEGER DEFAULT 0, "
                                  "reported_through INTEGER DEFAULT 0)"));
}

bool CheckState::beginRun(bool resume)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (resume) {
        QSqlQuery last(db);
        if (last.exec(QStringLiteral("SELECT id, batches, reported_through FROM runs WHERE "
                                     "finished IS NULL ORDER BY id DESC LIMIT 1"))
            && last.next()) {
            m_run = last.value(0).toLongLong();
            m_batch = last.value(1).toLongLong();
            m_reportedThrough = last.value(2).toLongLong();
            m_resumed = true;
            return true;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO runs (started) VALUES (?)"));
    insert.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!insert.exec()) {
        m_error = StateText::tr("The state file cannot be used: %1").arg(insert.lastError().text());
        return false;
    }
    m_run = insert.lastInsertId().toLongLong();
    return true;
}

bool CheckState::checkedInThisRun(const QString &url)
{
    if (!m_resumed)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT 1 FROM resources WHERE url = ? AND run = ?"));
    query.addBindValue(url);
    query.addBindValue(m_run);
    return query.exec() && query.next();
}

void CheckState::finishRun()
{
    commit();
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("UPDATE runs SET finished = ? WHERE id = ?"));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(m_run);
    query.exec();
}

std::optional<ResourceRecord> CheckState::record(const QString &url)
{
    // What waits for the next commit is the newest knowledge of the URL.
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it) {
        if (it->first.url == url)
            return it->first;
    }
    if (!m_select) {
        m_select = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        m_select->setForwardOnly(true); // one row, read once: no cache to build
        m_select->prepare(QStringLiteral("SELECT etag, last_modified, sha256, status, checked_at, "
                                         "changed_at, full_bytes FROM resources WHERE url = ?"));
    }
    QSqlQuery &query = *m_select;
    query.bindValue(0, url);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    ResourceRecord r;
    r.url = url;
    r.etag = query.value(0).toByteArray();
    r.lastModified = query.value(1).toByteArray();
    r.sha256 = query.value(2).toByteArray();
    r.status = query.value(3).toInt();
    r.checkedAt = query.value(4).toLongLong();
    r.changedAt = query.value(5).toLongLong();
    r.fullBytes = query.value(6).toLongLong();
    query.finish();
    return r;
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
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("UPDATE runs SET reported_through = ? WHERE id = ?"));
    query.addBindValue(m_batch);
    query.addBindValue(m_run);
    if (!query.exec())
        return false;
    m_reportedThrough = m_batch;
    return true;
}

QList<QByteArray> CheckState::unreportedResults()
{
    QList<QByteArray> results;
    if (!m_resumed)
        return results;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT result FROM resources WHERE run = ? AND batch > ? "
                                 "AND result IS NOT NULL ORDER BY batch"));
    query.addBindValue(m_run);
    query.addBindValue(m_reportedThrough);
    if (query.exec()) {
        while (query.next())
            results.append(query.value(0).toByteArray());
    }
    return results;
}

bool CheckState::commit()
{
    if (m_pending.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        m_error = StateText::tr("The state file cannot be written: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    const qint64 batch = m_batch + 1;
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO resources (url, etag, last_modified, "
                                 "sha256, status, checked_at, changed_at, full_bytes, run, batch, "
                                 "result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &[r, result] : std::as_const(m_pending)) {
        query.bindValue(0, r.url);
        query.bindValue(1, r.etag);
        query.bindValue(2, r.lastModified);
        query.bindValue(3, r.sha256);
        query.bindValue(4, r.status);
        query.bindValue(5, r.checkedAt);
        query.bindValue(6, r.changedAt);
        query.bindValue(7, r.fullBytes);
        query.bindValue(8, m_run);
        query.bindValue(9, batch);
        query.bindValue(10, QString::fromUtf8(result));
        if (!query.exec()) {
            m_error = StateText::tr("The state file cannot be written: %1")
                              .arg(query.lastError().text());
            db.rollback();
            return false;
        }
    }
    QSqlQuery count(db);
    count.prepare(QStringLiteral("UPDATE runs SET batches = ? WHERE id = ?"));
    count.addBindValue(batch);
    count.addBindValue(m_run);
    if (!count.exec() || !db.commit()) {
        m_error = StateText::tr("The state file cannot be written: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    m_batch = batch;
    m_pending.clear();
    return true;
}

} // namespace HttpLens
