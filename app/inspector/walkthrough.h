#pragma once

#include <QObject>
#include <QString>

namespace HttpLens {

struct Exchange;

// The guided first lesson: send the lab document, see its ETag, replay conditionally and get a
// 304, change the document, replay and get a 200 again. It advances by watching what actually
// happens, so it cannot claim a step the user has not seen.
class Walkthrough : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Walkthrough)

public:
    enum Step { Send, Replay, Change, ReplayAgain, Done };
    Q_ENUM(Step)

    explicit Walkthrough(QObject *parent = nullptr);

    Step step() const { return m_step; }
    int stepCount() const { return int(Done) + 1; }
    static QString title(Step step);
    static QString text(Step step);

    // Feed every finished exchange and every edit of the lab document.
    void observe(const Exchange &exchange);
    void documentChanged();
    void restart();
    // Takes up the lesson where an earlier session left it.
    void resume(Step step) { advanceTo(step); }

signals:
    void stepChanged(HttpLens::Walkthrough::Step step);

private:
    void advanceTo(Step step);
    Step m_step = Send;
};

} // namespace HttpLens
