#pragma once

#include "model/exchange.h"

#include "model/exchange.h"
#include <QJsonObject>

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace HttpLens {

// The history on disk: one JSON line per exchange (its HAR entries, unmasked, plus the
// composition that produced it), appended as soon as the exchange is recorded. Bodies above a
// few kilobytes go to a file of their own next to the journal, written before the line that
// names them, and are read from there only when shown; so opening a long history parses heads,
// not megabytes of bodies. It is read a block at a time, each record handed over as it is read
// with where its line is, so a window can keep what it lists of 100,000 exchanges and read the
// rest back when one is shown.
//
// Several programs share one journal: two windows on one data folder, a window and
// `httplens-cli capture`. Each appends whole lines with one write to a descriptor opened for
// appending, so lines never interleave, and each holds a shared lock on history.jsonl.lock while
// it has the journal open. Only a program that finds itself alone (the lock taken exclusively)
// ever rewrites the file: it drops a line cut off by a crash, moves a damaged file aside after
// keeping its readable lines, forgets cleared entries and removes body files no line names.
// A program that is not alone only reads and appends; clearing then appends a marker that every
// reader honours. readAppended() hands over what the others appended since, so each window
// shows them live; killing any of them at any moment loses at most the line being written.
class HistoryJournal
{
    Q_DISABLE_COPY_MOVE(HistoryJournal)

public:
    struct Record
    {
        Exchange exchange;
        // The composition that produced it, as the inspector writes it (compositionToJson);
        // empty for a captured exchange, whose request is made again from what it forwarded.
        QJsonObject composition;
    };
    // A record and the line it was read from (to read it again later).
    struct Located
    {
        Record record;
        qint64 offset = -1;
        qint64 length = 0;
    };
    struct LoadResult
    {
        QList<Record> records; // load() without a reader only
        QStringList messages;  // for the user; empty when all was well
    };
    // Where load() hands what it reads, in order: each record, and each clear marker (what was
    // handed over before it is history no more).
    struct Reader
    {
        std::function<void(Located &&)> record;
        std::function<void()> cleared;
    };

    explicit HistoryJournal(const QString &path);
    ~HistoryJournal();

    QString path() const { return m_path; }
    // Reads the journal and opens it for appending. Without a reader the records are collected
    // in the result.
    LoadResult load();
    LoadResult load(const Reader &reader);
    // The record of one line, read again (its body from its file).
    std::optional<Record> read(qint64 offset, qint64 length) const;
    // Appends the exchange; where its line went, when asked.
    bool append(const Exchange &exchange,
                const QJsonObject &composition,
                QString *error,
                qint64 *offset = nullptr,
                qint64 *length = nullptr);
    // Empties the history: the file itself when no other program has it open, else by a marker.
    bool clear(QString *error);

    // What other programs appended since load() or the last call; cleared says that one of them
    // cleared the history first (the records are those after that).
    struct Appended
    {
        QList<Located> records;
        bool cleared = false;
    };
    Appended readAppended();

    QString bodyDirectory() const;
    QString lockPath() const;

    // One journal line; a body larger than inlineLimit is left out of it and bodyFile (when
    // given) names the file that holds it. writer tells the programs sharing the journal apart.
    static QByteArray recordLine(const Exchange &exchange,
                                 const QJsonObject &composition,
                                 const QString &bodyFile = {},
                                 const QByteArray &writer = {});
    static constexpr qint64 kInlineBodyLimit = 8 * 1024;

private:
    // What one pass over the file found (historyjournalreader.cpp).
    struct Pass
    {
        qint64 completeEnd = 0; // where the last complete line ends
        qint64 size = 0;
        qsizetype damaged = 0;
        bool cleared = false;
        int missingBodies = 0;
    };
    bool readPass(const Reader &reader, Pass *pass, QString *error);
    bool rewriteReadable(const QString &source, const Pass &pass, QString *error);
    void repairAlone(const Pass &pass, LoadResult *result, bool *rewritten);

    bool lockShared(QString *error);
    bool tryLockExclusive();
    bool openForAppend(QString *error);
    bool writeBodyFile(const Exchange &exchange, QString *name, QString *error);
    void removeUnreferencedBodies(const QSet<QString> &referenced);
    qint64 fileIdentity() const;

    QString m_path;
    QByteArray m_writer;     // this program's mark on the lines it writes
    int m_fd = -1;           // the journal, opened for appending
    int m_lockFd = -1;       // history.jsonl.lock, held shared while the journal is open
    qint64 m_identity = 0;   // the inode that m_fd and m_readOffset belong to
    qint64 m_readOffset = 0; // the end of the last complete line read
    QSet<QString> m_bodiesSeen;
};

} // namespace HttpLens
