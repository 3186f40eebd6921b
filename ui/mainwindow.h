#pragma once

#include "inspector/lesson.h"

#include "inspector/composition.h"
#include "interop/httpfile.h"

#include <QMainWindow>

class QAction;
class QToolButton;
class QLineEdit;
class QSplitter;

namespace HttpLens {

class CachePage;
class CaptureDialog;
class LessonPlayer;
class LessonsDialog;
class CheckWindow;
class CompareView;
class CookieJar;
class HeaderCatalogue;
class History;
class HistoryPanel;
class HttpFileDialog;
class InspectorSession;
class MainMenus;
class NoticePanel;
class RequestBar;
class RequestEditor;
class ResponseView;
class StatusCatalogue;
class Walkthrough;
class WalkthroughPanel;
class Workspace;
namespace Practice {
class PracticeServer;
}
namespace Capture {
class CaptureSession;
}

// The long-lived objects the window shows and drives, created once in main().
struct Services
{
    InspectorSession *session = nullptr; // composes, sends and records: the one request path
    History *history = nullptr;
    CookieJar *jar = nullptr;
    Walkthrough *walkthrough = nullptr;
    LessonPlayer *lessons = nullptr;              // may be null
    QStringList lessonProblems;                   // lesson files that could not be read
    Workspace *workspace = nullptr;               // history, jar and environments on disk
    Practice::PracticeServer *practice = nullptr; // may be null
    const StatusCatalogue *statuses = nullptr;
    const HeaderCatalogue *headers = nullptr;
    Capture::CaptureSession *capture = nullptr; // may be null
    QString dataFolder;                         // empty: the default one
};

// The inspector's window: request bar, request editor, response area, history and the
// walkthrough. It wires widgets to the InspectorSession and holds no HTTP logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    Composition composition() const;
    void setComposition(const Composition &composition);

    void send();
    void cancel();
    void sendAsBrowser(); // as the Cache tab's button does, at the moment its slider shows
    void replayConditionally();
    void changeLabDocument();
    void compare(quint64 left, quint64 right);
    void showWalkthrough(bool visible);
    void restartWalkthrough();
    // Request and response beside each other instead of one above the other; remembered.
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const;
    void setWalkthroughFolded(bool folded);
    bool isWalkthroughFolded() const;
    // A new request, the lab document or the list of endpoints, opened in the editor.
    void newRequest();
    void openPracticePath(const QString &path, bool sendNow);
    // A GET of url in the editor, the rest of the request as it was (from the check window).
    void openUrl(const QString &url);
    // File → Check many URLs…: one window, kept while the inspector lives.
    CheckWindow *showCheckWindow();
    // Help → Lessons, shown without blocking (tests reach its list).
    LessonsDialog *showLessons();
    // File → Capture traffic…, and the status bar's toggle (mainwindowcapture.cpp).
    CaptureDialog *showCaptureDialog();
    bool setCapturing(bool on);
    bool isCapturing() const;
    WalkthroughPanel *lessonPanel() const { return m_tour; }
    CachePage *cachePage() const { return m_cache; }

    // Interoperation; the menu actions ask for files and call these.
    bool importCurl(const QString &text);  // into the editor; false when it cannot
    QString curlForCurrentRequest() const; // Copy as curl
    void showCodeSnippet();                // Copy as code
    void editEnvironments();
    bool openHttpFile(const QString &path); // lists its requests in a dialog
    bool loadHttpFileRequest(int index, bool sendNow);
    bool saveRequestToHttpFile(const QString &path, const QString &name);
    int importHar(const QString &path); // exchanges added to the history, -1 on error
    bool exportHar(const QString &path, const QList<quint64> &ids, bool keepSecrets);
    int importCookies(const QString &path); // cookies added, -1 on error
    bool exportCookies(const QString &path);
    void clearHistory();
    void showNotice(const QString &text); // a message that stays until dismissed
    void showMessage(const QString &text, int milliseconds = 8000);
    QList<quint64> selectedHistoryIds() const;
    // The request the editor sends now: the active environment's variables filled in.
    BuiltRequest currentRequest(bool withJar) const;
    HttpFileDialog *httpFileDialog() const { return m_httpFileDialog; }

    bool isSending() const;
    QString practiceUrl(const QString &path) const;
    bool hasPractice() const;

    // Widgets the UI tests reach by name live under these.
    ResponseView *responseView() const { return m_response; }
    RequestEditor *requestEditor() const { return m_editor; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    CompareView *compareView() const { return m_compare; }
    QLineEdit *urlEdit() const;
    RequestBar *requestBar() const { return m_bar; }

signals:
    void exchangeShown(quint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A file operation's result: a passing message when it worked, a notice that stays if not.
    bool showOutcome(bool ok, const QString &message);
    bool askToSendFile(const FileReadRule::Check &check, const QString &host, const QString &why);
    FileReadRule withOwnSecrets(FileReadRule files) const;
    void connectSession();
    bool readCurlCommand(const QString &text, bool sending);
    void refreshEnvironments();
    void showHistoryEntry(quint64 id);
    void onUrlEdited(const QString &url);
    void refreshLearnedValidators();
    void updateWalkthrough();
    // The lessons (mainwindowlessons.cpp): the panel shows the open lesson's step, whose start
    // goes into the editor; progress is saved as it moves.
    void updateLesson();
    void applyLessonStart(const Lesson::Step &step);
    void restoreLessons();
    void restoreSession();
    void saveSession() const;
    void setUpCapture();
    void updateCaptureToggle();
    void setSending(bool sending);

    Services m_s;
    RequestBar *m_bar = nullptr;
    NoticePanel *m_notice = nullptr;
    WalkthroughPanel *m_tour = nullptr;
    HttpFileDialog *m_httpFileDialog = nullptr;
    QString m_httpFilePath;
    HttpFile m_httpFile;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    RequestEditor *m_editor = nullptr;
    ResponseView *m_response = nullptr;
    CachePage *m_cache = nullptr;
    LessonsDialog *m_lessonsDialog = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    CompareView *m_compare = nullptr;
    CheckWindow *m_check = nullptr;
    CaptureDialog *m_captureDialog = nullptr;
    QToolButton *m_captureToggle = nullptr;
    MainMenus *m_menus = nullptr;
    QString m_composedUrl; // the URL the editor's conditional fields were written for
    quint64 m_shownId = 0;
    QHash<QString, int> m_progressBase; // lesson progress as last read or written
    bool m_restoringLesson = false;     // a lesson taken up at start keeps the editor's request
};

} // namespace HttpLens
