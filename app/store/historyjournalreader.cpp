// Reading the history journal: a block at a time, the lines of each block parsed on every core,
// each record handed over in order with where its line is.
#include "historyjournal.h"

#include "files/datafiles.h"
#include "interop/harreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <thread>
#include <vector>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace HttpLens {

namespace {

class HistoryJournalText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::HistoryJournal)
};

// Read this much of the file at a time: a long history is never in memory whole.
constexpr qint64 kBlock = 4 * 1024 * 1024;

// One line of the journal, read.
struct Line
{
    enum class Kind { Blank, Damaged, Record, Cleared };
    Kind kind = Kind::Blank;
    HistoryJournal::Record record;
    QString bodyFile;
    QByteArray writer;
};

Line parseLine(QByteArrayView text)
{
    Line line;
    if (text.trimmed().isEmpty())
        return line;
    line.kind = Line::Kind::Damaged;
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text.toByteArray(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return line;
    line.writer = object.value(QStringLiteral("writer")).toString().toLatin1();
    if (object.contains(QStringLiteral("cleared"))) {
        line.kind = Line::Kind::Cleared;
        return line;
    }
    HarReadResult har = readHarEntries(object.value(QStringLiteral("entries")).toArray());
    if (!har.ok || har.exchanges.size() != 1)
        return line;
    line.kind = Line::Kind::Record;
    Exchange &exchange = har.exchanges.first();
    // A captured exchange's composition is the request it forwarded, made again when read.
    const QJsonValue composition = object.value(QStringLiteral("composition"));
    line.record.composition = composition.toObject();
    line.record.exchange = std::move(exchange);
    line.bodyFile = object.value(QStringLiteral("bodyFile")).toString();
    return line;
}

// Parsing is most of the time of opening a long history and each line stands alone, so the
// lines are parsed on every core.
std::vector<Line> parseLines(const QList<QByteArrayView> &lines)
{
    std::vector<Line> parsed(size_t(lines.size()));
    const int workers = int(
            qBound(qsizetype(1), qsizetype(QThread::idealThreadCount()), lines.size() / 256 + 1));
    auto parseRange = [&](int worker) {
        for (qsizetype i = worker; i < lines.size(); i += workers)
            parsed[size_t(i)] = parseLine(lines.at(i));
    };
    std::vector<std::thread> threads;
    for (int worker = 1; worker < workers; ++worker)
        threads.emplace_back(parseRange, worker);
    parseRange(0);
    for (std::thread &thread : threads)
        thread.join();
    return parsed;
}

// The complete lines of content (a last line without its newline is being written, or was cut
// off by a crash), each with where it starts, and where the last of them ends.
QList<QByteArrayView> completeLines(QByteArrayView content, QList<qint64> *starts, qint64 *end)
{
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < content.size()) {
        const qsizetype newline = content.indexOf('\n', pos);
        if (newline < 0)
            break;
        lines.append(content.sliced(pos, newline - pos));
        if (starts)
            starts->append(pos);
        pos = newline + 1;
    }
    *end = pos;
    return lines;
}

} // namespace

// One pass over the file, a block at a time. Records go to the reader with their place; a clear
// marker is passed on as it comes.
bool HistoryJournal::readPass(const Reader &reader, Pass *pass, QString *error)
{
    *pass = Pass();
    m_bodiesSeen.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = HistoryJournalText::tr("The history file %1 cannot be read (%2). HTTP Lens keeps "
                                        "this session's history in memory only.")
                         .arg(m_path, file.errorString());
        return false;
    }
    pass->size = file.size();
    QByteArray carry;
    qint64 carryOffset = 0;
    const QDir bodies(bodyDirectory());
    for (;;) {
        const QByteArray block = file.read(kBlock);
        if (block.isEmpty())
            break;
        const QByteArray data = carry + block;
        QList<qint64> starts;
        qint64 end = 0;
        const QList<QByteArrayView> lines = completeLines(data, &starts, &end);
        std::vector<Line> parsed = parseLines(lines);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            Line &line = parsed[size_t(i)];
            if (line.kind == Line::Kind::Damaged) {
                ++pass->damaged;
            } else if (line.kind == Line::Kind::Cleared) {
                pass->cleared = true;
                m_bodiesSeen.clear();
                if (reader.cleared)
                    reader.cleared();
            } else if (line.kind == Line::Kind::Record) {
                if (!line.bodyFile.isEmpty()) {
                    const QString name = QFileInfo(line.bodyFile).fileName();
                    if (QFileInfo::exists(bodies.filePath(name))) {
                        line.record.exchange.body = Body::fromFile(bodies.filePath(name));
                        m_bodiesSeen.insert(name);
                    } else {
                        ++pass->missingBodies;
                    }
                }
                reader.record({std::move(line.record),
                               carryOffset + starts.at(i),
                               qint64(lines.at(i).size())});
            }
        }
        carry = data.mid(end);
        carryOffset += end;
    }
    pass->completeEnd = carryOffset;
    return true;
}

