#include "noticepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace HttpLens {

NoticePanel::NoticePanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticePanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    row->addWidget(m_text, 1);
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
}

QString NoticePanel::text() const
{
    return m_text->text();
}

} // namespace HttpLens
