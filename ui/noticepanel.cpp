#include "noticepanel.h"

#include "scrollablepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace HttpLens {

NoticePanel::NoticePanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticePanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Two lines, however many notices: more scroll, and the window keeps its size.
    m_area = fixedLinesLabel(m_text, 2, this);
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(m_area, 1);
    row->addWidget(dismiss, 0, Qt::AlignTop);
    hide();
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_text->clear();
        hide();
    });
}

void NoticePanel::addNotice(const QString &text)
{
    const QString shown = m_text->text();
    m_text->setText(shown.isEmpty() ? text : shown + QLatin1Char('\n') + text);
    show();
    // The newest notice in sight.
    QTimer::singleShot(0, m_area, [area = m_area] {
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    });
}

QString NoticePanel::text() const
{
    return m_text->text();
}

} // namespace HttpLens
