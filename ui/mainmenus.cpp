#include "mainmenus.h"
#include "shortcutsdialog.h"

#include "interopdialogs.h"
#include "mainwindow.h"
#include "requesteditor.h"

#include "inspector/composition.h"
#include "interop/curlcommand.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace HttpLens {

MainMenus::MainMenus(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenuBar *bar = window->menuBar();
    buildFileMenu(bar->addMenu(tr("&File")));
    buildRequestMenu(bar->addMenu(tr("&Request")));
    buildViewMenu(bar->addMenu(tr("&View")));
    QMenu *practice = bar->addMenu(tr("&Practice"));
    buildPracticeMenu(practice);
    practice->setEnabled(window->hasPractice());

    QMenu *help = bar->addMenu(tr("&Help"));
    QAction *tour = help->addAction(tr("&Walkthrough: 200 vs 304"), window, [window] {
        window->showWalkthrough(true);
    });
    tour->setShortcut(QKeySequence::HelpContents);
    QAction *lessons = help->addAction(tr("&Lessons…"), window, [window] { window->showLessons(); });
    lessons->setObjectName(QStringLiteral("lessonsAction"));
    lessons->setEnabled(window->hasPractice());
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), window, [bar, window] {
        ShortcutsDialog dialog(bar, window);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    help->addAction(tr("&About HTTP Lens"), window, [window] {
        QMessageBox::about(window,
                           tr("About HTTP Lens"),
                           tr("<h3>HTTP Lens %1</h3><p>An HTTP request inspector: the exact "
                              "bytes, the timings, and what they mean.</p>")
                                   .arg(QStringLiteral(HTTPLENS_VERSION)));
    });
}

void MainMenus::setSending(bool sending)
{
    m_send->setEnabled(!sending);
    m_cancel->setEnabled(sending);
}

QAction *MainMenus::addFileAction(QMenu *menu,
                                  const QString &text,
                                  const QString &title,
                                  const QString &filter,
                                  const std::function<void(const QString &)> &use,
                                  const QString &saveAs)
{
    return menu->addAction(text, m_window, [this, title, filter, use, saveAs] {
        const QString path
                = saveAs.isEmpty()
                          ? QFileDialog::getOpenFileName(m_window, title, QString(), filter)
                          : QFileDialog::getSaveFileName(m_window, title, saveAs, filter);
        if (!path.isEmpty())
            use(path);
    });
}

// An entry that shows the window's state when the menu opens and flips it when chosen.
void MainMenus::addToggle(QMenu *view,
                          const QString &text,
                          const QString &name,
                          const QKeySequence &key,
                          bool (MainWindow::*isOn)() const,
                          void (MainWindow::*set)(bool))
{
    QAction *action = view->addAction(text);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setShortcut(key);
    MainWindow *window = m_window;
    connect(view, &QMenu::aboutToShow, action, [window, action, isOn] {
        action->setChecked((window->*isOn)());
    });
    connect(action, &QAction::triggered, window, [window, isOn, set] {
        (window->*set)(!(window->*isOn)());
    });
}