HistoryJournal::LoadResult HistoryJournal::load()
{
    LoadResult result;
    Reader reader;
    reader.record = [&result](Located &&located) {
        result.records.append(std::move(located.record));
    };
    reader.cleared = [&result] { result.records.clear(); };
    LoadResult loaded = load(reader);
    result.messages = loaded.messages;
    return result;
}

HistoryJournal::LoadResult HistoryJournal::load(const Reader &reader)
{
    LoadResult result;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    // Alone, this program may repair the file; otherwise it only reads.
    const bool alone = tryLockExclusive();
    QString error;
    if (!alone && !lockShared(&error))
        result.messages.append(error);
    Pass pass;
    if (!readPass(reader, &pass, &error)) {
        result.messages.append(error);
        return result;
    }
    if (pass.missingBodies > 0)
        result.messages.append(
                HistoryJournalText::tr("The response bodies of %n history entries are missing from "
                                       "%1; their heads and sizes were kept.",
                                       nullptr,
                                       pass.missingBodies)
                        .arg(bodyDirectory()));
    m_readOffset = pass.completeEnd;
    if (alone) {
        bool rewritten = false;
        repairAlone(pass, &result, &rewritten);
        if (rewritten) {
            // The lines have moved: what was handed over is handed over again, from the new file.
            if (reader.cleared)
                reader.cleared();
            Pass again;
            readPass(reader, &again, &error);
            m_readOffset = again.completeEnd;
        }
        // Back to sharing: the lock is given up for a moment, so the file is checked again.
        const qint64 identity = fileIdentity();
        if (!lockShared(&error))
            result.messages.append(error);
        if (fileIdentity() != identity) {
            if (reader.cleared)
                reader.cleared();
            return load(reader);
        }
    } else if (pass.damaged > 0) {
        result.messages.append(HistoryJournalText::tr("%n history entries could not be read.",
                                                      nullptr,
                                                      int(pass.damaged)));
    }
    if (!openForAppend(&error))
        result.messages.append(error);
    return result;
}

// Every readable line after the last clear, each as it was, into a new file renamed over the
// old one, so a crash leaves one or the other.
bool HistoryJournal::rewriteReadable(const QString &source, const Pass &pass, QString *error)
{
    QFile in(source);
    QSaveFile out(m_path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *error = HistoryJournalText::tr("Cannot write the history file %1: %2.")
                         .arg(m_path, out.errorString());
        return false;
    }
    QByteArray kept;
    QByteArray carry;
    for (qint64 done = 0; done < pass.completeEnd;) {
        const QByteArray block = in.read(qMin(kBlock, pass.completeEnd - done));
        if (block.isEmpty())
            break;
        done += block.size();
        const QByteArray data = carry + block;
        qint64 end = 0;
        const QList<QByteArrayView> lines = completeLines(data, nullptr, &end);
        const std::vector<Line> parsed = parseLines(lines);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (parsed[size_t(i)].kind == Line::Kind::Cleared)
                kept.clear();
            else if (parsed[size_t(i)].kind == Line::Kind::Record)
                kept += lines.at(i).toByteArray() + '\n';
        }
        carry = data.mid(end);
    }
    out.write(kept);
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!out.commit()) {
        *error = HistoryJournalText::tr("Cannot write the history file %1: %2.")
                         .arg(m_path, out.errorString());
        return false;
    }
    return true;
}

