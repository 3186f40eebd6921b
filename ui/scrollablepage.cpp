#include "scrollablepage.h"

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

} // namespace HttpLens
