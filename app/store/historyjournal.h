#pragma once

#include "inspector/composition.h"
#include "model/exchange.h"

#include <QFile>
#include <QList>
#include <QSet>
#include <QString>

namespace HttpLens {

// The history on disk: one JSON line per exchange (its HAR entries, unmasked, plus the
// composition that produced it), appended and flushed as soon as the exchange is recorded.
// Bodies above a few kilobytes go to a file of their own next to the journal, written before
// the line that names them, and are read from there only when shown; so opening a long
// history parses heads, not megabytes of bodies.
// Appending never rewrites what is already there, so killing the process at any moment loses
// at most the exchange being written; that line is incomplete and is dropped, with a message,
// when the journal is next opened. A line that is complete but unreadable makes the whole file
// move aside before the readable entries are written back.
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
    // Empties the history on disk (atomically).
    bool clear(QString *error);

    QString bodyDirectory() const;

    // One journal line; a body larger than inlineLimit is left out of it and bodyFile (when
    // given) names the file that holds it.
    static QByteArray recordLine(const Exchange &exchange,
                                 const Composition &composition,
                                 const QString &bodyFile = {});
    static constexpr qint64 kInlineBodyLimit = 8 * 1024;

private:
    bool openForAppend(QString *error);

    QString m_path;
    bool writeBodyFile(const Exchange &exchange, QString *name, QString *error);
    void removeUnreferencedBodies(const QSet<QString> &referenced);

    QFile m_file;
};

} // namespace HttpLens
