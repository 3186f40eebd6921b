#pragma once

#include "inspector/browsercache.h"
#include "inspector/composition.h"
#include "inspector/conditionals.h"
#include "interop/httpfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace HttpLens {

class CookieJar;
class Engine;
class History;
class LessonPlayer;
class Transfer;
class Walkthrough;
class Workspace;
namespace Practice {
class PracticeServer;
}
namespace Capture {
class CaptureSession;
}

// The inspector's one path from what a person composes to what is recorded: it builds the
// request (environment variables filled in, the jar's cookies added), sends it through the
// engine, and records the exchange (the history, the jar updated, the walkthrough told). The
// window asks it to send, replay or cancel and subscribes to its signals; it never builds a
// request itself. It also reads what is opened into the editor (curl commands, .http requests)
// and the files imported into or exported from the history and the jar. Shaped like the client
// of Qt's torrent example: state and operations here, the widgets only listen.
class InspectorSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorSession)

public:
    // The long-lived objects, created once in main(); all but the first three may be null.
    struct Parts
    {
        Engine *engine = nullptr;
        History *history = nullptr;
        CookieJar *jar = nullptr;
        Walkthrough *walkthrough = nullptr;
        Workspace *workspace = nullptr; // environments; without one there are none
        Practice::PracticeServer *practice = nullptr;
        LessonPlayer *lessons = nullptr; // told every exchange and event a lesson step waits for
        // The recording proxy: what it relays for other programs is recorded here too.
        Capture::CaptureSession *capture = nullptr;
    };

    explicit InspectorSession(const Parts &parts, QObject *parent = nullptr);
    ~InspectorSession() override;

    // The request a composition sends, with the active environment's {{variables}} filled in.
    // Send hands the jar to libcurl's cookie engine; Export (Copy as curl, as code) writes the
    // jar's cookies for the URL as a Cookie value, so that the copy sends what Send would.
    enum class Purpose { Send, Export };
    BuiltRequest requestFor(const Composition &composition, Purpose purpose) const;
    std::optional<LearnedValidators> validatorsFor(const QString &url) const;

    // Sends the composition; false when it cannot be sent as it stands (notSent says why) or
    // while another request is on its way.
    bool send(const Composition &composition);
    // One send of the composition with If-None-Match and If-Modified-Since from the last
    // response to its URL. The composition itself is left as it is: no toggle stays on.
    bool replayConditionally(const Composition &composition);
    void cancel();

    // The browser-cache simulator, fed with every exchange this session records: what a
    // browser's private cache and a CDN's shared cache would do with the composition at now +
    // secondsFromNow.
    const BrowserCache &browserCache() const { return m_cache; }
    BrowserCache::Decisions cacheDecisions(const Composition &composition,
                                           qint64 secondsFromNow) const;
    // What the last recorded exchange did to the two caches.
    const BrowserCache::Recorded &lastCacheUpdate() const { return m_lastCacheUpdate; }
    // Does what a browser would with the composition at that moment: nothing when its cache
    // holds a fresh response (servedFromCache), a revalidation with the stored validators when
    // it is stale, the plain request otherwise. Conditional fields of the composition are
    // replaced by the cache's own, as a browser sends only what it stored.
    bool sendAsBrowser(const Composition &composition, qint64 secondsFromNow);

    bool isSending() const { return !m_transfer.isNull(); }

    // An exchange the capture proxy relayed for another program: into the history (and so the
    // journal) with the composition that sends it again, and told to the lesson being played.
    quint64 recordCaptured(const Exchange &exchange);

    // What a curl command or an .http request becomes in the editor, or why it cannot be read.
    struct Import
    {
        bool ok = false;
        QString error;
        Composition composition;
        QStringList notes; // what the editor left out or changed, in sentences
        // Files the request would read that the rule does not allow (not read), and the host
        // their contents would go to.
        QList<FileReadRule::Check> refused;
        QString host;
    };
    // A pasted curl command; the files it reads, only as files allows (by default: none).
    static Import importCurl(const QString &text,
                             const FileReadRule &files = FileReadRule(QString()));
    // A request of an .http file, with the active environment's values from the files beside it
    // (http-client.env.json, http-client.private.env.json) before the window's own. A body file
    // is read only when files (whose folder is the .http file's) allows it.
    Import importHttpFileRequest(const HttpFile &file, int index, const FileReadRule &files) const;
    // Names the environments of the files beside an .http file in the window's list (their values
    // stay in those files), so that one can be chosen; returns the names added.
    QStringList offerFileEnvironments(const QString &httpFile, QString *error);

    // Files of other tools. message says what happened, for the status bar or (when !ok) a
    // notice that stays.
    struct Outcome
    {
        bool ok = false;
        QString message;
        int count = 0;
        quint64 lastId = 0; // importHar: the newest exchange added to the history
    };
    Outcome importHar(const QString &path);
    Outcome exportHar(const QString &path, const QList<quint64> &ids, bool keepSecrets) const;
    Outcome importCookies(const QString &path);
    Outcome exportCookies(const QString &path) const;
    // Adds the composition as written ({{variables}} kept) to an .http file.
    Outcome saveToHttpFile(const QString &path,
                           const Composition &composition,
                           const QString &name) const;

    // Changes the practice server's lab document that url names (the welcome document
    // otherwise), giving it a new ETag and Last-Modified.
    Outcome changeLabDocument(const QString &url);

signals:
    void sendingChanged(bool sending);
    void sendStarted(const QString &url);
    void progress(qint64 received, qint64 expected, qint64 elapsedMs);
    void notSent(const QStringList &problems);
    // Sent, with something that would surprise (a HEAD sent without the body of the Body tab).
    void sentWithNotes(const QStringList &notes);
    void recorded(quint64 id); // a finished exchange is in the history
    void captured(quint64 id); // a captured exchange is in the history
    // "Send as a browser would" sent nothing: the stored response for url is fresh.
    void servedFromCache(const QString &url, const QString &verdict);
    void cacheChanged();

private:
    bool sendBuilt(const Composition &composition, const BuiltRequest &built);
    void onFinished(Transfer *transfer);

    Parts m_parts;
    QPointer<Transfer> m_transfer;
    Composition m_sentComposition;
    QElapsedTimer m_clock;
    BrowserCache m_cache;
    BrowserCache::Recorded m_lastCacheUpdate;
};

} // namespace HttpLens