void MainMenus::buildViewMenu(QMenu *view)
{
    addToggle(view,
              tr("Request and response &side by side"),
              QStringLiteral("sideBySideAction"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
              &MainWindow::isSideBySide,
              &MainWindow::setSideBySide);
    addToggle(view,
              tr("&Fold the lesson banner"),
              QStringLiteral("foldBannerAction"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
              &MainWindow::isWalkthroughFolded,
              &MainWindow::setWalkthroughFolded);
}

void MainMenus::buildFileMenu(QMenu *file)
{
    QAction *newRequest = file->addAction(tr("&New request"), m_window, &MainWindow::newRequest);
    newRequest->setShortcut(QKeySequence::New);
    buildInteropEntries(file);
    file->addSeparator();
    QAction *check = file->addAction(tr("Check &many URLs…"),
                                     m_window,
                                     &MainWindow::showCheckWindow);
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QAction *capture = file->addAction(tr("Capture &traffic…"),
                                       m_window,
                                       &MainWindow::showCaptureDialog);
    capture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainMenus::buildInteropEntries(QMenu *file)
{
    MainWindow *w = m_window;
    file->addSeparator();
    QAction *importCurl = file->addAction(tr("Import &curl command…"), w, [w] {
        CurlImportDialog dialog(w);
        const QString clip = QApplication::clipboard()->text();
        if (looksLikeCurlCommand(clip))
            dialog.setText(clip);
        if (dialog.exec() == QDialog::Accepted)
            w->importCurl(dialog.text());
    });
    importCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *open = addFileAction(file,
                                  tr("&Open .http file…"),
                                  tr("Open .http file"),
                                  tr("HTTP requests (*.http *.rest);;All files (*)"),
                                  [w](const QString &path) { w->openHttpFile(path); });
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save request to .http file…"), w, [w] {
        QFileDialog dialog(w, tr("Save request to .http file"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setOption(QFileDialog::DontConfirmOverwrite); // the request is added, not replacing
        dialog.setNameFilter(tr("HTTP requests (*.http *.rest)"));
        dialog.setDefaultSuffix(QStringLiteral("http"));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        const QString name = QUrl(w->composition().url).path().section(QLatin1Char('/'), -1);
        w->saveRequestToHttpFile(dialog.selectedFiles().first(), name);
    });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    addFileAction(file,
                  tr("Import &HAR…"),
                  tr("Import HAR"),
                  tr("HAR files (*.har *.json);;All files (*)"),
                  [w](const QString &path) { w->importHar(path); });
    file->addAction(tr("&Export history as HAR…"), this, [this] { exportHar(false); });
    file->addAction(tr("Export &selected exchanges as HAR…"), this, [this] { exportHar(true); });
    file->addSeparator();
    addFileAction(file,
                  tr("Import cookies.&txt…"),
                  tr("Import cookies"),
                  tr("Netscape cookie files (*.txt);;All files (*)"),
                  [w](const QString &path) { w->importCookies(path); });
    addFileAction(
            file,
            tr("Export cookies.t&xt…"),
            tr("Export cookies"),
            tr("Netscape cookie files (*.txt)"),
            [w](const QString &path) { w->exportCookies(path); },
            QStringLiteral("cookies.txt"));
}

void MainMenus::exportHar(bool selectedOnly)
{
    const QList<quint64> ids = selectedOnly ? m_window->selectedHistoryIds() : QList<quint64>();
    if (selectedOnly && ids.isEmpty()) {
        m_window->showMessage(tr("Select exchanges in the history first."), 5000);
        return;
    }
    QMessageBox ask(QMessageBox::Question,
                    tr("Export HAR"),
                    tr("HAR files are often shared. HTTP Lens masks Authorization, cookie values "
                       "and token-like parameters unless you keep them. Bodies are exported as "
                       "they are."),
                    QMessageBox::Cancel,
                    m_window);
    QPushButton *masked = ask.addButton(tr("Export with secrets masked"), QMessageBox::AcceptRole);
    QPushButton *keep = ask.addButton(tr("Keep secrets"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(masked);
    ask.exec();
    if (ask.clickedButton() != masked && ask.clickedButton() != keep)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window,
                                                      tr("Export HAR"),
                                                      QStringLiteral("httplens.har"),
                                                      tr("HAR files (*.har)"));
    if (!path.isEmpty())
        m_window->exportHar(path, ids, ask.clickedButton() == keep);
}

void MainMenus::buildRequestMenu(QMenu *request)
{
    MainWindow *w = m_window;
    m_send = request->addAction(tr("&Send"), w, &MainWindow::send);
    m_send->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancel = request->addAction(tr("&Cancel"), w, &MainWindow::cancel);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction *replay = request->addAction(tr("&Replay conditionally"),
                                         w,
                                         &MainWindow::replayConditionally);
    replay->setObjectName(QStringLiteral("replayAction"));
    replay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *asBrowser = request->addAction(tr("Send as a &browser would"),
                                            w,
                                            &MainWindow::sendAsBrowser);
    asBrowser->setObjectName(QStringLiteral("sendAsBrowserAction"));
    asBrowser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    replay->setToolTip(tr("Send the request once more with If-None-Match and If-Modified-Since "
                          "from the last response to this URL"));
    request->addSeparator();
    QAction *copyCurl = request->addAction(tr("Copy as c&url"), w, [w] {
        const QString command = w->curlForCurrentRequest();
        if (!command.isEmpty()) {
            QApplication::clipboard()->setText(command);
            w->showMessage(tr("The curl command is on the clipboard."), 5000);
        }
    });
    copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    request->addAction(tr("Copy as c&ode…"), w, &MainWindow::showCodeSnippet);
    request->addAction(tr("&Environments…"), w, &MainWindow::editEnvironments);
    // Nothing tells a server the interface's language unless the user asks: then it is a row
    // of the request like any other.
    QAction *language = request->addAction(tr("Ask for my &language (Accept-Language: %1)")
                                                   .arg(interfaceAcceptLanguage()),
                                           w->requestEditor(),
                                           &RequestEditor::writeLanguageHeader);
    language->setObjectName(QStringLiteral("languageAction"));
    request->addSeparator();
    QAction *focusUrl = request->addAction(tr("Go to &URL"), w, [w] {
        w->urlEdit()->setFocus();
        w->urlEdit()->selectAll();
    });
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    request->addAction(tr("Clear &history"), w, &MainWindow::clearHistory);
}

void MainMenus::buildPracticeMenu(QMenu *practice)
{
    MainWindow *w = m_window;
    QAction *change = practice->addAction(tr("&Change the lab document"),
                                          w,
                                          &MainWindow::changeLabDocument);
    change->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    practice->addAction(tr("Open the &lab document"), w, [w] {
        w->openPracticePath(QStringLiteral("/lab/welcome"), false);
    });
    practice->addAction(tr("List the practice &endpoints"), w, [w] {
        w->openPracticePath(QStringLiteral("/"), true);
    });
}

} // namespace HttpLens
