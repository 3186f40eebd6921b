#include "historyjournal.h"

#include "files/datafiles.h"
#include "interop/har.h"
#include "interop/harentrywriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

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
                                      const QJsonObject &composition,
                                      const QString &bodyFile,
                                      const QByteArray &writer)
{
    HarOptions options;
    options.maxEmbeddedBody = kInlineBodyLimit;
    JsonWriter out(8192);
    out.beginObject().key(QLatin1StringView("format")).value(kFormat);
    // A captured exchange's composition is the request it forwarded, made again when read.
    if (!exchange.capture.captured)
        out.key(QLatin1StringView("composition")).value(QJsonValue(composition));
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

bool HistoryJournal::append(const Exchange &exchange,
                            const QJsonObject &composition,
                            QString *error,
                            qint64 *offset,
                            qint64 *length)
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
    // Appending leaves the descriptor at the end of what it wrote, whatever other programs
    // wrote before it.
    const bool newline = line.startsWith('\n');
    const qint64 end = qint64(::lseek(m_fd, 0, SEEK_CUR));
    if (offset)
        *offset = end < 0 ? -1 : end - line.size() + (newline ? 1 : 0);
    if (length)
        *length = line.size() - (newline ? 1 : 0);
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

} // namespace HttpLens
