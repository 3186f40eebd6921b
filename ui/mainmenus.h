#pragma once

#include <QObject>

#include <functional>

class QAction;
class QKeySequence;
class QMenu;

namespace HttpLens {

class MainWindow;

// The window's menu bar: File, Request, View, Practice and Help. Actions that need a file ask for it
// here and hand it to the window; everything else is a call on the window.
class MainMenus : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenus)

public:
    explicit MainMenus(MainWindow *window);
    void setSending(bool sending);

private:
    void buildFileMenu(QMenu *file);
    void buildViewMenu(QMenu *view);
    void addToggle(QMenu *view,
                   const QString &text,
                   const QString &name,
                   const QKeySequence &key,
                   bool (MainWindow::*isOn)() const,
                   void (MainWindow::*set)(bool));
    // An entry that asks for a file to read (or, with saveAs, one to write, saveAs being the
    // name proposed) and hands its path to use.
    QAction *addFileAction(QMenu *menu,
                           const QString &text,
                           const QString &title,
                           const QString &filter,
                           const std::function<void(const QString &)> &use,
                           const QString &saveAs = {});
    void buildInteropEntries(QMenu *file);
    void buildRequestMenu(QMenu *request);
    void buildPracticeMenu(QMenu *practice);
    void exportHar(bool selectedOnly);

    MainWindow *m_window;
    QAction *m_send = nullptr;
    QAction *m_cancel = nullptr;
};

} // namespace HttpLens
