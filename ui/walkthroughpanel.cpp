#include "walkthroughpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HttpLens {

WalkthroughPanel::WalkthroughPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("walkthroughPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    setPalette(pal);
    auto *row = new QHBoxLayout(this);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("walkthroughText"));
    m_text->setWordWrap(true);
    // Room for the longest step at any width the window has, so that moving on to the next step
    // does not push the request bar and everything under it down.
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 3);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *restart = new QPushButton(tr("Start over"), this);
    auto *hide = new QPushButton(tr("Hide"), this);
    hide->setToolTip(tr("Reopen it from the Help menu."));
    row->addLayout(texts, 1);
    row->addWidget(restart, 0, Qt::AlignTop);
    row->addWidget(hide, 0, Qt::AlignTop);
    connect(hide, &QPushButton::clicked, this, &WalkthroughPanel::hideRequested);
    connect(restart, &QPushButton::clicked, this, &WalkthroughPanel::restartRequested);
}

void WalkthroughPanel::showStep(Walkthrough::Step step)
{
    m_title->setText(tr("Walkthrough: 200 vs 304 — %1").arg(Walkthrough::title(step)));
    m_text->setText(Walkthrough::text(step));
}

void WalkthroughPanel::showLessonStep(const QString &lesson,
                                      const QString &step,
                                      const QString &text)
{
    m_title->setText(tr("Lesson: %1 — %2").arg(lesson, step));
    m_text->setText(text);
}

QString WalkthroughPanel::title() const
{
    return m_title->text();
}

QString WalkthroughPanel::text() const
{
    return m_text->text();
}

} // namespace HttpLens
