#pragma once

#include "inspector/walkthrough.h"

#include <QFrame>

class QLabel;

namespace HttpLens {

// The walkthrough's current step above the request bar, with Start over and Hide.
class WalkthroughPanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkthroughPanel)

public:
    explicit WalkthroughPanel(QWidget *parent = nullptr);
    void showStep(Walkthrough::Step step);
    // A lesson's step: "Lesson: TITLE — STEP" and its text.
    void showLessonStep(const QString &lesson, const QString &step, const QString &text);
    QString title() const;
    QString text() const;

signals:
    void restartRequested();
    void hideRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace HttpLens
