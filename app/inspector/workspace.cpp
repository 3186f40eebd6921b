#include "workspace.h"

#include "cookies/cookiejar.h"
#include "cookies/cookiestxt.h"
#include "files/datafiles.h"
#include "inspector/composition.h"
#include "inspector/history.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QTimer>

namespace HttpLens {

// A journal record's composition: the one written with it, or for a captured exchange the
// request it forwarded, made again.
Composition Workspace::recordComposition(const HistoryJournal::Record &record)
{
    return !record.composition.isEmpty() || !record.exchange.capture.captured
                   ? compositionFromJson(record.composition)
                   : capturedComposition(record.exchange);
}

Workspace::Workspace(const QString &dataDirectory, History *history, CookieJar *jar, QObject *parent)
    : QObject(parent)
    , m_dir(dataDirectory)
    , m_history(history)
    , m_jar(jar)
{}

Workspace::~Workspace() = default;

QString Workspace::historyPath() const
{
    return m_dir.isEmpty() ? QString() : QDir(m_dir).filePath(QStringLiteral("history.jsonl"));
}

QString Workspace::cookiesPath() const
{
    return m_dir.isEmpty() ? QString() : QDir(m_dir).filePath(QStringLiteral("cookies.txt"));
}

QString Workspace::environmentsPath() const
{
    return m_dir.isEmpty() ? QString()
                           : QDir(m_dir).filePath(QStringLiteral("http-client.env.json"));
}

QStringList Workspace::open()
{
    QStringList messages;
    if (m_dir.isEmpty())
        return messages;
    QString error;
    if (!ensurePrivateDirectory(m_dir, &error)) {
        messages.append(error + QLatin1Char(' ')
                        + tr("History, cookies and environments are kept in memory only."));
        m_dir.clear();
        return messages;
    }

    m_journal = std::make_unique<HistoryJournal>(historyPath());
    // The history keeps what it lists of each entry and reads the rest back from its line.
    m_history->setLoader([this](const History::Location &where) -> std::optional<History::Loaded> {
        std::optional<HistoryJournal::Record> record = m_journal->read(where.offset, where.length);
        if (!record)
            return std::nullopt;
        return History::Loaded{std::make_shared<const Exchange>(std::move(record->exchange)),
                               std::make_shared<const Composition>(recordComposition(*record))};
    });
    HistoryJournal::Reader reader;
    reader.record = [this](HistoryJournal::Located &&located) {
        m_history->add(std::move(located.record.exchange),
                       recordComposition(located.record),
                       {located.offset, located.length});
    };
    reader.cleared = [this] { m_history->clear(); };
    messages += m_journal->load(reader).messages;
    // Connected only now, so that what was just read is not written again.
    connect(m_history, &History::added, this, [this](quint64 id) {
        if (m_following)
            return;
        const std::shared_ptr<const Exchange> exchange = m_history->exchange(id);
        QString appendError;
        History::Location where;
        if (exchange
            && !m_journal->append(*exchange,
                                  compositionToJson(m_history->composition(id)),
                                  &appendError,
                                  &where.offset,
                                  &where.length))
            emit problem(appendError);
        else
            m_history->setLocation(id, where);
    });
    connect(m_history, &History::cleared, this, [this] {
        QString clearError;
        if (!m_following && !m_journal->clear(&clearError))
            emit problem(clearError);
    });
    followJournal();

    loadCookies(&messages);
    connect(m_jar, &QAbstractItemModel::modelReset, this, &Workspace::saveCookies);
    connect(m_jar, &QAbstractItemModel::dataChanged, this, &Workspace::saveCookies);
    connect(m_jar, &QAbstractItemModel::rowsRemoved, this, &Workspace::saveCookies);
    connect(m_jar, &QAbstractItemModel::rowsInserted, this, &Workspace::saveCookies);

    const LoadedFile environments = loadJsonObjectFile(environmentsPath(), tr("environments"));
    if (!environments.message.isEmpty())
        messages.append(environments.message);
    m_environmentsUntouchable = environments.status == LoadedFile::Status::Unreadable;
    if (environments.status == LoadedFile::Status::Loaded) {
        m_savedEnvironments = environments.content;
        QStringList problems;
        m_environments = environmentsFromFile(environments.content, &problems);
        for (const QString &problem : std::as_const(problems))
            messages.append(environmentsPath() + QStringLiteral(": ") + problem);
    }
    return messages;
}

// Other programs on the same data folder (another window, `httplens-cli capture`) append to the
// journal too; what they add shows here as it comes. The file is watched, and looked at once a
// second besides, since a watch can miss a change on some file systems.
void Workspace::followJournal()
{
    m_watcher = new QFileSystemWatcher({historyPath()}, this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Workspace::readAppended);
    auto *poll = new QTimer(this);
    poll->setInterval(1000);
    connect(poll, &QTimer::timeout, this, &Workspace::readAppended);
    connect(poll, &QTimer::timeout, this, &Workspace::syncShared);
    poll->start();
}

void Workspace::readAppended()
{
    HistoryJournal::Appended appended = m_journal->readAppended();
    if (!appended.cleared && appended.records.isEmpty())
        return;
    m_following = true;
    if (appended.cleared)
        m_history->clear();
    QList<quint64> ids;
    for (HistoryJournal::Located &located : appended.records)
        ids.append(m_history->add(std::move(located.record.exchange),
                                  recordComposition(located.record),
                                  {located.offset, located.length}));
    m_following = false;
    for (quint64 id : std::as_const(ids))
        emit followed(id);
    // A file replaced by a rename is watched no more; the watch is renewed.
    if (!m_watcher->files().contains(historyPath()))
        m_watcher->addPath(historyPath());
}

void Workspace::setEnvironments(const Environments &environments)
{
    m_environments = environments;
    if (!m_environments.find(m_environments.active))
        m_environments.active.clear();
    saveEnvironments();
    emit environmentsChanged();
}

void Workspace::setActiveEnvironment(const QString &name)
{
    if (m_environments.active == name)
        return;
    m_environments.active = m_environments.find(name) ? name : QString();
    saveEnvironments();
    emit environmentsChanged();
}

// A cookies.txt with lines that are not cookies, or that cannot be read, is moved aside before
// anything is written, so the next save never empties it; what could be read is loaded.
void Workspace::loadCookies(QStringList *messages)
{
    const QString path = cookiesPath();
    QFile file(path);
    if (!file.exists())
        return;
    const bool readable = file.open(QIODevice::ReadOnly);
    const QByteArray content = readable ? file.readAll() : QByteArray();
    const CookiesTxt parsed = readCookiesTxt(content);
    if (readable && parsed.skipped == 0) {
        m_savedCookies = content;
        m_jar->setCookies(parsed.cookies);
        return;
    }
    const QString cause = readable ? tr("%n line(s) are not cookies.txt lines",
                                        nullptr,
                                        parsed.skipped)
                                   : file.errorString();
    file.close();
    const QString aside = moveAside(path);
    if (aside.isEmpty()) {
        m_cookiesUntouchable = true;
        messages->append(tr("The cookie jar %1 is damaged (%2) and could not be moved aside; "
                            "HTTP Lens keeps cookies in memory and leaves the file alone.")
                                 .arg(path, cause));
    } else {
        messages->append(tr("The cookie jar was damaged (%1). It was kept as %2, and the %3 "
                            "cookies that could be read are in the jar.")
                                 .arg(cause, aside)
                                 .arg(parsed.cookies.size()));
    }
    m_jar->setCookies(parsed.cookies);
}

void Workspace::saveCookies()
{
    if (!m_syncing)
        syncCookies();
}

void Workspace::saveEnvironments()
{
    syncEnvironments();
}

} // namespace HttpLens
