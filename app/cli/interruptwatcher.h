#pragma once

#include <QObject>

class QSocketNotifier;

namespace HttpLens {

// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal, through a pipe the signal handler writes
// to, so a command can stop cleanly from its event loop: cancel what is in flight, write its
// state, print its summary. One may exist at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace HttpLens
