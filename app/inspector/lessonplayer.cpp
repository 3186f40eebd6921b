#include "lessonplayer.h"

#include "batch/batchchecker.h"
#include "batch/checkresult.h"
#include "inspector/threewaymerge.h"

namespace HttpLens {

LessonPlayer::LessonPlayer(QList<Lesson> lessons, QObject *parent)
    : QObject(parent)
    , m_lessons(std::move(lessons))
{}

const Lesson *LessonPlayer::currentLesson() const
{
    return m_current >= 0 && m_current < m_lessons.size() ? &m_lessons.at(m_current) : nullptr;
}

const Lesson::Step *LessonPlayer::currentStep() const
{
    const Lesson *lesson = currentLesson();
    return lesson && m_step < lesson->steps.size() ? &lesson->steps.at(m_step) : nullptr;
}

void LessonPlayer::setProgress(const QHash<QString, int> &progress)
{
    m_done.clear();
    for (const Lesson &lesson : m_lessons) {
        if (progress.contains(lesson.id))
            m_done.insert(lesson.id, qBound(0, progress.value(lesson.id), int(lesson.steps.size())));
    }
}

QHash<QString, int> LessonPlayer::mergedProgress(const QHash<QString, int> &base,
                                                 const QHash<QString, int> &ours,
                                                 const QHash<QString, int> &theirs)
{
    using Entry = std::pair<QString, int>;
    auto entries = [](const QHash<QString, int> &progress) {
        QList<Entry> list;
        for (auto it = progress.begin(); it != progress.end(); ++it)
            list.append({it.key(), it.value()});
        return list;
    };
    QHash<QString, int> merged;
    for (const Entry &entry : mergeThreeWays<Entry, QString>(entries(base),
                                                             entries(ours),
                                                             entries(theirs),
                                                             [](const Entry &e) { return e.first; }))
        merged.insert(entry.first, entry.second);
    return merged;
}

void LessonPlayer::open(int lesson, bool fromStart)
{
    if (lesson < 0 || lesson >= m_lessons.size())
        return;
    const Lesson &opened = m_lessons.at(lesson);
    const int done = m_done.value(opened.id);
    m_current = lesson;
    m_step = fromStart || done >= opened.steps.size() ? 0 : done;
    if (fromStart)
        m_done.insert(opened.id, 0);
    emit stepChanged();
}

void LessonPlayer::stop()
{
    if (m_current < 0)
        return;
    m_current = -1;
    m_step = 0;
    emit stepChanged();
}

void LessonPlayer::advance()
{
    const Lesson *lesson = currentLesson();
    ++m_step;
    m_done.insert(lesson->id, qMax(m_done.value(lesson->id), m_step));
    emit stepChanged();
}

void LessonPlayer::observe(const Exchange &exchange)
{
    const Lesson::Step *step = currentStep();
    if (step && step->until.event == LessonCondition::Event::Exchange
        && step->until.matches(exchange))
        advance();
}

void LessonPlayer::documentChanged()
{
    const Lesson::Step *step = currentStep();
    if (step && step->until.event == LessonCondition::Event::DocumentChanged)
        advance();
}

void LessonPlayer::servedFromCache()
{
    const Lesson::Step *step = currentStep();
    if (step && step->until.event == LessonCondition::Event::ServedFromCache)
        advance();
}

void LessonPlayer::captureStarted()
{
    const Lesson::Step *step = currentStep();
    if (step && step->until.event == LessonCondition::Event::CaptureStarted)
        advance();
}

void LessonPlayer::checkFinished(const CheckStats &stats, bool cancelled)
{
    const Lesson::Step *step = currentStep();
    if (!step || cancelled || step->until.event != LessonCondition::Event::CheckFinished)
        return;
    const qint64 unchanged = stats.byChange[size_t(CheckResult::Change::Unchanged)];
    if (unchanged >= step->until.minUnchanged && stats.savedBytes >= step->until.minSavedBytes)
        advance();
}

} // namespace HttpLens
