#include "historyjournal.h"

#include "interop/har.h"
#include "interop/harentrywriter.h"
#include "interop/harreader.h"
#include "store/datafiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUuid>

#include <optional>
#include <thread>
#include <vector>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HttpLens {

namespace {

class HistoryJournalText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::HistoryJournal)
};

constexpr int kFormat = 1;

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
    const QJsonValue composition = object.value(QStringLiteral("composition"));
    line.record.composition = composition.isObject() || !exchange.capture.captured
                                      ? compositionFromJson(composition.toObject())
                                      : capturedComposition(exchange);
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
// off by a crash) and where they end.
QList<QByteArrayView> completeLines(QByteArrayView content, qsizetype *end)
{
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < content.size()) {
        const qsizetype newline = content.indexOf('\n', pos);
        if (newline < 0)
            break;
        lines.append(content.sliced(pos, newline - pos));
        pos = newline + 1;
    }
    *end = pos;
    return lines;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

qint64 inodeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return qint64(info.st_ino);
}

} // namespace

HistoryJournal::HistoryJournal(const QString &path)
    : m_path(path)
    , m_writer(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{}

HistoryJournal::~HistoryJournal()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the lock
}

QString HistoryJournal::bodyDirectory() const
{
    return m_path + QStringLiteral("-bodies");
}

QString HistoryJournal::lockPath() const
{
    return m_path + QStringLiteral(".lock");
}

QByteArray HistoryJournal::recordLine(const Exchange &exchange,
                                      const Composition &composition,
                                      const QString &bodyFile,
                                      const QByteArray &writer)
{
    HarOptions options;
    options.maxEmbeddedBody = kInlineBodyLimit;
    JsonWriter out(8192);
    out.beginObject().key(QLatin1StringView("format")).value(kFormat);
    // A captured exchange's composition is the request it forwarded, made again when read.
    if (!exchange.capture.captured)
        out.key(QLatin1StringView("composition")).value(QJsonValue(compositionToJson(composition)));
    out.key(QLatin1StringView("entries")).beginArray();
    writeHarEntries(out, exchange, options);
    out.endArray();
    if (!bodyFile.isEmpty())
        out.key(QLatin1StringView("bodyFile")).value(bodyFile);
    if (!writer.isEmpty())
        out.key(QLatin1StringView("writer")).latin1(writer);
    out.endObject();
    QByteArray line = out.take();
    line += '\n';
    return line;
}

bool HistoryJournal::tryLockExclusive()
{
    if (m_lockFd < 0) {
        m_lockFd = ::open(QFile::encodeName(lockPath()).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC,
                          0600);
        if (m_lockFd < 0)
            return false;
    }
    return ::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0;
}

