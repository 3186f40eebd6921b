#pragma once

#include "inspector/composition.h"
#include "model/exchange.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace HttpLens {

// The history on disk: one JSON line per exchange (its HAR entries, unmasked, plus the
// composition that produced it), appended as soon as the exchange is recorded. Bodies above a
// few kilobytes go to a file of their own next to the journal, written before the line that
// names them, and are read from there only when shown; so opening a long history parses heads,
// not megabytes of bodies.
//
// Several programs share one journal: two windows on one data folder, a window and
// `httplens-cli capture`. Each appends whole lines with one write to a descriptor opened for
// appending, so lines never interleave, and each holds a shared lock on history.jsonl.lock while it
// has the journal open. Only a program that finds itself alone (the lock taken exclusively)
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
        Composition composition;
    };
    struct LoadResult
    {
        QList<Record> records;
        QStringList messages; // for the user; empty when all was well
    };

    explicit HistoryJournal(const QString &path);
    ~HistoryJournal();

    QString path() const { return m_path; }
    // Reads the journal and opens it for appending.
    LoadResult load();
    bool append(const Exchange &exchange, const Composition &composition, QString *error);
    // Empties the history: the file itself when no other program has it open, else by a marker.
    bool clear(QString *error);

    // What other programs appended since load() or the last call; cleared says that one of them
    // cleared the history first (the records are those after that).
    struct Appended
    {
        QList<Record> records;
        bool cleared = false;
    };
    Appended readAppended();

    QString bodyDirectory() const;
    QString lockPath() const;

    // One journal line; a body larger than inlineLimit is left out of it and bodyFile (when
    // given) names the file that holds it. writer tells the programs sharing the journal apart.
    static QByteArray recordLine(const Exchange &exchange,
                                 const Composition &composition,
                                 const QString &bodyFile = {},
                                 const QByteArray &writer = {});
    static constexpr qint64 kInlineBodyLimit = 8 * 1024;

private:
    bool lockShared(QString *error);
    bool tryLockExclusive();
    bool openForAppend(QString *error);
    bool writeBodyFile(const Exchange &exchange, QString *name, QString *error);
    void removeUnreferencedBodies(const QSet<QString> &referenced);
    QList<Record> readLines(QByteArrayView content,
                            qsizetype *damaged,
                            bool *cleared,
                            bool keepOwn,
                            int *missingBodies);
    void repairAlone(const QByteArray &content,
                     qsizetype completeEnd,
                     qsizetype damaged,
                     bool cleared,
                     LoadResult *result);
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
