#pragma once

#include "inspector/environments.h"
#include "store/historyjournal.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QFileSystemWatcher;

namespace HttpLens {

class CookieJar;
class History;

// What HTTP Lens keeps between sessions, in one data folder (the platform's application-data
// location unless told otherwise): the history journal, the cookie jar as cookies.txt, and the
// environments as http-client.env.json. open() fills the history and the jar from disk; after
// that every new exchange, every change of the jar and of the environments is written at once.
// Without a folder everything stays in memory. Other programs may use the same folder at the
// same time: their exchanges are followed, and the jar and the environments are merged with what
// they wrote before each write and once a second, so that neither loses the other's changes.
class Workspace : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(const QString &dataDirectory,
              History *history,
              CookieJar *jar,
              QObject *parent = nullptr);
    ~Workspace() override;

    QString dataDirectory() const { return m_dir; }
    QString historyPath() const;
    QString cookiesPath() const;
    QString environmentsPath() const;

    // Reads everything; returns what the user should be told (damaged files moved aside, an
    // entry cut off by a crash). Call once, before the first exchange.
    QStringList open();

    const Environments &environments() const { return m_environments; }
    void setEnvironments(const Environments &environments);
    void setActiveEnvironment(const QString &name);

signals:
    void environmentsChanged();
    // Another program (a window, httplens-cli capture) recorded this exchange, now in the history.
    void followed(quint64 id);
    // A write failed; the message says which file and why.
    void problem(const QString &message);

private:
    void followJournal();
    void readAppended();
    void loadCookies(QStringList *messages);
    void saveCookies();
    void saveEnvironments();
    // Merges what another program wrote with what this one changed, writes the result when it
    // differs from the file, and takes it into the jar or the environments (workspacesharing.cpp).
    void syncCookies();
    void syncEnvironments();
    void syncShared();
    QByteArray environmentsFile(const Environments &environments) const;
    static Composition recordComposition(const HistoryJournal::Record &record);
    static Environments environmentsFromFile(const QByteArray &content, QStringList *problems);

    QString m_dir;
    History *m_history;
    CookieJar *m_jar;
    std::unique_ptr<HistoryJournal> m_journal;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_following = false; // adding what others wrote: not to be written again
    Environments m_environments;
    QByteArray m_savedCookies;      // what cookies.txt held when last read or written here
    QByteArray m_savedEnvironments; // the same for http-client.env.json
    bool m_syncing = false;         // taking in what another program wrote: not a change here
    // Files that could be neither read nor moved aside: left alone, never written over.
    bool m_cookiesUntouchable = false;
    bool m_environmentsUntouchable = false;
};

} // namespace HttpLens