// Only a program that has the journal to itself repairs it.
void HistoryJournal::repairAlone(const Pass &pass, LoadResult *result, bool *rewritten)
{
    const bool cutOff = pass.completeEnd < pass.size;
    if (cutOff)
        result->messages.append(HistoryJournalText::tr("The last history entry was cut off when "
                                                       "HTTP Lens stopped; it was dropped (%1 "
                                                       "bytes).")
                                        .arg(pass.size - pass.completeEnd));
    if (pass.damaged > 0 || pass.cleared || cutOff) {
        QString error;
        QString aside;
        if (pass.damaged > 0) {
            // The whole file is kept as it was; its readable lines go on as the journal.
            aside = moveAside(m_path);
            result->messages.append(
                    aside.isEmpty()
                            ? HistoryJournalText::tr("%n history entries could not be read and "
                                                     "the file could not be moved aside.",
                                                     nullptr,
                                                     int(pass.damaged))
                            : HistoryJournalText::tr("%n history entries could not be read. The "
                                                     "whole file was kept as %1; the readable "
                                                     "entries were kept.",
                                                     nullptr,
                                                     int(pass.damaged))
                                      .arg(aside));
        }
        if (pass.damaged == 0 || !aside.isEmpty()) {
            if (rewriteReadable(aside.isEmpty() ? m_path : aside, pass, &error))
                *rewritten = true;
            else
                result->messages.append(error);
        }
    }
    // Bodies whose line never made it (the process stopped in between) are not history.
    if (pass.damaged == 0)
        removeUnreferencedBodies(m_bodiesSeen);
}

std::optional<HistoryJournal::Record> HistoryJournal::read(qint64 offset, qint64 length) const
{
    QFile file(m_path);
    if (offset < 0 || length <= 0 || !file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return std::nullopt;
    const QByteArray text = file.read(length);
    if (text.size() != length)
        return std::nullopt;
    Line line = parseLine(text);
    if (line.kind != Line::Kind::Record)
        return std::nullopt;
    if (!line.bodyFile.isEmpty()) {
        const QString path = QDir(bodyDirectory()).filePath(QFileInfo(line.bodyFile).fileName());
        if (QFileInfo::exists(path))
            line.record.exchange.body = Body::fromFile(path);
    }
    return std::move(line.record);
}

HistoryJournal::Appended HistoryJournal::readAppended()
{
    Appended appended;
    QString error;
    if (m_fd < 0)
        return appended;
    if (fileIdentity() != m_identity) {
        // Replaced by a program that was alone for a moment: read it again from the start.
        if (!openForAppend(&error))
            return appended;
        m_readOffset = 0;
        appended.cleared = true;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return appended;
    if (file.size() < m_readOffset) {
        m_readOffset = 0; // emptied in place by a clear
        appended.cleared = true;
    }
    if (!file.seek(m_readOffset))
        return appended;
    const QByteArray content = file.read(file.size() - m_readOffset);
    QList<qint64> starts;
    qint64 end = 0;
    const QList<QByteArrayView> lines = completeLines(content, &starts, &end);
    std::vector<Line> parsed = parseLines(lines);
    const QDir bodies(bodyDirectory());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = parsed[size_t(i)];
        // This program's own lines and its own clear are known already.
        if (line.writer == m_writer
            || (line.kind != Line::Kind::Record && line.kind != Line::Kind::Cleared))
            continue;
        if (line.kind == Line::Kind::Cleared) {
            appended.records.clear();
            appended.cleared = true;
            continue;
        }
        if (!line.bodyFile.isEmpty()) {
            const QString path = bodies.filePath(QFileInfo(line.bodyFile).fileName());
            if (QFileInfo::exists(path))
                line.record.exchange.body = Body::fromFile(path);
        }
        appended.records.append(
                {std::move(line.record), m_readOffset + starts.at(i), qint64(lines.at(i).size())});
    }
    m_readOffset += end;
    return appended;
}

} // namespace HttpLens
