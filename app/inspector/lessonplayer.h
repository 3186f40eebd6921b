#pragma once

#include "inspector/lesson.h"

#include <QHash>
#include <QObject>

namespace HttpLens {

struct CheckStats;
struct Exchange;

// Plays the lessons: which one is open and at which step, advanced only by the events the
// window and the session report (a finished exchange, a changed lab document, a response
// served from the simulated cache, a finished check). The steps each lesson has done are kept
// as progress, which the window saves between sessions.
class LessonPlayer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPlayer)

public:
    explicit LessonPlayer(QList<Lesson> lessons, QObject *parent = nullptr);

    const QList<Lesson> &lessons() const { return m_lessons; }
    int current() const { return m_current; } // -1: no lesson open
    int step() const { return m_step; }       // == steps.size(): the lesson is done
    const Lesson *currentLesson() const;
    const Lesson::Step *currentStep() const;

    // Steps done per lesson id, from 0 to the lesson's step count.
    int stepsDone(const QString &id) const { return m_done.value(id); }
    QHash<QString, int> progress() const { return m_done; }
    void setProgress(const QHash<QString, int> &progress);
    // Progress that two HTTP Lens windows on one data folder both write: base is what this one
    // last read or wrote, ours what it holds now, theirs what the settings hold now. A lesson
    // whose progress changed here takes ours (advanced or started again); every other takes
    // theirs, so the window that writes last loses nothing the other did.
    static QHash<QString, int> mergedProgress(const QHash<QString, int> &base,
                                              const QHash<QString, int> &ours,
                                              const QHash<QString, int> &theirs);

    // Opens a lesson where its progress left it (from the start when it was finished or
    // fromStart is set); stop() closes it, keeping its progress.
    void open(int lesson, bool fromStart = false);
    void stop();

    void observe(const Exchange &exchange);
    void documentChanged();
    void servedFromCache();
    void captureStarted();
    void checkFinished(const CheckStats &stats, bool cancelled);

signals:
    // A lesson opened or moved to another step (its start, if any, is for the editor).
    void stepChanged();

private:
    void advance();

    QList<Lesson> m_lessons;
    QHash<QString, int> m_done;
    int m_current = -1;
    int m_step = 0;
};

} // namespace HttpLens
