#pragma once

#include "inspector/walkthrough.h"

#include <QFrame>

class QLabel;
class QScrollArea;
class QToolButton;

namespace HttpLens {

class ElidedLabel;

// The walkthrough's or a lesson's current step above the request bar, with Start over and Hide.
// Its height never depends on the step's text: the text has a fixed number of lines and scrolls
// when longer, and the panel folds to one line (the title and the text's beginning) to give the
// response the room.
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

    bool isFolded() const { return m_folded; }
    void setFolded(bool folded);

signals:
    void restartRequested();
    void hideRequested();
    void foldedChanged(bool folded);

private:
    void setTexts(const QString &title, const QString &text);

    QToolButton *m_fold = nullptr;
    QLabel *m_title = nullptr;
    ElidedLabel *m_line = nullptr;
    QWidget *m_spacer = nullptr;
    QLabel *m_text = nullptr;
    QScrollArea *m_textArea = nullptr;
    bool m_folded = false;
};

} // namespace HttpLens
