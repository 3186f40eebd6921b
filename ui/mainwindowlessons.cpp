// The window's side of the lessons: the panel above the request bar shows the open lesson's
// step, a step's start goes into the editor (and its moment onto the Cache tab's slider), and
// the progress is saved as it moves. Every step is decided by the LessonPlayer.
#include "mainwindow.h"

#include "cachepage.h"
#include "lessonsdialog.h"
#include "responseview.h"
#include "walkthroughpanel.h"

#include "inspector/lessonplayer.h"
#include "knowledge/statuscatalogue.h"

#include <QSettings>
#include <QTabWidget>

namespace HttpLens {

namespace {

const QString kProgressKey = QStringLiteral("lessons/progress");
const QString kOpenKey = QStringLiteral("lessons/open");

QHash<QString, int> savedProgress()
{
    const QVariantMap saved = QSettings().value(kProgressKey).toMap();
    QHash<QString, int> progress;
    for (auto it = saved.begin(); it != saved.end(); ++it)
        progress.insert(it.key(), it.value().toInt());
    return progress;
}

} // namespace

LessonsDialog *MainWindow::showLessons()
{
    if (!m_s.lessons)
        return nullptr;
    // Made afresh each time, so that its progress is the current one.
    if (m_lessonsDialog)
        m_lessonsDialog->deleteLater();
    m_lessonsDialog = new LessonsDialog(m_s.lessons, m_s.lessonProblems, this);
    m_lessonsDialog->open();
    return m_lessonsDialog;
}

void MainWindow::applyLessonStart(const Lesson::Step &step)
{
    if (step.start.given && hasPractice()) {
        Composition c;
        c.method = step.start.method;
        c.url = practiceUrl(step.start.path);
        for (const QString &header : step.start.headers) {
            // Read as curl's -H reads it, the way every other header line is read.
            const HeaderLine line = HeaderLine::fromCurlSyntax(header.toUtf8());
            c.headers.append(
                    KeyValueRow{true, QString::fromUtf8(line.name), QString::fromUtf8(line.value)});
        }
        if (!step.start.body.isEmpty() || c.method == QLatin1String("POST")) {
            c.bodyMode = BodyMode::Raw;
            c.rawBody = step.start.body;
            if (!step.start.contentType.isEmpty())
                c.rawContentType = step.start.contentType;
        }
        c.followRedirects = step.start.followRedirects;
        setComposition(c);
    }
    if (step.moment >= 0) {
        m_cache->setSecondsFromNow(step.moment);
        m_response->tabs()->setCurrentWidget(m_cache);
    }
}

void MainWindow::updateLesson()
{
    LessonPlayer *lessons = m_s.lessons;
    QSettings settings;
    settings.sync(); // what another HTTP Lens on this data folder wrote since
    const QHash<QString, int> merged = LessonPlayer::mergedProgress(m_progressBase,
                                                                    lessons->progress(),
                                                                    savedProgress());
    lessons->setProgress(merged);
    m_progressBase = merged;
    QVariantMap progress;
    for (auto it = merged.begin(); it != merged.end(); ++it)
        progress.insert(it.key(), it.value());
    settings.setValue(kProgressKey, progress);
    const Lesson *lesson = lessons->currentLesson();
    settings.setValue(kOpenKey, lesson ? lesson->id : QString());
    if (!lesson) {
        updateWalkthrough();
        return;
    }
    const bool chinese = languageFor() == Language::Chinese;
    m_tour->setVisible(true);
    if (const Lesson::Step *step = lessons->currentStep()) {
        m_tour->showLessonStep(lesson->title.in(chinese),
                               step->title.in(chinese),
                               step->text.in(chinese));
        // Taken up at start, the lesson leaves the request the person last had in the editor.
        if (!m_restoringLesson)
            applyLessonStart(*step);
    } else {
        m_tour->showLessonStep(lesson->title.in(chinese),
                               tr("done"),
                               tr("Lesson finished. Help → Lessons has the others, with your "
                                  "progress."));
    }
}

void MainWindow::restoreLessons()
{
    if (!m_s.lessons)
        return;
    QSettings settings;
    m_progressBase = savedProgress();
    m_s.lessons->setProgress(m_progressBase);
    const QString open = settings.value(kOpenKey).toString();
    const QList<Lesson> &lessons = m_s.lessons->lessons();
    const bool hadRequest = settings.contains(QStringLiteral("session/lastRequest"));
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        if (!open.isEmpty() && lessons.at(i).id == open) {
            m_restoringLesson = hadRequest;
            m_s.lessons->open(int(i));
            m_restoringLesson = false;
        }
    }
}

} // namespace HttpLens
