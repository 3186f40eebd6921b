#include "walkthroughpanel.h"

#include "elidedlabel.h"
#include "scrollablepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
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
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(6, 4, 6, 4);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_fold = new QToolButton(this);
    m_fold->setObjectName(QStringLiteral("walkthroughFold"));
    m_fold->setAutoRaise(true);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A long lesson title gives way rather than widening the window.
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 12);
    // Folded, the text's beginning follows the title on the same line.
    m_line = new ElidedLabel(1, this);
    m_line->setObjectName(QStringLiteral("walkthroughLine"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("walkthroughText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Three lines hold nearly every step at the window's first-start width; a longer one scrolls.
    m_textArea = fixedLinesLabel(m_text, 3, this);
    auto *restart = new QPushButton(tr("Start over"), this);
    auto *hide = new QPushButton(tr("Hide"), this);
    hide->setToolTip(tr("Reopen it from the Help menu."));
    restart->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    hide->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    row->addWidget(m_fold);
    row->addWidget(m_title);
    row->addWidget(m_line, 1);
    m_spacer = new QWidget(this);
    row->addWidget(m_spacer, 1);
    row->addWidget(restart);
    row->addWidget(hide);
    column->addLayout(row);
    column->addWidget(m_textArea);
    connect(m_fold, &QToolButton::clicked, this, [this] {
        setFolded(!m_folded);
        emit foldedChanged(m_folded);
    });
    connect(hide, &QPushButton::clicked, this, &WalkthroughPanel::hideRequested);
    connect(restart, &QPushButton::clicked, this, &WalkthroughPanel::restartRequested);
    setFolded(false);
}

void WalkthroughPanel::setFolded(bool folded)
{
    m_folded = folded;
    m_textArea->setVisible(!folded);
    m_line->setVisible(folded);
    m_spacer->setVisible(!folded);
    m_fold->setArrowType(folded ? Qt::RightArrow : Qt::DownArrow);
    m_fold->setToolTip(folded ? tr("Show the whole step") : tr("Fold to one line"));
}

void WalkthroughPanel::showStep(Walkthrough::Step step)
{
    setTexts(tr("Walkthrough: 200 vs 304 — %1").arg(Walkthrough::title(step)),
             Walkthrough::text(step));
}

void WalkthroughPanel::showLessonStep(const QString &lesson,
                                      const QString &step,
                                      const QString &text)
{
    setTexts(tr("Lesson: %1 — %2").arg(lesson, step), text);
}

void WalkthroughPanel::setTexts(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
    m_line->setText(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    m_textArea->verticalScrollBar()->setValue(0);
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
