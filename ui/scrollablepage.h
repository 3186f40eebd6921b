#pragma once

class QScrollArea;
class QWidget;

namespace HttpLens {

// A form page in a frameless scroll area: on a small screen it scrolls instead of forcing the
// window to grow, and where there is room it fills it.
QScrollArea *scrollablePage(QWidget *page, QWidget *parent);

} // namespace HttpLens
