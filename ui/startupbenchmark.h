#pragma once

#include <QObject>

namespace HttpLens {

class History;
class MainWindow;
namespace Practice {
class PracticeServer;
}

// What tests/bench/bench_gui.sh measures, printed as "name value" lines: the time from exec to
// the window's first paint and the memory then; with a history, the time the URL field takes
// per keystroke (typing a URL, as a person does, key by key); with fill > 0, the memory once
// that many requests, sent through the window as Ctrl+Enter sends them, are in the history.
class StartupBenchmark : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupBenchmark)

public:
    StartupBenchmark(MainWindow *window,
                     History *history,
                     Practice::PracticeServer *practice,
                     qint64 openMs,
                     int fill);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    void measureTyping();
    void fillHistory();

    MainWindow *m_window;
    History *m_history;
    Practice::PracticeServer *m_practice;
    qint64 m_openMs;
    int m_fill;
    bool m_painted = false;
};

// Resident memory of this process in kB (Linux), -1 elsewhere.
qint64 residentKilobytes();

} // namespace HttpLens