// Blocks while another program repairs the journal (it holds the lock exclusively for that).
// Linux gives up a lock before converting it, so this is also how a failed conversion is undone.
bool HistoryJournal::lockShared(QString *error)
{
    if (m_lockFd < 0)
        m_lockFd = ::open(QFile::encodeName(lockPath()).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC,
                          0600);
    int rc = -1;
    while (m_lockFd >= 0 && (rc = ::flock(m_lockFd, LOCK_SH)) != 0 && errno == EINTR) {}
    if (rc != 0) {
        *error = HistoryJournalText::tr("Cannot lock the history file %1: %2.")
                         .arg(lockPath(), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

qint64 HistoryJournal::fileIdentity() const
{
    return inodeOf(m_path);
}

bool HistoryJournal::openForAppend(QString *error)
{
    if (m_fd >= 0 && fileIdentity() == m_identity)
        return true;
    if (m_fd < 0 && !lockShared(error))
        return false;
    if (m_fd >= 0)
        ::close(m_fd); // the file was replaced while this program let go of its lock
    m_fd = ::open(QFile::encodeName(m_path).constData(),
                  O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
                  0600);
    if (m_fd < 0) {
        *error = HistoryJournalText::tr("Cannot write the history file %1: %2.")
                         .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat info;
    ::fstat(m_fd, &info);
    m_identity = qint64(info.st_ino);
    return true;
}

bool HistoryJournal::writeBodyFile(const Exchange &exchange, QString *name, QString *error)
{
    if (!ensurePrivateDirectory(bodyDirectory(), error))
        return false;
    *name = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".body");
    const QString path = QDir(bodyDirectory()).filePath(*name);
    const QString partial = path + QStringLiteral(".part");
    QString saveError;
    if (!exchange.body.saveTo(partial, &saveError) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = HistoryJournalText::tr("Cannot keep the response body in %1: %2.")
                         .arg(path, saveError);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void HistoryJournal::removeUnreferencedBodies(const QSet<QString> &referenced)
{
    QDir dir(bodyDirectory());
    if (!dir.exists())
        return;
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (!referenced.contains(name))
            dir.remove(name);
    }
}

// The records of complete lines, in order: a clear marker forgets what came before it. Lines
// this program wrote are left out unless keepOwn (when opening, everything counts).
QList<HistoryJournal::Record> HistoryJournal::readLines(
        QByteArrayView content, qsizetype *damaged, bool *cleared, bool keepOwn, int *missingBodies)
{
    qsizetype end = 0;
    const QList<QByteArrayView> lines = completeLines(content, &end);
    std::vector<Line> parsed = parseLines(lines);
    QList<Record> records;
    for (Line &line : parsed) {
        switch (line.kind) {
        case Line::Kind::Blank:
            break;
        case Line::Kind::Damaged:
            ++*damaged;
            break;
        case Line::Kind::Cleared:
            if (!keepOwn && line.writer == m_writer)
                break; // this program's own clear, done already
            records.clear();
            m_bodiesSeen.clear();
            *cleared = true;
            break;
        case Line::Kind::Record:
            if (!keepOwn && line.writer == m_writer)
                break;
            if (!line.bodyFile.isEmpty()) {
                const QString name = QFileInfo(line.bodyFile).fileName();
                const QString bodyPath = QDir(bodyDirectory()).filePath(name);
                if (QFileInfo::exists(bodyPath)) {
                    line.record.exchange.body = Body::fromFile(bodyPath);
                    m_bodiesSeen.insert(name);
                } else if (missingBodies) {
                    ++*missingBodies;
                }
            }
            records.append(std::move(line.record));
            break;
        }
    }
    return records;
}

HistoryJournal::LoadResult HistoryJournal::load()
{
    LoadResult result;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_bodiesSeen.clear();
    // Alone, this program may repair the file; otherwise it only reads.
    const bool alone = tryLockExclusive();
    QString error;
    if (!alone && !lockShared(&error))
        result.messages.append(error);
    QFile file(m_path);
    QByteArray content;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            result.messages.append(
                    HistoryJournalText::tr(
                            "The history file %1 cannot be read (%2). HTTP Lens keeps "
                            "this session's history in memory only.")
                            .arg(m_path, file.errorString()));
            return result;
        }
        content = file.readAll();
        file.close();
    }
    qsizetype completeEnd = 0;
    completeLines(content, &completeEnd);
    qsizetype damaged = 0;
    bool cleared = false;
    int missingBodies = 0;
    result.records = readLines(content, &damaged, &cleared, true, &missingBodies);
    m_readOffset = completeEnd;
    if (missingBodies > 0)
        result.messages.append(
                HistoryJournalText::tr(
                        "The response bodies of %n history entries are missing from %1; "
                        "their heads and sizes were kept.",
                        nullptr,
                        missingBodies)
                        .arg(bodyDirectory()));
    if (alone) {
        repairAlone(content, completeEnd, damaged, cleared, &result);
        // Back to sharing: the lock is given up for a moment, so the file is checked again.
        const qint64 identity = fileIdentity();
        if (!lockShared(&error))
            result.messages.append(error);
        if (fileIdentity() != identity)
            return load();
    } else if (damaged > 0) {
        result.messages.append(HistoryJournalText::tr("%n history entries could not be read.",
                                                      nullptr,
                                                      int(damaged)));
    }
    if (!openForAppend(&error))
        result.messages.append(error);
    return result;
}

// Only a program that has the journal to itself rewrites it, and only through a new file renamed
// over the old one, so a crash leaves one or the other.
// Only a program that has the journal to itself rewrites it, and only through a new file renamed
// over the old one, so a crash leaves one or the other.
void HistoryJournal::repairAlone(const QByteArray &content,
                                 qsizetype completeEnd,
                                 qsizetype damaged,
                                 bool cleared,
                                 LoadResult *result)
{
    const bool cutOff = completeEnd < content.size();
    if (cutOff)
        result->messages.append(HistoryJournalText::tr("The last history entry was cut off when "
                                                       "HTTP Lens stopped; it was dropped (%1 "
                                                       "bytes).")
                                        .arg(content.size() - completeEnd));
    if (damaged > 0 || cleared || cutOff) {
        // Every readable line after the last clear, each as it was.
        qsizetype end = 0;
        const QList<QByteArrayView> lines = completeLines(content, &end);
        const std::vector<Line> parsed = parseLines(lines);
        qsizetype from = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (parsed[size_t(i)].kind == Line::Kind::Cleared)
                from = i + 1;
        }
        QByteArray kept;
        for (qsizetype i = from; i < lines.size(); ++i) {
            if (parsed[size_t(i)].kind == Line::Kind::Record)
                kept += lines.at(i).toByteArray() + '\n';
        }
        QString error;
        QString aside;
        if (damaged > 0) {
            aside = moveAside(m_path);
            result->messages.append(
                    aside.isEmpty()
                            ? HistoryJournalText::tr("%n history entries could not be read and "
                                                     "the file could not be moved aside.",
                                                     nullptr,
                                                     int(damaged))
                            : HistoryJournalText::tr("%n history entries could not be read. The "
                                                     "whole file was kept as %1; the readable "
                                                     "entries were kept.",
                                                     nullptr,
                                                     int(damaged))
                                      .arg(aside));
        }
        if ((damaged == 0 || !aside.isEmpty())
            && !writeFileAtomically(m_path, kept, FileSecrecy::Secret, &error))
            result->messages.append(error);
        m_readOffset = kept.size();
    }
    // Bodies whose line never made it (the process stopped in between) are not history.
    if (damaged == 0)
        removeUnreferencedBodies(m_bodiesSeen);
}

bool HistoryJournal::append(const Exchange &exchange, const Composition &composition, QString *error)
{
    if (!openForAppend(error))
        return false;
    QString bodyFile;
    if (exchange.body.size() > kInlineBodyLimit && !writeBodyFile(exchange, &bodyFile, error))
        return false;
    QByteArray line = recordLine(exchange, composition, bodyFile, m_writer);
    // A line another program left without its end (it was killed mid-write) must not swallow
    // this one.
    struct stat info;
    if (::fstat(m_fd, &info) == 0 && info.st_size > 0) {
        char last = '\n';
        if (::pread(m_fd, &last, 1, info.st_size - 1) == 1 && last != '\n')
            line.prepend('\n');
    }
    // One write of the whole line, handed to the kernel before append() returns: once it has
    // returned, the entry survives the process being killed, and no other writer's line can
    // land inside it.
    if (!writeAll(m_fd, line)) {
        *error = HistoryJournalText::tr("Cannot write the history file %1: %2.")
                         .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool HistoryJournal::clear(QString *error)
{
    if (!openForAppend(error))
        return false;
    if (tryLockExclusive()) {
        // Alone: the file is emptied in place (it keeps its identity) and the bodies go.
        const bool emptied = ::ftruncate(m_fd, 0) == 0;
        removeUnreferencedBodies({});
        m_bodiesSeen.clear();
        m_readOffset = 0;
        const bool shared = lockShared(error);
        if (!emptied)
            *error = HistoryJournalText::tr("Cannot empty the history file %1: %2.")
                             .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return emptied && shared;
    }
    // Others read it too: a marker that every reader honours, its bodies left to the next
    // program that finds itself alone.
    if (!lockShared(error) || !openForAppend(error))
        return false;
    const QByteArray marker
            = QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                        {QStringLiteral("cleared"),
                                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                        {QStringLiteral("writer"), QString::fromLatin1(m_writer)}})
                      .toJson(QJsonDocument::Compact)
              + '\n';
    if (!writeAll(m_fd, marker)) {
        *error = HistoryJournalText::tr("Cannot write the history file %1: %2.")
                         .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
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
    qsizetype end = 0;
    completeLines(content, &end);
    qsizetype damaged = 0;
    bool cleared = false;
    appended.records = readLines(QByteArrayView(content).first(end),
                                 &damaged,
                                 &cleared,
                                 false,
                                 nullptr);
    appended.cleared = appended.cleared || cleared;
    m_readOffset += end;
    return appended;
}

} // namespace HttpLens
