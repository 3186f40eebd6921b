#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace HttpLens {

class MainWindow;

// The window's menu bar: File, Request, Practice and Help. Actions that need a file ask for it
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
    void buildInteropEntries(QMenu *file);
    void buildRequestMenu(QMenu *request);
    void buildPracticeMenu(QMenu *practice);
    void exportHar(bool selectedOnly);

    MainWindow *m_window;
    QAction *m_send = nullptr;
    QAction *m_cancel = nullptr;
};

} // namespace HttpLens
