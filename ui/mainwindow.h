#pragma once

#include "inspector/composition.h"
#include "interop/httpfile.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QStringListModel;
class QVBoxLayout;

namespace HttpLens {

class CompareView;
class CookieJar;
class Engine;
class HeaderCatalogue;
class History;
class HistoryPanel;
class RequestEditor;
class ResponseView;
class StatusCatalogue;
class Transfer;
class Walkthrough;
class Workspace;
class HttpFileDialog;
namespace Practice {
class PracticeServer;
}

// The long-lived objects the window shows and drives, created once in main().
struct Services
{
    Engine *engine = nullptr;
    History *history = nullptr;
    CookieJar *jar = nullptr;
    Walkthrough *walkthrough = nullptr;
    Workspace *workspace = nullptr;               // history, jar and environments on disk
    Practice::PracticeServer *practice = nullptr; // may be null
    const StatusCatalogue *statuses = nullptr;
    const HeaderCatalogue *headers = nullptr;
};

// The inspector's window: request bar, request editor, response area, history and the
// walkthrough. It wires widgets to the core and holds no HTTP logic of its own.
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
    void send(const Composition &composition);
    void cancel();
    void replayConditionally();
    void changeLabDocument();
    void compare(quint64 left, quint64 right);
    void showWalkthrough(bool visible);

    // Interoperation; the menu actions ask for files and call these.
    bool importCurl(const QString &text);   // into the editor; false when it cannot
    QString curlForCurrentRequest() const;  // Copy as curl
    bool openHttpFile(const QString &path); // lists its requests in a dialog
    bool loadHttpFileRequest(int index, bool sendNow);
    bool saveRequestToHttpFile(const QString &path, const QString &name);
    int importHar(const QString &path); // exchanges added to the history, -1 on error
    bool exportHar(const QString &path, const QList<quint64> &ids, bool keepSecrets);
    int importCookies(const QString &path); // cookies added, -1 on error
    bool exportCookies(const QString &path);
    void showNotice(const QString &text); // a message that stays until dismissed
    QList<quint64> selectedHistoryIds() const;
    // The request the editor sends now: the active environment's variables filled in.
    BuiltRequest currentRequest(bool withJar) const;
    BuiltRequest requestFor(const Composition &composition, bool withJar) const;
    HttpFileDialog *httpFileDialog() const { return m_httpFileDialog; }

    bool isSending() const { return !m_transfer.isNull(); }
    QString practiceUrl(const QString &path) const;

    // Widgets the UI tests reach by name live under these.
    ResponseView *responseView() const { return m_response; }
    RequestEditor *requestEditor() const { return m_editor; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    CompareView *compareView() const { return m_compare; }
    QLineEdit *urlEdit() const { return m_url; }

signals:
    void exchangeShown(quint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildRequestBar(QWidget *parent, QVBoxLayout *layout);
    void buildWalkthrough(QWidget *parent, QVBoxLayout *layout);
    void buildNotice(QWidget *parent, QVBoxLayout *layout);
    void buildFileMenu(QMenu *file);
    void refreshEnvironments();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void onFinished(Transfer *transfer);
    void showHistoryEntry(quint64 id);
    void onUrlEdited(const QString &text);
    void refreshLearnedValidators();
    void updateWalkthrough();
    void restoreSession();
    void saveSession() const;
    void setSending(bool sending);

    Services m_s;
    QComboBox *m_method = nullptr;
    QComboBox *m_environment = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    HttpFileDialog *m_httpFileDialog = nullptr;
    QString m_httpFilePath;
    HttpFile m_httpFile;
    QLineEdit *m_url = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QStringListModel *m_urlCompletions = nullptr;
    QFrame *m_tour = nullptr;
    QLabel *m_tourTitle = nullptr;
    QLabel *m_tourText = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    RequestEditor *m_editor = nullptr;
    ResponseView *m_response = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    CompareView *m_compare = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_tourAction = nullptr;

    QPointer<Transfer> m_transfer;
    Composition m_sentComposition;
    QElapsedTimer m_sendClock;
    quint64 m_shownId = 0;
    qsizetype m_urlLength = 0;
};

} // namespace HttpLens
