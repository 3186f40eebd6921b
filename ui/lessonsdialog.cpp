#include "lessonsdialog.h"

#include "inspector/lessonplayer.h"
#include "knowledge/statuscatalogue.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

bool chineseInterface()
{
    return languageFor() == Language::Chinese;
}

} // namespace

LessonsDialog::LessonsDialog(LessonPlayer *lessons, const QStringList &problems, QWidget *parent)
    : QDialog(parent)
    , m_lessons(lessons)
{
    setWindowTitle(tr("Lessons"));
    setObjectName(QStringLiteral("lessonsDialog"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each step moves on only when what it asks for has really "
                                "happened. Your progress is kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    if (!problems.isEmpty()) {
        auto *problem = new QLabel(tr("Lesson files that could not be read: %1")
                                           .arg(problems.join(QStringLiteral("; "))),
                                   this);
        problem->setWordWrap(true);
        layout->addWidget(problem);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startLessonButton"));
    m_restart = buttons->addButton(tr("Start &over"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, [this] { startSelected(false); });
    connect(m_restart, &QPushButton::clicked, this, [this] { startSelected(true); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { startSelected(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const Lesson &lesson = m_lessons->lessons().value(row);
        const int done = m_lessons->stepsDone(lesson.id);
        m_start->setText(done > 0 && done < lesson.steps.size() ? tr("&Continue") : tr("&Start"));
    });
    refresh();
    m_list->setCurrentRow(0);
}

QString LessonsDialog::rowText(int i) const
{
    return m_list->item(i) ? m_list->item(i)->text() : QString();
}

void LessonsDialog::refresh()
{
    m_list->clear();
    const bool chinese = chineseInterface();
    const QList<Lesson> &lessons = m_lessons->lessons();
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const Lesson &lesson = lessons.at(i);
        const int done = m_lessons->stepsDone(lesson.id);
        const QString progress = done >= lesson.steps.size()
                                         ? tr("done")
                                         : tr("%1 of %2 steps").arg(done).arg(lesson.steps.size());
        auto *item = new QListWidgetItem(tr("%1. %2 — %3\n%4")
                                                 .arg(i + 1)
                                                 .arg(lesson.title.in(chinese),
                                                      progress,
                                                      lesson.summary.in(chinese)),
                                         m_list);
        item->setToolTip(lesson.summary.in(chinese));
    }
}

void LessonsDialog::startSelected(bool fromStart)
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_lessons->open(row, fromStart);
    accept();
}

} // namespace HttpLens
