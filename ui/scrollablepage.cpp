#include "scrollablepage.h"

#include <QLabel>
#include <QScrollArea>

namespace HttpLens {

QScrollArea *scrollablePage(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

QScrollArea *fixedLinesLabel(QLabel *label, int lines, QWidget *parent)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setContentsMargins(0, 0, 0, 0);
    QScrollArea *area = scrollablePage(label, parent);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setBackgroundRole(QPalette::NoRole);
    area->viewport()->setAutoFillBackground(false);
    label->setAutoFillBackground(false);
    area->setFixedHeight(label->fontMetrics().lineSpacing() * lines + 2);
    area->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return area;
}

} // namespace HttpLens
