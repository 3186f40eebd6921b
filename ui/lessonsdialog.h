#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace HttpLens {

class LessonPlayer;

// Help → Lessons: every lesson with the progress kept between sessions; Start (or Continue)
// opens one where it was left, Start over from its first step.
class LessonsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonsDialog)

public:
    LessonsDialog(LessonPlayer *lessons, const QStringList &problems, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // What the list says of lesson i ("3. Why not 304 — 2 of 7 steps").
    QString rowText(int i) const;
    void startSelected(bool fromStart);

private:
    void refresh();

    LessonPlayer *m_lessons;
    QListWidget *m_list = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_restart = nullptr;
};

} // namespace HttpLens
