#include "historyjournal.h"

#include "interop/har.h"
#include "interop/harreader.h"
#include "store/datafiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUuid>

#include <optional>
#include <thread>
#include <vector>

namespace HttpLens {

namespace {

class HistoryJournalText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::HistoryJournal)
};

constexpr int kFormat = 1;

struct Parsed
{
    HistoryJournal::Record record;
    QString bodyFile;
};

// One journal line; nothing when it cannot be read.
std::optional<Parsed> parseLine(QByteArrayView line)
{
    if (line.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonObject record = QJsonDocument::fromJson(line.toByteArray(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    HarReadResult har = readHarEntries(record.value(QStringLiteral("entries")).toArray());
    if (!har.ok || har.exchanges.size() != 1)
        return std::nullopt;
    return Parsed{{std::move(har.exchanges.first()),
                   compositionFromJson(record.value(QStringLiteral("composition")).toObject())},
                  record.value(QStringLiteral("bodyFile")).toString()};
}

} // namespace

HistoryJournal::HistoryJournal(const QString &path)
    : m_path(path)
{}

HistoryJournal::~HistoryJournal() = default;

QString HistoryJournal::bodyDirectory() const
{
    return m_path + QStringLiteral("-bodies");
}

QByteArray HistoryJournal::recordLine(const Exchange &exchange,
                                      const Composition &composition,
                                      const QString &bodyFile)
{
    HarOptions options;
    options.maxEmbeddedBody = kInlineBodyLimit;
    QJsonArray entries;
    for (const QJsonObject &entry : harEntries(exchange, options))
        entries.append(entry);
    QJsonObject record{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("composition"), compositionToJson(composition)},
                       {QStringLiteral("entries"), entries}};
    if (!bodyFile.isEmpty())
        record.insert(QStringLiteral("bodyFile"), bodyFile);
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
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

HistoryJournal::LoadResult HistoryJournal::load()
{
    LoadResult result;
    m_file.close();
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
    // Complete lines only: a last line without its newline was being written when the process
    // stopped.
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < content.size()) {
        const qsizetype end = content.indexOf('\n', pos);
        if (end < 0)
            break;
        lines.append(QByteArrayView(content).sliced(pos, end - pos));
        pos = end + 1;
    }
    const qsizetype completeEnd = pos;
    if (completeEnd < content.size())
        result.messages.append(
                HistoryJournalText::tr(
                        "The last history entry was cut off when HTTP Lens stopped; it "
                        "was dropped (%1 bytes).")
                        .arg(content.size() - completeEnd));

    // Parsing is most of the time of opening a long history and each line stands alone, so the
    // lines are parsed on every core.
    std::vector<std::optional<Parsed>> parsed(size_t(lines.size()));
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

    qsizetype damaged = 0;
    int missingBodies = 0;
    QSet<QString> referencedBodies;
    QByteArray readable;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        std::optional<Parsed> &line = parsed[size_t(i)];
        if (!line) {
            if (!lines.at(i).trimmed().isEmpty())
                ++damaged;
            continue;
        }
        if (!line->bodyFile.isEmpty()) {
            const QString name = QFileInfo(line->bodyFile).fileName();
            const QString bodyPath = QDir(bodyDirectory()).filePath(name);
            if (QFileInfo::exists(bodyPath)) {
                line->record.exchange.body = Body::fromFile(bodyPath);
                referencedBodies.insert(name);
            } else {
                ++missingBodies;
            }
        }
        result.records.append(std::move(line->record));
    }
    if (damaged > 0) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (parsed[size_t(i)])
                readable += lines.at(i).toByteArray() + '\n';
        }
    }
    QString error;
    if (damaged > 0) {
        const QString aside = moveAside(m_path);
        result.messages.append(
                aside.isEmpty() ? HistoryJournalText::tr(
                        "%n history entries could not be read and the file could not be "
                        "moved aside.",
                        nullptr,
                        int(damaged))
                                : HistoryJournalText::tr("%n history entries could not be read. "
                                                         "The whole file was kept as "
                                                         "%1; the readable entries were kept.",
                                                         nullptr,
                                                         int(damaged))
                                          .arg(aside));
        if (aside.isEmpty() || !writeFileAtomically(m_path, readable, FileSecrecy::Secret, &error))
            result.messages.append(error);
    } else if (completeEnd < content.size()) {
        // Cut the unfinished line off so the next entry starts on a line of its own.
        if (!writeFileAtomically(m_path, content.left(completeEnd), FileSecrecy::Secret, &error))
            result.messages.append(error);
    }
    if (missingBodies > 0)
        result.messages.append(
                HistoryJournalText::tr(
                        "The response bodies of %n history entries are missing from %1; "
                        "their heads and sizes were kept.",
                        nullptr,
                        int(missingBodies))
                        .arg(bodyDirectory()));
    // Bodies whose line never made it (the process stopped in between) are not history.
    if (damaged == 0)
        removeUnreferencedBodies(referencedBodies);
    if (!openForAppend(&error))
        result.messages.append(error);
    return result;
}

bool HistoryJournal::openForAppend(QString *error)
{
    if (m_file.isOpen())
        return true;
    m_file.setFileName(m_path);
    const bool existed = m_file.exists();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = HistoryJournalText::tr("Cannot write the history file %1: %2.")
                         .arg(m_path, m_file.errorString());
        return false;
    }
    if (!existed)
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool HistoryJournal::append(const Exchange &exchange, const Composition &composition, QString *error)
{
    if (!openForAppend(error))
        return false;
    QString bodyFile;
    if (exchange.body.size() > kInlineBodyLimit && !writeBodyFile(exchange, &bodyFile, error))
        return false;
    const QByteArray line = recordLine(exchange, composition, bodyFile);
    // One write of the whole line, handed to the kernel before append() returns: once it has
    // returned, the entry survives the process being killed.
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        *error = HistoryJournalText::tr("Cannot write the history file %1: %2.")
                         .arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

bool HistoryJournal::clear(QString *error)
{
    m_file.close();
    if (!writeFileAtomically(m_path, QByteArray(), FileSecrecy::Secret, error))
        return false;
    removeUnreferencedBodies({});
    return openForAppend(error);
}

} // namespace HttpLens
